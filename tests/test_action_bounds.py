"""Funded actions asked with an amount bound (« les subventions de plus de 10 000 € », « et de
moins de 1 000 € ? »): the bound read from the words (bot/services/act_facts.py `bound_asked`),
then the actions over or under it, never an action of that exact amount nor a search for the
words « dépassent » or « 10000 »."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services.act_facts import Bound, bound_asked
from storage import db
from storage.importer import Importer
from storage.models import Council
from tests.test_funded_actions_scoping import _console

_CLUBS = ("2022-04-01;;;Club alpin;Escalade;800", "2022-05-01;;;Handball club;Saison;12000")


def _subsidies(engine: Engine, tmp_path: Path, *rows: str) -> str:
    """The metropole's open-data subsidies (`rows` from the convention's date on) imported;
    the metropole's name."""
    path = tmp_path / "subventions.csv"
    path.write_text(
        "nomAttribuant;idAttribuant;dateConvention;referenceDecision;idBeneficiaire;"
        "nomBeneficiaire;objet;montant\n"
        + "".join(f"SAINT-ETIENNE METROPOLE;24420077000117;{row}\n" for row in rows),
        encoding="utf-8",
    )
    with db.session(engine) as session:
        assert [r.status for r in Importer(session).import_files([path])] == ["imported"]
        return session.exec(select(Council.name).where(Council.siren == "244200770")).one()


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("les subventions de plus de 100000 euros", Bound(100_000, above=True)),
        ("quelles actions dépassent 50 000 € ?", Bound(50_000, above=True)),
        ("les subventions supérieures à 10000 €", Bound(10_000, above=True)),
        ("au-dessus de 2 500 euros ?", Bound(2_500, above=True)),
        ("les aides d'au moins 14 000 euros", Bound(14_000, above=True, inclusive=True)),
        ("les actions de moins de 100 k€", Bound(100_000, above=False)),
        ("et en dessous de 1000 € ?", Bound(1_000, above=False)),
        ("inférieures à 5 000€", Bound(5_000, above=False)),
        ("des aides de plus de cent mille euros ?", Bound(100_000, above=True)),
    ],
)
def test_the_bound_read(question: str, bound: Bound) -> None:
    assert bound_asked(question) == bound


@pytest.mark.parametrize(
    "question",
    [
        "combien pour AESIO ?",
        "94 000 € c'est quoi ?",
        "il y a plus de 3 actions ?",  # a count, no money
        "les délibérations de plus de 2022",  # a year is no amount
        "moins de 10 délibérations ?",
    ],
)
def test_no_bound_where_none_is_said(question: str) -> None:
    assert bound_asked(question) is None


def test_bounds_hold_at_the_edge() -> None:
    assert not Bound(94_000, above=True).holds(None)
    assert not Bound(94_000, above=True).holds(94_000)
    assert Bound(94_000, above=True, inclusive=True).holds(94_000)
    assert Bound(94_000, above=False).holds(93_999)
    assert not Bound(94_000, above=False).holds(94_001)


