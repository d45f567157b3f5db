"""The one French date reader: every form the issue names, as documents and members write them."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storage.french import find_dates, find_relative_to, parse_date
from storage.names import fold
from storage.parsing.extract import looks_like_extract, parse_extract

BEFORE = date(2025, 3, 20)  # a Thursday one week after jeudi 13 mars 2025


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025-03-13", date(2025, 3, 13)),
        ("13/03/2025", date(2025, 3, 13)),
        ("13.03.2025", date(2025, 3, 13)),
        ("13-03-2025", date(2025, 3, 13)),
        ("13/3/25", date(2025, 3, 13)),
        ("13/3", date(2025, 3, 13)),
        ("13 mars", date(2025, 3, 13)),
        ("jeudi 13 mars", date(2025, 3, 13)),
        ("le 1er juillet 2024", date(2024, 7, 1)),
        ("le premier juillet 2024", date(2024, 7, 1)),
        ("Séance du 4 JUILLET 2024", date(2024, 7, 4)),
        ("le 7 oct. 2024", date(2024, 10, 7)),
        ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 14 MARS 2019", date(2019, 3, 14)),
        ("Réunion du jeudi 12 décembre 2019 • 18H30", date(2019, 12, 12)),
        ("L'an deux mille vingt-deux, le quinze février à dix-huit heures", date(2022, 2, 15)),
        ("L'an deux mille vingt-trois et le 16 février", date(2023, 2, 16)),
        ("le vingt-et-un mars deux mil dix-neuf", date(2019, 3, 21)),
        ("le trente et un décembre deux mille vingt", date(2020, 12, 31)),
        ("Séance du 12 mars 2 025", date(2025, 3, 12)),  # a thousands' space in the year
        ("le 4 juin 1 998 à 20 h", date(1998, 6, 4)),
        ("le 4 juin 2 025,50 € versés", date(2024, 6, 4)),  # an amount: no year said
        ("31 février", None),
        ("30/02/2024", None),
        ("mars 2025", None),  # a month, not a day
        ("n° 2024.00417", None),
        ("1.5 million", None),
    ],
)
def test_parse_date(text: str, expected: date | None) -> None:
    assert parse_date(text, before=BEFORE) == expected


def test_a_date_without_a_year_needs_a_reference() -> None:
    assert parse_date("13 mars") is None
    # The latest such day on or before the reference: 13 March 2025 is after 10 March 2025.
    assert parse_date("13 mars", before=date(2025, 3, 10)) == date(2024, 3, 13)


def test_the_weekday_picks_the_year() -> None:
    # 4 July fell on a Thursday in 2024, not in 2025.
    assert parse_date("jeudi 4 juillet", before=BEFORE) == date(2024, 7, 4)


def test_partial_mentions_and_their_spans() -> None:
    text = "les délibérations de mars 2025 et le bureau du 4 juillet"
    month, day = find_dates(text)
    assert (month.day, month.month, month.year) == (None, 3, 2025)
    assert text[month.start : month.end] == "mars 2025"
    assert (day.day, day.month, day.year) == (4, 7, None)
    assert text[day.start : day.end] == "4 juillet"


def test_a_text_read_again_gives_its_own_dates_each_time() -> None:
    # The readers of one sentence ask its dates several times: each gets the same dates, in a
    # list of its own (what one reader does with its list never reaches the next one).
    text = "du 27/01/2022 au 24/03/2022"
    first = find_dates(text)
    assert [(m.day, m.month, m.year) for m in first] == [(27, 1, 2022), (24, 3, 2022)]
    first.clear()
    assert find_dates(text) == find_dates(text) != []
    assert find_dates("le 4 juillet") != find_dates(text)
    assert [(m.day, m.month) for m in find_dates(text)] == [(27, 1), (24, 3)]


def test_invalid_mentions_are_kept_and_flagged() -> None:
    (mention,) = find_dates("le 31 février")
    assert not mention.valid
    assert mention.resolve(before=BEFORE) is None


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=2000))
def test_any_text_reads_without_error(text: str) -> None:
    for mention in find_dates(text):
        assert 0 <= mention.start < mention.end <= len(text)
        mention.resolve(before=BEFORE)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("le 4 juilet 2024", 7),
        ("13 septmbre 2022", 9),
        ("le 12 fevier 2023", 2),
        ("le 2 octobr 2023", 10),
    ],
)
def test_a_long_month_name_one_letter_off_is_read_after_a_day(text: str, month: int) -> None:
    mentions = find_dates(text)
    assert mentions
    assert mentions[0].month == month


@pytest.mark.parametrize("text", ["article 4 mais pas 5", "les 3 mardis", "le 4 marie", "12 avis"])
def test_ordinary_words_after_a_number_are_no_month(text: str) -> None:
    assert find_dates(text) == []


def test_four_digits_after_a_month_are_its_year_whatever_the_year() -> None:
    assert parse_date("4 juillet 1850") == date(1850, 7, 4)
    assert parse_date("le 4 juillet 3024") == date(3024, 7, 4)
    assert parse_date("4 juillet 2024 à 18 heures") == date(2024, 7, 4)


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("le 4 juillet de l'an dernier", "le 4 juillet 2025"),
        ("le 4 juillet de l an passe", "le 4 juillet 2025"),
        ("13 mars de l'annee prochaine ?", "13 mars 2027 ?"),
        ("en mars de cette annee", "en mars 2026"),
        ("le 4 juillet 2024", "le 4 juillet 2024"),
        ("l'an dernier en juillet", "l'an dernier en juillet"),  # a year alone: another reader
        ("le bureau de juillet il y a deux ans", "le bureau de juillet 2024"),
        ("en mars, il y a 3 ans", "en mars, 2023"),
        ("en mars, il y a eu trois séances", "en mars, il y a eu trois séances"),
    ],
)
def test_a_months_year_said_in_words(typed: str, read: str) -> None:
    from storage.french import year_said_in_words

    spelled = year_said_in_words(typed, date(2026, 12, 2))
    assert " ".join(spelled.split()) == read
    assert len(spelled) == len(typed)  # the other readers' offsets hold


@pytest.mark.parametrize(
    ("typed", "start", "end"),
    [
        ("ce qui a ete vote il y a 4 ans et demi", date(2022, 3, 1), date(2022, 9, 30)),
        ("ca fait deux ans et demie", date(2024, 3, 1), date(2024, 9, 30)),
        ("y a 1 an et demi", date(2025, 3, 1), date(2025, 9, 30)),
        ("il y a 2 ans", date(2024, 1, 1), date(2024, 12, 31)),  # a whole year, as before
    ],
)
def test_a_half_year_ago_is_the_half_year_around_it(typed: str, start: date, end: date) -> None:
    from storage.french import find_relative

    period = find_relative(typed, today=date(2026, 12, 2))
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("typed", "start", "end"),
    [
        # on 2 December 2026 the last summer ended is 2026's: the one before is 2025's
        ("les presents de l avant dernier ete", date(2025, 6, 1), date(2025, 8, 31)),
        ("l avant derniere ete", date(2025, 6, 1), date(2025, 8, 31)),
        ("il y a deux etes", date(2025, 6, 1), date(2025, 8, 31)),
        ("y a 3 hivers", date(2023, 12, 1), date(2024, 2, 29)),
        ("cela fait un printemps", date(2026, 3, 1), date(2026, 5, 31)),
        ("l avant dernier automne", date(2025, 9, 1), date(2025, 11, 30)),  # 2026 ended
        ("l avant derniere annee", date(2024, 1, 1), date(2024, 12, 31)),
        ("le bureau de l avant dernier mois", date(2026, 10, 1), date(2026, 10, 31)),
    ],
)
def test_a_season_or_a_unit_counted_back(typed: str, start: date, end: date) -> None:
    from storage.french import find_relative

    period = find_relative(typed, today=date(2026, 12, 2))
    assert period is not None
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("l'an deux mille vingt-cinq, le vingt-huit du mois de novembre", date(2025, 11, 28)),
        ("le 2 du mois d'octobre 2024", date(2024, 10, 2)),
        ("le premier du mois de mars 2022", date(2022, 3, 1)),
    ],
)
def test_a_day_of_the_month_said_with_du_mois_de(said: str, day: date) -> None:
    """« le vingt-huit du mois de novembre », as opening formulas write it: the minutes were
    refused as no council's document, their date unread."""
    (mention,) = find_dates(said)
    assert (mention.year, mention.month, mention.day) == (day.year, day.month, day.day)


