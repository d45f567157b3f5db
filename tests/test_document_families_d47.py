"""Tables and sentences councils print that the reader lost: a roll call of a column per status
whose gaps were lost (every cell printed, or some left blank), a convocation date in words
running past the words read after its cue, the sitting opened « par » its chair in a noun
phrase, titles opening on « œ », the chair named by the article alone leaving the room when
their accounts are voted, and members listed under their commune without a civility."""

from __future__ import annotations

from datetime import date

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import SHAPES, flattened, handed, printed, read, surnames


@pytest.mark.parametrize("shape", SHAPES)
def test_a_column_per_status_every_cell_printed(shape: str) -> None:
    """« CHAUVIN Odile non oui non MOUNIER Paulette »: the mark's rank is its column."""
    extract = read("commune-pv-status-columns-every-cell.txt", shape)
    assert surnames(extract.present) == [
        "bruyas", "deygas", "fanget", "hours", "jurine", "mounier",
    ]  # fmt: skip
    assert surnames(extract.absent_excused) == ["chauvin", "escoffier"]
    assert surnames(extract.absent) == ["grail"]
    assert handed(extract.proxies) == [("chauvin", "mounier")]
    assert "roll_call_table_unread" not in [f.code for f in extract.findings]


HEAD = (
    "Commune de Saint-Appolinard\nCompte rendu du conseil municipal du 9 mars 2026\n"
    "Conseillers en exercice : 5\n"
)
ROLL = "Présents : M. Aimé BROSSE, Mme Lina CROS, M. Tom DUMAS, Mme Eva FAYE, M. Noé GIL.\n"


