"""The Commission permanente of a département or a région named before its council's name
(« Commission permanente du Conseil départemental », or « COMMISSION PERMANENTE » over a
president « Président du Conseil régional ») is the body that sat; the council's name in a role
or a title names the collectivité. An agenda delegating to it names no sitting body."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed

REST = (
    "\nPrésents : M. Éloi FAVRE, Mme Anne COSTE, M. Paul VIGNE\n\n"
    "Rapport n° 1 : Aide aux communes\nAdopté à l'unanimité.\n"
)

HEADINGS = {
    "région, the council in the president's role": (
        "RÉGION BOURGOGNE-COMTOISE\nCOMMISSION PERMANENTE\nSéance du 3 mars 2025\n"
        "Présidée par Mme Léa ROUX, Présidente du Conseil régional\n",
        "Commission permanente",
    ),
    "commission « du Conseil départemental »": (
        "RELEVÉ DE DÉCISIONS\nCommission permanente du Conseil départemental du Jura-Sud\n"
        "Réunion du 3 mars 2025\nPrésidence : M. Éloi FAVRE, Président du Conseil départemental\n",
        "Commission permanente",
    ),
    "commission « du Conseil régional »": (
        "PROCÈS-VERBAL\nCommission permanente du Conseil régional\n"
        "Région Grand-Ouest — séance du 3 mars 2025\n"
        "Présidence : Mme Léa ROUX, Présidente du Conseil régional\n",
        "Commission permanente",
    ),
    "the plenary, its president's role": (
        "CONSEIL DÉPARTEMENTAL DU JURA-SUD\nSéance plénière du 3 mars 2025\n"
        "Présidence : M. Éloi FAVRE, Président du Conseil départemental\n",
        "Conseil Départemental",
    ),
    "the plenary delegating to the commission": (
        "DÉPARTEMENT DU JURA-SUD\nRéunion du Conseil départemental du 3 mars 2025\n"
        "Ordre du jour : délégation à la commission permanente\n",
        "Conseil Départemental",
    ),
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("case", sorted(HEADINGS))
def test_the_permanent_commission_named_before_its_council(case: str, shape: str) -> None:
    heading, expected = HEADINGS[case]
    assert parse_extract(printed(heading + REST, shape)).body == expected
