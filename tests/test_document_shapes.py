"""The reader on the shapes of FORMATS.md, each in invented documents written for these tests.

Every document is read twice: as printed (line-broken) and flattened (all line breaks lost, as
web copies and some PDF exports give it). Names and places are invented.
"""

from __future__ import annotations

import contextlib
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.documents import DocumentError, Extract, Person
from storage.names import fold
from storage.parsing.extract import parse_extract
from storage.parsing.text import clean, decode_text
from tests.documents import DOCUMENTS, flattened, read


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def pairs(extract: Extract) -> list[tuple[str, str]]:
    return [(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies]


# -- a commune's procès-verbal: words for numbers, a role for the chair, ordinal items --------


def test_commune_minutes_heading_and_attendance(shape: str) -> None:
    extract = read("commune-pv-ordinal-items.txt", shape)
    assert extract.sitting_date == date(2023, 2, 16)  # not the approved minutes' 27 January
    assert extract.convened_on == date(2023, 2, 9)  # « convoqué le 9 février »: the year before
    assert extract.body == "Conseil Municipal"
    assert extract.council is not None
    assert extract.council.name == "Commune de Saint-Marc-sur-Loire"
    assert extract.council.kind == "commune"
    assert extract.president == Person("SAUVAL", "Philippe", "M.") or (
        extract.president is not None and extract.president.last_name == "SAUVAL"
    )
    assert extract.secretary is not None
    assert extract.secretary.last_name == "GALLET"
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (16, 11, 13)
    assert surnames(extract.present) == [
        "sauval",
        "roux",
        "faye",
        "van de walle",
        "boyer",
        "prat",
        "gallet",
        "dumas",
        "roche",
        "marty",
        "bois",
    ]
    assert "maire" not in surnames(extract.present)
    assert pairs(extract) == [("blanc", "marty"), ("tessier", "roche")]
    assert {"blanc", "ferry", "riviere"} <= set(surnames(extract.absent_excused))
    assert surnames(extract.absent) == ["maquin"]
    for field in ("sitting_date", "convened_on", "president", "secretary", "council"):
        assert extract.evidence[field]["line"] >= 1, field


def test_commune_minutes_items_votes_and_movements(shape: str) -> None:
    # flattened, « … à l'unanimité. 2 - Rapport annuel … »: the ordinal stands mid-line
    extract = read("commune-pv-ordinal-items.txt", shape)
    assert [i.ordinal for i in extract.items] == ["1", "2", "3"]
    first, second, third = extract.items
    assert first.deliberation.number is None  # an ordinal is no act number
    assert first.deliberation.title == "Tarifs de la cantine scolaire"
    record = first.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (10, 2, 1)
    assert record.outcome == "adopted"
    assert surnames(first.against) == ["boyer", "prat"]
    assert second.deliberation.outcome == "noted"
    assert third.deliberation.unanimous is True
    assert surnames(third.not_voting) == ["roux"]
    # FAYE left before the vote of item 3: present for 1 and 2, away for 3.
    assert surnames(third.away) == ["faye"]
    assert first.away == []
    assert second.away == []


# -- a communauté: surname first, communes in parentheses, sub-headings, givers only ----------


def test_communaute_surname_first_and_givers_only(shape: str) -> None:
    extract = read("communaute-cr-surname-first.txt", shape)
    assert extract.sitting_date == date(2013, 12, 12)
    assert extract.convened_on == date(2013, 12, 3)
    assert extract.body == "Conseil Communautaire"
    assert extract.council is not None
    assert extract.council.kind == "communauté de communes"
    assert extract.council.siren == "200012345"
    assert extract.president is not None
    assert extract.president.last_name == "DUMAS"
    assert extract.president.first_name == "Jean-Pierre"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "SEGUIN"
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (24, 16, 19)
    assert counts.present_or_represented == 19
    assert counts.proxies is None  # « Présents ou représentés » is no proxy count
    # titulaires, sub-headings left out; the suppléants apart, their titular unnamed
    assert len(extract.present) == 14
    assert [p.last_name for p in extract.substitutes_alone] == ["TESSIER", "BOIS"]
    assert extract.seated == 16
    assert extract.present[0] == Person("DUMAS", "Jean-Pierre")
    assert Person("VAN DE WALLE", "Laurence") in extract.present
    assert "suppleant" not in " ".join(surnames(extract.present))
    # Givers without holder: absent with a proxy, never present.
    assert surnames(extract.represented) == ["vial", "riou", "giraud"]
    assert extract.proxies == []
    assert len(extract.absent) == 5
    assert "proxy_holder_unknown" in {f.code for f in extract.findings}


def test_communaute_items_by_act_number(shape: str) -> None:
    extract = read("communaute-cr-surname-first.txt", shape)
    assert [i.deliberation.number for i in extract.items] == [
        "DELBU2023-02-012",
        "DELBU2023-02-013",
    ]
    first, second = extract.items
    assert (first.deliberation.votes_for, first.deliberation.abstentions) == (15, 4)
    assert (second.deliberation.votes_for, second.deliberation.votes_against) == (18, 1)
    assert surnames(second.arrived) == ["durand"]
    assert first.arrived == []


# -- a département's commission permanente: numbered lines with groups, every proxy phrasing --


def test_departement_numbered_lines_and_proxy_phrasings(shape: str) -> None:
    extract = read("departement-cp-numbered.txt", shape)
    assert extract.sitting_date == date(2019, 3, 21)
    assert extract.convened_on == date(2019, 3, 14)
    assert extract.body == "Commission permanente"
    assert extract.council is not None
    assert extract.council.kind == "département"
    assert extract.president is not None
    assert extract.president.last_name == "MARCHAND"
    assert extract.secretary is not None
    assert extract.secretary.last_name == "GALLET"
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.absent) == (12, 8, 3, 1)
    assert counts.quorum_printed == 7
    assert surnames(extract.present) == [
        "marchand",
        "prat",
        "roche",
        "marty",
        "boyer",
        "faye",
        "gallet",
        "seguin",
    ]
    assert extract.present[1] == Person("PRAT", "Louise")  # « Groupe Ensemble » is no name
    assert sorted(pairs(extract)) == [("riou", "roche"), ("roux", "prat"), ("vial", "marty")]
    assert surnames(extract.absent) == ["maquin"]


