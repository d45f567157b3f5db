"""Minutes that print no sitting's date (« Procès-verbal du conseil municipal », a roll call,
items, and no « Séance du … »): refused as before, but the secretariat is told it is a
sitting's document missing its date and what to add, not that it is no council document at
all; a text that is no minutes keeps the plain refusal. The documents are invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.render import render, to_plain_text
from storage.documents import DocumentError
from storage.importer import parse_document
from tests.documents import flattened


def refusal(tmp_path: Path, text: str) -> str:
    path = tmp_path / "document.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError) as raised:
        parse_document(path)
    error = raised.value
    assert error.code == "not_a_document"
    return to_plain_text(render("import_failure", code=error.code, p=error.params, message=""))


UNDATED = (
    "Commune de Vals-près-le-Puy\nProcès-verbal du conseil municipal\n"
    "Présents : M. Luc ARNAUD, Mme Anne BRUN, M. Paul CROS\nSecrétaire : Mme Anne BRUN\n"
    "1. Budget primitif\nAdopté à l'unanimité.\n"
)


@pytest.mark.parametrize("text", [UNDATED, flattened(UNDATED)])
def test_minutes_without_their_date_say_what_to_add(tmp_path: Path, text: str) -> None:
    said = refusal(tmp_path, text)
    assert said.startswith("document de séance sans date de séance")
    assert "ajoutez la date de la séance" in said


@pytest.mark.parametrize(
    "text",
    [
        "Bonjour,\nvoici le document demandé.\nCordialement\n",
        "Liste des associations subventionnées\nClub de football\nComité des fêtes\n",
    ],
)
def test_a_text_that_is_no_minutes_keeps_the_plain_refusal(tmp_path: Path, text: str) -> None:
    said = refusal(tmp_path, text)
    assert said.startswith("ni extrait de délibération, ni procès-verbal")
