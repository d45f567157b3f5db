"""The local Bot API server, driven by python-telegram-bot's real HTTPXRequest over a socket.

These tests pin down what PTB raises for each injected fault, because the broadcast tests and
benchmarks built on this server rely on it: 429 → RetryAfter, 5xx → NetworkError, 403 →
Forbidden, 400 → BadRequest, a dropped connection → NetworkError, a slow answer → TimedOut.
"""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import time
import urllib.request
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import AIORateLimiter, ApplicationBuilder, CommandHandler, ContextTypes

from tests.botapi_server import DROPPED, FakeBotAPI

# PTB itself reads RetryAfter.retry_after when building the exception, which warns under 22.x.
pytestmark = pytest.mark.filterwarnings("ignore::telegram.warnings.PTBDeprecationWarning")
TOKEN = "123:abc"
CHAT = 501


@pytest.fixture
def api() -> Iterator[FakeBotAPI]:
    with FakeBotAPI() as server:
        yield server


@pytest.fixture
async def bot(api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as bot:
        yield bot  # entering called getMe: inject faults after this point


def retry_seconds(exc: RetryAfter) -> float:
    # An int today, a timedelta once PTB_TIMEDELTA is set (and in the next major version).
    value = exc.retry_after
    return value.total_seconds() if isinstance(value, dtm.timedelta) else float(value)


async def test_get_me_answers_the_bot_user(api: FakeBotAPI, bot: Bot) -> None:
    me = await bot.get_me()

    assert me.is_bot
    assert me.username == "council_bot"
    assert api.calls[0].method == "getMe"
    assert api.calls[0].token == TOKEN
    assert api.base_url.startswith("http://127.0.0.1:")


async def test_send_message_is_recorded_with_its_keyboard_decoded(
    api: FakeBotAPI, bot: Bot
) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="proxy:yes")]])

    first = await bot.send_message(CHAT, "<b>42</b>", parse_mode=ParseMode.HTML)
    second = await bot.send_message(CHAT, "true", reply_markup=keyboard)

    (call, _) = api.sent_to(CHAT)
    assert call.params == {"chat_id": CHAT, "text": "<b>42</b>", "parse_mode": "HTML"}
    # Free text stays text even when it looks like JSON; the keyboard arrives as a JSON string.
    assert api.sent_to(CHAT)[1].params["text"] == "true"
    assert api.sent_to(CHAT)[1].params["reply_markup"] == {
        "inline_keyboard": [[{"text": "Oui", "callback_data": "proxy:yes"}]]
    }
    assert second.message_id > first.message_id
    assert second.reply_markup == keyboard
    assert second.chat.id == CHAT


async def test_edit_keeps_the_text_and_replaces_the_keyboard(api: FakeBotAPI, bot: Bot) -> None:
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Oui", callback_data="y")]])
    sent = await bot.send_message(CHAT, "Donner pouvoir ?", reply_markup=keyboard)

    edited = await bot.edit_message_reply_markup(CHAT, sent.message_id, reply_markup=None)

    assert isinstance(edited, type(sent))
    assert edited.text == "Donner pouvoir ?"
    assert edited.reply_markup is None
    assert api.sent_to(CHAT) == api.messages()  # an edit is not a delivered message


async def test_send_document_keeps_the_file_name_and_bytes(api: FakeBotAPI, bot: Bot) -> None:
    content = b"BEGIN:VCALENDAR\r\n--not-a-boundary\r\n" + bytes(range(256)) + b"END:VCALENDAR\r\n"

    message = await bot.send_document(
        CHAT, InputFile(content, filename="seance.ics"), caption="Convocation"
    )

    (call,) = api.sent_to(CHAT)
    assert call.method == "sendDocument"
    assert call.params == {"chat_id": CHAT, "caption": "Convocation"}
    assert call.files["document"].filename == "seance.ics"
    assert call.files["document"].content == content
    assert message.document is not None
    assert message.document.file_name == "seance.ics"
    assert message.caption == "Convocation"
    # The file can be fetched back through base_file_url, as a handler receiving it would.
    file = await bot.get_file(message.document.file_id)
    assert bytes(await file.download_as_bytearray()) == content


async def test_rate_limit_raises_retry_after(api: FakeBotAPI, bot: Bot) -> None:
    api.rate_limit(retry_after=7)

    with pytest.raises(RetryAfter) as raised:
        await bot.send_message(CHAT, "Bonjour")
    await bot.send_message(CHAT, "Bonjour")  # only the next call was limited

    assert retry_seconds(raised.value) == 7
    assert [call.status for call in api.calls_of("sendMessage")] == [429, 200]
    assert len(api.sent_to(CHAT)) == 1


async def test_rate_limit_every_third_call(api: FakeBotAPI, bot: Bot) -> None:
    api.rate_limit(every=3)

    outcomes = await asyncio.gather(
        *(bot.send_message(CHAT + i, "x") for i in range(9)), return_exceptions=True
    )

    assert sum(isinstance(outcome, RetryAfter) for outcome in outcomes) == 3
    assert api.status_counts() == {200: 1 + 6, 429: 3}  # getMe, then the sends


