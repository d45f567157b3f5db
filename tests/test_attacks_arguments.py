"""A command's argument the reader does not understand is said, never silently dropped: the
real Application through `process_update`, on the sample store (SQLite and PostgreSQL).

« /seance blabla », « /seance 42 », « /pouvoirs n'importe quoi » answered the latest sitting as
if nothing had been typed after the command."""

from __future__ import annotations

import pytest

from bot.transport import Conversation
from tests.helpers import text

LATEST = "Bureau Métropolitain — 4 juillet 2024"


@pytest.mark.parametrize(
    ("typed", "unread"),
    [
        ("/seance blabla", "blabla"),
        ("/seance 42", "42"),
        ("/seance -1", "-1"),
        ("/seance 3000", "3000"),
        ("/pouvoirs n'importe quoi", "n'importe quoi"),
        ("/presents zorglub", "zorglub"),
        ("/absents 18", "18"),
        ("/seances blabla", "blabla"),
        ("/seance " + "x" * 300, "x" * 79 + "…"),
    ],
)
async def test_an_argument_nothing_reads_is_said_and_the_latest_sittings_offered(
    degraix: Conversation, typed: str, unread: str
) -> None:
    replies = await degraix.send(typed)
    answer = text(replies)
    command = typed.split()[0]
    assert f"Je n'ai pas compris « {unread} » après {command}" in answer
    assert "Présents : 40" not in answer  # not the latest sitting, as if nothing was typed
    assert LATEST in replies[-1].labels


async def test_a_latest_sitting_offered_answers_what_the_command_asks(
    degraix: Conversation,
) -> None:
    replies = await degraix.send("/pouvoirs n'importe quoi")
    pressed = text(await degraix.press(LATEST, replies))
    assert "6 pouvoirs" in pressed
    replies = await degraix.send("/seance 42")
    assert "Présents : 40" in text(await degraix.press(LATEST, replies))


@pytest.mark.parametrize(
    ("typed", "unread", "answered"),
    [
        ("/seance 4 juillet blabla", "blabla", "Présents : 40"),
        ("/seance plénière de juillet", "plénière", "Présents : 40"),
        ("/pouvoirs 4 juillet 2024 42", "42", "6 pouvoirs"),
        ("/quorum blabla", "blabla", "Aucune séance n'est prévue"),
    ],
)
async def test_a_word_left_beside_what_was_read_is_said_then_the_rest_answered(
    degraix: Conversation, typed: str, unread: str, answered: str
) -> None:
    answer = text(await degraix.send(typed))
    assert f"Je n'ai pas compris « {unread} » : je n'en tiens pas compte." in answer
    assert answered in answer


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        # Names, dates, bodies, act numbers and topics live in free words: still read.
        ("/seance bureau juillet", "Présents : 40"),
        ("/seance du bureau métropolitain du 4 juillet", "Présents : 40"),
        ("/seance 4 juillet 2024 à 17 h", "Présents : 40"),
        ("/seance 2024.00417", "Présents : 40"),
        ("/seance le dernier bureau stp", "Présents : 40"),
        ("/pouvoirs Degraix", "M. Gilles ARTIGUES donne pouvoir à M. Jean-Luc DEGRAIX"),
        ("/pouvoirs de Jean-Luc Degraix", "M. Gilles ARTIGUES donne pouvoir à M. Jean-Luc"),
        ("/presents Flachet", "Vouliez-vous dire"),
        ("/pouvoirs Zorglub", "Aucun membre ne s'appelle « Zorglub »"),
        ("/seance solidarités", "1 délibération sur « solidarités »"),
        ("/absents 04/07", "21 absents excusés"),
        # A year alone is that year's sittings, not a word searched in acts' titles.
        ("/seance 2022", "2 séances correspondent à « 2022 »"),
        ("/seances 2022", "2 séances pour « 2022 »"),
        ("/seance 2023", "Aucune séance du dimanche 1er janvier 2023"),
    ],
)
async def test_what_the_reader_takes_is_not_called_unread(
    degraix: Conversation, typed: str, expected: str
) -> None:
    answer = text(await degraix.send(typed))
    assert "Je n'ai pas compris" not in answer
    assert expected in answer


@pytest.mark.parametrize(
    "typed",
    [
        "/deliberation 2024.004171",
        "/deliberation 2024004171",
        "la délibération 2024.004171 ?",
        "qui a voté la 2024.004171 ?",
    ],
)
async def test_an_act_number_with_a_digit_too_many_is_not_another_act(
    degraix: Conversation, typed: str
) -> None:
    """« 2024.004171 » starts as 2024.00417 does: the search answered that act (its vote, its
    decisions) as if its number had been typed."""
    answer = text(await degraix.send(typed))
    assert "n° 2024.004171 n'est enregistrée" in answer or "n° 2024004171" in answer
    assert "TROISIÈME TRANCHE" not in answer
    assert "TROISIÈME TRANCHE" in text(await degraix.send("/deliberation 2024.00417"))


@pytest.mark.parametrize(
    ("typed", "unread"),
    [
        ("/assiduite Degraix blabla", "blabla"),
        ("/assiduite Degraix 42", "42"),
        ("/assiduite Degraix 1900", "1900"),
    ],
)
async def test_a_record_asked_with_a_word_nothing_reads_says_it(
    degraix: Conversation, typed: str, unread: str
) -> None:
    answer = text(await degraix.send(typed))
    assert f"Je n'ai pas compris « {unread} » : je n'en tiens pas compte." in answer
    assert "Assiduité de M. Jean-Luc DEGRAIX" in answer


@pytest.mark.parametrize(
    "typed",
    [
        "/assiduite Degraix",
        "/assiduite M. Degrax depuis mars 2023",
        "/assiduite Jean-Luc Degraix 2024 svp",
        "/assiduite Degraix de 2022 à 2024",
    ],
)
async def test_a_record_asked_in_words_the_reader_takes_says_nothing_unread(
    degraix: Conversation, typed: str
) -> None:
    answer = text(await degraix.send(typed))
    assert "Je n'ai pas compris" not in answer
    assert "Assiduité de M. Jean-Luc DEGRAIX" in answer
