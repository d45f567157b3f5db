"""Wordings a probe of invented documents (CCAS, syndicats, SDIS, bureaux, commissions
permanentes) found read wrong: a giver's function between the name and the proxy
(« M. X, Président, qui donne pouvoir à Mme Y »), « Absent ayant donné délégation de vote : »,
a syndicat's « Assemblée générale » refused as an association's, the chair who opens the
sitting after a clause (« Le quorum étant atteint, M. X, président, ouvre la séance »), the
chair's function in a list parted by dashes, a vote's figures in words after their labels
(« pour deux, contre quatre »), « accord unanime », « Participants : », and an adoption that
names only who voted against or abstained."""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import looks_like_extract, parse_extract
from tests.documents import printed

HEAD = "COMMUNE DE SAINT-MARC\nConseil municipal du 3 mars 2025\n"
PRESENT = "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
VOTED = "\nDélibération n° 2025-011 : Aides facultatives\nAdopté à l'unanimité.\n"


def surnames(people: list) -> list[str]:  # type: ignore[type-arg]
    return sorted(p.last_name for p in people)


# -- A. the giver's function between the name and the proxy -----------------------------------

GIVERS_WITH_FUNCTION = [
    "M. Jacques RIOU, Président, qui donne pouvoir à Mme Anne ROUX ; Mme Sabine DUC.",
    "M. Jacques RIOU, Président, qui a donné procuration à Mme Anne ROUX ; Mme Sabine DUC.",
    "M. Jacques RIOU, 1er adjoint, donnant pouvoir à Mme Anne ROUX, Mme Sabine DUC.",
    "M. Jacques RIOU, conseiller délégué, ayant donné pouvoir à Mme Anne ROUX, Mme Sabine DUC.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("excused", GIVERS_WITH_FUNCTION)
def test_a_function_between_the_giver_and_the_proxy(excused: str, shape: str) -> None:
    """« Excusés : M. X, Président, qui donne pouvoir à Mme Y »: X gave Y a proxy (the function
    is X's, no entry of its own)."""
    extract = parse_extract(printed(HEAD + PRESENT + f"Excusés : {excused}\n" + VOTED, shape))
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [("RIOU", "ROUX")]
    assert "RIOU" not in surnames(extract.present)


def test_a_function_alone_after_a_present_gives_nothing() -> None:
    """« Mme Anne BOIS, Maire, M. Paul VIGNE (pouvoir à …) »: the proxy stays the bracket's."""
    text = HEAD + (
        "Présents : Mme Anne ROUX, Maire, M. Jean BRUN.\n"
        "Excusés : M. Paul VIGNE (pouvoir à M. Jean BRUN), Mme Sabine DUC.\n"
    )
    extract = parse_extract(text + VOTED)
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("VIGNE", "BRUN")
    ]


# -- B. « Absent ayant donné délégation de vote : » -------------------------------------------

DELEGATION_CUES = [
    "Absent ayant donné délégation de vote",
    "Absents ayant donné délégation de vote",
    "Conseillers excusés ayant donné délégation de vote",
    "Délégations de vote",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("cue", DELEGATION_CUES)
def test_a_delegation_of_vote_cue_lists_proxies(cue: str, shape: str) -> None:
    text = HEAD + PRESENT + f"{cue} : M. Laurent DUPLOMB à Mme Anne ROUX.\n"
    text += "Absente : Mme Brigitte RENAUD.\n"
    extract = parse_extract(printed(text + VOTED, shape))
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("DUPLOMB", "ROUX")
    ]
    assert surnames(extract.absent) == ["RENAUD"]


# -- C. a syndicat's or an office's « Assemblée générale » --------------------------------------

PUBLIC_ASSEMBLIES = [
    "SYNDICAT MIXTE OUVERT LOIRE NUMÉRIQUE\nAssemblée générale\nSéance du 9 avril 2025\n",
    "Société publique locale Forez Tourisme\n"
    "Assemblée générale des actionnaires du 9 avril 2025\n",
    "SIVOM DE LA VALLÉE DU GIER – Assemblée générale du 9 avril 2025\n",
]
ITEMS = (
    "Présents : M. Jean-Paul CHARTRON, M. Alain LAURENDON, Mme Valérie PEYSSELON.\n"
    "Secrétaire de séance : M. Alain LAURENDON.\n"
    "AG-2025-03 – Compte de gestion 2024 : approuvé à l'unanimité.\n"
    "AG-2025-04 – Tarifs du très haut débit : approuvé à la majorité, 2 pour, 1 contre.\n"
)


