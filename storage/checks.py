"""The consistency checks of DOMAIN.md, run on every imported extract.

A failed check is a Finding kept with the record, never a fix and never an exception: real
documents have typos and the secretariat needs to see them. The law itself comes from
storage.rules.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from datetime import date, timedelta

from storage import rules
from storage.documents import Extract, Finding, Person
from storage.names import compact, first_names_compatible


class _Roster:
    """People by folded surname, so « is X in this list? » is a dictionary hit, not a scan."""

    def __init__(self, people: list[Person]) -> None:
        self._first_names: dict[str, list[str | None]] = {}
        for person in people:
            self._first_names.setdefault(compact(person.last_name), []).append(person.first_name)

    def __contains__(self, person: Person) -> bool:
        if not self._first_names:  # most rosters asked of every name are empty (late arrivals)
            return False
        return any(
            first_names_compatible(person.first_name, first)
            for first in self._first_names.get(compact(person.last_name), ())
        )


def _name(person: Person) -> str:
    return person.display()


def _repeated(people: list[Person]) -> list[tuple[Person, int]]:
    """Each distinct person with how many times the list names them."""
    first_seen: dict[tuple[str, str], Person] = {}
    times: Counter[tuple[str, str]] = Counter()
    for person in people:
        key = (compact(person.last_name), compact(person.first_name or ""))
        first_seen.setdefault(key, person)
        times[key] += 1
    return [(first_seen[key], n) for key, n in times.items()]


def check_sitting_date(held_on: date, today: date, **where: object) -> list[Finding]:
    """A published document or open-data row tells of a sitting held: a day to come is a
    misread or mistyped one (« 2999 »), and so is one before any council sat (« 1001 »). The
    sitting is stored as printed, the finding says why to look (`where`: the row's line)."""
    if held_on > today + timedelta(days=1):
        return [Finding("sitting_in_future", {**where, "held_on": held_on.isoformat()})]
    if held_on.year < rules.FIRST_COUNCILS_YEAR:
        return [Finding("sitting_before_councils", {**where, "held_on": held_on.isoformat()})]
    return []


def check_extract(extract: Extract, notice_days: int = rules.DEFAULT_NOTICE_DAYS) -> list[Finding]:
    findings: list[Finding] = []
    counts = extract.counts
    filled = extract.seated - len(extract.present)  # the seats suppléants filled
    if filled and counts.present == len(extract.present):
        # « Présents : 13 – Suppléants siégeant : 2 – Votants : 16 »: the figure counts the
        # titulars the list names, the suppléants printed apart fill their seats in the room
        counts = replace(counts, present=len(extract.present) + filled)
    # Givers printed without their holder are absent with a proxy all the same.
    givers = [p.giver for p in extract.proxies] + list(extract.represented)
    holders = [p.holder for p in extract.proxies]

    if counts.present is not None and counts.proxies is not None and counts.votes is not None:
        expected = rules.votes_available(counts.present, counts.proxies)
        if expected != counts.votes:
            findings.append(
                Finding(
                    "votes_mismatch",
                    {"present": counts.present, "proxies": counts.proxies, "votes": counts.votes},
                )
            )

    in_room, giving = _Roster(extract.present), _Roster(givers)
    # Givers may also be printed in the absent lists (« X (pouvoir à Y) »): count them once.
    # A titular whose suppléant sits is absent, but the seat is counted once, in the room.
    replaced = _Roster(extract.replaced)
    absents = [
        p for p in extract.absent_excused + extract.absent if p not in giving and p not in replaced
    ]
    # Suppléants sitting for a titular the document does not name: that titular may be listed
    # absent too, so the lists may hold up to that many names more than the seats.
    slack = extract.substitutes
    listed_total = extract.seated + len(givers) + len(absents)
    if counts.in_office is not None and listed_total - slack > counts.in_office:
        findings.append(
            Finding(
                "more_names_than_seats", {"listed": listed_total, "in_office": counts.in_office}
            )
        )

    # Members of the roll call who came late (arrived at an item): a printed count may leave
    # them out (the room at the opening) or count them (the list as printed).
    arrived = _Roster([a for i in extract.items for a in i.arrived])
    late = [p for p in extract.present if p in arrived]
    # (the seats a named suppléant filled count among the presents: the suppléant is not listed)
    seated = extract.seated
    if counts.present is not None and counts.present not in (seated, seated - len(late)):
        findings.append(
            Finding(
                "present_count_mismatch",
                {"printed": counts.present, "listed": seated},
            )
        )
    if counts.proxies is not None and len(givers) != counts.proxies:
        findings.append(
            Finding("proxy_count_mismatch", {"printed": counts.proxies, "listed": len(givers)})
        )
    if counts.present_or_represented is not None and (extract.present or givers):
        listed = extract.seated + len(givers)
        if listed != counts.present_or_represented:
            findings.append(
                Finding(
                    "present_or_represented_mismatch",
                    {"printed": counts.present_or_represented, "listed": listed},
                )
            )
    # (a printed count of absentees may count the givers the absent lists name, or not, and
    # the titulars whose suppléant sits, or not: « Absents excusés (3) : M. X, … » names them)
    with_givers = sum(p not in replaced for p in extract.absent_excused + extract.absent)
    every_absent = len(extract.absent_excused) + len(extract.absent)
    if (
        counts.absent is not None
        and (extract.absent_excused or extract.absent)
        and not 0 <= len(absents) - counts.absent <= slack
        and not 0 <= with_givers - counts.absent <= slack
        and every_absent != counts.absent
        # « Absents et procurations : 8 »: the absent listed and the givers of proxies
        and not 0 <= len(absents) + len(givers) - counts.absent <= slack
        # « Excusés : 2 (M. X, Mme Y) » beside « Absents : M. Z » and no count of its own: the
        # figure counts the excused only
        and not (
            "counts.excused" in extract.evidence
            and extract.evidence.get("counts.absent") == extract.evidence["counts.excused"]
            and len(extract.absent_excused) == counts.absent
        )
    ):
        findings.append(
            Finding("absent_list_mismatch", {"printed": counts.absent, "listed": len(absents)})
        )
    if counts.in_office is not None and counts.present is not None and counts.proxies is not None:
        unaccounted = counts.in_office - counts.present - counts.proxies
        if late and counts.present == extract.seated - len(late):
            unaccounted -= len(late)  # counted at the opening, neither present nor absent then
        if (extract.absent_excused or extract.absent) and not (
            0 <= len(absents) - unaccounted <= slack
        ):
            findings.append(
                Finding("absent_count_mismatch", {"expected": unaccounted, "listed": len(absents)})
            )

    for giver in givers:
        if giver in in_room:
            findings.append(Finding("giver_present", {"giver": _name(giver)}))
    for holder in holders:
        if extract.present and holder not in in_room:
            findings.append(Finding("holder_not_present", {"holder": _name(holder)}))

    on = extract.sitting_date
    limit = rules.max_proxies_per_holder(on) if on else 1
    for holder, times in _repeated(holders):
        if times > limit:
            findings.append(
                Finding(
                    "holder_overloaded", {"holder": _name(holder), "count": times, "limit": limit}
                )
            )
    for giver, times in _repeated(givers):
        if times > 1:
            findings.append(Finding("giver_twice", {"giver": _name(giver), "count": times}))

    again = extract.second_convocation
    # The quorum is judged on what was read: a count, else a list; neither read is no count of 0.
    if (
        on is not None
        and counts.in_office is not None
        and (counts.present is not None or extract.present)
    ):
        present = counts.present if counts.present is not None else extract.seated
        required = rules.quorum_required(counts.in_office, on, again)
        if not rules.quorum_met(present, counts.in_office, on, again):
            findings.append(Finding("quorum_not_met", {"present": present, "required": required}))
        if counts.quorum_printed is not None and counts.quorum_printed != required and not again:
            findings.append(
                Finding(
                    "quorum_printed_mismatch",
                    {"printed": counts.quorum_printed, "required": required},
                )
            )
        # Quorum again for each item members left before (DOMAIN.md: checked per item).
        opening = present
        if late and (counts.present is None or counts.present == extract.seated):
            opening -= len(late)  # the late-comers were not in the room at the opening
        came_late = _Roster(late)
        for item in extract.items:
            if not (item.away or item.arrived):
                continue
            away = [p for p in item.away if p not in came_late]
            at_vote = opening - len(away) + len(item.arrived)
            if not rules.quorum_met(at_vote, counts.in_office, on, again):
                findings.append(
                    Finding(
                        "item_quorum_not_met",
                        {
                            "item": item.deliberation.number or item.ordinal or "",
                            "present": at_vote,
                            "required": required,
                        },
                    )
                )

    if on is not None and extract.convened_on is not None:
        notice = rules.jours_francs(extract.convened_on, on)
        notice_days = rules.notice_days_required(notice_days, again)
        if notice < notice_days:
            findings.append(
                Finding("notice_too_short", {"jours_francs": notice, "required": notice_days})
            )

    deliberation = extract.deliberation
    cast = [deliberation.votes_for, deliberation.votes_against, deliberation.abstentions]
    if counts.votes is not None and all(v is not None for v in cast):
        total = sum(v for v in cast if v is not None)
        if total > counts.votes:
            findings.append(
                Finding("more_ballots_than_votes", {"ballots": total, "votes": counts.votes})
            )
    return findings
