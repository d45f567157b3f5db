"""Money a deliberation grants, read from its own text and stored with it: subsidies attributed
in sentences, lists of beneficiaries, tables of a programme (with bars, flattened, a PDF's
single-spaced cells), actions one line each or one field a line; amounts in French formats; and
nothing when the text only mentions money. Every document is invented."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.documents import FundedActionRecord
from storage.importer import Importer
from storage.models import Deliberation, FundedAction
from storage.parsing.extract import parse_extract
from storage.parsing.funding import parse_amount
from storage.parsing.pdf import read_document_text

SHAPES = ("line-broken", "flattened")

HEAD = """COMMUNE DE SAINT-ROMAIN-LES-ROCHES
Extrait du registre des délibérations du conseil municipal
Séance du 12 mars 2025
Nombre de membres en exercice : 15   Présents : 12   Votants : 13
Présents : M. Pierre VIDAL, Mme Lucie MOREL, M. Hugo PERRIN
Délibération n° 2025-021 – Soutien à la vie associative
"""

SENTENCES = (
    HEAD
    + """Considérant qu'une subvention de 2 000 € avait été attribuée à l'association Les Vieux
Outils en 2024,
Le conseil municipal, après en avoir délibéré,
DÉCIDE d'attribuer une subvention de fonctionnement de 12 500,00 € à l'association Les Amis du
Vieux Pont pour l'organisation de la fête des moissons ;
ACCORDE au Comité des fêtes une subvention exceptionnelle de 1.500 € ;
ATTRIBUE les subventions suivantes :
- Harmonie de Saint-Romain : 4 500,00 € pour le fonctionnement 2025 ;
- Club de gymnastique volontaire (Saint-Romain) : 800 €
- Tennis club des Roches ........ 1 200 €
DIT que les crédits de 45 000 € sont inscrits au budget primitif.
Adopté à l'unanimité.
"""
)


def _shaped(text: str, shape: str) -> str:
    return " ".join(text.split()) if shape == "flattened" else text


def _by_carrier(actions: list[FundedActionRecord]) -> dict[str, FundedActionRecord]:
    return {action.carrier or "": action for action in actions}


@pytest.mark.parametrize("shape", SHAPES)
def test_subsidies_attributed_in_sentences_and_a_list(shape: str) -> None:
    extract = parse_extract(_shaped(SENTENCES, shape))
    actions = _by_carrier(extract.funded_actions)
    assert set(actions) == {
        "Association Les Amis du Vieux Pont",
        "Comité des fêtes",
        "Harmonie de Saint-Romain",
        "Club de gymnastique volontaire (Saint-Romain)",
        "Tennis club des Roches",
    }
    pont = actions["Association Les Amis du Vieux Pont"]
    assert (pont.contribution, pont.title) == (
        Decimal("12500.00"),
        "Organisation de la fête des moissons",
    )
    assert actions["Comité des fêtes"].contribution == 1500
    assert actions["Comité des fêtes"].title == "Subvention exceptionnelle"
    assert actions["Harmonie de Saint-Romain"].title == "Fonctionnement 2025"
    assert actions["Tennis club des Roches"].contribution == 1200
    assert {action.act for action in extract.funded_actions} == {"2025-021"}


@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize(
    "decision",
    [
        "Le conseil municipal, après en avoir délibéré, APPROUVE le plan de financement de"
        " l'opération, dont le coût total s'élève à 145 000 € HT.",
        "Le conseil municipal, après en avoir délibéré, SOLLICITE une subvention de 40 000 €"
        " auprès du Département au titre de l'enveloppe de solidarité.",
        "Le conseil municipal, après en avoir délibéré, PREND ACTE du rapport : en 2024, 18 500 €"
        " ont été consacrés aux associations sportives.",
        "Le conseil municipal, après en avoir délibéré, PREND ACTE que la Région a attribué à la"
        " commune une subvention de 60 000 € pour la rénovation de l'école.",
        "Le conseil municipal, après en avoir délibéré, ACCEPTE l'aide de 25 000 € accordée à la"
        " commune par le Département.",
    ],
)
def test_money_only_mentioned_grants_nothing(shape: str, decision: str) -> None:
    extract = parse_extract(_shaped(f"{HEAD}{decision}\nAdopté à l'unanimité.\n", shape))
    assert extract.funded_actions == []


BARS = """MÉTROPOLE DE GRANDVAL
Extrait du registre des délibérations du Bureau métropolitain
Séance du 3 avril 2025
Nombre de membres en exercice : 20   Présents : 14   Votants : 16
Délibération n° B-2025-031 – Contrat de ville : programmation 2025
Le Bureau, après en avoir délibéré,
APPROUVE la programmation annexée.
Adopté à l'unanimité.
ANNEXE - Programmation 2025 du Contrat de ville
""" + "\n".join(
    "| " + " | ".join(cells) + " |"
    for cells in (
        ("Axe", "Action", "Porteur", "Coût total", "Participation Métropole"),
        ("---", "---", "---", "---", "---"),
        (
            "Axe 1 - Emploi et insertion",
            "1.2 Chantier éducatif d'été",
            "Régie de quartier Les Tilleuls",
            "36 000 €",
            "9 000 €",
        ),
        (
            "Axe 1 - Emploi et insertion",
            "1.3 Job dating dans les quartiers",
            "Mission locale du Val",
            "12 500,00 €",
            "4 000,00 €",
        ),
        (
            "Axe 2 - Cadre de vie",
            "2.1 Jardins partagés",
            "Association Terre Commune",
            "8 000 €",
            "2 500 €",
        ),
        ("TOTAL", "", "", "56 500 €", "15 500 €"),
    )
)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_programme_table_with_bars_is_one_action_a_row_and_its_total_none(shape: str) -> None:
    extract = parse_extract(_shaped(BARS, shape))
    actions = _by_carrier(extract.funded_actions)
    assert set(actions) == {
        "Régie de quartier Les Tilleuls",
        "Mission locale du Val",
        "Association Terre Commune",
    }
    job = actions["Mission locale du Val"]
    assert (job.axis, job.title) == (
        "Axe 1 - Emploi et insertion",
        "1.3 Job dating dans les quartiers",
    )
    assert (job.cost, job.contribution) == (Decimal("12500.00"), Decimal("4000.00"))
    if shape == "line-broken":
        assert job.programme == "Programmation 2025 du Contrat de ville"
    assert not any(f.code == "unreadable_amount" for f in extract.findings)


LINES = """MÉTROPOLE DE GRANDVAL
Extrait du registre des délibérations du Conseil métropolitain
Séance du 3 avril 2025
Nombre de membres en exercice : 60   Présents : 41   Votants : 50
Délibération n° 2025-118 – Politique de la ville : actions 2025
Le Conseil, après en avoir délibéré,
APPROUVE le financement des actions suivantes :
Axe 3 : Santé et prévention
Action 3.1 – Bus santé itinérant – Porteur : Mutuelle du Val – Coût total : 40 000 €{more}
Action 3.2 – Ateliers sommeil des adolescents – Porteur : Centre social Bellevue{costs}
Axe 4 : Éducation
Action : 4.1 Aide aux devoirs en ligne
Porteur : Association Savoirs Partagés
Coût prévisionnel : 18 000 €
Participation de la Métropole : 5 000 €
Adopté par 45 voix pour et 5 abstentions.
""".format(
    more=" – Participation : 10 000 €", costs=" – Coût total : 6 k€ – Participation : 1 500 €"
)


@pytest.mark.parametrize("shape", SHAPES)
def test_actions_one_line_each_or_one_field_a_line_under_their_axis(shape: str) -> None:
    extract = parse_extract(_shaped(LINES, shape))
    actions = _by_carrier(extract.funded_actions)
    assert set(actions) == {
        "Mutuelle du Val",
        "Centre social Bellevue",
        "Association Savoirs Partagés",
    }
    sommeil = actions["Centre social Bellevue"]
    assert (sommeil.axis, sommeil.title) == (
        "Axe 3 – Santé et prévention",
        "3.2 Ateliers sommeil des adolescents",
    )
    assert (sommeil.cost, sommeil.contribution) == (6000, 1500)
    devoirs = actions["Association Savoirs Partagés"]
    assert (devoirs.axis, devoirs.title) == ("Axe 4 – Éducation", "4.1 Aide aux devoirs en ligne")
    assert (devoirs.cost, devoirs.contribution) == (18000, 5000)


def _table_pdf(path: Path, rows: list[tuple[str, ...]] | None = None) -> Path:
    """A deliberation whose subsidies are a PDF table: pypdf gives its cells single-spaced."""
    import matplotlib

    font = Path(matplotlib.__file__).parent / "mpl-data" / "fonts" / "ttf" / "DejaVuSans.ttf"
    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("dejavu", fname=str(font))
    pdf.add_font("dejavu", style="B", fname=str(font))
    pdf.set_font("dejavu", size=9)
    head = HEAD.replace("Soutien à la vie associative", "Subventions 2025")
    for line in (
        head + "Le conseil municipal, après en avoir délibéré, ATTRIBUE les subventions"
        " du tableau ci-dessous.\nAdopté à l'unanimité."
    ).split("\n"):
        pdf.multi_cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    rows = rows or [
        ("Association", "Objet", "Montant"),
        ("Sou des écoles", "Classe de neige 2025", "2 300,00 €"),
        ("Amicale des sapeurs-pompiers", "Fonctionnement 2025", "650,00 €"),
        ("TOTAL", "", "2 950,00 €"),
    ]
    with pdf.table() as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.output(str(path))
    return path


def test_a_pdf_table_single_spaced_keeps_its_amounts_and_whom_they_go_to(tmp_path: Path) -> None:
    extract = parse_extract(read_document_text(_table_pdf(tmp_path / "subventions.pdf")))
    # where the beneficiary's cell ends and the object's starts is not printed: both are kept
    # as the beneficiary's words, never cut at a guess
    assert [(a.carrier, a.contribution) for a in extract.funded_actions] == [
        ("Sou des écoles Classe de neige 2025", Decimal("2300.00")),
        ("Amicale des sapeurs-pompiers Fonctionnement 2025", Decimal("650.00")),
    ]


def test_a_pdf_programme_table_single_spaced_keeps_each_action_s_axis(tmp_path: Path) -> None:
    rows = [
        ("Axe", "Action", "Porteur", "Coût total", "Participation Métropole"),
        (
            "Axe 2 - Santé",
            "2.2 Ateliers nutrition",
            "Centre social Les Tilleuls",
            "18 000 €",
            "5 000 €",
        ),
        (
            "Axe 3 - Logement",
            "3.1 Prévention des expulsions",
            "ADIL du Val",
            "60 000 €",
            "15 000 €",
        ),
    ]
    extract = parse_extract(read_document_text(_table_pdf(tmp_path / "cls.pdf", rows)))
    assert [(a.axis, a.carrier, a.cost, a.contribution) for a in extract.funded_actions] == [
        ("Axe 2 - Santé", "2.2 Ateliers nutrition Centre social Les Tilleuls", 18000, 5000),
        ("Axe 3 - Logement", "3.1 Prévention des expulsions ADIL du Val", 60000, 15000),
    ]


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("12 500,00 €", Decimal("12500.00")),
        ("12.500 €", Decimal("12500")),
        ("12 k€", Decimal("12000")),
        ("1,5 M€", Decimal("1500000.0")),
        ("4 500 euros", Decimal("4500")),
        ("Fonctionnement 2025 650,00 €", Decimal("650.00")),
    ],
)
def test_amounts_as_councils_print_them(printed: str, value: Decimal) -> None:
    assert parse_amount(printed) == value


MINUTES = """COMMUNE DE SAINT-ROMAIN-LES-ROCHES
Procès-verbal de la séance du conseil municipal du 12 mars 2025
Nombre de membres en exercice : 15   Présents : 12   Votants : 12
Présents : M. Pierre VIDAL, Mme Lucie MOREL, M. Hugo PERRIN, Mme Alice ROCHE, M. Marc DUPUY,
Mme Nadia BLANC, M. Louis FAURE, Mme Chloé MARTIN, M. Henri GARNIER, Mme Zoé LAMBERT,
M. Yves COLIN, Mme Rose GIRARD
Délibération n° 2025-030 – Budget primitif 2025
Le conseil municipal, après en avoir délibéré, adopte le budget primitif 2025 qui s'équilibre
à 1 250 000 €.
Adopté à l'unanimité.
Délibération n° 2025-031 – Subventions aux associations
Le conseil municipal, après en avoir délibéré, attribue une subvention de 3 000 € à
l'association Sports et Loisirs pour l'école de football et une subvention de 700 € au Club
des aînés.
Adopté à l'unanimité.
Délibération n° 2025-032 – Aide au ravalement des façades
Le conseil municipal, après en avoir délibéré, accorde à Mme Jeanne PERRET une aide de 1 200 €
pour le ravalement de la façade du 4 rue du Four.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_in_minutes_each_grant_belongs_to_its_own_deliberation(shape: str) -> None:
    extract = parse_extract(_shaped(MINUTES, shape))
    granted = {(a.act, a.carrier, a.contribution) for a in extract.funded_actions}
    assert granted == {
        ("2025-031", "Association Sports et Loisirs", 3000),
        ("2025-031", "Club des aînés", 700),
        ("2025-032", "Mme Jeanne PERRET", 1200),
    }


