"""What members said before a sitting (« je viendrai », « je ne pourrai pas venir », a proxy
given by message) and what its published minutes print afterwards: the minutes say what
happened. The members' word was kept as if it were a first document of the sitting: the
minutes printing « absent excusé » a member who had said he would come left him present
(« Oui, vous étiez présent »), and a proxy given by message stayed in force while the one the
minutes print was dropped, both without a word to the secretariat."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.services import proxies
from bot.transport import Conversation, InProcessBotAPI
from storage import db
from storage.importer import Importer
from storage.models import Proxy
from tests.conftest import SAMPLE_EXTRACT, member_id
from tests.helpers import (
    active_proxies,
    add_coming_bureau_sitting,
    attendance_status,
    linked,
    text,
)

# The bundled extract, as the minutes of the coming Bureau (18 July) under an act of its own.
MINUTES_OF_THE_18TH = (
    SAMPLE_EXTRACT.read_text(encoding="utf-8")
    .replace("04 JUILLET 2024", "18 JUILLET 2024")
    .replace("convoqué le 28 juin 2024", "convoqué le 11 juillet 2024")
    .replace("2024.00417", "2024.00630")
    .replace("2024_00417", "2024_00630")
)
THE_DAY_AFTER = datetime(2024, 7, 19, 9, 0, tzinfo=UTC)


async def _minutes_imported(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    dallara: Conversation,
) -> str:
    """The secretariat sends the minutes the day after the sitting; what it reads back."""
    app, _ = application
    app.bot_data.runtime.clock = lambda: THE_DAY_AFTER
    minutes = MINUTES_OF_THE_18TH.encode()
    return text(await dallara.send_document("pv-bureau-18-juillet.txt", minutes))


async def test_a_presence_announced_gives_way_to_the_minutes_and_the_secretariat_is_told(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    dallara: Conversation,
) -> None:
    bonnefoy = await linked(application, loaded_engine, "BONNEFOY", 801)
    thizy = await linked(application, loaded_engine, "THIZY", 802)
    assert "vous serez présent" in text(await bonnefoy.send("je viendrai au bureau du 18"))
    assert "absent" in text(await thizy.send("je ne pourrai pas venir le 18 juillet"))

    summary = await _minutes_imported(application, dallara)

    assert "M. Cyrille BONNEFOY avait annoncé par message sa présence" in summary
    assert "M. Gilles THIZY avait annoncé par message son absence" in summary
    assert "se contredisent" not in summary  # no other document is blamed
    assert attendance_status(loaded_engine, coming_sitting, "BONNEFOY") == "excused"
    assert attendance_status(loaded_engine, coming_sitting, "THIZY") == "present"
    answer = text(await bonnefoy.send("est-ce que j'étais là au bureau du 18 juillet ?"))
    assert answer.startswith("Non"), answer
    answer = text(await thizy.send("j'étais présent le 18 juillet ?"))
    assert answer.startswith("Oui"), answer


async def test_a_proxy_given_by_message_gives_way_to_the_one_the_minutes_print(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    dallara: Conversation,
) -> None:
    fara = await linked(application, loaded_engine, "FARA", 811)
    bouchet = await linked(application, loaded_engine, "BOUCHET", 812)
    jouve = await linked(application, loaded_engine, "JOUVE", 813)
    for chat, holder in ((fara, "Gonon"), (bouchet, "Rivat"), (jouve, "Bonnet")):
        await chat.send(f"procuration à {holder} pour jeudi 18")
        assert "est enregistré" in text(await chat.press("Confirmer"))

    summary = await _minutes_imported(application, dallara)

    # FARA → BARRIOL printed, BOUCHET excused without a proxy: their messages give way, said;
    # JOUVE → BONNET printed as given: the member's own stays, nothing to say
    assert (
        "M. David FARA avait donné pouvoir par message à M. Pascal GONON ; le document imprime"
        " un pouvoir à M. Denis BARRIOL" in summary
    )
    assert "M. Patrick BOUCHET avait donné pouvoir par message à M. Jean-Paul RIVAT" in summary
    assert "JOUVE" not in summary
    in_force = active_proxies(loaded_engine, coming_sitting)
    assert ("FARA", "BARRIOL") in in_force
    assert ("JOUVE", "BONNET") in in_force
    assert not {("FARA", "GONON"), ("BOUCHET", "RIVAT")} & set(in_force)
    with db.session(loaded_engine) as session:
        jouve = member_id(loaded_engine, "JOUVE")
        kept = session.exec(select(Proxy).where(Proxy.giver_id == jouve)).all()
    assert [
        (p.sitting_id, p.source, p.revoked_at) for p in kept if p.sitting_id == coming_sitting
    ] == [(coming_sitting, "telegram", None)]
    answer = text(await fara.send("à qui j'avais donné pouvoir le 18 juillet ?"))
    assert "BARRIOL" in answer, answer
    assert "GONON" not in answer, answer


def test_a_document_dated_before_its_sitting_came_leaves_the_members_word(
    loaded_engine: Engine, tmp_path: Path
) -> None:
    """Minutes printed with the date of a sitting still to come (a misprint the import warns
    of) are no record of it yet: what members said for it stays as they said it."""
    tz = ZoneInfo("Europe/Paris")
    before = datetime(2099, 7, 10, 9, 0, tzinfo=UTC)
    with db.session(loaded_engine) as session:
        sitting = add_coming_bureau_sitting(session, held_on=date(2099, 7, 18))
        session.commit()
        assert sitting.id is not None
        sitting_id = sitting.id
        said = proxies.Actor(member_id(loaded_engine, "BONNEFOY"), 841)
        proxies.declare_attendance(
            session=session, sitting_id=sitting_id, member_id=said.member_id or 0,
            present=True, now=before, tz=tz, actor=said,
        )  # fmt: skip
        proxies.register_proxy(
            session=session, sitting_id=sitting_id, giver_id=member_id(loaded_engine, "FARA"),
            holder_id=member_id(loaded_engine, "GONON"), now=before, tz=tz, actor=said,
        )  # fmt: skip
    minutes = tmp_path / "pv-2099.txt"
    minutes.write_text(MINUTES_OF_THE_18TH.replace("2024", "2099"), encoding="utf-8")

    with db.session(loaded_engine) as session:
        (report,) = Importer(session).import_files([minutes])

    assert report.status == "imported"
    codes = {finding.code for finding in report.findings}
    assert "declared_attendance_replaced" not in codes
    assert "said_proxy_replaced" not in codes
    assert attendance_status(loaded_engine, sitting_id, "BONNEFOY") == "present"
    assert ("FARA", "GONON") in active_proxies(loaded_engine, sitting_id)


def test_two_extracts_of_the_sitting_in_one_import_say_the_difference_once(
    loaded_engine: Engine, coming_sitting: int, tmp_path: Path
) -> None:
    """The first extract of the sitting read in a batch replaces the member's word; the second
    reads the roll call the first left, neither a second warning nor a contradiction."""
    with db.session(loaded_engine) as session:
        said = proxies.Actor(member_id(loaded_engine, "BERLIVET"), 842)
        proxies.declare_attendance(
            session=session, sitting_id=coming_sitting, member_id=said.member_id or 0,
            present=True, now=THE_DAY_AFTER.replace(day=12), tz=ZoneInfo("Europe/Paris"),
            actor=said,
        )  # fmt: skip
    extracts = []
    for number in ("2024.00631", "2024.00632"):
        path = tmp_path / f"extrait-{number}.txt"
        path.write_text(MINUTES_OF_THE_18TH.replace("2024.00630", number), encoding="utf-8")
        extracts.append(path)

    with db.session(loaded_engine) as session:
        reports = Importer(session).import_files(extracts)

    assert [r.status for r in reports] == ["imported", "imported"]
    codes = [finding.code for report in reports for finding in report.findings]
    assert codes == ["declared_attendance_replaced"]
    assert attendance_status(loaded_engine, coming_sitting, "BERLIVET") == "excused"


def test_a_second_document_printing_another_holder_is_told_and_the_first_kept(
    loaded_engine: Engine, coming_sitting: int, tmp_path: Path
) -> None:
    """Two documents of one sitting giving the same member's proxy to two holders: the second
    holder was dropped without a word (only a disagreement on presence was told)."""
    first = tmp_path / "extrait-2024.00630.txt"
    first.write_text(MINUTES_OF_THE_18TH, encoding="utf-8")
    second = tmp_path / "extrait-2024.00633.txt"
    second.write_text(
        MINUTES_OF_THE_18TH.replace("2024.00630", "2024.00633").replace(
            "JOUVE donne pouvoir à M. Bernard BONNET", "JOUVE donne pouvoir à M. Jean-Paul RIVAT"
        ),
        encoding="utf-8",
    )

    with db.session(loaded_engine) as session:
        reports = Importer(session).import_files([first, second])

    told = [f.params for report in reports for f in report.findings if f.code == "proxy_conflict"]
    assert told == [
        {
            "giver": "M. Christian JOUVE",
            "kept": "M. Bernard BONNET",
            "printed": "M. Jean-Paul RIVAT",
        }
    ]
    in_force = active_proxies(loaded_engine, coming_sitting)
    assert ("JOUVE", "BONNET") in in_force
    assert ("JOUVE", "RIVAT") not in in_force
