"""A report's heading that names its reporter (« Rapport n° 2025-CP-12-045 – Rapporteur : Mme
Amélie BARRAL ») then its subject on the next line: the subject is the title, never « objet
absent » (flattened too, the subject after the reporter's name); an item taken off the agenda
(« Retiré de l'ordre du jour. ») keeps that sentence out of its title. The document is
invented and read as printed and flattened (the `shape` fixture)."""

from __future__ import annotations

from tests.documents import checked_codes, read

TITLES = {
    "2025-CP-12-045": "Transports scolaires : convention avec la Région",
    "2025-CP-12-046": "Aide départementale aux communes : répartition 2026",
    "2025-CP-12-047": "Subvention à l'association Loire Rando",
    "2025-CP-12-048": "Acquisition foncière à Saint-Bonnet",
}


def test_reporters_then_subjects(shape: str) -> None:
    extract = read("departement-cp-reporters-under-numbers.txt", shape)
    assert {i.deliberation.number: i.deliberation.title for i in extract.items} == TITLES
    assert "missing_title" not in checked_codes(extract)
    votes = [
        (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items[:3]
    ]
    assert votes == [(38, 0, 0), (37, 0, 2), (38, 0, 0)]
    assert extract.items[3].deliberation.outcome == "withdrawn"
