"""How updates reach the Application when Telegram is not on the other end.

`InProcessBotAPI` answers the Bot API calls python-telegram-bot makes, in-process, and records
them; `Conversation` turns a typed line or a pressed button into a real `Update` and returns
what the bot sent back. The console, the tests and the benchmarks all use these, so the same
handlers run everywhere and only this module knows there is no network.
"""

from __future__ import annotations

import itertools
import json
import time
from dataclasses import dataclass, field
from typing import Any

from telegram import Update
from telegram.ext import Application
from telegram.request import BaseRequest, RequestData

BOT_USER = {
    "id": 1,
    "is_bot": True,
    "first_name": "Assistant du conseil",
    "username": "council_bot",
}
_MESSAGE_METHODS = {
    "sendMessage",
    "sendPhoto",
    "sendDocument",
    "editMessageText",
    "editMessageReplyMarkup",
}


@dataclass(slots=True)
class BotCall:
    method: str
    params: dict[str, Any]
    result: Any = None
    files: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # part → (name, content)


@dataclass(slots=True)
class Reply:
    """What a member sees of one bot message: its text and its buttons."""

    chat_id: int
    text: str
    buttons: list[tuple[str, str]] = field(default_factory=list)  # (label, callback data)
    method: str = "sendMessage"
    message_id: int = 0
    photo: bytes | None = None  # sendPhoto: the picture; the caption is `text`
    document: tuple[str, bytes] | None = None  # sendDocument: (file name, content)

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.buttons]


class InProcessBotAPI(BaseRequest):
    """A stand-in for api.telegram.org that answers every call and keeps a record of it."""

    def __init__(self) -> None:
        self.calls: list[BotCall] = []
        self._message_ids = itertools.count(1000)
        # What was uploaded, by the file id answered: a photo sent again by its id (as the bot
        # does with a chart it already drew) still shows what it is.
        self._uploaded: dict[str, tuple[str, bytes]] = {}

    @property
    def read_timeout(self) -> float | None:
        return None

    async def initialize(self) -> None:
        return None

    async def shutdown(self) -> None:
        return None

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        if "/file/bot" in url:  # a file a user sent, fetched as Telegram serves it
            _, sent = self._uploaded.get(url.rsplit("/", 1)[-1], ("", b""))
            return (200, sent) if sent else (404, b"")
        name = url.rsplit("/", 1)[-1]
        params = dict(request_data.parameters) if request_data else {}
        files = {}
        if request_data is not None and request_data.contains_files:
            for part, (file_name, content, *_) in request_data.multipart_data.items():
                data = content if isinstance(content, bytes) else content.read()
                files[part] = (str(file_name or part), data)
        for part in ("photo", "document"):
            file_id = params.get(part)
            if isinstance(file_id, str) and file_id in self._uploaded:
                files[part] = self._uploaded[file_id]
        result = self._result(name, params, files)
        for part in ("photo", "document"):
            if part in files and isinstance(result, dict):
                kept = result[part][-1] if part == "photo" else result[part]
                self._uploaded[kept["file_id"]] = files[part]
        self.calls.append(BotCall(name, params, result, files))
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def _result(
        self, name: str, params: dict[str, Any], files: dict[str, tuple[str, bytes]]
    ) -> Any:
        if name == "getMe":
            return BOT_USER
        if name == "getUpdates":
            return []
        if name == "getFile":
            file_id = str(params.get("file_id"))
            kept = self._uploaded.get(file_id)
            return {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_size": len(kept[1]) if kept else 0,
                "file_path": f"documents/{file_id}",
            }
        if name in _MESSAGE_METHODS:
            message: dict[str, Any] = {
                "message_id": params.get("message_id") or next(self._message_ids),
                "date": int(time.time()),
                "chat": {"id": int(params.get("chat_id", 0)), "type": "private"},
                "from": BOT_USER,
            }
            if "text" in params:
                message["text"] = params["text"]
            if "caption" in params:
                message["caption"] = params["caption"]
            unique = f"f{message['message_id']}"
            if "photo" in files:
                size = len(files["photo"][1])
                photo = {"file_id": unique, "file_unique_id": unique, "width": 0, "height": 0}
                message["photo"] = [photo | {"file_size": size}]
            if "document" in files:
                message["document"] = {
                    "file_id": unique,
                    "file_unique_id": unique,
                    "file_name": files["document"][0],
                    "file_size": len(files["document"][1]),
                }
            if "reply_markup" in params:
                message["reply_markup"] = params["reply_markup"]
            return message
        return True  # answerCallbackQuery, setMyCommands, deleteWebhook, …

    def receive(self, file_name: str, content: bytes) -> str:
        """A file a user sends, kept as Telegram keeps it; its file id."""
        file_id = f"u{next(self._message_ids)}"
        self._uploaded[file_id] = (file_name, content)
        return file_id

    def replies_since(self, start: int) -> list[Reply]:
        replies = []
        for call in self.calls[start:]:
            if call.method not in _MESSAGE_METHODS:
                continue
            if "text" not in call.params and not call.files:
                continue
            markup = call.params.get("reply_markup") or {}
            if isinstance(markup, str):
                markup = json.loads(markup)
            buttons = [
                (button["text"], button.get("callback_data", ""))
                for row in markup.get("inline_keyboard", [])
                for button in row
            ]
            replies.append(
                Reply(
                    chat_id=int(call.params.get("chat_id", 0)),
                    text=str(call.params.get("text") or call.params.get("caption") or ""),
                    buttons=buttons,
                    method=call.method,
                    message_id=int(call.result["message_id"])
                    if isinstance(call.result, dict)
                    else 0,
                    photo=call.files["photo"][1] if "photo" in call.files else None,
                    document=call.files.get("document"),
                )
            )
        return replies


