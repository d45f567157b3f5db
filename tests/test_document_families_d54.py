"""An extract whose heading names the register it comes from (« Extrait du registre des
délibérations du Bureau métropolitain », « … de la Commission permanente »): the body named
there is the body that sat, whatever else the heading names (the council that delegated to it,
the collectivité's letterhead). Each heading is invented and read as printed and flattened.
"""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import printed

ACT = (
    "Délibération n° B2026-118\n"
    "Objet : Attribution d'une subvention à l'association Vélo Cité\n"
    "Présents : M. Hugo ARNOUX, Mme Inès BOYER, M. Jules CHARRIER.\n"
    "Secrétaire de séance : Mme Inès BOYER.\n"
    "Après en avoir délibéré, attribue une subvention de 3 000 euros.\n"
    "Adopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    ("heading", "body"),
    [
        (
            "MÉTROPOLE DE VALRHÔNE\nConseil métropolitain\n"
            "Extrait du registre des délibérations du Bureau métropolitain\n"
            "Séance du 16 octobre 2026\n",
            "bureau metropolitain",
        ),
        (
            "Communauté d'agglomération du Pays de Sarlane\n"
            "Extrait du registre des délibérations du Bureau communautaire\n"
            "Séance du 22 octobre 2026\n"
            "Le Conseil communautaire, par délibération du 12 juillet 2020, a délégué au "
            "Bureau une partie de ses attributions.\n",
            "bureau communautaire",
        ),
        (
            "Métropole de Valrhône\nExtrait du registre des délibérations du Bureau\n"
            "Séance du 16 octobre 2026\nConseil métropolitain du 30 juin 2026 - délégation\n",
            # the métropole's bureau (its kind printed above), never the council that delegated
            "bureau metropolitain",
        ),
        (
            "CONSEIL DÉPARTEMENTAL DE LA HAUTE-VERNE\n"
            "Extrait du registre des délibérations de la Commission permanente\n"
            "Réunion du 8 juin 2026\n",
            "commission permanente",
        ),
        (
            "Syndicat mixte des eaux du Lévezou\n"
            "Extrait du registre des délibérations du Bureau syndical\n"
            "Séance du 5 mars 2026\nLe Bureau syndical, convoqué par le Président du Comité "
            "syndical, s'est réuni\n",
            "bureau syndical",
        ),
        (
            "Métropole de Valrhône\nConseil métropolitain\nExtrait du procès-verbal de la "
            "séance du Bureau métropolitain du 16 octobre 2026\n",
            "bureau metropolitain",
        ),
        (
            "Communauté de communes du Val d'Orne\nCONSEIL COMMUNAUTAIRE\n"
            "Relevé des décisions du Bureau communautaire\nRéunion du 16 octobre 2026\n",
            "bureau communautaire",
        ),
    ],
)
def test_the_register_names_the_body(heading: str, body: str, shape: str) -> None:
    extract = parse_extract(printed(heading + ACT, shape))
    assert fold(extract.body or "") == body
    assert fold(extract.evidence["body"]["text"]).startswith(body.split()[0])
