"""The .ics file attached to a convocation (RFC 5545), so the sitting lands in any calendar."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.queries import SittingView

DEFAULT_DURATION = timedelta(hours=3)  # the calendar needs an end; sittings rarely say theirs


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after one space (§3.1)."""
    out, current = [], ""
    for char in line:
        if len((current + char).encode()) > 75:
            out.append(current)
            current = " " + char
        else:
            current += char
    out.append(current)
    return "\r\n".join(out)


def sitting_ics(
    view: SittingView,
    starts_at: datetime,
    *,
    summary: str,
    description: str,
    sequence: int = 0,
    stamp: datetime,
) -> bytes:
    """One VEVENT; a corrective notice sends the same UID with a higher SEQUENCE."""

    def utc(moment: datetime) -> str:
        return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")

    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//council-bot//convocations//FR",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:sitting-{view.id}@council-bot",
        f"SEQUENCE:{sequence}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(starts_at)}",
        f"DTEND:{utc(starts_at + DEFAULT_DURATION)}",
        f"SUMMARY:{_escape(summary)}",
        f"DESCRIPTION:{_escape(description)}",
    ]
    if view.place:
        lines.append(f"LOCATION:{_escape(view.place)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(_fold(line) for line in lines) + "\r\n").encode()
