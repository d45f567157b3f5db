"""Proxies written as a form's fields or as who votes for whom: « Mandant : X – Mandataire :
Y », « Mme Y pour le compte de M. X » in the presents, and a « Procuration(s) : » or
« Pouvoir(s) : » heading. None was read: the proxies were lost, or « MOREL à M. Paul ROCHE »
was filed among the presents."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import flattened

MINUTES = """SYNDICAT INTERCOMMUNAL DES EAUX DU FURAN
Procès-verbal de la réunion du comité syndical du jeudi 6 novembre 2025
Présents : M. Serge ROCHETTE, Mme Alice BONNARD, M. Yanis FERRAND, Mme Clara VIDAL{present}
{proxies}
Absent : M. Jean TEYSSIER.
Délibération n° CS-2025-31 : Tarifs de l'eau potable pour 2026
Adopté à l'unanimité.
"""
EXPECTED = [("MARCON", "BONNARD"), ("DELORME", "ROCHETTE")]


def _proxies(text: str) -> list[tuple[str, str]]:
    return [(p.giver.last_name, p.holder.last_name) for p in parse_extract(text).proxies]


@pytest.mark.parametrize(
    "proxies",
    [
        "Mandant : M. Luc MARCON – Mandataire : Mme Alice BONNARD\n"
        "Mandante : Mme Rose DELORME – Mandataire : M. Serge ROCHETTE",
        "Pouvoirs :\nmandant : M. Luc MARCON ; mandataire : Mme Alice BONNARD\n"
        "MANDANTE : Mme Rose DELORME, MANDATAIRE : M. Serge ROCHETTE",
        "Procuration(s) : M. Luc MARCON à Mme Alice BONNARD ; Mme Rose DELORME à M. Serge"
        " ROCHETTE",
        "Pouvoir(s) : M. Luc MARCON à Mme Alice BONNARD, Mme Rose DELORME à M. Serge ROCHETTE",
    ],
)
def test_a_proxy_as_a_form_or_under_a_plural_in_brackets_is_read(proxies: str) -> None:
    text = MINUTES.format(present="", proxies=proxies)
    assert _proxies(text) == EXPECTED
    extract = parse_extract(text)
    assert [p.last_name for p in extract.present] == ["ROCHETTE", "BONNARD", "FERRAND", "VIDAL"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_who_votes_for_whom_among_the_presents_is_a_proxy(shape: str) -> None:
    text = MINUTES.format(
        present=" pour le compte de M. Luc MARCON, M. Paul BRET", proxies=""
    ).replace("M. Serge ROCHETTE,", "M. Serge ROCHETTE pour le compte de Mme Rose DELORME,")
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert sorted((p.giver.last_name, p.holder.last_name) for p in extract.proxies) == [
        ("DELORME", "ROCHETTE"),
        ("MARCON", "VIDAL"),
    ]
    assert [p.last_name for p in extract.present] == [
        "ROCHETTE", "BONNARD", "FERRAND", "VIDAL", "BRET",
    ]  # fmt: skip


def test_for_the_account_of_in_a_sentence_is_no_proxy() -> None:
    """A clause of an act (« … signée par le Président pour le compte de la commune ») and a
    holder not named as a member name no one."""
    text = MINUTES.format(present="", proxies="").replace(
        "Adopté à l'unanimité.",
        "La convention est signée par M. le Président pour le compte de la commune.\n"
        "Adopté à l'unanimité.",
    )
    assert _proxies(text) == []


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "holder",
    [
        "Mme Alice BONNARD + pouvoir de M. Luc MARCON",
        "Mme Alice BONNARD +pouvoir M. Luc MARCON",
        "Mme Alice BONNARD + procuration de M. Luc MARCON",
    ],
)
def test_a_proxy_added_to_its_holder_without_brackets(holder: str, shape: str) -> None:
    """« Mme Y + pouvoir de M. X » among the presents: the holder was lost with the proxy."""
    text = MINUTES.format(present="", proxies="").replace("Mme Alice BONNARD", holder)
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert _proxies(flattened(text) if shape == "flattened" else text) == [("MARCON", "BONNARD")]
    assert [p.last_name for p in extract.present] == ["ROCHETTE", "BONNARD", "FERRAND", "VIDAL"]