async def test_server_error_raises_network_error(api: FakeBotAPI, bot: Bot) -> None:
    api.fail_next(1, status=500)

    with pytest.raises(NetworkError) as raised:
        await bot.send_message(CHAT, "Bonjour")

    # Plain NetworkError, not one of its subclasses: PTB maps every unknown status to it.
    assert type(raised.value) is NetworkError
    assert str(raised.value) == "Internal Server Error"
    assert api.calls[-1].status == 500
    assert api.sent_to(CHAT) == []


async def test_blocked_user_and_unknown_chat(api: FakeBotAPI, bot: Bot) -> None:
    api.block(CHAT)
    api.unknown_chat(CHAT + 1)

    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "Bonjour")
    with pytest.raises(BadRequest, match="Chat not found"):  # PTB strips "Bad Request: "
        await bot.send_message(CHAT + 1, "Bonjour")
    await bot.send_message(CHAT + 2, "Bonjour")

    assert [call.status for call in api.calls_of("sendMessage")] == [403, 400, 200]
    assert api.sent_to(CHAT) == api.sent_to(CHAT + 1) == []
    api.reset_faults()
    await bot.send_message(CHAT, "Bonjour")
    assert len(api.sent_to(CHAT)) == 1


async def test_dropped_connection_raises_network_error(api: FakeBotAPI, bot: Bot) -> None:
    api.drop_next(1)

    with pytest.raises(NetworkError, match="Server disconnected"):
        await bot.send_message(CHAT, "Bonjour")
    await bot.send_message(CHAT, "Bonjour")  # the client recovers with a fresh connection

    assert [call.status for call in api.calls_of("sendMessage")] == [DROPPED, 200]
    assert len(api.sent_to(CHAT)) == 1


async def test_slow_answer_times_out_but_the_message_is_delivered(
    api: FakeBotAPI, bot: Bot
) -> None:
    api.delay(0.5, count=1)

    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "Bonjour", read_timeout=0.1)

    # As with Telegram, the client's timeout does not undo the send: a blind retry duplicates.
    await api.until(lambda server: len(server.sent_to(CHAT)) == 1, within=2)


async def test_enforce_rate_refuses_a_burst_beyond_30_per_second() -> None:
    """The 40 sends arrive within one second of the server's clock, stopped here: on a busy
    machine the real burst could spread over more than a second, and fewer be refused."""
    with FakeBotAPI(clock=lambda: 100.0) as api:
        api.enforce_rate(per_second=30, per_chat_per_second=1)
        async with Bot(TOKEN, base_url=api.base_url) as bot:
            outcomes = await asyncio.gather(
                *(bot.send_message(1000 + i, "Convocation") for i in range(40)),
                return_exceptions=True,
            )

    refused = [outcome for outcome in outcomes if isinstance(outcome, RetryAfter)]
    assert len(refused) == 10
    assert len(api.messages()) == 30
    assert api.status_counts()[429] == 10
    assert all(retry_seconds(exc) >= 1 for exc in refused)


async def test_enforce_rate_refuses_a_second_message_to_one_chat(
    api: FakeBotAPI, bot: Bot
) -> None:
    api.enforce_rate()

    await bot.send_message(CHAT, "Un")
    with pytest.raises(RetryAfter):
        await bot.send_message(CHAT, "Deux")
    await bot.send_message(CHAT + 1, "Un")  # another chat is not affected

    assert len(api.sent_to(CHAT)) == 1


async def test_flood_control_window_slides_with_the_clock() -> None:
    now = 100.0
    with FakeBotAPI(clock=lambda: now) as server:
        server.enforce_rate(per_second=2, per_chat_per_second=None)
        async with Bot(TOKEN, base_url=server.base_url) as bot:
            assert [await _delivered(bot, CHAT) for _ in range(3)] == [True, True, False]
            now += 0.5
            assert await _delivered(bot, CHAT) is False
            now += 0.5  # the first two sends are now a full second old
            assert [await _delivered(bot, CHAT) for _ in range(3)] == [True, True, False]


async def _delivered(bot: Bot, chat_id: int) -> bool:
    try:
        await bot.send_message(chat_id, "x")
    except RetryAfter:
        return False
    return True


async def test_get_updates_honours_offset(api: FakeBotAPI, bot: Bot) -> None:
    first = api.push_update(_command_update("/start"))
    second = api.push_update(_command_update("/aide"))

    updates = await bot.get_updates()
    assert [update.update_id for update in updates] == [first, second]
    assert updates[1].message is not None
    assert updates[1].message.text == "/aide"

    confirmed = await bot.get_updates(offset=second + 1, timeout=0)
    assert confirmed == ()
    assert await bot.get_updates() == ()  # confirmed updates are gone for good


