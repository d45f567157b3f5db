"""Attendance told member by member in sentences rather than lists, on an invented
procès-verbal read as printed and flattened: « M. X était excusé. », « Mme Y, excusée, avait
donné pouvoir à M. Z. », « M. W s'est fait représenter par Mme V. », « Étaient absents sans
excuse : … », an arrival during the sitting."""

from __future__ import annotations

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened, handed, surnames

SENTENCES = """COMMUNE DE PRADELLES-SUR-ARDÈCHE
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 18 NOVEMBRE 2026

L'an deux mille vingt-six, le dix-huit novembre à dix-huit heures, le conseil municipal s'est
réuni sous la présidence de M. Fernand ROUVIÈRE, Maire.

Étaient présents : M. Fernand ROUVIÈRE, Mme Jeanne ASTIER, M. Claude BOISSIN, Mme Colette
CROZE, M. Marius DELAUCHE, Mme Renée ESPIC.
M. Lucien FARGIER était excusé.
Mme Odette GAILLARD, excusée, avait donné pouvoir à M. Claude BOISSIN.
M. Henri JULLIAN s'est fait représenter par Mme Jeanne ASTIER.
Mme Agnès PLANTIER était absente.
Étaient absents sans excuse : M. Roger LAFONT, Mme Yvonne MAZET.
Mme Colette CROZE a été désignée secrétaire de séance.

1 - Approbation du budget supplémentaire
Adopté à l'unanimité.
M. Paul NICOLAS est arrivé à 18 h 40.
2 - Travaux de voirie communale
Adopté à l'unanimité.
"""


def test_attendance_told_member_by_member_in_sentences(shape: str) -> None:
    extract = parse_extract(flattened(SENTENCES) if shape == "flattened" else SENTENCES)
    assert surnames(extract.present) == [
        "astier", "boissin", "croze", "delauche", "espic", "rouviere",
    ]  # fmt: skip
    assert surnames(extract.absent_excused) == ["fargier", "gaillard", "jullian"]
    assert surnames(extract.absent) == ["lafont", "mazet", "plantier"]
    assert handed(extract.proxies) == [("gaillard", "boissin"), ("jullian", "astier")]
    assert fold(extract.secretary.last_name) == "croze"
    first, second = extract.items
    assert first.arrived == []
    assert surnames(second.arrived) == ["nicolas"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]
