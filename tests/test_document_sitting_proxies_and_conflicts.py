"""A proxy given by a member leaving the sitting counts from the item it names on (« quitte la
séance après le point n° 2 et donne pouvoir à … » printed with the roll call), and two
documents of one sitting printing two votes for one act leave a finding naming both documents
(the first vote kept), on SQLite and PostgreSQL. Every document is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.render import finding_text
from storage import db
from storage.documents import Finding
from storage.importer import Importer
from storage.models import Deliberation, ImportFinding
from storage.names import fold
from storage.parsing.extract import parse_extract

LEAVING = """COMMUNE DE MARCLOP
Procès-verbal de la séance du conseil municipal du 5 juin 2025
Nombre de membres en exercice : 11   Présents : 9   Votants : 10
Présents : M. Denis MICHALON, Mme Agnès DURIEUX, M. Paul ROCHE, Mme Lise FAURE, M. Marc VIAL,
Mme Nina GIRAUD, M. Jean PERRIN, Mme Sonia FABRE, Mme Corinne ROBIN
Pouvoirs : M. Luc TESSIER à M. Paul ROCHE
Absent : M. Henri BLANC
M. Denis MICHALON quitte la séance {when} et donne pouvoir à Mme Agnès DURIEUX.
1. Délibération n° 2025-020 – Budget supplémentaire
Le conseil municipal, après en avoir délibéré, adopte.
Adopté à l'unanimité.
2. Délibération n° 2025-021 – Tarifs du camping
Le conseil municipal, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
Mme Sonia FABRE quitte la séance à 21 h 10 et donne pouvoir à Mme Corinne ROBIN.
3. Délibération n° 2025-022 – Subvention au comité des fêtes
Le conseil municipal, après en avoir délibéré, adopte.
Adopté à l'unanimité.
4. Délibération n° 2025-023 – Motion pour la gare
Le conseil municipal, après en avoir délibéré, adopte.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "when",
    [
        "après le point n° 2",
        "à l'issue du vote du point 2",
        "après le vote de la délibération n° 2025-021",
    ],
)
def test_a_proxy_given_when_leaving_counts_from_the_item_after_the_one_named(
    shape: str, when: str
) -> None:
    text = LEAVING.format(when=when)
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    given = [
        sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in item.proxies)
        for item in extract.items
    ]
    assert given == [
        [],
        [],
        [("fabre", "robin"), ("michalon", "durieux")],
        [("fabre", "robin"), ("michalon", "durieux")],
    ]
    # the leaver's vote is carried: the votants stay ten
    assert [item.deliberation.votes_for for item in extract.items] == [10, 10, 10, 10]


EXTRACT = """COMMUNE DE SAINT-PIERRE-DES-BOIS
Extrait du registre des délibérations du conseil municipal
Séance du 14 octobre 2024
Nombre de membres en exercice : 11   Présents : 10   Votants : 10
Présents : Mme Odile BRUN, M. Alain VERNE, Mme Julie SAGNARD, M. Rémi TOURNEL, Mme Léa BOST,
M. Victor CELLIER, Mme Inès MATHIEU, M. Hugo FERRAND, Mme Paule RIOU, M. Sacha DELORME
Absent : M. Noël GAY
Délibération n° 2024-061 – Révision des tarifs de l'eau
Le conseil municipal, après en avoir délibéré,
{vote}
"""


def _write(tmp_path: Path, name: str, vote: str) -> Path:
    path = tmp_path / name
    path.write_text(EXTRACT.format(vote=vote), encoding="utf-8")
    return path


def _import(engine: Engine, *paths: Path) -> None:
    with db.session(engine) as session:
        reports = Importer(session).import_files(list(paths))
        assert [r.status for r in reports] == ["imported"] * len(paths), reports


def _conflicts(engine: Engine) -> list[dict[str, object]]:
    with db.session(engine) as session:
        return list(
            session.exec(
                select(ImportFinding.params).where(ImportFinding.code == "vote_conflict")
            ).all()
        )


def test_two_documents_with_two_votes_leave_a_finding_naming_both(
    engine: Engine, tmp_path: Path
) -> None:
    first = _write(tmp_path, "extrait-2024-061.txt", "Adopté à l'unanimité.")
    second = _write(
        tmp_path, "pv-14-octobre.txt", "Adopté par 7 voix pour, 1 voix contre et 2 abstentions."
    )
    _import(engine, first)
    _import(engine, second)
    with db.session(engine) as session:
        stored = session.exec(select(Deliberation)).one()
        assert (stored.votes_for, stored.votes_against, stored.abstentions) == (10, 0, 0)
        assert stored.vote_source == "extrait-2024-061.txt"
    [params] = _conflicts(engine)
    sentence = finding_text(Finding("vote_conflict", params))
    assert sentence == (
        "Délibération n° 2024-061 : deux votes différents pour le même acte."
        " extrait-2024-061.txt dit 10 pour, 0 contre, 0 abstention (adoptée) ;"
        " pv-14-octobre.txt dit 7 pour, 1 contre, 2 abstentions (adoptée)."
        " Le premier est conservé : vérifiez lequel est juste."
    )


def test_documents_that_agree_or_a_corrected_file_leave_no_finding(
    engine: Engine, tmp_path: Path
) -> None:
    _import(engine, _write(tmp_path, "extrait.txt", "Adopté à l'unanimité."))
    _import(engine, _write(tmp_path, "pv.txt", "Adopté par 10 voix pour."))
    assert _conflicts(engine) == []
    # the same file corrected and imported again under its name is its correction
    corrected = tmp_path / "corrige"
    corrected.mkdir()
    _import(engine, _write(corrected, "pv.txt", "Adopté par 9 voix pour et 1 abstention."))
    assert _conflicts(engine) == []
    with db.session(engine) as session:
        stored = session.exec(select(Deliberation)).one()
        assert (stored.votes_for, stored.abstentions) == (9, 1)