def test_minutes_dated_du_mois_de_are_a_councils_document() -> None:
    text = (
        "COMMUNE DE SAINT-JUST-LA-FORÊT\nPROCÈS-VERBAL DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL\n"
        "L'an deux mille vingt-cinq, le vingt-huit du mois de novembre, à dix-neuf heures, le"
        " conseil municipal, dûment convoqué le vingt et un novembre, s'est réuni à la mairie.\n"
        "Délibération n° 2025-41 : Tarifs de la cantine\nAdopté à l'unanimité.\n"
    )
    assert looks_like_extract(text)
    assert parse_extract(text).sitting_date == date(2025, 11, 28)


@pytest.mark.parametrize(
    "typed",
    [
        "tout le monde etait la ce matin ?",
        "qui etait la cet apres-midi ?",
        "qui etait la cet apres midi",
        "la seance de ce soir est a quelle heure ?",
        "qui etait la aujourd hui",
    ],
)
def test_a_moment_of_today_is_today(typed: str) -> None:
    """« ce matin » was read as a member's name, « cet après-midi » searched as « midi »."""
    from storage.french import find_relative

    period = find_relative(typed, today=date(2026, 12, 5))
    assert period is not None
    assert (period.start, period.end) == (date(2026, 12, 5), date(2026, 12, 5))


def test_a_moment_of_the_day_talked_about_is_no_date() -> None:
    from storage.french import find_relative

    assert find_relative("et ce soir-la qui etait present ?", today=date(2026, 12, 5)) is None


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("le lendemain matin", date(2024, 7, 26)),
        ("trois jours plus tôt", date(2024, 7, 22)),
        ("le vendredi de la semaine suivante", date(2024, 8, 2)),
        ("la semaine précédente", date(2024, 7, 18)),
        ("lundi", date(2024, 7, 22)),  # that week's, not the calendar's next Monday
        ("dimanche 10h", date(2024, 7, 28)),
    ],
)
def test_a_day_said_against_another(said: str, day: date) -> None:
    found = find_relative_to(fold(said).replace("'", " "), date(2024, 7, 25))
    assert found is not None
    assert found.start == day == found.end


@pytest.mark.parametrize("said", ["vendredi 26", "lundi prochain", "jeudi en huit", "à 18h"])
def test_no_day_is_said_against_another_by_a_date_or_today_s_words(said: str) -> None:
    assert find_relative_to(fold(said), date(2024, 7, 25)) is None
