"""Commands found by their name (bot/dispatch.py) go to the very handler the chain of every
feature's handlers gave them, whatever the update; a command asks only its own handlers."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application, BaseHandler, CommandHandler, MessageHandler, filters

from bot.dispatch import (
    CommandTable,
    FilteredHandler,
    compile_filters,
    every_handler,
    index_commands,
)
from bot.handlers import FEATURES, command_names


def _chained(application: Any) -> Application:  # type: ignore[type-arg]
    """The same features registered without the index: python-telegram-bot's own chain."""
    bare = Application.builder().token("0:offline").updater(None).build()
    for feature in FEATURES:
        feature.register(bare)
    return bare


def _taker(group: list[BaseHandler[Any, Any, Any]], update: Update) -> Any:
    """The handler the group gives the update to (None: none), named by its callback and its
    commands (each application builds callbacks of its own)."""
    for handler in group:
        check = handler.check_update(update)
        if check is None or check is False:
            continue
        if isinstance(handler, CommandTable):
            handler = check[0]  # type: ignore[index]
        return handler.callback.__qualname__, getattr(handler, "commands", None)
    return None


def _updates(bot: Any, names: list[str]) -> list[Update]:
    sender = {"id": 5, "is_bot": False, "first_name": "Élu"}
    chat = {"id": 5, "type": "private"}
    texts = [
        *(f"/{name}" for name in names),
        *(f"/{name.upper()} 4 juillet 2024" for name in names),
        *(f"/{name}@council_bot Degraix" for name in names),
        *(f"/{name}@autre_bot" for name in names),
        "/inconnue",
        "/seancex",
        "qui était présent le 4 juillet ?",
        "et le 4/7 ?",
    ]
    updates = []
    for number, text in enumerate(texts):
        message: dict[str, Any] = {
            "message_id": number,
            "date": 0,
            "chat": chat,
            "from": sender,
            "text": text,
        }
        if text.startswith("/"):
            length = len(text.split()[0])
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        for kind in ("message", "edited_message"):
            updates.append(Update.de_json({"update_id": number, kind: message}, bot))
        forwarded = message | {
            "forward_origin": {"type": "hidden_user", "date": 0, "sender_user_name": "X"}
        }
        updates.append(Update.de_json({"update_id": number, "message": forwarded}, bot))
        # a text after a mention, not a command at its start
        shifted = message | {"text": f"@x {text}"}
        if "entities" in message:
            shifted["entities"] = [{"type": "bot_command", "offset": 3, "length": length}]
        updates.append(Update.de_json({"update_id": number, "message": shifted}, bot))
    press = {"id": "1", "from": sender, "chat_instance": "5", "data": "page:0123456789abcdef:1"}
    updates.append(Update.de_json({"update_id": 99, "callback_query": press}, bot))
    return updates


async def test_every_update_goes_where_the_chain_sent_it(application: Any) -> None:
    app, _ = application
    chained = _chained(app)  # its handlers only read the updates: never started
    names = command_names(app)
    assert sorted(names) == sorted(
        n
        for g in chained.handlers.values()
        for h in g
        if isinstance(h, CommandHandler)
        for n in h.commands
    )
    for update in _updates(app.bot, names):
        update.set_bot(app.bot)
        for group, handlers in chained.handlers.items():
            assert _taker(app.handlers[group], update) == _taker(handlers, update), update


