"""The frame reader on phrasings alone: no store, no Telegram (tests/fixtures/questions/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.services.frames import Asked, read_frame, read_frames, role_named
from storage.french import find_relative
from storage.names import fold

TODAY = date(2024, 7, 10)  # tests/conftest.py CLOCK
TABLE = Path(__file__).parent / "fixtures" / "questions" / "frames.tsv"


def _rows() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, asked, *slots = line.split("\t")
        rows.append((text, asked, slots[0] if slots else ""))
    return rows


def _slot(frame, key: str) -> str:  # type: ignore[no-untyped-def]
    when = frame.when
    values = {
        "polar": frame.polar,
        "about": frame.about.value if frame.about else None,
        "first_person": frame.first_person,
        "pronoun": frame.pronoun,
        "follow_up": frame.follow_up,
        "body": frame.body,
        "number": frame.number,
        "words": " ".join(frame.words),
        "invalid": frame.invalid_date,
        "on": when.on,
        "day": when.day,
        "month": when.month,
        "start": when.start,
        "end": when.end,
        "relative": when.relative.value if when.relative else None,
        "negative": frame.negative,
        "brief": frame.brief,
        "in_talk": frame.in_talk,
    }
    return str(values[key])


@pytest.mark.parametrize(("text", "asked", "slots"), _rows())
def test_a_phrasing_reads_as_its_frame(text: str, asked: str, slots: str) -> None:
    frame = read_frame(text, TODAY)
    assert frame.asked is Asked(asked), frame
    for pair in filter(None, slots.split(";")):
        key, _, expected = pair.partition("=")
        assert _slot(frame, key) == expected, (key, frame)


def test_the_table_is_large_and_covers_every_kind() -> None:
    rows = _rows()
    assert len(rows) >= 90
    kinds = {Asked(asked) for _, asked, _ in rows}
    assert kinds >= set(Asked) - {Asked.NOTHING} | {Asked.NOTHING}


@pytest.mark.parametrize(
    "text",
    ["votre avis sur le centre aquatique", "le centre de tri", "pouvait-on le faire"],
)
def test_ordinary_words_are_not_stretched_into_intent_words(text: str) -> None:
    assert read_frame(text, TODAY).asked is Asked.SEARCH


def test_an_iso_date_is_never_a_deliberation_number() -> None:
    frame = read_frame("2024-07-04", TODAY)
    assert frame.number is None
    assert frame.when.on == date(2024, 7, 4)


@pytest.mark.parametrize(
    ("said", "start", "end"),
    [
        ("hier", date(2024, 7, 9), date(2024, 7, 9)),
        ("avant-hier", date(2024, 7, 8), date(2024, 7, 8)),
        ("demain", date(2024, 7, 11), date(2024, 7, 11)),
        ("mercredi dernier", date(2024, 7, 3), date(2024, 7, 3)),
        ("lundi prochain", date(2024, 7, 15), date(2024, 7, 15)),
        ("la semaine prochaine", date(2024, 7, 15), date(2024, 7, 21)),
        ("cette semaine", date(2024, 7, 8), date(2024, 7, 14)),
        ("le mois prochain", date(2024, 8, 1), date(2024, 8, 31)),
        ("ce mois-ci", date(2024, 7, 1), date(2024, 7, 31)),
        ("l'année dernière", date(2023, 1, 1), date(2023, 12, 31)),
        ("il y a 3 jours", date(2024, 7, 7), date(2024, 7, 7)),
        ("en mars dernier", date(2024, 3, 1), date(2024, 3, 31)),
        ("en septembre dernier", date(2023, 9, 1), date(2023, 9, 30)),
        ("au second semestre 2022", date(2022, 7, 1), date(2022, 12, 31)),
        ("au 4e trimestre 2023", date(2023, 10, 1), date(2023, 12, 31)),
        ("en 2022", date(2022, 1, 1), date(2022, 12, 31)),
        # counted back in words, fuzzy parts of a year, seasons, the latest months
        ("il y a deux ans", date(2022, 1, 1), date(2022, 12, 31)),
        ("ça fait un an", date(2023, 1, 1), date(2023, 12, 31)),
        ("il y a 3 mois", date(2024, 4, 1), date(2024, 4, 30)),
        ("il y a quinze jours", date(2024, 6, 25), date(2024, 6, 25)),
        ("l'année d'avant", date(2023, 1, 1), date(2023, 12, 31)),
        ("l'an passé", date(2023, 1, 1), date(2023, 12, 31)),
        ("fin 2023", date(2023, 9, 1), date(2023, 12, 31)),
        ("début 2024", date(2024, 1, 1), date(2024, 4, 30)),
        ("à la mi-2022", date(2022, 5, 1), date(2022, 8, 31)),
        ("courant 2023", date(2023, 1, 1), date(2023, 12, 31)),
        ("en fin d'année", date(2024, 9, 1), date(2024, 12, 31)),
        ("cet été", date(2024, 6, 1), date(2024, 8, 31)),
        ("l'été dernier", date(2023, 6, 1), date(2023, 8, 31)),
        ("l'hiver dernier", date(2023, 12, 1), date(2024, 2, 29)),
        ("au printemps 2023", date(2023, 3, 1), date(2023, 5, 31)),
        ("l'automne prochain", date(2024, 9, 1), date(2024, 11, 30)),
        ("les 6 derniers mois", date(2024, 1, 10), date(2024, 7, 10)),
        ("ces derniers mois", date(2024, 1, 10), date(2024, 7, 10)),
        ("depuis trois semaines", date(2024, 6, 19), date(2024, 7, 10)),
        ("de 2022 à 2024", date(2022, 1, 1), date(2024, 12, 31)),
        ("entre janvier et mars 2022", date(2022, 1, 1), date(2022, 3, 31)),
        ("de novembre à février", date(2023, 11, 1), date(2024, 2, 29)),
        ("avant 2023", date(1900, 1, 1), date(2022, 12, 31)),
    ],
)
def test_relative_dates_against_today(said: str, start: date, end: date) -> None:
    period = find_relative(fold(said), today=TODAY)
    assert period is not None
    assert (period.start, period.end) == (start, end)


def test_a_year_in_a_title_is_not_a_period() -> None:
    assert find_relative(fold("budget primitif 2022"), today=TODAY) is None


@pytest.mark.parametrize(
    "said",
    ["la délibération a été votée", "ça a été adopté ?", "il y a eu combien de votes", "été"],
)
def test_words_that_only_look_like_a_period_are_none(said: str) -> None:
    """« a été » is no summer, « il y a eu » counts nothing back."""
    assert find_relative(fold(said), today=TODAY) is None


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_any_text_reads_as_a_frame(text: str) -> None:
    """Whatever is typed, the reader gives a frame (never an exception): pure code."""
    frame = read_frame(text, TODAY)
    assert isinstance(frame.asked, Asked)


def _split(text: str) -> list[str]:
    return text.split()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            _split(
                "qui était absent présent le 4 juillet 2024 13/3 hier et lui Berger pouvoir "
                "procuration combien de votants quorum délibé 2022.0013 séance bureau conseil "
                "dernier prochain merci bonjour ? , mardi jeudi mars en 2022 semestre"
            )
        ),
        max_size=12,
    )
)
def test_council_words_in_any_order_read_as_a_frame(words: list[str]) -> None:
    frame = read_frame(" ".join(words), TODAY)
    assert isinstance(frame.asked, Asked)


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Qui était présent et qui était absent le 4 juillet ?", ["presence", "absence"]),
        ("Combien de présents et combien de pouvoirs au dernier bureau ?", ["count", "count"]),
        ("Berger était là ? Et Bouchet ?", ["presence", "search"]),
        ("Bonjour, petite question ? qui était absent le 4 juillet ? merci", ["absence"]),
        ("Berger et Rivat étaient présents ?", ["presence"]),
        ("Est-ce que Berger était là ? Je vous remercie par avance.", ["presence"]),
        ("présents, absents et pouvoirs du 4 juillet", ["presence", "absence", "proxy"]),
    ],
)
def test_each_question_of_a_message_is_read(text: str, kinds: list[str]) -> None:
    frames = read_frames(text, TODAY)
    assert [f.asked.value for f in frames] == kinds, frames
    if len(frames) > 1 and not frames[1].follow_up:
        assert frames[0].when == frames[-1].when  # the message's date, for each question


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("notre présidente était-elle là mardi ?", "president"),
        ("les présidents de séance de 2022 ?", "president"),
        ("le président du bureau avait un pouvoir ?", "president"),
        ("le vice-président délégué aux transports a voté ?", "other"),
        ("la maire de Firminy était présente ?", "other"),
        ("le président de la région était là ?", "other"),
        ("qui présidait le 4 juillet ?", None),
        ("Bouchet était présent ?", None),
    ],
)
def test_a_role_is_told_from_a_name(text: str, role: str | None) -> None:
    assert role_named(text) == role
