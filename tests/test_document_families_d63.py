"""Lists as a word processor prints them (•, ◦, ▪, –, Word's small « o », numbered « 1) »), in
attendance lists and in decisions: the bullets are not part of the names, and each decision
stays an item. The document is invented and read as printed and flattened (the `shape`
fixture)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read, surnames


def test_bulleted_attendance_lists(shape: str) -> None:
    extract = read("communaute-cr-word-bullets.txt", shape)
    assert surnames(extract.present) == ["bois", "faye", "prat", "roux"]
    assert surnames(extract.absent_excused) == ["roche", "vial"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_numbered_and_bulleted_decisions(shape: str) -> None:
    extract = read("communaute-cr-word-bullets.txt", shape)
    assert [i.deliberation.decisions for i in extract.items] == [
        [
            "d'approuver le budget primitif 2025",
            "d'autoriser le Président à signer les pièces",
            "de dire que les crédits sont inscrits",
        ],
        [
            "approuve l'adhésion au groupement de commandes",
            "autorise le Président à signer la convention",
        ],
    ]


def test_small_dashes_then_the_vote_glued(shape: str) -> None:
    """Flattened, the vote's label cut from its figure by the cleaning stays out of the last
    decision (« … charge le Maire. VOIX POUR : 17 »)."""
    extract = parse_extract(
        printed(
            "COMMUNE DE SAINT-ORBEC\nProcès-verbal du conseil municipal du 3 mars 2025\n"
            "Présents : M. Marc OLLIER, Mme Rose MARCHAL, M. Yves BENOIT\n"
            "Délibération n° 2025-01 : Tarifs de la cantine\n"
            "Le conseil municipal, après en avoir délibéré : - adopte les tarifs ; - charge le "
            "Maire. VOIX POUR : 17 – VOIX CONTRE : 3 – ABSTENTION : 1\n",
            shape,
        )
    )
    assert extract.deliberation.decisions == ["adopte les tarifs", "charge le Maire"]


@pytest.mark.parametrize(
    "marks", [("1.", "2.", "3."), ("a)", "b)", "c)"), ("1)", "2)", "3)"), ("▪",) * 3, ("–",) * 3]
)
def test_each_way_of_marking_decisions(marks: tuple[str, str, str], shape: str) -> None:
    first, second, third = marks
    extract = parse_extract(
        printed(
            "COMMUNE DE VERNAY\nConseil municipal du 4 avril 2025\n"
            "Présents : M. Paul FAYE, Mme Claire ROUX.\n"
            "Délibération n° 2025-091 - Plan climat\n"
            "Le conseil municipal, après en avoir délibéré, décide :\n"
            f"{first} d'adopter le plan climat ;\n"
            f"{second} de charger le Maire de sa mise en œuvre ;\n"
            f"{third} de dire que les crédits sont inscrits.\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert extract.deliberation.decisions == [
        "d'adopter le plan climat",
        "de charger le Maire de sa mise en œuvre",
        "de dire que les crédits sont inscrits",
    ]


def test_a_small_o_after_the_cue_is_no_figure(shape: str) -> None:
    """Flattened, « Présents : o Mme Anne BOIS o M. Guy PRAT »: the « o » after the colon is the
    first entry's bullet, never a figure misread by recognition (« Présents : 0 »)."""
    extract = parse_extract(
        printed(
            "COMMUNE DE SAINT-MARC\nConseil municipal du 9 juin 2025\nPrésents :\n"
            "o Mme Anne BOIS\no M. Guy PRAT\no Mme Lise ROUX\nAbsents excusés :\no M. Luc MARTY\n"
            "Délibération n° 2025-044 - Voirie\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert surnames(extract.present) == ["bois", "prat", "roux"]
    assert surnames(extract.absent_excused) == ["marty"]
    assert extract.counts.present is None