def test_a_command_asks_only_its_own_handlers(
    application: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _ = application
    tables = [h for h in app.handlers[0] if isinstance(h, CommandTable)]
    assert len(tables) == 1
    asked: list[str] = []
    check = CommandHandler.check_update

    def counted(handler: CommandHandler[Any, Any], update: object) -> Any:
        asked.append(next(iter(handler.commands)))
        return check(handler, update)

    monkeypatch.setattr(CommandHandler, "check_update", counted)
    message = {
        "message_id": 1,
        "date": 0,
        "chat": {"id": 5, "type": "private"},
        "from": {"id": 5, "is_bot": False, "first_name": "Élu"},
        "text": "/actions axe 3",
        "entities": [{"type": "bot_command", "offset": 0, "length": 8}],
    }
    update = Update.de_json({"update_id": 1, "message": message}, app.bot)
    found = tables[0].check_update(update)
    assert found is not None
    assert found[0].callback.__name__ == "actions_command"
    assert asked == ["actions"]


def test_a_message_handler_between_commands_closes_the_table() -> None:
    """A command registered after a message's handler still meets that handler first."""
    from telegram.ext import CallbackQueryHandler, MessageHandler, filters

    async def callback(update: object, context: object) -> None:
        return None

    first, second = CommandHandler("a", callback), CommandHandler("b", callback)
    button = CallbackQueryHandler(callback)
    catch_all = MessageHandler(filters.ALL, callback)
    last = CommandHandler("c", callback)
    group = index_commands([first, button, second, catch_all, last])
    assert isinstance(group[0], CommandTable)
    assert group[0].handlers == [first, second]
    assert group[1:] == [button, catch_all, last]
    app = Application.builder().token("0:offline").updater(None).build()
    app.handlers[0] = group
    assert list(every_handler(app)) == [first, second, button, catch_all, last]


def _kinds(bot: Any) -> list[Update]:
    """An update of each kind the filters tell apart: texts, commands, corrections, forwarded
    texts, documents, photos with a caption, members joining, channel posts, business
    messages, a poll, a button."""
    sender = {"id": 5, "is_bot": False, "first_name": "Élu"}
    chat = {"id": 5, "type": "private"}
    base = {"message_id": 1, "date": 0, "chat": chat, "from": sender}
    command = [{"type": "bot_command", "offset": 0, "length": 7}]
    forwarded = {"type": "hidden_user", "date": 0, "sender_user_name": "X"}
    document = {"file_id": "d", "file_unique_id": "d", "file_name": "pv.pdf"}
    photo = [{"file_id": "p", "file_unique_id": "p", "width": 9, "height": 9}]
    messages = [
        base | {"text": "qui était présent ?"},
        base | {"text": "/membre Degraix", "entities": command},
        base | {"text": "/membre", "entities": command, "forward_origin": forwarded},
        base | {"text": "bonjour", "forward_origin": forwarded},
        base | {"document": document},
        base | {"document": document, "caption": "/membre", "caption_entities": command},
        base | {"photo": photo, "caption": "le PV"},
        base | {"new_chat_members": [sender]},
        base | {"sticker_unknown": 1},
    ]
    kinds = ("message", "edited_message", "channel_post", "edited_channel_post")
    payloads: list[dict[str, Any]] = [{kind: message} for message in messages for kind in kinds]
    payloads.append({"business_message": messages[0] | {"business_connection_id": "b"}})
    payloads.append({"inline_query": {"id": "1", "from": sender, "query": "x", "offset": ""}})
    press = {"id": "1", "from": sender, "chat_instance": "5", "data": "page:0:1"}
    payloads.append({"callback_query": press})
    payloads.append({"callback_query": press | {"message": base | {"text": "x"}}})
    return [
        Update.de_json({"update_id": number, **payload}, bot)
        for number, payload in enumerate(payloads)
    ]


async def test_compiled_filters_say_what_the_filters_say(application: Any) -> None:
    app, _ = application
    compiled = [h for g in app.handlers.values() for h in g if isinstance(h, FilteredHandler)]
    # every message handler of the features, a sentence's and a command's catch-all among them
    assert len(compiled) >= 5
    assert not [h for g in app.handlers.values() for h in g if type(h) is MessageHandler]
    updates = _kinds(app.bot)
    for handler in compiled:
        for update in updates:
            said = MessageHandler.check_update(handler, update)
            assert handler.check_update(update) == bool(said), (handler.filters, update)
    assert FilteredHandler.check_update(compiled[0], object()) is None


def test_filters_read_otherwise_are_asked_as_they_are() -> None:
    """A filter giving data (a pattern's match) or checking the update its own way keeps its
    handler as python-telegram-bot asks it."""

    async def callback(update: object, context: object) -> None:
        return None

    class Own(filters.MessageFilter):
        def check_update(self, update: Update) -> bool:
            return True

        def filter(self, message: Any) -> bool:
            return False

    pattern = MessageHandler(filters.TEXT & filters.Regex("^a"), callback)
    own = MessageHandler(~Own(), callback)
    plain = MessageHandler(filters.TEXT | filters.PHOTO, callback)
    group = compile_filters([pattern, own, plain])
    assert group[:2] == [pattern, own]
    assert isinstance(group[2], FilteredHandler)
    assert group[2].callback is callback
    assert group[2].filters is plain.filters
