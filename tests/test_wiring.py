"""The dispatch, through the real Application: typed payloads (forged ones get one answer),
private chats only, the length of a command's arguments, /feuille's choice of sitting,
/help and /settings, the bot's description, and the refusal codes as an enum."""

from __future__ import annotations

import itertools
import time
from datetime import date
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot import callbacks
from bot.callbacks import (
    AskProxy,
    CancelProxy,
    ConfirmProxy,
    Convene,
    ConvocationAction,
    ConvocationAnswer,
    DeclineProxy,
    NewSittingBody,
    NewSittingDecision,
    Page,
    PickHolder,
    PickMember,
    PickProxiesOf,
    SittingAction,
    SittingChoice,
    SittingRef,
    WithdrawProxy,
)
from bot.handlers import UNLISTED, command_names, menu_entries
from bot.render import render, to_plain_text
from bot.transport import Conversation
from storage import db
from storage.models import Body, Sitting
from storage.rules import ProxyRefusal
from tests.helpers import text

SECRETARIAT_USER = 777

EVERY_PAYLOAD = [
    Page("0123456789abcdef", 2),
    PickMember(42),
    PickHolder(7, 42),
    PickProxiesOf(SittingRef(), 42),
    PickProxiesOf(SittingRef(on=date(2024, 7, 4)), 42),
    PickProxiesOf(SittingRef(number="2024.00417"), 42),
    ConfirmProxy(7, 42),
    ConfirmProxy(7, 42, replace=True),
    DeclineProxy(9),
    AskProxy(7),
    WithdrawProxy(7),
    CancelProxy(),
    *[ConvocationAnswer(action, 5) for action in ConvocationAction],
    Convene(7, urgent=True),
    Convene(7),
    NewSittingBody(3),
    NewSittingDecision(create=True),
    NewSittingDecision(create=False),
    *[SittingChoice(action, 7) for action in SittingAction],
]

FORGED = [
    "",
    "x",
    "pick:member:",
    "pick:member:0",
    "pick:member:-1",
    "pick:member:99999999999999999999",  # would overflow the database's integer
    "pick:member:2147483648",
    "pick:member:12abc",
    "pick:member:1:2",
    "pick:give-:1",
    "pick:proxies-d2024-02-31:1",  # an impossible date
    "pick:proxies-x:1",
    "proxy:ok:1",
    "proxy:ok:1:2:3",
    "proxy:steal:1:2",
    "proxy:cancel:now",
    "conv:delete:1",
    "conv:ack:",
    "convoke:urgent:",
    "newsit:body:one",
    "newsit:maybe",
    "sitting:erase:1",
    "sitting:sheet:",
    "page:deadbeef:1",
    "page:0123456789ABCDEF:1",
    "page:0123456789abcdef:99999",
    "pick:member:1 ",
    " pick:member:1",
    "pick:member:1\n",
    "é" * 40,
    "pick:member:" + "1" * 60,
]


@pytest.mark.parametrize("payload", EVERY_PAYLOAD, ids=repr)
def test_every_payload_reads_back_as_itself(payload: callbacks.Payload) -> None:
    data = payload.encode()
    assert len(data.encode()) <= 64  # Telegram's limit for callback data
    assert callbacks.parse(data) == payload


@pytest.mark.parametrize("data", FORGED)
def test_a_forged_payload_is_none_of_them(data: str) -> None:
    assert callbacks.parse(data) is None


async def test_a_forged_or_stale_button_gets_the_stale_answer(
    degraix: Conversation,
) -> None:
    stale = to_plain_text(render("stale_button"))
    for data in [*FORGED, "pick:member:999999", "proxy:decline:999999", "sitting:presents:9999"]:
        replies = await degraix.press_data(data)
        assert text(replies) == stale, data