def test_the_store_links_each_action_to_its_deliberation(engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "pv.txt"
    path.write_text(MINUTES, encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([path])
        assert [r.status for r in reports] == ["imported"], reports
        rows = session.exec(
            select(Deliberation.number, FundedAction.carrier, FundedAction.contribution)
            .join(Deliberation, Deliberation.id == FundedAction.deliberation_id)  # type: ignore[arg-type]
            .order_by(FundedAction.carrier)
        ).all()
    assert [(n, c, int(a or 0)) for n, c, a in rows] == [
        ("2025-031", "Association Sports et Loisirs", 3000),
        ("2025-031", "Club des aînés", 700),
        ("2025-032", "Mme Jeanne PERRET", 1200),
    ]


def test_two_subsidies_with_one_object_to_two_clubs_are_both_stored(
    engine: Engine, tmp_path: Path
) -> None:
    text = SENTENCES.replace(
        "- Club de gymnastique volontaire (Saint-Romain) : 800 €",
        ("- Club de gymnastique volontaire (Saint-Romain) : 800 € pour le fonctionnement 2025 ;"),
    )
    path = tmp_path / "extrait.txt"
    path.write_text(text, encoding="utf-8")
    with db.session(engine) as session:
        reports = Importer(session).import_files([path])
        assert [r.status for r in reports] == ["imported"], reports
        carriers = session.exec(select(FundedAction.carrier)).all()
    assert len(carriers) == 5


def test_an_amount_too_large_for_its_column_refuses_the_document_on_both_databases(
    engine: Engine, tmp_path: Path
) -> None:
    # 10^13 € overflows NUMERIC(14, 2) on PostgreSQL (SQLite would store it): the annex's
    # actions are held to their columns however they are written, and nothing is kept.
    path = tmp_path / "extrait.txt"
    path.write_text(
        SENTENCES.replace("exceptionnelle de 1.500 €", "exceptionnelle de 10 000 000 000 000 €"),
        encoding="utf-8",
    )
    with db.session(engine) as session:
        (report,) = Importer(session).import_files([path])
        assert (report.status, report.error_code) == ("error", "value_out_of_range")
        assert session.exec(select(FundedAction.id)).all() == []
        assert session.exec(select(Deliberation.id)).all() == []


FUTURE_AND_AMOUNTS_FIRST = (
    HEAD
    + """Le conseil municipal, après en avoir délibéré,
DIT que la commune versera à l'Office de tourisme des Roches une participation de 2 500 € pour
l'édition du guide 2025 ;
DÉCIDE d'allouer les aides suivantes :
- 1 500 € à l'association Roches Patrimoine pour la restauration du lavoir ;
- 600 € au Club de l'amitié
Adopté à l'unanimité.
"""
)


@pytest.mark.parametrize("shape", SHAPES)
def test_a_grant_in_the_future_and_a_list_with_its_amounts_first(shape: str) -> None:
    extract = parse_extract(_shaped(FUTURE_AND_AMOUNTS_FIRST, shape))
    assert {(a.carrier, a.title, a.contribution) for a in extract.funded_actions} == {
        ("Office de tourisme des Roches", "Édition du guide 2025", 2500),
        ("Association Roches Patrimoine", "Restauration du lavoir", 1500),
        ("Club de l'amitié", "Subvention à Club de l'amitié", 600),
    }


# The beneficiary named before the amount, then when or why after it: « au titre de », « à
# compter du », « au budget » are no beneficiary (« au titre de l'exercice 2026 » was stored as
# the one funded).
WHEN_AFTER_AMOUNT = (
    HEAD
    + """Le conseil municipal, après en avoir délibéré,
DÉCIDE de verser à l'Office municipal des sports une subvention de 9 200 € au titre de
l'exercice 2026 ;
ACCORDE à l'association Culture et Loisirs une participation de 750 € à compter du 1er mars ;
OCTROIE au Centre social des Roches une aide de 4 000 € au budget 2026.
Adopté à l'unanimité.
"""
)


@pytest.mark.parametrize("shape", SHAPES)
def test_when_or_why_after_the_amount_is_no_beneficiary(shape: str) -> None:
    extract = parse_extract(_shaped(WHEN_AFTER_AMOUNT, shape))
    assert {(a.carrier, a.contribution) for a in extract.funded_actions} == {
        ("Office municipal des sports", 9200),
        ("Association Culture et Loisirs", 750),
        ("Centre social des Roches", 4000),
    }


# A grant's labels under its item's title (« Bénéficiaire : … », « Montant accordé : … »):
# flattened, they ran on into the title and the grant was lost.
LABELLED_UNDER_TITLE = """COMMUNE DE SAINT-ROMAIN-LES-ROCHES
Procès-verbal du conseil municipal du 14 mai 2025
Présents : M. Pierre VIDAL, Mme Lucie MOREL, M. Hugo PERRIN
Délibération n° 2025-041 – SPORTS – AIDE AU CLUB DE CANOË
Bénéficiaire : Canoë-kayak des Roches
Montant accordé : 2 400 €
Adoptée à l'unanimité.
Délibération n° 2025-042 – VOIRIE – RÉFECTION DU CHEMIN DES PRÉS
Adoptée à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_grant_s_labels_under_its_item_s_title(shape: str) -> None:
    extract = parse_extract(_shaped(LABELLED_UNDER_TITLE, shape))
    assert [i.deliberation.title for i in extract.items] == [
        "SPORTS – AIDE AU CLUB DE CANOË",
        "VOIRIE – RÉFECTION DU CHEMIN DES PRÉS",
    ]
    assert [(a.carrier, a.contribution, a.act) for a in extract.funded_actions] == [
        ("Canoë-kayak des Roches", 2400, "2025-041")
    ]
