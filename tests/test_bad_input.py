"""Whatever a member types or a client forges, the bot answers in clean French and writes nothing.

Property-based: arbitrary text (emoji, right-to-left, zero-width, HTML, Markdown, 4,096
characters) as a plain message and as the argument of every command, then forged button
payloads. Hypothesis re-runs the body many times inside one `application` fixture, so each
example checks its own updates: at least one reply, each a non-empty French message Telegram
would accept, no handler raised, and no Proxy, Sitting, Delivery or Member row appeared.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy.engine import Engine
from sqlmodel import func, select
from telegram.ext import Application

from bot.handlers import menu_entries
from bot.render import render, to_plain_text
from bot.transport import Conversation, InProcessBotAPI, Reply
from storage import db
from storage.models import ChatState, Delivery, Member, Proxy, Sitting
from tests.helpers import add_coming_bureau_sitting

BUREAU_USER = 501
TELEGRAM_LIMIT = 4096
COMMAND_NAMES = [name for name, _ in menu_entries()]
SPECIMENS = [
    "<b>x</b>",
    "<script>alert(1)</script>",
    "a < b & c > d",
    "&amp; &lt; &#0; &bogus;",
    "*_[x](y)_*",
    "`code` ```pre``` ~~barré~~ ||spoiler||",
    "M. MICHAUD-FARIGOULE",
    "MICHAUD",
    "Degraix",
    "مرحبا",
    "\u200b\u200bDEGRAIX\u200b",
    "\u202eXIARGED",
    "👍🏽🇫🇷👨‍👩‍👧",
    "4 juillet 2024",
    "2024.00417",
    "qui était absent le 4 juillet ?",
    "je donne pouvoir à Degraix",
    "urgence",
    "\n\n\n",
    "%s %(x)s {x} {{ x }} {% if %}",
]
# Telegram delivers no NUL and no lone surrogate; everything else may come.
CHARACTERS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
TEXTS = st.one_of(
    st.text(CHARACTERS, min_size=1, max_size=200),
    st.text(CHARACTERS, min_size=3000, max_size=TELEGRAM_LIMIT),
    st.sampled_from(SPECIMENS),
    st.builds(lambda s, n: (s + " ") * n, st.sampled_from(SPECIMENS), st.integers(1, 800)),
    st.lists(st.sampled_from(SPECIMENS), min_size=2, max_size=6).map(" ".join),
).filter(lambda s: s.strip())
EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

TELEGRAM_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a",
    "code", "pre", "blockquote", "tg-emoji",
}  # fmt: skip
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)(?:\s[^<>]*)?>")
_ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")
_FRENCH = re.compile(
    r"[éèêàâçôûù]|\b(le|la|les|de|du|des|un|une|vous|aucun|aucune|je|cette|pour)\b", re.I
)
ERROR = to_plain_text(render("error"))
STALE = "n'est plus valable"


@pytest.fixture
def chat(application: tuple[Application, InProcessBotAPI], loaded_engine: Engine) -> Conversation:  # type: ignore[type-arg]
    """THIVANT, a linked Bureau member, with the Bureau of 18 July 2024 coming."""
    app, api = application
    with db.session(loaded_engine) as session:
        add_coming_bureau_sitting(session)
        member = session.exec(select(Member).where(Member.last_name == "THIVANT")).one()
        member.telegram_user_id = BUREAU_USER
        session.add(member)
        session.commit()
    return Conversation(app, api, BUREAU_USER, "Élu")


def nothing_pending(engine: Engine) -> None:
    with db.session(engine) as session:
        for row in session.exec(select(ChatState)):
            session.delete(row)
        session.commit()


def counts(engine: Engine) -> dict[str, int]:
    with db.session(engine) as session:
        return {
            model.__name__: int(session.exec(select(func.count()).select_from(model)).one())
            for model in (Proxy, Sitting, Delivery, Member)
        }


def assert_telegram_html(html_text: str) -> None:
    """What Telegram's HTML parser accepts: known tags, balanced; <, >, & only in markup."""
    stack: list[str] = []
    for match in _TAG.finditer(html_text):
        closing, name = match.group(1), match.group(2).lower()
        assert name in TELEGRAM_TAGS, f"tag <{name}> in {html_text[:200]!r}"
        if closing:
            assert stack, f"unopened </{name}> in {html_text[:200]!r}"
            assert stack.pop() == name, f"unbalanced </{name}> in {html_text[:200]!r}"
        else:
            stack.append(name)
    assert not stack, f"unclosed {stack} in {html_text[:200]!r}"
    bare = _ENTITY.sub("", _TAG.sub("", html_text))
    assert not set("<>&") & set(bare), f"unescaped markup in {html_text[:200]!r}"


def raised(app: Application) -> list[BaseException]:  # type: ignore[type-arg]
    """What handlers raised since the last look; taken, so each example answers for its own."""
    errors: list[BaseException] = app.bot_data.errors or []
    taken = list(errors)
    errors.clear()
    return taken


