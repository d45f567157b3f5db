"""Roll calls, proxies and chairs a stranger's documents print in shapes the readers missed:
cues as bulleted clauses (« - sont présents (12) : », « - est absente : »), a count or an aside
between the cue and its colon (« Présents à l'ouverture (12) : », « Présents (liste) : »),
sub-headings run into the list (« Présents — commune déléguée de X : … ; commune déléguée de
Y : … », « Personnes qualifiées : »), « Excusés sans procuration », « Étaient absents et
représentés ». Every text is invented, read as printed and flattened.
"""

from __future__ import annotations

import pytest

from storage.documents import Extract, Person, ProxyLine
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened

HEAD = """COMMUNE DE LORMES-SUR-VÈZE
EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS DU CONSEIL MUNICIPAL
Séance du 19 janvier 2026
Nombre de membres en exercice : 15
Sous la présidence de M. Rémi CHASSAGNE, Maire
"""
TAIL = """
Secrétaire de séance : Mme Agathe PONSARD
DÉLIBÉRATION N° 2026-003 RÉFECTION DU LAVOIR
Le Conseil municipal, après en avoir délibéré, APPROUVE le projet.
Adopté à l'unanimité.
"""
NAMES = "Rémi CHASSAGNE, Agathe PONSARD, Yvan TERRASSE, Noémie BRIVET, Sacha DELORME"
PRESENT = ["chassagne", "ponsard", "terrasse", "brivet", "delorme"]


def read_as(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


def surnames(people: list[Person]) -> list[str]:
    return [fold(p.last_name) for p in people]


def handed(proxies: list[ProxyLine]) -> list[tuple[str, str]]:
    return sorted((fold(p.giver.last_name), fold(p.holder.last_name)) for p in proxies)


@pytest.mark.parametrize(
    "cue",
    [
        "Présents à l'ouverture (5) :",
        "Présents à l'ouverture de la séance (5) :",
        "Présents (liste) :",
        "Étaient présents à l'ouverture :",
    ],
)
def test_a_count_or_an_aside_before_the_colon(cue: str, shape: str) -> None:
    text = HEAD + f"{cue} {NAMES}.\nAbsent excusé : Hervé GOUTTEFARDE." + TAIL
    extract = read_as(text, shape)
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == ["gouttefarde"]


def test_cues_as_bulleted_clauses(shape: str) -> None:
    text = (
        HEAD
        + f"- sont présents (5) : {NAMES} ;\n"
        + "- ont donné délégation de vote (1) : Hervé GOUTTEFARDE à Yvan TERRASSE ;\n"
        + "- est absente : Carole MIRAILLES."
        + TAIL
    )
    extract = read_as(text, shape)
    assert surnames(extract.present) == PRESENT
    assert handed(extract.proxies) == [("gouttefarde", "terrasse")]
    assert surnames(extract.absent) == ["mirailles"]
    assert extract.counts.present == 5


def test_presents_per_delegated_commune_run_into_one_list(shape: str) -> None:
    text = (
        HEAD
        + "Présents — commune déléguée de Vèze : Rémi CHASSAGNE, Agathe PONSARD, Yvan TERRASSE ;"
        + " commune déléguée de Lormes : Noémie BRIVET, Sacha DELORME.\n"
        + "Absent excusé : Hervé GOUTTEFARDE."
        + TAIL
    )
    extract = read_as(text, shape)
    assert surnames(extract.present) == PRESENT
    assert surnames(extract.absent_excused) == ["gouttefarde"]


def test_appointed_members_under_their_own_sub_heading(shape: str) -> None:
    text = (
        HEAD
        + "Présents :\nÉlus : M. Rémi CHASSAGNE, Mme Agathe PONSARD, M. Yvan TERRASSE\n"
        + "Personnes qualifiées : Mme Noémie BRIVET (UDAF), M. Sacha DELORME (Familles rurales)\n"
        + "Absent excusé : Hervé GOUTTEFARDE."
        + TAIL
    )
    extract = read_as(text, shape)
    assert surnames(extract.present) == PRESENT


def test_excused_without_proxy(shape: str) -> None:
    text = (
        HEAD
        + f"Présents : {NAMES}.\n"
        + "Excusés sans procuration : Hervé GOUTTEFARDE (Vèze), Carole MIRAILLES (Lormes)."
        + TAIL
    )
    extract = read_as(text, shape)
    assert surnames(extract.absent_excused) == ["gouttefarde", "mirailles"]
    assert extract.proxies == []
    assert extract.represented == []


def test_absent_and_represented_keeps_its_first_proxy(shape: str) -> None:
    text = (
        HEAD
        + f"Présents : {NAMES}.\n"
        + "Étaient absents et représentés : Mme Carole MIRAILLES (pouvoir à M. Yvan TERRASSE),"
        + " M. Hervé GOUTTEFARDE (pouvoir à Mme Noémie BRIVET)."
        + TAIL
    )
    extract = read_as(text, shape)
    assert handed(extract.proxies) == [("gouttefarde", "brivet"), ("mirailles", "terrasse")]
    assert surnames(extract.present) == PRESENT


# -- proxies ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "proxies",
    [
        # the holder alone in brackets after « par »
        "Représentés : Mme Carole MIRAILLES (par M. Yvan TERRASSE), M. Hervé GOUTTEFARDE"
        " (par Mme Noémie BRIVET).",
        # surname first, the entries parted by long dashes
        "Absents représentés : Mme MIRAILLES Carole par M. TERRASSE Yvan — M. GOUTTEFARDE Hervé"
        " par Mme BRIVET Noémie.",
        # in capitals without accents: « A » for « à », « MME », dashes between entries
        "POUVOIRS : MME CAROLE MIRAILLES A M. YVAN TERRASSE - M. HERVE GOUTTEFARDE A MME NOEMIE"
        " BRIVET",
        # a gap printed before the arrow
        "Pouvoirs :\n\tMme Carole MIRAILLES\t\t\t→ M. Yvan TERRASSE\n\tM. Hervé GOUTTEFARDE"
        "\t\t\t→ Mme Noémie BRIVET",
    ],
)
def test_proxy_shapes(proxies: str, shape: str) -> None:
    text = HEAD + f"Présents : {NAMES}.\n" + proxies + TAIL
    extract = read_as(text, shape)
    assert handed(extract.proxies) == [("gouttefarde", "brivet"), ("mirailles", "terrasse")]
    assert surnames(extract.present) == PRESENT
    assert extract.represented == []


