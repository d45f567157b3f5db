"""A suppléant listed without the titular whose seat they held is set apart from the presents
by the person read, never by the surname alone: a present titular who shares it stays
present (« Suppléante : Mme Claire MARTIN » beside « M. Paul MARTIN », present)."""

from __future__ import annotations

from storage.parsing.extract import parse_extract

MINUTES = """COMMUNAUTÉ DE COMMUNES DES MONTS DU SUD
Compte rendu du Conseil communautaire
Séance du jeudi 12 juin 2025

Nombre de délégués en exercice : 6
Présents : M. Paul MARTIN, Mme Anne ROUX, M. Luc FAYE, M. Henri DUPUY
Suppléante : Mme Claire MARTIN
Absents excusés : M. Jean BRUN, Mme Lise PONS

Secrétaire de séance : Mme Anne ROUX
"""


def test_a_present_titular_sharing_a_suppleant_s_surname_stays_present() -> None:
    extract = parse_extract(MINUTES)
    assert ("MARTIN", "Paul") in [(p.last_name, p.first_name) for p in extract.present]
    assert [(p.last_name, p.first_name) for p in extract.substitutes_alone] == [
        ("MARTIN", "Claire")
    ]
