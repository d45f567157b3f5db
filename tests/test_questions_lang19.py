"""Lane lang19 (issue 12): periods used as filters and follow-ups, in members' own words.

tests/fixtures/questions/families_lang19.tsv holds our own phrasings and what each answer must
(or, « !… », must not) say, decided before running; one test per block, each block one
conversation, through the real Application on the sample data. Every block runs on SQLite;
its first and one in four chosen by their messages (tests/helpers.py: postgresql_sample) also
on PostgreSQL. The tense and the polite acts, which need the coming Bureau, are in
coming_lang19*.tsv (tests/test_coming_table.py).
"""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.small_talk import plain_request
from bot.transport import Conversation
from storage.french import find_day_range, find_relative
from tests.helpers import Line, assert_says, say, table_cases

TODAY = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("database_url", "block"), table_cases("families_lang19.tsv"), indirect=["database_url"]
)
async def test_a_family_is_answered_as_asked(degraix: Conversation, block: list[Line]) -> None:
    for message, expected in block:
        assert_says(message, await say(degraix, message), expected)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("entre le 1er janvier et le 30 mars 2022", (date(2022, 1, 1), date(2022, 3, 30))),
        ("du 27/01/2022 au 24/03/2022", (date(2022, 1, 27), date(2022, 3, 24))),
        ("du 1er au 31 mars 2022", (date(2022, 3, 1), date(2022, 3, 31))),
        ("du 15 décembre au 30 janvier", (date(2023, 12, 15), date(2024, 1, 30))),
        ("entre le 20 janvier et le 25 mars", (date(2024, 1, 20), date(2024, 3, 25))),
        ("le 4 juillet et le 18 juillet", None),  # two days, no span
        ("du 4 juillet 2024", None),
        ("de janvier à mars 2022", None),  # months: find_relative's
        # written backwards, each day with its year: the span between them (no span was read,
        # and « combien de séances du 30/03/2022 au 01/01/2022 ? » counted the 30 March alone)
        ("du 30/03/2022 au 01/01/2022", (date(2022, 1, 1), date(2022, 3, 30))),
    ],
)
def test_two_days_joined_are_a_span(text: str, span: tuple[date, date] | None) -> None:
    found = find_day_range(text, today=TODAY)
    assert (found[:2] if found else None) == span


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("les deliberations au s1 2022", (date(2022, 1, 1), date(2022, 6, 30))),
        ("au t3 2023", (date(2023, 7, 1), date(2023, 9, 30))),
        ("combien au t2", (date(2024, 4, 1), date(2024, 6, 30))),
        ("s3 2022", None),
        ("article l2121 17", None),
    ],
)
def test_halves_and_quarters_written_short(text: str, span: tuple[date, date] | None) -> None:
    found = find_relative(text, today=TODAY)
    assert ((found.start, found.end) if found else None) == span


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("Je vous saurais gré de noter mon absence jeudi", "je serai absent jeudi"),
        ("Merci de bien vouloir prendre acte de ma présence", "je serai présent"),
        (
            "Auriez-vous l'amabilité de transmettre ma procuration à Mme Berger",
            "je donne pouvoir à Mme Berger",
        ),
        ("Je souhaiterais que mon pouvoir soit confié à Laget", "je donne pouvoir à Laget"),
        ("merci de noter ma procuration en faveur de Mme X", "je donne pouvoir à Mme X"),
        ("Pouvez-vous noter mon absence ?", "je serai absent"),
        ("Veuillez noter que je serai absent jeudi", "je serai absent jeudi"),
        # no act asked: the text as typed
        ("Pourriez-vous me dire qui était là ?", "Pourriez-vous me dire qui était là ?"),
        ("merci de votre réponse", "merci de votre réponse"),
        (
            "pourriez vous me dire si mon absence est bien notée ?",
            "pourriez vous me dire si mon absence est bien notée ?",
        ),
    ],
)
def test_an_act_asked_politely_is_said_plainly(text: str, plain: str) -> None:
    assert plain_request(text) == plain