async def test_a_choice_of_sitting_for_the_sheet_gives_the_sheet(
    application: Any, loaded_engine: Engine
) -> None:
    """/feuille DATE when the Bureau and the Conseil sat that day: each button gives that
    sitting's attendance sheet, not its summary (issue 10)."""
    app, api = application
    with db.session(loaded_engine) as session:
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        session.add(Sitting(body_id=conseil.id or 0, held_on=date(2024, 7, 4), in_office=120))
        session.commit()
    app.bot_data.runtime.acting_as[SECRETARIAT_USER] = None
    secretariat = Conversation(app, api, SECRETARIAT_USER)
    choice = await secretariat.send("/feuille 4 juillet 2024")
    assert sorted(choice[0].labels) == ["Bureau Métropolitain", "Conseil Métropolitain"]
    replies = await secretariat.press("Bureau Métropolitain", choice)
    direct = await secretariat.send("/feuille 4 juillet 2024 bureau")
    assert replies[0].text.startswith("<pre>")
    assert [r.text for r in replies] == [r.text for r in direct]
    summary = await secretariat.send("/seance 4 juillet 2024 bureau")
    assert replies[0].text != summary[0].text


async def test_the_sheet_reads_its_argument_as_questions_do(
    application: Any, loaded_engine: Engine
) -> None:
    """« /feuille 4 juillet » is the 4 July of a year that had a sitting (read as this year's,
    it answered « aucune séance »), a button each when several had; words the reading leaves
    are said, never dropped."""
    app, api = application
    with db.session(loaded_engine) as session:
        conseil = session.exec(select(Body).where(Body.name == "Conseil Métropolitain")).one()
        session.add(Sitting(body_id=conseil.id or 0, held_on=date(2023, 7, 4), in_office=120))
        session.commit()
    app.bot_data.runtime.acting_as[SECRETARIAT_USER] = None
    secretariat = Conversation(app, api, SECRETARIAT_USER)
    dated = await secretariat.send("/feuille 4 juillet 2024")
    assert "4 JUILLET 2024" in dated[0].text
    choice = await secretariat.send("/feuille 4 juillet")
    assert [label.split(" — ")[0] for label in choice[0].labels] == [
        "Bureau Métropolitain",
        "Conseil Métropolitain",
    ]
    replies = await secretariat.press(choice[0].labels[0], choice)
    assert [r.text for r in replies] == [r.text for r in dated]
    stray = await secretariat.send("/feuille du 4 juillet 2024 zorglub")
    assert "zorglub" in stray[0].text
    assert [r.text for r in stray[1:]] == [r.text for r in dated]


async def test_a_member_pressing_a_sheet_choice_is_refused(degraix: Conversation) -> None:
    sitting = await _sitting_id(degraix)
    replies = await degraix.press_data(SittingChoice(SittingAction.SHEET, sitting).encode())
    assert "réservée au secrétariat" in text(replies)


async def _sitting_id(conversation: Conversation) -> int:
    rt = conversation.application.bot_data.runtime
    with rt.session() as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).one()
        return sitting.id or 0


_updates = itertools.count(900_000)


