"""`council-bot convene`, `convocation-report` and `sitting update` against a local Bot API."""

from __future__ import annotations

import csv
import io
import logging
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bot import cli
from storage import db
from storage.models import Delivery, Member, Sitting
from tests.botapi_server import FakeBotAPI, parse_html
from tests.conftest import SAMPLE_EXTRACT
from tests.helpers import TELEGRAM_SPEED, paced_like_telegram

LINKED = ("DEGRAIX", "FAYOLLE", "DALLARA")


@pytest.fixture(autouse=True)
def logging_left_as_found() -> Iterator[None]:
    """convene configures the process's logging (redacted JSON on stderr, here pytest's
    capture): put it back for the tests that follow."""
    root = logging.getLogger()
    saved = (root.handlers[:], root.level, logging.getLogRecordFactory(), sys.excepthook)
    yield
    root.handlers[:], root.level = saved[0], saved[1]
    logging.setLogRecordFactory(saved[2])
    sys.excepthook = saved[3]


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeBotAPI]:
    paced_like_telegram(monkeypatch)  # Telegram and the bot's pace, both faster
    with FakeBotAPI(speed=TELEGRAM_SPEED) as api:
        api.enforce_rate(per_second=30, per_chat_per_second=1)
        monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123:cli-secret")
        monkeypatch.setenv("TELEGRAM_API_URL", api.base_url)
        yield api


@pytest.fixture
def store(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """The sample imported, a Bureau sitting on 20 March 2099, three members linked."""
    url = f"sqlite:///{tmp_path / 'council.db'}"
    assert cli.main(["import", "--db", url, str(SAMPLE_EXTRACT)]) == 0
    assert (
        cli.main(
            ["sitting", "create", "--db", url, "--body", "Bureau", "--at", "2099-03-20 17:00"]
        )
        == 0
    )
    with db.session(db.make_engine(url)) as session:
        for number, name in enumerate(LINKED, start=1):
            member = session.exec(select(Member).where(Member.last_name == name)).one()
            member.telegram_user_id = 9_000 + number
            session.add(member)
        session.commit()
    capsys.readouterr()
    return url


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def test_convene_sends_and_reports(
    server: FakeBotAPI, store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "convene", "--db", store, "2099-03-20")
    assert status == 0
    assert "Envoyées : 3 / 67" in out
    assert "À convoquer par un autre moyen (64)" in out
    for chat in (9_001, 9_002, 9_003):
        sent = server.sent_to(chat)
        assert [c.method for c in sent] == ["sendMessage", "sendDocument"]
        assert "Convocation — Bureau Métropolitain" in sent[0].params["text"]
    status, out, _ = run(capsys, "convocation-report", "--db", store, "2099-03-20")
    assert "Accusés de réception : 0" in out
    # A change of place after the convocation: a corrective notice to those convened.
    status, out, _ = run(
        capsys, "sitting", "update", "--db", store, "2099-03-20", "--place", "Firminy"
    )
    assert status == 0
    assert "rectificatif a été envoyé" in out
    assert "Rectificatif" in server.sent_to(9_001)[2].params["text"]


def test_too_late_exits_non_zero_and_sends_nothing(
    server: FakeBotAPI,
    store: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    three_days_before = datetime(2025, 12, 29, 12, 0, tzinfo=UTC)  # the CLI's clock
    status = cli.main(
        ["sitting", "create", "--db", store, "--body", "Bureau", "--at", "2026-01-01 09:00"],
        clock=lambda: three_days_before,
    )
    assert status == 0
    status = cli.main(
        ["convene", "--db", store, "2026-01-01", "--body", "Bureau"],
        clock=lambda: three_days_before,
    )
    _, err = capsys.readouterr()
    assert status == 2
    assert "Trop tard pour convoquer : il reste 2 jours francs" in err
    assert server.messages() == []
    status = cli.main(
        ["convene", "--db", store, "2026-01-01", "--body", "Bureau", "--urgent"],
        clock=lambda: three_days_before,
    )
    assert status == 0
    assert "Convocation en urgence" in server.sent_to(9_001)[0].params["text"]


def test_without_a_token_nothing_is_convened_nor_changed(
    store: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """No token: one French line, and the sitting is neither convened (a date of sending that
    reached nobody) nor moved under members already convened."""
    monkeypatch.delenv("TELEGRAM_BOT_TOKEN", raising=False)
    monkeypatch.chdir(Path(store.removeprefix("sqlite:///")).parent)  # no .env read from here
    status, out, err = run(capsys, "convene", "--db", store, "2099-03-20")
    assert (status, out) == (2, "")
    assert "TELEGRAM_BOT_TOKEN" in err
    with db.session(db.make_engine(store)) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2099, 3, 20))).one()
        assert sitting.convened_at is None
        assert session.exec(select(Delivery)).all() == []
        sitting.convened_at = datetime(2099, 3, 1, 9, 0, tzinfo=UTC)  # convened earlier
        session.add(sitting)
        session.commit()
    status, _, err = run(
        capsys, "sitting", "update", "--db", store, "2099-03-20", "--place", "Salle B"
    )
    assert status == 2
    assert "TELEGRAM_BOT_TOKEN" in err
    with db.session(db.make_engine(store)) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2099, 3, 20))).one()
        assert sitting.place != "Salle B"


