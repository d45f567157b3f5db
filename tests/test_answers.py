"""Answerers on the store alone: the facts each kind of question gets, and its sentence."""

from __future__ import annotations

from datetime import date

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import col, select

from bot.render import render, to_plain_text
from bot.services import answers
from bot.services.frames import About, Asked, read_frame
from storage import db, lookups, queries
from storage.models import Attendance, AttendanceStatus, Deliberation, Member, Proxy, Sitting
from tests.conftest import member_id
from tests.helpers import COMING_BUREAU, add_coming_bureau_sitting

TODAY = date(2024, 7, 10)
BUREAU_DAY = date(2024, 7, 4)


def _said(answer: answers.Answer) -> str:
    plain = to_plain_text(render(answer.template, asker=None, **answer.data))
    return plain.replace("\u202f", " ").replace("\xa0", " ")


def _sitting_on(session, day: date) -> int:  # type: ignore[no-untyped-def]
    sitting = session.exec(select(Sitting).where(Sitting.held_on == day)).one()
    return sitting.id


def _presence(  # type: ignore[no-untyped-def]
    session, frame, sitting_id: int, member_ids: list[int]
) -> answers.Answer:
    people = [
        lookups.member_at_sitting(session=session, sitting_id=sitting_id, member_id=m)
        for m in member_ids
    ]
    view = queries.sitting_view(session=session, sitting_id=sitting_id)
    return answers.presence(frame=frame, view=view, people=people)


def test_yes_no_gives_the_reason_per_member(loaded_engine: Engine) -> None:
    ids = [member_id(loaded_engine, n) for n in ("BERGER", "BOUCHET", "ARTIGUES", "FAYOLLE")]
    with db.session(loaded_engine) as session:
        answer = _presence(
            session,
            frame=read_frame("étaient-ils présents ?", TODAY),
            sitting_id=_sitting_on(session, BUREAU_DAY),
            member_ids=ids,
        )
    said = _said(answer)
    assert "Oui : Mme Françoise BERGER était présente." in said
    assert "Non : M. Patrick BOUCHET était absent excusé." in said
    assert "Non : M. Gilles ARTIGUES était absent, représenté par M. Jean-Luc DEGRAIX" in said
    assert "Oui : Mme Sylvie FAYOLLE présidait la séance" in said
    assert said.endswith("Bureau Métropolitain du jeudi 4 juillet 2024")


def test_taking_part_in_the_vote_counts_a_proxy(loaded_engine: Engine) -> None:
    jouve = member_id(loaded_engine, "JOUVE")
    with db.session(loaded_engine) as session:
        frame = read_frame("Jouve a pris part au vote ?", TODAY)
        said = _said(
            _presence(
                session,
                frame=frame,
                sitting_id=_sitting_on(session, BUREAU_DAY),
                member_ids=[jouve],
            )
        )
    assert said.startswith(
        "Oui : M. Christian JOUVE était absent, représenté par M. Bernard BONNET"
    )


def test_an_open_data_sitting_never_says_zero_present(loaded_engine: Engine) -> None:
    berger = member_id(loaded_engine, "BERGER")
    with db.session(loaded_engine) as session:
        sitting_id = _sitting_on(session, date(2022, 3, 24))
        assert not lookups.has_roll_call(session=session, sitting_id=sitting_id)
        frames = {
            "presence": _presence(
                session,
                frame=read_frame("Berger était là ?", TODAY),
                sitting_id=sitting_id,
                member_ids=[berger],
            ),
            "count": answers.count(
                session=session,
                frame=read_frame("combien de présents ?", TODAY),
                sitting_id=sitting_id,
            ),
            "quorum": answers.quorum(session=session, sitting_id=sitting_id),
        }
        for name, answer in frames.items():
            said = _said(answer)
            assert "ne sont pas publiées" in said, name
            assert "0 présent" not in said, name
            assert "non atteint" not in said, name
            assert not said.startswith(("Oui", "Non")), name


