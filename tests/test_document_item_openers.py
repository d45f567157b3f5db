"""Item openers as councils print them, one document each kind of line: « Point n° 1 – 2025-48
– … », « Rapport n° B-2025-33 – … », « Décision 2025-31 : … — Pour : 9 ; … », a dash-led « —
2025-07 : … — adoptée », non-breaking hyphens (« 2025‑CIAS‑14 »), a letter and six figures
(« C250410 – … »), « Délib. 2025-40 », votes left after the title (« - pour 12, contre 1. »,
« : unanimité. ») and « Vote : pour 12 – contre 2 – abstentions 2 : adopté. ». Every item apart,
with its own vote: never glued, never summed. Invented text."""

from __future__ import annotations

from storage.parsing.extract import parse_extract

MINUTES = """COMMUNE DE BEAUVALLON-SUR-DRÔME
Procès-verbal du conseil municipal du 10 avril 2025

Conseillers en exercice : 27 – Présents : 23 – Votants : 25
Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.

Point n° 1 – 2025-48 – Compte rendu des décisions prises par délégation : le conseil prend acte.
Point n° 2 – 2025-49 – Budget primitif 2025 : adopté par 21 voix pour, 4 contre.
Rapport n° B-2025-33 – Convention avec l'établissement foncier
Adopté à l'unanimité des votants.
Rapport n° B-2025-34 – Cession d'un délaissé de voirie
Adopté, 15 voix pour, 2 abstentions
Décision 2025-31 : Adhésion au service commun — Pour : 9 ; Contre : 0 ; Abstention : 0.
— 2025-07 : participation des communes au transport scolaire — adoptée à l'unanimité.
— 2025-08 : achat d'un minibus d'occasion — adoptée, 4 pour, 2 contre.
2025‑CIAS‑14 : Tarifs du service d'aide à domicile 2026 – adopté à l'unanimité.
C250410 – Compte administratif 2024 – adopté : 30 pour, 5 contre, 2 abstentions.
Point 3 – Délib. 2025-40 – Rapport d'activité 2024 du syndicat : prend acte.
2025-033 Règlement intérieur du cimetière - pour 12, contre 1.
N° 2025-041 — Vente de bois de la forêt communale — pour 12.
2025-CS-11 Tarification solidaire 2025-2026 : adoptée à l'unanimité.
2025-004 – Renouvellement de la convention fourrière animale : unanimité.
2. Délibération n° 2025-09 : Vote du compte administratif 2024 – budget principal
M. le Maire quitte la salle.
Vote : pour 12 – contre 2 – abstentions 2 : adopté.
"""


def test_every_opener_starts_its_own_item_with_its_own_vote() -> None:
    items = parse_extract(MINUTES).items
    read = [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.outcome,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
        )
        for i in items
    ]
    assert read == [
        ("2025-48", "Compte rendu des décisions prises par délégation", "noted", None, None),
        ("2025-49", "Budget primitif 2025", "adopted", 4, 0),
        ("B-2025-33", "Convention avec l'établissement foncier", "adopted", 0, 0),
        ("B-2025-34", "Cession d'un délaissé de voirie", "adopted", 0, 2),
        ("2025-31", "Adhésion au service commun", "adopted", 0, 0),
        ("2025-07", "participation des communes au transport scolaire", "adopted", 0, 0),
        ("2025-08", "achat d'un minibus d'occasion", "adopted", 2, 0),
        ("2025-CIAS-14", "Tarifs du service d'aide à domicile 2026", "adopted", 0, 0),
        ("C250410", "Compte administratif 2024", "adopted", 5, 2),
        ("2025-40", "Rapport d'activité 2024 du syndicat", "noted", None, None),
        ("2025-033", "Règlement intérieur du cimetière", "adopted", 1, 0),
        ("2025-041", "Vente de bois de la forêt communale", "adopted", 0, 0),
        ("2025-CS-11", "Tarification solidaire 2025-2026", "adopted", 0, 0),
        ("2025-004", "Renouvellement de la convention fourrière animale", "adopted", 0, 0),
        ("2025-09", "Vote du compte administratif 2024 – budget principal", "adopted", 2, 2),
    ]
    assert [i.deliberation.votes_for for i in items][1:9] == [21, 25, 15, 9, 25, 4, 25, 30]


def test_a_figure_after_a_numbered_line_is_no_item() -> None:
    text = MINUTES.replace("Point n° 2 – 2025-49", "2. 15 voix pour – 2025-49")
    assert "2025-49" not in [i.deliberation.number for i in parse_extract(text).items]
