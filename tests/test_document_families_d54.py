"""Shapes of other councils' documents, each invented and read as printed and flattened (the
`shape` fixture): a syndicat's suppléants, who sit for any delegate of their commune (L5212-7,
L5711-1), never refused as a communauté's are (L5211-6).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from storage import db, rules
from storage.documents import CouncilRecord
from storage.importer import Importer
from storage.parsing.extract import parse_extract
from tests.documents import DOCUMENTS, printed, read

SYNDICAT = "sivom-cr-suppleants-for-communes-of-two.txt"
RECAP = "syndicat-mixte-cr-prose-then-recapitulatif.txt"
TABLEAU = "commune-pv-items-then-tableau-of-acts.txt"
VERBS = "commune-pv-capital-verbs-lists-and-glued-votes.txt"


@pytest.mark.parametrize(
    ("body", "kind", "delegates", "why"),
    [
        # a syndicat (SIVU, SIVOM, syndicat mixte): each member elects suppléants for all its seats
        ("Comité syndical", "syndicat", 3, None),
        ("Comité syndical", "syndicat", None, None),
        ("Bureau syndical", "syndicat", 1, rules.SubstituteRefusal.BODY),
        # a communauté, a métropole: only the sole delegate of a commune has one
        ("Conseil communautaire", "communauté", 2, rules.SubstituteRefusal.SEVERAL_DELEGATES),
        ("Conseil communautaire", "communauté", 1, None),
        ("Conseil de la Métropole", "métropole", 4, rules.SubstituteRefusal.SEVERAL_DELEGATES),
        ("Bureau métropolitain", "métropole", 1, rules.SubstituteRefusal.BODY),
        # the kind unknown: read as a communauté's
        ("Conseil", None, 2, rules.SubstituteRefusal.SEVERAL_DELEGATES),
    ],
)
def test_the_law_of_suppleants_by_council_kind(
    body: str, kind: str | None, delegates: int | None, why: rules.SubstituteRefusal | None
) -> None:
    assert rules.substitute_refusal(body, delegates, kind) is why


def _refusals(text: str) -> list[object]:
    return [
        f.params["why"] for f in parse_extract(text).findings if f.code == "substitute_refused"
    ]


def test_a_syndicats_suppleant_sits_for_a_commune_of_several(shape: str) -> None:
    # Tence has three delegates in the Comité: in a syndicat its suppléant sits all the same
    extract = read(SYNDICAT, shape)
    assert [s.substitute.last_name for s in extract.substitutions] == ["HILAIRE"]
    assert not [f for f in extract.findings if f.code == "substitute_refused"]
    text = (DOCUMENTS / SYNDICAT).read_text("utf-8")
    # the same sitting in a communauté's Conseil: refused (L5211-6); in a Bureau: refused
    communaute = text.replace(
        "SYNDICAT INTERCOMMUNAL À VOCATION MULTIPLE", "COMMUNAUTÉ DE COMMUNES"
    ).replace("Comité syndical", "Conseil communautaire")
    assert _refusals(printed(communaute, shape)) == ["several_delegates"]
    assert _refusals(printed(text.replace("Comité syndical", "Bureau syndical"), shape)) == [
        "body"
    ]


@pytest.mark.parametrize(
    ("kind", "whys"), [("syndicat", []), ("communauté", ["several_delegates"])]
)
def test_the_import_judges_by_the_kind_the_store_knows(
    engine: Engine, tmp_path: Path, kind: str, whys: list[str]
) -> None:
    # the document names no collectivité: the secretariat says whose it is, and its kind
    text = (DOCUMENTS / SYNDICAT).read_text("utf-8").split("\n", 1)[1]
    path = tmp_path / "pv.txt"
    path.write_text(text, encoding="utf-8")
    given = ("Comité syndical", CouncilRecord("Eaux et forêts du Lignon", kind))
    with db.session(engine) as session:
        (report,) = Importer(session, given=given).import_files([path])
    assert report.status == "imported"
    assert [f.params["why"] for f in report.findings if f.code == "substitute_refused"] == whys


def test_a_closing_list_run_into_the_last_item_keeps_its_first_row(shape: str) -> None:
    # minutes in sentences, then « Récapitulatif des délibérations de la séance » and its rows:
    # flattened, the cue ran into the last sentence and the first row into the cue (lost)
    acts = [item.deliberation for item in read(RECAP, shape).items]
    assert [act.number for act in acts] == ["2025/41", "2025/42", "2025/43"]
    assert acts[0].title == "Budget primitif 2026"
    assert [act.outcome for act in acts] == ["adopted", "adopted", "noted"]


def test_minutes_closed_by_a_table_of_acts_flattened_keep_their_items(shape: str) -> None:
    # the items under their headings, then « TABLEAU DES DÉLIBERATIONS »: flattened, the cue
    # ran into the last item's vote and the table's rows were taken for the items
    acts = [item.deliberation for item in read(TABLEAU, shape).items]
    assert [act.number for act in acts] == ["2025-090", "2025-091", "2025-092"]
    assert [act.votes_for for act in acts] == [None, 12, 14]
    assert acts[2].decisions == ["REFUSE l'attribution de l'indemnité"]


def test_capital_verbs_keep_their_list_and_their_vote(shape: str) -> None:
    # flattened, the vote ran on after the decisions on the line of « après en avoir délibéré »
    # (its outcome lost), and a verb's list after its colon made one decision of three
    acts = [item.deliberation for item in read(VERBS, shape).items]
    assert acts[0].decisions == [
        "ACQUIERT la grange au prix de 35 000 €",
        "CHARGE le Maire de signer l'acte authentique",
    ]
    assert (acts[0].outcome, acts[0].unanimous, acts[0].votes_for) == ("adopted", True, 10)
    assert acts[1].decisions == [
        "DÉCIDE de fixer les tarifs suivants :",
        "repas enfant : 3,60 €",
        "repas adulte : 6,20 €",
    ]
    assert (acts[1].outcome, acts[1].votes_for, acts[1].votes_against) == ("adopted", 9, 1)


def test_a_verb_in_capitals_opening_a_list_gives_each_entry(shape: str) -> None:
    # no « après en avoir délibéré »: « Le Conseil municipal DÉCIDE : » then its entries (no
    # decision was read at all), « APPROUVE : » then what is approved
    acts = [item.deliberation for item in read(VERBS, shape).items]
    assert acts[2].decisions == [
        "de retenir l'entreprise Besson pour 18 400 € HT",
        "d'inscrire la dépense au budget 2026",
    ]
    assert acts[3].decisions == [
        "APPROUVE :",
        "l'état d'assiette des coupes proposé par l'ONF",
        "la vente en bloc sur pied",
    ]
    assert (acts[3].outcome, acts[3].votes_for, acts[3].abstentions) == ("adopted", 8, 2)
