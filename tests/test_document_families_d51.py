"""A département's commission permanente: a report's heading naming the service that brings
it (« Rapport n° 3.12 – Pôle Solidarités ») before the item's subject, and a unanimity's
figure printed in brackets after whose votes it counts (« adopté à l'unanimité des suffrages
exprimés (27) »). Each document is invented and read as printed and flattened (the `shape`
fixture).
"""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from storage.parsing.items import service_label
from tests.documents import read


def _items(name: str, shape: str) -> list[tuple[str | None, str | None, int | None]]:
    extract = read(name, shape)
    return [
        (i.deliberation.number, i.deliberation.title, i.deliberation.votes_for)
        for i in extract.items
    ]


def test_the_service_is_no_title_the_subject_under_it_is(shape: str) -> None:
    assert _items("departement-cp-reports-by-pole.txt", shape) == [
        ("3.12", "Aide aux établissements pour personnes âgées", 6),
        # « (5) » printed, one member not voting among the 6 votants
        ("4.03", "Programme routier 2026", 5),
    ]


def test_the_service_alone_under_the_report_s_number(shape: str) -> None:
    assert _items("departement-cp-pv-pole-under-report.txt", shape) == [
        ("1.04", "Subvention au comité départemental du tourisme", 9),
        ("3.12", "Aide aux établissements pour personnes âgées", 8),
    ]


def test_a_report_s_line_then_the_act_s_number_is_one_extract(shape: str) -> None:
    extract = read("departement-cp-extrait-report-then-act.txt", shape)
    (item,) = extract.items  # no item for the report's line
    assert item.deliberation.number == "CP-2026-07-312"
    assert item.deliberation.title == "Aide aux établissements pour personnes âgées"
    assert item.deliberation.votes_for == 27
    counts = extract.counts  # the extract's counts and officers stay the sitting's
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (30, 25, 2, 27)
    officers = (extract.president, extract.secretary)
    assert [p.last_name if p else None for p in officers] == ["MOREL", "NOVEL"]


def test_an_extract_s_title_is_the_subject_under_the_service(shape: str) -> None:
    extract = read("departement-cp-extrait-pole-then-subject.txt", shape)
    assert extract.deliberation.number == "3.12"
    assert extract.deliberation.title == "Aide aux établissements pour personnes âgées"
    assert extract.deliberation.votes_for == 27


@pytest.mark.parametrize(
    ("said", "votes_for"),
    [
        ("Adopté à l'unanimité des suffrages exprimés (27).", 27),
        ("Adoptée à l'unanimité des membres présents et représentés (12 voix).", 12),
        ("Adopté à l'unanimité (9).", 9),
        ("Adopté à l'unanimité des votants (31).", 31),
        # a figure in brackets that counts no votes: the votants printed are taken
        ("Adopté à l'unanimité (rapport 2026-14).", 14),
    ],
)
def test_a_unanimity_s_figure_in_brackets(said: str, votes_for: int) -> None:
    text = (
        "Département de la Vèze\nCommission permanente du 6 juillet 2026\n"
        "Membres en exercice : 40 - Présents : 12 - Votants : 14\n"
        "Délibération n° CP-2026-31 : Aide aux communes\n" + said + "\n"
    )
    assert parse_extract(text).deliberation.votes_for == votes_for


@pytest.mark.parametrize(
    ("rest", "label"),
    [
        ("Pôle Solidarités", True),
        ("– Pôle Aménagement et Environnement", True),
        ("Direction des Routes", True),
        ("POLE RESSOURCES", True),
        ("Politique de la ville", False),
        ("Pôle enfance : construction du bâtiment", False),
        ("Direction générale des services : recrutement", False),
    ],
)
def test_a_service_s_name(rest: str, label: bool) -> None:
    assert service_label(rest) is label


def test_a_subject_with_its_colon_under_the_service(shape: str) -> None:
    """« Voirie départementale : programme 2027 » under « Rapport n° 2.02 – Pôle Territoires »
    is the subject; « Rapporteur : … » under a report never is. Each report's figures are its
    own."""
    assert _items("departement-cp-reports-rapporteur-counts.txt", shape) == [
        ("2.01", "Aide aux communes rurales", 27),
        ("2.02", "Voirie départementale : programme 2027", 22),
        ("4.10", "Convention avec la CAF", 27),
    ]
    extract = read("departement-cp-reports-rapporteur-counts.txt", shape)
    officers = (extract.president, extract.secretary)
    assert [p.last_name if p else None for p in officers] == ["VIGIER", "CASTAING"]
