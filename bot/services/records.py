"""What /assiduite shows, from a record of attendance: the chart's data and the CSV file.

Pure: a record in, a `charts.Timeline` / `charts.Bars` or CSV bytes out, every word rendered
from templates/ (chart_words.j2, records_csv_columns.j2). Tests read these data directly,
so what the picture shows is checked against the store without looking at pixels.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from bot.render import render, to_plain_text
from bot.services import spreadsheet
from bot.services.charts import Bars, Timeline
from storage.attendance_records import BodyRecord, MemberRecord, Presence, SheetRecord
from storage.names import fold
from storage.periods import Period


def words(part: str, **data: Any) -> str:
    """One part of templates/chart_words.j2, as plain text."""
    return to_plain_text(render("chart_words", part=part, **data))


def member_timeline(record: MemberRecord, period: Period) -> Timeline:
    """Each sitting of the period on the row of how the member attended it."""
    counts = record.tally.by_presence()
    return Timeline(
        title=words("member_title", name=record.name, period=period, rate=record.rate),
        subtitle=words(
            "member_subtitle",
            sittings=record.tally.sittings,
            represented_counts=record.represented_counts,
        ),
        points=[(s.held_on, s.presence.value) for s in record.sittings],
        rows=[
            (p.value, words("presence", kind=p.value, count=counts[p]))
            for p in Presence  # present at the top, absent at the bottom
        ],
    )


def body_bars(record: BodyRecord, period: Period) -> Bars:
    """Every member with a known sitting, best rate at the top."""
    return Bars(
        title=words("body_title", body=record.body, period=period),
        subtitle=words(
            "body_subtitle",
            sittings=record.sittings,
            represented_counts=record.represented_counts,
        ),
        bars=[
            (m.name, m.rate, to_plain_text(render("chart_percent", rate=m.rate)))
            for m in record.members
            if m.rate is not None
        ],
        axis_label=words("rate_axis"),
        maximum=1.0,
    )


def body_csv(record: BodyRecord) -> bytes:
    """The ranking for a spreadsheet: « ; » separated, UTF-8 with a BOM so that a French
    spreadsheet opens the accents right, the rate as a French decimal."""
    rows: list[list[object]] = [list(render("records_csv_columns").splitlines())]
    for rank, m in record.ranked():
        t = m.tally
        rate = "" if m.rate is None else f"{m.rate * 100:.1f}".replace(".", ",")
        rows.append(
            [
                "" if rank is None else rank,
                m.name,
                t.sittings,
                t.present,
                t.represented,
                t.excused,
                t.absent,
                t.counted(record.represented_counts),
                rate,
            ]
        )
    return _csv_file(rows)


def sitting_csv(record: SheetRecord) -> bytes:
    """One sitting's attendance for a spreadsheet, a member a row in the sheet's order: how
    they attended (as recorded once held, as declared before), the proxy given and the ones
    held, the suppléant who sat; the file `body_csv` makes (« ; », BOM)."""
    rows: list[list[object]] = [
        list(to_plain_text(render("sitting_csv_words", part="columns")).splitlines())
    ]
    for line in record.lines:
        status = "replaced" if line.replaced else line.presence.value if line.presence else ""
        rows.append(
            [
                line.name,
                to_plain_text(render("sitting_csv_words", part="status", status=status)),
                line.proxy_to or "",
                line.proxy_from or "",
                line.substitute or "",
            ]
        )
    return _csv_file(rows)


def _csv_file(rows: list[list[object]]) -> bytes:
    """« ; » separated, UTF-8 with a BOM so that a French spreadsheet opens the accents right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    spreadsheet.write_rows(writer, rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def slug(text: str) -> str:
    """« Bureau Métropolitain » → « bureau-metropolitain », for a file name."""
    return "-".join("".join(c if c.isalnum() else " " for c in fold(text)).split())
