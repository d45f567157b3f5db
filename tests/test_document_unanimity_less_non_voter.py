"""A unanimity printed without its figures, a member not taking part: when the members in office
printed are every name the lists hold (presents, proxies, excused), the « pour » is the lists'
voters less that member, said as counted (it was left unknown); without that figure it stays
unknown, with a finding. Invented relevé, line-broken and flattened."""

from __future__ import annotations

from storage.parsing.extract import parse_extract
from tests.documents import printed

RELEVE = """COMMUNAUTÉ D'AGGLOMÉRATION DU VAL DE SÈVRE-NIORTAISE
Bureau communautaire – relevé de décisions – séance du 8 janvier 2026
Membres en exercice : 7
Présents : M. Alain PROUST, Mme Berthe QUINTARD, M. Cyril RAMBAUD, Mme Doris SABOURIN,
M. Émile TEXIER.
Pouvoir : Mme Flore URBAIN à M. Alain PROUST.
Excusé : M. Gaston VRIGNAUD.
Secrétaire : Mme Doris SABOURIN.
B-2026-001 – Garantie d'emprunt à l'association Habitat Jeunes
Mme Berthe QUINTARD, administratrice de l'association, ne prend pas part au vote.
Adopté à l'unanimité.
B-2026-002 – Adhésion au groupement de commandes pour l'énergie
Adopté à l'unanimité.
"""


def test_the_non_voter_is_one_vote_less_when_the_lists_are_every_member(shape: str) -> None:
    extract = parse_extract(printed(RELEVE, shape))
    assert [item.deliberation.votes_for for item in extract.items] == [5, 6]
    assert "QUINTARD" in extract.evidence["items.0.for"]["computed"]


def test_without_the_members_in_office_the_vote_stays_unknown(shape: str) -> None:
    extract = parse_extract(printed(RELEVE.replace("Membres en exercice : 7\n", ""), shape))
    assert [item.deliberation.votes_for for item in extract.items] == [None, 6]
    assert any(f.code == "vote_count_unknown" for f in extract.findings)