def test_capitals_keep_first_names_when_the_presents_print_them() -> None:
    proxies = "POUVOIRS : M. HERVE GOUTTEFARDE A MME NOEMIE BRIVET"
    text = HEAD + f"Présents : {NAMES}.\n{proxies}" + TAIL
    (proxy,) = read_as(text, "line-broken").proxies
    assert (fold(proxy.holder.first_name or ""), fold(proxy.holder.last_name)) == (
        "noemie",
        "brivet",
    )
    assert fold(proxy.giver.last_name) == "gouttefarde"


@pytest.mark.parametrize(
    "counts",
    [
        "Présents 5 - Pouvoirs 1 (Hervé GOUTTEFARDE → Yvan TERRASSE) - Votants 6",
        "présents : 5, pouvoir : 1 (M. Hervé GOUTTEFARDE à M. Yvan TERRASSE), votants : 6.",
        "5 présents, 1 pouvoir (M. Hervé GOUTTEFARDE à M. Yvan TERRASSE), 6 votants.",
    ],
)
@pytest.mark.parametrize("counts_first", [True, False])
def test_a_proxy_named_in_the_count_line(counts: str, counts_first: bool, shape: str) -> None:
    roll_call = f"Présents : {NAMES}."
    block = f"{counts}\n{roll_call}" if counts_first else f"{roll_call}\n{counts}"
    extract = read_as(HEAD + block + TAIL, shape)
    assert handed(extract.proxies) == [("gouttefarde", "terrasse")]
    assert extract.counts.present == 5
    assert extract.counts.proxies == 1
    assert extract.counts.votes == 6
    assert surnames(extract.present) == PRESENT


def test_a_count_line_aside_that_names_no_proxy(shape: str) -> None:
    text = HEAD + f"Présents : 5 - Pouvoirs : 1 (voir annexe) - Votants : 6\nPrésents : {NAMES}."
    extract = read_as(text + TAIL, shape)
    assert extract.proxies == []
    assert extract.counts.proxies == 1


# -- the chair's name among neighbouring words -------------------------------------------------


@pytest.mark.parametrize(
    "chair",
    [
        "Présidence : M. le Maire (Rémi CHASSAGNE)",
        "Président de séance : Monsieur le Maire (Rémi CHASSAGNE).",
        "Sous la présidence de M. le Maire (Rémi CHASSAGNE)",
        "Présidence : M. Rémi CHASSAGNE — 15 membres en exercice, 5 présents, 1 pouvoir"
        " (M. Hervé GOUTTEFARDE à Mme Agathe PONSARD).",
        "Présidence : M. Rémi CHASSAGNE - 15 conseillers en exercice.",
    ],
)
def test_the_chair_named_beside_a_role_or_the_counts(chair: str, shape: str) -> None:
    head = HEAD.replace("Sous la présidence de M. Rémi CHASSAGNE, Maire\n", chair + "\n")
    extract = read_as(head + f"Présents : {NAMES}." + TAIL, shape)
    assert extract.president is not None
    assert (extract.president.first_name, extract.president.last_name) == ("Rémi", "CHASSAGNE")
    assert surnames(extract.present) == PRESENT


