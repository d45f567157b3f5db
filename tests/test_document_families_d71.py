"""A web page whose own text never names its collectivité, its browser title or its footer
does (« … - Mairie de X », « © 2025 Communauté de communes de Y. Tous droits réservés. »): the
council is read from there, heading the text as a letterhead would, so the page is imported
instead of refused. Nothing is guessed from a bare name (« Accueil - Saint-Héand »), nor when
the title and the footer name two collectivités, nor over the page's own heading. Read from
real files, imported in-process on a real SQLite file; the pages are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import cli
from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import DOCUMENTS

PAGE = (
    "<html><head><title>{title}</title></head><body>"
    "<h1>{heading}</h1><p>Présents : M. Pierre BONNET, Mme Julie FAYARD, M. Karim BENALI</p>"
    "<p>1 - Approbation du règlement intérieur</p><p>Adopté à l'unanimité.</p>"
    "<footer><p>{footer}</p></footer></body></html>"
)


def _page(tmp_path: Path, title: str, footer: str, heading: str) -> Path:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(title=title, footer=footer, heading=heading), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("name", "council", "kind"),
    [
        (
            "commune-cr-page-named-in-title-and-footer.html",
            "Commune de Saint-Jean-Bonnefonds",
            "commune",
        ),
        (
            "communaute-cr-page-named-in-footer-class.html",
            "Communauté de communes des Hautes Chaumes",
            "communauté de communes",
        ),
    ],
)
def test_the_council_named_by_the_page_s_furniture(name: str, council: str, kind: str) -> None:
    extract = parse_extract(read_document_text(DOCUMENTS / name))
    assert extract.council is not None
    assert extract.council.name == council
    assert extract.council.kind == kind
    assert extract.evidence["council"]["line"] == 1
    assert len(extract.present) >= 4


@pytest.mark.parametrize(
    ("title", "footer", "council"),
    [
        ("Séance du 5 mai 2025 | Ville de Firminy", "Mentions légales", "Ville de Firminy"),
        ("Séance du 5 mai 2025", "© Mairie de Marlhes - 2025", "Commune de Marlhes"),
        ("Conseil municipal", "© 2025 Commune de Rozier-Côtes-d'Aurec.", "Commune de Rozier"),
        # two collectivités named: which one sat is not said
        ("Séance du 5 mai 2025 | Ville de Firminy", "© Commune de Marlhes", None),
        # a bare name is no collectivité's
        ("Accueil - Saint-Héand", "Plan du site - Agence Web42", None),
    ],
)
def test_title_and_footer(tmp_path: Path, title: str, footer: str, council: str | None) -> None:
    heading = "Compte rendu du conseil municipal du 5 mai 2025"
    extract = parse_extract(read_document_text(_page(tmp_path, title, footer, heading)))
    if council is None:
        assert extract.council is None
    else:
        assert extract.council is not None
        assert extract.council.name.startswith(council)


def test_the_page_s_own_heading_comes_first(tmp_path: Path) -> None:
    heading = "Commune de Lavalla - Compte rendu du conseil municipal du 5 mai 2025"
    path = _page(tmp_path, "Ville de Firminy", "© Ville de Firminy", heading)
    extract = parse_extract(read_document_text(path))
    assert extract.council is not None
    assert extract.council.name == "Commune de Lavalla"


def test_the_page_is_imported(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = DOCUMENTS / "communaute-cr-page-named-in-footer-class.html"
    assert cli.main(["import", "--db", f"sqlite:///{tmp_path / 'c.db'}", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Communauté de communes des Hautes Chaumes" in out
    assert "1 fichier importé" in out
    assert "ne nomme pas sa collectivité" not in out
