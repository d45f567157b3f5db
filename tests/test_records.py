"""Attendance records, charts and the printable sheet, checked as a person would read them:
the data handed to each chart come from the store, each picture is a real PNG of the size
announced, the PDF's text holds every member and every proxy, all through the real
Application where a member asks."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import shutil
import struct
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy.engine import Engine
from sqlmodel import Session, select

from bot.services import charts, records
from bot.services.funding import funding_bars
from bot.services.sheet_pdf import MEMBERS_PER_PAGE, sheet_pdf
from bot.transport import Conversation, Reply
from storage import db, rules
from storage.attendance_records import (
    Presence,
    SheetLine,
    SheetRecord,
    body_record,
    member_record,
    sheet_record,
)
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from storage.periods import Period, read_period
from storage.queries import FundedActionView
from tests.conftest import member_id
from tests.helpers import add_coming_bureau_sitting, text

YEAR_2024 = Period(date(2024, 1, 1), date(2024, 12, 31), named=True)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def plain(words: str) -> str:
    """French no-break spaces as plain spaces."""
    return words.replace("\u202f", " ").replace("\xa0", " ")


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from the PNG header (IHDR), as any image viewer reads them."""
    assert data[:8] == PNG_SIGNATURE
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def _member(session: Session, last_name: str) -> Member:
    return session.exec(select(Member).where(Member.last_name == last_name)).one()


def add_past_bureau_sitting(
    session: Session,
    on: date,
    statuses: dict[str, AttendanceStatus],
    proxies: tuple[tuple[str, str], ...] = (),
) -> int:
    """A Bureau sitting already held, with the attendance of a few members and proxies."""
    bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
    sitting = Sitting(body_id=bureau.id or 0, held_on=on, in_office=67, place="Salle du Bureau")
    session.add(sitting)
    session.flush()
    assert sitting.id is not None
    for last_name, status in statuses.items():
        member = _member(session, last_name)
        session.add(Attendance(sitting_id=sitting.id, member_id=member.id or 0, status=status))
    for giver, holder in proxies:
        session.add(
            Proxy(
                sitting_id=sitting.id,
                giver_id=_member(session, giver).id or 0,
                holder_id=_member(session, holder).id or 0,
            )
        )
    return sitting.id


P, R, E, A = (
    AttendanceStatus.present,
    AttendanceStatus.represented,
    AttendanceStatus.excused,
    AttendanceStatus.absent,
)


@pytest.fixture
def year_engine(loaded_engine: Engine) -> Engine:
    """The seed's Bureau of 4 July 2024 and three earlier Bureau sittings of 2024, plus one of
    2023: DEGRAIX present, represented by FAYOLLE once, excused once; ARTIGUES represented by
    DEGRAIX on 4 July (the seed) and absent once."""
    with db.session(loaded_engine) as session:
        add_past_bureau_sitting(
            session,
            date(2024, 3, 14),
            {"DEGRAIX": P, "ARTIGUES": A, "FAYOLLE": P, "DALLARA": P},
        )
        add_past_bureau_sitting(
            session,
            date(2024, 5, 16),
            {"DEGRAIX": R, "ARTIGUES": P, "FAYOLLE": P, "DALLARA": E},
            proxies=(("DEGRAIX", "FAYOLLE"),),
        )
        add_past_bureau_sitting(
            session, date(2024, 6, 6), {"DEGRAIX": E, "ARTIGUES": P, "FAYOLLE": P}
        )
        add_past_bureau_sitting(session, date(2023, 12, 7), {"DEGRAIX": A, "FAYOLLE": P})
        session.commit()
    return loaded_engine


# -- the rule and the periods -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "represented_counts", "counts"),
    [
        ("present", False, True),
        ("present", True, True),
        ("represented", False, False),
        ("represented", True, True),
        ("excused", True, False),
        ("absent", True, False),
    ],
)
def test_what_counts_as_present_is_one_rule(
    status: str, represented_counts: bool, counts: bool
) -> None:
    assert rules.counts_as_present(status, represented_counts=represented_counts) is counts