class TelegramUser:
    """What Telegram would send on behalf of one user: the update for a text, or for a button
    pressed (JSON-ready, so also what a webhook receives)."""

    _update_ids = itertools.count(1)

    def __init__(self, user_id: int, first_name: str = "Élu") -> None:
        self.user = {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": "fr",
        }
        self.chat_id = user_id
        self.chat = {"id": user_id, "type": "private", "first_name": first_name}
        self._message_ids = itertools.count(1)

    def message_update(self, text: str) -> dict[str, Any]:
        """The update Telegram would send for this text."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat,
            "from": self.user,
            "text": text,
        }
        if text.startswith("/"):
            command = text.split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        return {"update_id": next(self._update_ids), "message": message}

    def document_update(
        self, file_name: str, file_id: str, size: int, caption: str | None = None
    ) -> dict[str, Any]:
        """The update Telegram would send for a file sent as a document."""
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self.chat,
            "from": self.user,
            "document": {
                "file_id": file_id,
                "file_unique_id": file_id,
                "file_name": file_name,
                "file_size": size,
            },
        }
        if caption:
            message["caption"] = caption
        return {"update_id": next(self._update_ids), "message": message}

    def callback_update(self, data: str, reply: Reply | None = None) -> dict[str, Any]:
        """The update Telegram would send when a button of `reply` carrying `data` is pressed."""
        message = {
            "message_id": reply.message_id if reply and reply.message_id else 1000,
            "date": int(time.time()),
            "chat": self.chat,
            "from": BOT_USER,
            "text": reply.text if reply else "",
        }
        callback = {
            "id": str(next(self._update_ids)),
            "from": self.user,
            "chat_instance": str(self.user["id"]),
            "data": data,
            "message": message,
        }
        return {"update_id": next(self._update_ids), "callback_query": callback}


class Conversation(TelegramUser):
    """One Telegram user talking to the Application: send text, press buttons, read replies."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        api: InProcessBotAPI,
        user_id: int,
        first_name: str = "Élu",
    ) -> None:
        super().__init__(user_id, first_name)
        self.application = application
        self.api = api
        self.last_replies: list[Reply] = []

    async def send(self, text: str) -> list[Reply]:
        return await self._process(self.message_update(text))

    async def send_document(self, file_name: str, content: bytes) -> list[Reply]:
        """Send a file as a Telegram document (the stand-in keeps it for getFile)."""
        file_id = self.api.receive(file_name, content)
        return await self._process(self.document_update(file_name, file_id, len(content)))

    async def press(self, label_or_data: str, replies: list[Reply] | None = None) -> list[Reply]:
        """Press a button of the last replies by its label (or its callback data)."""
        for reply in reversed(replies if replies is not None else self.last_replies):
            for label, data in reply.buttons:
                if label_or_data in (label, data):
                    return await self.press_data(data, reply)
        raise LookupError(f"no button {label_or_data!r} in the last replies")

    async def press_data(self, data: str, reply: Reply | None = None) -> list[Reply]:
        """Send a callback query with any payload, as a forged or stale button would."""
        return await self._process(self.callback_update(data, reply))

    async def _process(self, payload: dict[str, Any]) -> list[Reply]:
        start = len(self.api.calls)
        update = Update.de_json(payload, self.application.bot)
        await self.application.process_update(update)
        self.last_replies = self.api.replies_since(start)
        return self.last_replies
