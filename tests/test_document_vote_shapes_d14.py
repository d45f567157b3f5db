"""Votes as more councils print them: a PDF's cells glued (« Pour28Contre2 », « avenant
3unanimité »), a record of votes by political group whose « Total » row is the vote (the groups
are no members), « à l'unanimité moins 2 abstentions (M. X, Mme Y) », « par 30 voix pour,
2 contre (…) et 1 abstention (…) », « le conseil, à la majorité, … » (not unanimous, figures
unsaid), « M. X ne prenant pas part au vote » inside the vote's clause. Invented documents,
line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.documents import Extract
from storage.parsing.extract import parse_extract
from tests.documents import flattened

EXTRACT = """COMMUNE DE BRIVALLON
Extrait du registre des délibérations du conseil municipal
Séance du 9 avril 2026
Conseillers en exercice : 35 – Présents : 33 – Votants : 33
Présents : Mmes et MM. Odile FAURIEL, Benoît MAZARGUES, Alix TRONCHET, Paul VERNAISON,
Irène DUCLAUX, Hugo BARTHÈS
Délibération n° 2026-031 – Tarifs du centre de loisirs
Le conseil municipal, après en avoir délibéré{clause}
{vote}
"""


def _read(vote: str, shape: str, clause: str = ", fixe les tarifs.") -> Extract:
    text = EXTRACT.format(clause=clause, vote=vote)
    return parse_extract(flattened(text) if shape == "flattened" else text)


def _figures(extract: Extract) -> tuple[int | None, int | None, int | None]:
    d = extract.deliberation
    return d.votes_for, d.votes_against, d.abstentions


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("vote", "figures"),
    [
        ("Pour28Contre2Abstention3", (28, 2, 3)),
        ("POUR28CONTRE5ABSTENTIONS0", (28, 5, 0)),
        ("Vote : Pour28 Contre2 Abst.3", (28, 2, 3)),
        # (« Contre2 Abstention » read 2 abstentions before: the figure is the label's before)
        ("Vote : Pour 31 Contre2 Abstention 0", (31, 2, 0)),
    ],
)
def test_figures_glued_to_their_labels(
    vote: str, figures: tuple[int, int, int], shape: str
) -> None:
    extract = _read(vote, shape)
    assert _figures(extract) == figures
    assert extract.deliberation.outcome == "adopted"


def test_an_outcome_glued_to_the_title_s_last_figure() -> None:
    text = """COMMUNE DE BRIVALLON