@pytest.mark.parametrize(
    ("words", "start", "end", "left"),
    [
        ("Degraix 2024", date(2024, 1, 1), date(2024, 12, 31), "Degraix"),
        ("taux de présence de Fayolle en 2023", date(2023, 1, 1), date(2023, 12, 31), "Fayolle"),
        ("depuis mars 2023", date(2023, 3, 1), date(2024, 7, 10), ""),
        ("de janvier à juin 2024", date(2024, 1, 1), date(2024, 6, 30), ""),
        ("2022-2024", date(2022, 1, 1), date(2024, 12, 31), ""),
        ("en juillet", date(2024, 7, 1), date(2024, 7, 31), ""),
        ("de novembre à février", date(2023, 11, 1), date(2024, 2, 29), ""),
        ("entre le 1er mars et le 4 juillet 2024", date(2024, 3, 1), date(2024, 7, 4), ""),
        ("Degraix l'an dernier", date(2023, 1, 1), date(2023, 12, 31), "Degraix"),
        ("cette année", date(2024, 1, 1), date(2024, 7, 10), ""),
        ("Fayolle le mois dernier", date(2024, 6, 1), date(2024, 6, 30), "Fayolle"),
        ("ce mois-ci", date(2024, 7, 1), date(2024, 7, 10), ""),
        # the questions' reader of relative periods, up to today for a record
        ("Berger cet été", date(2024, 6, 1), date(2024, 7, 10), "Berger"),
        ("Fayolle fin 2023", date(2023, 9, 1), date(2023, 12, 31), "Fayolle"),
        ("les 6 derniers mois", date(2024, 1, 10), date(2024, 7, 10), ""),
        ("depuis l'an dernier", date(2023, 1, 1), date(2024, 7, 10), ""),
    ],
)
def test_periods_as_people_name_them(words: str, start: date, end: date, left: str) -> None:
    period, rest = read_period(words, date(2024, 7, 10))
    assert period is not None
    assert (period.start, period.end) == (start, end)
    assert period.named
    if left:
        assert left in rest
        assert not any(c.isdigit() for c in rest)


def test_no_period_is_the_last_twelve_months_and_an_impossible_date_is_refused() -> None:
    period, rest = read_period("Degraix", date(2024, 7, 10))
    assert period == Period(date(2023, 7, 12), date(2024, 7, 10), named=False)
    assert rest == "Degraix"
    assert read_period("le 31 février 2024", date(2024, 7, 10))[0] is None


# -- records from the store -------------------------------------------------------------------


def test_a_members_record_over_a_year(year_engine: Engine) -> None:
    with db.session(year_engine) as session:
        degraix = member_id(year_engine, "DEGRAIX")
        record = member_record(
            session=session,
            member_id=degraix,
            start=date(2024, 1, 1),
            end=date(2024, 12, 31),
            represented_counts=False,
        )
        assert record is not None
        assert [(s.held_on, s.presence, s.holder) for s in record.sittings] == [
            (date(2024, 3, 14), Presence.present, None),
            (date(2024, 5, 16), Presence.represented, "Mme Sylvie FAYOLLE"),
            (date(2024, 6, 6), Presence.excused, None),
            (date(2024, 7, 4), Presence.present, None),
        ]
        assert record.rate == 0.5
        counted = member_record(
            session=session,
            member_id=degraix,
            start=date(2024, 1, 1),
            end=date(2024, 12, 31),
            represented_counts=True,
        )
        assert counted is not None
        assert counted.rate == 0.75
        artigues = member_record(
            session=session,
            member_id=member_id(year_engine, "ARTIGUES"),
            start=date(2024, 7, 1),
            end=date(2024, 7, 31),
            represented_counts=False,
        )
        assert artigues is not None
        assert [(s.presence, s.holder) for s in artigues.sittings] == [
            (Presence.represented, "M. Jean-Luc DEGRAIX")
        ]