@pytest.mark.parametrize("head", PUBLIC_ASSEMBLIES)
def test_a_public_body_s_general_assembly_is_read(head: str) -> None:
    """A syndicat's or a SPL's « Assemblée générale » is its sitting, not an association's."""
    assert looks_like_extract(head + ITEMS)
    extract = parse_extract(head + ITEMS)
    assert extract.sitting_date == date(2025, 4, 9)
    assert [item.deliberation.number for item in extract.items] == ["AG-2025-03", "AG-2025-04"]


def test_an_association_s_general_assembly_stays_refused() -> None:
    head = "ASSOCIATION DES AMIS DU SYNDICAT D'INITIATIVE\nAssemblée générale du 9 avril 2025\n"
    assert not looks_like_extract(head + ITEMS)


# -- D. the chair who opens the sitting after a clause ------------------------------------------

OPENERS = [
    "Le quorum étant atteint, M. Paul GRANGER, président, ouvre la séance.",
    "Le quorum étant atteint, M. Paul GRANGER ouvre la séance à 18 h.",
    "Après l'appel, M. Paul GRANGER, président du syndicat, déclare la séance ouverte.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("opener", OPENERS)
def test_the_chair_opens_after_a_clause(opener: str, shape: str) -> None:
    text = (
        "SIVU DES ÉCOLES DU JAREZ\nComité syndical du 1er juillet 2025\n"
        "Étaient présents : M. Paul GRANGER, Mme Lina CHAUX, M. Robert DEVILLE.\n"
        f"{opener}\n" + VOTED
    )
    president = parse_extract(printed(text, shape)).president
    assert president is not None
    assert president.last_name == "GRANGER"


# -- E. the chair's function in a list parted by dashes -----------------------------------------

DASHED_LISTS = [
    "RAMBAUD Jean-Claude, Maire – MOULIN Denise – GAUTHIER Pascal.",
    "M. Jean-Claude RAMBAUD, Maire – Mme Denise MOULIN – M. Pascal GAUTHIER.",
    "Mme Denise MOULIN - M. Jean-Claude RAMBAUD, Président - M. Pascal GAUTHIER.",
]


@pytest.mark.parametrize("listed", DASHED_LISTS)
def test_the_chair_in_a_list_parted_by_dashes(listed: str) -> None:
    text = HEAD + f"Présents : {listed}\n" + VOTED
    extract = parse_extract(text)
    assert extract.president is not None
    assert extract.president.last_name == "RAMBAUD"
    assert surnames(extract.present) == ["GAUTHIER", "MOULIN", "RAMBAUD"]


def test_a_mayor_of_another_commune_in_a_dashed_list_chairs_nothing() -> None:
    text = (
        HEAD + "Présents : Mme Denise MOULIN - M. Jean RAMBAUD, Maire de Firminy - M. Paul VIAL.\n"
    )
    assert parse_extract(text + VOTED).president is None


# -- F. a vote's figures in words after their labels ---------------------------------------------

WORDED_VOTES = [
    ("Vote : pour deux, contre quatre, abstention une. La délibération est rejetée.", (2, 4, 1)),
    ("Vote : pour dix, contre trois. Adopté.", (10, 3, 0)),
    ("Votes : pour douze ; contre deux ; abstentions trois.", (12, 2, 3)),
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("said", "figures"), WORDED_VOTES)
def test_worded_figures_after_their_labels(
    said: str, figures: tuple[int, int, int], shape: str
) -> None:
    text = HEAD + PRESENT + f"\nD2025-04 Projet de city-stade\n{said}\n"
    text += "\nD2025-05 Demande de subvention\nAdopté à l'unanimité.\n"
    vote = parse_extract(printed(text, shape)).items[0].deliberation
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == figures


def test_contre_before_an_article_is_no_figure() -> None:
    text = HEAD + PRESENT + "\nD2025-04 Projet de city-stade\nLe conseil se prononce contre une "
    text += "hausse, contre toute attente.\n\nD2025-05 Demande\nAdopté à l'unanimité.\n"
    assert parse_extract(text).items[0].deliberation.votes_against is None


# -- G. « accord unanime », « Participants : » ---------------------------------------------------

RELEVE = (
    "Ville de Rive-de-Gier\nRelevé de décisions du Bureau municipal\nRéunion du 12.03.2025\n\n"
    "{cue} : M. Vincent BONY (Maire), Mme Lucienne PEYRARD, M. Hassan AZIZI.\n"
    "Excusée : Mme Corinne BESSON.\n\n"
    "Décision BM-2025-011 : Gratuité de la salle pour le Téléthon – {said}.\n"
    "Décision BM-2025-012 : Devis de réfection du gymnase – {said}.\n"
)


@pytest.mark.parametrize("said", ["accord unanime", "avis unanime", "approuvé unanimement"])
@pytest.mark.parametrize("cue", ["Participants", "Ont participé à la réunion"])
def test_a_releve_of_unanimous_decisions_and_participants(cue: str, said: str) -> None:
    extract = parse_extract(RELEVE.format(cue=cue, said=said))
    assert surnames(extract.present) == ["AZIZI", "BONY", "PEYRARD"]
    assert [item.deliberation.number for item in extract.items] == ["BM-2025-011", "BM-2025-012"]
    assert all(item.deliberation.unanimous for item in extract.items)
    assert extract.items[0].deliberation.title == "Gratuité de la salle pour le Téléthon"


# -- H. an adoption naming only who voted against or abstained ------------------------------------

NAMED_ONLY = [
    ("Le rapport est adopté (contre : Mme Anne ROUX ; abstention : M. Paul VIGNE).", (2, 1, 1)),
    ("Adopté, M. Paul VIGNE votant contre.", (3, 1, 0)),
    ("Adopté. Abstentions : 2 (Mme Anne ROUX, M. Paul VIGNE).", (2, 0, 2)),
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("said", "figures"), NAMED_ONLY)
def test_an_adoption_naming_only_the_others(
    said: str, figures: tuple[int, int, int], shape: str
) -> None:
    """The « pour » is the votants (3 present, 1 proxy) less the others, counted."""
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
    text += "Pouvoir : Mme Sabine DUC à M. Jean BRUN.\n"
    text += f"\nDélibération n° 2025-011 : Aides facultatives\n{said}\n" + VOTED.replace(
        "1 :", "2 :"
    )
    vote = parse_extract(printed(text, shape)).items[0].deliberation
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == figures
    assert vote.outcome == "adopted"


# -- I. « Étaient absents excusés Mesdames et Messieurs X » without a colon -----------------------

ABSENT_CUES = [
    "Étaient absents excusés Mesdames et Messieurs Pascale FANGET (pouvoir à Anne ROUX), Hervé "
    "COUTURIER.",
    "Étaient excusés MM. Hervé COUTURIER et Paul FANGET (pouvoir à Mme Anne ROUX).",
    "Était absente excusée Mme Pascale FANGET (procuration à Mme Anne ROUX). Était absent "
    "M. Hervé COUTURIER.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("absent", ABSENT_CUES)
def test_an_absent_cue_without_its_colon(absent: str, shape: str) -> None:
    """The cue closes the presents' list: its names are absent, never present."""
    text = HEAD + "Étaient présents Mesdames et Messieurs Jean BRUN, Anne ROUX, Paul VIGNE.\n"
    extract = parse_extract(printed(text + absent + "\n" + VOTED, shape))
    assert surnames(extract.present) == ["BRUN", "ROUX", "VIGNE"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("FANGET", "ROUX")
    ]
    listed = surnames(extract.absent + extract.absent_excused)
    assert "COUTURIER" in listed


# -- J. « Ont voté pour : les autres membres » --------------------------------------------------

OTHERS_FOR = [
    "Ont voté contre : Mme Anne ROUX.\nOnt voté pour : les autres membres présents ou représentés."
    "\nLe pacte est adopté.",
    "Contre : Mme Anne ROUX. Les autres conseillers votant pour, le pacte est adopté.",
    "Adopté. Contre : 1 (Mme Anne ROUX) ; pour : le reste des votants.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", OTHERS_FOR)
def test_for_are_the_others(said: str, shape: str) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
    text += "Pouvoir : Mme Sabine DUC à M. Jean BRUN.\n"
    text += f"\nDélibération n° 2025-011 : Pacte financier\n{said}\n"
    text += "\nDélibération n° 2025-012 : Tarifs\nAdopté à l'unanimité.\n"
    vote = parse_extract(printed(text, shape)).items[0].deliberation
    assert (vote.votes_for, vote.votes_against, vote.abstentions) == (3, 1, 0)


# -- K. a prefix, a space, a two-figure year, the act's figures, the title ------------------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("prefix", ["DCS", "DEL", "CS"])
def test_a_short_year_after_a_prefix_and_a_space(prefix: str, shape: str) -> None:
    text = HEAD + PRESENT + f"\n{prefix} 25-19 Convention de délégation de service public\n"
    text += "Adopté à l'unanimité.\n"
    text += f"\n{prefix} 25-20 Tarification solidaire\nAdopté à l'unanimité.\n"
    extract = parse_extract(printed(text, shape))
    assert [item.deliberation.number for item in extract.items] == [
        f"{prefix} 25-19",
        f"{prefix} 25-20",
    ]
    assert extract.items[1].deliberation.title == "Tarification solidaire"


# -- L. the figure 1 with its label in the singular ---------------------------------------------

ONE_OF = [
    ("12 en exercice, 9 présents, 1 pouvoir.", "proxies"),
    ("12 en exercice, 11 présents, 1 absent.", "absent"),
    ("12 en exercice ; 10 présents ; 1 procuration ; 11 votants.", "proxies"),
]


@pytest.mark.parametrize(("said", "field"), ONE_OF)
def test_one_with_its_singular_label_is_a_count(said: str, field: str) -> None:
    text = HEAD + f"Nombre de conseillers : {said}\n" + PRESENT + VOTED
    assert getattr(parse_extract(text).counts, field) == 1


def test_one_proxy_in_a_sentence_is_no_count() -> None:
    text = HEAD + "Mme Sabine DUC a donné une procuration.\n" + PRESENT + VOTED
    assert parse_extract(text).counts.proxies is None


# -- M. a spreadsheet's title above an open-data header -------------------------------------------

SCDL_ROWS = (
    "COLL_NOM;DELIB_ID;DELIB_DATE;DELIB_OBJET;VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;"
    "VOTE_ABSTENTION\n"
    "Commune de Sorbiers;DCM_2025_031;2025-05-20;Décision modificative;29;27;27;0;0\n"
    "Commune de Sorbiers;DCM_2025_032;2025-05-20;Vente d'un terrain;29;27;22;5;0\n"
)
TITLES = [
    "Délibérations 2025 – export du 30/09/2025\n",
    "Commune de Sorbiers\nListe des délibérations\n\n",
    "sep=;\nExport des délibérations\n",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_title_above_the_header_is_no_record(title: str) -> None:
    """The file is the schema's, its rows read, each with the line it is printed on."""
    from storage.parsing.scdl import looks_like_scdl, parse_scdl

    text = title + SCDL_ROWS
    assert looks_like_scdl(text)
    rows = parse_scdl(text).rows
    assert [row.deliberation.number for row in rows] == ["DCM_2025_031", "DCM_2025_032"]
    header_line = title.count("\n") + 1
    assert [row.line for row in rows] == [header_line + 1, header_line + 2]


def test_subsidies_under_a_title() -> None:
    from storage.parsing.subsidies import looks_like_subsidies, parse_subsidies

    text = (
        "Subventions attribuées en 2025\n"
        "nomAttribuant;idAttribuant;dateConvention;nomBeneficiaire;idBeneficiaire;objet;montant\n"
        "Commune de Figeac;21460102400012;2025-04-11;Les Amis de Champollion;45612378900011;"
        "Colloque;2000\n"
    )
    assert looks_like_subsidies(text)
    assert len(parse_subsidies(text).rows) == 1


def test_a_text_whose_later_line_names_a_column_stays_a_text() -> None:
    """Only lines that split into no columns are a title: a table of another schema above
    stays the file's header."""
    from storage.parsing.scdl import looks_like_scdl

    assert not looks_like_scdl("a;b;c\n" + SCDL_ROWS)


# -- N. « procuration écrite », « Acte n° » ------------------------------------------------------

WRITTEN_PROXIES = [
    "M. Jean-Marc DOUMERGUE a donné procuration écrite à M. Jean BRUN.",
    "M. Jean-Marc DOUMERGUE donne pouvoir écrit à M. Jean BRUN.",
    "Excusés : M. Jean-Marc DOUMERGUE (procuration signée à M. Jean BRUN).",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("said", WRITTEN_PROXIES)
def test_a_written_proxy(said: str, shape: str) -> None:
    extract = parse_extract(printed(HEAD + PRESENT + said + "\n" + VOTED, shape))
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("DOUMERGUE", "BRUN")
    ]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_acts_headed_acte_n(shape: str) -> None:
    text = HEAD + PRESENT + "\nActe n° 25-DL-003 : Indemnités des élus\nAdopté à l'unanimité.\n"
    text += "\nActe n° 25-DL-004 : Tarifs de la salle polyvalente\nAdopté à l'unanimité.\n"
    extract = parse_extract(printed(text, shape))
    assert [item.deliberation.number for item in extract.items] == ["25-DL-003", "25-DL-004"]
    assert extract.items[1].deliberation.title == "Tarifs de la salle polyvalente"


# -- O. the heading's date wrapped over two lines ----------------------------------------------

BODY = (
    "Conseillers en exercice : 31 - Présents : 22 - Votants : 26\n"
    "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
    "\nDélibération n° 2024-101 : Budget supplémentaire\nAdopté à l'unanimité.\n"
)


# (the wrapped heading itself: tests/test_document_families_d31.py, K)
def test_a_wrapped_date_after_a_trap_stays_a_trap() -> None:
    text = (
        "Conseil municipal du 14 novembre 2024\n"
        "Approbation du procès-verbal de la séance du 3\noctobre 2024\n" + BODY
    )
    assert parse_extract(text).sitting_date == date(2024, 11, 14)


# -- P. public bodies other than collectivités name their council --------------------------------

PUBLIC_BODIES = [
    (
        "Centre de gestion de la fonction publique territoriale de la Vésubie",
        "Centre de gestion de la fonction publique territoriale de la Vésubie",
    ),
    ("OFFICE PUBLIC DE L'HABITAT DU FOREZ", "Office Public de l'Habitat du Forez"),
    ("RÉGIE DES TRANSPORTS DU GRAND ROANNE", "Régie des Transports du Grand Roanne"),
    (
        "Office de tourisme intercommunal des Monts du Lyonnais",
        "Office de tourisme intercommunal des Monts du Lyonnais",
    ),
    (
        "ÉTABLISSEMENT PUBLIC TERRITORIAL GRAND-ORLY SEINE BIÈVRE",
        "Établissement Public Territorial Grand-Orly Seine Bièvre",
    ),
]


@pytest.mark.parametrize(("heading", "name"), PUBLIC_BODIES)
def test_a_public_body_names_its_council(heading: str, name: str) -> None:
    text = f"{heading}\nPROCÈS-VERBAL\nConseil d'administration du 12/02/2024\n" + PRESENT + VOTED
    council = parse_extract(text).council
    assert council is not None
    assert (council.name, council.kind) == (name, "établissement public")


def test_a_commune_mentioning_an_office_stays_the_commune() -> None:
    text = HEAD + PRESENT + "\nDélibération n° 2025-011 : Convention avec l'Office public de "
    text += "l'habitat de la Loire\nAdopté à l'unanimité.\n"
    council = parse_extract(text).council
    assert council is not None
    assert council.name == "Commune de Saint-Marc"


def test_an_office_named_in_an_item_is_no_council() -> None:
    """A heading naming no council: an office in an item's title does not become it."""
    text = "Conseil d'administration du 5 mars 2025\n" + PRESENT
    text += "\nDélibération n° 2025-011 : Convention avec l'Office public de l'habitat de la "
    text += "Loire\nAdopté à l'unanimité.\n"
    assert parse_extract(text).council is None


# -- Q. flattened « N° X Objet : title » headings keep their number ------------------------------

NUMBERED_OBJECTS = [
    ("SYN2024-11-003", "SYN2024-11-004"),
    ("2024/118", "2024/119"),
    ("DEL-2024-041", "DEL-2024-042"),
]


@pytest.mark.parametrize(("first", "second"), NUMBERED_OBJECTS)
def test_flattened_numbers_before_their_object(first: str, second: str) -> None:
    text = (
        "SYNDICAT DES EAUX DU VAL Comité syndical du 12 novembre 2024 Présents : M. Jean BRUN, "
        "Mme Anne ROUX, M. Paul VIGNE. Secrétaire de séance : M. Paul VIGNE "
        f"N° {first} Objet : Tarifs de l'eau 2025 Vu le code général des collectivités "
        "territoriales, le comité, après en avoir délibéré, adopte à l'unanimité les tarifs. "
        f"N° {second} Objet : Rapport annuel Vu le code, le comité prend acte du rapport."
    )
    extract = parse_extract(text)
    assert [item.deliberation.number for item in extract.items] == [first, second]
    assert extract.secretary is not None
    assert extract.secretary.last_name == "VIGNE"


def test_a_number_cited_in_a_sentence_is_no_heading() -> None:
    text = HEAD + PRESENT + "\nDélibération n° 2025-011 : Tarifs\nVu la délibération N° 2024-118 "
    text += "du conseil, le conseil adopte à l'unanimité.\n" + VOTED.replace("1 :", "2 :")
    extract = parse_extract(printed(text, "flattened"))
    assert [item.deliberation.number for item in extract.items] == ["2025-011", "2025-012"]


# -- R. a holder's proxy note with a commune in brackets inside its bracket -----------------------

NESTED_NOTES = [
    "Rose AUDRY (Vénon), Marc TISSOT (Lancin) (+ pouvoir Lucie\nFERRAND (Vénon)), Yves DOL "
    "(Lancin).",
    "Rose AUDRY (Vénon), Marc TISSOT (Lancin) (ayant la procuration de Mme Lucie FERRAND "
    "(Vénon)), Yves DOL (Lancin).",
    "Rose AUDRY, Marc TISSOT (pouvoir de Lucie FERRAND (Groupe Agir)), Yves DOL.",
]


@pytest.mark.parametrize("listed", NESTED_NOTES)
def test_a_bracket_inside_a_proxy_note(listed: str) -> None:
    text = "COMMUNAUTÉ DE COMMUNES DU VAL\nConseil communautaire du 3 mars 2025\n"
    extract = parse_extract(text + f"Présents : {listed}\n" + VOTED)
    assert surnames(extract.present) == ["AUDRY", "DOL", "TISSOT"]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [
        ("FERRAND", "TISSOT")
    ]


# -- S. « Présidence de séance assurée par », year-first dates with slashes in open data ----------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "said",
    [
        "Présidence de séance assurée par Mme Martine FAÏTA, vice-présidente.",
        "La présidence de la séance est assurée par Mme Martine FAÏTA.",
    ],
)
def test_the_chair_s_presidency_assured(said: str, shape: str) -> None:
    text = HEAD + said + "\nPrésents : Mme Martine FAÏTA, M. Jean BRUN, Mme Anne ROUX.\n" + VOTED
    president = parse_extract(printed(text, shape)).president
    assert president is not None
    assert president.last_name == "FAÏTA"


@pytest.mark.parametrize("printed_date", ["2025/05/20", "2025.05.20", "2025/5/20"])
def test_a_year_first_date_with_another_separator(printed_date: str) -> None:
    from storage.parsing.scdl import parse_scdl

    text = SCDL_ROWS.replace("2025-05-20", printed_date)
    assert [row.sitting_date for row in parse_scdl(text).rows] == [date(2025, 5, 20)] * 2


# -- T. an arrival said by the votes the member takes part in -----------------------------------

TAKES_PART = [
    "M. Paul VIGNE prend part aux votes à partir du point 2.",
    "M. Paul VIGNE, arrivé en cours de séance, participe aux votes à partir du point 2.",
    "Mme Carole DUMONT, arrivée à 18 h 45, prend part aux votes à partir du point 2.",
]


@pytest.mark.parametrize("said", TAKES_PART)
def test_an_arrival_said_by_the_votes_taken_part_in(said: str) -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX.\n"
    text += "Absents : M. Paul VIGNE, Mme Carole DUMONT.\n"
    text += f"\n1. Budget\nAdopté à l'unanimité.\n{said}\n2. Tarifs\nAdopté à l'unanimité.\n"
    extract = parse_extract(text)
    late = "DUMONT" if "DUMONT" in said else "VIGNE"
    assert [p.last_name for p in extract.items[0].arrived] == []
    assert [p.last_name for p in extract.items[1].arrived] == [late]


def test_not_taking_part_is_no_arrival() -> None:
    text = HEAD + "Présents : M. Jean BRUN, Mme Anne ROUX, M. Paul VIGNE.\n"
    text += "\n1. Budget\nAdopté à l'unanimité.\n2. Tarifs\nM. Paul VIGNE ne prend pas part aux "
    text += "votes.\nAdopté à l'unanimité.\n"
    assert parse_extract(text).items[1].arrived == []
