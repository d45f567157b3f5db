"""A roll call recorded, changed by a name or two as the secretariat types it (« rajoutez
Mme Berger à la liste des présents du bureau du 9 juillet », « enlève Rivat des présents du
bureau du 9 juillet »): offered as the whole list sent again would be, the others kept, then
recorded on « oui »; nothing is guessed when no roll call is recorded or a name is not among
those present. The real Application through `process_update`."""

from __future__ import annotations

import pytest

from bot.services.roll_calls import read_change
from storage.models import AttendanceStatus
from tests.helpers import text
from tests.test_roll_call import _held, _statuses
from tests.test_sitting_orders import Desk

from tests.test_convocations import coming_sitting, no_per_chat_gap  # noqa: F401  # isort: skip
from tests.test_sitting_orders import desk  # noqa: F401  # isort: skip


@pytest.mark.parametrize(
    ("said", "words", "added", "removed"),
    [
        ("rajoutez Mme Berger à la liste des présents du bureau du 9", "du bureau du 9",
         ["mme berger"], []),
        ("mettre aussi Rivat et Laget comme présents au bureau d'hier", "au bureau d hier",
         ["rivat", "laget"], []),
        ("ajoute Perache au présent du bureau du 9", "du bureau du 9", ["perache"], []),
        ("ajouter aux présents du bureau du 9 : Thizy, Laget", "du bureau du 9",
         ["thizy", "laget"], []),
        ("oups, enlève Degraix des présents du bureau du 9, il était excusé", "du bureau du 9",
         [], ["degraix"]),
    ],
)  # fmt: skip
def test_a_change_of_a_roll_call_is_read(
    said: str, words: str, added: list[str], removed: list[str]
) -> None:
    change = read_change(said)
    assert change is not None
    assert (change.sitting_words, change.added, change.removed) == (words, added, removed)


@pytest.mark.parametrize(
    "said",
    [
        "Berger a été ajoutée aux présents ?",
        "note ma présence au bureau du 9",
        "mets-moi présent au bureau du 18",
        "notez-nous présents jeudi",
        "ajoute à l'ordre du jour du bureau du 18 : Présentation du budget",
        "retire le point 2 du bureau du 18",
    ],
)
def test_what_is_no_change_of_a_roll_call(said: str) -> None:
    assert read_change(said) is None


async def test_a_name_added_then_one_taken_off_a_roll_call_recorded(desk: Desk) -> None:  # noqa: F811
    held = _held(desk)
    dallara = desk.dallara
    refused = text(await dallara.send("rajoute Berger aux présents du bureau du 9 juillet"))
    assert "ne sont pas encore enregistrées" in refused
    await dallara.send("présents au bureau du 9 juillet : Fayolle, Dallara, Rivat")
    await dallara.send("oui")
    offer = text(await dallara.send("rajoute Berger aux présents du bureau du 9 juillet"))
    assert "Présents (4)" in offer
    assert "Françoise BERGER" in offer
    assert "actuellement 3 présents" in offer
    assert "4 présents" in text(await dallara.send("oui"))
    assert _statuses(desk, held).count(AttendanceStatus.present) == 4

    offer = text(await dallara.send("enlève Rivat des présents du bureau du 9 juillet"))
    assert "Présents (3)" in offer
    assert "RIVAT" not in offer
    await dallara.send("oui")
    assert _statuses(desk, held).count(AttendanceStatus.present) == 3


async def test_a_change_that_changes_nothing_is_said(desk: Desk) -> None:  # noqa: F811
    _held(desk)
    dallara = desk.dallara
    await dallara.send("présents au bureau du 9 juillet : Fayolle, Dallara")
    await dallara.send("oui")
    absent = text(await dallara.send("retire Laget des présents du bureau du 9 juillet"))
    assert "Je ne trouve pas parmi les présents enregistrés" in absent
    assert "Laget" in absent
    already = text(await dallara.send("ajoute Fayolle aux présents du bureau du 9 juillet"))
    assert "déjà notés présents" in already
    none_left = text(await dallara.send("retire Fayolle, Dallara des présents du bureau du 9"))
    assert "Présents (0) : aucun." in none_left
