"""Families a blind probe of invented documents (syndicats, SDIS, CCAS, offices, régions) found
read wrong: the represented members under a board's own word (« Administrateurs représentés : »,
« Membre représenté : »), a proxy said from the holder's side (« M. X est porteur du pouvoir de
Mme Y »), « M. le Maire, Président » noted absent while a vice-president chairs, and the roll
call as a table of two columns, a cue and its names (« | Présents | M. X, Mme Y | »)."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from storage.parsing.office import office_text
from storage.parsing.pdf import read_document_text
from tests.documents import printed
from tests.layout_documents import docx, wrapped_table_pdf

HEAD = (
    "CENTRE COMMUNAL D'ACTION SOCIALE DE SAINT-PAUL-DES-BOIS\n"
    "Procès-verbal du conseil d'administration du 12 mars 2025\n"
    "Le conseil d'administration s'est réuni sous la présidence de Mme Rose LAFAGE, "
    "vice-présidente.\n"
)
PRESENT = (
    "Présents : Mme Rose LAFAGE, M. Henri COSTE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
)
SECRETARY = "Secrétaire de séance : Mme Anne BOIS\n"
VOTED = "\nDélibération n° 2025-011 : Aides facultatives\nAdopté à l'unanimité.\n"


def proxies(extract: Extract) -> list[tuple[str, str]]:
    return sorted((p.giver.last_name, p.holder.last_name) for p in extract.proxies)


def surnames(people: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(p.last_name for p in people)


# -- A. the represented members under a board's own word ---------------------------------------

REPRESENTED = [
    "Administrateurs représentés : Mme Nina ROUX (pouvoir à M. Luc MARTY), "
    "M. Jean PERRIN (pouvoir à Mme Rose LAFAGE).\n",
    "Membres représentés : Mme Nina ROUX par M. Luc MARTY, M. Jean PERRIN par Mme Rose LAFAGE\n",
    "Délégués représentés :\n- Mme Nina ROUX (pouvoir à M. Luc MARTY)\n"
    "- M. Jean PERRIN (pouvoir à Mme Rose LAFAGE)\n",
    "Conseillers municipaux représentés : Mme Nina ROUX, pouvoir donné à M. Luc MARTY ; "
    "M. Jean PERRIN, pouvoir donné à Mme Rose LAFAGE\n",
    "Etaient représentés : Mme Nina ROUX (pouvoir à M. Luc MARTY), "
    "M. Jean PERRIN (pouvoir à Mme Rose LAFAGE)\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_one_member_represented_singular_cue(shape: str) -> None:
    text = (
        HEAD
        + PRESENT
        + "Membre représenté : M. Jean PERRIN, pouvoir donné à M. Luc MARTY.\n"
        + SECRETARY
        + VOTED
    )
    extract = parse_extract(printed(text, shape))
    assert proxies(extract) == [("PERRIN", "MARTY")]


# -- B. a proxy said from the holder's side ----------------------------------------------------

CARRIES = [
    "M. Luc MARTY est porteur du pouvoir de Mme Nina ROUX.\n"
    "Mme Rose LAFAGE est porteuse du pouvoir de M. Jean PERRIN.\n",
    "M. Luc MARTY détient la procuration de Mme Nina ROUX. "
    "Mme Rose LAFAGE détient la procuration de M. Jean PERRIN.\n",
    "M. Luc MARTY a reçu pouvoir de Mme Nina ROUX ; Mme Rose LAFAGE a reçu pouvoir de "
    "M. Jean PERRIN.\n",
    "M. Luc MARTY est détenteur du mandat de Mme Nina ROUX.\nMme Rose LAFAGE est détentrice "
    "du mandat de M. Jean PERRIN.\n",
    # typed without its cedilla
    "M. Luc MARTY recoit pouvoir de Mme Nina ROUX. Mme Rose LAFAGE recoit pouvoir de "
    "M. Jean PERRIN.\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", REPRESENTED + CARRIES)
def test_two_proxies_said_otherwise(said: str, shape: str) -> None:
    """« Administrateurs représentés : Mme X (pouvoir à M. Y) », « M. X est porteur du pouvoir
    de Mme Y » after the presents: two proxies, the givers no presents, the presents as
    listed."""
    text = HEAD + PRESENT + said + "Absents : M. Guy FERRY\n" + SECRETARY + VOTED
    extract = parse_extract(printed(text, shape))
    assert proxies(extract) == [("PERRIN", "LAFAGE"), ("ROUX", "MARTY")]
    assert surnames(extract.present) == ["BOIS", "COSTE", "LAFAGE", "MARTY", "VIGNE"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


def test_a_proxy_from_the_holders_side_surname_first() -> None:
    said = (
        "MARTY Luc est porteur du pouvoir de ROUX Nina.\n"
        "LAFAGE Rose dispose du pouvoir de PERRIN Jean.\n"
    )
    extract = parse_extract(HEAD + PRESENT + said + SECRETARY + VOTED)
    assert proxies(extract) == [("PERRIN", "LAFAGE"), ("ROUX", "MARTY")]


def test_a_sentence_about_a_power_of_the_chair_is_no_proxy() -> None:
    """« Le Maire détient le pouvoir de police » names no giver: no proxy."""
    text = (
        HEAD + PRESENT + SECRETARY + "\nDélibération n° 2025-011 : Police municipale\n"
        "Le Maire détient le pouvoir de police du maire. Adopté à l'unanimité.\n"
    )
    assert parse_extract(text).proxies == []


# -- C. the office's holder noted absent while a vice-president chairs -------------------------

ABSENT_ROLE = [
    "Absents excusés : M. le Maire, Président ; Mme Josette ILLY\n",
    "Excusés : Monsieur le Président, Mme Josette ILLY\n",
    "Absents : M. le Maire (excusé), Mme Josette ILLY\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("absent", ABSENT_ROLE)
def test_the_office_holder_absent_is_not_the_chair(absent: str, shape: str) -> None:
    """« Excusés : M. le Maire, Président » while Mme LAFAGE, vice-president, presides and is
    present: the Maire is someone the document does not name, never Mme LAFAGE absent too."""
    text = HEAD + PRESENT + absent + SECRETARY + VOTED
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == "LAFAGE"
    assert "LAFAGE" not in surnames(extract.absent + extract.absent_excused)
    assert "ILLY" in surnames(extract.absent + extract.absent_excused)
    assert "absent_role_unnamed" in [f.code for f in extract.findings]


def test_the_chair_named_by_role_in_the_presents_is_still_resolved() -> None:
    """« Présents : M. le Maire, … » with the Maire named as president: the role is him."""
    text = (
        "COMMUNE DE SAINT-PAUL-DES-BOIS\nProcès-verbal du conseil municipal du 12 mars 2025\n"
        "Sous la présidence de M. Henri COSTE, Maire.\n"
        "Présents : M. le Maire, Mme Rose LAFAGE, M. Paul VIGNE\nAbsent : M. Guy FERRY\n"
        + SECRETARY
        + VOTED
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE"]
    assert "absent_role_unnamed" not in [f.code for f in extract.findings]


# -- D. the roll call as a table: a cue, then its names ----------------------------------------

LABELLED = [
    ("Présents", "M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS"),
    ("Pouvoirs", "Mme Nina ROUX à M. Paul VIGNE"),
    ("Absents excusés", "M. Guy FERRY, Mme Léa HUGO"),
    ("Secrétaire de séance", "Mme Anne BOIS"),
]
TOP = (
    "COMMUNE DE SAINT-PAUL-DES-BOIS\nConseil municipal du 12 mars 2025\n"
    "Sous la présidence de M. Henri COSTE, Maire.\n"
)


def _roll_call_read(extract: Extract) -> None:
    assert surnames(extract.present) == ["BOIS", "COSTE", "LAFAGE", "VIGNE"]
    assert proxies(extract) == [("ROUX", "VIGNE")]
    assert surnames(extract.absent_excused + extract.absent) == ["FERRY", "HUGO"]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "BOIS"
    assert extract.represented == []


@pytest.mark.parametrize("framed", [True, False])
def test_a_roll_call_table_in_text(framed: bool) -> None:
    """« | Présents | M. X, … | » one row a cue: read as « Présents : M. X, … »."""
    rows = "".join(
        f"| {label} | {names} |\n" if framed else f"{label} | {names}\n"
        for label, names in LABELLED
    )
    _roll_call_read(parse_extract(TOP + rows + VOTED))


def test_a_roll_call_table_in_a_web_page() -> None:
    rows = "".join(f"<tr><th>{label}</th><td>{names}</td></tr>" for label, names in LABELLED)
    page = (
        "<html><body><h1>Commune de Saint-Paul-des-Bois</h1><h2>Conseil municipal du 12 mars "
        "2025</h2><p>Sous la présidence de M. Henri COSTE, Maire.</p>"
        f"<table>{rows}</table><h3>Délibération n° 2025-011 : Aides facultatives</h3>"
        "<p>Adopté à l'unanimité.</p></body></html>"
    ).encode()
    _roll_call_read(parse_extract(office_text(Path("cr.html"), page)))


def test_a_roll_call_table_in_a_word_document() -> None:
    data = docx(TOP, [[label, names] for label, names in LABELLED], VOTED)
    _roll_call_read(parse_extract(office_text(Path("pv.docx"), data)))


def test_a_two_column_table_of_other_things_is_left_as_it_is() -> None:
    """« | Tarif | 12 € | » names no cue: no list is read from it."""
    text = TOP + "| Tarif plein | 12 € |\n| Tarif réduit | 8 € |\n" + VOTED
    extract = parse_extract(text)
    assert extract.present == []
    assert extract.proxies == []


# -- E. an item's vote as a row of labelled figures, no header ---------------------------------

VOTE_ROWS = [
    "| N° 2024-06-01 | Tarif de l'eau 2025 | Pour 8 | Contre 0 | Abstention 1 | Adopté |\n"
    "| N° 2024-06-02 | Travaux de renouvellement | Pour 6 | Contre 3 | Abstention 0 | Adopté |\n",
    "N° 2024-06-01 | Tarif de l'eau 2025 | Pour 8 | Contre 0 | Abstention 1 | Adopté\n"
    "N° 2024-06-02 | Travaux de renouvellement | Pour 6 | Contre 3 | Abstention 0 | Adopté\n",
    "2024-06-01 | Tarif de l'eau 2025 | Pour : 8 | Contre : 0 | Abst. 1\n"
    "2024-06-02 | Travaux de renouvellement | Pour : 6 | Contre : 3 | Abst. 0\n",
    "| Délibération n° 2024-06-01 | Tarif de l'eau 2025 | Votants 9 | Pour 8 | Contre 0 "
    "| Abstentions 1 |\n| Délibération n° 2024-06-02 | Travaux de renouvellement | Votants 9 "
    "| Pour 6 | Contre 3 | Abstentions 0 |\n",
]


@pytest.mark.parametrize("rows", VOTE_ROWS)
def test_an_items_vote_as_labelled_cells(rows: str) -> None:
    """« | 2024-06-01 | Tarif | Pour 8 | Contre 0 | Abstention 1 | »: the item, its title and
    its vote, 8 for, none against, 1 abstaining."""
    extract = parse_extract(TOP + PRESENT + SECRETARY + "\n" + rows)
    assert [(i.deliberation.number, i.deliberation.title) for i in extract.items] == [
        ("2024-06-01", "Tarif de l'eau 2025"),
        ("2024-06-02", "Travaux de renouvellement"),
    ]
    assert [
        (i.deliberation.votes_for, i.deliberation.votes_against, i.deliberation.abstentions)
        for i in extract.items
    ] == [
        (8, 0, 1),
        (6, 3, 0),
    ]


def test_a_row_with_one_labelled_figure_is_no_vote() -> None:
    """« | Tarif plein | Pour 2 personnes | 12 € | »: no vote read from it."""
    text = TOP + PRESENT + VOTED + "| Location de salle | Pour 2 | 12 € |\n"
    extract = parse_extract(text)
    assert [i.deliberation.votes_for for i in extract.items] == [None]


# -- F. the vice-president in the chair, said in the list of presents --------------------------

CHAIR_LINES = [
    "Présents :\nMme Rose LAFAGE, Vice-présidente, présidente de séance\nM. Henri COSTE\n"
    "M. Paul VIGNE\n",
    "Présents : Mme Rose LAFAGE, 1re vice-présidente, présidente de la séance, M. Henri COSTE, "
    "M. Paul VIGNE\n",
    "Présents : M. Henri COSTE, Mme Rose LAFAGE, Vice-présidente, présidant la séance, "
    "M. Paul VIGNE\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("roll", CHAIR_LINES)
def test_the_vice_president_chairing_named_in_the_presents(roll: str, shape: str) -> None:
    text = TOP.replace("Sous la présidence de M. Henri COSTE, Maire.\n", "") + roll + SECRETARY
    extract = parse_extract(printed(text + VOTED, shape))
    assert extract.president is not None
    assert extract.president.last_name == "LAFAGE"
    assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE"]


# -- G. a list's cue with its article: « Les délégués présents : » -----------------------------

ARTICLED = [
    "Les délégués présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE\n"
    "Les délégués absents : M. Guy FERRY\n",
    "Les membres présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE.\n"
    "Les membres excusés : M. Guy FERRY.\n",
    "Les conseillers présents :\nM. Henri COSTE\nMme Rose LAFAGE\nM. Paul VIGNE\n\n"
    "Les conseillers absents :\nM. Guy FERRY\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("roll", ARTICLED)
def test_a_cue_with_its_article(roll: str, shape: str) -> None:
    extract = parse_extract(printed(TOP + roll + SECRETARY + VOTED, shape))
    assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE"]
    assert surnames(extract.absent + extract.absent_excused) == ["FERRY"]


# -- H. the abstentions' figure after the verb's colon ----------------------------------------

COUNTED_VERBS = [
    ("Ont voté pour : 33\nOnt voté contre : 5 (groupe Ensemble)\nSe sont abstenus : 2\n", 2),
    ("Ont voté pour : 33\nOnt voté contre : 5\nS'est abstenu : 1 (M. Paul VIGNE)\n", 1),
    ("Votants : 40\nOnt voté pour : 33\nOnt voté contre : 5\nSe sont abstenues : 2\n", 2),
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("vote", "abstaining"), COUNTED_VERBS)
def test_abstentions_counted_after_the_verb(vote: str, abstaining: int, shape: str) -> None:
    text = (
        TOP
        + PRESENT
        + SECRETARY
        + "\nDélibération n° 2025-011\nObjet : Aides facultatives\n"
        + vote
        + "La délibération est adoptée.\n"
    )
    extract = parse_extract(printed(text, shape))
    voted = extract.items[0].deliberation
    assert (voted.votes_for, voted.votes_against, voted.abstentions) == (33, 5, abstaining)


# -- I. the sitting's date on the last line of a title of several ------------------------------

TITLED = [
    "PROCÈS-VERBAL DE LA RÉUNION DU CONSEIL D'ADMINISTRATION\nDU CENTRE INTERCOMMUNAL D'ACTION "
    "SOCIALE DES MONTS DU LYONNAIS\nMARDI DIX-SEPT JUIN DEUX MILLE VINGT-CINQ\n",
    "COMPTE RENDU DU COMITÉ SYNDICAL\nSYNDICAT MIXTE DES EAUX DU FOREZ\nMardi 17 juin 2025\n",
    "Procès-verbal de la séance\ndu Bureau communautaire\nde la communauté de communes du Pilat\n"
    "mardi 17/06/2025\n",
]


@pytest.mark.parametrize("title", TITLED)
def test_the_date_under_a_title_of_several_lines(title: str) -> None:
    """The date alone on the title's last line, the body named two lines above: the sitting's;
    the approval of an earlier sitting's minutes under it is never taken."""
    text = (
        title + "\nApprobation du procès-verbal de la séance du 15 avril 2025.\n"
        "Sous la présidence de Mme Rose LAFAGE.\nDate de convocation : 10 juin 2025\n"
        + PRESENT
        + SECRETARY
        + VOTED
    )
    extract = parse_extract(text)
    assert str(extract.sitting_date) == "2025-06-17"
    assert str(extract.convened_on) == "2025-06-10"


