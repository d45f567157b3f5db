"""How the document reader's time grows with its input: it must grow linearly.

Each family below is an input that once made a pattern backtrack (a stamp followed by
thousands of spaces, a list of thousands of lines without a comma, a heading repeated…). For
each size the script prints the time to parse and the time per kilobyte; a linear reader keeps
the last column flat. Run: `python -m bench.parse_linear [FAMILY...]`.
"""

from __future__ import annotations

import contextlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

from storage.documents import DocumentError
from storage.parsing.annex import _without_month_year
from storage.parsing.attendance import _APPOINTED_SECRETARY
from storage.parsing.extract import parse_extract

SAMPLE = (
    Path(__file__).resolve().parents[1]
    / "tests"
    / "fixtures"
    / "extracts"
    / "bureau-2024-07-04-deliberation-2024.00417.txt"
).read_text(encoding="utf-8")

FAMILIES: dict[str, Callable[[int], str]] = {
    "stamp + spaces": lambda n: "Reçu en préfecture le" + " " * n + "x",
    "stamp + newlines": lambda n: "Reçu en préfecture le" + "\n" * n + "x",
    "list without commas": lambda n: "Présents :\n" + "M. Jean DUPONT\n" * (n // 15),
    "one flattened list": lambda n: "Présents : " + "M. Jean DUPONT " * (n // 15),
    "headings repeated": lambda n: "SEANCE DU CONSEIL MUNICIPAL DU 4 JUILLET 2024\n" * (n // 46),
    "item numbers": lambda n: "".join(f"DEL2024-{i} : Objet\nAdopté.\n" for i in range(n // 26)),
    "items and movements": lambda n: "".join(
        f"D2024-{i} : Objet\nM. Jean DUPONT quitte la salle.\nAdopté.\n" for i in range(n // 56)
    ),
    "sample repeated": lambda n: (SAMPLE * (n // len(SAMPLE) + 1))[:n],
    "open parentheses": lambda n: "Excusés : " + "M. X (pouvoir à " * (n // 16),
    "one long capitalised token": lambda n: "Séance du 4 juillet 2024\n" + "A1" * (n // 2),
    "one long hyphenated word": lambda n: "Séance du 4 juillet 2024\n" + "Jean-" * (n // 5),
    "proxy sentences, no cue": lambda n: (
        "Présents : M. Paul ABEL\n\n"
        + "M. Jean DUPONT donne procuration à M. Paul ABEL, " * (n // 50)
    ),
    "leaving with proxies": lambda n: "".join(
        f"D2024-{i} : Objet\nMme Lise GAY, sortie, a donné pouvoir à M. Marc DURAND.\n"
        "Adopté à l'unanimité, M. Jean PONS s'abstenant.\n"
        for i in range(n // 110)
    ),
    "abstaining names": lambda n: (
        "Adopté à l'unanimité, " + "M. Jean PONS, " * (n // 14) + "s'abstenant."
    ),
    "dashed numbers": lambda n: "Décisions :\n" + "- DM2025-01 : Convention\n" * (n // 25),
    "titles before numbers": lambda n: " ".join(
        f"Adopté. Tarifs de la cantine Délibération n° 2024-{i}" for i in range(n // 52)
    ),
    "presents, cue after": lambda n: "M. Jean DUPONT étaient présents\n" * (n // 32),
    "counts in words": lambda n: "vingt et un vingt deux " * (n // 23) + "présents",
    "blanks and tabs, no verb": lambda n: "Séance du 4 juillet 2024\n" + " \t" * (n // 2) + "x",
    "appointed, blank lines": lambda n: (
        "Séance du 4 juillet 2024\n" + "x \n" * (n // 3) + "a été désigné secrétaire"
    ),
    "annex heading + blanks": lambda n: (
        "Séance du 4 juillet 2024\nANNEXE - CONTRAT LOCAL" + " " * n + "x\nAXE 1 - Santé\n"
    ),
    "annex heading + years": lambda n: (
        "Séance du 4 juillet 2024\nANNEXE - " + "juillet  2024 " * (n // 14) + "x\n"
    ),
    "table rows, flattened": lambda n: (
        "Séance du 4 juillet 2024 | NOM | Prénom | Présent | "
        + "| DUPONT | Jean | X | " * (n // 21)
    ),
    "bars without a header": lambda n: "Séance du 4 juillet 2024 " + "| a " * (n // 4),
    "grid cells": lambda n: (
        "Séance du 4 juillet 2024\nNom\nPrésence\n" + "DUPONT Jean\nPrésent\n" * (n // 20)
    ),
    "givers sharing a holder": lambda n: (
        "Pouvoirs : " + "Mme A et M. B donnent pouvoir à M. C, " * (n // 38)
    ),
    "grid cells, flattened": lambda n: (
        "Séance du 4 juillet 2024 Nom Prénom Présence "
        + "DUPONT Jean Pouvoir à DURAND Paul " * (n // 34)
    ),
    "figures under labels": lambda n: "Pour Contre 12 3 " * (n // 17),
    "acts table, titles only": lambda n: (
        "N°  Objet  Décision\n" + "Tarifs de la cantine\n" * (n // 21)
    ),
    "acts table headers": lambda n: "N°  Objet  Décision\n" * (n // 20),
    "acts table, wrapped rows": lambda n: (
        "N°  Objet  Décision\n"
        + "".join(f"Tarifs de la\nD2024-{i}  Adopté\ncantine\n" for i in range(n // 34))
    ),
    "grid, names wrapped": lambda n: (
        "Nom            Présent      Excusé\n" + "DUPONT\n               X\nJean\n" * (n // 30)
    ),
    "couples": lambda n: "Présents : " + "M. et Mme PONS, " * (n // 16),
    "signatures": lambda n: "Séance du 4 juillet 2024\n" + "Le Maire, Jean DUPONT\n" * (n // 22),
    "votes in words": lambda n: "Adopté par " + "trente-six soixante et " * (n // 23) + "pour",
    "proxy table": lambda n: (
        "Procurations :\nMandant   Mandataire\n" + "DUPONT JEAN PAUL MARC   ABEL\n" * (n // 29)
    ),
    "flattened proxy table": lambda n: (
        "Procurations : Mandant Mandataire " + "DUPONT AB ABEL " * (n // 15)
    ),
    "arrows": lambda n: "Pouvoirs :\n" + "DUPONT Jean → ABEL Paul " * (n // 24),
    "page footers": lambda n: "".join(
        f"Commune de X - Conseil du 4 juillet 2024 – Page {i} / 9 M. Jean DUPONT, "
        for i in range(n // 70)
    ),
    "decisions run on": lambda n: (
        "Le Conseil, après en avoir délibéré, " + "- APPROUVE le plan. Il " * (n // 23)
    ),
    "ocr: digits in words": lambda n: "Séance du 4 juillet 2024\nPouvo1rs " + "a1" * (n // 2),
    "ocr: damaged figures": lambda n: "Séance du 4 juillet 2024\n" + "Présents : l5 " * (n // 14),
    "ocr: semicolons": lambda n: "Séance du 4 juillet 2024\n" + "Présents ; M. A " * (n // 16),
    "ocr: split words": lambda n: "Séance du 4 juillet 2024\n" + "Pr ésents " * (n // 10),
    "ocr: accents apart, run on": lambda n: "Séance du 4 juillet 2024\n" + "a é" * (n // 3),
    "ordinals in words": lambda n: "".join(
        f"{i}e point : Tarifs de la cantine. Adopté. " for i in range(1, n // 40)
    ),
    "objects after ordinals": lambda n: "".join(
        f"{i}) Objet : Tarifs Réf. : 2025-{i} Adopté. " for i in range(1, n // 40)
    ),
    "grid, other columns": lambda n: (
        "Séance du 4 juillet 2024 Nom Prénom Commune Groupe Présence Signature "
        + "DUPONT Jean Saint-Marc Majorité Pouvoir à DURAND Paul " * (n // 53)
    ),
    "openers without a name": lambda n: (
        "Séance du 4 juillet 2024\n" + "Le Maire , , , ouvre la séance " * (n // 31)
    ),
    "opened by, no name": lambda n: (
        "Séance du 4 juillet 2024\n" + "la séance est ouverte par " * (n // 26)
    ),
    "grid, holder column": lambda n: (
        "Séance du 4 juillet 2024 Membre Présence Pouvoir donné à "
        + "M. Jean DUPONT Excusé M. Paul DURAND " * (n // 37)
    ),
    "relevé columns": lambda n: (
        "Séance du 4 juillet 2024\n"
        + "".join(
            f"DEL-2024-{i}\tTarifs de la cantine ........ 12 P / 0 C / 2 A\n"
            for i in range(n // 52)
        )
    ),
    "dotted leaders": lambda n: "Séance du 4 juillet 2024\n2024-01 Tarifs " + ". " * (n // 2),
    "decisions, one a line": lambda n: (
        "Séance du 4 juillet 2024\n"
        + "".join(
            f"Décision B-2024-{i} — Convention : approuvée (5 voix).\n" for i in range(n // 52)
        )
    ),
    "votes tabled apart": lambda n: (
        "Séance du 4 juillet 2024\nN° | Pour | Contre\n"
        + "".join(f"2024-{i} | 12 | 1\n2024-{i} – Tarifs\nVu le code.\n" for i in range(n // 40))
    ),
    "quoted lines": lambda n: "> Séance du 4 juillet 2024\n" + "> > > \n" * (n // 7),
    "vote clauses cut": lambda n: (
        "Séance du 4 juillet 2024\n"
        + "".join(
            f"D2024-{i} : Objet\nLe Conseil, après en avoir délibéré,\npar 12 voix pour et\n"
            "2 abstentions, fixe\n"
            for i in range(n // 80)
        )
    ),
    "not taking part": lambda n: "Adopté. Ne prennent pas part au vote : " + "(" * n,
    "one outcome for all": lambda n: (
        "Séance du 4 juillet 2024\n"
        + "".join(f"2024.{i:05} — Tarifs du centre\n" for i in range(n // 28))
        + "Toutes les délibérations "
        + "a " * (n // 2)
        + "ont été adoptées."
    ),
    "capitals cut at line ends": lambda n: (
        "Séance du 4 juillet 2024\nPrésents : M. Jean " + "BIAN-\nCHI " * (n // 10)
    ),
    "capitals cut, long rests": lambda n: (
        "Séance du 4 juillet 2024\nPrésents : " + "M. Jean DU-\nPONT quitte la salle\n" * (n // 30)
    ),
    # cues as written (storage.parsing.written)
    "respectively, no end": lambda n: (
        "Séance du 4 juillet 2024\nPouvoirs : "
        + "A et B ont donné pouvoir respectivement à C et à D " * (n // 52)
    ),
    "slipped cues": lambda n: "Séance du 4 juillet 2024\n" + "Présnets : 8   " * (n // 15),
    # funded actions (storage.parsing.funding): grant words without a beneficiary, labels
    # without values, a table's bars that never close a row
    "grants, no beneficiary": lambda n: (
        "Séance du 4 juillet 2024\nDélibération n° 2024-1 – Aides\n"
        + "attribue une subvention de fonctionnement " * (n // 42)
        + "12 000 €"
    ),
    "grants, amounts, no one": lambda n: (
        "Séance du 4 juillet 2024\nDélibération n° 2024-1 – Aides\nattribue "
        + "une subvention de 1 000 € à " * (n // 28)
    ),
    "funding labels": lambda n: (
        "Séance du 4 juillet 2024\nDélibération n° 2024-1 – Aides\n"
        + "Porteur : Participation de la Métropole : Coût " * (n // 47)
        + "12 €"
    ),
    "funding table, open rows": lambda n: (
        "Séance du 4 juillet 2024\nDélibération n° 2024-1 – Aides\n| Porteur | Montant |\n"
        + "| Club | 1 000 €\n" * (n // 16)
    ),
    "preamble, no stop": lambda n: (
        "Séance du 4 juillet 2024\nDélibération n° 2024-1 – Aides\nsubvention 12 € "
        + "Vu le code " * (n // 11)
    ),
}
SIZES = (1_000, 5_000, 10_000, 20_000, 80_000)

# Patterns that the cleaning of a document shields today (blanks made single, lines
# stripped) but that any other caller could run on raw text: timed alone, on raw text. Both
# once took a minute on 4 kB of blanks and tabs.
RAW: dict[str, tuple[Callable[[str], object], Callable[[int], str]]] = {
    "appointed: blanks, tabs": (_APPOINTED_SECRETARY.search, lambda n: " \t" * (n // 2) + "a"),
    "appointed: blank lines": (_APPOINTED_SECRETARY.search, lambda n: "x\n \n" * (n // 4)),
    "annex year: blanks": (_without_month_year, lambda n: "CONTRAT" + " " * n + "x"),
    "annex year: months": (_without_month_year, lambda n: "juillet   " * (n // 10) + "x"),
}


def timed(text: str, read: Callable[[str], object] = parse_extract) -> float:
    started = time.perf_counter()
    with contextlib.suppress(DocumentError):
        read(text)
    return time.perf_counter() - started


def main() -> None:
    only = sys.argv[1:]  # family names to run, all when none is given
    print(f"{'input':<22}{'size':>8}{'seconds':>10}{'ms per kB':>11}")
    worst_10k = 0.0
    families = {name: (parse_extract, make) for name, make in FAMILIES.items()} | RAW
    for name, (read, make) in families.items():
        if only and name not in only:
            continue
        for size in SIZES:
            text = make(size)
            seconds = timed(text, read)
            if size == 10_000:
                worst_10k = max(worst_10k, seconds)
            per_kb = seconds * 1000 / (len(text) / 1000)
            print(f"{name:<22}{len(text):>8}{seconds:>10.4f}{per_kb:>11.3f}")
    print(f"\nslowest 10 kB input: {worst_10k:.4f} s")


if __name__ == "__main__":
    main()
