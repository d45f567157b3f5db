"""Minutes whose items are numbered only by their place on the agenda (« 3 - Titre », no act's
number): a grant printed under the third item was stored under the first deliberation of the
document; each action now carries its item's place, and the store links it to the number
derived for that item. And a decision printed after the vote, under the formula (« Après en
avoir délibéré, le Conseil municipal, » then « Vote : 9 pour, 1 contre, ACCORDE … »), flattened
or not, was lost: it is the item's decision, its vote still the vote. Invented minutes."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.importer import Importer
from storage.models import Deliberation, FundedAction
from storage.parsing.extract import parse_extract
from tests.documents import printed

MINUTES = """COMMUNE DE LA BASTIDE-SUR-OLMES
Compte rendu du conseil municipal du 4 décembre 2025
Nombre de conseillers en exercice : 11 - Présents : 9 - Votants : 10
L'an deux mille vingt-cinq, le quatre décembre, le Conseil municipal, convoqué le 27 novembre,
s'est réuni sous la présidence de M. Gérard SOULA, Maire.
Présents : M. Gérard SOULA, Mme Aline BARTHE, M. Hugo CAZALS, Mme Inès DURAND, M. Marc ESTÈVE,
Mme Julie FONTA, M. Léo GALY, Mme Rose MARTY, M. Noé ROUGÉ.
Pouvoir : Mme Lina VIDAL à M. Gérard SOULA.
Absent : M. Paul TEYSSIER.
Secrétaire de séance : Mme Julie FONTA.
1 - Renouvellement du bail de la boulangerie
Après en avoir délibéré, le Conseil municipal,
Vote : 9 pour, 1 contre (M. Noé ROUGÉ), 0 abstention,
RENOUVELLE le bail pour neuf ans au loyer mensuel de 450 €.
2 - Travaux d'éclairage public
Adopté à l'unanimité.
3 - Aide au club de pétanque
Le Conseil municipal, à l'unanimité, ACCORDE une aide de 650 € à la Boule bastidienne pour
l'achat de matériel.
"""


def test_a_grant_carries_the_place_of_its_item(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert [item.ordinal for item in extract.items] == ["1", "2", "3"]
    assert [(a.carrier, a.contribution, a.item) for a in extract.funded_actions] == [
        ("Boule bastidienne", 650, 2)
    ]


def test_a_decision_after_the_vote_under_the_formula(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    first = extract.items[0].deliberation
    assert first.decisions == ["RENOUVELLE le bail pour neuf ans au loyer mensuel de 450 €"]
    assert (first.outcome, first.votes_for, first.votes_against, first.abstentions) == (
        "adopted",
        9,
        1,
        0,
    )


def test_the_store_links_the_grant_to_its_own_item(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "cr-2025-12-04.txt"
    path.write_text(MINUTES, encoding="utf-8")
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([path])
        assert report.status == "imported", report
        (action,) = session.exec(select(FundedAction)).all()
        granting = session.get(Deliberation, action.deliberation_id)
        assert granting is not None
        assert (action.carrier, granting.number, granting.title) == (
            "Boule bastidienne",
            "2025-12-04-03",
            "Aide au club de pétanque",
        )