def test_a_date_under_a_sentence_is_not_the_title_s() -> None:
    """A date alone under a sentence (« … s'est réuni. » / « 17 juin 2025 ») is no title's."""
    text = (
        "Centre communal d'action sociale\nLe conseil d'administration s'est réuni.\n"
        "Fait à Saint-Paul, le 17 juin 2025\n" + PRESENT + SECRETARY + VOTED
    )
    assert parse_extract(text).sitting_date is None


# -- J. « Mme X, excusée, est représentée par M. Y » -------------------------------------------

STATUS_THEN_PROXY = [
    "Mme Nina ROUX, excusée, est représentée par M. Luc MARTY.\n",
    "Mme Nina ROUX, absente, était représentée par M. Luc MARTY.\n",
    "Mme Nina ROUX, empêchée, donne pouvoir à M. Luc MARTY.\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", STATUS_THEN_PROXY)
def test_a_status_between_the_giver_and_the_verb(said: str, shape: str) -> None:
    text = HEAD + PRESENT + said + "Absent excusé : M. Guy FERRY\n" + SECRETARY + VOTED
    extract = parse_extract(printed(text, shape))
    assert proxies(extract) == [("ROUX", "MARTY")]
    assert "ROUX" not in surnames(extract.present)
    assert all(p.last_name[:1].isupper() for p in extract.absent + extract.absent_excused)


