"""Families of council documents a blind reading of real minutes found misread, each on
invented texts read as printed and flattened: a list's end that swallowed the line after it
(the chair's sentence, an item's heading), …
"""

from __future__ import annotations

import pytest

from storage.documents import Extract, Person
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import SHAPES, flattened


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


# -- a list's end: the line after it is no name ----------------------------------------------

HEAD = "COMMUNE DE SAINT-ALBAN\nProcès-verbal de la séance du conseil municipal du 12 mars 2024\n"
MINUTES = "COMMUNE DE CASTELNAU\nProcès-verbal de la séance du conseil municipal du 4 juin 2024\n"
CANTEEN = "Objet : Tarifs de la cantine\nAdopté à l'unanimité.\n"
PRESENT = "Présents : M. Henri COSTE, Mme Julie MARTY, M. Louis ROUX, Mme Anne SERRE\n"
ITEMS = (
    "{first} Achat d'un tracteur pour les services techniques\nAdopté à l'unanimité.\n"
    "{second} Tarifs de la cantine scolaire\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("cue", "kind"),
    [("Absents excusés", "absent_excused"), ("Excusés", "absent_excused"), ("Absents", "absent")],
)
@pytest.mark.parametrize(
    "chair",
    [
        "sous la présidence de M. Henri COSTE, Maire",
        "sous la présidence de M. Henri COSTE, Président",
    ],
)
def test_the_chairs_sentence_after_a_list_is_no_name(
    shape: str, cue: str, kind: str, chair: str
) -> None:
    text = (
        HEAD
        + PRESENT
        + f"{cue} : M. Paul VIGNE, Mme Rose LAFAGE\n{chair}\n"
        + ITEMS.format(first="2023-014", second="2023-015")
    )
    extract = read_as(text, shape)
    assert surnames(getattr(extract, kind)) == ["vigne", "lafage"]
    assert extract.president is not None
    assert fold(extract.president.last_name) == "coste"
    assert [item.deliberation.number for item in extract.items] == ["2023-014", "2023-015"]
    assert extract.items[0].deliberation.title == (
        "Achat d'un tracteur pour les services techniques"
    )


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "listed",
    [
        "Absents excusés : M. Paul VIGNE, Mme Rose LAFAGE",
        "Pouvoirs : M. Paul VIGNE à M. Louis ROUX, Mme Rose LAFAGE à Mme Julie MARTY",
    ],
)
@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Point n° 1 - ", "Point n° 2 - "),
        ("D2023-014 ", "D2023-015 "),
        ("DCM 2024-011 : ", "DCM 2024-012 : "),
    ],
)
def test_an_items_heading_after_a_list_is_no_name(
    shape: str, listed: str, first: str, second: str
) -> None:
    items = ITEMS.format(first=first.strip(), second=second.strip())
    text = HEAD + PRESENT + f"{listed}\n" + items
    extract = read_as(text, shape)
    givers = [fold(p.giver.last_name) for p in extract.proxies]
    assert surnames(extract.absent_excused) + givers == ["vigne", "lafage"]
    assert len(extract.items) == 2
    assert extract.items[0].deliberation.title == (
        "Achat d'un tracteur pour les services techniques"
    )


# -- proxies: wordings outside the usual set ----------------------------------------------------