@pytest.mark.parametrize("shape", SHAPES)
def test_a_column_per_status_its_blank_cells_lost_is_said_not_guessed(shape: str) -> None:
    """« ROUX Anne X » under three status columns: nobody can say which; no name is placed."""
    text = (
        HEAD + "NOM Prénom PRÉSENT EXCUSÉ ABSENT\nBROSSE Aimé X\nCROS Lina X\nDUMAS Tom X\n\n"
        "1 - Tarifs de la salle\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert (extract.present, extract.absent_excused, extract.absent) == ([], [], [])
    assert "roll_call_table_unread" in [f.code for f in extract.findings]


def test_a_convocation_date_in_words_read_whole() -> None:
    """The date begins within the words read after « convocation » and ends past them: its
    year was cut to « deux mil vingt » (2020)."""
    text = (
        "Syndicat intercommunal des eaux de la Semène\nComité syndical\n"
        "L'an deux mil vingt-six, le douze mars, le comité syndical s'est réuni sur la "
        "convocation que son président a fait parvenir aux délégués le quatre mars deux mil "
        "vingt-six.\n" + ROLL + "Délibération n° 2026-04 : Tarifs de l'eau\n"
        "Adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.convened_on == date(2026, 3, 4)


@pytest.mark.parametrize("shape", SHAPES)
def test_the_sitting_opened_by_its_chair_in_a_noun_phrase(shape: str) -> None:
    text = (
        HEAD + ROLL + "Ouverture de la séance à 19 h 30 par M. Aimé BROSSE, maire.\n"
        "1 - Tarifs de la salle\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert extract.president is not None
    assert extract.president.last_name == "BROSSE"


@pytest.mark.parametrize("shape", SHAPES)
def test_titles_opening_on_oe(shape: str) -> None:
    """« Vœu … », « Œuvres … »: œ is a letter of a title like any other."""
    text = (
        HEAD + ROLL + "1 - Tarifs de la salle\nAdopté à l'unanimité.\n"
        "2 - Vœu contre la fermeture de la classe unique\nAdopté à l'unanimité.\n"
        "3 - Œuvres sociales du personnel communal\nRejeté par 1 voix pour et 4 contre.\n"
    )
    items = parse_extract(printed(text, shape)).items
    assert [i.deliberation.title for i in items] == [
        "Tarifs de la salle",
        "Vœu contre la fermeture de la classe unique",
        "Œuvres sociales du personnel communal",
    ]
    assert items[2].deliberation.outcome == "rejected"


@pytest.mark.parametrize(
    "leaving",
    [
        "Le Maire ayant quitté la salle, Mme Lina CROS, première adjointe, met aux voix.",
        "Le Maire quitte la séance. Mme Lina CROS, première adjointe, préside.",
        "M. Aimé BROSSE, maire, ayant quitté la salle, la première adjointe met aux voix.",
    ],
)
def test_the_chair_out_for_their_accounts_only(leaving: str) -> None:
    """L2121-14: the chair withdraws at the vote of their compte administratif, that one only;
    « Le Maire » alone is the chair, never a member called « Le Maire »."""
    text = (
        HEAD + ROLL + "Sous la présidence de M. Aimé BROSSE, maire.\n"
        f"1 - Compte administratif 2025\n{leaving}\nAdopté par 4 voix pour.\n"
        "2 - Tarifs de la salle\nAdopté à l'unanimité.\n"
    )
    items = parse_extract(text).items
    assert [surnames(i.away) for i in items] == [["brosse"], []]


def test_a_member_leaving_at_another_item_is_gone_from_it_on() -> None:
    """Only the accounts' vote is the chair's one withdrawal: another departure stays one."""
    text = (
        HEAD + ROLL + "Sous la présidence de M. Aimé BROSSE, maire.\n"
        "1 - Compte administratif 2025\nM. Tom DUMAS quitte la séance.\nAdopté par 4 voix pour.\n"
        "2 - Tarifs de la salle\nAdopté à l'unanimité.\n"
    )
    items = parse_extract(text).items
    assert [surnames(i.away) for i in items] == [["dumas"], ["dumas"]]


@pytest.mark.parametrize("shape", SHAPES)
def test_members_listed_under_their_commune_without_civility(shape: str) -> None:
    """Flattened, each commune follows the last surname of the one before (« …, Tom DUMAS
    Mazet-Saint-Voy : FAYE Eva »): no name is taken for a commune, nor a commune for a name."""
    text = (
        "Communauté de communes du Haut-Lignon\nConseil communautaire du 10 mars 2026\n"
        "Délégués en exercice : 6\nÉtaient présents :\nTence : Aimé BROSSE, Lina CROS\n"
        "Le Chambon-sur-Lignon : Tom DUMAS\nMazet-Saint-Voy : FAYE Eva, GIL Noé\n"
        "Excusé : Marc HOSTIN (Chenereilles).\n"
        "Délibération n° 2026-11 : Tarifs de la piscine\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["brosse", "cros", "dumas", "faye", "gil"]
    assert surnames(extract.absent_excused) == ["hostin"]


def test_a_flattened_outcome_sentence_after_a_title_is_no_part_of_it() -> None:
    """« 2. Tarifs de la cantine La délibération est approuvée … »: the title ends there."""
    text = flattened(
        HEAD + ROLL + "1. Tarifs de la cantine\nLa délibération est approuvée à l'unanimité.\n"
        "2. Convention de déneigement\nLes termes de la convention sont adoptés à l'unanimité.\n"
    )
    items = parse_extract(text).items
    assert [i.deliberation.title for i in items] == [
        "Tarifs de la cantine",
        "Convention de déneigement",
    ]


@pytest.mark.parametrize("shape", SHAPES)
def test_a_movement_without_civility_after_a_vote_is_the_next_items(shape: str) -> None:
    """« … à l'unanimité. Noé GIL, intéressé, sort de la salle. 2. … »: out of the second vote,
    not the first."""
    text = printed(
        HEAD + "Présents : Aimé BROSSE, Lina CROS, Tom DUMAS, Eva FAYE, Noé GIL.\n"
        "1. Tarifs de la cantine\nAdopté à l'unanimité.\n"
        "Noé GIL, intéressé, sort de la salle.\n"
        "2. Bail du gîte communal\nAdopté à l'unanimité.\n",
        shape,
    )
    items = parse_extract(text).items
    assert [surnames(i.away) for i in items] == [[], ["gil"]]
