"""Amounts as councils type them in their subsidies files: with the currency in words, the
thousands grouped by a dot, no amount at all. Each is read or said, never misread by a
thousand."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from bot.render import finding_text
from storage.parsing.subsidies import parse_subsidies

FILE = Path(__file__).parent / "fixtures" / "opendata" / "subsidies-amounts-as-typed.csv"


def read() -> dict[str, tuple[Decimal | None, list[str]]]:
    parsed = parse_subsidies(FILE.read_text(encoding="utf-8"))
    return {
        row.beneficiary or "": (row.amount, [f.code for f in row.findings]) for row in parsed.rows
    }


def test_the_currency_in_words_is_no_part_of_the_amount() -> None:
    assert read()["Office de tourisme intercommunal"] == (Decimal(48000), [])


def test_a_dot_before_three_figures_groups_thousands_and_is_said() -> None:
    assert read()["Festival des Bravos"] == (Decimal(2750), ["amount_grouped"])
    parsed = parse_subsidies(FILE.read_text(encoding="utf-8"))
    said = finding_text(parsed.rows[1].findings[0])
    assert said.startswith("Ligne 3 : montant « 2.750 » lu comme 2")


def test_a_word_for_no_amount_is_an_absent_amount() -> None:
    assert read()["Radio locale Semène FM"] == (None, ["missing_amount"])


def test_cents_stay_cents() -> None:
    amounts = read()
    assert amounts["Association des commerçants"] == (Decimal("1250.50"), [])
    assert amounts["Club de canoë"] == (Decimal("875.5"), [])


def test_the_grantor_is_named_with_its_article() -> None:
    # « Subvention de Commune de Vaubrac » was what members read
    from bot.render import of_name

    assert of_name("Commune de Saint-Pal-de-Mons") == "de la Commune de Saint-Pal-de-Mons"
    assert of_name("DEPARTEMENT DE LA HAUTE-LOIRE") == "du DEPARTEMENT DE LA HAUTE-LOIRE"
    assert of_name("Agglomération du Puy-en-Velay") == "de l'Agglomération du Puy-en-Velay"
    assert of_name("Saint-Etienne Métropole") == "de Saint-Etienne Métropole"
    assert of_name("Aurec-sur-Loire") == "d'Aurec-sur-Loire"  # (never « de Aurec »)


def test_the_beneficiary_is_named_with_its_article() -> None:
    from bot.render import of_name

    assert of_name("Foyer rural de Chambles") == "du Foyer rural de Chambles"
    assert of_name("ASSOCIATION DES PARENTS D'ÉLÈVES") == "de l'ASSOCIATION DES PARENTS D'ÉLÈVES"
    assert of_name("Les Randonneurs du Pilat") == "des Randonneurs du Pilat"
    assert of_name("L'Outil en main") == "de L'Outil en main"
    assert of_name("Tennis club de Firminy") == "de Tennis club de Firminy"