def test_departement_items(shape: str) -> None:
    extract = read("departement-cp-numbered.txt", shape)
    numbers = [i.deliberation.number for i in extract.items]
    assert numbers == ["CP.2019.03-01", "CP.2019.03-02"]
    assert extract.items[0].deliberation.title == "Aide aux communes rurales"
    assert extract.items[0].deliberation.outcome == "adopted"
    assert extract.items[1].deliberation.outcome == "rejected"
    assert extract.items[1].deliberation.votes_against == 7


# -- dates: the sitting's, never another act's ------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("COMPTE RENDU DU CONSEIL MUNICIPAL DU 14 MARS 2019", date(2019, 3, 14)),
        ("Conseil Municipal du 06/03/2025", date(2025, 3, 6)),
        ("Réunion du jeudi 12 décembre 2019 • 18H30", date(2019, 12, 12)),
        (
            "L'an deux mille vingt-deux, le quinze février à dix-huit heures trente, le Conseil",
            date(2022, 2, 15),
        ),
        ("L'an deux mille vingt-trois et le 16 février, le Conseil", date(2023, 2, 16)),
        ("Le vingt-et-un mars deux mil dix-neuf, le Conseil s'est réuni", date(2019, 3, 21)),
    ],
)
def test_sitting_date_forms(heading: str, expected: date) -> None:
    text = (
        "Reçu en préfecture le 30/06/2018\n"
        "Date d'affichage : 12/03/2024\n"
        f"{heading}\n"
        "Approbation du procès-verbal de la séance du 27 janvier 2025\n"
        "Présents : M. Paul FAYE, Mme Claire ROUX\n"
    )
    assert parse_extract(text).sitting_date == expected


def test_only_trap_dates_give_no_date_and_a_finding() -> None:
    text = (
        "EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
        "Approbation du procès-verbal de la séance du 27 janvier 2025\n"
        "Vu la délibération du 4 juin 2020\n"
        "DELIBERATION N° 2025-004\n"
    )
    extract = parse_extract(text)
    assert extract.sitting_date is None
    assert {"code": "not_found", "field": "sitting_date"} in [
        {"code": f.code, **f.params} for f in extract.findings
    ]


