"""Questions per second through the whole assistant, against echo bots, in one process.

Three runs of python-telegram-bot's Application on 5,000 updates each, driven alike: the
updates built as JSON before the clock starts, then `Update.de_json` + `process_update` each,
every one checked answered; the best of three runs is kept (the machine's noise only ever
slows a run down).

What each run includes:
- **assistant**: everything a member's question costs the assistant in production, but the
  network: the incoming cleaning (bot/incoming.py), the private-chat and flood guards, the
  features' handlers, reading the sentence (frames, dates, names), the read layer over a
  20-year store on a SQLite file (warmed by the 15 questions asked once before the clock: a
  running bot has answered them before), the templates, the conversation's thread written in
  the store at each answer, PTB building each Bot API request (HTML by default) and parsing the
  message Telegram sends back (sender, buttons, photo sizes). The Bot API is the in-process
  stand-in (bot/transport.py): it answers as Telegram would and keeps a record of each call
  for the console and the tests; it is the only harness work in this run.
- **echo bot**: one handler replying with the received text, through the same stand-in: the
  ratio to it is what the assistant adds to python-telegram-bot and the stand-in.
- **bare echo**: the same handler, `Update.de_json` + `process_update`, a Bot whose request is
  an offline stub defined here (a bare message back, nothing recorded): no project code in the
  path. The bare echo's cost over the echo bot's (`--budget`: « ceiling ») leaves out what
  PTB spends parsing the message the stand-in sends back as Telegram would (its sender, its
  date, its buttons) and the stand-in's record: no assistant can go above it, its own code
  costing nothing. Goal of issue 12: the assistant at ≥ 0.5 of the bare echo's rate.

Rates are per second of this process's CPU time: on a shared machine, wall time measures
the neighbours' load as much as the bot (the same code gave 820 and 2,459 questions/s of wall
time an hour apart); one asyncio thread does all the work, so CPU time is the time it took.
The load average is printed before and after: on a loaded machine a busy process also runs
slower per CPU second (its caches are shared), the assistant more than a tight echo loop.

With `--budget`, the same run then prints what each of the fifteen questions costs, in µs
of CPU per update (best of three rounds of `--count / 15` fresh accounts asking it), beside the
bare echo's and the echo bot's µs per message measured in the same process: where the
assistant's time goes, question by question, before and after a change; the mean less the echo
bot's is the assistant's own work (reading, the store, the templates), PTB's and the
stand-in's cost for one message aside.

The readers of a sentence keep what they read of each text (the same pure reading is asked
several times per message, and members type the same messages): the budget's questions, each
asked a hundred times, find them read. The column « unseen » is each question again
with those memos emptied before each update (every function of bot/ kept per `text` with
`functools.lru_cache`, and the terms the search indexes keep per query): what a message never
read before costs, as most of a day's new questions are.

With `--stages`, the same run then splits each question's µs into the stages of one update,
each stage's own CPU time (less the stages it calls): Telegram's update parsed, python-telegram-
bot's dispatch, the guards (cleaning, private chat, flood), the session, the conversation's
thread and pending state in the store (SQL), the store's reads (storage/queries.py and
storage/lookups.py, when the read layer has not kept them), the templates, the sending (python-
telegram-bot building the request, the stand-in, the message parsed back), and what is left:
the handlers' own work (reading the sentence, the features, the read layer's keys). Each stage
is timed by a wrapper set only for that table (about a microsecond each), so its total is a
little above the budget's; the rates and the budget are measured without them.

With `--instructions N`, it counts instead, under valgrind (`cachegrind`, as bench/
instructions.py does for documents), the instructions the assistant and the bare echo each
spend per update: N mixed questions after 150 to warm each up, less the same run without
them, hash seed fixed. Other work on a shared machine moves a CPU time by a third from one run
to the next; it does not move this count: a change that keeps every answer and lowers it is
faster on any machine. (A count is no time: the assistant's instructions wait on memory and
SQLite's writes more than a tight echo loop's, so its ratio is above the rates'.)

    python bench/throughput.py [--count 5000] [--years 20] [--budget] [--stages]
    python bench/throughput.py --instructions 300
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import gc
import inspect
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

import jinja2
from sqlalchemy.orm import Session
from sqlmodel import select
from telegram import Update
from telegram.ext import (
    Application,
    ApplicationBuilder,
    ContextTypes,
    ExtBot,
    MessageHandler,
    filters,
)
from telegram.request import BaseRequest, RequestData

import bot.incoming
import bot.replies
from bench.generate import populate_store
from bot.app import OFFLINE_TOKEN, build_application
from bot.runtime import Runtime
from bot.services.search import TextIndex
from bot.settings import Settings
from bot.transport import InProcessBotAPI
from storage import chat_state, db, lookups, queries
from storage.models import Member

QUESTIONS = (
    "/seance 4 juillet 2024",
    "qui a donné pouvoir à Degraix ?",
    "/membre Degraix",
    "/deliberation solidarités",
    "combien pour AESIO ?",
    "/presents",
    "qui était absent le 4 juillet 2024 ?",
    "/seances",
    "/actions axe 3",
    "/membre Gilles",
    "combien de présents au dernier bureau ?",
    "/deliberation 2024.00417",
    "/pouvoirs 4 juillet 2024",
    "/membre Fayole",
    "bonjour",
)
MEMBERS = 500  # distinct accounts asking: one account alone would meet the flood guard
BUDGET_ACCOUNTS = 1_000_000  # the budget's accounts, each asking once
T = TypeVar("T")


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    if update.effective_message and update.effective_message.text:
        await update.effective_message.reply_text(update.effective_message.text)


def _updates(run: int, count: int) -> list[dict[str, object]]:
    """The updates Telegram would send, as JSON, built before the clock starts: fresh
    accounts for each run, so that none meets the flood guard."""
    return [
        _update(account(run, i % MEMBERS), run * count + i + 1, QUESTIONS[i % len(QUESTIONS)])
        for i in range(count)
    ]


async def _rate(
    application: Application, sent: Callable[[], int], count: int, repeat: int
) -> float:  # type: ignore[type-arg]
    """Best of `repeat` runs of `Update.de_json` + `process_update`, the same driver for every
    bot (the machine's noise only ever slows a run down); every update must be answered:
    `sent()` counts the messages the bot sent."""
    best = 0.0
    async with application:
        for payload in _updates(repeat, len(QUESTIONS)):  # warm caches (names, search, …)
            await application.process_update(Update.de_json(payload, application.bot))
        for run in range(repeat):
            updates = _updates(run, count)
            before = sent()
            start = time.process_time()
            for payload in updates:
                await application.process_update(Update.de_json(payload, application.bot))
            best = max(best, count / (time.process_time() - start))
            assert sent() - before >= count, f"{count - sent() + before} updates unanswered"
    return best


ECHO_BOT = {"id": 1, "is_bot": True, "first_name": "Echo", "username": "echo_bot"}


class OfflineStub(BaseRequest):
    """Answers every Bot API call at once with a plausible result; only counts messages."""

    def __init__(self) -> None:
        self.sent = 0

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    @property
    def read_timeout(self) -> float | None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: object = None,
        write_timeout: object = None,
        connect_timeout: object = None,
        pool_timeout: object = None,
    ) -> tuple[int, bytes]:
        if url.endswith("/getMe"):
            result: object = ECHO_BOT
        else:
            params = request_data.parameters if request_data else {}
            result = {
                "message_id": 1,
                "date": 0,
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                "text": params.get("text", ""),
            }
            self.sent += 1
        return 200, json.dumps({"ok": True, "result": result}).encode()


async def _budget(
    application: Application,  # type: ignore[type-arg]
    questions: tuple[str, ...],
    first_account: int,
    per_question: int,
    forget: Callable[[], None] | None = None,
) -> dict[str, float]:
    """µs of CPU per update for each question, asked by fresh accounts (best of three rounds;
    the application already warmed); `forget`, called before each update off the clock."""
    accounts = iter(range(first_account, first_account + 3 * per_question * len(questions)))
    costs: dict[str, float] = {}
    for text in questions:
        best = float("inf")
        for _ in range(3):
            updates = [_update(next(accounts), n + 1, text) for n in range(per_question)]
            spent = 0.0
            for payload in updates:
                if forget is not None:
                    forget()
                start = time.process_time()
                await application.process_update(Update.de_json(payload, application.bot))
                spent += time.process_time() - start
            best = min(best, spent / per_question * 1e6)
        costs[text] = best
    return costs


# The stages of one update, in the order an update meets them (see the module's docstring).
STAGES = (
    "telegram in",
    "dispatch",
    "guards",
    "session",
    "state SQL",
    "store reads",
    "templates",
    "sending",
    "handlers",
)
# What the handlers call to answer: python-telegram-bot's building, the stand-in, the parsing
# (and bot/replies.py's `post_message` and `post_file`: answers posted without the sent
# message parsed back).
_SENDING = (
    "send_message",
    "send_photo",
    "send_document",
    "edit_message_text",
    "edit_message_reply_markup",
    "answer_callback_query",
)


class _Stages:
    """Each stage's own CPU time: a wrapped call's time less that of the wrapped calls it
    makes (an update's calls do not interleave: the stand-in answers at once)."""

    def __init__(self) -> None:
        self.spent: defaultdict[str, float] = defaultdict(float)
        self._inner: list[float] = []  # per open stage: the time of the stages it called

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        self._inner.append(0.0)
        start = time.process_time()
        try:
            yield
        finally:
            took = time.process_time() - start
            inner = self._inner.pop()
            self.spent[name] += took - inner
            if self._inner:
                self._inner[-1] += took

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        """`function` timed as `name`, under its own name and signature: the read layer keys
        a look-up by its name and gives a council only to one whose signature takes it."""
        if inspect.iscoroutinefunction(function):

            @functools.wraps(function)
            async def waited(*args: Any, **kwargs: Any) -> Any:
                with self.stage(name):
                    return await function(*args, **kwargs)

            return waited

        @functools.wraps(function)
        def called(*args: Any, **kwargs: Any) -> Any:
            with self.stage(name):
                return function(*args, **kwargs)

        return called


@contextmanager
def _timed_stages(application: Application, stages: _Stages) -> Iterator[None]:  # type: ignore[type-arg]
    """Wrap what each stage calls, for the time of the block; everything set back after."""
    patched: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, name: str, stage: str) -> None:
        original = owner.__dict__[name] if name in vars(owner) else getattr(owner, name)
        patched.append((owner, name, original))
        setattr(owner, name, stages.wrap(stage, getattr(owner, name)))

    patch(bot.incoming, "cleaned", "guards")
    patch(Runtime, "session", "session")
    patch(Session, "close", "session")
    for name in ("get", "put", "delete"):
        patch(chat_state, name, "state SQL")
    for module in (queries, lookups):
        for name, value in list(vars(module).items()):
            public = not name.startswith("_") and inspect.isfunction(value)
            if public and value.__module__ == module.__name__:
                patch(module, name, "store reads")
    patch(jinja2.Template, "render", "templates")
    for name in _SENDING:
        patch(ExtBot, name, "sending")
    for name in ("post_message", "post_file"):  # answers posted as send_message would
        patch(bot.replies, name, "sending")
    for group, handlers in application.handlers.items():
        # (a CommandTable's own: those it hands each command to, bot/dispatch.py)
        for handler in (h for g in handlers for h in getattr(g, "handlers", [g])):
            patched.append((handler, "callback", handler.callback))
            handler.callback = stages.wrap("guards" if group < 0 else "handlers", handler.callback)
    try:
        yield
    finally:
        for owner, name, original in reversed(patched):
            setattr(owner, name, original)


async def _stages(
    application: Application,  # type: ignore[type-arg]
    questions: tuple[str, ...],
    first_account: int,
    per_question: int,
) -> dict[str, dict[str, float]]:
    """µs of CPU per update in each stage, for each question asked by fresh accounts (the
    round of three with the least total)."""
    accounts = iter(range(first_account, first_account + 3 * per_question * len(questions)))
    split: dict[str, dict[str, float]] = {}
    for text in questions:
        best: dict[str, float] = {}
        for _ in range(3):
            updates = [_update(next(accounts), n + 1, text) for n in range(per_question)]
            stages = _Stages()
            with _timed_stages(application, stages):
                for payload in updates:
                    with stages.stage("telegram in"):
                        update = Update.de_json(payload, application.bot)
                    with stages.stage("dispatch"):
                        await application.process_update(update)
            spent = {name: stages.spent[name] / per_question * 1e6 for name in STAGES}
            if not best or sum(spent.values()) < sum(best.values()):
                best = spent
        split[text] = best
    return split


def _print_stages(split: dict[str, dict[str, float]]) -> None:
    print("stages   : µs of CPU per update in each stage (its own time; see the docstring)")
    heads = [name.replace(" ", "\n").split("\n") for name in STAGES]
    for line, end in ((0, "    total"), (1, "")):
        print("".join(f"{(h[line] if line < len(h) else ''):>9}" for h in heads) + end)
    for text, spent in split.items():
        cells = "".join(f"{spent[name]:9.0f}" for name in STAGES)
        print(f"{cells}{sum(spent.values()):9.0f}  {text}")
    means = {name: sum(s[name] for s in split.values()) / len(split) for name in STAGES}
    cells = "".join(f"{means[name]:9.0f}" for name in STAGES)
    print(f"{cells}{sum(means.values()):9.0f}  mean of the {len(split)} questions")


def _reading_forgotten(application: Application) -> Callable[[], None]:  # type: ignore[type-arg]
    """Empties what the sentence readers keep per text (see the module's docstring)."""
    memos = {
        id(value): value
        for name, module in list(sys.modules.items())
        if name.startswith("bot.")
        for value in vars(module).values()
        if callable(getattr(value, "cache_clear", None))
        and hasattr(value, "__wrapped__")
        and list(inspect.signature(value.__wrapped__).parameters)[:1] == ["text"]
    }.values()
    reads = application.bot_data.runtime.reads

    def forget() -> None:
        for memo in memos:
            memo.cache_clear()
        for kept in list(reads._lasting.values()):
            if isinstance(kept, TextIndex):  # the search indexes: their queries' terms
                kept._terms_kept.clear()

    return forget


def _update(user_id: int, update_id: int, text: str) -> dict[str, object]:
    message: dict[str, object] = {
        "message_id": update_id,
        "date": 0,
        "chat": {"id": user_id, "type": "private", "first_name": "Élu"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Élu"},
        "text": text,
    }
    if text.startswith("/"):
        length = len(text.split()[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return {"update_id": update_id, "message": message}


def _bare_echo() -> tuple[Application, OfflineStub]:  # type: ignore[type-arg]
    """python-telegram-bot alone: one handler replying with the received text, offline."""
    stub = OfflineStub()
    app = ApplicationBuilder().token(OFFLINE_TOKEN).request(stub).updater(None).build()
    app.add_handler(MessageHandler(filters.TEXT, _echo))
    return app, stub


async def _in(application: Application, work: Awaitable[T]) -> T:  # type: ignore[type-arg]
    async with application:
        return await work


def _messages(api: InProcessBotAPI) -> int:
    return sum(call.method == "sendMessage" for call in api.calls)


_KINDS = ("assistant", "bare")
_REFS = re.compile(r"I\s+refs:\s+([\d,]+)")


def _instructions(kind: str, count: int, years: int) -> float:
    """Instructions per update of the bot `kind`: valgrind's count of a run answering `count`
    updates after the warm-up, less that of the same run without them."""
    totals = []
    for answered in (0, count):
        command = [
            "valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
            sys.executable, __file__, "--counted", kind, "--count", str(answered),
            "--years", str(years),
        ]  # fmt: skip
        run = subprocess.run(
            command, capture_output=True, text=True, check=True, env=os.environ | _SEEDED
        )
        found = _REFS.search(run.stderr)
        if found is None:
            raise SystemExit(f"valgrind gave no count:\n{run.stderr[-2000:]}")
        totals.append(int(found.group(1).replace(",", "")))
    return (totals[1] - totals[0]) / count


_SEEDED = {"PYTHONHASHSEED": "0"}  # the same sets in the same order in both runs


def _counted(kind: str, count: int, years: int) -> None:
    """What `_instructions` counts: the bot built (the assistant on its store, as `main`
    builds it), 150 updates answered to warm it up, then `count` more.

    Nothing in it may depend on the time a run takes: under valgrind, on a loaded machine, the
    read layer looked at the store's revision once a second of wall time, a number of looks
    that moved with the load, and with their allocations the passes of the collector over the
    whole warmed heap: the same code counted 1.96 and 2.45 million instructions an update in
    two runs. The revision is looked at once, and the collector is off (reference counting
    still frees what each update leaves)."""
    gc.disable()
    if kind == "assistant":
        folder = Path(tempfile.mkdtemp(prefix="council-bench-"))
        engine = db.make_engine(f"sqlite:///{folder / 'council.db'}")
        db.migrate(engine)
        with db.session(engine) as session:
            populate_store(session, years=years)
            members = session.exec(select(Member.id).limit(MEMBERS)).all()
        clock = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)
        application = build_application(
            Settings(), engine, request=InProcessBotAPI(), clock=lambda: clock
        )
        for run in range(2):
            for n in range(MEMBERS):
                application.bot_data.runtime.acting_as[account(run, n)] = members[n % len(members)]
        application.bot_data.runtime.reads.revision_ttl = float("inf")  # see the docstring
    else:
        application, _ = _bare_echo()

    async def answer() -> None:
        async with application:
            for updates in (_updates(0, 150), _updates(1, count)):
                for payload in updates:
                    await application.process_update(Update.de_json(payload, application.bot))

    asyncio.run(answer())


def account(run: int, n: int) -> int:
    return 10_000 + run * MEMBERS + n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=5000)
    parser.add_argument("--years", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--budget", action="store_true", help="then µs per update for each question"
    )
    parser.add_argument(
        "--stages", action="store_true", help="then each question's µs split into stages"
    )
    parser.add_argument(
        "--instructions", type=int, metavar="N", help="count the instructions per update instead"
    )
    parser.add_argument("--counted", choices=("assistant", "bare"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.counted:
        _counted(args.counted, args.count, args.years)
        return
    if args.instructions:
        counts = {kind: _instructions(kind, args.instructions, args.years) for kind in _KINDS}
        assistant, bare = counts["assistant"], counts["bare"]
        print(f"instructions per update, {args.instructions} mixed questions after 150:")
        print(f"assistant: {assistant:12,.0f}")
        print(f"bare echo: {bare:12,.0f}  (ratio {bare / assistant:.2f})")
        return

    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    folder = Path(tempfile.mkdtemp(prefix="council-bench-"))
    engine = db.make_engine(f"sqlite:///{folder / 'council.db'}")
    db.migrate(engine)
    started = time.perf_counter()
    with db.session(engine) as session:
        counts = populate_store(session, years=args.years)
        members = session.exec(select(Member.id).limit(MEMBERS)).all()
    print(
        f"store: {args.years} years generated in {time.perf_counter() - started:.1f} s: {counts}"
    )

    clock = datetime(2024, 7, 10, 10, 0, tzinfo=UTC)
    api = InProcessBotAPI()
    assistant = build_application(Settings(), engine, request=api, clock=lambda: clock)
    acting_as = assistant.bot_data.runtime.acting_as
    for run in range(args.repeat + 1):  # each account speaks as one member of the store
        for n in range(MEMBERS):
            acting_as[account(run, n)] = members[n % len(members)]
    per_question = max(args.count // len(QUESTIONS), 1)
    budget_accounts = range(BUDGET_ACCOUNTS, BUDGET_ACCOUNTS + 6 * per_question * len(QUESTIONS))
    stage_accounts = range(
        budget_accounts.stop, budget_accounts.stop + 3 * per_question * len(QUESTIONS)
    )
    if args.budget or args.stages:
        for n, user_id in enumerate([*budget_accounts, *stage_accounts]):
            acting_as[user_id] = members[n % len(members)]
    assistant_rate = asyncio.run(_rate(assistant, lambda: _messages(api), args.count, args.repeat))

    echo_api = InProcessBotAPI()
    echo = ApplicationBuilder().token(OFFLINE_TOKEN).request(echo_api).updater(None).build()
    echo.add_handler(MessageHandler(filters.TEXT, _echo))
    echo_rate = asyncio.run(_rate(echo, lambda: _messages(echo_api), args.count, args.repeat))
    bare, stub = _bare_echo()
    bare_rate = asyncio.run(_rate(bare, lambda: stub.sent, args.count, args.repeat))

    print(
        f"assistant: {assistant_rate:8.0f} questions/s "
        f"({args.count} mixed questions, best of {args.repeat})"
    )
    print(f"echo bot : {echo_rate:8.0f} messages/s (same in-process Bot API stand-in)")
    print(f"bare echo: {bare_rate:8.0f} messages/s (PTB alone, offline request stub)")
    print(f"ratio    : {assistant_rate / echo_rate:8.2f} of the echo bot")
    print(f"ratio    : {assistant_rate / bare_rate:8.2f} of the bare echo (goal ≥ 0.5)")
    if args.budget:
        costs = asyncio.run(
            _in(assistant, _budget(assistant, QUESTIONS, BUDGET_ACCOUNTS, per_question))
        )
        bare_cost = asyncio.run(
            _in(bare, _budget(bare, ("bonjour",), BUDGET_ACCOUNTS, per_question))
        )
        echo_cost = asyncio.run(
            _in(echo, _budget(echo, ("bonjour",), BUDGET_ACCOUNTS, per_question))
        )["bonjour"]
        unseen = asyncio.run(
            _in(
                assistant,
                _budget(
                    assistant,
                    QUESTIONS,
                    BUDGET_ACCOUNTS + 3 * per_question * len(QUESTIONS),
                    per_question,
                    _reading_forgotten(assistant),
                ),
            )
        )
        print(f"budget   : µs of CPU per update, best of 3 × {per_question} fresh accounts")
        print("     read   unseen  (unseen: each text read anew, as a message never seen before)")
        for text, cost in costs.items():
            print(f"{cost:9.0f} {unseen[text]:8.0f}  {text}")
        mean = sum(costs.values()) / len(costs)
        unseen_mean = sum(unseen.values()) / len(unseen)
        print(f"{mean:9.0f} {unseen_mean:8.0f}  mean of the {len(costs)} questions")
        bare_us = bare_cost["bonjour"]
        print(
            f"{bare_us:9.0f}  bare echo (ratio of the means {bare_us / mean:.2f}; "
            f"unseen {bare_us / unseen_mean:.2f})"
        )
        # The part of each answer that is the assistant's own work: the mean less what PTB
        # and the stand-in cost the echo bot for one message.
        own = mean - echo_cost
        print(f"{echo_cost:9.0f}  echo bot (the assistant's own work: {own:.0f} µs a question)")
        # What an assistant whose own code cost nothing would reach: PTB building the requests
        # and parsing the messages the stand-in sends back (sender, date, buttons) as
        # Telegram's. From the µs above, measured back to back (the rates, minutes apart on a
        # loaded machine, put it anywhere between 0.7 and 1.1).
        print(f"{bare_us / echo_cost:9.2f}  ceiling: the echo bot's ratio to the bare echo")
    if args.stages:
        split = asyncio.run(
            _in(assistant, _stages(assistant, QUESTIONS, stage_accounts.start, per_question))
        )
        _print_stages(split)
    print("load average: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