# -- K. « à » damaged into « Ã » and a space ---------------------------------------------------


@pytest.mark.parametrize(
    "roll",
    [
        "Pouvoirs : Elodie JOUBERT Ã  Ã‰mile DUBOIS, Nina ROUX Ã  Luc MARTY.\n",
        "Absents : Elodie JOUBERT (pouvoir Ã  Ã‰mile DUBOIS), Nina ROUX (pouvoir Ã  Luc MARTY)\n",
    ],
)
def test_a_grave_damaged_into_a_tilde_and_a_space(roll: str) -> None:
    """UTF-8 read as cp1252, its no-break space made a space: « Ã  » is « à »."""
    text = (
        "COMMUNE DE CHATEAUNEUF\nSÃ©ance du conseil municipal du 5 mars 2024\n"
        "PrÃ©sents : Ã‰mile DUBOIS, Luc MARTY, Anne BOIS\n"
        + roll
        + "SecrÃ©taire : Anne BOIS\nDÃ©libÃ©ration nÂ° 2024-12 : Tarifs â€“ adoptÃ©e Ã  "
        "l'unanimitÃ©.\n"
    )
    extract = parse_extract(text)
    assert proxies(extract) == [("JOUBERT", "DUBOIS"), ("ROUX", "MARTY")]
    assert extract.represented == []


