"""Comptes rendus sommaires whose items are their decisions, with neither an act's number nor
a place on the agenda: bulleted verbs (« - Approuve le … à l'unanimité ; »), sentences of the
council (« Le conseil, par 5 voix pour et 1 contre, approuve … »), a title line then the
council's sentence, attendance with plural civilities (« Mesdames A, B et C ; Messieurs D, E
et F »). Each decision is an item with its outcome and vote, line-broken, flattened and in a
PDF; stored under the sitting's day and rank, with a finding. Invented councils."""

# ruff: noqa: E501  (the documents' lines are printed as councils print them)
from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from fpdf import FPDF
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.documents import Extract
from storage.importer import Importer
from storage.models import Deliberation
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import checked_codes, flattened, handed, surnames

BULLETED = """COMMUNE DE SAINT-ALBIN-LES-VIGNES

Compte rendu de la séance du conseil municipal du 14 mars 2024

Étaient présents : Mesdames Claire ROUX, Anne BOIS et Nadia FERRAND ; Messieurs Paul FAYE, Louis PRAT et Hervé DUMAS
Absents excusés : Madame Elsa GIRAUD (pouvoir à M. Paul FAYE), Monsieur Luc TESSIER
Secrétaire de séance : Madame Anne BOIS

Le conseil municipal, sous la présidence de Madame Claire ROUX, Maire :

- Approuve le compte administratif 2023 à l'unanimité ;
- Approuve le budget primitif 2024 par 5 voix pour et 2 abstentions ;
- Fixe les tarifs de la cantine scolaire à compter du 1er avril, à l'unanimité ;
- Rejette la motion relative à la fermeture de la trésorerie par 2 voix pour et 5 voix contre.

Le conseil, à l'unanimité, autorise le Maire à signer la convention avec le SDIS.

La séance est levée à 20 h 45.
"""

BULLETED_ITEMS = [
    # (a unanimity counted from the lists: six presents and one proxy)
    ("Approuve le compte administratif 2023", "adopted", True, (7, 0, 0)),
    ("Approuve le budget primitif 2024", "adopted", False, (5, 0, 2)),
    ("Fixe les tarifs de la cantine scolaire à compter du 1er avril", "adopted", True, None),
    ("Rejette la motion relative à la fermeture de la trésorerie", "rejected", False, (2, 5, 0)),
    ("Autorise le Maire à signer la convention avec le SDIS", "adopted", True, None),
]

# Decisions in parentheses, a giver's « qui a donné pouvoir », a noting without a vote.
BRACKETED = """VILLE DE MONTREUIL-SUR-LAYE
COMPTE RENDU SOMMAIRE
Séance du Conseil Municipal du lundi 3 juin 2024

Étaient présents : Mesdames Martine LEROY, Sophie GARNIER et Julie BLANC ; Messieurs Alain MOREL, Pierre FAURE et Marc GIRARD.
Absente excusée : Madame Isabelle NOEL qui a donné pouvoir à Madame Martine LEROY.
Absent : Monsieur Denis ROBIN.
Secrétaire de séance : Monsieur Pierre FAURE.

Le Conseil Municipal :
- Approuve le procès-verbal de la séance du 15 avril 2024 à l'unanimité.
- Approuve la décision modificative n° 1 du budget communal (unanimité).
- Accorde une subvention de 500 € à l'association « Les Amis de l'école » (5 voix pour, 2 abstentions).
- Décide de ne pas donner suite à la demande d'acquisition de la parcelle AB 12 (unanimité).
- Prend acte du rapport annuel sur le prix et la qualité du service de l'eau.
"""

