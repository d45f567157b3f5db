"""Roles printed around a name (« M. le Président Jean-Luc MARTIN », « Mme la Maire, Sophie
DURAND »), proxies written as sentences with surnames cut to an initial, syndicats named by
their dotted initials, and a member out of the room for one vote who comes back in the same
sentence. Each document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

import pytest

from storage.names import parse_person
from storage.parsing.attendance import _read_name
from storage.parsing.extract import parse_extract
from storage.parsing.items import name_after_role
from tests.documents import full, handed, read, surnames

# -- a role before the name ----------------------------------------------------------------


def test_roles_before_names_in_a_syndicat_named_by_dotted_initials(shape: str) -> None:
    extract = read("syndicat-sivom-dotted-roles-before-names.txt", shape)
    assert extract.council is not None
    assert extract.council.kind == "syndicat"
    assert extract.council.name == "S.I.V.O.M. de la Haute-Combe"  # « Siège : » is no name
    # the chair is the one the role names in the list, never a member called « Président »
    assert full(extract.president) == "veyret|armand"
    assert surnames(extract.present) == [
        "blanchon",
        "chambon",
        "gonnet",
        "manin",
        "perraud",
        "trolliet",
        "veyret",
    ]
    assert full(extract.present[1]) == "chambon|odette"  # « Mme la 1ère Vice-Présidente »
    # « pouvoir à M. le Président »: the chair the list names
    assert handed(extract.proxies) == [("burdin", "manin"), ("rochaix", "veyret")]
    # out of the room for the third item's vote only: back for the fourth
    away = {item.ordinal: surnames(item.away) for item in extract.items}
    assert away == {"1": [], "2": [], "3": ["blanchon"], "4": []}


def test_the_chair_named_after_the_role_and_a_comma(shape: str) -> None:
    extract = read("commune-maire-comma-abbreviated-proxies.txt", shape)
    assert full(extract.president) == "vidalot|josiane"
    assert len(extract.present) == 9
    # « Madame Irène V. » is Irène, her surname cut to its initial; « à Madame la Maire » is
    # the mayor the list names; a lower-case « pouvoir de » opens the next proxy, flattened too
    assert sorted(
        ((p.giver.last_name, p.giver.first_name), p.holder.last_name) for p in extract.proxies
    ) == [(("S.", "Bertrand"), "RIGAL"), (("V.", "Irène"), "VIDALOT")]
    # the proxy given on leaving after the first item holds from the second on
    held = {item.ordinal: handed(item.proxies) for item in extract.items}
    assert held == {"1": [], "2": [("auzolle", "delpuech")], "3": [("auzolle", "delpuech")]}


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("M. le Président Jean-Luc MARTIN", ("Jean-Luc MARTIN", True)),
        ("Mme la Maire, Sophie DURAND", ("Sophie DURAND", True)),
        ("Mme la 2e Vice-Présidente Anne ROUX", ("Anne ROUX", False)),
        ("M. le Vice-Président délégué aux finances, M. Paul ROUX", ("M. Paul ROUX", False)),
        ("Madame la Présidente du Conseil départemental Lucie BRET", ("Lucie BRET", True)),
        ("M. le Maire ROUSSEL", ("ROUSSEL", True)),
        ("Madame la Maire-adjointe Inès FAURE", ("Inès FAURE", False)),
        # the name ends where its words do (« La séance est ouverte par M. le Maire … »)
        ("M. le Maire Jean DUPONT à 20 h 30", ("Jean DUPONT", True)),
        ("Mme la Maire Nicole FAURE Le quorum étant atteint", ("Nicole FAURE", True)),
        # a role alone, or a place after it, names nobody
        ("M. le Maire", None),
        ("Mme la Présidente du Département", None),
        ("M. le Maire de SAINT-PAUL", None),
        # a surname with its particle is no role
        ("M. Le Gall Yann", None),
    ],
)
def test_the_name_after_a_role(entry: str, expected: tuple[str, bool] | None) -> None:
    assert name_after_role(entry) == expected


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("M. le 1er Vice-Président Paul RAYMOND", "raymond|paul"),
        ("Mme la conseillère déléguée Inès BAUD", "baud|ines"),
        ("Monsieur le Président, M. Étienne CAYLA", "cayla|etienne"),
    ],
)
def test_a_list_entry_opening_on_a_role_is_the_person_named(entry: str, expected: str) -> None:
    assert full(_read_name(entry)) == expected


# -- surnames cut to an initial ------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Madame Françoise B.", ("B.", "Françoise")),
        ("M. Noé I", ("I.", "Noé")),
        ("Mme Marie-Claire T.", ("T.", "Marie-Claire")),
        # initials after a surname stay the given name's
        ("DUPONT J.", ("DUPONT", "J.")),
        ("Degraix J.L.", ("Degraix", "J.L.")),
    ],
)
def test_a_surname_cut_to_its_initial(written: str, expected: tuple[str, str]) -> None:
    person = parse_person(written)
    assert (person.last_name, person.first_name) == expected


# -- a syndicat named by its initials --------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("S.I.A. de la vallée de l'Orbize", "S.I.A. de la vallée de l'Orbize"),
        ("S.M.A.E.P. DES TROIS SOURCES", "S.M.A.E.P. des Trois Sources"),
        ("SIEL du Haut-Forez", "SIEL du Haut-Forez"),
        ("S.I.V.U. SCOLAIRE DU VAL D'ARCE", "S.I.V.U. Scolaire du Val d'Arce"),
        (
            "SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE DU VAL D'ARCE",
            "Syndicat Intercommunal à Vocation Multiple du Val d'Arce",
        ),
    ],
)
def test_a_syndicat_named_by_its_initials(shape: str, heading: str, expected: str) -> None:
    text = (
        f"{heading}\nCompte rendu du comité syndical du 4 mars 2025\n\n"
        "Présents : M. Jean DUPONT, Président, Mme Anne MARTIN, M. Luc PETIT.\n"
        "Secrétaire : Mme Anne MARTIN.\n\n1 - Budget\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind) == (expected, "syndicat")


def test_a_siret_is_no_syndicat() -> None:
    text = (
        "COMMUNE DE VERNAS\nSIRET de la commune : 21420012300015\n"
        "Compte rendu du conseil municipal du 4 mars 2025\n\n"
        "Présents : M. Jean DUPONT, Maire, Mme Anne MARTIN.\n"
    )
    extract = parse_extract(text)
    assert extract.council is not None
    assert extract.council.kind == "commune"


@pytest.mark.parametrize(
    "excused",
    [
        "M. Paul ROUX, Maire (pouvoir à M. Louis GENTY), Mme Zoé KLEIN.",
        "M. Paul ROUX, Maire, Président du SIVOM (pouvoir à M. Louis GENTY) ; Mme Zoé KLEIN.",
        "Mme Zoé KLEIN, M. Paul ROUX, conseiller délégué (procuration à M. Louis GENTY).",
    ],
)
def test_a_proxy_note_after_the_givers_function(shape: str, excused: str) -> None:
    text = (
        "COMMUNE DE SAINTE-FOY-DU-LAC\nCompte rendu du conseil municipal du 3 février 2025\n"
        "Présents : Mme Anne FABRE, 1ère adjointe, M. Louis GENTY, 2e adjoint, M. Tom IMBERT.\n"
        f"Excusés : {excused}\nSecrétaire : M. Tom IMBERT.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    assert handed(extract.proxies) == [("roux", "genty")]
    assert surnames(extract.absent_excused) == ["klein", "roux"]
    assert surnames(extract.present) == ["fabre", "genty", "imbert"]


# -- movements between items ---------------------------------------------------------------


def test_movements_told_in_other_words_follow_their_item(shape: str) -> None:
    text = (
        "COMMUNE DE LAVAUR-LES-PINS\nProcès-verbal du conseil municipal du 7 octobre 2025\n"
        "Présents : M. André AUBRY, Maire, Mme Berthe BASTIDE, M. Cédric CAZAL, Mme Doris "
        "DELMAS, M. Eloi ESPIÉ, Mme Flora FERAL.\nAbsent : M. Hugo HUGUET.\n"
        "Secrétaire : Mme Flora FERAL.\n\n"
        "1 - Budget\nAdopté à l'unanimité.\n"
        "Mme Doris DELMAS est partie avant le vote du point 2 en donnant pouvoir à M. Eloi "
        "ESPIÉ.\n2 - Voirie\nAdopté à l'unanimité.\n"
        "M. Hugo HUGUET (arrivé à 21 h 10 au point 3).\n3 - École\nAdopté à l'unanimité.\n"
        "M. Cédric CAZAL doit partir avant le point 4.\n4 - Cimetière\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    away = {item.ordinal: surnames(item.away) for item in extract.items}
    assert away == {"1": [], "2": ["delmas"], "3": ["delmas"], "4": ["cazal", "delmas"]}
    arrived = {item.ordinal: surnames(item.arrived) for item in extract.items}
    assert arrived == {"1": [], "2": [], "3": ["huguet"], "4": ["huguet"]}
    held = {item.ordinal: handed(item.proxies) for item in extract.items}
    assert held["1"] == []
    assert held["2"] == held["4"] == [("delmas", "espie")]


def test_minutes_with_every_surname_cut_to_its_initial(shape: str) -> None:
    text = (
        "COMMUNE DE BRIGNAC-LA-PLAINE\n"
        "Procès-verbal de la séance du conseil municipal du 16 avril 2025\n\n"
        "Présents : Monsieur Alain C., Maire, Madame Odile D., Monsieur Karim T., Madame Julie "
        "M., Monsieur Yves P.\nExcusés : Madame Françoise B., Monsieur Jean D.\n"
        "Madame Françoise B. a donné pouvoir à Monsieur Alain C.\n"
        "Monsieur Jean D. a donné pouvoir à Madame Julie M.\n"
        "Secrétaire de séance : Madame Julie M.\n\n1 - Budget\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    # « Madame Julie M. » ending its line is Julie M., no civility cut from the next line's name
    assert sorted(
        ((p.giver.first_name, p.giver.last_name), (p.holder.first_name, p.holder.last_name))
        for p in extract.proxies
    ) == [(("Françoise", "B."), ("Alain", "C.")), (("Jean", "D."), ("Julie", "M."))]
    assert [(p.first_name, p.last_name) for p in extract.present] == [
        ("Alain", "C."),
        ("Odile", "D."),
        ("Karim", "T."),
        ("Julie", "M."),
        ("Yves", "P."),
    ]
    assert extract.president is not None
    assert (extract.president.first_name, extract.president.last_name) == ("Alain", "C.")
    assert "unreadable_name" not in [f.code for f in extract.findings]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Mme la Vice-Présidente Hélène MAS quitte la séance avant le point 2.", "mas|helene"),
        ("Arrivée de Mme la conseillère déléguée Inès BAUD au point 2.", "baud|ines"),
        ("M. le 1er adjoint Luc FAYE quitte la séance avant le vote du point 2.", "faye|luc"),
    ],
)
def test_a_movement_names_the_person_after_their_role(
    shape: str, line: str, expected: str
) -> None:
    text = (
        "SIVOM DE LA VALLÉE DU DOURDOU\nCompte rendu du comité syndical du 20 novembre 2025\n"
        "Présents : M. Bernard CAYROU, Président, Mme Hélène MAS, M. Luc FAYE, Mme Fanny "
        "BOUSQUET.\nAbsente : Mme Inès BAUD.\nSecrétaire : Mme Fanny BOUSQUET.\n\n"
        f"1 - Budget\nAdopté à l'unanimité.\n{line}\n2 - Travaux\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(" ".join(text.split()) if shape == "flattened" else text)
    first, second = extract.items
    assert first.away == []
    assert first.arrived == []
    assert [full(p) for p in [*second.away, *second.arrived]] == [expected]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("M. Paul ROUX Maire", "roux|paul"),
        ("Mme Anne BOIS 1ère adjointe", "bois|anne"),
        ("Mme Inès BAUD conseillère déléguée", "baud|ines"),
        ("M. Paul ROUX Maire de Vareilles", "roux|paul"),
        # a surname's own word in capitals is no function
        ("M. Jean LE MAIRE", "le maire|jean"),
    ],
)
def test_a_function_after_the_name_without_its_comma(entry: str, expected: str) -> None:
    assert full(_read_name(entry)) == expected
