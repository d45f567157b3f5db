"""Families still read wrong in invented council documents: an agenda's place printed with a
leading zero (« Point n° 03 », « Question n°07 ») kept as « 03 » rather than the 3rd item, and a
proxy whose « à » lost its accent (« M. Jean PERRIN a M. Luc MARTY », « pouvoir a M. Y »), a
quorum said as its rule before its figure (« la moitié des membres plus un, soit 17 »), « Ben
Salah » under « Mmes et MM. », and a damaged entry among names (« M. Max'); »)."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed
from tests.test_document_families_d23 import HEAD, TITLES, VOTED, placed

ROLL = (
    "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
    "Secrétaire de séance : Mme Anne BOIS\n"
)


# -- A. a place on the agenda printed with a leading zero --------------------------------------

ZEROED = [
    "Point n° {n} : {t}",
    "Question n°{n} : {t}",
    "POINT N°{n} - {t}",
    "Rapport n° {n} - {t}",
    "{n} - {t}",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", ZEROED)
def test_a_place_printed_with_a_leading_zero(heading: str, shape: str) -> None:
    """« Point n° 03 » then « Point n° 07 »: the 3rd and the 7th items, no act's number."""
    text = HEAD + ROLL
    for place, title in zip(("03", "07"), TITLES, strict=True):
        text += "\n" + heading.format(n=place, t=title) + "\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert placed(extract) == [(None, "3", TITLES[0]), (None, "7", TITLES[1])]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_one_item_printed_with_a_leading_zero_above_its_act(shape: str) -> None:
    text = HEAD + ROLL + f"05 - {TITLES[0]}\nDélibération n° 2025-011\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert extract.deliberation.number == "2025-011"
    assert [i.ordinal for i in extract.items] == ["5"]


# -- B. a proxy whose « à » lost its accent ----------------------------------------------------

SECRETARY = "Secrétaire de séance : Mme Rose LAFAGE\n"
PRESENT = "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Luc MARTY, M. Paul VIGNE\n"
UNACCENTED_LISTS = {
    "one a line": "Pouvoirs :\n- M. Jean PERRIN a M. Luc MARTY\n- Mme Ida VIAL a M. Paul VIGNE\n",
    "in one line": "Pouvoirs : M. Jean PERRIN a M. Luc MARTY, Mme Ida VIAL a M. Paul VIGNE\n",
    "no civility": "Procurations : Jean PERRIN a Luc MARTY ; Ida VIAL a Paul VIGNE\n",
    "surname first": "Pouvoirs :\nPERRIN Jean a MARTY Luc\nVIAL Ida a VIGNE Paul\n",
    "full civilities": (
        "Pouvoirs :\nMonsieur Jean PERRIN a Monsieur Luc MARTY\n"
        "Madame Ida VIAL a Monsieur Paul VIGNE\n"
    ),
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("style", sorted(UNACCENTED_LISTS))
def test_a_list_of_proxies_written_with_a_for_a_grave(style: str, shape: str) -> None:
    """« M. Jean PERRIN a M. Luc MARTY » in a list of proxies: PERRIN gave MARTY his vote."""
    text = HEAD + PRESENT + UNACCENTED_LISTS[style] + SECRETARY + VOTED
    extract = parse_extract(printed(text, shape))
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("PERRIN", "MARTY"),
        ("VIAL", "VIGNE"),
    ]
    assert [p.last_name for p in extract.present] == ["COSTE", "LAFAGE", "MARTY", "VIGNE"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "line",
    [
        "Mme Ida VIAL donne pouvoir a M. Paul VIGNE\n",
        "Excusés : Mme Ida VIAL (pouvoir a M. Paul VIGNE)\n",
        "Absents excusés : Mme Ida VIAL, pouvoir a M. Paul VIGNE\n",
    ],
)
def test_a_proxy_sentence_written_with_a_for_a_grave(line: str, shape: str) -> None:
    text = HEAD + PRESENT + line + VOTED
    extract = parse_extract(printed(text, shape))
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("VIAL", "VIGNE")
    ]
    assert "VIAL" not in [p.last_name for p in extract.present]


def test_a_present_member_who_a_verb_follows_is_no_proxy() -> None:
    """« a » as a verb in a list of proxies (« M. Luc MARTY a quitté la séance ») is no proxy."""
    text = HEAD + PRESENT + "Pouvoirs : néant\nM. Luc MARTY a quitté la séance.\n" + VOTED
    assert parse_extract(text).proxies == []


# -- C. the quorum said as its rule before its figure -----------------------------------------

