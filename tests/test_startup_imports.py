"""What starting `council-bot` loads: the libraries only some commands use (the parsers, the
progress bar, charts, PDF, calendars, migrations) wait for those commands, so the console
answers its first question sooner."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ONLY_FOR_SOME_COMMANDS = (
    "alembic",  # a store at head is checked with one query
    "fpdf",  # the printed sheet
    "icalendar",  # a convocation's .ics
    "matplotlib",  # a chart, drawn when asked
    "pypdf",  # reading PDF documents
    "sqlalchemy.dialects.postgresql",  # a PostgreSQL store (storage.models.where_on_postgresql)
    "storage.importer",  # importing documents
    "storage.parsing",
    "tqdm",  # the import's progress bar
)


def test_the_command_line_starts_without_what_only_some_commands_use() -> None:
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; import bot.cli; print(json.dumps(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = json.loads(loaded.stdout)
    prefixes = tuple(f"{name}." for name in ONLY_FOR_SOME_COMMANDS)
    early = [m for m in modules if m in ONLY_FOR_SOME_COMMANDS or m.startswith(prefixes)]
    assert early == []


def test_reading_text_documents_leaves_the_pdf_reader_unloaded(tmp_path: Path) -> None:
    """A first start imports the bundled documents, all text: pypdf waits for a PDF."""
    text = tmp_path / "extrait.txt"
    text.write_text("Délibération n° 2024-001\n", encoding="utf-8")
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json, sys; from pathlib import Path; import storage.importer; "
            "from storage.parsing.pdf import read_document_text; "
            f"read_document_text(Path({str(text)!r})); "
            "print(json.dumps(sorted(sys.modules)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    modules = json.loads(loaded.stdout)
    assert [m for m in modules if m == "pypdf" or m.startswith("pypdf.")] == []


def test_a_postgresql_store_gets_each_partial_index_where_sqlite_has_it() -> None:
    """The tables name a partial index's WHERE once; a PostgreSQL engine gives it to that
    dialect too (one active proxy per giver, per holder's slot; one action per title)."""
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import json; from storage import db, models; "
            "db.make_engine('postgresql+psycopg://u:p@127.0.0.1:1/x'); "
            "print(json.dumps(sorted((i.name, str(i.dialect_options['postgresql']['where'])) "
            "for t in models.SQLModel.metadata.tables.values() for i in t.indexes "
            "if i.dialect_options['postgresql']['where'] is not None)))",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    assert json.loads(loaded.stdout) == [
        ["uq_fundedaction_deliberation_title", "subsidy_key IS NULL"],
        ["uq_proxy_active_giver", "revoked_at IS NULL"],
        ["uq_proxy_active_holder", "revoked_at IS NULL"],
        ["uq_sitting_body_day_live", "cancelled_at IS NULL"],
    ]