# -- L. the members in office named by their kind, an absent count in the singular ------------

COUNT_LINES = [
    "Nombre de conseillers départementaux : 34 — Présents : 30 — Pouvoirs : 3 — Absent : 1\n",
    "Nombre de délégués : 34\nPrésents : 30\nPouvoirs : 3\nAbsent : 1\n",
    "Nombre de conseillers municipaux : 34 - Présents : 30 - Procurations : 3 - Absent : 1\n",
    "Nombre de membres du comité syndical : 34\nPrésents : 30\nPouvoirs : 3\nAbsent : 1\n",
    "Membres du conseil d'administration : 34 ; Présents : 30 ; Pouvoirs : 3 ; Absent : 1\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("counts", COUNT_LINES)
def test_members_in_office_named_by_their_kind(counts: str, shape: str) -> None:
    extract = parse_extract(printed(TOP + counts + PRESENT + SECRETARY + VOTED, shape))
    read = extract.counts
    assert (read.in_office, read.present, read.proxies, read.absent) == (34, 30, 3, 1)


def test_a_count_of_the_presents_named_by_their_kind_is_no_count_in_office() -> None:
    """« Nombre de conseillers présents : 30 » is the presents, never the members in office."""
    counts = "Nombre de conseillers présents : 30\nNombre de votants : 33\n"
    read = parse_extract(TOP + counts + PRESENT + SECRETARY + VOTED).counts
    assert (read.in_office, read.present, read.votes) == (None, 30, 33)


# -- M. a compound first name's initials run together (« JC. ÉPINAT ») -------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_initials_run_together_are_a_first_name(shape: str) -> None:
    """« JC. ÉPINAT », « JP. HILAIRE »: the surname is ÉPINAT, never « JC. ÉPINAT »."""
    text = (
        TOP + "Présents : J.-C. COSTE, JC. ÉPINAT, M. MC. LAFAGE, M. Paul VIGNE\n"
        "Pouvoirs : JP. HILAIRE à JC. ÉPINAT ; M.-F. GIRON à J.-C. COSTE\n" + SECRETARY + VOTED
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE", "ÉPINAT"]
    assert proxies(extract) == [("GIRON", "COSTE"), ("HILAIRE", "ÉPINAT")]
    assert [p.first_name for p in extract.present if p.last_name == "ÉPINAT"] == ["JC."]


def test_run_together_initials_match_their_first_name() -> None:
    from storage.names import first_names_compatible, parse_person

    assert parse_person("JC. ÉPINAT").last_name == "ÉPINAT"
    assert parse_person("EPINAT JC.").first_name == "JC."
    assert first_names_compatible("JC.", "Jean-Claude")
    assert not first_names_compatible("JC.", "Jean-Pierre")
    assert parse_person("M. NG Paul").last_name == "NG"  # two capitals without a dot: a surname


# -- N. « Etaient réunis : » opening the presents ---------------------------------------------

GATHERED = [
    "Membres titulaires : 20  Etaient réunis : 3  Nombre de votants : 4\n"
    "Etaient réunis : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE\n",
    "Étaient réunis : COSTE Henri, LAFAGE Rose, VIGNE Paul\n",
    "Étaient réunis les membres suivants : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE\n",
    "ETAIENT REUNIS :\nM. Henri COSTE\nMme Rose LAFAGE\nM. Paul VIGNE\n\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("roll", GATHERED)
def test_gathered_members_are_the_presents(roll: str, shape: str) -> None:
    text = TOP + roll + "Absent : M. Guy FERRY\n" + SECRETARY + VOTED
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE"]
    assert surnames(extract.absent) == ["FERRY"]


def test_gathered_as_a_count_stays_a_count() -> None:
    text = TOP + "Etaient réunis : 3\n" + PRESENT + SECRETARY + VOTED
    extract = parse_extract(text)
    assert extract.counts.present == 3
    assert surnames(extract.present) == ["BOIS", "COSTE", "LAFAGE", "MARTY", "VIGNE"]


# -- O. « Avaient donné délégation de vote : X à Y, Z à W » ------------------------------------

DELEGATED = [
    "Avaient donné délégation de vote : Mme Nina ROUX à M. Luc MARTY, M. Jean PERRIN à "
    "Mme Rose LAFAGE\n",
    "Avait donné délégation de vote : Mme Nina ROUX à M. Luc MARTY ; M. Jean PERRIN à "
    "Mme Rose LAFAGE\n",
    "AVAIENT DONNÉ DÉLÉGATION DE VOTE :\n- Mme Nina ROUX à M. Luc MARTY\n- M. Jean PERRIN à "
    "Mme Rose LAFAGE\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", DELEGATED)
def test_delegations_of_vote_given(said: str, shape: str) -> None:
    text = TOP + PRESENT + said + SECRETARY + VOTED
    extract = parse_extract(printed(text, shape))
    assert proxies(extract) == [("PERRIN", "LAFAGE"), ("ROUX", "MARTY")]
    assert surnames(extract.present) == ["BOIS", "COSTE", "LAFAGE", "MARTY", "VIGNE"]


# -- P. absent lists under compound or plural headings -----------------------------------------

NOT_REPRESENTED = [
    "Excusés : MARCHAL Rose, BENOIT Yves\nAbsent(s) non représenté(s) : TANG Léo, ROYER Inès\n",
    "Excusés : Mme Rose MARCHAL, M. Yves BENOIT\nAbsente(s) non excusée(s) : M. Léo TANG, "
    "Mme Inès ROYER\n",
]


MIXED = [
    "Absents et absent(s) excusé(s) : Rose MARCHAL (excusée), Yves BENOIT (excusé), Léo TANG, "
    "Inès ROYER (4)\n",
    "Absents ou excusés : Mme Rose MARCHAL (excusée), M. Léo TANG, M. Yves BENOIT (excusé), "
    "Mme Inès ROYER\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("lists", NOT_REPRESENTED + MIXED)
def test_absents_under_compound_headings(lists: str, shape: str) -> None:
    """« Absent(s) non représenté(s) : » after the excused is a list of its own (it was glued
    into the last excused name); « Absents et excusés : A (excusée), C »: A excused, C absent."""
    extract = parse_extract(printed(TOP + PRESENT + lists + SECRETARY + VOTED, shape))
    assert surnames(extract.absent_excused) == ["BENOIT", "MARCHAL"]
    assert surnames(extract.absent) == ["ROYER", "TANG"]
    assert sorted(p.first_name or "" for p in extract.absent_excused) == ["Rose", "Yves"]


def test_a_mixed_heading_without_notes_stays_excused() -> None:
    lists = "Absents et excusés : Mme Rose MARCHAL, M. Léo TANG\n"
    extract = parse_extract(TOP + PRESENT + lists + SECRETARY + VOTED)
    assert surnames(extract.absent_excused) == ["MARCHAL", "TANG"]
    assert extract.absent == []


# -- Q. a roll-call table whose holder column prints « - » for nobody ---------------------------

NOBODY_MARKS = ["-", "—", "/", "néant", "Sans objet"]


@pytest.mark.parametrize("mark", NOBODY_MARKS)
def test_a_holder_cell_naming_nobody(mark: str) -> None:
    """« | M. Henri COSTE | Maire | Présent | - | »: present, no proxy (the presents were all
    read as excused members giving a proxy to « - »)."""
    rows = [
        ["Nom", "Qualité", "Présence", "Pouvoir donné à"],
        ["M. Henri COSTE", "Maire", "Présent", mark],
        ["Mme Rose LAFAGE", "Adjointe", "Présente", mark],
        ["M. Paul VIGNE", "Conseiller municipal", "Présent", mark],
        ["Mme Nina ROUX", "Conseillère municipale", "Excusée", "M. Paul VIGNE"],
        ["M. Guy FERRY", "Conseiller municipal", "Absent", mark],
    ]
    for text in (
        office_text(Path("pv.docx"), docx(TOP, rows, VOTED)),
        TOP + "".join("| " + " | ".join(row) + " |\n" for row in rows) + VOTED,
    ):
        extract = parse_extract(text)
        assert surnames(extract.present) == ["COSTE", "LAFAGE", "VIGNE"]
        assert proxies(extract) == [("ROUX", "VIGNE")]
        assert surnames(extract.absent) == ["FERRY"]


# -- R. a relevé table in a PDF, titles wrapping in their cells, a figure a vote's column ------

RELEVE_ROWS = [
    ["2025-011", "Tarifs de la piscine\nmunicipale pour la saison\nestivale 2025", "Adopté",
     "14", "2", "1"],
    ["2025-012", "Convention", "Adopté", "17", "0", "0"],
    ["2025-013", "Subvention exceptionnelle\nà l'association des\nparents d'élèves", "Adopté",
     "15", "0", "2"],
]  # fmt: skip
RELEVE_READ = [
    ("2025-011", "Tarifs de la piscine municipale pour la saison estivale 2025", 14, 2, 1),
    ("2025-012", "Convention", 17, 0, 0),
    ("2025-013", "Subvention exceptionnelle à l'association des parents d'élèves", 15, 0, 2),
]


@pytest.mark.parametrize("decision", [True, False])
@pytest.mark.parametrize("align", ["top", "middle", "bottom"])
def test_a_releve_table_in_a_pdf_with_wrapped_titles(
    align: str, decision: bool, tmp_path: Path
) -> None:
    """« N° | Objet | Décision | Pour | Contre | Abstention » drawn in a PDF, each title wrapped
    over three lines: every row keeps its figures, each under its label."""
    header = ["N°", "Objet", "Décision", "Pour", "Contre", "Abstention"]
    rows = [header, *RELEVE_ROWS]
    widths = [20.0, 70.0, 25.0, 20.0, 20.0, 25.0]
    if not decision:
        rows = [[cell for column, cell in enumerate(row) if column != 2] for row in rows]
        widths = [20.0, 90.0, 20.0, 20.0, 25.0]
    before = (
        "COMMUNE DE SAINT-PAUL-DES-BOIS\nRelevé des décisions du conseil municipal du 12 mars "
        "2025\nSous la présidence de M. Henri COSTE, Maire.\n"
    )
    path = tmp_path / "releve.pdf"
    path.write_bytes(wrapped_table_pdf(before, rows, widths, "Fin.", align=align))
    extract = parse_extract(read_document_text(path))
    read = [
        (
            i.deliberation.number,
            i.deliberation.title,
            i.deliberation.votes_for,
            i.deliberation.votes_against,
            i.deliberation.abstentions,
        )
        for i in extract.items
    ]
    assert read == RELEVE_READ


# -- S. a roll call's legend of codes under its table ------------------------------------------

CODED = [
    ("ASSAD", "Paul", "P", ""),
    ("MOUTON", "Léa", "Pv", "Paul ASSAD"),
    ("RUIZ", "Tom", "E", ""),
    ("PIC", "Ana", "P", ""),
    ("DURAND", "Marc", "A", ""),
    ("NOËL", "Guy", "P", ""),
]
LEGENDS = [
    "P = présent, E = excusé, A = absent, Pv = pouvoir donné\n",
    "Légende : P = Présent ; E = Excusé ; A = Absent ; Pv = Pouvoir donné à\n",
    "P=présent / E=excusé / A=absent / Pv=procuration\n",
]


@pytest.mark.parametrize("after", [True, False])
@pytest.mark.parametrize("legend", LEGENDS)
def test_a_legend_of_codes_names_no_one(legend: str, after: bool) -> None:
    """The legend under the last row was read as names of its list (« P = présent » an
    unreadable name, the last member lost)."""
    table = "NOM\tPrénom\tPrésence\tPouvoir à\n" + "".join(
        f"{name}\t{first}\t{code}" + (f"\t{holder}" if holder else "") + "\n"
        for name, first, code, holder in CODED
    )
    text = TOP + (table + legend if after else legend + table) + VOTED
    extract = parse_extract(text)
    # (with the chair TOP names presiding, who sat: d30)
    assert surnames(extract.present) == ["ASSAD", "COSTE", "NOËL", "PIC"]
    assert proxies(extract) == [("MOUTON", "ASSAD")]
    assert surnames(extract.absent) == ["DURAND"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]
