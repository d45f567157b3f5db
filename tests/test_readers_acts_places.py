"""The readers of how members put acts, amounts and towns, on phrasings alone: two periods
compared, an act's number dictated, a town typed in lower case, an amount range, the latest
time a topic came up."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.services.act_facts import bound_asked
from bot.services.compared_periods import Sense, periods_compared
from bot.services.lower_places import place_in_lower_case, printed
from bot.services.spoken_numbers import act_numbers_said, years_said
from bot.services.topic_times import topic_edge_asked
from bot.services.vote_bounds import VoteBound, vote_bound_asked

TODAY = date(2024, 7, 10)


@pytest.mark.parametrize(
    ("text", "sense", "first", "second"),
    [
        (
            "plus de délibs en janvier ou en mars 2022 ?",
            Sense.MOST,
            date(2022, 1, 1),
            date(2022, 3, 1),
        ),
        ("2023 c'était plus que 2022 ?", Sense.MORE, date(2023, 1, 1), date(2022, 1, 1)),
        ("en 2022 on en a eu moins qu'en 2024", Sense.LESS, date(2022, 1, 1), date(2024, 1, 1)),
        (
            "le plus de délibérations : janvier ou mars 2022 ?",
            Sense.MOST,
            date(2022, 1, 1),
            date(2022, 3, 1),
        ),
        (
            "le conseil de janvier 2022 il a voté plus ou moins de délibs que celui de mars",
            Sense.MORE_OR_LESS,
            date(2022, 1, 1),
            date(2022, 3, 1),
        ),
    ],
)
def test_two_periods_compared_are_read_with_what_is_asked(
    text: str, sense: Sense, first: date, second: date
) -> None:
    compared = periods_compared(text, TODAY)
    assert compared is not None
    assert compared.sense is sense
    assert [f.when.start for f in compared.frames] == [first, second]


@pytest.mark.parametrize(
    "text",
    [
        "plus de délibérations sur la voirie ou sur l'eau ?",
        "plus de présents en janvier ou en mars ?",
        "combien de délibérations en 2022 ?",
    ],
)
def test_no_two_periods_compared(text: str) -> None:
    assert periods_compared(text, TODAY) is None


@pytest.mark.parametrize(
    ("said", "written"),
    [
        ("la deux mille vingt-quatre quatre cent dix-sept", "la 2024.00417"),
        ("la delib deux mille vingt deux cent neuf", "la delib 2022.00109"),
        ("la deliberation 2022 tiret 109", "la deliberation 2022.00109"),
        ("la cent trente trois de deux mille vingt deux", "la 133 de 2022"),
        ("le vote de la quatre cent dix sept", "le vote de la 417"),
        ("deliberation n cent neuf", "deliberation numero cent neuf"),
        # a day, a year said alone, a number too small for « la »: left as said
        ("la seance du vingt quatre mars", "la seance du vingt quatre mars"),
        ("la deux mille vingt quatre", "la deux mille vingt quatre"),
        ("la vingt sept", "la vingt sept"),
    ],
)
def test_an_acts_number_dictated_is_written_in_figures(said: str, written: str) -> None:
    assert act_numbers_said(said) == written


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("les actions a rive de gier", "Rive-de-Gier"),
        ("des actions sur st genest lerpt ?", "Saint-Genest-Lerpt"),
        ("y a des actions a firminy ?", "Firminy"),
        ("actions sur le chambon feugerolles", "Le Chambon-Feugerolles"),
        ("les actions a la piscine", None),
        ("les actions sur l emploi", None),
        ("qui a voté contre ?", None),
        ("combien reste a financer", None),
        ("combien on a dépensé en tout dans les actions financées", None),
        ("on a voté quoi a la seance de mars", None),
        ("les actions a Firminy", None),  # a capital: read as typed elsewhere
    ],
)
def test_a_town_typed_in_lower_case(text: str, town: str | None) -> None:
    assert place_in_lower_case(text) == town


def test_a_town_printed_from_lower_case_keeps_a_capital_typed() -> None:
    assert printed("st chamond") == "Saint-Chamond"
    assert printed("La Talaudière") == "La Talaudière"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("des actions entre 50 et 80 k€ ?", 50_000, 80_000),
        ("actions de 10 000 à 20 000 euros", 10_000, 20_000),
        ("entre 500 000 € et 1,5 M€", 500_000, 1_500_000),
        ("entre 90000 et 60000 €", 60_000, 90_000),
    ],
)
def test_an_amount_range_bounds_both_sides(text: str, low: int, high: int) -> None:
    bound = bound_asked(text)
    assert bound is not None
    assert bound.also is not None
    assert (bound.amount, bound.also.amount) == (Decimal(low), Decimal(high))
    assert bound.holds(Decimal(low))
    assert bound.holds(Decimal(high))
    assert not bound.holds(Decimal(high + 1))
    assert not bound.holds(Decimal(low - 1))


@pytest.mark.parametrize(
    ("text", "edge"),
    [
        ("quand est-ce qu'on a parlé de l'eau pour la dernière fois ?", "last"),
        ("c'était quand la dernière délib sur la voirie", "last"),
        ("la toute première délibération sur le PLU", "first"),
        ("le dernier bureau", None),
        ("la dernière séance", None),
    ],
)
def test_the_latest_time_a_topic_came_up(text: str, edge: str | None) -> None:
    assert topic_edge_asked(text) == edge


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("les délibérations à plus de 100 voix pour", VoteBound("for", "more", 100)),
        ("combien de délibs ont eu plus de 5 abstentions", VoteBound("abstentions", "more", 5)),
        ("des délibs avec au moins une voix contre ?", VoteBound("against", "at_least", 1)),
        ("la délib a eu plus de 100 voix pour ?", None),  # one act: its own vote
        ("il y avait plus de 30 présents ?", None),
    ],
)
def test_acts_chosen_by_a_bound_on_their_vote(text: str, bound: VoteBound | None) -> None:
    assert vote_bound_asked(text) == bound


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # a year said in words is the year in figures, wherever a period or a topic is read
        ("combien de délibs en mars deux mille vingt-deux", "combien de délibs en mars 2022"),
        ("le DOB deux mille vingt deux et les abstentions", "le DOB 2022 et les abstentions"),
        ("sur l'année deux mil vingt-trois", "sur l'année 2023"),
        # an act's number said is left to the act's reader
        (
            "la délib deux mille vingt-deux point cent neuf",
            "la délib deux mille vingt-deux point cent neuf",
        ),
        (
            "la deux mille vingt-quatre quatre cent dix-sept",
            "la deux mille vingt-quatre quatre cent dix-sept",
        ),
        ("numéro deux mille vingt-deux", "numéro deux mille vingt-deux"),
        # no year: the words stay
        ("deux mille cinq cents euros", "deux mille cinq cents euros"),
    ],
)
def test_a_year_said_in_words_is_read_in_figures(typed: str, read: str) -> None:
    assert years_said(typed) == read