@pytest.mark.parametrize(
    "before",
    ["", "Cinq conseillers sur les quinze en exercice étaient présents. "],
)
def test_proxies_announced_by_a_sentence_with_their_count(before: str, shape: str) -> None:
    text = (
        HEAD
        + f"Présents : {NAMES}.\n"
        + before
        + "Deux conseillers absents avaient donné pouvoir : Mme Carole MIRAILLES à M. Yvan"
        + " TERRASSE, M. Hervé GOUTTEFARDE à Mme Noémie BRIVET."
        + TAIL
    )
    extract = read_as(text, shape)
    assert handed(extract.proxies) == [("gouttefarde", "brivet"), ("mirailles", "terrasse")]
    assert surnames(extract.present) == PRESENT


def test_an_absent_marked_excused_in_brackets(shape: str) -> None:
    text = (
        HEAD
        + f"Présents : {NAMES}.\n"
        + "Absents : M. Hervé GOUTTEFARDE (excusé), Mme Carole MIRAILLES (non excusée)."
        + TAIL
    )
    extract = read_as(text, shape)
    assert surnames(extract.absent_excused) == ["gouttefarde"]
    assert surnames(extract.absent) == ["mirailles"]


@pytest.mark.parametrize(
    "roll_call",
    [
        # surname first, dashes between names, a dash closing each printed line
        "Présents : CHASSAGNE Rémi - PONSARD Agathe - TERRASSE Yvan -\nBRIVET Noémie"
        " - DELORME Sacha",
        # a scan's « m » read as « rn » in every civility
        "Présents : Mrne Agathe PONSARD, M. Rémi CHASSAGNE, M. Yvan TERRASSE, Mrne Noémie"
        " BRIVET, M. Sacha DELORME.",
    ],
)
def test_names_kept_apart_from_their_separators(roll_call: str, shape: str) -> None:
    extract = read_as(HEAD + roll_call + "\nAbsent excusé : Hervé GOUTTEFARDE." + TAIL, shape)
    assert sorted(surnames(extract.present)) == sorted(PRESENT)
    assert all(p.first_name and not p.first_name.startswith("Mrne") for p in extract.present)
    assert surnames(extract.absent_excused) == ["gouttefarde"]


# -- an émargement sheet printed as a table ---------------------------------------------------

SHEET = [
    ["Membre", "Qualité", "Présence"],
    ["CHASSAGNE Rémi", "Maire", "Présent"],
    ["PONSARD Agathe", "Adjointe", "P"],
    ["MIRAILLES Carole", "Conseillère", "Pouvoir à PONSARD Agathe"],
    ["GOUTTEFARDE Hervé", "Conseiller", "E"],
    ["BRIVET Noémie", "Conseillère", "Pv CHASSAGNE Rémi"],
    ["DELORME Sacha", "Conseiller", "A"],
]


def _sheet_read(extract: Extract) -> None:
    assert surnames(extract.present) == ["chassagne", "ponsard"]
    assert handed(extract.proxies) == [("brivet", "chassagne"), ("mirailles", "ponsard")]
    assert "gouttefarde" in surnames(extract.absent_excused)
    assert surnames(extract.absent) == ["delorme"]


def test_a_sheet_with_its_outer_bars(shape: str) -> None:
    rows = [f"| {' | '.join(row)} |" for row in SHEET]
    rows.insert(1, "|---|---|---|")
    _sheet_read(read_as(HEAD + "\n".join(rows) + TAIL, shape))


def test_a_sheet_without_its_outer_bars() -> None:
    # (flattened, rows without their outer bars cannot be told apart: line-broken only)
    rows = [" | ".join(row) for row in SHEET]
    _sheet_read(read_as(HEAD + "\n".join(rows) + TAIL, "line-broken"))


def test_bars_in_prose_are_no_table(shape: str) -> None:
    text = HEAD + f"Dossier | urbanisme | voirie\n\nPrésents : {NAMES}." + TAIL
    extract = read_as(text, shape)
    assert surnames(extract.present) == PRESENT


def test_a_two_column_sheet_without_outer_bars() -> None:
    rows = ["NOM Prénom | Présence"] + [
        f"{row[0]} | {'P' if row[2] == 'Présent' else row[2]}" for row in SHEET[1:]
    ]
    _sheet_read(read_as(HEAD + "\n".join(rows) + TAIL, "line-broken"))
