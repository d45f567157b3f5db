"""A council's deliberation numbers as it prints them (« 2025-041 », « DEL 2025 / 01 », a
number made of the sitting's date and rank when none is printed), found by those who type
them, through the real Application: the importer keeps the number as printed, and a member
typing it (or its figures with other separators, or without the leading zeros) reads that act,
never « aucune délibération n° 2025.00041 »."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.transport import Conversation
from storage import db
from storage.importer import Importer
from storage.lookups import number_key
from tests.conftest import member_id
from tests.helpers import say

MINUTES = """COMMUNE DE SAINT-ROMAIN-LES-OLIVES
PROCÈS-VERBAL DU CONSEIL MUNICIPAL
Séance du mardi 14 octobre 2025

Nombre de conseillers en exercice : 5 – Présents : 4 – Votants : 5
Présents : M. Pierre AUBERT, Mme Lucie BRET, M. Henri CAZE, Mme Odile DUMAS.
Absent excusé : M. Serge ODIN (pouvoir à Mme Lucie BRET).
Secrétaire de séance : Mme Odile DUMAS.

1. Délibération n° 2025-041 : Tarifs de la cantine scolaire 2026
Adopté à l'unanimité.

2. Délibération n° DEL 2025 / 42 : Subvention au comité des fêtes
Adopté par 4 voix pour, 1 abstention.

SRO2025-10-003 – Rapport annuel sur le prix de l'eau
Le Conseil prend acte.
"""

UNNUMBERED = """COMMUNE DE VALPRIVAS
COMPTE RENDU DU CONSEIL MUNICIPAL
Séance du 23 septembre 2025

Présents : M. Jean ABEL, Mme Rose BLANC, M. Paul CROS.
Absent excusé : M. Hugo FAURE (pouvoir à M. Jean ABEL).

Tarifs de la salle des fêtes : adopté à l'unanimité.
Travaux de voirie route de Bas : adopté par 3 voix pour, 1 abstention.
"""


@pytest.fixture
def aubert(application, loaded_engine: Engine, tmp_path: Path) -> Conversation:  # type: ignore[no-untyped-def]
    """Pierre AUBERT, of a commune whose minutes were imported beside the métropole's."""
    for name, text in (("pv.txt", MINUTES), ("cr.txt", UNNUMBERED)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        with db.session(loaded_engine) as session:
            assert Importer(session).import_file(tmp_path / name).status == "imported"
    app, api = application
    app.bot_data.runtime.acting_as[701] = member_id(loaded_engine, "AUBERT")
    return Conversation(app, api, 701, "Pierre")


@pytest.mark.parametrize(
    ("typed", "title"),
    [
        ("/deliberation 2025-041", "Tarifs de la cantine scolaire 2026"),
        ("/deliberation 2025/41", "Tarifs de la cantine scolaire 2026"),
        ("la délibération 2025-041 a été adoptée ?", "Tarifs de la cantine scolaire 2026"),
        ("/deliberation DEL 2025 / 42", "Subvention au comité des fêtes"),
        ("/deliberation DEL2025-42", "Subvention au comité des fêtes"),
    ],
)
async def test_a_number_as_printed_finds_its_act(
    aubert: Conversation, typed: str, title: str
) -> None:
    answer = await say(aubert, typed)
    assert title in answer
    assert "Aucune délibération" not in answer


async def test_a_number_made_from_the_date_finds_its_act(
    loaded_engine: Engine, aubert: Conversation
) -> None:
    # the importer numbered the acts of the unnumbered minutes from the day and their rank,
    # and says so; the number it shows is one that can be typed back (another council's
    # member: the Valprivas acts are read through the store's own lookup, scoped to no one)
    from storage import lookups

    with db.session(loaded_engine) as session:
        ids = lookups.deliberation_ids_by_typed_number(
            session=session, typed="2025-09-23-2", number="2025-09-23-2"
        )
        assert len(ids) == 1


def test_a_numbers_key_leaves_separators_and_leading_zeros_aside() -> None:
    assert number_key("2025-041") == number_key("2025.00041") == number_key("2025/41")
    assert number_key("DEL 2025 / 01") == number_key("del2025-1")
    assert number_key("2025-041") != number_key("2025-042")
    assert number_key("2025-041") != number_key("2024-041")
    assert number_key("Tarifs") == ()  # no figure: no number


async def test_a_unanimity_counts_those_who_voted(aubert: Conversation) -> None:
    # the card counted the sitting's votes where the answer counted the act's votes for (a
    # member not taking part in a vote made them differ): both say the votes for
    card = await say(aubert, "/deliberation 2025-041")
    asked = await say(aubert, "la 2025-041 a été adoptée ?")
    assert "à l'unanimité" in card
    counted = [w for w in card.split("(")[-1].split() if w.isdigit()]
    assert counted
    assert f"({counted[0]} voix pour)" in asked


async def test_words_and_a_year_after_the_command_are_searched(aubert: Conversation) -> None:
    # « /deliberation tarifs 2026 » is a search, never a number « tarifs 2026 »
    answer = await say(aubert, "/deliberation tarifs 2026")
    assert "Tarifs de la cantine scolaire 2026" in answer
    assert "Aucune délibération n°" not in answer


async def test_a_number_with_letters_typed_in_a_question_finds_its_act(
    aubert: Conversation,
) -> None:
    """« la SRO2025-10-003 a été adoptée ? » searched the word « sro2025 » and answered every
    act; and an act the council took note of read « résultat non publié »."""
    answer = await say(aubert, "la SRO2025-10-003 a été adoptée ?")
    assert "Rapport annuel sur le prix de l'eau" in answer
    assert "pris acte, sans vote" in answer
    assert "Tarifs de la cantine" not in answer
    assert "résultat non publié" not in answer
