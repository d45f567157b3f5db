"""Who was there and who voted for whom, as councils of every kind print it: list separators
(slashes, names run on after a parenthesis, « ainsi que »), women's two names (« née »,
« épouse », « veuve »), surnames of two words printed without a given name, holders' sentences
after the presents, capital cues run into a flattened list, officers' names cut by a line's
end. Each document is invented and read as printed and flattened (the `shape` fixture).
"""

from __future__ import annotations

import pytest

from storage.checks import check_extract
from storage.documents import Person
from storage.names import fold, parse_person
from storage.parsing.extract import parse_extract
from tests.documents import handed, read, surnames


def full(person: Person | None) -> str | None:
    """« SURNAME|given », folded: both halves of a name, to tell which is which."""
    if person is None:
        return None
    return f"{fold(person.last_name)}|{fold(person.first_name or '')}"


def codes(extract: object) -> list[str]:
    return [f.code for f in check_extract(extract)]  # type: ignore[arg-type]


# -- list separators -----------------------------------------------------------------------


def test_slashes_and_names_run_on_after_a_parenthesis(shape: str) -> None:
    extract = read("syndicat-mixte-cr-slashes-parenthesis-runs.txt", shape)
    assert surnames(extract.present) == [
        "bergeron",
        "chambost",
        "deville",
        "duclaux",
        "gagnaire",
        "peyrache",
        "rocheblave",
        "sabatier",
        "truchet",
    ]
    assert full(extract.present[4]) == "gagnaire|veronique"
    assert surnames(extract.absent) == ["chatard", "vallot"]
    assert handed(extract.proxies) == [("million", "duclaux"), ("perret", "truchet")]
    # the act's number run into the secretary's line is no part of her name
    assert full(extract.secretary) == "deville|laure"
    assert "unreadable_name" not in [f.code for f in extract.findings]


@pytest.mark.parametrize(
    ("listed", "expected"),
    [
        ("Luc ROY/Anne BOIS/Paul VIAL.", ["bois", "roy", "vial"]),
        ("M. Luc ROY (Vaux) / Mme Anne BOIS (Lyon).", ["bois", "roy"]),
        ("ROY Luc (Vaux) BOIS Anne (Lyon) Paul VIAL (Bron).", ["bois", "roy", "vial"]),
        ("Mme Anne BOIS (pouvoir à M. Luc ROY) M. Paul VIAL.", ["bois", "vial"]),
    ],
)
def test_every_separator_of_a_list(listed: str, expected: list[str]) -> None:
    extract = parse_extract(
        "Commune de Vaux\nConseil municipal du 3 mars 2025\n"
        f"Présents : M. Marc DOL, Mme Inès FAYE.\nAbsents : {listed}\n"
    )
    assert surnames(extract.absent + extract.absent_excused) == expected
    assert surnames(extract.present) == ["dol", "faye"]


def test_a_date_or_a_number_keeps_its_slash() -> None:
    extract = parse_extract(
        "Commune de Vaux\nConseil municipal du 3 mars 2025\n"
        "Présents : M. Marc DOL, Mme Inès FAYE.\nAbsent : M. Luc ROY (arrêté 12/03).\n"
    )
    assert surnames(extract.absent) == ["roy"]


def test_ainsi_que_between_names_and_at_a_line_end(shape: str) -> None:
    extract = read("commune-extrait-presents-ainsi-que.txt", shape)
    assert surnames(extract.present) == [
        "astier",
        "audouard",
        "besset",
        "costet",
        "delhomme",
        "faurie",
        "peyrouse",
        "rouviere",
    ]
    assert "present_count_mismatch" not in codes(extract)
    assert handed(extract.proxies) == [("vernet", "audouard")]


