"""The name resolver on the 67 members of the Bureau of 4 July 2024, as people type them."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bot.services.names import Candidate, NameIndex, Resolution
from storage.names import fold, parse_person

FIXTURES = Path(__file__).parent / "fixtures"
MEMBERS_CSV = FIXTURES / "members_bureau_2024.csv"
SAMPLE = (
    Path(__file__).parent.parent
    / "storage"
    / "samples"
    / "bureau-2024-07-04-deliberation-2024.00417.txt"
)


def load_members() -> list[Candidate]:
    with MEMBERS_CSV.open(encoding="utf-8", newline="") as handle:
        return [
            Candidate(n, row["civility"] or None, row["first_name"] or None, row["last_name"])
            for n, row in enumerate(csv.DictReader(handle), start=1)
        ]


@pytest.fixture(scope="module")
def index() -> NameIndex:
    return NameIndex(load_members())


def label(candidate: Candidate) -> str:
    return f"{candidate.first_name} {candidate.last_name}"


def labels(result: Resolution) -> list[str]:
    return [label(c) for c in result.candidates]


def test_fixture_is_the_sample_attendance() -> None:
    """The CSV holds exactly the 67 members printed in the extract (present, proxies, absent)."""
    text = SAMPLE.read_text(encoding="utf-8")
    members = load_members()
    assert len(members) == 67
    assert len({(m.first_name, m.last_name) for m in members}) == 67
    for member in members:
        printed = parse_person(f"{member.civility} {member.first_name} {member.last_name}")
        assert printed.display() in text, printed.display()


# (typed, "First LAST" expected). Spread over every way of writing a name that the brief and
# real council documents show; each family is commented once.
FOUND = [
    # as printed, civility, case, accents
    ("M. Jean-Luc DEGRAIX", "Jean-Luc DEGRAIX"),
    ("Jean-Luc Degraix", "Jean-Luc DEGRAIX"),
    ("jean-luc degraix", "Jean-Luc DEGRAIX"),
    ("Monsieur Degraix", "Jean-Luc DEGRAIX"),
    ("Degraix", "Jean-Luc DEGRAIX"),
    ("DEGRAIX", "Jean-Luc DEGRAIX"),
    ("Mme Sylvie FAYOLLE", "Sylvie FAYOLLE"),
    ("Madame Fayolle", "Sylvie FAYOLLE"),
    ("fayolle", "Sylvie FAYOLLE"),
    ("Frédérique Chave", "Frédérique CHAVE"),
    ("frederique chave", "Frédérique CHAVE"),
    ("Gérard Tardy", "Gérard TARDY"),
    ("Gerard TARDY", "Gérard TARDY"),
    ("Régis Cadegros", "Régis CADEGROS"),
    ("Stéphanie Calaciura", "Stéphanie CALACIURA"),
    ("Sémache", "Nadia SEMACHE"),
    ("Gaël Perdriau", "Gaël PERDRIAU"),
    ("Gael Perdriau", "Gaël PERDRIAU"),
    ("Jérôme Gabiaud", "Jérôme GABIAUD"),
    ("François Driol", "François DRIOL"),
    ("Luc François", "Luc FRANCOIS"),
    ("luc francois", "Luc FRANCOIS"),
    ("Guy Françon", "Guy FRANCON"),
    ("Fléchet", "Andonella FLECHET"),
    ("Berroukèche", "Nora BERROUKECHE"),
    # word order: surname first, as in lists and spreadsheets
    ("DEGRAIX Jean-Luc", "Jean-Luc DEGRAIX"),
    ("Degraix Jean Luc", "Jean-Luc DEGRAIX"),
    ("FAYOLLE Sylvie", "Sylvie FAYOLLE"),
    ("TARDIEU Marc", "Marc TARDIEU"),
    ("GONZALEZ GRAIL Ramona", "Ramona GONZALEZ GRAIL"),
    ("LAURENT Denis", "Denis LAURENT"),
    ("Denis Laurent", "Denis LAURENT"),
    ("Philippe Denis", "Philippe DENIS"),
    ("DENIS Philippe", "Philippe DENIS"),
    ("Christian Julien", "Christian JULIEN"),
    ("Julien Luya", "Julien LUYA"),
    # hyphens, spaces, compound and particle surnames
    ("MICHAUD-FARIGOULE", "Christiane MICHAUD-FARIGOULE"),
    ("michaud farigoule", "Christiane MICHAUD-FARIGOULE"),
    ("Michaudfarigoule", "Christiane MICHAUD-FARIGOULE"),
    ("Christiane Michaud-Farigoule", "Christiane MICHAUD-FARIGOULE"),
    ("Christiane Michaud", "Christiane MICHAUD-FARIGOULE"),
    ("Farigoule", "Christiane MICHAUD-FARIGOULE"),
    ("DA SILVA", "Jordan DA SILVA"),
    ("dasilva", "Jordan DA SILVA"),
    ("Da-Silva", "Jordan DA SILVA"),
    ("Jordan Da Silva", "Jordan DA SILVA"),
    ("Silva", "Jordan DA SILVA"),
    ("Jordan Silva", "Jordan DA SILVA"),
    ("Gonzalez Grail", "Ramona GONZALEZ GRAIL"),
    ("gonzalez-grail", "Ramona GONZALEZ GRAIL"),
    ("Gonzalez", "Ramona GONZALEZ GRAIL"),
    ("Ramona Gonzalez", "Ramona GONZALEZ GRAIL"),
    ("Jean Luc Degraix", "Jean-Luc DEGRAIX"),
    ("JeanLuc Degraix", "Jean-Luc DEGRAIX"),
    ("Marie Christine Thivant", "Marie-Christine THIVANT"),
    ("Jean-Philippe PORCHEROT", "Jean-Philippe PORCHEROT"),
    # initials
    ("J.-L. Degraix", "Jean-Luc DEGRAIX"),
    ("J.L. DEGRAIX", "Jean-Luc DEGRAIX"),
    ("M. J.L. DEGRAIX", "Jean-Luc DEGRAIX"),
    ("JL Degraix", "Jean-Luc DEGRAIX"),
    ("J. Degraix", "Jean-Luc DEGRAIX"),
    ("DEGRAIX J.-L.", "Jean-Luc DEGRAIX"),
    ("Jean-Luc D.", "Jean-Luc DEGRAIX"),
    ("J.-L. Basson", "Jean-Luc BASSON"),
    ("P. Michaud", "Patrick MICHAUD"),
    ("C. Michaud", "Christiane MICHAUD-FARIGOULE"),
    ("M.-C. Thivant", "Marie-Christine THIVANT"),
    ("MC Thivant", "Marie-Christine THIVANT"),
    ("JA Barrier", "Jean-Alain BARRIER"),
    ("J.-P. Rivat", "Jean-Paul RIVAT"),
    ("S. Fayolle", "Sylvie FAYOLLE"),
    # a first name that only one member has
    ("Sylvie", "Sylvie FAYOLLE"),
    ("sylvie", "Sylvie FAYOLLE"),
    ("Andonella", "Andonella FLECHET"),
    ("Kamel", "Kamel BOUCHOU"),
    ("Frédéric", "Frédéric DURAND"),
    ("Luc", "Luc FRANCOIS"),
    ("Marie-Christine", "Marie-Christine THIVANT"),
    ("Jean-Claude", "Jean-Claude FLACHAT"),
    ("Philippe", "Philippe DENIS"),
    # a part or a diminutive of a first name, with or without the surname
    ("Jean Degraix", "Jean-Luc DEGRAIX"),
    ("Luc Degraix", "Jean-Luc DEGRAIX"),
    ("Fred Durand", "Frédéric DURAND"),
    ("Steph Calaciura", "Stéphanie CALACIURA"),
    ("Steph", "Stéphanie CALACIURA"),
    # last name alone
    ("Tardy", "Gérard TARDY"),
    ("Tardieu", "Marc TARDIEU"),
    ("Chave", "Frédérique CHAVE"),
    ("Chavanne", "Marc CHAVANNE"),
    ("Durand", "Frédéric DURAND"),
    ("Laurent", "Denis LAURENT"),
    ("Bouchet", "Patrick BOUCHET"),
    ("Bouchou", "Kamel BOUCHOU"),
    ("Bony", "Vincent BONY"),
    ("Bonnet", "Bernard BONNET"),
    ("Flachat", "Jean-Claude FLACHAT"),
    # typos in a surname: missing, doubled, swapped letters, sound-alike spellings
    ("Degrax", "Jean-Luc DEGRAIX"),
    ("Degriax", "Jean-Luc DEGRAIX"),
    ("Degreix", "Jean-Luc DEGRAIX"),
    ("Mouseghan", "Aline MOUSEGHIAN"),
    ("Mousseghian", "Aline MOUSEGHIAN"),
    ("Fayole", "Sylvie FAYOLLE"),
    ("Chassaubenne", "Marc CHASSAUBENE"),
    ("Chassaubène", "Marc CHASSAUBENE"),
    ("Perrache", "Gilles PERACHE"),
    ("Thisy", "Gilles THIZY"),
    ("Gandillon", "Michel GANDILHON"),
    ("Porcherau", "Jean-Philippe PORCHEROT"),
    ("Lecoq", "Yves LECOCQ"),
    ("Labiche", "Siham LABICH"),
    ("Bonnefoi", "Cyrille BONNEFOY"),
    ("Charbonier", "André CHARBONNIER"),
    ("Duceschi", "Christian DUCCESCHI"),
    ("Favergeon", "Christophe FAVERJON"),
    ("Calaciuria", "Stéphanie CALACIURA"),
    ("Tardieux", "Marc TARDIEU"),
    ("Michaud-Farigoulle", "Christiane MICHAUD-FARIGOULE"),
    ("Gonzales Grail", "Ramona GONZALEZ GRAIL"),
    # a typo in a first name that sounds the same
    ("Silvie", "Sylvie FAYOLLE"),
    ("Stefanie", "Stéphanie CALACIURA"),
    # full names with a typo in either part
    ("Jean-Luc Degrax", "Jean-Luc DEGRAIX"),
    ("Sylvie Fayole", "Sylvie FAYOLLE"),
    ("Aline Mouseghan", "Aline MOUSEGHIAN"),
    ("Marc Chassaubenne", "Marc CHASSAUBENE"),
    ("Jaen-Luc Degraix", "Jean-Luc DEGRAIX"),
    ("Cristian Julien", "Christian JULIEN"),
    ("Christain Servant", "Christian SERVANT"),
    ("DEGRAX Jean-Luc", "Jean-Luc DEGRAIX"),
    # civility narrows a shared surname
    ("Mme Michaud", "Christiane MICHAUD-FARIGOULE"),
    ("M. Michaud", "Patrick MICHAUD"),
    ("Patrick Michaud", "Patrick MICHAUD"),
    # one word after a civility is a surname, even when others bear it as a first name
    ("M. Denis", "Philippe DENIS"),
    ("Monsieur Julien", "Christian JULIEN"),
    ("M. François", "Luc FRANCOIS"),
    # noise around the name
    ("<b>Degraix</b>", "Jean-Luc DEGRAIX"),
    ("  DEGRAIX,  Jean-Luc  ", "Jean-Luc DEGRAIX"),
    ("Degraix ?", "Jean-Luc DEGRAIX"),
    ("Monsieur le vice-président Degraix", "Jean-Luc DEGRAIX"),
    ("Degraix &amp;", "Jean-Luc DEGRAIX"),
]


@pytest.mark.parametrize(("query", "expected"), FOUND)
def test_found(index: NameIndex, query: str, expected: str) -> None:
    result = index.resolve(query)
    assert result.status == "found", (query, labels(result))
    assert result.member is not None
    assert label(result.member) == expected


# (typed, the members that fit, best first where the order matters).
AMBIGUOUS = [
    (
        "Gilles",
        ["Gilles ARTIGUES", "Gilles BOUDARD", "Gilles PERACHE", "Gilles THIZY"],
    ),
    ("gilles", ["Gilles ARTIGUES", "Gilles BOUDARD", "Gilles PERACHE", "Gilles THIZY"]),
    ("Michaud", ["Patrick MICHAUD", "Christiane MICHAUD-FARIGOULE"]),
    (
        "Marc",
        ["Marc CHASSAUBENE", "Marc CHAVANNE", "Marc JANDOT", "Marc TARDIEU"],
    ),
    (
        "Christian",
        ["Christian DUCCESCHI", "Christian JOUVE", "Christian JULIEN", "Christian SERVANT"],
    ),
    ("Christiane", ["Christiane BARAILLER", "Christiane MICHAUD-FARIGOULE"]),
    ("Bernard", ["Bernard BONNET", "Bernard LAGET"]),
    ("Patrick", ["Patrick BOUCHET", "Patrick MICHAUD"]),
    ("Yves", ["Yves LECOCQ", "Yves MORAND"]),
    ("Jean-Luc", ["Jean-Luc BASSON", "Jean-Luc DEGRAIX"]),
    ("jean luc", ["Jean-Luc BASSON", "Jean-Luc DEGRAIX"]),
    # the surname DENIS and the first name Denis; the surname first
    ("Denis", ["Philippe DENIS", "Denis BARRIOL", "Denis LAURENT"]),
    ("Julien", ["Christian JULIEN", "Julien LUYA"]),
    ("François", ["Luc FRANCOIS", "François DRIOL"]),
    # a diminutive shared by several first names
    ("Fred", ["Frédérique CHAVE", "Frédéric DURAND"]),
    (
        "Jean",
        [
            "Jean-Alain BARRIER",
            "Jean-Luc BASSON",
            "Jean-Luc DEGRAIX",
            "Jean-Claude FLACHAT",
            "Jean-Philippe PORCHEROT",
            "Jean-Paul RIVAT",
            "Jean-Marc SARDAT",
        ],
    ),
]


@pytest.mark.parametrize(("query", "expected"), AMBIGUOUS)
def test_ambiguous(index: NameIndex, query: str, expected: list[str]) -> None:
    result = index.resolve(query)
    assert result.status == "ambiguous", (query, labels(result))
    assert result.member is None
    assert labels(result) == expected


def test_ambiguous_keeps_at_most_eight() -> None:
    """Twelve homonyms are still ambiguous, but the caller gets a short list to show."""
    twelve = NameIndex(Candidate(n, "M.", "Jean", f"MARTIN{'X' * n}") for n in range(1, 13))
    result = twelve.resolve("Jean")
    assert result.status == "ambiguous"
    assert len(result.candidates) == 8


# Common French surnames that are none of the 67 and not one typing slip away from one: no
# Martin↔Martial, no Durand (a member), no Bernard/Robert/Denis/Laurent/Michel/David/Vincent
# (members' first or last names), no Boucher-like cases that sound as a member does.
_STRANGERS = """
Martin Thomas Petit Richard Dubois Moreau Simon Lefebvre Leroy Roux Bertrand Morel Fournier
Girard Dupont Lambert Fontaine Rousseau Muller Faure Mercier Blanc Guerin Boyer Garnier
Chevalier Legrand Gauthier Garcia Perrin Robin Clement Morin Nicolas Henry Roussel Mathieu
Masson Marchand Duval Boucher Besson Rivet Leclerc Lopez Benoit Dumas Lacroix
"""
STRANGERS = _STRANGERS.split()


@pytest.mark.parametrize("query", STRANGERS)
def test_strangers_are_unknown(index: NameIndex, query: str) -> None:
    result = index.resolve(query)
    assert result == Resolution("unknown", ()), (query, labels(result))


@pytest.mark.parametrize(
    "query",
    [
        "Macron",
        "Emmanuel Macron",
        "xyz",
        "",
        "   ",
        "M.",
        "Mme",
        "?",
        "12345",
        "J.",
        "Pierre Durand",  # a stranger who shares a member's surname
        "DURAND Pierre",
        "Gilles Martin",
        "Julie",  # a first name in its own right, not a slip for JULIEN or Julien
        "Degraix Gilles",  # two members' names that contradict each other
        "Boucher",  # one letter from BOUCHET, but a common surname of its own
        "Flachet",  # halfway between FLACHAT and FLECHET: neither is a single slip away
        "x" * 4000,
        "Degraix " * 500,
        "<script>alert('x')</script>",
        "<b></b>",
        "&lt;&gt;",
        "Fayolle &amp; co",  # « co » could be a name: it is not dropped to make a match
    ],
)
def test_nobody_fits(index: NameIndex, query: str) -> None:
    assert index.resolve(query).status == "unknown"


def test_exact_full_name_wins_over_neighbours() -> None:
    """A full name typed exactly is found even if a homophone or a typo neighbour exists."""
    members = [
        Candidate(1, "M.", "Christian", "JULIEN"),
        Candidate(2, "Mme", "Christiane", "JULIEN"),
        Candidate(3, "M.", "Christian", "JULLIEN"),
    ]
    index = NameIndex(members)
    assert index.resolve("Christian Julien").member == members[0]
    assert index.resolve("Christiane Julien").member == members[1]


def test_sound_alike_surnames_stay_ambiguous_and_exact_comes_first() -> None:
    """« Michaud » with both MICHAUD and MICHAUX: the user may not know the spelling."""
    members = [Candidate(1, "M.", "Paul", "MICHAUX"), Candidate(2, "M.", "Luc", "MICHAUD")]
    result = NameIndex(members).resolve("Michaud")
    assert result.status == "ambiguous"
    assert [c.member_id for c in result.candidates] == [2, 1]


def test_exact_surname_beats_a_typo_neighbour(index: NameIndex) -> None:
    """TARDY is exact, TARDIEU two letters away: clearly worse, so TARDY is found alone."""
    assert index.resolve("Tardy").candidates == (index.resolve("Gérard Tardy").member,)


def test_member_is_none_unless_found(index: NameIndex) -> None:
    assert index.resolve("Gilles").member is None
    assert index.resolve("Dupont").member is None
    found = index.resolve("Degraix")
    assert found.member is found.candidates[0]


def test_member_without_first_name_or_civility() -> None:
    members = [Candidate(7, None, None, "VAN DE WALLE"), Candidate(8, None, "Anne", "LE GALL")]
    index = NameIndex(members)
    assert index.resolve("van de walle").member == members[0]
    assert index.resolve("Vandewalle").member == members[0]
    assert index.resolve("Walle").member == members[0]
    assert index.resolve("Anne Le Gall").member == members[1]
    assert index.resolve("Gall").member == members[1]
    assert index.resolve("Le").status == "unknown"  # a particle alone names nobody


# (sentence, expected status, expected members in reading order)
IN_TEXT = [
    ("qui a donné pouvoir à Degraix ?", "found", ["Jean-Luc DEGRAIX"]),
    (
        "je donne pouvoir à Jean-Luc Degraix pour le bureau du 4 juillet",
        "found",
        ["Jean-Luc DEGRAIX"],
    ),
    (
        "Je donne pouvoir à M. J.-L. Degraix pour la séance du 2024-07-04.",
        "found",
        ["Jean-Luc DEGRAIX"],
    ),
    (
        "Pouvoir à Mme Michaud pour le conseil du 04/07/2024",
        "found",
        ["Christiane MICHAUD-FARIGOULE"],
    ),
    ("M. Denis était là au dernier bureau ?", "found", ["Philippe DENIS"]),
    (
        "Denis était là au dernier bureau ?",
        "ambiguous",
        ["Philippe DENIS", "Denis BARRIOL", "Denis LAURENT"],
    ),
    ("qui a donné pouvoir à degrax ?", "found", ["Jean-Luc DEGRAIX"]),
    ("Qui a le pouvoir de Fayole jeudi ?", "found", ["Sylvie FAYOLLE"]),
    ("Est-ce que Sylvie peut prendre mon pouvoir ?", "found", ["Sylvie FAYOLLE"]),
    (
        "Bonjour, je voudrais donner mon pouvoir à DA SILVA Jordan pour le jeudi 4 juillet 2024.",
        "found",
        ["Jordan DA SILVA"],
    ),
    ("j'ai donné procuration à Marc Tardieu", "found", ["Marc TARDIEU"]),
    ("<b>Degraix</b> est absent", "found", ["Jean-Luc DEGRAIX"]),
    ("pouvoir à fred durand svp", "found", ["Frédéric DURAND"]),
    (
        "procuration à Gilles",
        "ambiguous",
        ["Gilles ARTIGUES", "Gilles BOUDARD", "Gilles PERACHE", "Gilles THIZY"],
    ),
    ("Artigues donne pouvoir à Degraix", "ambiguous", ["Gilles ARTIGUES", "Jean-Luc DEGRAIX"]),
    (
        "M. Gilles ARTIGUES donne pouvoir à M. Jean-Luc DEGRAIX",
        "ambiguous",
        ["Gilles ARTIGUES", "Jean-Luc DEGRAIX"],
    ),
    (
        "pouvoir de Christiane Michaud-Farigoule à Nadia Sémache",
        "ambiguous",
        ["Christiane MICHAUD-FARIGOULE", "Nadia SEMACHE"],
    ),
    ("je donne pouvoir à Pierre Durand", "unknown", []),
    ("je donne pouvoir à pierre durand", "unknown", []),
    ("Gilles Martin sera absent", "unknown", []),
    ("je serai absent durant le conseil", "unknown", []),
    ("le char est en panne", "unknown", []),
    ("rien à voir", "unknown", []),
    ("", "unknown", []),
]


@pytest.mark.parametrize(("text", "status", "expected"), IN_TEXT)
def test_find_in_text(index: NameIndex, text: str, status: str, expected: list[str]) -> None:
    result = index.find_in_text(text)
    assert (result.status, labels(result)) == (status, expected)


def test_find_in_text_on_a_whole_deliberation(index: NameIndex) -> None:
    """The body of the sample (4,000+ characters of French prose) names nobody."""
    body = SAMPLE.read_text(encoding="utf-8").split("DELIBERATION DU BUREAU METROPOLITAIN")[1]
    assert len(body) > 4000
    assert index.find_in_text(body).status == "unknown"
    assert index.find_in_text(body.lower()).status == "unknown"
    assert index.find_in_text("lorem ipsum " * 400).status == "unknown"


def test_find_in_text_in_the_attendance_block_names_members(index: NameIndex) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    block = text.split("Pouvoirs :")[1].split("RECU EN")[0]
    result = index.find_in_text(block)
    assert result.status == "ambiguous"
    assert labels(result)[:2] == ["Gilles ARTIGUES", "Jean-Luc DEGRAIX"]


def test_names_are_folded_once_at_build(monkeypatch: pytest.MonkeyPatch) -> None:
    """resolve folds the query only: nothing of the members is folded again per query."""
    index = NameIndex(load_members())
    calls: list[str] = []
    import bot.services.names as module

    def counting_fold(text: str) -> str:
        calls.append(text)
        return fold(text)

    monkeypatch.setattr(module, "fold", counting_fold)
    index.resolve("Jean-Luc Degrax")
    assert calls == ["Jean-Luc Degrax"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Rivet", ["Jean-Paul RIVAT"]),  # one letter changed: refused, yet near
        ("Bergar", ["Françoise BERGER"]),
    ],
)
def test_a_surname_a_slip_away_is_near_though_not_found(
    index: NameIndex, typed: str, expected: list[str]
) -> None:
    assert index.resolve(typed).status == "unknown"
    assert [label(c) for c in index.near(typed)] == expected


@pytest.mark.parametrize("typed", ["Zorglub", "Durandal", "juillet", "Roanne"])
def test_a_word_near_no_surname_is_near_nobody(index: NameIndex, typed: str) -> None:
    assert index.near(typed) == ()