def test_a_body_ranked_by_rate(year_engine: Engine) -> None:
    with db.session(year_engine) as session:
        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        record = body_record(
            session=session,
            body_id=bureau.id or 0,
            start=date(2024, 1, 1),
            end=date(2024, 12, 31),
            represented_counts=False,
        )
    assert record is not None
    assert record.sittings == 4
    names = [m.name for m in record.members]
    assert len(names) == 67  # everyone in office or seen at a sitting, once
    rates = [m.rate for m in record.members if m.rate is not None]
    assert rates == sorted(rates, reverse=True)
    by_name = {m.name: m for m in record.members}
    assert by_name["Mme Sylvie FAYOLLE"].rate == 1.0
    assert by_name["M. Jean-Luc DEGRAIX"].rate == 0.5
    assert by_name["M. Gilles ARTIGUES"].tally.sittings == 4
    assert names.index("Mme Sylvie FAYOLLE") < names.index("M. Jean-Luc DEGRAIX")


# -- what the charts are given, and what they draw --------------------------------------------


def test_the_member_chart_shows_each_sitting_of_the_store(year_engine: Engine) -> None:
    with db.session(year_engine) as session:
        record = member_record(
            session=session,
            member_id=member_id(year_engine, "DEGRAIX"),
            start=YEAR_2024.start,
            end=YEAR_2024.end,
            represented_counts=False,
        )
    assert record is not None
    chart = records.member_timeline(record, YEAR_2024)
    assert chart.points == [
        (date(2024, 3, 14), "present"),
        (date(2024, 5, 16), "represented"),
        (date(2024, 6, 6), "excused"),
        (date(2024, 7, 4), "present"),
    ]
    assert chart.title == "M. Jean-Luc DEGRAIX, en 2024 : 50\u00a0% de présence"
    assert [label for _, label in chart.rows] == [
        "Présent (2)",
        "Représenté (1)",
        "Excusé (1)",
        "Absent (0)",
    ]
    assert "un pouvoir donné ne compte pas" in chart.subtitle
    png = charts.render_png(chart)
    width, height = png_size(png)
    assert (width, height) == charts.size_of(chart)
    assert width == 1080
    assert 600 < height < 1000


def test_the_ranking_chart_and_csv_hold_every_member(year_engine: Engine) -> None:
    with db.session(year_engine) as session:
        bureau = session.exec(select(Body).where(Body.name == "Bureau Métropolitain")).one()
        record = body_record(
            session=session,
            body_id=bureau.id or 0,
            start=YEAR_2024.start,
            end=YEAR_2024.end,
            represented_counts=True,
        )
    assert record is not None
    bars = records.body_bars(record, YEAR_2024)
    assert bars.bars[0] == ("Mme Sylvie FAYOLLE", 1.0, "100\u00a0%")
    assert ("M. Jean-Luc DEGRAIX", 0.75, "75\u00a0%") in bars.bars
    assert "un pouvoir compte comme une présence" in bars.subtitle
    width, height = png_size(charts.render_png(bars))
    assert (width, height) == charts.size_of(bars)
    assert height > 67 * 30  # one readable row per member
    rows = list(
        csv.reader(io.StringIO(records.body_csv(record).decode("utf-8-sig")), delimiter=";")
    )
    assert rows[0][:3] == ["Rang", "Membre", "Séances"]
    assert len(rows) == 1 + 67
    degraix = next(r for r in rows if r[1] == "M. Jean-Luc DEGRAIX")
    assert degraix[2:] == ["4", "2", "1", "1", "0", "3", "75,0"]


def _action(axis: str | None, carrier: str, contribution: int, title: str) -> FundedActionView:
    return FundedActionView(
        id=hash(title) % 1000,
        programme="Contrat local des solidarités",
        axis=axis,
        title=title,
        carrier=carrier,
        territory=None,
        objectives=None,
        cost=Decimal(contribution * 2),
        contribution=Decimal(contribution),
        multi_year_convention=None,
        deliberation_number="2024.00417",
        held_on=date(2024, 7, 4),
        funder="Métropole",  # the métropole's own actions, as the store names their funder
    )