# -- women's two names ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("Mme Françoise Lambert née Petit", "lambert|francoise"),
        ("Mme Paulette Girard épouse Meunier", "meunier|paulette"),
        ("Mme GIRARD épouse MEUNIER Paulette", "meunier|paulette"),
        ("LAMBERT Françoise née PETIT", "lambert|francoise"),
        ("Mme LUCIE DURAND NÉE ROUX", "durand|lucie"),
        ("Mme Anne DURAND ép. ROUX", "roux|anne"),
        ("Mme Lucie veuve Martin", "martin|lucie"),
        ("Mme Jeanne-Marie Huchet née Le Bris", "huchet|jeanne marie"),
    ],
)
def test_the_name_in_use_of_a_woman_printed_with_two(printed: str, expected: str) -> None:
    # « née » follows the name in use, « épouse » / « veuve » precede it
    assert full(parse_person(printed)) == expected


def test_a_surname_that_is_no_marriage_word_is_kept() -> None:
    assert full(parse_person("M. Paul NEE")) == "nee|paul"


# The board's members by the names they sit under (« CARRA née MOLLARD » is Mme CARRA,
# « PELLET veuve GUINET Simone » is Mme GUINET).
BOARD = "bouchard|josette carra|lucienne vinay|gerard guinet|simone savoye|huguette giroud|bernard"


def test_a_board_prints_birth_and_married_names_and_members_functions(shape: str) -> None:
    extract = read("ccas-ca-birth-and-married-names.txt", shape)
    assert " ".join(full(p) or "" for p in extract.present) == BOARD
    assert full(extract.president) == "bouchard|josette"
    assert full(extract.secretary) == "savoye|huguette"
    assert handed(extract.proxies) == [("buisson", "vinay")]
    # « représentant l'UDAF » is her seat's function, not a name left unread
    assert "unreadable_name" not in [f.code for f in extract.findings]


# -- surnames of two words, no given name --------------------------------------------------


def test_two_surnames_without_a_given_name_among_named_members(shape: str) -> None:
    extract = read("departement-cp-two-surnames-without-given-name.txt", shape)
    assert full(extract.present[1]) == "pereira gomes|"
    assert full(extract.present[4]) == "rodriguez sanchez|"
    assert full(extract.secretary) == "pereira gomes|"
    # « sous la présidence de M. Laurent » / « Vacheron, Président du Département »: one name
    assert full(extract.president) == "vacheron|laurent"
    assert len(extract.present) == 8
    assert full(extract.present[2]) == "monteil|frederic"


def test_rarer_given_names_leave_two_words_as_printed() -> None:
    # most names here open on a given name no lexicon holds: nothing tells, first word first
    extract = parse_extract(
        "Commune de Plouvern\nConseil municipal du 3 mars 2025\n"
        "Présents : Mme Soazig Riou, M. Goulven Kerhoas, Mme Nolwenn Abgrall, M. Tugdual "
        "Le Bihan, Mme Gwenola Cozic, M. Youenn Madec, Mme Anne Morvan.\n"
    )
    assert full(extract.present[0]) == "riou|soazig"
    assert full(extract.present[1]) == "kerhoas|goulven"


# -- holders' sentences and capital cues ---------------------------------------------------


def test_holders_sentences_after_the_presents_and_capital_cues(shape: str) -> None:
    extract = read("communaute-pv-holders-after-presents-capital-cues.txt", shape)
    # each holder once, though named again by the sentence saying whose proxy they carry
    assert len(extract.present) == 9
    assert handed(extract.proxies) == [("bonnet", "chambon"), ("martel", "coste")]
    assert surnames(extract.absent) == ["riou", "roche", "vidal"]
    assert "present_count_mismatch" not in codes(extract)


# -- names all in capitals, either order ---------------------------------------------------


def test_capitals_given_names_first_told_by_the_common_given_names(shape: str) -> None:
    extract = read("commune-cr-capitals-given-names-first.txt", shape)
    assert [full(p) for p in extract.present] == [
        "colombet|jean pierre",
        "rouchon|sylvie",
        "de la batie|marc",
        "vallat|nathalie",
        "mounier|gerard",
        "besson fayolle|caroline",
        "bonnefoy|thierry",
        "richard|elodie",  # (Richard is a given name too: the document's order says)
    ]
    assert full(extract.secretary) == "vallat|nathalie"
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("grange|pascale", "rouchon|sylvie")
    ]
    assert surnames(extract.absent) == ["verney"]


