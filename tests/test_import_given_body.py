"""A document that never names its body nor its collectivité (a list of deliberations headed
only by its sitting, minutes headed « Réunion du … • 18H30 ») is imported under the body the
secretariat gives with `import --body`, with a finding saying what was assumed; without it, the
refusal says to give it with --body, never « illisible »."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from bot import cli
from storage import db
from storage.models import Body, Council, Deliberation, Sitting
from tests.documents import flattened

LIST_OF_ACTS = """LISTE DES DÉLIBÉRATIONS
de la séance du 9 septembre 2024

Nombre de membres en exercice : 19   Présents : 14   Votants : 16

2024-061 Rapport annuel sur le prix de l'eau
Adopté à l'unanimité.

2024-062 Création d'un poste d'adjoint technique
Adopté par 15 voix pour et 1 voix contre.
"""

MEETING = """Réunion du lundi 2 décembre 2024 • 18H30

Présents : M. Rémi AUGER, Mme Lise BONNET, M. Paul CARON, Mme Julie DELORME.
Excusée : Mme Anne ESTIVAL (pouvoir à M. Rémi AUGER)
Secrétaire de séance : Mme Julie DELORME

D2024-090 Tarifs de l'accueil de loisirs
Adopté à l'unanimité.
"""

RELEVE = """Relevé de décisions - séance du 14 mars 2023
Etaient présents : Mmes BRUN, COSTE, MM. DURAND, FABRE.
N° 2023-012 Vente de la parcelle AB 12 - adopté à l'unanimité
"""


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out + err


@pytest.mark.parametrize(
    ("text", "given", "council", "body"),
    [
        (
            LIST_OF_ACTS,
            "Conseil municipal de Vernay-les-Bois",
            "Commune de Vernay-les-Bois",
            "Conseil Municipal",
        ),
        (
            flattened(MEETING),
            "Bureau de la Métropole de Lyon",
            "Métropole de Lyon",
            "Bureau de la Métropole",
        ),
        (MEETING, "Commune de Saint-Aubin", "Commune de Saint-Aubin", "Conseil Municipal"),
        (RELEVE, "Comité syndical du SIVOM de la Dore", "SIVOM de la Dore", "Comité Syndical"),
    ],
)
def test_a_document_naming_neither_goes_under_the_body_given_and_says_so(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    text: str,
    given: str,
    council: str,
    body: str,
) -> None:
    path = tmp_path / "sans-en-tete.txt"
    path.write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    status, refused = run(capsys, "import", str(path), "--db", url)
    assert status == 1
    assert "--body" in refused
    assert "illisible" not in refused
    status, out = run(capsys, "import", str(path), "--db", url, "--body", given)
    assert status == 0, out
    assert f"rattaché à {council}, comme donné à l'import (--body)" in out
    assert f"séance enregistrée sous « {body} », comme donné à l'import (--body)" in out
    with db.session(db.make_engine(url)) as session:
        assert session.exec(select(Council.name)).all() == [council]
        assert session.exec(select(Body.name)).all() == [body]
        assert len(session.exec(select(Sitting)).all()) == 1
        assert session.exec(select(Deliberation)).all()


def test_a_document_naming_its_council_keeps_it_and_takes_only_the_body_given(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "pv.txt"
    path.write_text("Commune de Lhuis\n" + MEETING, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    status, out = run(capsys, "import", str(path), "--db", url, "--body", "Bureau de Vernay")
    assert status == 0, out
    with db.session(db.make_engine(url)) as session:
        assert session.exec(select(Council.name)).all() == ["Commune de Lhuis"]


@pytest.mark.parametrize("words", ["xyz", "Vernay", "  "])
def test_a_body_naming_nothing_is_refused_in_french_before_anything_is_read(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, words: str
) -> None:
    path = tmp_path / "liste.txt"
    path.write_text(LIST_OF_ACTS, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    status, out = run(capsys, "import", str(path), "--db", url, "--body", words)
    assert status == 2
    assert "ne nomme ni un organe ni une collectivité" in out
    assert "Rien n'a été importé" in out
