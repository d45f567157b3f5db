"""An act's number said aloud, as dictation writes it, put in figures before the question is
read (frames.read_frame then reads « la 417 », « délib 2024.00417 » as typed numbers):

- year and sequence said one after the other: « la deux mille vingt-quatre quatre cent
  dix-sept » → « la 2024.00417 »;
- a year in figures, a separator said: « la délibération 2022 tiret 109 » → « 2022.00109 »;
- a sequence after « la » (an act: a day is « le »), a hundred or more, or with its year:
  « la quatre cent dix-sept », « la cent trente-trois de deux mille vingt-deux »;
- « délib n cent neuf »: « n » said for « numéro ».

Works on the folded text frames reads (lower case, no accents)."""

from __future__ import annotations

import re
from functools import lru_cache

from storage import cues
from storage.french import NUMBER_WORD, number_in_words

_RUN = rf"{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD})*"
# « la deux mille vingt-quatre quatre cent dix-sept », « délib deux mille vingt-deux cent neuf »
_YEAR_AND_SEQUENCE = cues.plain(
    rf"\b(?P<lead>la|delib\w*|deliberation|acte|n°|numero|num|no)\s+(?P<run>{_RUN})\b"
)
# « 2022 tiret 109 », « 2024 point 417 »: a year in figures, the separator said
_YEAR_SAID_SEPARATOR = cues.plain(
    r"\b((?:19|20)\d{2})\s+(?:point|tiret|slash|barre|virgule)\s+(\d{1,5})\b"
)
# « la cent trente-trois de deux mille vingt-deux », « la quatre cent dix-sept »
_SEQUENCE_AFTER_LA = cues.plain(
    rf"\bla\s+(?P<run>{_RUN})(?:\s+(?P<of>de|du|en)\s+(?P<year>(?:19|20)\d{{2}}|{_RUN}))?\b"
)
# « délib n cent neuf », « deliberation n 417 »: « n » for « numéro »
_N_FOR_NUMBER = cues.plain(r"\b(delib\w*|deliberation|acte)\s+n\s+(?=\d|" + NUMBER_WORD + r"\b)")


def act_numbers_said(simple: str) -> str:
    """The text with an act's number said in words or with its separator said written as
    typed numbers are; the text itself when it says none."""
    simple = _N_FOR_NUMBER.sub(r"\1 numero ", simple)
    simple = _YEAR_SAID_SEPARATOR.sub(lambda m: f"{m.group(1)}.{int(m.group(2)):05d}", simple)
    if found := _YEAR_AND_SEQUENCE.search(simple):
        split = _year_then_sequence(found.group("run").replace("-", " ").split())
        if split is not None:
            start, end = found.span("run")
            simple = f"{simple[:start]}{split[0]}.{split[1]:05d}{simple[end:]}"
    if found := _SEQUENCE_AFTER_LA.search(simple):
        value = number_in_words(found.group("run"))
        year = found.group("year")
        year_value = (int(year) if year.isdigit() else number_in_words(year)) if year else None
        if value is not None and year_value is not None and 1900 <= year_value < 2100:
            said = f"{value} de {year_value}"  # « la 133 de 2022 »
            simple = f"{simple[: found.start('run')]}{said}{simple[found.end() :]}"
        elif (
            value is not None
            and 100 <= value < 100_000
            and not 1900 <= value < 2100  # « la deux mille vingt-quatre »: a year, said alone
            and year_value is None
        ):
            simple = f"{simple[: found.start('run')]}{value}{simple[found.end('run') :]}"
    return simple


def _year_then_sequence(words: list[str]) -> tuple[int, int] | None:
    """« deux mille vingt-quatre quatre cent dix-sept » → (2024, 417): the longest year the
    words open with whose rest is a number; None when they are one number, or none."""
    if number_in_words(" ".join(words)) is not None:
        return None  # one number (« deux mille vingt-quatre »): not a year and a sequence
    for cut in range(len(words) - 1, 1, -1):
        year = number_in_words(" ".join(words[:cut]))
        # « deux mille vingt-deux zéro zéro zéro cinquante-quatre »: the sequence's zeros said
        rest = words[cut:]
        while len(rest) > 1 and rest[0] == "zero":
            rest = rest[1:]
        sequence = number_in_words(" ".join(rest))
        if year is not None and 1990 <= year < 2100 and sequence is not None and sequence > 0:
            return year, sequence
    return None


# « en deux mille vingt-deux », « le DOB deux mille vingt deux »: a year said in words (on the
# text as typed, accents and case kept)
_YEAR_SAID = cues.plain(
    rf"(?<![\w'’-])deux[\s-]+mil(?:le)?(?:[\s-]+{NUMBER_WORD})*(?![\w'’-])", re.IGNORECASE
)
# What makes the words an act's number (« la deux mille vingt-deux cent neuf », « délib deux
# mille vingt-deux point cent neuf »): left to `act_numbers_said`
_ACT_BEFORE = cues.plain(r"(?:\bla|d[eé]lib\w*|acte|n°|num[eé]ro|num|no)\s+$", re.IGNORECASE)
_SEPARATOR_AFTER = cues.plain(r"\s+(?:point|tiret|slash|barre|virgule)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def years_said(text: str) -> str:
    """The text with a year said in words (« deux mille vingt-deux ») in figures, so that
    every reader of periods and topics meets « 2022 »; an act's number said is kept."""
    if "mil" not in text.casefold():
        return text

    def year(found: re.Match[str]) -> str:
        said = found.group()
        if _ACT_BEFORE.search(text, 0, found.start()) or _SEPARATOR_AFTER.match(text, found.end()):
            return said
        words = said.casefold().replace("-", " ").split()
        # « deux mille vingt deux et combien… »: « et » opens what follows
        cut = len(words) - 1 if words[-1] == "et" else len(words)
        value = number_in_words(" ".join(words[:cut]))
        if value is None or not 1990 <= value < 2100:
            return said
        return str(value) if cut == len(words) else f"{value} {said.rsplit(None, 1)[-1]}"

    return _YEAR_SAID.sub(year, text)
