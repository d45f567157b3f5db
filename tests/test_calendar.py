"""The .ics of a convocation: parsed back by a calendar library, in Paris time with its
VTIMEZONE, text escaped and lines folded as RFC 5545 asks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from bot.services.calendar import sitting_ics

TZ = ZoneInfo("Europe/Paris")
STAMP = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)


def build(place: str | None, description: str, starts_at: datetime, sequence: int = 0) -> bytes:
    return sitting_ics(
        42,
        starts_at,
        place=place,
        summary="Séance du Conseil, « budget; vote »",
        description=description,
        sequence=sequence,
        stamp=STAMP,
        tz=TZ,
    )


def test_it_parses_back_with_every_character_and_the_paris_time() -> None:
    place = "Hôtel de métropole, 2 avenue Grüner; salle \\ « A »"
    description = "Ordre du jour :\n" + "\n".join(
        f"{i}. Contrat local des solidarités, axe {i} ; action « {i} » 💶" for i in range(1, 41)
    )
    # The day summer time begins in Paris: 18:00 local is 16:00 UTC, not 17:00.
    starts = datetime(2025, 3, 31, 18, 0, tzinfo=TZ)
    data = build(place, description, starts, sequence=2)
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == starts
    assert event.decoded("dtstart").astimezone(UTC).hour == 16
    assert event.decoded("dtend") - event.decoded("dtstart") == timedelta(hours=3)
    assert str(event["location"]) == place
    assert str(event["description"]) == description
    assert str(event["summary"]) == "Séance du Conseil, « budget; vote »"
    assert event.decoded("sequence") == 2
    assert str(event["uid"]) == "sitting-42@council-bot"
    (timezone,) = calendar.walk("VTIMEZONE")
    assert str(timezone["tzid"]) == "Europe/Paris"
    assert b"DTSTART;TZID=Europe/Paris:20250331T180000" in data
    # Escaped, folded at 75 octets, CRLF line ends.
    unfolded = data.replace(b"\r\n ", b"")
    assert "Grüner\\; salle \\\\ « A »".encode() in unfolded
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert data.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in data.replace(b"\r\n", b"")


def test_no_place_no_location() -> None:
    data = build(None, "Séance.", datetime(2025, 11, 20, 17, 0, tzinfo=TZ))
    (event,) = Calendar.from_ical(data).walk("VEVENT")
    assert "LOCATION" not in event
    assert event.decoded("dtstart") == datetime(2025, 11, 20, 17, 0, tzinfo=TZ)