@pytest.fixture
def any_store(database_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    """The sample imported on each database, three members linked."""
    assert cli.main(["import", "--db", database_url, str(SAMPLE_EXTRACT)]) == 0
    with db.session(db.make_engine(database_url)) as session:
        for number, name in enumerate(LINKED, start=1):
            member = session.exec(select(Member).where(Member.last_name == name)).one()
            member.telegram_user_id = 9_000 + number
            session.add(member)
        session.commit()
    capsys.readouterr()
    return database_url


def test_a_40_item_agenda_is_convened_whole_and_the_proof_kept_as_csv(
    server: FakeBotAPI, any_store: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    items = [
        f"Délibération n° {n} : subvention à l'association « Loire & Furan <{n}> » pour "
        f"l'année 2099, convention d'objectifs et avenant financier (rapporteur n° {n})"
        for n in range(1, 41)
    ]
    agenda = tmp_path / "ordre-du-jour.txt"
    agenda.write_text("\n".join(items), encoding="utf-8")
    assert len(agenda.read_text(encoding="utf-8")) > 6_000
    status, _, err = run(
        capsys,
        *("sitting", "create", "--db", any_store, "--body", "Bureau"),
        *("--at", "2099-03-20 17:00", "--agenda", str(agenda)),
    )
    assert status == 0, err
    status, out, _ = run(capsys, "convene", "--db", any_store, "2099-03-20")
    assert status == 0
    assert "Envoyées : 3 / 67" in out
    assert "a bloqué" not in out
    assert not [c for c in server.calls if c.status == 400]
    for chat in (9_001, 9_002, 9_003):
        sent = server.sent_to(chat)
        assert [c.method for c in sent] == ["sendMessage"] * 3 + ["sendDocument"]
        shown = "\n".join(parse_html(str(c.params["text"])) for c in sent[:3])
        for number, item in enumerate(items, start=1):
            assert f"{number}. {item}" in shown
    proof = tmp_path / "preuve.csv"
    status, out, _ = run(
        capsys, "convocation-report", "--db", any_store, "2099-03-20", "--csv", str(proof)
    )
    assert status == 0
    assert "Preuve de réception, membre par membre" in out
    table = list(csv.reader(io.StringIO(proof.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert len(table) == 68
    got = [row for row in table[1:] if row[1] == "reçue"]
    assert len(got) == 3
    message_ids = {
        str(server.sent_to(chat)[0].result["message_id"]) for chat in (9_001, 9_002, 9_003)
    }
    assert {row[3] for row in got} == message_ids
    assert sum(row[8] == "compte Telegram non relié" for row in table[1:]) == 64


def test_a_csv_that_cannot_be_written_is_one_french_line(
    server: FakeBotAPI, store: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    status, _, _ = run(capsys, "convene", "--db", store, "2099-03-20")
    assert status == 0
    nowhere = tmp_path / "absent" / "preuve.csv"
    status, _, err = run(
        capsys, "convocation-report", "--db", store, "2099-03-20", "--csv", str(nowhere)
    )
    assert status == 2
    assert "Impossible d'écrire le tableau" in err
    assert "Traceback" not in err


def test_a_convened_sitting_moved_to_another_day_is_a_new_convocation(
    server: FakeBotAPI, store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`sitting update --at` of a convened sitting to another day: its notice period is checked
    as for any convocation, and each member convened is sent the postponement."""
    assert run(capsys, "convene", "--db", store, "2099-03-20")[0] == 0
    status, out, _ = run(
        capsys, "sitting", "update", "--db", store, "2099-03-20", "--at", "2099-04-02 18:00"
    )
    assert status == 0
    assert "au lieu du vendredi 20 mars 2099" in out
    notice = server.sent_to(9_001)[2].params["text"]
    assert "Report — convocation du Bureau Métropolitain" in notice
    with db.session(db.make_engine(store)) as session:
        sitting = session.exec(select(Sitting)).all()[-1]
        assert sitting.held_on == date(2099, 4, 2)
        assert sitting.postponed_from == date(2099, 3, 20)


def test_a_sitting_whose_hour_has_come_is_not_moved_and_is_said_begun(
    server: FakeBotAPI, store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """At 18:00 on its day the Bureau of 17:00 has begun: `sitting update --at` another day
    was refused as « Cette séance n'existe pas », the refusal's code unknown to the line."""
    assert run(capsys, "convene", "--db", store, "2099-03-20")[0] == 0
    status = cli.main(
        ["sitting", "update", "--db", store, "2099-03-20", "--at", "2099-04-02 18:00"],
        clock=lambda: datetime(2099, 3, 20, 17, 0, tzinfo=UTC),  # 18:00 in Paris
    )
    _, err = capsys.readouterr()
    assert status != 0
    assert "La séance du vendredi 20 mars 2099 a commencé" in err
    with db.session(db.make_engine(store)) as session:
        assert session.exec(select(Sitting)).all()[-1].held_on == date(2099, 3, 20)
