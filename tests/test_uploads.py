"""A document sent in the conversation: the secretariat's is imported as `council-bot import`
would (the same summary, the file's own name, an audit entry); a member's is not read; a file
of another kind, too large, or that Telegram cannot give back is refused in French."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services import identity
from bot.transport import Conversation
from storage import db
from storage.models import AuditEntry, ImportedDocument, Member, Sitting
from tests.helpers import text

EXTRACT = Path(__file__).parent / "fixtures" / "extracts" / "conseil-municipal-pdf-noise.txt"
# A Bureau's extract naming no collectivité: the sender's council's (a commune's document the
# store does not hold is refused in the conversation: tests/test_attacks_uploads_councils.py)
OWN_EXTRACT = Path(__file__).parent / "fixtures" / "extracts" / "bureau-two-axes-annex.txt"


def _linked(engine: Engine, last_name: str, *, secretariat: bool = False) -> int:
    with db.session(engine) as session:
        member = session.exec(select(Member).where(Member.last_name == last_name)).one()
        member.telegram_user_id = 500_000 + (member.id or 0)
        session.add(member)
        if secretariat:
            identity.grant_secretariat(session=session, member=member)
        session.commit()
        return member.telegram_user_id


@pytest.fixture
def secretary(application, loaded_engine: Engine) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = application
    return Conversation(app, api, _linked(loaded_engine, "FAYOLLE", secretariat=True))


async def test_the_secretariat_imports_a_document_sent_here(
    secretary: Conversation, loaded_engine: Engine
) -> None:
    said = text(await secretary.send_document("bureau-2024-12-12.txt", OWN_EXTRACT.read_bytes()))
    assert "Je lis « bureau-2024-12-12.txt »" in said
    assert "✓ bureau-2024-12-12.txt : document de séance" in said
    assert "1 fichier importé" in said
    assert "/tmp" not in said
    assert "council-upload" not in said
    with db.session(loaded_engine) as session:
        kept = session.exec(
            select(ImportedDocument).where(ImportedDocument.path == "bureau-2024-12-12.txt")
        ).one()
        assert kept.kind == "extract"
        audited = session.exec(
            select(AuditEntry).where(AuditEntry.action == "document.imported")
        ).one()
        assert audited.details["file"] == "bureau-2024-12-12.txt"
        assert audited.details["imported"] == 1
    # sent again: the same content changes nothing, and says so
    again = text(await secretary.send_document("copie.txt", OWN_EXTRACT.read_bytes()))
    assert "déjà importé, rien ne change" in again


async def test_a_members_document_is_not_read(application, loaded_engine: Engine) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    member = Conversation(app, api, _linked(loaded_engine, "DEGRAIX"))
    with db.session(loaded_engine) as session:
        sittings = len(session.exec(select(Sitting)).all())
    said = text(await member.send_document("extrait.txt", EXTRACT.read_bytes()))
    assert "Je ne lis que les messages écrits" in said
    with db.session(loaded_engine) as session:
        assert len(session.exec(select(Sitting)).all()) == sittings


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("photo.jpg", "Je ne peux pas importer « photo.jpg »"),
        ("../../etc/passwd", "Je ne peux pas importer « passwd »"),
        ("<b>x</b>.exe", "Je ne peux pas importer « b.exe »"),  # « / » ends a folder
    ],
)
async def test_a_file_of_another_kind_is_refused(
    secretary: Conversation, name: str, expected: str
) -> None:
    assert expected in text(await secretary.send_document(name, b"MZ\x00\x01"))


async def test_a_file_too_large_for_telegram_is_refused_before_any_download(
    secretary: Conversation,
) -> None:
    file_id = secretary.api.receive("gros.pdf", b"%PDF-1.4")
    replies = await secretary._process(secretary.document_update("gros.pdf", file_id, 25 << 20))
    said = text(replies)
    assert "plus de 20 Mo" in said
    assert not any(c.method == "getFile" for c in secretary.api.calls)


async def test_a_file_telegram_cannot_give_back_is_said_so(secretary: Conversation) -> None:
    replies = await secretary._process(secretary.document_update("perdu.pdf", "u-gone", 100))
    assert "Je n'ai pas pu récupérer « perdu.pdf »" in text(replies)


async def test_an_unreadable_document_fails_alone_with_its_reason(
    secretary: Conversation,
) -> None:
    said = text(await secretary.send_document("vide.pdf", b"%PDF-1.4\n%%EOF"))
    assert "✗ vide.pdf" in said
    assert "Traceback" not in said


@pytest.mark.parametrize(
    ("sent_as", "said_as"),
    [
        ("   .txt", "document.txt"),
        ("😀.TXT", "document.TXT"),
        ("../..\\ex\x00trait.txt", "ex_trait.txt"),
    ],
)
async def test_a_name_with_nothing_printable_keeps_its_kind(
    secretary: Conversation, sent_as: str, said_as: str
) -> None:
    """A name the phone made of blanks, emoji or a path: what cannot be kept is dropped, but
    the file is still of the kind its name says, and read as such."""
    said = text(await secretary.send_document(sent_as, OWN_EXTRACT.read_bytes()))
    assert f"✓ {said_as} : document de séance" in said


async def test_the_console_sends_a_file_as_the_terminal_gives_a_dropped_one(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    """A file dragged into the terminal comes quoted, its spaces escaped, or as a file://
    address: each was « introuvable ». « 📎 /dev/zero » read without end; « 📎 » alone was
    « un dossier »."""
    import io

    from bot.console import run_console
    from bot.settings import Settings

    folder = tmp_path / "pv 2024"
    folder.mkdir()
    dropped = folder / "l'extrait.txt"
    dropped.write_bytes(EXTRACT.read_bytes())
    big = folder / "gros.txt"
    big.write_bytes(b"x" * (21 << 20))
    lines = [
        f"📎 '{folder}/l'\\''extrait.txt'".replace("'\\''", "'"),
        f"📎 {str(dropped).replace(' ', chr(92) + ' ').replace(chr(39), chr(92) + chr(39))}",
        f"📎 file://{str(dropped).replace(' ', '%20')}",
        f"📎 {big}",
        "📎 /dev/zero",
        "📎",
    ]
    stdout = io.StringIO()
    await run_console(
        Settings(),
        loaded_engine,
        as_member=None,
        jsonl=True,
        stdin=io.StringIO("\n".join(lines) + "\n"),
        stdout=stdout,
    )
    said = [line for line in stdout.getvalue().splitlines() if line.strip()]
    joined = "\n".join(said)
    assert joined.count("l_extrait.txt : ") == 3, joined
    assert "plus de 20 Mo" in joined
    assert "Je ne peux pas importer « zero »" in joined
    assert joined.count("Impossible de lire le fichier") == 1
    assert "c'est un dossier" not in joined
