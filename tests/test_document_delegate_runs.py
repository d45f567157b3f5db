"""Delegates printed « Prénom NOM – Commune » one after another without a separator, as a
list of one delegate a line reads once flattened: each name ends where its commune's dash
starts and the next first name follows the commune; a proxy keeps its holder. A run whose
pieces are not all of that shape is not cut (never a guess)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened, handed, surnames

RUN = """SYNDICAT MIXTE DU PARC DES CRÊTES
Compte rendu du comité syndical du 14 janvier 2026

Membres présents :
Yvonne CHARRAS – Saint-Genest-Malifaux
Bruno TEILLARD – Le Bessat
Odile FAURIE-MOREL – Planfoy
Hugues VERNEY – Tarentaise
Pouvoirs :
Lise BAROU – Jonzieux à Bruno TEILLARD
René PERRET – Saint-Romain-les-Atheux à Hugues VERNEY
Absent : Marcel DUCRET – Marlhes

Président de séance : Hugues VERNEY

C2026-01 Cotisations 2026
Votants : 6 – Pour : 6
"""


@pytest.mark.parametrize("shape", ["as printed", "flattened"])
def test_a_run_of_delegates_with_their_communes(shape: str) -> None:
    extract = parse_extract(flattened(RUN) if shape == "flattened" else RUN)
    assert surnames(extract.present) == ["charras", "faurie morel", "teillard", "verney"]
    assert handed(extract.proxies) == [("barou", "teillard"), ("perret", "verney")]
    assert surnames(extract.absent) == ["ducret"]


def test_a_run_whose_pieces_are_not_communes_is_not_cut() -> None:
    """« Présidente de la commission – Finances »: a function, no commune after the dash; the
    run is read as before, not cut at a guess."""
    text = RUN.replace("Le Bessat", "vice-président des finances")
    extract = parse_extract(flattened(text))
    assert "teillard" not in surnames(extract.present)