# The council's sentences, the vote between the body and its verb; a closing « Questions
# diverses » that is no decision.
SENTENCES = """Commune de Belcastel-en-Quercy

Compte rendu de la séance du 12 septembre 2023

Présents : Mmes Odile VIGUIER, Lucie CASTEL et Nathalie RAYNAL, MM. Jean-Paul ALBERT, Serge MALIGNE et Eric TOURNIER.
Excusés : M. Yves DELMAS (procuration à M. Serge MALIGNE), Mme Carole BRU.
Secrétaire : Mme Lucie CASTEL.

Le conseil, à l'unanimité, approuve le compte rendu de la précédente séance.
Le conseil, par 5 voix pour et 1 contre, approuve la modification simplifiée du PLU.
Le conseil municipal décide, à l'unanimité, de fixer le prix du repas de la cantine à 3,20 €.
Le conseil, à la majorité (5 pour, 2 abstentions), autorise le maire à signer le bail du presbytère.
Questions diverses : le repas des aînés aura lieu le 8 octobre.
"""

# A title line, then the council's sentence (after « Après en avoir délibéré » too).
TITLED = """MAIRIE DE SAINT-PONS-DE-MAUCHIENS
Compte rendu du conseil municipal du 21 novembre 2023

Présents : Mesdames et Messieurs ANGLADE Paul, BARRAL Hélène, COSTE Michel, DURAND Josiane, ESTEVE Rémi.
Absents : MM. FABRE Louis et GUIRAUD Marc.
Secrétaire de séance : Hélène BARRAL.

Budget annexe de l'assainissement : décision modificative
Le conseil municipal approuve à l'unanimité la décision modificative n° 2.

Tarifs de location de la salle des fêtes
Après en avoir délibéré, le conseil municipal, par 4 voix pour et 1 abstention, fixe les tarifs 2024.

Adhésion au service commun d'instruction du droit des sols
Le conseil municipal rejette la proposition par 1 voix pour et 4 voix contre.
"""


def _items(extract: Extract) -> list[tuple[str | None, str | None, bool | None, tuple]]:
    return [
        (
            item.deliberation.title,
            item.deliberation.outcome,
            item.deliberation.unanimous,
            (
                item.deliberation.votes_for,
                item.deliberation.votes_against,
                item.deliberation.abstentions,
            ),
        )
        for item in extract.items
    ]


def _check_bulleted(extract: Extract) -> None:
    assert str(extract.sitting_date) == "2024-03-14"
    assert extract.president is not None
    assert extract.president.last_name == "ROUX"
    assert surnames(extract.present) == ["bois", "dumas", "faye", "ferrand", "prat", "roux"]
    assert surnames(extract.absent_excused) == ["giraud", "tessier"]
    assert handed(extract.proxies) == [("giraud", "faye")]
    items = _items(extract)
    assert [(t, o, u) for t, o, u, _ in items] == [(t, o, u) for t, o, u, _ in BULLETED_ITEMS]
    for (*_, read), (*_, expected) in zip(items, BULLETED_ITEMS, strict=True):
        if expected is not None:
            assert read == expected
    assert all(item.deliberation.number is None for item in extract.items)  # none printed


def test_bulleted_decisions_are_the_items(shape: str) -> None:
    _check_bulleted(parse_extract(flattened(BULLETED) if shape == "flattened" else BULLETED))


def test_bulleted_decisions_in_a_pdf(tmp_path: Path) -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for line in BULLETED.replace("’", "'").split("\n"):
        pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "cr.pdf"))
    _check_bulleted(parse_extract(read_document_text(tmp_path / "cr.pdf")))


def test_decisions_with_their_vote_in_brackets(shape: str) -> None:
    extract = parse_extract(flattened(BRACKETED) if shape == "flattened" else BRACKETED)
    assert surnames(extract.present) == ["blanc", "faure", "garnier", "girard", "leroy", "morel"]
    assert handed(extract.proxies) == [("noel", "leroy")]
    assert surnames(extract.absent) == ["robin"]
    assert [(t, o) for t, o, _, _ in _items(extract)] == [
        ("Approuve le procès-verbal de la séance du 15 avril 2024", "adopted"),
        ("Approuve la décision modificative n° 1 du budget communal", "adopted"),
        ("Accorde une subvention de 500 € à l'association « Les Amis de l'école »", "adopted"),
        (
            "Décide de ne pas donner suite à la demande d'acquisition de la parcelle AB 12",
            "adopted",
        ),
        ("Prend acte du rapport annuel sur le prix et la qualité du service de l'eau", "noted"),
    ]
    assert _items(extract)[2][3] == (5, 0, 2)
    assert "missing_outcome" not in checked_codes(extract)