QUORUM_RULES = [
    ("Quorum : la moitié des membres plus un, soit 17\n", 17),
    ("Le quorum, fixé au tiers, soit 11 membres, est atteint.\n", 11),
    ("Quorum : la majorité absolue (17)\n", 17),
    ("Quorum : un tiers des membres en exercice, soit 11\n", 11),
    ("Le quorum (la majorité des membres en exercice, soit 17) est atteint.\n", 17),
    ("QUORUM : LA MOITIÉ DES MEMBRES + 1, SOIT 17\n", 17),
]
COUNTS = "Nombre de membres en exercice : 33\nPrésents : 5\n"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("line", "quorum"), QUORUM_RULES)
def test_a_quorum_said_as_its_rule_then_its_figure(line: str, quorum: int, shape: str) -> None:
    text = HEAD + COUNTS + line + ROLL + VOTED
    counts = parse_extract(printed(text, shape)).counts
    assert (counts.quorum_printed, counts.in_office, counts.present) == (quorum, 33, 5)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "line",
    [
        "Le quorum est atteint à la majorité des membres (loi n° 2020-1379).\n",
        "Quorum : la moitié des membres en exercice.\n",
        "Le quorum étant atteint, la majorité absolue des suffrages exprimés l'emporte.\n",
    ],
)
def test_a_quorum_rule_without_its_figure_is_no_figure(line: str, shape: str) -> None:
    """A rule printed without its figure gives no quorum: never a figure read from elsewhere."""
    text = HEAD + COUNTS + line + ROLL + VOTED
    assert parse_extract(printed(text, shape)).counts.quorum_printed is None


# -- D. compound surnames in mixed case under « Mmes et MM. » ----------------------------------

MIXED_CIVILITY_LISTS = [
    "Présents : Mmes et MM. Ben Salah, Da Costa, Roux, Vigne\n",
    "Présents : Mmes et MM. Ben Salah, Da Costa, Roux et Vigne\n",
    "Présents :\nMmes et MM. Ben Salah,\nDa Costa, Roux,\nVigne\n",
    "Présents : Mesdames et Messieurs Ben Salah, Da Costa, Roux, Vigne\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("line", MIXED_CIVILITY_LISTS)
def test_compound_surnames_under_a_mixed_civility(line: str, shape: str) -> None:
    """« Mmes et MM. Ben Salah, Da Costa »: each one person, the surname whole, no civility
    guessed (the plural civility says neither)."""
    text = HEAD + line + "Secrétaire de séance : Mme Rose LAFAGE\n" + VOTED
    present = parse_extract(printed(text, shape)).present
    assert [(p.civility, p.first_name, p.last_name) for p in present] == [
        (None, None, "Ben Salah"),
        (None, None, "Da Costa"),
        (None, None, "Roux"),
        (None, None, "Vigne"),
        ("M.", "Henri", "COSTE"),  # the chair HEAD names presiding sat (d30)
    ]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Mmes et MM. El Amrani, Ait Ali\n", [(None, "El Amrani"), (None, "Ait Ali")]),
        ("Mmes et MM. Karim Ben Salah, Anne Roux\n", [("Karim", "Ben Salah"), ("Anne", "Roux")]),
    ],
)
def test_arabic_surnames_under_a_mixed_civility(line: str, names: list[tuple[str, str]]) -> None:
    text = HEAD + "Présents : " + line + "Secrétaire de séance : Mme Rose LAFAGE\n" + VOTED
    present = parse_extract(text).present
    # the chair HEAD names presiding sat (d30)
    assert [(p.first_name, p.last_name) for p in present] == [*names, ("Henri", "COSTE")]


# -- E. a damaged entry among names -----------------------------------------------------------

DAMAGED = [
    "M. Max');",
    "M. ' Max;",
    "M. Max « VIDE;",
    "M. Max [VIDE;",
    "M. Max VIDE);",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("damaged", DAMAGED)
def test_a_damaged_entry_is_refused_and_its_neighbours_kept(damaged: str, shape: str) -> None:
    """An unbalanced quote or bracket marks an entry damaged: refused as an unreadable name,
    the names beside it each one member."""
    roll = f"Présents : Mme Ana ROS, M. Léo BRUN, {damaged} Mme Lou PAGE\n"
    text = HEAD + roll + "Secrétaire de séance : Mme Lou PAGE\n" + VOTED
    extract = parse_extract(printed(text, shape))
    assert [p.display() for p in extract.present] == [
        "Mme Ana ROS",
        "M. Léo BRUN",
        "Mme Lou PAGE",
        "M. Henri COSTE",  # the chair HEAD names presiding sat (d30)
    ]
    assert any(f.code == "unreadable_name" for f in extract.findings)


@pytest.mark.parametrize(
    "name", ["M. Jean D'ARC", "Mme Awa N'Diaye", "M. Luc d’ESTAING", "M. Paul RIOU (Saint-Marc)"]
)
def test_an_elision_or_a_closed_note_is_no_damage(name: str) -> None:
    text = HEAD + f"Présents : Mme Ana ROS, {name}, Mme Lou PAGE\n" + VOTED
    extract = parse_extract(text)
    assert len(extract.present) == 4  # with the chair HEAD names presiding (d30)
    assert not any(f.code == "unreadable_name" for f in extract.findings)