async def test_long_poll_returns_as_soon_as_an_update_arrives() -> None:
    # The server would hold the poll 30 s: an answer within 10 s can only be the update's.
    with FakeBotAPI(max_poll_wait=30) as patient:
        async with Bot(TOKEN, base_url=patient.base_url) as bot:
            poll = asyncio.create_task(bot.get_updates(timeout=30, read_timeout=40))
            await asyncio.sleep(0.1)
            patient.push_update(_command_update("/start"))
            updates = await asyncio.wait_for(poll, 10)
    assert len(updates) == 1


async def test_long_poll_is_capped_by_the_server(api: FakeBotAPI, bot: Bot) -> None:
    # Asked for 30 s, the server (max_poll_wait 1 s) answers empty well before.
    assert await asyncio.wait_for(bot.get_updates(timeout=30, read_timeout=40), 10) == ()


async def test_aio_rate_limiter_waits_out_one_429_and_delivers_once(api: FakeBotAPI) -> None:
    application = (
        ApplicationBuilder()
        .token(TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .rate_limiter(AIORateLimiter(max_retries=3))
        .build()
    )
    async with application:
        api.rate_limit(retry_after=1, methods=["sendMessage"])
        await application.bot.send_message(CHAT, "Convocation au Bureau")

    assert [call.status for call in api.calls_of("sendMessage")] == [429, 200]
    retried = api.calls_of("sendMessage")
    assert retried[1].at - retried[0].at >= 1.0
    assert len(api.sent_to(CHAT)) == 1


async def test_a_polling_application_answers_a_pushed_update(api: FakeBotAPI) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Answers /start, as a real handler would."""
        assert update.effective_chat is not None
        await context.bot.send_message(update.effective_chat.id, "Bienvenue")

    application = (
        ApplicationBuilder().token(TOKEN).base_url(api.base_url).base_file_url(api.base_file_url)
    ).build()
    application.add_handler(CommandHandler("start", start))
    async with application:
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=dtm.timedelta(seconds=5))
        await application.start()
        api.push_update(_command_update("/start"))
        await api.until(lambda server: len(server.sent_to(CHAT)) == 1, within=5)
        await application.updater.stop()
        await application.stop()

    assert api.sent_to(CHAT)[0].params["text"] == "Bienvenue"
    assert api.calls_of("deleteWebhook")  # polling starts by removing any webhook


async def test_stop_does_not_wait_for_an_injected_delay() -> None:
    server = FakeBotAPI().start()
    async with Bot(TOKEN, base_url=server.base_url) as bot:
        server.delay(30)
        pending = asyncio.create_task(bot.send_message(CHAT, "x", read_timeout=10))
        await asyncio.sleep(0.2)

        await asyncio.wait_for(asyncio.to_thread(server.stop), 10)  # not the 30 s delay
        with pytest.raises(NetworkError):
            await pending


def _command_update(text: str) -> dict[str, Any]:
    user = {"id": CHAT, "is_bot": False, "first_name": "Jean-Luc"}
    return {
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": CHAT, "type": "private", "first_name": "Jean-Luc"},
            "from": user,
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        }
    }


def test_json_bodies_and_query_strings_are_understood(api: FakeBotAPI) -> None:
    # PTB sends forms, but scripts (and Telegram's own docs) post JSON or use GET.
    body = json.dumps({"chat_id": CHAT, "text": "Bonjour", "reply_markup": '{"keyboard": []}'})
    request = urllib.request.Request(
        f"{api.base_url}{TOKEN}/sendMessage",
        data=body.encode(),
        headers={"Content-Type": "application/json"},
    )
    with urllib.request.urlopen(request, timeout=5) as response:
        assert json.load(response)["result"]["text"] == "Bonjour"
    with urllib.request.urlopen(f"{api.base_url}{TOKEN}/getMe?x=1", timeout=5) as response:
        assert json.load(response)["ok"] is True

    assert api.sent_to(CHAT)[0].params["reply_markup"] == {"keyboard": []}
    assert api.calls[-1].params == {"x": 1}


async def test_a_faster_flood_control_counts_its_seconds_and_announces_wall_seconds() -> None:
    """FakeBotAPI(speed=2): its second lasts half of one, and the « retry after » of its 429s
    is said in wall seconds, so that a client waiting it out waits half as long."""
    with FakeBotAPI(speed=2) as server:
        server.enforce_rate(per_second=2, per_chat_per_second=None)
        async with Bot(TOKEN, base_url=server.base_url) as bot:
            assert [await _delivered(bot, CHAT) for _ in range(3)] == [True, True, False]
            with pytest.raises(RetryAfter) as raised:
                await bot.send_message(CHAT, "x")
            assert 0 < retry_seconds(raised.value) <= 0.5  # one of its seconds, at most
            await asyncio.sleep(0.6)  # more than one of its seconds: the window has slid
            assert [await _delivered(bot, CHAT) for _ in range(3)] == [True, True, False]
            server.reset_faults()
            server.rate_limit(retry_after=5)
            with pytest.raises(RetryAfter) as raised:
                await bot.send_message(CHAT, "x")
            assert retry_seconds(raised.value) == pytest.approx(2.5)
