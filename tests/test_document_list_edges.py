"""Where a list of names begins and ends, on invented documents: « et » before the last name
at a line's end or start (never part of a name), « Absente représentée : Mme X représentée
par M. Y » (the feminine cue), and a list of one name a line cut by a page's break, its
header and footer printed between two names."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import checked_codes, flattened, handed, surnames

AND_WRAPPED = """COMMUNE DE SAINT-PÉRAY-LES-VIGNES
Procès-verbal de la séance du conseil municipal du 16 novembre 2026
Nombre de conseillers en exercice : 9 ; présents : 8 ; votants : 9
Étaient présents : Mme Régine ABRIAL, M. Tanguy BERNOS, Mme Elsa CHAPTAL, M. Joël
DURIEUX, Mme Ida ESPIC, M. Noé FAYARD, Mme Lina GARNIER{split}M. Rémy HOSTALIER.
Absente représentée : Mme Odette IMBERT représentée par M. Tanguy BERNOS
Secrétaire de séance : Mme Elsa CHAPTAL

1 - Tarifs du cimetière
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("split", [" et\n", "\net "])
def test_and_before_the_last_name_wrapped_at_either_end_of_a_line(split: str, shape: str) -> None:
    text = AND_WRAPPED.format(split=split)
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert surnames(extract.present) == [
        "abrial", "bernos", "chaptal", "durieux", "espic", "fayard", "garnier", "hostalier",
    ]  # fmt: skip
    # « Absente représentée : » heads a list of proxies (the feminine of « Absent représenté »)
    assert handed(extract.proxies) == [("imbert", "bernos")]
    assert checked_codes(extract) == []


PAGE_BREAK = """DÉPARTEMENT DE LA HAUTE-VÈZE
COMMISSION PERMANENTE
Réunion du lundi 9 novembre 2026 • 10 H 00

Nombre de membres en exercice : 9
Nombre de présents : 8
Nombre de votants : 9

Membres présents :
ALBARET Sylvie
BOUDOU Marc
CALMELS Irène (ayant la procuration de M. Pierre VIALA)
Département de la Haute-Vèze - Commission permanente du 9 novembre 2026 – Page 1 / 3

Département de la Haute-Vèze - Commission permanente du 9 novembre 2026
DELMAS Hugo
ESCANDE Nadia
FOULQUIER Yves
GINESTET Rose
HERAL Bruno

Absents ayant donné pouvoir :
VIALA Pierre

Président de séance : ALBARET Sylvie

N° 2026-CP-44 – Aides aux communes rurales
Adopté à l'unanimité.
"""


def test_a_list_of_one_name_a_line_goes_on_after_a_page_break() -> None:
    extract = parse_extract(PAGE_BREAK)
    assert surnames(extract.present) == [
        "albaret", "boudou", "calmels", "delmas", "escande", "foulquier", "ginestet", "heral",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("viala", "calmels")]
    assert "haute" not in " ".join(surnames(extract.present))


def test_a_list_ends_at_a_blank_line_when_no_page_break_is_there() -> None:
    """Without the page's words around the blank line, the names after it are no more the
    list's (a later list of the same shape, under a heading of its own)."""
    text = PAGE_BREAK.replace(
        "Département de la Haute-Vèze - Commission permanente du 9 novembre 2026 – Page 1 / 3\n"
        "\nDépartement de la Haute-Vèze - Commission permanente du 9 novembre 2026\n",
        "\n",
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["albaret", "boudou", "calmels"]