def test_the_councils_sentences_are_the_items(shape: str) -> None:
    extract = parse_extract(flattened(SENTENCES) if shape == "flattened" else SENTENCES)
    assert handed(extract.proxies) == [("delmas", "maligne")]
    assert [(t, o, v) for t, o, _, v in _items(extract)] == [
        ("Approuve le compte rendu de la précédente séance", "adopted", (7, 0, 0)),
        ("Approuve la modification simplifiée du PLU", "adopted", (5, 1, 0)),
        ("Décide de fixer le prix du repas de la cantine à 3,20 €", "adopted", (7, 0, 0)),
        ("Autorise le maire à signer le bail du presbytère", "adopted", (5, 0, 2)),
    ]


def test_a_title_line_then_the_councils_sentence(shape: str) -> None:
    extract = parse_extract(flattened(TITLED) if shape == "flattened" else TITLED)
    assert surnames(extract.absent) == ["fabre", "guiraud"]
    assert [(t, o, v) for t, o, _, v in _items(extract)] == [
        ("Budget annexe de l'assainissement : décision modificative", "adopted", (5, 0, 0)),
        ("Tarifs de location de la salle des fêtes", "adopted", (4, 0, 1)),
        ("Adhésion au service commun d'instruction du droit des sols", "rejected", (1, 4, 0)),
    ]
    # « décision modificative n° 2 » in a decision is no act's number of the document
    assert all(item.deliberation.number is None for item in extract.items)


def test_an_extracts_decisions_stay_one_deliberation(shape: str) -> None:
    text = """COMMUNE DE SAINT-ALBIN-LES-VIGNES
Extrait du registre des délibérations du conseil municipal
Séance du 14 mars 2024 - compte rendu affiché le 20 mars 2024
Présents : M. Paul FAYE, Mme Anne BOIS, M. Louis PRAT.
Délibération n° 2024-015 : Convention avec le SDIS
Le conseil municipal, après en avoir délibéré, à l'unanimité :
- Approuve la convention avec le SDIS ;
- Autorise le Maire à la signer.
"""
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert [i.deliberation.number for i in extract.items] == ["2024-015"]
    assert extract.deliberation.outcome == "adopted"


def test_minutes_with_numbered_items_keep_them(shape: str) -> None:
    text = """COMMUNE DE SAINT-ALBIN-LES-VIGNES
Compte rendu de la séance du conseil municipal du 14 mars 2024
Présents : M. Paul FAYE, Mme Anne BOIS, M. Louis PRAT.
2024-015 - Convention avec le service départemental d'incendie
Le conseil municipal approuve la convention à l'unanimité.
2024-016 - Tarifs de la cantine
Le conseil municipal fixe les tarifs par 2 voix pour et 1 contre.
"""
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    assert [i.deliberation.number for i in extract.items] == ["2024-015", "2024-016"]
    if shape == "flattened":
        return  # (a short flattened text runs the sentence on after the title: another family)
    assert [i.deliberation.outcome for i in extract.items] == ["adopted", "adopted"]
    assert [i.deliberation.title for i in extract.items] == [
        "Convention avec le service départemental d'incendie",
        "Tarifs de la cantine",
    ]