def test_capitals_surnames_first_with_and_without_civility(shape: str) -> None:
    extract = read("commune-cr-capitals-surnames-first-head-counts.txt", shape)
    assert full(extract.present[0]) == "chavas|herve"
    assert full(extract.present[4]) == "favier|jean luc"
    assert full(extract.secretary) == "giraud|myriam"
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("morel|alain", "beal|sylvie"),
        ("ravel|odile", "dumas|nicole"),
    ]
    # the titular the suppléant sits for is the one listed excused
    assert [full(p) for p in extract.replaced] == ["perrin|louis"]
    assert codes(extract) == []  # counts and lists agree


def test_capitals_with_no_given_name_to_tell_stay_whole() -> None:
    extract = parse_extract(
        "Commune de Vaux\nConseil municipal du 3 mars 2025\n"
        "PRÉSENTS : DE LA TOUR, GONZALEZ GRAIL, LE GALL, DA COSTA.\n"
    )
    assert [full(p) for p in extract.present] == [
        "de la tour|",
        "gonzalez grail|",
        "le gall|",
        "da costa|",
    ]


# -- counts printed in each sub-list's cue -------------------------------------------------


def test_counts_of_sub_lists_are_summed(shape: str) -> None:
    extract = read("commune-cr-capitals-surnames-first-head-counts.txt", shape)
    # « titulaires présents (6) » + « suppléants présents (1) »; « excusés (3) » + « (1) »
    # (the suppléant is no member: the seat he fills is counted, not listed among the presents)
    assert extract.counts.present == 7 == extract.seated == len(extract.present) + 1
    assert extract.counts.absent == 4
    assert extract.evidence["counts.present"]["text"] == "(6) + (1)"


def test_a_count_line_of_its_own_is_the_documents_word() -> None:
    extract = parse_extract(
        "Commune de Vaux\nConseil municipal du 3 mars 2025\nPrésents : 3\n"
        "Titulaires présents (2) : M. Marc DOL, Mme Inès FAYE\n"
        "Suppléants présents (1) : M. Luc ROY\n"
    )
    assert extract.counts.present == 3


# -- kinds of council, members listed per member council -----------------------------------


def test_a_pole_metropolitain_lists_its_members_per_member_council(shape: str) -> None:
    extract = read("pole-metropolitain-bureau-presents-per-member-council.txt", shape)
    assert extract.council is not None
    assert (extract.council.kind, extract.council.name) == (
        "syndicat",
        "Pôle métropolitain Rhône-Gier",
    )
    assert surnames(extract.present) == [
        "abadie",
        "couturier",
        "lorca",
        "massardier",
        "peyrard",
        "valentin",
    ]
    assert handed(extract.proxies) == [("besson", "abadie"), ("roussel", "valentin")]
    assert full(extract.president) == "peyrard|sandrine"
    assert codes(extract) == []


def test_a_vote_count_is_no_member_council_heading() -> None:
    extract = parse_extract(
        "Commune de Vaux\nConseil municipal du 3 mars 2025\n"
        "Présents : M. Marc DOL, Mme Inès FAYE, M. Luc ROY.\n"
        "1 - Tarifs\nPour : 3\nContre : 0\n"
    )
    assert surnames(extract.present) == ["dol", "faye", "roy"]
    assert (extract.deliberation.title, extract.deliberation.votes_for) == ("Tarifs", 3)


# -- proxies in every phrasing, a holder named by surname alone ----------------------------


