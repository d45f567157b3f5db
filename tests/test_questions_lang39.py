"""Issue 12: members' questions about members — a name read loosely, a first name none or
several of whose bearers did what is asked, a negative yes/no over a period, a pronoun with
nobody found, « et moi ? » and « et mes absences ? » after a sitting.

tests/fixtures/questions/families_lang39.tsv holds each family's phrasings and what each answer
must (or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. The readers' parts (how a name
was read, the polarity of a yes/no over a period) are checked on phrasings alone below.
"""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from bot.services.names import Candidate, NameIndex
from bot.services.record_counts import Counted, record_verdict, record_yes_no_asked
from bot.transport import Conversation
from tests.conftest import member_id
from tests.helpers import Line, assert_says, say, table_cases


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang39.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("database_url", "asker", "messages", "expected"),
    [
        # « et moi ? » after a sitting: the asker's own part there
        (
            "sqlite",
            "TARDY",
            ["le 4 juillet", "et moi ?"],
            ["Vous étiez absent excusé", "!Présents"],
        ),
        (
            "sqlite",
            "BOUCHET",
            ["combien d'excusés au bureau du 4/7 ?", "et moi ?"],
            ["Vous étiez absent excusé"],
        ),
        # « et mes absences ? » after a sitting: the record, the sitting in talk marked
        (
            "sqlite",
            "BOUCHET",
            ["le bureau du 4 juillet", "et mes absences ?"],
            ["Absences (1)", "absent excusé (la séance dont nous parlions)"],
        ),
        (
            "sqlite",
            "JANDOT",
            ["le conseil du 27 janvier 2022", "et mes absences ?"],
            ["n'est pas comptée : ses présences ne sont pas publiées"],
        ),
    ],
    indirect=["database_url"],
)
async def test_the_asker_after_a_sitting(
    application,  # type: ignore[no-untyped-def]
    loaded_engine: Engine,
    asker: str,
    messages: list[str],
    expected: list[str],
) -> None:
    app, api = application
    app.bot_data.runtime.acting_as[777] = member_id(loaded_engine, asker)
    chat = Conversation(app, api, 777, asker.title())
    for message in messages[:-1]:
        await say(chat, message)
    assert_says(messages[-1], await say(chat, messages[-1]), expected)


_INDEX = NameIndex(
    [
        Candidate(1, "M.", "Patrick", "BOUCHET"),
        Candidate(2, "M.", "Christophe", "FAVERJON"),
        Candidate(3, "Mme", "Siham", "LABICH"),
        Candidate(4, "Mme", "Christiane", "MICHAUD-FARIGOULE"),
        Candidate(5, "M.", "Gérard", "TARDY"),
    ]
)


@pytest.mark.parametrize(
    ("text", "loose"),
    [
        ("et Bouchett ?", ((1, "Bouchett"),)),
        ("Cristophe Faverjon etait la", ((2, "Cristophe Faverjon"),)),
        ("siam labich présente ?", ((3, "siam labich"),)),
        ("michaud farigoul était là", ((4, "michaud farigoul"),)),
        ("Bouchett Tardy étaient là", ((1, "Bouchett"),)),
        ("Bouchet était là", ()),
        ("M. Patrick BOUCHET", ()),
        ("Christophe Faverjon et Tardy", ()),
        ("Michaud-Farigoule", ()),
    ],
)
def test_a_name_read_loosely_is_known_as_such(text: str, loose: tuple[tuple[int, str]]) -> None:
    assert _INDEX.find_in_text(text).loose == loose


def test_a_typed_name_read_loosely_is_known_as_such() -> None:
    assert _INDEX.resolve("Bouchett").loose == ((1, "Bouchett"),)
    assert _INDEX.resolve("Bouchet").loose == ()


@pytest.mark.parametrize(
    ("message", "counted", "found", "total", "yes"),
    [
        ("Bouchet n'était jamais là en 2024 ?", Counted.PRESENT, 0, 1, True),
        ("Bouchet il était jamais là en 2024 ?", Counted.PRESENT, 1, 2, False),
        ("Tardy ne venait jamais en 2024 ?", Counted.PRESENT, 0, 1, True),
        ("Rivat ne manquait aucune séance en 2024 ?", Counted.MISSED, 0, 3, True),
        ("Berger n'était jamais absente cette année ?", Counted.MISSED, 1, 3, False),
        ("Labich, présente tout le temps en 2024 ?", Counted.MISSED, 0, 2, True),
        ("Rivat était toujours là en 2024 ?", Counted.MISSED, 1, 2, False),
        # dictated, no « ? » typed: the inversion or « est-ce que » asks
        (
            "Monsieur Rivat était-il présent à chaque réunion cette année",
            Counted.MISSED,
            0,
            1,
            True,
        ),
        ("est-ce que Tardy a raté des séances en 2024", Counted.MISSED, 1, 1, True),
    ],
)
def test_a_negative_yes_no_over_a_period_is_polarised(
    message: str, counted: Counted, found: int, total: int, yes: bool
) -> None:
    assert record_yes_no_asked(message) is counted
    assert record_verdict(message, found, total) is yes