def test_unnumbered_decisions_are_stored_under_the_sittings_day_and_rank(
    engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "cr-sommaire.txt"
    path.write_text(SENTENCES, encoding="utf-8")
    with db.session(engine) as session:
        report = Importer(session).import_file(path)
    assert report.status == "imported"
    (derived,) = [f for f in report.findings if f.code == "numbers_derived"]
    assert derived.params["numbers"] == [f"2023-09-12-0{n}" for n in range(1, 5)]
    assert "number" not in report.missing
    with db.session(engine) as session:
        stored = session.exec(select(Deliberation).order_by(Deliberation.number)).all()
        assert [(d.number, d.outcome, d.votes_for) for d in stored] == [
            ("2023-09-12-01", "adopted", 7),  # counted from the lists
            ("2023-09-12-02", "adopted", 5),
            ("2023-09-12-03", "adopted", 7),
            ("2023-09-12-04", "adopted", 5),
        ]


def test_only_unnumbered_decisions_look_up_the_numbers_already_derived(
    engine: Engine, tmp_path: Path
) -> None:
    # (the look-up of the sitting's derived numbers was a fifth of storing an extract that
    # numbers its act, which never needs it)
    looked_up: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if "LIKE" in statement and "deliberation" in statement.lower():
            looked_up.append(statement)

    extract = tmp_path / "extrait.txt"
    extract.write_text(
        SENTENCES.split("Le conseil", 1)[0]
        + "Délibération n° 2023-041 : Convention avec le SDIS\n"
        + "Le conseil municipal approuve la convention à l'unanimité.\n",
        encoding="utf-8",
    )
    minutes = tmp_path / "cr-sommaire.txt"
    minutes.write_text(SENTENCES, encoding="utf-8")
    sa.event.listen(engine, "before_cursor_execute", record)
    try:
        with db.session(engine) as session:
            first = Importer(session).import_file(extract)
            assert not looked_up
            second = Importer(session).import_file(minutes)
    finally:
        sa.event.remove(engine, "before_cursor_execute", record)
    assert (first.status, first.deliberations) == ("imported", 1)
    assert (second.status, second.deliberations) == ("imported", 4)
    assert len(looked_up) == 1


# Each entry names its item, then its vote after a colon.
VOTED_ENTRIES = """COMMUNE DE LORMES-SUR-AUBE
Compte rendu sommaire du conseil municipal du 8 avril 2024

Étaient présents : Mesdames Alice MOREAU et Julie PETIT ; Messieurs Denis LEROUX, Marc SIMON et Hugo VIDAL.
Absent excusé : M. Yann THOMAS (pouvoir à M. Denis LEROUX).

Décisions du conseil :
- Approbation du compte administratif 2023 : adopté à l'unanimité
- Vote des taux d'imposition 2024 : adopté par 5 voix pour et 1 abstention
- Subvention au club de tennis : adoptée à l'unanimité
- Motion contre la fermeture de la classe : rejetée par 2 voix pour et 4 contre
"""


def test_entries_naming_their_item_then_its_vote(shape: str) -> None:
    extract = parse_extract(flattened(VOTED_ENTRIES) if shape == "flattened" else VOTED_ENTRIES)
    assert surnames(extract.present) == ["leroux", "moreau", "petit", "simon", "vidal"]
    if shape == "line-broken":  # (flattened, « Absent excusé : » alone is lost: another family)
        assert handed(extract.proxies) == [("thomas", "leroux")]
    assert [(t, o, v) for t, o, _, v in _items(extract)] == [
        ("Approbation du compte administratif 2023", "adopted", (6, 0, 0)),
        ("Vote des taux d'imposition 2024", "adopted", (5, 0, 1)),
        ("Subvention au club de tennis", "adopted", (6, 0, 0)),
        ("Motion contre la fermeture de la classe", "rejected", (2, 4, 0)),
    ]


def test_names_in_brackets_inside_a_decisions_vote(shape: str) -> None:
    """« … par 4 voix pour, 1 contre (M. Louis PRAT) et 1 abstention ; »: the bracket ended
    the vote's clause, so « (M. Louis PRAT) et 1 abstention » went into the title and the
    abstention and the name were lost."""
    text = BULLETED.replace(
        "par 5 voix pour et 2 abstentions",
        "par 4 voix pour, 1 contre (M. Louis PRAT) et 1 abstention",
    )
    extract = parse_extract(flattened(text) if shape == "flattened" else text)
    budget = extract.items[1]
    assert budget.deliberation.title == "Approuve le budget primitif 2024"
    assert (
        budget.deliberation.votes_for,
        budget.deliberation.votes_against,
        budget.deliberation.abstentions,
    ) == (4, 1, 1)
    assert [p.last_name for p in budget.against] == ["PRAT"]