Relevé des décisions du conseil municipal du 9 avril 2026
Conseillers en exercice : 35 – Présents : 33 – Votants : 33
2026-031 – Marché de voirie – avenant n° 3unanimité
2026-032 – Tarifs du centre de loisirs – Pour25Contre8
"""
    extract = parse_extract(text)
    first, second = (item.deliberation for item in extract.items)
    assert (first.title, first.unanimous, first.outcome) == (
        "Marché de voirie – avenant n° 3",
        True,
        "adopted",
    )
    assert (second.votes_for, second.votes_against, second.outcome) == (25, 8, "adopted")


GROUPS_BARS = """| Groupe | Pour | Contre | Abstention |
|---|---|---|---|
| Brivallon Ensemble | 25 | 0 | 0 |
| Agir pour Brivallon | 0 | 5 | 0 |
| Non-inscrits | 0 | 0 | 3 |
| Total | 25 | 5 | 3 |"""
GROUPS_CELLS = """Groupe politique
Pour
Contre
Abstention
Brivallon Ensemble
25
0
0
Agir pour Brivallon
0
5
0
Non-inscrits
0
0
3
TOTAL
25
5
3"""


@pytest.mark.parametrize("table", [GROUPS_BARS, GROUPS_CELLS], ids=["bars", "pdf-cells"])
def test_a_vote_by_group_is_its_total_row(table: str) -> None:
    extract = _read(table, "line-broken")
    assert _figures(extract) == (25, 5, 3)
    assert (extract.deliberation.outcome, extract.deliberation.unanimous) == ("adopted", False)
    everyone = extract.present + extract.absent + extract.absent_excused
    assert not {p.last_name.upper() for p in everyone} & {"TOTAL", "ENSEMBLE", "INSCRITS"}
    assert len(extract.present) == 6


def test_a_vote_by_group_flattened_with_its_bars() -> None:
    assert _figures(_read(GROUPS_BARS, "flattened")) == (25, 5, 3)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_unanimity_less_named_abstentions(shape: str) -> None:
    extract = _read(
        "Adopté à l'unanimité moins 2 abstentions (M. Paul VERNAISON, Mme Irène DUCLAUX).", shape
    )
    assert _figures(extract) == (31, 0, 2)
    assert [p.last_name for p in extract.items[0].abstaining] == ["VERNAISON", "DUCLAUX"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_figures_with_names_in_the_clause(shape: str) -> None:
    clause = (
        ", par 30 voix pour, 2 contre (M. Paul VERNAISON, Mme Irène DUCLAUX) et 1 abstention"
        " (M. Benoît MAZARGUES), fixe les tarifs."
    )
    extract = _read("", shape, clause=clause)
    assert _figures(extract) == (30, 2, 1)
    item = extract.items[0]
    assert [p.last_name for p in item.against] == ["VERNAISON", "DUCLAUX"]
    assert [p.last_name for p in item.abstaining] == ["MAZARGUES"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("clause", "vote"),
    [
        (", fixe les tarifs.", "Le conseil, à la majorité, approuve les tarifs."),
        (", à la majorité, fixe les tarifs.", ""),
        (", fixe les tarifs.", "Adopté à la majorité."),
    ],
)
def test_a_majority_without_figures_is_adopted_and_not_unanimous(
    clause: str, vote: str, shape: str
) -> None:
    extract = _read(vote, shape, clause=clause)
    d = extract.deliberation
    assert (d.outcome, d.unanimous) == ("adopted", False)
    assert _figures(extract) == (None, None, None)  # no figure is made up


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "vote",
    [
        "Adopté à l'unanimité des votants, M. Paul VERNAISON ne prenant pas part au vote.",
        "Adopté à l'unanimité, M. Paul VERNAISON, intéressé, n'ayant pas pris part au vote.",
        "Ne prend pas part au vote : M. Paul VERNAISON\nAdopté à l'unanimité.",
    ],
)
def test_who_did_not_take_part_in_the_vote(vote: str, shape: str) -> None:
    extract = _read(vote, shape)
    assert [p.last_name for p in extract.items[0].not_voting] == ["VERNAISON"]
    assert extract.deliberation.unanimous is True
    assert extract.deliberation.votes_for == 32


HEADER = "Commune de Brivallon - Conseil municipal du 9 avril 2026"
FOOTER = f"{HEADER} – Page 2 / 3"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "vote",
    [
        # the brackets cut by the line's end, once or twice
        "Adopté à la majorité : Voix pour : 28  Voix contre : 3 (M. Paul VERNAISON, M.\n"
        "Benoît MAZARGUES, Mme Irène DUCLAUX)  Abstentions : 2 (Mme Odile FAURIEL, Mme\n"
        "Alix TRONCHET)",
        "Pour : 28\nContre : 3 (M. Paul VERNAISON, M. Benoît\nMAZARGUES, Mme Irène DUCLAUX)\n"
        "Abstention(s) : 2 (Mme Odile\nFAURIEL,\nMme Alix TRONCHET)",
        # the names on the line under their figure, a page's footer and header between
        "Votes : 28 pour, 3 contre (M. Paul VERNAISON, M. Benoît MAZARGUES, Mme Irène DUCLAUX),"
        f" 2 abstentions\n{FOOTER}\n\n{HEADER}\n(Mme Odile FAURIEL, Mme Alix TRONCHET)",
    ],
)
def test_names_in_brackets_running_onto_the_next_line(vote: str, shape: str) -> None:
    text = EXTRACT.format(clause=", fixe les tarifs.", vote=vote)
    if "Page 2 / 3" in vote:  # printed on every page, as PDFs do
        text = f"{HEADER}\n{text}\n{FOOTER.replace('2 / 3', '3 / 3')}\n\n{HEADER}\nFin"
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    item = extract.items[0]
    assert _figures(extract) == (28, 3, 2)
    assert [p.last_name for p in item.against] == ["VERNAISON", "MAZARGUES", "DUCLAUX"]
    assert [p.last_name for p in item.abstaining] == ["FAURIEL", "TRONCHET"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    ("vote", "figures", "outcome"),
    [
        # figures before their words, a semicolon between: no colon mistyped after « pour »
        ("Adopté par 29 voix pour ; 3 contre (M. Paul VERNAISON, Mme Irène DUCLAUX, M. Hugo"
         " BARTHÈS) ; 1 abstention (Mme Odile FAURIEL).", (29, 3, 1), "adopted"),
        ("Adoptée par 31 voix pour ; 0 contre ; 2 abstentions.", (31, 0, 2), "adopted"),
        ("Rejeté par 12 pour ; 20 contre ; 1 abstention.", (12, 20, 1), "rejected"),
    ],
)  # fmt: skip
def test_figures_before_their_words_between_semicolons(
    vote: str, figures: tuple[int, int, int], outcome: str, shape: str
) -> None:
    """« 29 voix pour ; 3 contre »: the semicolon after « pour » was taken for a colon a scan
    had misread (« Pour : 3 »), so the « pour » was the « contre » figure and a vote with
    « 0 contre » came out rejected with 0 for."""
    extract = _read(vote, shape)
    assert _figures(extract) == figures
    assert extract.items[0].deliberation.outcome == outcome


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "table",
    [
        "POUR   CONTRE   ABSTENTION(S)\n29     3        1",
        "Pour\tContre\tAbstention(s)\n29\t3\t1\nAdopté.",
        "Vote : POUR  CONTRE  ABSTENTION(S)\n 29     3       1",
    ],
)
def test_figures_under_labels_with_a_plural_in_brackets(table: str, shape: str) -> None:
    """« ABSTENTION(S) » heading the last column: the row of figures under it was not read, the
    vote left with no outcome and no figures."""
    extract = _read(table, shape)
    assert _figures(extract) == (29, 3, 1)
    assert extract.items[0].deliberation.outcome == "adopted"
