"""Attacks on the convocation report the secretariat exports (« exporte les réponses en
CSV »), through the real Application: names holding control characters or starting like a
formula (behind an invisible character too), separators, quotes and line breaks, stay one text
cell each, in a file Excel opens."""

from __future__ import annotations

import csv
import io

from sqlalchemy.engine import Engine
from sqlmodel import select

from storage import db
from storage.models import Member
from tests.conftest import sqlite_only
from tests.test_convocations import (  # the Bureau of 18 July 2024, broadcasts without pause
    coming_sitting,  # noqa: F401
    no_per_chat_gap,  # noqa: F401
)
from tests.test_sitting_orders import convened

NAMES = {  # PostgreSQL keeps no NUL in a text: the names below exist on SQLite only
    "BERGER": '\x00=HYPERLINK("http://x";"clic")',
    "LAGET": "\tLA\x00GET\x07",
    "BONY": 'BONY;"dit" le\nrapporteur',
    "PERACHE": "-2+3",
    "ARTIGUES": "\u200b=1+1",
    "DEGRAIX": "GI\u202eRAUD",
}


@sqlite_only
async def test_names_with_controls_separators_and_formulas_stay_one_text_cell(
    application,
    loaded_engine: Engine,
    coming_sitting: int,  # noqa: F811
) -> None:  # type: ignore[no-untyped-def]
    _, api = application
    with db.session(loaded_engine) as session:
        for last, name in NAMES.items():
            member = session.exec(select(Member).where(Member.last_name == last)).one()
            member.last_name, member.first_name, member.civility = name, None, None
            session.add(member)
        session.commit()
    dallara = await convened(application, loaded_engine)
    start = len(api.calls)
    await dallara.send("exporte les réponses à la convocation en CSV")
    sheet = next(r for r in api.replies_since(start) if r.document)
    assert sheet.document is not None
    content = sheet.document[1]
    assert content.startswith(b"\xef\xbb\xbf")  # UTF-8 that Excel recognises
    assert not any(byte < 32 and byte not in b"\r\n" for byte in content)
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert {len(row) for row in rows} == {9}
    names = [row[0] for row in rows[1:]]
    assert '\'=HYPERLINK("http://x";"clic")' in names
    assert " LAGET" in names
    assert 'BONY;"dit" le\nrapporteur' in names
    assert "'-2+3" in names
    assert "'=1+1" in names
    assert "GIRAUD" in names
    assert not any(cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)
