"""The .ics file attached to a convocation (RFC 5545), so the sitting lands in any calendar.

Built with the `icalendar` library: it escapes, folds long lines and writes the VTIMEZONE of
the body's time zone, so a sitting « à 17 h » stays at 17 h in Paris whatever the calendar's
own zone and across the change to summer time.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

DEFAULT_DURATION = timedelta(hours=3)  # the calendar needs an end; sittings rarely say theirs


def sitting_ics(
    sitting_id: int,
    starts_at: datetime,
    *,
    place: str | None,
    summary: str,
    description: str,
    sequence: int = 0,
    stamp: datetime,
    tz: ZoneInfo,
    cancelled: bool = False,
) -> bytes:
    """One VEVENT in the body's local time; a corrective notice sends the same UID with a
    higher SEQUENCE, which calendars take as the update of the event they hold."""
    from icalendar import Calendar, Event  # only when convening: the start need not pay it

    calendar = Calendar()
    calendar.add("prodid", "-//council-bot//convocations//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"sitting-{sitting_id}@council-bot")
    event.add("sequence", sequence)
    event.add("dtstamp", stamp)
    local = starts_at.astimezone(tz)
    event.add("dtstart", local)
    event.add("dtend", local + DEFAULT_DURATION)
    event.add("summary", summary)
    event.add("description", description)
    if place:
        event.add("location", place)
    if cancelled:  # the sitting cancelled: calendars strike the event they hold out
        event.add("status", "CANCELLED")
    calendar.add_component(event)
    # Only the years around the sitting: the whole history of the zone would weigh kilobytes.
    calendar.add_missing_timezones(
        first_date=local.date().replace(month=1, day=1),
        last_date=local.date().replace(month=12, day=31),
    )
    return calendar.to_ical()
