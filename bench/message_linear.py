"""How the sentence reader's time grows with a member's message, up to the 500 characters a
question may be: it must grow linearly.

Each family is a message an attacker (or a cat on the keyboard) could send: many short pieces
split by question marks once made the reader read the message again at every piece. For each
length the script prints the time to read the message and the time per 100 characters; a
linear reader keeps the last column flat. Run: `python -m bench.message_linear`.
"""

from __future__ import annotations

import time
from datetime import date

from bot.services.frames import read_frames
from storage.french import find_dates, find_relative

TODAY = date(2024, 7, 10)
FAMILIES = {
    "digit and question mark": "\t1?",
    "date pieces": "4 ?\t",
    "a name asked again": "Degraix ? ",
    "dates repeated": "le 4 juillet 2024 ",
    "slashes": "04/",
    "numbers": "2024.00417 ",
    "relative words": "le mois dernier ",
    "one letter": "a",
}
LENGTHS = (125, 250, 500)


def best_of(runs: int, action: object) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        action()  # type: ignore[operator]
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    print(f"{'family':26} {'chars':>6} {'frames ms':>10} {'dates ms':>9} {'ms/100 ch':>10}")
    for name, unit in FAMILIES.items():
        for length in LENGTHS:
            message = (unit * (length // len(unit) + 1))[:length]
            reading = best_of(3, lambda m=message: read_frames(m, TODAY))
            dating = best_of(3, lambda m=message: (find_dates(m), find_relative(m, today=TODAY)))
            per = 1000 * reading / length * 100
            print(f"{name:26} {length:6d} {reading * 1000:10.2f} {dating * 1000:9.2f} {per:10.3f}")


if __name__ == "__main__":
    main()