# -- counts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Nombre de membres en exercice : 29   Présents : 21   Votants : 25", (29, 21, None, 25)),
        (
            "Conseillers en exercice : 33 - Présents : 29 - Votants : 33 - Majorité absolue : 17",
            (33, 29, None, 33),
        ),
        (
            "Membres titulaires : 24  Etaient réunis : 16  Nombre de votants : 21",
            (24, 16, None, 21),
        ),
        ("En exercice : 18  Présents : 11  Représentés : 3  Absents : 4", (18, 11, 3, None)),
        ("Présents ou représentés : 27", (None, None, None, None)),
        ("Absents et procurations : 4", (None, None, None, None)),
    ],
)
def test_count_forms(line: str, expected: tuple[int | None, ...]) -> None:
    extract = parse_extract(f"CONSEIL MUNICIPAL DU 14 MARS 2019\n{line}\n")
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == expected


# -- proxies ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "Pouvoirs :\n- Monsieur Luc TESSIER à Madame Nina ROUX",
        "M. Luc TESSIER donne procuration à Mme Nina ROUX,",
        "Mme Luc TESSIER a donné pouvoir à Mme Nina ROUX",
        "Absents excusés : M. Luc TESSIER (pouvoir à Mme Nina ROUX), M. Guy FERRY",
        "Absents : M. Luc TESSIER donnant pouvoir à Mme Nina ROUX",
        "Excusés : M. Luc TESSIER (délégation de vote à Mme Nina ROUX)",
        "Présents : Mme Nina ROUX (ayant la procuration de M. Luc TESSIER), M. Paul FAYE",
        "Pouvoirs : Mme Luc TESSIER représenté par Mme Nina ROUX",
    ],
)
def test_proxy_phrasings(block: str, shape: str) -> None:
    text = f"CONSEIL MUNICIPAL DU 14 MARS 2019\nPrésents : M. Paul FAYE.\n{block}\n"
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert pairs(extract) == [("tessier", "roux")]
    assert "tessier" not in surnames(extract.present)


def test_a_role_in_a_list_is_the_named_president() -> None:
    text = (
        "CONSEIL MUNICIPAL DU 14 MARS 2019\n"
        "sous la présidence de M. DUMAS Jean-Pierre, Maire\n"
        "Présents : M. le Maire, Mme Claire ROUX, M. Paul FAYE\n"
    )
    extract = parse_extract(text)
    assert surnames(extract.present) == ["dumas", "roux", "faye"]


# -- encodings --------------------------------------------------------------------------------

SAMPLE = "CONSEIL MUNICIPAL DU 14 MARS 2019\nÉtaient présents : Mme Hélène LÜDER, M. Noël ÉMERY\n"


@pytest.mark.parametrize(
    "data",
    [
        SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-8-sig"),
        SAMPLE.encode("cp1252"),
        SAMPLE.encode("utf-16"),
        SAMPLE.encode("utf-16-le"),
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-8").decode("latin-1").encode("utf-8"),  # « prÃ©sents »
        SAMPLE.encode("utf-8").decode("cp1252", errors="replace").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "utf16-bom", "utf16le", "utf16be", "latin1", "cp1252-moji"],
)
def test_encodings(data: bytes) -> None:
    text = decode_text(data)
    extract = parse_extract(text)
    assert [p.last_name for p in extract.present] == ["LÜDER", "ÉMERY"]


def test_binary_is_refused() -> None:
    with pytest.raises(DocumentError):
        decode_text(b"\x00\x01\x02\x03binary\x00\x00" * 50)


# -- robustness: any input of up to 20 kB, in time linear in its size -------------------------

_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "     ",
        "Reçu en préfecture le ",
        "Présents : ",
        "M. ",
        "DUPONT ",
        "Jean",
        ", ",
        "pouvoir à ",
        "(",
        ")",
        "séance du 12 mars 2024",
        "l'an deux mille ",
        "n° 2024-",
        "1 - ",
        "Votes : 3 pour",
        "après en avoir délibéré",
        "\t",
        "é",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PIECES, min_size=1, max_size=400), st.integers(1, 50))
def test_any_input_of_up_to_20_kb_parses_or_is_refused(pieces: list[str], repeat: int) -> None:
    # The inputs that once backtracked (a stamp before thousands of blanks, open parentheses,
    # lists without commas), mixed; their time against their size is bench/parse_linear.py's.
    text = ("".join(pieces) * repeat)[:20_000]
    with contextlib.suppress(DocumentError):
        assert isinstance(parse_extract(text), Extract)


# -- parse --json: the keys it always had, and council, items, evidence ------------------------