ROLL = (
    "COMMUNAUTÉ DE COMMUNES DU LAURAGAIS\n"
    "Procès-verbal du conseil communautaire du 14 avril 2021\n"
    "Présents :\n{holder}\nMme Claire BOYER (Revel), M. Alain TISSEYRE (Revel)\n{after}"
    "2021-031 Budget primitif 2021\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "gives",
    [
        "a donné pouvoir de voter en son nom à",
        "a donné procuration pour voter en son nom à",
        "donne pouvoir de voter pour elle à",
        "a donné mandat de voter à sa place à",
    ],
)
def test_a_proxy_to_vote_in_the_givers_name(shape: str, gives: str) -> None:
    text = ROLL.format(
        holder="M. Jean SOULA (Lavaur)",
        after=f"Mme Ana PONS {gives} M. Jean SOULA.\n",
    )
    extract = read_as(text, shape)
    assert [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies] == [
        ("pons", "soula")
    ]
    assert "pons" not in surnames(extract.present)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "holder",
    [
        "M. Jean SOULA (Lavaur) (ayant les procurations de Mme Lise FABRE (Lavaur) et de"
        " M. Guy RAMES (Puylaurens))",
        "M. Jean SOULA (ayant les procurations de Mme Lise FABRE et de M. Guy RAMES)",
        "M. Jean SOULA (Lavaur) (+ pouvoirs de Mme Lise FABRE et M. Guy RAMES)",
        "M. Jean SOULA (porteur des pouvoirs de Mme Lise FABRE, M. Guy RAMES)",
        "M. J. SOULA (Lavaur) (+ pouvoir Mme L. FABRE (Lavaur), M. G. RAMES (Puylaurens))",
    ],
)
def test_two_proxies_one_holder(shape: str, holder: str) -> None:
    extract = read_as(ROLL.format(holder=holder, after=""), shape)
    assert sorted(
        (fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies
    ) == [
        ("fabre", "soula"),
        ("rames", "soula"),
    ]
    assert surnames(extract.present) == ["soula", "boyer", "tisseyre"]
    assert all(")" not in (p.first_name or "") for p in extract.present)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_proxy_with_initials_and_a_commune_nested_in_the_present_entry(shape: str) -> None:
    holder = "M. J. SOULA (Lavaur) (+ pouvoir M. G. RAMES (Puylaurens))"
    extract = read_as(ROLL.format(holder=holder, after=""), shape)
    assert [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies] == [
        ("rames", "soula")
    ]
    assert extract.present[0].first_name == "J."


# -- item headings in uncommon shapes ---------------------------------------------------------

SITTING = (
    "COMMUNE DE CASTELNAU\nProcès-verbal de la séance du conseil municipal du 4 juin 2024\n"
    "Présents : M. Henri COSTE, Mme Julie MARTY, M. Louis ROUX\n"
)
TITLES = ("Convention de déneigement avec la commune de Castelnau", "Tarifs de la cantine")


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("point", "act"),
    [
        ("Point n° {n} : ", "Délibération {number}"),
        ("POINT N° {n} - ", "Délibération n° {number}"),
    ],
)
@pytest.mark.parametrize(
    "exposé",
    [
        "Le rapporteur rappelle que la convention arrive à échéance.",
        "Monsieur le Maire rappelle que la convention arrive à échéance.",
        "La rapporteure indique que la convention arrive à échéance.",
    ],
)
def test_a_point_then_its_acts_number_on_the_next_line(
    shape: str, point: str, act: str, exposé: str
) -> None:
    text = SITTING + "".join(
        f"{point.format(n=n)}{title}\n{act.format(number=number)}\n{exposé}\n"
        "Adopté à l'unanimité.\n"
        for n, number, title in ((2, "2024-051", TITLES[0]), (3, "2024-052", TITLES[1]))
    )
    extract = read_as(text, shape)
    assert [(i.ordinal, i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("2", "2024-051", TITLES[0]),
        ("3", "2024-052", TITLES[1]),
    ]


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("dash", ["—", "–", "-"])
@pytest.mark.parametrize("act", ["Délibération n° {number}", "Délibération n°{number}"])
def test_an_object_then_its_acts_number_on_one_line(shape: str, dash: str, act: str) -> None:
    text = SITTING + "".join(
        f"Objet : {title} {dash} {act.format(number=number)}\n"
        "Le rapporteur rappelle le contexte.\nAdopté à l'unanimité.\n"
        for number, title in (("2024/105", TITLES[0]), ("2024/106", TITLES[1]))
    )
    extract = read_as(text, shape)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("2024/105", TITLES[0]),
        ("2024/106", TITLES[1]),
    ]


@pytest.mark.parametrize(
    ("first", "second", "title"),
    [
        (
            "Convention de déneigement avec la commune de Castelnau et la commune de",
            "Saint-Sulpice ({number})",
            "Convention de déneigement avec la commune de Castelnau et la commune de"
            " Saint-Sulpice",
        ),
        (
            "Convention de partenariat avec",
            "l'office de tourisme intercommunal ({number})",
            "Convention de partenariat avec l'office de tourisme intercommunal",
        ),
    ],
)
def test_a_heading_wrapped_before_its_bracketed_number(
    first: str, second: str, title: str
) -> None:
    text = (
        SITTING
        + f"{first}\n{second.format(number='2024_114')}\nAdopté à l'unanimité.\n"
        + "Tarifs de la cantine scolaire pour la rentrée (2024_115)\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("2024_114", title),
        ("2024_115", "Tarifs de la cantine scolaire pour la rentrée"),
    ]


# -- names: a wrap between the surname and the first name, « et » in mixed case ---------------

NAMES = (
    "COMMUNE DE CASTELNAU\nProcès-verbal de la séance du conseil municipal du 4 juin 2024\n"
    "Présents : {names}\nObjet : Tarifs de la cantine\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            "M. LACOMBE Pierre, M. DE LA SALLE\nHugo, Mme VERGNES Ana, M. ROUX Louis",
            ["lacombe", "de la salle", "vergnes", "roux"],
        ),
        (
            "Mme BRUN Léa, Mme LE GALL\nNina, M. ROUX Louis, M. VIAL Marc",
            ["brun", "le gall", "roux", "vial"],
        ),
        (
            "Mme BRUN Léa, M. VAN DER MEULEN\nJan, M. ROUX Louis, M. VIAL Marc",
            ["brun", "van der meulen", "roux", "vial"],
        ),
    ],
)
def test_a_compound_surname_then_its_first_name_on_the_next_line(
    names: str, expected: list[str]
) -> None:
    extract = parse_extract(NAMES.format(names=names))
    assert surnames(extract.present) == expected
    assert all(p.first_name for p in extract.present)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("names", "expected"),
    [
        (
            "Paul Roche, Julie Marty, Karim Weber et Hervé Fouquet",
            ["roche", "marty", "weber", "fouquet"],
        ),
        ("Paul Roche, Anne-Sophie Vidal et Jean-Marc Brun.", ["roche", "vidal", "brun"]),
    ],
)
def test_the_last_of_a_mixed_case_list_after_et(
    shape: str, names: str, expected: list[str]
) -> None:
    extract = read_as(NAMES.format(names=names), shape)
    assert surnames(extract.present) == expected
    assert all(" et " not in (p.first_name or "") for p in extract.present)