def test_funding_by_axis_then_by_carrier() -> None:
    actions = [
        _action("Axe 1 – Santé", "AESIO", 94_000, "a"),
        _action("Axe 1 – Santé", "CCAS", 6_000, "b"),
        _action("Axe 3 – Droits", "CCAS", 50_000, "c"),
    ]
    chart = funding_bars(actions, "cls")
    assert chart is not None
    by, bars = chart
    assert by == "axis"
    assert [(label, value) for label, value, _ in bars.bars] == [
        ("Axe 1 – Santé", 100_000.0),
        ("Axe 3 – Droits", 50_000.0),
    ]
    assert plain(bars.subtitle) == "Total : 150 000 € pour 3 actions"
    assert bars.title.startswith("Contribution de la Métropole par axe")
    one_axis = funding_bars(actions[:2], "santé")
    assert one_axis is not None
    assert one_axis[0] == "carrier"
    assert funding_bars(actions[:1], "aesio") is None  # one bar would say nothing
    many = [_action(f"Axe {i}", "X", 1000 * (i + 1), str(i)) for i in range(20)]
    crowded = funding_bars(many, "")
    assert crowded is not None
    assert len(crowded[1].bars) == 12
    assert crowded[1].bars[-1][0] == "Autres (9)"
    assert sum(v for _, v, _ in crowded[1].bars) == sum(1000 * (i + 1) for i in range(20))


# -- the émargement sheet ---------------------------------------------------------------------


def test_the_record_of_a_held_sitting_as_a_pdf(loaded_engine: Engine) -> None:
    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).one()
        record = sheet_record(session=session, sitting_id=sitting.id or 0, today=date(2024, 7, 10))
        names = [m.display_name for m in session.exec(select(Member))]
    assert record is not None
    assert record.held
    assert (record.present, record.proxies, record.votes, record.quorum_required) == (
        40,
        6,
        46,
        34,
    )
    pages, content = pdf_text(sheet_pdf(record, "Saint-Etienne Métropole"))
    assert pages == 3  # 67 members, 30 a page
    flat = " ".join(content.split())
    for name in names:
        assert name in flat, name
    assert "pouvoir à M. Jean-Luc DEGRAIX" in flat  # ARTIGUES's proxy
    assert flat.count("pouvoir à") == 6
    assert "Page 1 / 3" in flat
    assert "Page 3 / 3" in flat
    assert "quorum : 34 membres présents" in flat
    assert "Présents : 40 — pouvoirs : 6 — voix : 46 — quorum atteint" in flat
    assert "Saint-Etienne Métropole" in flat
    assert "jeudi 4 juillet 2024" in flat


