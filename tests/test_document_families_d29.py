"""Layouts a probe of invented documents (PDFs, word processors' files, web pages, text taken
out of PDFs) found read wrong: a roll call's legend of codes set off by a colon or by
parentheses (« P : présent ; E : excusé »), ..."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract

TOP = (
    "Syndicat intercommunal des eaux du Furan\n"
    "Comité syndical du jeudi 9 octobre 2025\n"
    "sous la présidence de M. Paul ASSAD\n"
)
VOTED = "\nDélibération n° 2025-113 : Adhésion au groupement de commandes\nAdopté à l'unanimité.\n"


def proxies(extract: Extract) -> list[tuple[str, str]]:
    return sorted((p.giver.last_name, p.holder.last_name) for p in extract.proxies)


def surnames(people: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(p.last_name for p in people)


# -- A. a legend of codes set off by a colon or parentheses ------------------------------------

CODED = [
    ("M. Paul ASSAD", "P", ""),
    ("Mme Léa MOUTON", "P", ""),
    ("M. Tom RUIZ", "E", ""),
    ("Mme Ana PIC", "P", ""),
    ("M. Marc DURAND", "E", "Mme Léa MOUTON"),
]
COLON_LEGENDS = [
    "P : présent ; E : excusé ; A : absent\n",
    "Légende : P : Présent, E : Excusé, A : Absent\n",
    "(P) présent – (E) excusé – (A) absent\n",
    "P : présent(e) / E : excusé(e) / Pv : pouvoir donné\n",
]


@pytest.mark.parametrize("legend", COLON_LEGENDS)
def test_a_legend_set_off_by_colons_names_no_one(legend: str) -> None:
    """Under a table printed without borders (cells set apart by spaces), the legend « P :
    présent ; E : excusé » read as the last row's list: its proxy was lost."""
    table = "Délégué                          Présence       Pouvoir donné à\n" + "\n\n".join(
        f"{name:<33}{code}" + (f"              {holder}" if holder else "")
        for name, code, holder in CODED
    )
    extract = parse_extract(TOP + table + "\n" + legend + VOTED)
    assert surnames(extract.present) == ["ASSAD", "MOUTON", "PIC"]
    assert proxies(extract) == [("DURAND", "MOUTON")]
    assert surnames(extract.absent_excused) == ["DURAND", "RUIZ"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_a_cue_list_with_colons_is_no_legend() -> None:
    """« Présents : … ; Excusés : … » names people: it is read, never blanked."""
    text = TOP + "Présents : M. Paul ASSAD, Mme Ana PIC ; Excusé : M. Tom RUIZ\n" + VOTED
    extract = parse_extract(text)
    assert surnames(extract.present) == ["ASSAD", "PIC"]
    assert surnames(extract.absent_excused) == ["RUIZ"]
