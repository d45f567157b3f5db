"""Importing documents and what each gave, as the secretariat reads it: the command line's
`import` and a document the secretariat sends in the conversation share this one path (the
template `import_summary.j2` says it, one line per file)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.render import findings_texts
from storage import db
from storage.documents import CouncilRecord
from storage.models import ImportedDocument
from storage.queries import store_counts


def import_and_summarise(
    engine: Engine,
    paths: Sequence[Path],
    *,
    scdl_body: str | None = None,
    max_text_bytes: int | None = None,
    given: tuple[str | None, CouncilRecord | None] = (None, None),
    progress: Callable[[Iterator[Path]], Iterator[Path]] | None = None,
    shown_as: Mapping[Path, str] | None = None,
    only_council: int | None = None,
    adds_councils: bool = True,
) -> dict[str, Any]:
    """Import files and folders; the values of `import_summary.j2`. `shown_as`: the name a file
    is known by when it was saved elsewhere to be read (a document sent in the conversation,
    kept under a temporary folder), said in the summary and recorded as the document's path.
    `only_council`: the council the sender serves, the only one the files may write to, and
    the one whose figures the summary says (the whole store's without it). `adds_councils`:
    whether a file may add a collectivité the store does not hold (not from the conversation).
    """
    from storage.importer import Importer  # the parsers (pypdf…): only for the commands that read

    with db.session(engine) as session:
        importer = Importer(
            session, **({"scdl_body": scdl_body} if scdl_body else {}), given=given,
            only_council=only_council, adds_councils=adds_councils,
        )  # fmt: skip
        importer.max_text_bytes = max_text_bytes or importer.max_text_bytes
        reports = importer.import_files(paths, progress)
        for path, name in (shown_as or {}).items():
            session.execute(
                sa.update(ImportedDocument)
                .where(ImportedDocument.path == str(path))  # type: ignore[arg-type]
                .values(path=name)
            )
            for report in reports:
                if report.path == str(path):
                    report.path = name
        session.commit()
        store = store_counts(session=session, council_id=only_council)
    return {
        "reports": reports,
        "warnings": [findings_texts(r.findings) for r in reports],
        "imported": sum(r.status == "imported" for r in reports),
        "unchanged": sum(r.status == "unchanged" for r in reports),
        "errors": sum(r.status == "error" for r in reports),
        "skipped": sum(r.status == "skipped" for r in reports),
        "store": store,
    }
