"""The polling bot under a steady mixed load from 500 members: rate, latency, memory, and is
every action stored exactly once?

The bot runs as in production, `python -m bot run` in its own process (long polling, its own
AIORateLimiter, its job queue), against the Bot API stand-in of tests/botapi_server.py, which
enforces Telegram's 30 messages a second overall (not the per-chat limit). The store is a
20-year council (bench/generate.py) with the bundled documents imported; every member of it
has a linked Telegram account, topped up with members without a seat up to `--members`. The
Conseil's coming sitting is convened and its convocations delivered before the bot starts.

Load: open loop, updates pushed at `--rate` a second (Poisson arrivals) for `--seconds`, each
from a member who is not waiting for an answer: questions (« qui était présent le 4 juillet
2024 ? », /seances, /deliberation 2024.00417, names…), proxies (« /pouvoir NOM » or « je donne
pouvoir à … », then the member presses the Confirmer button the bot sent, and later takes the
proxy back with /annuler_pouvoir), and the « Accuser réception » button of each convened
member's convocation. A button is pressed a second after the message carrying it arrived.

How to read it: updates/s is what the bot answered. The bot paces its messages at 29 a second
(bot/app.py PACE) for Telegram, so no load gets more than 29 answers a second; on a 2-core
machine shared by the bot, the stand-in and this load it tops out near 22 (`--rate 40` shows
the ceiling; past it the queue, and the latency, only grow). Handling several members' updates
at once (a per-member ordered update processor) was tried and did not raise it: 23 with three
at a time, 17 with eight (429s from bursts), against 22.6 one at a time.
Latency runs from the update being handed to getUpdates to the bot's answer reaching
the stand-in (p50/p95/p99), after a warm-up asking each question once. Peak memory is the bot
process's ru_maxrss; its RSS is also read every 5 s, to show growth. Lost updates (no answer),
unexpected messages, and lost or duplicated actions (each confirmation pressed is one proxy
row and one audit entry, each revocation one revoked row and one entry, each acknowledgement
one acknowledged delivery and one entry) must all be 0; the script exits with 1 otherwise.

    python bench/soak.py [--seconds 30] [--rate 15] [--members 500] [--db sqlite|postgresql|both]
                         [--postgres-url URL]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import Counter, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url
from sqlmodel import col, select
from telegram import Bot

from bench.generate import CONSEIL, populate_store
from bench.stats import percentiles
from bench.throughput import QUESTIONS as THROUGHPUT_QUESTIONS
from bot.broadcast import deliver
from bot.cli import bundled_samples
from bot.services import convocations, proxies
from bot.services.sittings import create_sitting
from bot.transport import Reply, TelegramUser
from storage import db
from storage.importer import Importer
from storage.models import AuditEntry, Body, Delivery, Member, Membership, Proxy
from tests.botapi_server import FakeBotAPI, is_send

REPO_ROOT = Path(__file__).resolve().parent.parent
TZ = ZoneInfo("Europe/Paris")
TOKEN = "123:soak"
TELEGRAM_RATE = 30  # messages a second, overall; the bot paces itself at 29
ACCOUNTS = 700_000  # Telegram user ids of the simulated members start here
RSS_EVERY = 5  # seconds between two readings of the bot's memory
THINK = 1.0  # seconds a member takes to press a button once its message arrived
MIX = {"question": 0.70, "proxy": 0.15, "ack": 0.15}  # a step's kind, when nothing is due
QUESTIONS = (
    *THROUGHPUT_QUESTIONS,
    "qui était présent le 4 juillet 2024 ?",
    "/seance",
    "/pouvoirs",
    "/mes_pouvoirs",
)
DEFAULT_POSTGRES = "postgresql+psycopg://council:council@127.0.0.1:5432/postgres"


# -- the council ------------------------------------------------------------------------------


@dataclass
class Simulated:
    """One member at their phone: what they did, and what they wait for."""

    user_id: int
    member_id: int
    full_name: str
    last_name: str
    delivery_id: int | None = None  # their convocation, if convened
    ack_message: dict[str, Any] | None = None  # the delivered convocation, with its buttons
    holder: Simulated | None = None  # whom they give their proxy to, if a giver
    waiting: Waiting | None = None  # an answer (or a notice) this chat is owed
    press: tuple[float, str, dict[str, Any]] | None = None  # due at, callback data, message
    proxy_active: bool = False
    acknowledged: int = 0
    confirmed: int = 0
    revoked: int = 0


@dataclass
class Waiting:
    step: str  # question, offer, pick, confirm, revoke, ack; notice (a proxy given to them)
    pushed_at: float
    text: str = ""


def prepare(url: str, members: int, years: int, seed: int) -> tuple[int, list[Simulated]]:
    """The store, the accounts, the coming Conseil sitting convened; its outbox left to send."""
    engine = db.make_engine(url)
    db.migrate(engine)
    now = datetime.now(UTC)
    with db.session(engine) as session:
        counts = populate_store(session, years=years, seed=seed)
        Importer(session).import_files(bundled_samples())
        stored = session.exec(select(Member).order_by(col(Member.id))).all()
        added = [
            Member(last_name=f"MEMBRE{i:04d}", first_name="Élu")
            for i in range(max(0, members - len(stored)))
        ]
        session.add_all(added)
        people = [*stored, *added][:members]
        for n, member in enumerate(people):
            member.telegram_user_id = ACCOUNTS + n
            session.add(member)
        session.commit()
        conseil = session.exec(select(Body).where(Body.name == CONSEIL)).one()
        starts = (
            (now + timedelta(days=20))
            .astimezone(TZ)
            .replace(hour=18, minute=0, second=0, microsecond=0)
        )
        sitting = create_sitting(
            session=session,
            body=conseil,
            starts=starts,
            place="Hôtel de métropole",
            agenda=["Budget supplémentaire", "Plan climat"],
            actor=proxies.Actor(None, channel="bench"),
        )
        session.commit()
        sitting_id = sitting.id or 0
        convocations.convene(
            session=session,
            sitting_id=sitting_id,
            now=now,
            tz=TZ,
            actor=proxies.Actor(None, channel="bench"),
        )
        simulated = [
            Simulated(ACCOUNTS + n, m.id or 0, f"{m.first_name} {m.last_name}", m.last_name)
            for n, m in enumerate(people)
        ]
        by_member = {s.member_id: s for s in simulated}
        for delivery_id, member_id in session.exec(
            select(Delivery.id, Delivery.member_id).where(Delivery.sitting_id == sitting_id)
        ):
            if member_id in by_member:
                by_member[member_id].delivery_id = delivery_id
        seated = {
            m
            for m in session.exec(
                select(Membership.member_id).where(
                    Membership.body_id == conseil.id, col(Membership.active).is_(True)
                )
            )
        }
        convened = [s for s in simulated if s.member_id in seated]
        random.Random(seed).shuffle(convened)
        for giver, holder in zip(convened[::2], convened[1::2], strict=False):  # one pair each
            refused = proxies.refusal(session, sitting, giver.member_id, holder.member_id, now, TZ)
            if refused is None:  # the store's history may forbid it (three sittings in a row)
                giver.holder = holder
    engine.dispose()
    print(
        f"store              : {years} years generated ({counts['sitting']} sittings, "
        f"{counts['deliberation']} deliberations) + the bundled documents"
    )
    print(
        f"members            : {len(people)} linked accounts ({len(stored)} of the store, "
        f"{len(added)} added without a seat); {len(convened)} convened to the Conseil of "
        f"{starts:%d/%m/%Y}, {sum(s.holder is not None for s in simulated)} of them with a "
        "proxy to give"
    )
    return sitting_id, simulated


async def send_convocations(server: FakeBotAPI, url: str, sitting_id: int) -> None:
    """The outbox, sent before the bot starts so that the soak measures answers only."""
    engine = db.make_engine(url)
    bot = Bot(TOKEN, base_url=server.base_url, base_file_url=server.base_file_url)
    async with bot:
        result = await deliver(
            bot,
            engine,
            clock=lambda: datetime.now(UTC),
            tz=TZ,
            sitting_id=sitting_id,
            per_chat_gap=0,
        )
    engine.dispose()
    print(f"convocations       : {result.sent} delivered before the load")


# -- the load ---------------------------------------------------------------------------------


class Load:
    """Pushes updates, reads what the bot sent, keeps the books."""

    def __init__(self, server: FakeBotAPI, members: list[Simulated], seed: int) -> None:
        self.server = server
        self.members = members
        self.by_chat = {m.user_id: m for m in members}
        self.rng = random.Random(seed)
        self.accounts: dict[int, TelegramUser] = {}
        self.seen = 0  # calls of the stand-in already read
        self.presses: deque[Simulated] = deque()
        self.pushed: Counter[str] = Counter()
        self.answered: Counter[str] = Counter()
        self.latencies_ns: list[int] = []
        self.notices = 0
        self.unexpected: list[str] = []
        self.failed_offers: list[str] = []

    # what members send

    def push_text(self, member: Simulated, step: str, text: str) -> None:
        self._push(member, step, self._account(member).message_update(text), text)

    def push_press(self, member: Simulated, step: str, data: str, message: dict[str, Any]) -> None:
        shown = Reply(member.user_id, message.get("text", ""), message_id=message["message_id"])
        self._push(member, step, self._account(member).callback_update(data, shown), data)

    def _account(self, member: Simulated) -> TelegramUser:
        if member.user_id not in self.accounts:
            self.accounts[member.user_id] = TelegramUser(member.user_id)
        return self.accounts[member.user_id]

    def _push(self, member: Simulated, step: str, update: dict[str, Any], text: str) -> None:
        member.waiting = Waiting(step, time.monotonic(), text)
        self.pushed[step] += 1
        self.server.push_update(update)

    def step(self) -> None:
        """One update from someone free to send it: a due button first, else a drawn kind."""
        now = time.monotonic()
        for _ in range(len(self.presses)):
            member = self.presses.popleft()
            assert member.press is not None
            due, data, message = member.press
            holder_free = member.holder is None or member.holder.waiting is None
            if due <= now and member.waiting is None and holder_free:
                member.press = None
                if data.startswith("proxy:ok:"):
                    self._expect_notice(member)
                    member.confirmed += 1
                    member.proxy_active = True
                self.push_press(
                    member, "confirm" if data.startswith("proxy:") else "pick", data, message
                )
                return
            self.presses.append(member)
        kind = self.rng.choices(list(MIX), weights=list(MIX.values()))[0]
        if kind == "ack" and self._ack():
            return
        if kind == "proxy" and self._proxy():
            return
        for _ in range(100):
            member = self.rng.choice(self.members)
            if member.waiting is None and member.press is None:
                self.push_text(member, "question", self.rng.choice(self._questions(member)))
                return

    def _questions(self, member: Simulated) -> tuple[str, ...]:
        other = self.rng.choice(self.members)
        return (*QUESTIONS, other.full_name, f"/membre {other.last_name}")

    def _ack(self) -> bool:
        free = [
            m
            for m in self.members
            if m.ack_message and not m.acknowledged and m.waiting is None and m.press is None
        ]
        if not free:
            return False
        member = self.rng.choice(free)
        member.acknowledged += 1
        self.push_press(member, "ack", f"conv:ack:{member.delivery_id}", member.ack_message or {})
        return True

    def _proxy(self) -> bool:
        free = [
            m
            for m in self.members
            if m.holder and m.waiting is None and m.press is None and m.holder.waiting is None
        ]
        if not free:
            return False
        member = self.rng.choice(free)
        assert member.holder is not None
        if member.proxy_active:
            self._expect_notice(member)
            member.revoked += 1
            member.proxy_active = False
            self.push_text(member, "revoke", "/annuler_pouvoir")
        elif self.rng.random() < 0.5:
            self.push_text(member, "offer", f"/pouvoir {member.holder.last_name}")
        else:
            self.push_text(member, "offer", f"je donne pouvoir à {member.holder.full_name}")
        return True

    def _expect_notice(self, giver: Simulated) -> None:
        """The holder is told of a proxy given or taken back: their chat owes that notice."""
        assert giver.holder is not None
        giver.holder.waiting = Waiting("notice", time.monotonic())

    # what the bot sends

    def read(self) -> None:
        calls = self.server.calls
        for call in calls[self.seen :]:
            if not (call.ok and is_send(call.method)) or call.chat_id not in self.by_chat:
                continue
            if call.method == "sendPhoto":
                continue  # a chart follows its text answer (/actions axe 3): not an answer
            member = self.by_chat[call.chat_id]
            waiting, member.waiting = member.waiting, None
            text = str(call.params.get("text", ""))
            if waiting is None:
                self.unexpected.append(f"{call.chat_id}: {text[:80]!r}")
                continue
            if waiting.step == "notice":
                self.notices += 1
                continue
            self.answered[waiting.step] += 1
            self.latencies_ns.append(int((call.at - waiting.pushed_at) * 1e9))
            if waiting.step in ("offer", "pick"):
                self._take_button(member, call.result or {}, waiting, text)
        self.seen = len(calls)

    def _take_button(
        self, member: Simulated, message: dict[str, Any], waiting: Waiting, text: str
    ) -> None:
        assert member.holder is not None
        wanted = ("proxy:ok:", "pick:give-")
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", []):
            for button in row:
                data = button.get("callback_data", "")
                holder_id = f":{member.holder.member_id}"
                if data.startswith(wanted) and data.endswith(holder_id):
                    member.press = (time.monotonic() + THINK, data, message)
                    self.presses.append(member)
                    return
        self.failed_offers.append(f"{waiting.text!r} → {text[:120]!r}")

    def owed(self) -> int:
        return sum(m.waiting is not None for m in self.members)


async def warm_up(load: Load) -> None:
    """Each question once, answered before the load starts: the caches a running bot has."""
    for member, question in zip(load.members, QUESTIONS, strict=False):
        load.push_text(member, "warm-up", question)
    while load.owed():
        load.read()
        await asyncio.sleep(0.01)
    load.pushed.clear()
    load.answered.clear()
    load.latencies_ns.clear()


async def drive(
    load: Load, seconds: float, rate: float, drain: float, rss: Callable[[], int]
) -> tuple[float, float, list[int]]:
    """Push for `seconds`, then wait up to `drain` for the last answers; (load time, last answer
    time) from the first push, and the bot's RSS every RSS_EVERY seconds."""
    started = time.monotonic()
    next_at = started
    samples = [rss()]
    while (now := time.monotonic()) < started + seconds:
        if now >= started + RSS_EVERY * len(samples):
            samples.append(rss())
        if now >= next_at:
            load.step()
            next_at += load.rng.expovariate(rate)
        load.read()
        await asyncio.sleep(min(0.002, max(0.0, next_at - time.monotonic())))
    pushed_for = time.monotonic() - started
    deadline = time.monotonic() + drain
    while load.owed() and time.monotonic() < deadline:
        load.read()
        await asyncio.sleep(0.01)
    load.read()
    return pushed_for, time.monotonic() - started, [*samples, rss()]


