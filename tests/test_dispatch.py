"""Commands found by their name (bot/dispatch.py) go to the very handler the chain of every
feature's handlers gave them, whatever the update; a command asks only its own handlers."""

from __future__ import annotations

from typing import Any

import pytest
from telegram import Update
from telegram.ext import Application, BaseHandler, CommandHandler

from bot.dispatch import CommandTable, every_handler, index_commands
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