def test_counts_and_facts_are_one_sentence(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        sitting_id = _sitting_on(session, BUREAU_DAY)

        def count(about: About) -> str:
            frame = read_frame("combien ?", TODAY).but(asked=Asked.COUNT, about=about)
            return _said(answers.count(session=session, frame=frame, sitting_id=sitting_id))

        assert count(About.VOTES).startswith("46 votants")
        # As the roll call prints them: excusés apart from those represented by a proxy.
        assert count(About.EXCUSED).startswith("21 absents excusés")
        assert "6 absents représentés par un pouvoir (27 absents en tout)" in count(About.EXCUSED)
        assert count(About.UNEXCUSED).startswith("Aucun absent non excusé")
        assert count(About.UNREPRESENTED).startswith("21 absents excusés sans pouvoir")
        assert count(About.IN_OFFICE).startswith("67 membres en exercice")
        assert count(About.PROXIES).startswith("6 pouvoirs")
        assert count(About.PRESENT).startswith("40 présents sur 67")
        officer = read_frame("qui était secrétaire de séance ?", TODAY)
        assert _said(answers.officer(session=session, frame=officer, sitting_id=sitting_id)) == (
            "M. Charles DALLARA était secrétaire de séance à la séance du Bureau Métropolitain "
            "du jeudi 4 juillet 2024."
        )
        convocation = _said(answers.convocation(session=session, sitting_id=sitting_id))
        assert "vendredi 28 juin 2024, soit 5 jours francs" in convocation
        assert _said(answers.quorum(session=session, sitting_id=sitting_id)).startswith("Oui")


def test_votes_of_a_deliberation(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        ids = [
            d.id
            for d in session.exec(select(Deliberation).where(Deliberation.number == "2022.00033"))
        ]
        frame = read_frame("combien de voix contre ?", TODAY)
        said = _said(
            answers.votes(session=session, frame=frame, deliberation_ids=ids, loose=False)
        )
    assert "5 voix contre : adoptée (98 pour, 5 contre, 4 abstentions)." in said


def test_a_record_lists_the_absences(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        bouchet = lookups.member_record(
            session=session, member_id=member_id(loaded_engine, "BOUCHET"), today=TODAY
        )
        jouve = lookups.member_record(
            session=session, member_id=member_id(loaded_engine, "JOUVE"), today=TODAY
        )
    assert (bouchet.sittings, bouchet.present, bouchet.rate) == (1, 0, 0.0)
    assert [(m.held_on, m.status) for m in bouchet.missed] == [(BUREAU_DAY, "excused")]
    assert jouve.missed[0].holder == "M. Bernard BONNET"


def test_a_record_names_each_holder_without_a_query_per_proxy(loaded_engine: Engine) -> None:
    """Who carried each proxy is read with the proxies: a look-up per holder made a record
    over twenty years of sittings a hundred queries, most of « X a souvent manqué ? »."""
    jouve = member_id(loaded_engine, "JOUVE")
    with db.session(loaded_engine) as session:
        bureau = session.exec(select(Sitting).where(Sitting.held_on == BUREAU_DAY)).one()
        others = session.exec(
            select(Member).where(Member.id != jouve).order_by(col(Member.id)).limit(4)
        ).all()
        for n, holder in enumerate(others):
            sitting = Sitting(body_id=bureau.body_id, held_on=date(2023, 1, 5 + n), in_office=67)
            session.add(sitting)
            session.flush()
            status = AttendanceStatus.represented
            session.add(Attendance(sitting_id=sitting.id or 0, member_id=jouve, status=status))
            session.add(Proxy(sitting_id=sitting.id or 0, giver_id=jouve, holder_id=holder.id))
        session.commit()
        expected = [m.display_name for m in reversed(others)]
    statements: list[str] = []

    def seen(_conn, _cursor, statement: str, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(loaded_engine, "before_cursor_execute", seen)
    try:
        with db.session(loaded_engine) as session:
            record = lookups.member_record(session=session, member_id=jouve, today=TODAY)
    finally:
        event.remove(loaded_engine, "before_cursor_execute", seen)
    assert [m.holder for m in record.missed[1:]] == expected  # the oldest last
    assert record.missed[0].holder == "M. Bernard BONNET"
    assert len(statements) <= 3, statements  # the member, the roll calls, the proxies


def test_deliberations_over_a_period(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        half = lookups.deliberations_between(
            session=session, start=date(2022, 1, 1), end=date(2022, 6, 30)
        )
        summer = lookups.deliberations_between(
            session=session, start=date(2024, 7, 1), end=date(2024, 7, 31)
        )
    assert (half.count, half.sittings) == (79, 2)
    assert (summer.count, summer.sittings) == (1, 1)


def test_a_repaired_number_is_found_under_both_forms(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        printed = lookups.deliberation_ids_by_typed_number(
            session=session, typed="2022.0013", number="2022.00013"
        )
        stored = lookups.deliberation_ids_by_typed_number(
            session=session, typed="2022.00130", number="2022.00130"
        )
    assert printed
    assert printed == stored


def test_sittings_by_day_and_month_of_any_year(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        july_4 = lookups.sittings_matching(session=session, day=4, month=7)
        march = lookups.sittings_matching(session=session, month=3)
        none = lookups.sittings_matching(session=session, day=13, month=3)
        nearest = lookups.nearest_sittings(session=session, around=date(2022, 3, 13))
    assert [s.held_on for s in july_4] == [BUREAU_DAY]
    assert [s.held_on for s in march] == [date(2022, 3, 24)]
    assert none == []
    assert nearest[0].held_on == date(2022, 3, 24)


def test_members_ranked_by_absences(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        absent = lookups.attendance_ranking(
            session=session, most_absent=True, today=TODAY, limit=100
        )
        present = lookups.attendance_ranking(
            session=session, most_absent=False, today=TODAY, limit=3
        )
    assert len(absent) == 67
    assert absent[0].name == "M. Gilles ARTIGUES"
    assert sum(r.missed for r in absent) == 27
    assert all(r.missed == 0 for r in present)


def test_an_absence_announced_for_a_sitting_to_come_is_no_absence_yet(
    loaded_engine: Engine,
) -> None:
    """ARTIGUES, absent on 4 July, says he will miss the Bureau of 18 July too: one absence
    out of one sitting until that day comes, two out of two once it is past."""
    artigues = member_id(loaded_engine, "ARTIGUES")
    with db.session(loaded_engine) as session:
        coming = add_coming_bureau_sitting(session)
        session.add(
            Attendance(
                sitting_id=coming.id or 0, member_id=artigues, status=AttendanceStatus.excused
            )
        )
        session.commit()
        before = lookups.attendance_ranking(session=session, most_absent=True, today=TODAY)
        after = lookups.attendance_ranking(session=session, most_absent=True, today=COMING_BUREAU)
    assert (before[0].name, before[0].missed, before[0].sittings) == ("M. Gilles ARTIGUES", 1, 1)
    assert (after[0].name, after[0].missed, after[0].sittings) == ("M. Gilles ARTIGUES", 2, 2)


def test_a_bodys_seats_are_listed_or_said_unpublished(loaded_engine: Engine) -> None:
    """« les membres du bureau »: its 67 seats by surname; the Conseil, known from open data
    only, has no list: said so, with the number in office; « X est membre ? » per body."""
    berger = member_id(loaded_engine, "BERGER")
    with db.session(loaded_engine) as session:
        bodies = {b.name: b for b in lookups.body_members(session=session)}
        bureau, conseil = bodies["Bureau Métropolitain"], bodies["Conseil Métropolitain"]
        assert len(bureau.members) == 67
        assert [n for _, n in bureau.members][:2] == ["Mme Ingrid ARNAUD", "M. Gilles ARTIGUES"]
        assert conseil.members == []
        assert conseil.in_office == 123
        listed = _said(answers.members(session=session, body_ids=None))
        said = _said(answers.members(session=session, body_ids=None, member_ids=[berger]))
    assert "Bureau Métropolitain : 67 membres" in listed
    assert "Conseil Métropolitain : la liste de ses membres n'est pas publiée" in listed
    assert "Oui : Mme Françoise BERGER est membre du Bureau Métropolitain." in said
    assert "Je ne sais pas : la liste des membres du Conseil Métropolitain" in said
