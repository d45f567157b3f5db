"""Names typed as heard or cut short, on the 67 members of the Bureau of 4 July 2024: a surname's
beginning beside the member's own first name (« Gilles Artig »), a final « -er » typed « -é »
(« Berjé »), « en » for « an » (« Thivent »). What must stay nobody's stays so."""

from __future__ import annotations

import pytest

from bot.services.names import NameIndex
from storage.names import feminine
from tests.test_names import load_members


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(load_members())


@pytest.mark.parametrize(
    ("typed", "surname"),
    [
        ("Gilles Artig", "ARTIGUES"),
        ("gilles perac", "PERACHE"),
        ("Gilles Thi", "THIZY"),
        ("Christian Duccesc", "DUCCESCHI"),
        ("Berjé", "BERGER"),
        ("Mme Berjer", "BERGER"),
        ("Thivent", "THIVANT"),
    ],
)
def test_a_name_cut_short_or_heard_is_the_member_said_loosely(
    index: NameIndex, typed: str, surname: str
) -> None:
    found = index.resolve(typed)
    assert found.status == "found", typed
    assert found.candidates[0].last_name == surname
    assert found.loose, typed  # the answer says how the name was read


@pytest.mark.parametrize(
    "typed",
    [
        "Artig",  # a beginning alone is offered back (`near`), never chosen
        "Gilles Ar",  # two letters begin too many names
        "Gilles Martin",  # a first name members bear beside a stranger's surname
        "Pierre Artig",  # the beginning of a member's surname beside another first name
        "Boucher",  # « -er » is heard as « é » one way only: BOUCHET is somebody else
    ],
)
def test_what_no_member_is_stays_unknown(index: NameIndex, typed: str) -> None:
    assert index.resolve(typed).status == "unknown", typed


def test_four_gilles_are_asked_never_guessed(index: NameIndex) -> None:
    found = index.find_in_text("Gilles était là le 4 juillet ?")
    assert found.status == "ambiguous"
    assert {c.last_name for c in found.candidates} == {"ARTIGUES", "BOUDARD", "PERACHE", "THIZY"}


@pytest.mark.parametrize(
    ("civility", "woman"),
    [
        ("Mme", True),
        ("M.", False),
        ("Madame", True),
        ("Monsieur", False),
        (None, None),
        ("", None),
    ],
)
def test_the_civility_printed_gives_the_agreement(
    civility: str | None, woman: bool | None
) -> None:
    assert feminine(civility) is woman


def test_a_surname_initial_after_the_first_name_is_that_member(index: NameIndex) -> None:
    """« Gilles A. »: the capital with its dot is ARTIGUES' initial, never the verb « a »."""
    found = index.find_in_text("Gilles A. était là le 4 juillet ?")
    assert [c.last_name for c in found.candidates] == ["ARTIGUES"]
    assert index.find_in_text("il y a Berger ?").candidates[0].last_name == "BERGER"