def assert_clean(app: Application, replies: list[Reply], sent: str) -> None:  # type: ignore[type-arg]
    assert raised(app) == [], f"a handler raised on {sent[:80]!r}"
    assert replies, f"no answer to {sent[:80]!r}"
    for reply in replies:
        plain = to_plain_text(reply.text)
        assert plain.strip(), f"empty answer to {sent[:80]!r}"
        assert len(plain) <= TELEGRAM_LIMIT, f"{len(plain)} characters for {sent[:80]!r}"
        assert plain != ERROR, f"the apology for {sent[:80]!r}"
        assert _FRENCH.search(plain), f"not French: {plain[:200]!r}"
        assert_telegram_html(reply.text)
        for label, data in reply.buttons:
            assert label.strip(), (label, data)
            assert 1 <= len(data.encode()) <= 64, (label, data)


@EXAMPLES
@given(text=TEXTS)
async def test_any_sentence_gets_a_clean_answer(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    chat: Conversation,
    text: str,
) -> None:
    # Each example starts with nothing pending: a « 👍 » to a proposal an earlier example
    # left open is the member's own yes, a write they asked for.
    nothing_pending(loaded_engine)
    before = counts(loaded_engine)
    sent = text.lstrip("/")[:TELEGRAM_LIMIT] or "?"
    assert_clean(application[0], await chat.send(sent), sent)
    assert counts(loaded_engine) == before


@EXAMPLES
@given(text=TEXTS)
async def test_every_command_takes_any_argument(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    chat: Conversation,
    text: str,
) -> None:
    before = counts(loaded_engine)
    for name in COMMAND_NAMES:
        sent = f"/{name} {text}"[:TELEGRAM_LIMIT]
        assert_clean(application[0], await chat.send(sent), sent)
    # /present and /absent write attendance; /pouvoir only restates: none of these rows.
    assert counts(loaded_engine) == before


@EXAMPLES
@given(data=st.one_of(st.text(max_size=64), st.sampled_from([
    "", ":", "page:", "page::", "page:x:-1", "pick::", "pick:member:-1", "pick:member:1e9",
    "pick:give-:1", "pick:give-99:1", "pick:proxies-d2024-02-31:1", "pick:proxies-x:1",
    "proxy:decline:", "proxy:decline:-1", "proxy:ask:1:2:3", "proxy:cancel:extra",
    "conv:ack:", "conv:nope:1", "convoke:urgent:-1",
    "sitting::", "sitting:quorum:999", "sitting:presents:١", "newsit:body:1", "newsit:ok",
    "pick:member:１", "sitting:seance:0x1",
])))  # fmt: skip
async def test_forged_buttons_get_a_clean_answer(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    chat: Conversation,
    data: str,
) -> None:
    if data.startswith(("proxy:ok", "proxy:replace")):
        return  # a confirmation is meant to write; tests/test_access.py covers forging it
    before = counts(loaded_engine)
    replies = await chat.press_data(data)
    assert_clean(application[0], replies, data)
    assert counts(loaded_engine) == before


@pytest.mark.parametrize(
    "line",
    [
        "/seance 31 février 2024",
        "/seance 30/02/2024",
        "/seance 2024-13-45",
        "/seance 32 juillet",
        "/presents 31 février 2024",
        "/absents 2024-13-45",
        "/pouvoirs 30/02/2024",
        "/quorum 32 juillet",
        "/present 31 février 2024",
        "/absent 30/02/2024",
        "/pouvoir Degraix 31 février 2024",
        "/annuler_pouvoir 2024-13-45",
        "/convoquer 32 juillet",
        "qui était absent le 31 février 2024 ?",
        "qui était présent le 30/02/2024",
        "/seance 0/0/0",
        "/seance 29 février 2023",
        "/seance 1er janvier 10000",
        "/seance 99999999",
        "/seance -1",
        "/deliberation -1",
        "/deliberation 0",
        "/deliberation 2024.999999999999",
        "/deliberation 99999999999999999999999999",
        "/deliberation 2024.00417.00417",
        "/actions -1",
        "/membre 99999999",
        "/pouvoir 99999999",
        "/seances 99999999",
    ],
)
async def test_malformed_dates_and_numbers(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    chat: Conversation,
    line: str,
) -> None:
    before = counts(loaded_engine)
    replies = await chat.send(line)
    assert_clean(application[0], replies, line)
    assert STALE not in to_plain_text(replies[0].text)
    assert counts(loaded_engine) == before


HUGE = "99999999999999999999"  # more than a 64-bit integer column holds


@pytest.mark.parametrize(
    "data",
    [
        f"pick:member:{HUGE}",
        f"pick:give-{HUGE}:1",
        f"proxy:decline:{HUGE}",
        f"proxy:ok:{HUGE}:1",
        f"conv:ack:{HUGE}",
        f"sitting:quorum:{HUGE}",
        f"proxy:ask:{HUGE}",  # answered with the usage, no lookup
        f"convoke:urgent:{HUGE}",  # refused before any lookup for a member
        f"page:x:{HUGE}",
    ],
)
async def test_huge_ids_in_buttons(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    chat: Conversation,
    data: str,
) -> None:
    before = counts(loaded_engine)
    assert_clean(application[0], await chat.press_data(data), data)
    assert counts(loaded_engine) == before