# -- decorations left inside names: a function after a dash, a commune after the chair --------

BOARD = (
    "SERVICE DÉPARTEMENTAL D'INCENDIE ET DE SECOURS DU TARN\n"
    "Procès-verbal du conseil d'administration du 4 juin 2024\n{chair}\nPrésents :\n{names}\n"
    "Objet : Tarifs des interventions\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "names",
    [
        pytest.param(
            "1. SIMON Christine\n2. MÉNARD Claire – Présidente du CASDIS\n"
            "3. ROUX Louis - Vice-président",
            id="in-capitals-after-a-function",
        ),
        "1. SIMON Christine – Présidente\n2. MÉNARD Claire – Déléguée du personnel\n"
        "3. ROUX Louis – Directeur départemental",
    ],
)
def test_a_function_after_a_dash_is_no_part_of_the_name(shape: str, names: str) -> None:
    if shape == "flattened" and "CASDIS" in names:
        pytest.skip("flattened, « … du CASDIS 3. ROUX Louis » is one entry: not yet read")
    chair = "Séance présidée par M. Paul SIMON, Président."
    extract = read_as(BOARD.format(chair=chair, names=names), shape)
    assert surnames(extract.present) == ["simon", "menard", "roux"]
    assert all("–" not in (p.first_name or "") and "—" not in p.last_name for p in extract.present)


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    ("chair", "surname"),
    [
        (
            "La séance est ouverte sous la présidence de Madame la Présidente, Christine SIMON"
            " (Saint-Marc).",
            "simon",
        ),
        ("Séance présidée par M. Louis ARNAL (Réalmont), Président.", "arnal"),
        ("Sous la présidence de M. Louis ARNAL (Val de Tarn), Président.", "arnal"),
    ],
)
def test_a_commune_after_the_chairs_name(shape: str, chair: str, surname: str) -> None:
    names = "M. Louis ARNAL, Mme Christine SIMON, M. Paul ROUX"
    extract = read_as(BOARD.format(chair=chair, names=names), shape)
    assert extract.president is not None
    assert fold(extract.president.last_name) == surname


# -- a cue damaged by character recognition ----------------------------------------------------


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "cue",
    [
        "Nombre de conseíllers en exercíce : 22",
        "Nombre de conseillers en exercíce : 22",
        "NOMBRE DE CONSEÍLLERS EN EXERCÍCE : 22",
    ],
)
def test_an_i_read_with_an_accent_in_a_cue(shape: str, cue: str) -> None:
    text = MINUTES + f"{cue}\nPrésents : M. Luis GARCÍA, Mme Julie MARTY\n" + CANTEEN
    extract = read_as(text, shape)
    assert extract.counts.in_office == 22
    assert [p.last_name for p in extract.present] == ["GARCÍA", "MARTY"]


# -- a list one name a line, opened by the chair's role ----------------------------------------


@pytest.mark.parametrize(
    ("chair", "role"),
    [
        ("Séance présidée par M. Jean VIDAL, Maire.", "Monsieur le Maire"),
        ("Séance présidée par Mme Anne VIDAL, Présidente.", "Madame la Présidente"),
        ("Séance présidée par M. Jean VIDAL, Maire.", "M. le Maire"),
    ],
)
@pytest.mark.parametrize("names", [("BARTHE Émilie", "COUSTOU Marc", "PRAT Louise")])
def test_a_one_name_a_line_list_opened_by_the_chairs_role(
    chair: str, role: str, names: tuple[str, ...]
) -> None:
    text = MINUTES + f"{chair}\nEtaient présents :\n{role}\n" + "\n".join(names) + "\n" + CANTEEN
    extract = parse_extract(text)
    assert surnames(extract.present) == ["vidal", "barthe", "coustou", "prat"]


# -- a title run into the council's sentence, its capital lost ---------------------------------


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil municipal, après en avoir délibéré, approuve les tarifs.",
        "Le bureau communautaire, après en avoir délibéré, approuve les tarifs.",
        "La commission permanente, après en avoir délibéré, approuve les tarifs.",
    ],
)
def test_a_title_ends_before_the_councils_sentence(shape: str, sentence: str) -> None:
    text = (
        "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS\nCOMMUNE DE CASTELNAU\nSéance du 4 décembre 2020\n"
        "Présents : M. Henri COSTE, Mme Julie MARTY\n"
        f"Objet : Tarifs de la cantine\n{sentence}\nAdopté à l'unanimité.\n"
    )
    extract = read_as(text, shape)
    assert extract.deliberation.title == "Tarifs de la cantine"