def test_the_sheet_before_a_sitting_prints_proxies_and_declared_absences(
    loaded_engine: Engine,
) -> None:
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session)
        bureau_id = sitting.body_id
        # A member whose name is far longer than its column: wrapped, never cut.
        long_name = Member(
            civility="Mme",
            first_name="Marie-Thérèse-Bénédicte-Ombeline",
            last_name="DE LA TOUR D'AUVERGNE-LAURAGUAIS VAN DER STRAETEN-PONTHOZ",
        )
        session.add(long_name)
        session.flush()
        session.add(Membership(body_id=bureau_id, member_id=long_name.id or 0))
        session.add(
            Proxy(
                sitting_id=sitting.id or 0,
                giver_id=_member(session, "ARTIGUES").id or 0,
                holder_id=_member(session, "DEGRAIX").id or 0,
                source="telegram",
            )
        )
        session.add(
            Attendance(
                sitting_id=sitting.id or 0,
                member_id=_member(session, "BERLIVET").id or 0,
                status=AttendanceStatus.excused,
            )
        )
        session.commit()
        record = sheet_record(session=session, sitting_id=sitting.id or 0, today=date(2024, 7, 10))
        in_office = session.exec(
            select(Member)
            .join(Membership, Membership.member_id == Member.id)  # type: ignore[arg-type]
            .where(Membership.body_id == bureau_id, Membership.active)
        ).all()
    assert record is not None
    assert not record.held
    assert len(record.lines) == len(in_office) == 68
    assert [line.name for line in record.lines][:2] == ["Mme Ingrid ARNAUD", "M. Gilles ARTIGUES"]
    pages, content = pdf_text(sheet_pdf(record, "Saint-Etienne Métropole"))
    assert pages == -(-68 // MEMBERS_PER_PAGE) == 3
    flat = " ".join(content.split())
    for member in in_office:
        assert member.display_name in flat, member.display_name
    assert "pouvoir à M. Jean-Luc DEGRAIX" in flat
    assert "porte le pouvoir de M. Gilles ARTIGUES" in flat
    assert "absent excusé" in flat
    assert "Feuille d'émargement" in flat
    assert "Signature" in flat
    assert "Lieu : Hôtel de métropole" in flat
    assert "à 17 h 00" in flat
    assert "Présents :" not in flat  # nothing is recorded before the sitting


def test_the_cli_writes_the_sheet_as_pdf(
    loaded_engine: Engine, database_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from bot.cli import main

    target = tmp_path / "feuille.pdf"
    assert main(["sheet", "2024-07-04", "--pdf", str(target), "--db", database_url]) == 0
    assert "67 membres, 3 pages" in capsys.readouterr().out
    pages, content = pdf_text(target.read_bytes())
    assert pages == 3
    assert "M. Jean-Luc DEGRAIX" in content
    missing = tmp_path / "nowhere" / "feuille.pdf"
    assert main(["sheet", "2024-07-04", "--pdf", str(missing), "--db", database_url]) == 2
    assert "Impossible d'écrire" in capsys.readouterr().err


# -- through the real Application --------------------------------------------------------------


def _photos(replies: list[Reply]) -> list[bytes]:
    return [r.photo for r in replies if r.photo is not None]


@pytest.fixture
def secretariat(application) -> Conversation:  # type: ignore[no-untyped-def]
    app, api = application
    app.bot_data.runtime.acting_as[900] = None  # the secretariat, as in the console
    return Conversation(app, api, 900, "Secrétariat")


@pytest.fixture
def with_year(year_engine: Engine) -> Engine:
    return year_engine


async def test_my_attendance_as_text_then_as_a_chart(
    with_year: Engine, degraix: Conversation
) -> None:
    replies = await degraix.send("/assiduite 2024")
    answer = text(replies)
    assert "Assiduité de M. Jean-Luc DEGRAIX en 2024" in answer
    assert "4 séances (Bureau Métropolitain) : présent 2, représenté 1" in answer
    assert "Taux de présence : 50 %" in answer
    assert (
        "jeudi 16 mai 2024, Bureau Métropolitain : représenté (pouvoir à Mme Sylvie FAYOLLE)"
        in answer
    )
    assert replies[0].method == "sendMessage"
    assert replies[-1].method == "sendPhoto"
    [png] = _photos(replies)
    assert png_size(png)[0] == 1080


async def test_a_chart_asked_again_is_sent_by_telegrams_id_without_a_look_at_the_disk(
    with_year: Engine, degraix: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = await degraix.send("/assiduite 2024")
    [sent] = [call for call in degraix.api.calls if call.method == "sendPhoto"]
    file_id = sent.result["photo"][-1]["file_id"]
    looked_at: list[str] = []
    is_file = Path.is_file

    def watched(path: Path) -> bool:
        looked_at.append(str(path))
        return is_file(path)

    monkeypatch.setattr(Path, "is_file", watched)
    drawn = charts.render_png
    monkeypatch.setattr(charts, "render_png", lambda chart: pytest.fail("drawn again"))
    again = await degraix.send("/assiduite 2024")
    monkeypatch.setattr(charts, "render_png", drawn)
    resent = [call for call in degraix.api.calls if call.method == "sendPhoto"][-1]
    assert resent.params["photo"] == file_id  # Telegram's id, nothing uploaded again
    assert resent.params["caption"] == sent.params["caption"]
    assert _photos(again) == _photos(first)  # the same picture, as the member sees it
    assert file_id not in looked_at  # (an id sent as a string is first tried as a path)


async def test_someone_elses_attendance_by_name(with_year: Engine, degraix: Conversation) -> None:
    replies = await degraix.send("/assiduite Artigues juillet 2024")
    answer = text(replies)
    assert "Assiduité de M. Gilles ARTIGUES en juillet 2024" in answer
    assert "représenté (pouvoir à M. Jean-Luc DEGRAIX)" in answer
    assert len(_photos(replies)) == 1
    nobody = text(await degraix.send("/assiduite Zorglub 2024"))
    assert "aucun membre nommé « Zorglub »" in nobody
    impossible = text(await degraix.send("/assiduite 31 février 2024"))
    assert "n'existe pas" in impossible
    empty = await degraix.send("/assiduite Artigues 2019")
    assert "aucune séance connue" in text(empty)
    assert not _photos(empty)


async def test_the_secretariat_gets_the_body_ranked_with_a_csv(
    with_year: Engine, secretariat: Conversation
) -> None:
    replies = await secretariat.send("/assiduite bureau 2024")
    answer = text(replies)
    assert "Bureau Métropolitain : assiduité en 2024, 4 séances, 67 membres." in answer
    assert "1. Mme Sylvie FAYOLLE : 100 % (4/4)" in answer
    [png] = _photos(replies)
    width, height = png_size(png)
    assert width == 1080
    assert height > 67 * 30
    [document] = [r.document for r in replies if r.document is not None]
    name, content = document
    assert name == "assiduite-bureau-metropolitain-2024-01-01-2024-12-31.csv"
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 68
    assert rows[1][1] == "Mme Sylvie FAYOLLE"


async def test_a_member_does_not_get_the_ranking(with_year: Engine, degraix: Conversation) -> None:
    replies = await degraix.send("/assiduite")  # their own record, all the store knows
    assert "Assiduité de M. Jean-Luc DEGRAIX du 7 décembre 2023 au 4 juillet 2024" in text(replies)
    assert not any(r.document for r in replies)
    forged = text(await degraix.press_data("records:b:1:2024-01-01:2024-12-31"))
    assert "réservée au secrétariat" in forged
    assert "plus valable" in text(await degraix.press_data("records:x:1:2024-01-01:2024-99-31"))


async def test_the_feuille_pdf_button(
    application, loaded_engine: Engine, degraix: Conversation
) -> None:  # type: ignore[no-untyped-def]
    app, api = application
    app.bot_data.runtime.acting_as[901] = None
    secretary = Conversation(app, api, 901, "Secrétariat")
    sheet = await secretary.send("/feuille 4 juillet 2024")
    assert "PDF à imprimer" in sheet[-1].labels
    replies = await secretary.press("PDF à imprimer")
    [document] = [r.document for r in replies if r.document is not None]
    assert document[0] == "emargement-bureau-metropolitain-2024-07-04.pdf"
    assert "Feuille de présence de la séance (relevé)" in text(replies)
    pages, content = pdf_text(document[1])
    flat = " ".join(content.split())
    assert pages == 3
    assert flat.count("pouvoir à") == 6
    with db.session(loaded_engine) as session:
        for member in session.exec(select(Member)):
            assert member.display_name in flat
    button = sheet[-1].buttons[-1][1]
    assert "réservée au secrétariat" in text(await degraix.press_data(button))
    assert "plus valable" in text(await secretary.press_data("sheetpdf:999999"))


async def test_actions_with_words_come_with_a_chart(application, degraix: Conversation) -> None:  # type: ignore[no-untyped-def]
    from storage.models import Deliberation, FundedAction

    _, _ = application
    engine = application[0].bot_data.runtime.engine
    with db.session(engine) as session:
        deliberation = session.exec(select(Deliberation)).first()
        assert deliberation is not None
        session.add(
            FundedAction(
                deliberation_id=deliberation.id or 0,
                programme="Contrat local des solidarités",
                axis="Axe 1 – Santé mentale",
                title="Maison des adolescents",
                carrier="Association ADOS",
                contribution=Decimal(30_000),
                cost=Decimal(60_000),
            )
        )
        session.commit()
    application[0].bot_data.runtime.reads.forget()
    replies = await degraix.send("/actions contrat local des solidarités")
    assert "Total" in text(replies)  # the text answer stays, first
    assert replies[0].method == "sendMessage"
    [png] = _photos(replies)
    assert png_size(png)[0] == 1080
    assert "Montants par axe" in replies[-1].text
    assert not _photos(await degraix.send("/actions aesio"))  # one action, one bar: no chart
    # Asked again: Telegram's file id is sent, nothing is drawn or uploaded twice.
    _, api = application
    start = len(api.calls)
    again = await degraix.send("/actions contrat local des solidarités")
    [photo_call] = [c for c in api.calls[start:] if c.method == "sendPhoto"]
    assert isinstance(photo_call.params["photo"], str)
    assert _photos(again) == [png]


async def test_charts_are_drawn_while_other_members_are_answered(
    with_year: Engine,
    application,
    degraix: Conversation,  # type: ignore[no-untyped-def]
) -> None:
    app, api = application
    other = Conversation(app, api, 502, "Autre")
    app.bot_data.runtime.acting_as[502] = member_id(with_year, "FAYOLLE")
    start = len(api.calls)
    await asyncio.gather(degraix.send("/assiduite 2024"), other.send("/aide"))
    methods = [(c.method, int(c.params.get("chat_id", 0))) for c in api.calls[start:]]
    photo = methods.index(("sendPhoto", 501))
    help_answer = methods.index(("sendMessage", 502))
    assert help_answer < photo  # the help went out while the chart was being drawn


async def test_the_console_names_the_files_it_was_sent(with_year: Engine, tmp_path: Path) -> None:
    from bot.console import run_console
    from bot.settings import Settings

    stdin = io.StringIO("/assiduite bureau 2024\n/feuille 4 juillet 2024\nPDF à imprimer\n")
    stdout = io.StringIO()
    settings = Settings(database_url="sqlite://")
    await run_console(settings, with_year, as_member=None, jsonl=True, stdin=stdin, stdout=stdout)
    lines = [json.loads(line) for line in stdout.getvalue().splitlines()]
    ranking = lines[0]["replies"]
    photo = Path(next(r["photo"] for r in ranking if "photo" in r))
    document = Path(next(r["document"] for r in ranking if "document" in r))
    assert png_size(_read(photo))[0] == 1080
    assert document.name.endswith(".csv")
    assert "FAYOLLE" in _read(document).decode("utf-8-sig")
    assert all("text" in r for r in ranking)
    pdf = Path(next(r["document"] for r in lines[2]["replies"] if "document" in r))
    assert _read(pdf).startswith(b"%PDF")
    assert pdf.parent == photo.parent  # one folder per console session, kept after it
    shutil.rmtree(photo.parent)


def _read(path: Path) -> bytes:
    return path.read_bytes()


def test_a_ranking_too_tall_for_a_photo_is_said_so() -> None:
    def ranking(members: int) -> charts.Bars:
        rows = [(f"M. Membre N°{i}", 0.5, "50 %") for i in range(members)]
        return charts.Bars("Titre", "Règle", rows, "Taux de présence", 1.0)

    assert charts.fits_a_photo(ranking(123))  # the Conseil
    assert not charts.fits_a_photo(ranking(400))


async def test_a_record_asked_in_a_sentence_comes_with_its_chart(degraix: Conversation) -> None:
    replies = await degraix.send("taux de présence de Berger ?")
    assert "Mme Françoise BERGER" in text(replies)  # the words first
    assert replies[-1].photo is not None  # then the picture of the same record
    assert replies[-1].photo.startswith(b"\x89PNG")


# A proxy given for a sitting to come is not yet a record of attendance: however the member
# asks for their record (a command, a sentence, a typo, SMS), the coming sitting is not counted.
@pytest.mark.parametrize(
    "asked",
    [
        "/assiduite",
        "mon assiduité ?",
        "mon taux de presence stp",
        "je suis à combien d'assiduité maintenant ?",
        "et mon assiduite du coup",
        "c koi mon taux de présence",
    ],
)
async def test_a_proxy_for_a_coming_sitting_is_not_yet_an_absence(
    coming_sitting: int, degraix: Conversation, asked: str
) -> None:
    await degraix.send("/pouvoir Fayolle")
    assert "est enregistré" in text(await degraix.press("Confirmer"))
    answer = plain(text(await degraix.send(asked)))
    assert "100 %" in answer  # present at the one sitting held
    assert "50 %" not in answer
    # the sitting to come is never in the record; a sentence's answer names it apart
    coming = [line for line in answer.splitlines() if "18 juillet 2024" in line]
    assert all(line.startswith("À venir (non compté)") for line in coming), answer


async def test_the_ranking_is_one_member_a_line_and_ties_share_a_rank(
    with_year: Engine, secretariat: Conversation
) -> None:
    answer = plain(text(await secretariat.send("/assiduite bureau 2024")))
    lines = [line for line in answer.splitlines() if ". M" in line and " : " in line]
    assert len(lines) == 67  # one line each, never two members run together
    assert lines[0].startswith("1. Mme Sylvie FAYOLLE : 100 % (4/4)")
    ranks = [int(line.split(".")[0]) for line in lines]
    assert ranks == sorted(ranks)
    assert ranks[0] == 1
    rates = [line.split(" : ")[1] for line in lines]
    for i in range(1, len(lines)):  # same rate over as many sittings: same rank
        assert (ranks[i] == ranks[i - 1]) == (rates[i] == rates[i - 1])
    assert ranks.count(1) == rates.count(rates[0])


def test_a_sheet_of_300_members_named_with_200_letters_prints_every_name_within_its_row(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """300 members, names of 200 letters with and without spaces, each giving or holding a
    proxy: the notes set in 4 pt overflowed their row onto the next member's, and the names
    were cut one letter at a time (250 000 measures, 13 s of the bot's loop for one sheet)."""
    from fpdf import FPDF

    from bot.services import sheet_pdf as sheet

    unspaced = "Marie-" + "x" * 194
    spaced = " ".join(["Bénédicte"] * 20)
    lines = [
        SheetLine(i, unspaced if i % 2 else spaced, None, spaced, unspaced) for i in range(300)
    ]
    record = SheetRecord(
        1, "Bureau", date(2024, 7, 18), None, "Salle", 300, 151, held=False, lines=lines
    )
    boxes: list[tuple[float, float]] = []
    measures = 0
    fit, measure = sheet._fit, FPDF.get_string_width

    def fitted(pdf: FPDF, text: str, *args: float, **kwargs: float | bool) -> float:
        needed = fit(pdf, text, *args, **kwargs)  # type: ignore[arg-type]
        boxes.append((needed, args[3]))
        return needed

    def counted(pdf: FPDF, *args: str, **kwargs: bool) -> float:
        nonlocal measures
        measures += 1
        return measure(pdf, *args, **kwargs)

    monkeypatch.setattr(sheet, "_fit", fitted)
    monkeypatch.setattr(FPDF, "get_string_width", counted)
    pages, content = pdf_text(sheet_pdf(record, "Saint-Etienne Métropole"))
    assert pages == 10
    assert all(needed <= height + 1e-9 for needed, height in boxes)
    assert measures < 120_000
    assert "".join(content.split()).count("x" * 194) == 150 + 300  # each name and proxy whole


def test_a_name_the_sheets_font_cannot_draw_is_marked_and_said_not_dropped(
    loaded_engine: Engine,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A member written in Chinese characters: the font has none of them, and fpdf printed the
    name without them (« LI » for « LI 李 ») and warned in English. Each is marked « □ » on
    the sheet and the secretariat is told, in French, which names to complete by hand."""
    from bot.cli import main

    with db.session(loaded_engine) as session:
        member = session.exec(select(Member).where(Member.last_name == "DEGRAIX")).one()
        member.first_name, member.last_name = "小明", "LI 李"
        session.add(member)
        session.commit()
    target = tmp_path / "feuille.pdf"
    assert main(["sheet", "2024-07-04", "--pdf", str(target), "--db", database_url]) == 0
    said = capsys.readouterr()
    assert "1 nom a des caractères que la police de la feuille ne sait pas imprimer" in said.out
    assert "小明 LI 李 ; écrivez-le à la main" in said.out
    assert not [r for r in caplog.records if "glyph" in r.getMessage()]
    _, content = pdf_text(target.read_bytes())
    assert "□□ LI □" in content
