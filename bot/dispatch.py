"""A command finds its handler by its name, not by asking every feature's handler in turn.

python-telegram-bot gives an update to the first handler of a group whose `check_update`
takes it, asking them in order; each `CommandHandler` reads the message's command again (its
entity, its text split into words, the bot's name) to say it is not its own. « /actions axe 3 »
was asked of a dozen of them before its own, a third of what python-telegram-bot spent
dispatching it (bench/throughput.py). `index_commands` gathers a group's CommandHandlers into
one `CommandTable`, at the first one's place: the command's name is read once and only the
handlers registered for it are asked, in their order; the answer is the one the chain gave.

A message handler's filters are asked the same way at every update: a sentence met three
handlers' filters in vain (a correction's, a forwarded message's, a document's) and a command
five, each filter asking again whether the update holds a message and which one, through every
`&` and `~` of it, and with the sentence's own a quarter of what python-telegram-bot spent
dispatching it. `compile_filters` reads each handler's filters once into one test of the
update (`FilteredHandler`): whether it holds a message asked once, each filter's own `filter`
then, joined as `&`, `|` and `~` join them; it says what the filters said.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, cast

from telegram import Message, MessageEntity, Update
from telegram.ext import (
    Application,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.context import CustomContext


class CommandTable(BaseHandler[Update, CustomContext, None]):
    """The CommandHandlers of one group, by command name; `handlers` keeps them, in order."""

    __slots__ = ("_by_name", "handlers")

    def __init__(self, handlers: list[CommandHandler[Any, Any]]) -> None:
        super().__init__(_never_called, block=handlers[0].block)
        self.handlers = handlers
        self._by_name: dict[str, list[CommandHandler[Any, Any]]] = {}
        for handler in handlers:
            for name in handler.commands:  # python-telegram-bot keeps them in lower case
                self._by_name.setdefault(name, []).append(handler)

    def check_update(self, update: object) -> tuple[CommandHandler[Any, Any], object] | None:
        """The handler that takes the update and what its own check said, or None (what the
        chain of CommandHandlers read: a bot_command entity opening a text)."""
        if not isinstance(update, Update):
            return None
        message = update.effective_message
        if message is None or not message.entities or not message.text:
            return None
        entity = message.entities[0]
        if entity.type != MessageEntity.BOT_COMMAND or entity.offset != 0:
            return None
        name = message.text[1 : entity.length].split("@")[0].lower()
        for handler in self._by_name.get(name, ()):
            check = handler.check_update(update)
            if check is not None and check is not False:
                return handler, check
        return None

    async def handle_update(
        self,
        update: Update,
        application: Application[Any, Any, Any, Any, Any, Any],
        check_result: object,
        context: CustomContext,
    ) -> Any:
        handler, check = cast(tuple[CommandHandler[Any, Any], object], check_result)
        return await handler.handle_update(update, application, check, context)


async def _never_called(update: Update, context: CustomContext) -> None:
    raise AssertionError("a CommandTable hands each update to the CommandHandler it found")


def index_commands(group: list[BaseHandler[Any, Any, Any]]) -> list[BaseHandler[Any, Any, Any]]:
    """The group with its CommandHandlers gathered in CommandTables, each at the place of its
    first one. A CommandHandler joins the open table only across buttons' handlers (which
    never take a message) and with the same `block`: the first handler to take any update is
    still the one the chain gave."""
    kept: list[BaseHandler[Any, Any, Any]] = []
    table: list[CommandHandler[Any, Any]] = []
    place = 0  # the open table's place in `kept`

    def close() -> None:
        if table:
            kept[place] = CommandTable(list(table)) if len(table) > 1 else table[0]
            table.clear()

    for handler in group:
        if isinstance(handler, CommandHandler):
            if table and handler.block is not table[0].block:
                close()
            if not table:
                place = len(kept)
                kept.append(handler)  # the table's place, until it is closed
            table.append(handler)
            continue
        if not isinstance(handler, CallbackQueryHandler):
            close()  # a message's handler: a command after it must still meet it first
        kept.append(handler)
    close()
    return kept


Test = Callable[[Update, Message | None], bool]


class FilteredHandler(MessageHandler[CustomContext, None]):
    """A MessageHandler whose filters are asked as one test, read from them once
    (`compile_filters`): the same answer for every update, python-telegram-bot's own steps
    aside."""

    __slots__ = ("_test",)

    def __init__(self, handler: MessageHandler[Any, Any], test: Test) -> None:
        super().__init__(handler.filters, handler.callback, block=handler.block)
        self._test = test

    def check_update(self, update: object) -> bool | None:
        if not isinstance(update, Update):
            return None
        # every filter below first asks whether the update holds a message: asked once
        return bool(_holds_a_message(self.filters, update)) and self._test(
            update, update.effective_message
        )


_holds_a_message = filters.BaseFilter.check_update
_OWN_CHECKS = (filters.MessageFilter.check_update, filters.UpdateFilter.check_update)


def _test_of(given: filters.BaseFilter) -> Test | None:
    """What `given.check_update` says of an update holding a message, as one function of the
    update and its message; None for a filter read otherwise (one that gives data, or checks
    the update its own way): its handler is then asked as python-telegram-bot asks it."""
    if given.data_filter:
        return None
    if isinstance(given, filters._MergedFilter):
        first = _test_of(given.base_filter)
        other = given.and_filter or given.or_filter
        second = _test_of(other) if isinstance(other, filters.BaseFilter) else None
        if first is None or second is None:
            return None
        if given.and_filter:
            return lambda update, message: first(update, message) and second(update, message)
        return lambda update, message: first(update, message) or second(update, message)
    if isinstance(given, filters._InvertedFilter):
        inverted = _test_of(given.inv_filter)
        if inverted is None:
            return None
        return lambda update, message: not inverted(update, message)
    own = type(given).check_update
    if own not in _OWN_CHECKS or isinstance(given, filters._XORFilter):
        return None
    if isinstance(given, filters.MessageFilter):
        of_message = given.filter
        return lambda update, message: bool(of_message(message))  # type: ignore[arg-type]
    of_update = cast(filters.UpdateFilter, given).filter
    return lambda update, message: bool(of_update(update))


def compile_filters(group: list[BaseHandler[Any, Any, Any]]) -> list[BaseHandler[Any, Any, Any]]:
    """The group with each MessageHandler whose filters read as one test a FilteredHandler,
    in its place."""
    kept: list[BaseHandler[Any, Any, Any]] = []
    for handler in group:
        if type(handler) is MessageHandler and (test := _test_of(handler.filters)) is not None:
            kept.append(FilteredHandler(handler, test))
        else:
            kept.append(handler)
    return kept


def every_handler(application: Application[Any, Any, Any, Any, Any, Any]) -> Iterator[Any]:
    """Every handler registered, in order, those of a CommandTable in its place."""
    for group in application.handlers.values():
        for handler in group:
            if isinstance(handler, CommandTable):
                yield from handler.handlers
            else:
                yield handler