# -- the bot process --------------------------------------------------------------------------


def rss_kib(pid: int, field_name: str = "VmRSS") -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field_name}:"):
            return int(line.split()[1])
    return 0


def start_bot(url: str, server: FakeBotAPI, folder: Path) -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO_ROOT),
        "DATABASE_URL": url,
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_URL": server.base_url,
    }
    for name in ("ADMIN_CHAT_ID", "PRESIDENT_NAME", "TIMEZONE"):
        env.pop(name, None)
    log = (folder / "bot.log").open("wb")
    # Run from the temporary folder: no .env of the working tree is read.
    return subprocess.Popen(
        [sys.executable, "-m", "bot", "run"], cwd=folder, env=env, stdout=log, stderr=log
    )


async def until_polling(server: FakeBotAPI, bot: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while not server.calls_of("getUpdates"):
        if bot.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("the bot did not start polling; see bot.log")
        await asyncio.sleep(0.05)


def stop_bot(bot: subprocess.Popen[bytes]) -> tuple[int, int]:
    """SIGINT, as Ctrl-C or `docker stop` would; (exit status, peak RSS in KiB)."""
    bot.send_signal(signal.SIGINT)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        pid, status, usage = os.wait4(bot.pid, os.WNOHANG)
        if pid:
            bot.returncode = os.waitstatus_to_exitcode(status)
            return bot.returncode, usage.ru_maxrss
        time.sleep(0.05)
    bot.kill()
    _, status, usage = os.wait4(bot.pid, 0)
    bot.returncode = os.waitstatus_to_exitcode(status)
    return bot.returncode, usage.ru_maxrss


# -- the books --------------------------------------------------------------------------------


def check_store(
    url: str, sitting_id: int, members: list[Simulated]
) -> list[tuple[str, int, int, int]]:
    """Per kind of action: (label, done, lost, duplicated), the members' presses against the
    store's rows and audit entries."""
    engine = db.make_engine(url)
    registered: Counter[int] = Counter()
    revoked: Counter[int] = Counter()
    audited: Counter[tuple[str, int]] = Counter()
    with db.session(engine) as session:
        for giver_id, reason in session.exec(
            select(Proxy.giver_id, Proxy.revoked_reason).where(
                Proxy.sitting_id == sitting_id, Proxy.source == "telegram"
            )
        ):
            registered[giver_id] += 1
            revoked[giver_id] += reason == "revoked"
        for action, actor, details in session.exec(
            select(AuditEntry.action, AuditEntry.actor_member_id, AuditEntry.details).where(
                AuditEntry.sitting_id == sitting_id
            )
        ):
            key = details.get("delivery_id") if action.startswith("convocation.") else actor
            audited[(action, key or 0)] += 1
        acknowledged = set(
            session.exec(
                select(Delivery.id).where(
                    Delivery.sitting_id == sitting_id, col(Delivery.acknowledged_at).is_not(None)
                )
            )
        )
    engine.dispose()
    givers = [m for m in members if m.holder]
    convened = [m for m in members if m.delivery_id]
    books = [
        ("proxies confirmed", [(m.confirmed, registered[m.member_id]) for m in givers]),
        (
            "  their audit",
            [(m.confirmed, audited["proxy.registered", m.member_id]) for m in givers],
        ),
        ("proxies taken back", [(m.revoked, revoked[m.member_id]) for m in givers]),
        ("  their audit", [(m.revoked, audited["proxy.revoked", m.member_id]) for m in givers]),
        (
            "acknowledgements",
            [(m.acknowledged, int(m.delivery_id in acknowledged)) for m in convened],
        ),
        (
            "  their audit",
            [
                (m.acknowledged, audited["convocation.acknowledged", m.delivery_id or 0])
                for m in convened
            ],
        ),
    ]
    return [
        (
            label,
            sum(done for done, _ in pairs),
            sum(max(0, done - stored) for done, stored in pairs),
            sum(max(0, stored - done) for done, stored in pairs),
        )
        for label, pairs in books
    ]


# -- one database -----------------------------------------------------------------------------


async def soak(url: str, args: argparse.Namespace, folder: Path) -> bool:
    """The whole run on one store; True if nothing was lost or duplicated."""
    sitting_id, members = prepare(url, args.members, args.years, args.seed)
    with FakeBotAPI() as server:
        await send_convocations(server, url, sitting_id)
        by_chat = {m.user_id: m for m in members}
        for call in server.messages():
            if "conv:ack:" in str((call.result or {}).get("reply_markup")):
                by_chat[call.chat_id].ack_message = call.result
        server.enforce_rate(per_second=TELEGRAM_RATE, per_chat_per_second=None)
        bot = start_bot(url, server, folder)
        try:
            await until_polling(server, bot)
            await asyncio.sleep(1)  # post_init's calls, the first polls
            load = Load(server, members, args.seed)
            load.seen = len(server.calls)
            await warm_up(load)
            first_call = load.seen
            pushed_for, answered_for, rss = await drive(
                load, args.seconds, args.rate, args.drain, lambda: rss_kib(bot.pid)
            )
        finally:
            status, peak_kib = stop_bot(bot)
        calls = server.calls[first_call:]
    log = (folder / "bot.log").read_text(errors="replace")
    errors = len(re.findall(r'"level": ?"(ERROR|CRITICAL)"', log))
    pushed, answered = sum(load.pushed.values()), sum(load.answered.values())
    lost_updates = load.owed()
    p50, p95, p99 = percentiles(load.latencies_ns) if len(load.latencies_ns) > 1 else (0, 0, 0)
    sends = sum(call.ok and is_send(call.method) for call in calls)
    too_many = sum(call.status == 429 for call in calls)
    books = check_store(url, sitting_id, members)
    lost_actions = sum(lost for _, _, lost, _ in books)
    duplicated_actions = sum(dup for _, _, _, dup in books)
    mix = ", ".join(f"{step} {n}" for step, n in load.pushed.most_common())
    print(
        f"load               : {pushed_for:.1f} s at {args.rate:g} updates/s (open loop, "
        f"Poisson), {pushed} updates: {mix}"
    )
    print(
        f"answered           : {answered} in {answered_for:.1f} s = "
        f"{answered / answered_for:.1f} updates/s; {sends} messages sent "
        f"({sends / answered_for:.1f}/s; the bot paces itself at 29/s for Telegram), "
        f"{too_many} 429s"
    )
    print(
        f"latency            : p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms "
        f"(max {max(load.latencies_ns, default=0) / 1e6:.0f} ms)"
    )
    print(
        f"bot memory         : peak {peak_kib / 1024:.0f} MiB (ru_maxrss); RSS every "
        f"{RSS_EVERY} s from the start of the load: "
        + ", ".join(f"{kib / 1024:.0f}" for kib in rss)
        + " MiB"
    )
    print(f"holders told       : {load.notices} notices of proxies given or taken back")
    for label, done, lost, duplicated in books:
        print(f"{label:<19}: {done} done, {lost} lost, {duplicated} duplicated")
    print(f"lost updates       : {lost_updates} (must be 0)")
    print(f"unexpected messages: {len(load.unexpected)} (must be 0)")
    print(f"lost or duplicated actions: {lost_actions + duplicated_actions} (must be 0)")
    print(f"bot                : exit status {status}, {errors} errors logged")
    for line in load.failed_offers[:5] + load.unexpected[:5]:
        print(f"  ! {line}")
    if load.failed_offers:
        print(
            f"offers refused     : {len(load.failed_offers)} (none expected: pairs were checked)"
        )
    return not (lost_updates or load.unexpected or lost_actions or duplicated_actions)


def postgres_database(server_url: str) -> tuple[Engine, str] | str:
    """A throwaway database on that server: (admin engine, its URL), or why not."""
    admin = sa.create_engine(
        make_url(server_url).set(database="postgres"), isolation_level="AUTOCOMMIT"
    )
    name = f"council_soak_{uuid.uuid4().hex[:8]}"
    try:
        with admin.connect() as conn:
            conn.execute(sa.text(f'CREATE DATABASE "{name}"'))
    except sa.exc.SQLAlchemyError as error:
        admin.dispose()
        return str(error).splitlines()[0]
    return admin, make_url(server_url).set(database=name).render_as_string(hide_password=False)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=30, help="how long the load lasts")
    parser.add_argument("--rate", type=float, default=15, help="updates a second, all members")
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--years", type=int, default=20, help="history in the store")
    parser.add_argument("--db", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument(
        "--postgres-url",
        default=os.environ.get("COUNCIL_TEST_POSTGRES_URL") or DEFAULT_POSTGRES,
        help="a role that may create databases (a throwaway one is created and dropped)",
    )
    parser.add_argument(
        "--drain",
        type=float,
        default=30,
        help="seconds to wait for the last answers; one still missing then counts as lost",
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    held = True
    if args.db in ("sqlite", "both"):
        folder = Path(tempfile.mkdtemp(prefix="council-soak-"))
        print(f"== sqlite ({folder / 'council.db'})")
        held &= asyncio.run(soak(f"sqlite:///{folder / 'council.db'}", args, folder))
    if args.db in ("postgresql", "both"):
        created = postgres_database(args.postgres_url)
        if isinstance(created, str):
            print(f"== postgresql: skipped, cannot create a database ({created})")
        else:
            admin, url = created
            folder = Path(tempfile.mkdtemp(prefix="council-soak-"))
            print(f"== postgresql ({make_url(url).database})")
            try:
                held &= asyncio.run(soak(url, args, folder))
            finally:
                with admin.connect() as conn:
                    conn.execute(
                        sa.text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
                    )
                admin.dispose()
    return 0 if held else 1


if __name__ == "__main__":
    sys.exit(main())