def _group_message(user_id: int, chat_id: int, words: str) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": next(_updates),
        "date": int(time.time()),
        "chat": {"id": chat_id, "type": "supergroup", "title": "Groupe des élus"},
        "from": {"id": user_id, "is_bot": False, "first_name": "Jean-Luc"},
        "text": words,
    }
    if words.startswith("/"):
        command = words.split()[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    return {"update_id": next(_updates), "message": message}


async def test_in_a_group_the_bot_says_once_it_works_in_private(
    degraix: Conversation,
) -> None:
    """No council data in a group, whoever asks there; one sentence per group, ever."""
    from telegram import Update

    app, api = degraix.application, degraix.api
    group = -1001234567890
    said = []
    for words in ["/seance 4 juillet 2024", "qui a donné pouvoir à Degraix ?", "/membre Degraix"]:
        start = len(api.calls)
        await app.process_update(Update.de_json(_group_message(501, group, words), app.bot))
        said.extend(api.replies_since(start))
    assert [to_plain_text(r.text) for r in said] == [to_plain_text(render("private_only"))]
    assert all(r.chat_id == group for r in said)
    # Another process on the same store does not say it again.
    app.bot_data.runtime.reads.forget()
    start = len(api.calls)
    await app.process_update(Update.de_json(_group_message(501, group, "/aide"), app.bot))
    assert api.replies_since(start) == []
    # The member's private chat is answered as usual.
    assert "Séance du" in text(await degraix.send("/seance 4 juillet 2024"))


@pytest.mark.parametrize(
    "command", ["/membre", "/seance", "/deliberation", "/actions", "/pouvoir", "/presents"]
)
async def test_a_command_s_words_obey_the_sentence_length_limit(
    degraix: Conversation, command: str
) -> None:
    replies = await degraix.send(f"{command} {'Degraix ' * 80}")
    assert text(replies) == to_plain_text(render("too_long", limit=500))


async def test_help_answers_as_aide(degraix: Conversation) -> None:
    assert text(await degraix.send("/help")) == text(await degraix.send("/aide"))


async def test_settings_say_what_the_bot_knows_of_the_member(degraix: Conversation) -> None:
    said = text(await degraix.send("/settings"))
    assert "DEGRAIX" in said.upper()
    assert "Bureau Métropolitain" in said
    assert "Rôle : membre" in said
    assert "détacher" in said


async def test_settings_refuse_a_stranger(stranger: Conversation) -> None:
    assert "réservé aux membres du conseil" in text(await stranger.send("/settings"))


async def test_the_description_and_menu_are_set_in_french_at_start(application: Any) -> None:
    app, api = application
    await app.post_init(app)
    calls = {call.method: call.params for call in api.calls}
    description = calls["setMyDescription"]["description"]
    short = calls["setMyShortDescription"]["short_description"]
    assert "élus" in description
    assert len(description) <= 512
    assert "élus" in short
    assert len(short) <= 120
    assert "setMyCommands" in calls


def test_the_menu_lists_every_registered_command(application: Any) -> None:
    app, _ = application
    registered = set(command_names(app))
    listed = [name for name, _ in menu_entries()]
    assert len(listed) == len(set(listed))
    assert set(listed) == registered - UNLISTED


def test_every_refusal_code_has_its_own_sentence(loaded_engine: Engine) -> None:
    from storage import queries

    with db.session(loaded_engine) as session:
        sitting = session.exec(select(Sitting).where(Sitting.held_on == date(2024, 7, 4))).one()
        view = queries.sitting_view(session=session, sitting_id=sitting.id or 0)
    data = {"s": view, "holder": "Jean-Luc DEGRAIX", "current_holder": "Marc PETIT"}
    sentences = {code: render("proxy_refused", code=code, **data) for code in ProxyRefusal}
    fallback = sentences[ProxyRefusal.NO_SITTING]
    assert all(s != fallback for code, s in sentences.items() if code != ProxyRefusal.NO_SITTING)
    assert len(set(sentences.values())) == len(ProxyRefusal)


def test_the_door_comes_before_every_feature(application: Any) -> None:
    """Groups, then floods, are stopped by TypeHandlers in negative groups."""
    from telegram.ext import TypeHandler

    app, _ = application
    groups = sorted(app.handlers)
    assert groups[:2] == [-2, -1]
    assert all(isinstance(h, TypeHandler) for g in groups[:2] for h in app.handlers[g])


def test_a_sentence_meets_its_handler_before_any_command_s_or_button_s(
    application: Any,
) -> None:
    """A plain sentence is checked by a handful of handlers, not by every command's and
    button's; a command is never taken for a sentence, nor a sentence for a command."""
    from telegram import Update

    from bot.dispatch import CommandTable

    app, _ = application

    def update(text: str) -> Update:
        message: dict[str, Any] = {
            "message_id": 1,
            "date": 0,
            "chat": {"id": 5, "type": "private"},
            "from": {"id": 5, "is_bot": False, "first_name": "Élu"},
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return Update.de_json({"update_id": 1, "message": message}, app.bot)

    def taker(update: Update) -> tuple[int, str]:
        group = app.handlers[0]
        position = next(i for i, h in enumerate(group) if h.check_update(update))
        taken = group[position]
        if isinstance(taken, CommandTable):  # the command's own handler, found by its name
            taken = taken.check_update(update)[0]
        return position, taken.callback.__name__

    position, name = taker(update("qui était présent le 4 juillet ?"))
    assert name == "answer_text"
    assert position <= 3  # after the corrected and forwarded messages only
    assert taker(update("/seance 4 juillet 2024"))[1] == "sitting_command"
    assert taker(update("/inconnue"))[1] == "answer_unknown_command"
    assert taker(update("et le 4/7 ?"))[1] == "answer_text"


def test_no_handler_caches_or_invalidates() -> None:
    """Caching is the read layer's (bot/reads.py): handlers only ask it."""
    from pathlib import Path

    import bot.handlers

    folder = Path(bot.handlers.__file__).parent
    for source in folder.glob("*.py"):
        code = source.read_text(encoding="utf-8")
        for word in ("cache_key", ".cached(", ".forget(", ".recheck(", "store_revision"):
            assert word not in code, f"{source.name} uses {word}"


async def test_cached_answers_are_not_shared_where_they_name_the_asker(
    degraix: Conversation, loaded_engine: Engine
) -> None:
    """The read layer shares rendered answers between members, except where a template
    reads more of the asker than the secretariat flag (help greets by name)."""
    from tests.conftest import member_id

    app = degraix.application
    app.bot_data.runtime.acting_as[502] = member_id(loaded_engine, "THIVANT")
    other = Conversation(app, degraix.api, 502)
    assert "DEGRAIX" in text(await degraix.send("/aide")).upper()
    assert "THIVANT" in text(await other.send("/aide")).upper()
    assert text(await degraix.send("/seance 4 juillet 2024")) == text(
        await other.send("/seance 4 juillet 2024")
    )


async def test_a_sitting_s_button_label_is_rendered_once_for_every_member(
    degraix: Conversation, loaded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Buttons' labels go through the read layer as answers do: the sittings offered for a
    day that had none are labelled once, not again at each member who asks."""
    import bot.reads
    import bot.render
    from tests.conftest import member_id

    rendered: list[str] = []
    real = bot.render.render

    def counted(template: str, /, **context: Any) -> str:
        rendered.append(template)
        return real(template, **context)

    monkeypatch.setattr(bot.render, "render", counted)
    monkeypatch.setattr(bot.reads, "render", counted)
    app = degraix.application
    app.bot_data.runtime.acting_as[502] = member_id(loaded_engine, "THIVANT")
    other = Conversation(app, degraix.api, 502)
    first = await degraix.send("/seance 4 juillet 1850")
    again = await other.send("/seance 4 juillet 1850")
    labels = [label for reply in first for label in reply.labels]
    assert labels
    assert labels == [label for reply in again for label in reply.labels]
    assert rendered.count("button_sitting") == len(labels)


async def test_an_act_s_field_is_read_only_with_an_act_in_talk(
    degraix: Conversation, monkeypatch: pytest.MonkeyPatch
) -> None:
    """« la matière ? », « qui rapportait ? » name a field of the act in talk: a question
    with no act in talk does not pay that reader (the readers run on every sentence), and
    one after an act is still answered with its field."""
    import bot.handlers.questions
    from bot.services.act_fields import act_field_asked

    read: list[str] = []

    def counted(text: str) -> Any:
        read.append(text)
        return act_field_asked(text)

    monkeypatch.setattr(bot.handlers.questions, "act_field_asked", counted)
    await degraix.send("qui a donné pouvoir à Degraix ?")
    await degraix.send("qui rapportait ?")
    assert read == []
    await degraix.send("/deliberation 2022.00033")
    assert "COMMANDE PUBLIQUE" in text(await degraix.send("la matière ?"))
    assert read == ["la matière ?"]
