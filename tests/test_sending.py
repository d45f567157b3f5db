"""Answers posted without python-telegram-bot parsing the sent message back (bot/replies.py)
reach the Bot API exactly as `send_message`, `send_photo` and `send_document` would post them:
the same parameters, the Application's Defaults applied, the same file parts."""

from __future__ import annotations

from typing import Any

from telegram import PhotoSize

from bot.app import build_application
from bot.replies import _markup, keyboard, post_file, post_message
from bot.settings import Settings
from bot.transport import BotCall, InProcessBotAPI
from storage import db

GILLES = [("M. Gilles ARTIGUES", "pick:member:124"), ("M. Gilles BENALI", "pick:member:28")]
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


def _seen(call: BotCall) -> tuple[str, list[tuple[str, Any]], dict[str, tuple[str, bytes]]]:
    return call.method, list(call.params.items()), call.files


async def test_posted_as_python_telegram_bot_would_post_it() -> None:
    api = InProcessBotAPI()
    app = build_application(Settings(), db.make_engine("sqlite://"), request=api)
    async with app:
        bot = app.bot
        text = "<b>Séance</b> du 4 juillet &amp; suite"
        sent = await bot.send_message(7, text, reply_markup=keyboard(GILLES))
        posted = await post_message(bot, 7, text, _markup(GILLES))
        assert _seen(api.calls[-1]) == _seen(api.calls[-2])
        assert posted["text"] == sent.text  # Telegram's raw answer, not parsed
        await bot.send_message(7, "Bonjour")
        await post_message(bot, 7, "Bonjour")
        assert _seen(api.calls[-1]) == _seen(api.calls[-2])
        assert api.calls[-1].params["parse_mode"] == "HTML"  # the Application's Defaults

        message = await bot.send_photo(7, photo=PNG, caption="Montants par axe")
        photo = await post_file(bot, 7, PNG, "Montants par axe", as_photo=True)
        assert _seen(api.calls[-1]) == _seen(api.calls[-2])
        assert isinstance(photo, PhotoSize)
        assert photo.file_size == message.photo[-1].file_size
        await bot.send_photo(7, photo=photo, caption="Montants par axe")
        await post_file(bot, 7, photo, "Montants par axe", as_photo=True)
        assert _seen(api.calls[-1]) == _seen(api.calls[-2])
        assert api.calls[-1].params["photo"] == photo.file_id  # sent again by its id

        await bot.send_document(7, document=PNG, filename="montants.png", caption="Trop haut")
        document = await post_file(
            bot, 7, PNG, "Trop haut", as_photo=False, filename="montants.png"
        )
        assert _seen(api.calls[-1]) == _seen(api.calls[-2])
        assert document is not None
        assert document.file_name == "montants.png"


async def test_other_defaults_are_posted_as_python_telegram_bot_would_post_them() -> None:
    """The defaults an answer takes are read per Application's Defaults: another Defaults
    (notification off, content protected, no link preview) posts its own, not the first's."""
    from telegram import LinkPreviewOptions
    from telegram.ext import ApplicationBuilder, Defaults

    from bot.app import OFFLINE_TOKEN

    api = InProcessBotAPI()
    quiet = Defaults(
        parse_mode="MarkdownV2",
        disable_notification=True,
        protect_content=True,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    for defaults in (quiet, Defaults(parse_mode="HTML"), None):
        builder = ApplicationBuilder().token(OFFLINE_TOKEN).request(api).updater(None)
        app = (builder.defaults(defaults) if defaults else builder).build()
        async with app:
            for markup in (None, _markup(GILLES)):
                reply_markup = keyboard(GILLES) if markup else None
                await app.bot.send_message(7, "Séance", reply_markup=reply_markup)
                await post_message(app.bot, 7, "Séance", markup)
                # (the same parameters: send_message writes some in another order)
                assert api.calls[-1].params == api.calls[-2].params
    assert api.calls[-1].params == {
        "chat_id": 7,
        "text": "Séance",
        "reply_markup": _markup(GILLES),
    }
    assert [c.params.get("protect_content") for c in api.calls if c.method == "sendMessage"][
        :4
    ] == [True] * 4