def test_proxy_phrasings_and_a_holder_named_by_surname_alone(shape: str) -> None:
    extract = read("commune-pv-proxy-phrasings-surname-only-holder.txt", shape)
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("ducros|alain", "faure|didier"),
        ("pons|jeanne", "teste|hugo"),
        ("rieu|paul", "monier|lea"),
        ("mazet|chantal", "ziani|karim"),  # « (procuration à M. ZIANI) »: the present member
    ]
    # named twice, by surname then in full: each once, among the excused
    assert [full(p) for p in extract.absent_excused] == ["ducros|alain", "pons|jeanne"]
    assert surnames(extract.absent) == ["brun", "mazet", "rieu"]


def test_a_holder_by_surname_alone_stays_so_when_two_members_bear_it() -> None:
    extract = parse_extract(
        "Commune de Vaux\nConseil municipal du 3 mars 2025\n"
        "Présents : M. Marc DOL, M. Paul DOL, Mme Inès FAYE.\n"
        "Absente : Mme Ana RIVE (pouvoir à M. DOL).\n"
    )
    assert [full(p.holder) for p in extract.proxies] == ["dol|"]


# -- functions after names, members out for one item only ---------------------------------


def test_functions_after_names_and_members_out_for_one_item(shape: str) -> None:
    extract = read("commune-cr-functions-after-names-interested-leaves.txt", shape)
    assert [full(p) for p in extract.present] == [
        "roux|paul",
        "bois|anne",
        "roy|luc",
        "faye|ines",
        "dol|marc",
        "lambert vial|zoe",
        "de la fontaine|jean baptiste",
    ]
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("pic|hugo", "bois|anne"),
        ("noir|lea", "roy|luc"),
    ]
    away = [surnames(item.away) for item in extract.items]
    # the interested member is out for his item only; « pendant l'examen du point 4 » the
    # same; « après le vote du point 4 »: from item 5 on
    assert away == [[], [], ["dol"], ["bois"], ["lambert vial"]]
    assert [surnames(item.arrived) for item in extract.items][:2] == [[], ["morel"]]


# -- given names as initials, plural civilities in the cue ---------------------------------


def test_initials_and_plural_civilities_in_the_cue(shape: str) -> None:
    extract = read("commune-pv-initials-plural-civilities-head.txt", shape)
    assert [full(p) for p in extract.present] == [
        "martin|j p",
        "dubois|m c",  # « M.-C. »: Marie-Claude's initials, no civility
        "le roux|a",
        "ben said|r",
        "nguyen van|sophie",
        "d esparbes|thibaut",
        "fournier|m l",
    ]
    assert full(extract.secretary) == "dubois|m c"
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("vidal|c", "martin|j p")
    ]
    assert surnames(extract.absent) == ["faure", "garnier"]


def test_a_civility_before_initials_is_still_one() -> None:
    assert full(parse_person("M. J.-P. MARTIN")) == "martin|j p"
    assert parse_person("M. J.-P. MARTIN").civility == "M."
    assert parse_person("M.-C. DUBOIS").civility is None


# -- the chair by the title of their council -----------------------------------------------


@pytest.mark.parametrize(
    ("chaired", "expected"),
    [
        ("Présidence : le Président du Département, M. Raymond CASTAGNÉ.", "castagne|raymond"),
        ("Président de séance : la Présidente de la Communauté, Mme Anne BOIS", "bois|anne"),
        ("Présidence : M. le Président du Syndicat, Jean-Louis ROCHE", "roche|jean louis"),
    ],
)
def test_the_chair_named_after_the_title_of_their_council(chaired: str, expected: str) -> None:
    extract = parse_extract(
        f"Département du Haut-Cher\nCommission permanente du 3 mars 2025\n{chaired}\n"
        "Présents : M. Marc DOL, Mme Inès FAYE.\n"
    )
    assert full(extract.president) == expected


def test_the_title_of_a_council_in_the_list_is_its_chair() -> None:
    extract = parse_extract(
        "Département du Haut-Cher\nCommission permanente du 3 mars 2025\n"
        "Président : M. Bruno CHAPPAZ\n"
        "Présents : le Président du Département, Mme Inès FAYE, M. Marc DOL.\n"
    )
    assert [full(p) for p in extract.present] == ["chappaz|bruno", "faye|ines", "dol|marc"]