def test_members_ask_the_actions_over_or_under_an_amount(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    metropole = _subsidies(
        loaded_engine,
        tmp_path,
        *_CLUBS,
        "2022-04-01;;;Rugby club;Saison;2400",
        "2022-06-01;;;Festival du livre;Edition;50000",
    )
    answers = _console(
        loaded_engine,
        "les subventions de plus de 10 000 €",
        "et de moins de 1000 € ?",
        "le rugby a reçu plus de 2000 euros ?",
        "quelles actions dépassent au moins 50 000 € ?",
        "des subventions de plus de 200 k€ ?",
        council=metropole,
    )
    # (amounts are printed with narrow no-break spaces, as French typography sets them)
    over, under, club, least, none = (
        a.replace("\u202f", " ").replace("\xa0", " ") for a in answers
    )
    # the sample's annex (AESIO, 94 000 €), the festival and the handball club: the three over
    assert "3 actions financées de plus de 10 000 €" in over
    assert all(name in over for name in ("AESIO", "Festival", "Handball"))
    assert "Rugby" not in over
    assert "alpin" not in over
    assert "1 action financée de moins de 1 000 €" in under
    assert "alpin" in under
    assert "Rugby" not in under
    # one action named: its amount checked against the bound, as before any list
    assert club.startswith("Oui : ")
    assert "2 400 €" in club
    assert "Rugby club" in club
    assert "2 actions financées d'au moins 50 000 €" in least
    assert "Non : aucune action financée de plus de 200 000 €" in none  # asked yes or no
    assert "ne correspond à" not in " ".join((over, under, club, least, none))


@pytest.mark.parametrize(
    ("question", "bound"),
    [
        ("les subventions de moins de 500 €", Bound(500, above=False)),
        ("plus de 0 € ?", Bound(0, above=True)),
        ("les actions de moins de -5 €", Bound(-5, above=False)),
        ("les subventions de plus de 1e9 €", Bound(1_000_000_000, above=True)),
        ("plus de 1,5 million d'euros", Bound(1_500_000, above=True)),
        ("au-delà de 3 M€ ?", Bound(3_000_000, above=True)),
        ("au moins 99999999999999999999 euros", Bound(10**20 - 1, above=True, inclusive=True)),
        ("moins de 0,50 €", Bound(Decimal("0.5"), above=False)),
        ("moins de 1,999 €", Bound(Decimal("1.999"), above=False)),
        ("plus de 1e999 €", Bound(Decimal("1e999"), above=True)),
        ("plus de 1" + "0" * 60 + " €", Bound(10**60, above=True)),
    ],
)
def test_any_amount_said_with_its_money_is_a_bound(question: str, bound: Bound) -> None:
    # a figure under a thousand is a count (« plus de 3 actions ») unless it is money
    assert bound_asked(question) == bound


def test_bounds_no_list_holds_are_said_with_the_bound(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    metropole = _subsidies(loaded_engine, tmp_path, *_CLUBS)
    answers = _console(
        loaded_engine,
        "les subventions de plus de 0 €",
        "les subventions de moins de 1 000 €",  # after a list: the list's bound, never an act
        "les subventions de moins de 500 €",
        "les subventions de moins de -5 €",
        "les subventions de plus de 1e9 €",
        "les subventions d'au moins 99999999999999999999 euros",
        "les subventions de plus de 1,5 million €",
        "les subventions de plus de 500 € et de moins de 5 000 €",
        council=metropole,
    )
    every, under, none, negative, huge, endless, million, between = (
        a.replace("\u202f", " ").replace("\xa0", " ") for a in answers
    )
    assert "3 actions financées de plus de 0 €" in every
    assert "1 action financée de moins de 1 000 €" in under
    assert "alpin" in under
    assert "Aucune action financée de moins de 500 €" in none
    assert "Aucune action financée de moins de -5 €" in negative
    assert "Aucune action financée de plus de 1 000 000 000 €" in huge
    assert "Aucune action financée d'au moins 99 999 999 999 999 999 999 €" in endless
    assert "Aucune action financée de plus de 1 500 000 €" in million
    # both sides held, both said: the club of 800 €, never the handball's 12 000 €
    assert "1 action financée de plus de 500 € et de moins de 5 000 €" in between
    assert "alpin" in between
    assert "Handball" not in between
    assert "ne correspond à" not in " ".join(answers)


def test_the_actions_command_reads_a_bound_as_a_sentence_does(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    """« /actions plus de 10 000 € » searched the words « plus 10 000 » and found nothing,
    where « les actions de plus de 10 000 € » listed three: the command's words are a
    question too."""
    metropole = _subsidies(loaded_engine, tmp_path, *_CLUBS)
    command, sentence, under = (
        a.replace("\u202f", " ").replace("\xa0", " ")
        for a in _console(
            loaded_engine,
            "/actions plus de 10 000 €",
            "les actions de plus de 10 000 €",
            "/actions moins de 1000 €",
            council=metropole,
        )
    )
    assert "2 actions financées de plus de 10 000 €" in command
    assert all(name in command for name in ("AESIO", "Handball"))
    assert command == sentence
    assert "alpin" in under
    assert "Handball" not in under