def test_parse_json_adds_council_items_and_evidence(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from bot.cli import main

    status = main(["parse", str(DOCUMENTS / "communaute-cr-surname-first.txt"), "--json"])
    assert status == 0
    data = json.loads(capsys.readouterr().out)
    assert {"body", "sitting_date", "deliberation", "counts", "present", "warnings"} <= set(data)
    assert data["council"]["kind"] == "communauté de communes"
    assert data["council"]["siren"] == "200012345"
    assert [i["number"] for i in data["items"]] == ["DELBU2023-02-012", "DELBU2023-02-013"]
    assert data["items"][1]["attendance"]["arrived"][0]["last_name"] == "DURAND"
    assert data["evidence"]["sitting_date"]["line"] == 3
    assert data["evidence"]["convened_on"]["line"] == 5


# -- a web copy without line breaks; minutes whose proxies hide in the excused cue ------------


def test_web_copy_without_line_breaks() -> None:
    extract = read("commune-web-copy.txt", "line-broken")
    assert extract.sitting_date == date(2019, 12, 12)
    assert extract.council is not None
    assert extract.council.name == "Commune de Laval-sur-Terre"
    assert extract.president is not None
    assert extract.president.last_name == "REY"
    assert extract.secretary == Person("Paulin", civility="Mme")
    assert surnames(extract.present) == ["rey", "guiral", "paulin", "costes"]
    assert pairs(extract) == [("bonnet", "rey")]
    assert surnames(extract.absent_excused) == ["bonnet", "vidal"]
    assert surnames(extract.absent) == ["fabre"]
    assert extract.deliberation.outcome == "adopted"


def test_minutes_with_proxies_under_the_excused_cue(shape: str) -> None:
    extract = read("commune-pv-two-deliberations.txt", shape)
    assert extract.sitting_date == date(2025, 2, 3)
    assert extract.convened_on == date(2025, 1, 28)
    assert extract.council is not None
    assert extract.council.name == "Commune de Brévilly"
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (19, 15, 17)
    assert len(extract.present) == 15
    assert extract.present[-1] == Person("ROUX", "Emilie", "Mme")
    assert pairs(extract) == [("chevalier", "leroy"), ("francois", "dubois")]
    # « Absents excusés ayant donné procuration »: excused, as « Excusés : X (pouvoir à Y) »
    assert surnames(extract.absent_excused) == ["chevalier", "francois", "martin", "legrand"]
    assert [i.deliberation.number for i in extract.items] == ["2025-001", "2025-002"]
    first, second = extract.items
    assert (first.deliberation.votes_for, first.deliberation.unanimous) == (17, True)
    assert (second.deliberation.votes_for, second.deliberation.abstentions) == (14, 2)
    assert surnames(second.away) == ["morel"]
    assert first.away == []


@pytest.mark.parametrize(
    "block",
    [
        "Etaient présents les conseillers municipaux suivants : DUPONT Jean - MARTIN Paul",
        "Présents : MM. Jean DUPONT et Paul MARTIN",
        "Présents (2) :\n1. DUPONT Jean Groupe Avenir\n2. MARTIN Paul Groupe Ensemble",
        "ETAIENT PRESENTS :\nTitulaires :\nJean DUPONT (Vaux),\nPaul MARTIN (Arcy)",
        "Présents : M. le Maire, M. Paul MARTIN",
    ],
)
def test_present_list_forms(block: str, shape: str) -> None:
    text = (
        "CONSEIL MUNICIPAL DU 14 MARS 2019\n"
        "sous la présidence de M. Jean DUPONT, Maire.\n"
        f"{block}\n\nLe quorum est atteint.\n"
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert surnames(extract.present) == ["dupont", "martin"]


@pytest.mark.parametrize(
    ("line", "number", "title"),
    [
        ("DELIBERATION DU CONSEIL MUNICIPAL N°36/2023", "36/2023", None),
        ("Délibération n° 2014 / 144", "2014 / 144", None),
        ("Extrait de la délibération N°36/2023 - Tarifs", "36/2023", "Tarifs"),
        ("D2022-118 - Tarifs de la cantine", "D2022-118", "Tarifs de la cantine"),
        ("DELBU2023-02-012 : Tarifs", "DELBU2023-02-012", "Tarifs"),
        ("Délibération n° 2019-12-05", "2019-12-05", None),
        ("CP.2023.01-02 Aide aux communes", "CP.2023.01-02", "Aide aux communes"),
        ("Vu la délibération n° 2012-44 du 4 juin 2012", None, None),  # another act's
    ],
)
def test_act_number_forms(line: str, number: str | None, title: str | None) -> None:
    extract = parse_extract(
        "EXTRAIT DU REGISTRE DES DELIBERATIONS\n"
        "Séance du conseil municipal du 4 juillet 2024\n"
        f"{line}\n"
        "Le conseil, après en avoir délibéré, adopte.\n"
    )
    assert extract.deliberation.number == number
    assert extract.deliberation.title == title


def test_parse_json_reads_the_bundled_open_data_too(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from bot.cli import main
    from tests.conftest import SAMPLE_SCDL

    assert main(["parse", str(SAMPLE_SCDL), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["rows"]
    assert rows[0]["deliberation"]["number"] == "2022.00028"


def test_a_vote_figure_and_its_names_are_checked() -> None:
    text = (
        "CONSEIL MUNICIPAL DU 14 MARS 2019\nPrésents : M. Paul FAYE, Mme Claire ROUX\n"
        "Après en avoir délibéré :\n- approuve.\n"
        "Votes : 21 pour, 3 contre (M. Paul FAYE, Mme Claire ROUX), 1 abstention\n"
    )
    extract = parse_extract(text)
    record = extract.deliberation
    assert (record.votes_for, record.votes_against, record.abstentions) == (21, 3, 1)
    assert surnames(extract.items[0].against) == ["faye", "roux"]
    mismatch = [f.params for f in extract.findings if f.code == "vote_names_mismatch"]
    assert mismatch == [{"vote": "contre", "printed": 3, "named": 2}]


def test_quorum_is_checked_again_for_an_item_after_departures() -> None:
    from storage.checks import check_extract

    text = (
        "CONSEIL MUNICIPAL DU 14 MARS 2019\n"
        "Membres en exercice : 5  Présents : 3  Votants : 3\n"
        "Présents : M. Paul FAYE, Mme Claire ROUX, M. Luc PETIT\n\n"
        "1 - Budget\nAprès en avoir délibéré, adopté à l'unanimité.\n\n"
        "M. Luc PETIT quitte la séance.\n\n"
        "2 - Tarifs\nAprès en avoir délibéré, adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    findings = check_extract(extract)
    assert [f.params for f in findings if f.code == "item_quorum_not_met"] == [
        {"item": "2", "present": 2, "required": 3}
    ]
    assert "quorum_not_met" not in {f.code for f in findings}


def test_counts_printed_with_an_item_are_its_own() -> None:
    text = (
        "COMPTE RENDU DU CONSEIL MUNICIPAL DU 14 MARS 2019\n"
        "Budget de l'exercice 2019\n"
        "Conseillers en exercice : 15 - Présents : 12 - Votants : 14\n"
        "Présents : M. Paul FAYE, Mme Claire ROUX\n\n"
        "D2019-01 : Budget primitif\nPrésents : 11 - Votants : 13\n"
        "Après en avoir délibéré, adopté à l'unanimité.\n\n"
        "D2019-02 : Tarifs\nAprès en avoir délibéré, adopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert extract.counts.in_office == 15  # not « l'exercice 2019 »
    first, second = extract.items
    assert first.counts is not None
    assert (first.counts.present, first.counts.votes) == (11, 13)
    assert first.deliberation.votes_for == 13  # unanimity of the item's own votants
    assert second.deliberation.votes_for == 14  # the roll call's, where the item prints none
    assert second.counts is None


# -- words cut at a line's end ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la délibé-\nration", "la délibération"),
        # a short rest goes up with the word (a title's or a sentence's end read whole)
        ("les commu-\nnes membres.", "les communes membres."),
        ("un accord-\ncadre", "un accord-cadre"),  # a compound keeps its hyphen
        ("le procès-\nverbal", "le procès-verbal"),
        ("le vice-\nprésident", "le vice-président"),
        ("dix-\nhuit heures", "dix-huit heures"),
        ("c'est-à-\ndire", "c'est-à-dire"),
        ("Jean-\nLuc MARTY", "Jean-Luc MARTY"),  # a name is joined whole, its hyphen kept
        ("Saint-\nEtienne", "Saint-Etienne"),
        # flattened: the cut stands mid-line
        ("la délibé- ration du procès- verbal", "la délibération du procès-verbal"),
        ("Mme Anne- Marie BOIS", "Mme Anne-Marie BOIS"),  # a name gets its hyphen back
    ],
)
def test_cut_words_are_joined_compounds_and_names_kept(text: str, expected: str) -> None:
    assert "\n".join(clean(text).lines) == expected
