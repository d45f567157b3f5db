"""Lane lang11 (issue 12): corrections while a proxy waits for its yes, read as corrections,
and what is never one; the proxy given in loose words. Reading only (the dialog end to end is
tests/fixtures/questions/coming_proxy_lang11.tsv)."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.frames import Asked, read_frame
from bot.services.proxy_dialog import Said, name_part, read_reply


@pytest.mark.parametrize(
    "reply",
    [
        "bon alors à Aline Mouseghian",
        "ah non plutôt Mouseghian",
        "euh attendez, mettez Bonnet",
        "c'est Thizy finalement",
        "plutôt Jean-Luc Degraix",
        "ben donc à Laget",
        "tout compte fait à Gonon",
        "non pardon, Semache",
    ],
)
def test_a_correction_changes_the_holder(reply: str) -> None:
    assert read_reply(reply) is Said.CHANGE


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("non, Thizy était absent", Said.OTHER),
        ("c'est qui Thizy ?", Said.OTHER),
        ("non merci", Said.CANCEL),
        ("non finalement", Said.CANCEL),
        ("oui", Said.CONFIRM),
        ("finalement je viendrai", Said.OTHER),
    ],
)
def test_what_is_no_correction(reply: str, said: Said) -> None:
    assert read_reply(reply) is said


def test_the_name_of_a_correction_is_what_is_told_unknown() -> None:
    assert name_part("ah non plutôt à Durandal") == "Durandal"


@pytest.mark.parametrize(
    "message",
    [
        "Absent le 17, mon pouvoir va a Bernard Bonnet comme d'hab",
        "ma procuration ira à Laget",
        "je peux donner le mien à Semache ?",
        "je passe la mienne à Berger pour jeudi",
        "et pour la séance du 17 décembre, je lui redonne",
    ],
)
def test_a_proxy_given_in_loose_words(message: str) -> None:
    assert read_frame(message, date(2026, 12, 2)).asked is Asked.GIVE_PROXY


@pytest.mark.parametrize(
    "message",
    [
        "laisse tomber la procuration",
        "oubliez mon pouvoir pour jeudi",
        "finalement je garde ma voix",
        "je ne donne plus mon pouvoir",
        "bon, je conserve mon vote",
    ],
)
def test_a_proxy_withdrawn_in_loose_words(message: str) -> None:
    assert read_frame(message, date(2026, 12, 2)).asked is Asked.REVOKE_PROXY


@pytest.mark.parametrize(
    "message",
    ["qui a oublié sa procuration ?", "Degraix a oublié son pouvoir", "laisse tomber"],
)
def test_what_withdraws_nothing(message: str) -> None:
    assert read_frame(message, date(2026, 12, 2)).asked is not Asked.REVOKE_PROXY
