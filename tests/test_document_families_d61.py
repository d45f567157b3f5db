"""The service that brings a report, printed between its number and its subject (« Direction des
Finances », « Service Urbanisme », « DGA Aménagement », « Commission Culture »): split off the
subject, also when the text is flattened and the service's name runs into it. The document is
invented and read as printed and flattened (the `shape` fixture)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, read


def test_services_are_split_off_the_subjects(shape: str) -> None:
    extract = read("commune-pv-services-before-subjects.txt", shape)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("2025-021", "Budget primitif 2025 de la commune"),
        ("2025-022", "Modification simplifiée du plan local d'urbanisme"),
        ("2025-023", "Convention de portage foncier avec l'établissement public"),
        ("2025-024", "Subvention au festival des Arts de la rue"),
    ]


def test_a_service_of_two_capitalised_words(shape: str) -> None:
    extract = parse_extract(
        printed(
            "DÉPARTEMENT DE LA HAUTE-VERNE\nCommission permanente du 3 mars 2025\n"
            "Présents : M. Paul FAYE, Mme Claire ROUX.\n"
            "Rapport n° 2025-CP-014\nPôle Ressources Humaines\nTableau des effectifs 2025\n"
            "Après en avoir délibéré, adopte le tableau.\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert extract.deliberation.title == "Tableau des effectifs 2025"


def test_a_subject_opening_on_a_service_word_is_kept_whole(shape: str) -> None:
    """« Service public de l'assainissement » is the subject itself: no capitalised name."""
    extract = parse_extract(
        printed(
            "COMMUNE DE VERNAY\nConseil municipal du 3 mars 2025\n"
            "Présents : M. Paul FAYE, Mme Claire ROUX.\n"
            "Délibération n° 2025-031 : Service public de l'assainissement : rapport annuel\n"
            "Après en avoir délibéré, prend acte du rapport.\n",
            shape,
        )
    )
    assert extract.deliberation.title == "Service public de l'assainissement : rapport annuel"


@pytest.mark.parametrize(
    "service",
    [
        "Service : Urbanisme",
        "Commission : Finances et Budget",
        "Direction Générale Adjointe Aménagement",
        "DGS",
    ],
)
def test_more_ways_of_naming_the_service(service: str, shape: str) -> None:
    extract = parse_extract(
        printed(
            "COMMUNE DE VERNAY\nConseil municipal du 4 avril 2025\n"
            "Présents : M. Paul FAYE, Mme Claire ROUX.\n"
            f"Délibération n° 2025-051\n{service}\nCession d'un terrain rue des Écoles\n"
            "Adopté à l'unanimité.\n"
            f"Délibération n° 2025-052\n{service}\nTarifs de la cantine\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert [i.deliberation.title for i in extract.items] == [
        "Cession d'un terrain rue des Écoles",
        "Tarifs de la cantine",
    ]
