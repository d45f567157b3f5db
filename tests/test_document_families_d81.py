"""A web page whose own text names neither its collectivité nor its sitting's date: a syndicat
named in the page's title or footer (« SIVOM de la Vallée de l'Ondaine », « Syndicat mixte
d'eau potable du Haut-Forez ») is its council, as a commune or a communauté already was; a
title that alone dates the sitting (« Conseil communautaire du 12 novembre 2025 – … » over a
heading « Compte rendu ») heads the text. A bare place name stays no council, and the import
says which council a page was filed under. The pages are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.importer import Importer
from storage.models import Council
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import surnames

BODY = (
    "<p>Présents : M. Jean DURAND, Mme Claire MARTIN, M. Paul ROBERT</p>"
    "<p>Absents excusés : M. Luc PETIT</p>"
    "<p>2025-40 Tarifs du service</p><p>Adopté à l'unanimité.</p>"
)


def page(tmp_path: Path, title: str, heading: str, footer: str = "") -> Path:
    path = tmp_path / "page.html"
    path.write_text(
        f"<html><head><title>{title}</title></head><body><h1>{heading}</h1>{BODY}"
        f"<footer>{footer}</footer></body></html>",
        encoding="utf-8",
    )
    return path


@pytest.mark.parametrize(
    ("title", "heading", "footer", "council", "kind"),
    [
        (
            "Comité syndical du 12/11/2025 — SIVOM de la Vallée de l'Ondaine",
            "Compte rendu du comité syndical du 12 novembre 2025",
            "",
            "SIVOM de la Vallée de l'Ondaine",
            "syndicat",
        ),
        (
            "Compte rendu",
            "Compte rendu du comité syndical du 12 novembre 2025",
            "© Syndicat mixte d'eau potable du Haut-Forez - Mentions légales",
            "Syndicat mixte d'eau potable du Haut-Forez",
            "syndicat",
        ),
        (
            "Conseil communautaire du 12 novembre 2025 - Communauté de communes Loire Forez",
            "Compte rendu",
            "",
            "Communauté de communes Loire Forez",
            "communauté de communes",
        ),
        (
            "Séance du 12 novembre 2025 | Mairie de Chazelles",
            "Procès-verbal",
            "Mairie de Chazelles - Plan du site",
            "Commune de Chazelles",
            "commune",
        ),
    ],
)
def test_a_page_s_council_and_date_from_its_title_or_footer(
    tmp_path: Path, title: str, heading: str, footer: str, council: str, kind: str
) -> None:
    extract = parse_extract(read_document_text(page(tmp_path, title, heading, footer)))
    assert extract.council is not None
    assert (extract.council.name, extract.council.kind) == (council, kind)
    assert str(extract.sitting_date) == "2025-11-12"
    assert surnames(extract.present) == ["durand", "martin", "robert"]


def test_a_title_never_redates_a_page_its_heading_dates(tmp_path: Path) -> None:
    extract = parse_extract(
        read_document_text(
            page(
                tmp_path,
                "Mise en ligne le 20 novembre 2025 - Commune de Chazelles",
                "Conseil municipal du 12 novembre 2025",
            )
        )
    )
    assert str(extract.sitting_date) == "2025-11-12"


def test_a_bare_place_name_in_a_title_is_no_council(tmp_path: Path) -> None:
    extract = parse_extract(
        read_document_text(
            page(tmp_path, "Chazelles | Conseil municipal", "Séance du 12 novembre 2025")
        )
    )
    assert extract.council is None


def test_the_import_says_the_council_a_page_was_filed_under(
    engine: Engine, tmp_path: Path
) -> None:
    path = page(
        tmp_path,
        "Compte rendu",
        "Compte rendu du comité syndical du 12 novembre 2025",
        "© 2025 SIVOM de la Vallée de l'Ondaine. Tous droits réservés.",
    )
    with db.session(engine) as session:
        report = Importer(session).import_file(path)
        assert report.status == "imported"
        assert report.council == "SIVOM de la Vallée de l'Ondaine"
        assert session.exec(select(Council.name)).all() == ["SIVOM de la Vallée de l'Ondaine"]
