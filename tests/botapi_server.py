"""A local HTTP stand-in for the Telegram Bot API, for end-to-end tests and broadcast benchmarks.

`bot.transport.InProcessBotAPI` replaces python-telegram-bot's request object; this server keeps
PTB's real `HTTPXRequest` (connection pool, timeouts, multipart encoding, mapping of HTTP
statuses to `telegram.error`) and answers it over a socket on 127.0.0.1. A test or a benchmark
can then see what Telegram's failures do to the bot: 429 flood control, 5xx, dropped
connections, slow answers, users who blocked the bot.

    with FakeBotAPI() as api:
        application = (
            ApplicationBuilder()
            .token("123:abc")
            .base_url(api.base_url)
            .base_file_url(api.base_file_url)
            .build()
        )
        ...
        assert len(api.sent_to(501)) == 1

Everything is bounded so that a test cannot hang: long polling waits at most `max_poll_wait`
seconds, injected delays end when the server stops, and every thread is a daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.policy
import itertools
import json
import math
import re
import socket
import socketserver
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from email.parser import BytesParser
from html.parser import HTMLParser
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

HOST = "127.0.0.1"  # never another address: this server answers anyone who can reach it
DROPPED = 0  # the status recorded for a call whose connection was closed without an answer
BOT_USER = {
    "id": 1,
    "is_bot": True,
    "first_name": "Assistant du conseil",
    "username": "council_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
# Free-text parameters are kept exactly as sent: PTB sends strings unencoded, so a text "42" or
# "true" must not become a number or a boolean. Every other value is JSON-decoded when it can be.
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "parse_mode",
        "callback_query_id",
        "inline_message_id",
        "file_id",
        "url",
        "title",
        "description",
        "short_description",
        "name",
        "query",
        "emoji",
        "business_connection_id",
        "message_effect_id",
        "language_code",
        "secret_token",
        "drop_pending_updates_token",
    }
)
_NOT_MESSAGES = frozenset({"sendChatAction", "sendMediaGroup"})  # they answer True or a list
_PATH = re.compile(r"^/bot(?P<token>[^/]+)/(?P<method>[A-Za-z]+)/?$")
_FILE_PATH = re.compile(r"^/file/bot(?P<token>[^/]+)/(?P<file_path>.+)$")


# Telegram's limits, as https://core.telegram.org/bots/api states them: a text is 1-4,096
# characters and a caption 0-1,024 once the entities are parsed (counted in UTF-16 code units).
TEXT_LIMIT = 4_096
CAPTION_LIMIT = 1_024
# The HTML parse mode's tags, and the attributes each may carry.
ALLOWED_TAGS: dict[str, frozenset[str]] = {
    **{tag: frozenset() for tag in ("b", "strong", "i", "em", "u", "ins", "s", "strike", "del")},
    "tg-spoiler": frozenset(),
    "span": frozenset({"class"}),  # class="tg-spoiler" only
    "a": frozenset({"href"}),
    "code": frozenset({"class"}),  # class="language-…", inside <pre>
    "pre": frozenset(),
    "blockquote": frozenset({"expandable"}),
    "tg-emoji": frozenset({"emoji-id"}),
}
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}  # the only ones supported


class TelegramHTMLError(ValueError):
    """What Telegram answers « Bad Request: can't parse entities: … » for."""


class _TelegramHTML(HTMLParser):
    """Telegram's HTML parse mode, strictly: the allowed tags only, each closed in order, the
    four named entities, no bare `<`, `>` or `&` in the text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.open: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            raise TelegramHTMLError(f'Unsupported start tag "{tag}"')
        for name, value in attrs:
            if name not in ALLOWED_TAGS[tag]:
                raise TelegramHTMLError(f'Unsupported attribute "{name}" of tag "{tag}"')
            if tag == "span" and value != "tg-spoiler":
                raise TelegramHTMLError('Tag "span" must have class "tg-spoiler"')
        if tag == "a" and not dict(attrs).get("href"):
            raise TelegramHTMLError('Tag "a" must have attribute "href"')
        self.open.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise TelegramHTMLError(f'Unsupported start tag "{tag}/"')

    def handle_endtag(self, tag: str) -> None:
        if not self.open:
            raise TelegramHTMLError(f'Unexpected end tag "{tag}"')
        if self.open[-1] != tag:
            raise TelegramHTMLError(
                f'Can\'t find end tag corresponding to start tag "{self.open[-1]}"'
            )
        self.open.pop()

    def handle_data(self, data: str) -> None:
        for char in "<>&":
            if char in data:
                raise TelegramHTMLError(f'Unexpected "{char}" in the text: escape it')
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if name not in _NAMED_ENTITIES:
            raise TelegramHTMLError(f'Unsupported HTML entity "&{name};"')
        self.text.append(_NAMED_ENTITIES[name])

    def handle_charref(self, name: str) -> None:
        code = int(name[1:], 16) if name[:1] in "xX" else int(name)
        self.text.append(chr(code))

    def unknown_decl(self, data: str) -> None:
        raise TelegramHTMLError("Unsupported declaration")

    def handle_comment(self, data: str) -> None:
        raise TelegramHTMLError("Unsupported comment")

    def handle_decl(self, decl: str) -> None:
        raise TelegramHTMLError("Unsupported declaration")

    def handle_pi(self, data: str) -> None:
        raise TelegramHTMLError("Unsupported processing instruction")


def parse_html(text: str) -> str:
    """The text a reader sees of a message in Telegram's HTML parse mode; TelegramHTMLError when
    Telegram would refuse it."""
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.rawdata:  # an unterminated tag or entity is left unread
        raise TelegramHTMLError(f"Unclosed markup at {parser.rawdata[:20]!r}")
    if parser.open:
        raise TelegramHTMLError(
            f'Can\'t find end tag corresponding to start tag "{parser.open[-1]}"'
        )
    return "".join(parser.text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def telegram_refusal(method: str, params: dict[str, Any]) -> str | None:
    """The « Bad Request » Telegram answers for this call's text or caption, or None."""
    checks = (("text", TEXT_LIMIT, "message"), ("caption", CAPTION_LIMIT, "message caption"))
    for key, limit, what in checks:
        if key not in params or not (method.startswith("send") or method.startswith("edit")):
            continue
        raw = str(params[key])
        shown = raw
        if str(params.get("parse_mode") or "").upper() == "HTML":
            try:
                shown = parse_html(raw)
            except TelegramHTMLError as error:
                return f"Bad Request: can't parse entities: {error}"
        if key == "text" and not shown.strip():
            return "Bad Request: message text is empty"
        if utf16_length(shown) > limit:
            return f"Bad Request: {what} is too long"
    return None


def is_send(method: str) -> bool:
    """A call that puts a new message in a chat: what flood control counts and `sent_to` lists."""
    if method in ("copyMessage", "forwardMessage"):
        return True
    return method.startswith("send") and method not in _NOT_MESSAGES


@dataclass(frozen=True, slots=True)
class UploadedFile:
    filename: str
    content: bytes
    content_type: str


@dataclass(slots=True)
class ApiCall:
    """One request the bot made, as the server understood it and answered it."""

    method: str
    params: dict[str, Any]
    files: dict[str, UploadedFile]
    at: float  # time.monotonic() (or the server's clock) when the request had been read
    status: int = 200  # the HTTP status answered; DROPPED when the connection was closed
    result: Any = None  # the "result" of a successful answer
    token: str = ""

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300

    @property
    def chat_id(self) -> int | str | None:
        return self.params.get("chat_id")


@dataclass(slots=True)
class _Fault:
    """An injected failure: fires on matching calls, every `every`th one, `remaining` times."""

    status: int  # DROPPED closes the connection without answering
    body: dict[str, Any] | None = None
    remaining: int | None = 1  # None: until reset_faults()
    every: int | None = None
    methods: frozenset[str] | None = None  # None: every method but getUpdates
    seconds: float = 0.0  # for delays
    seen: int = 0

    def fires(self, method: str) -> bool:
        # getUpdates is left alone by default: a polling Application calls it all the time, so
        # "the next call fails" would otherwise hit whichever poll happened to come first.
        matches = method != "getUpdates" if self.methods is None else method in self.methods
        if not matches or self.remaining == 0:
            return False
        self.seen += 1
        if self.every and self.seen % self.every:
            return False
        if self.remaining is not None:
            self.remaining -= 1
        return True


@dataclass(slots=True)
class _Answer:
    status: int
    body: dict[str, Any] | bytes = field(default_factory=dict)


def _error(status: int, description: str, **parameters: Any) -> dict[str, Any]:
    body: dict[str, Any] = {"ok": False, "error_code": status, "description": description}
    if parameters:
        body["parameters"] = parameters
    return body


def _too_many_requests(retry_after: int, speed: float = 1.0) -> dict[str, Any]:
    """Telegram's 429; `retry_after` is in the server's seconds, announced in wall seconds."""
    wall: float = retry_after if speed == 1 else retry_after / speed
    return _error(429, f"Too Many Requests: retry after {retry_after}", retry_after=wall)


def _decode_value(name: str, value: Any) -> Any:
    if not isinstance(value, str) or name in _STRING_PARAMS:
        return value
    try:
        return json.loads(value)
    except ValueError:
        return value  # "@channelname", a file_id, …


def _parse_multipart(
    content_type: str, body: bytes
) -> tuple[dict[str, str], dict[str, UploadedFile]]:
    # The email parser understands multipart/form-data once given the Content-Type header that
    # carries the boundary; policy.HTTP keeps CRLF line endings and long lines intact.
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode("latin-1")
    message = BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    fields: dict[str, str] = {}
    files: dict[str, UploadedFile] = {}
    for part in message.iter_parts():
        name = _utf8(str(part.get_param("name", header="content-disposition") or ""))
        decoded = part.get_payload(decode=True)
        payload = decoded if isinstance(decoded, bytes) else b""
        filename = part.get_filename()
        if filename is None:
            fields[name] = payload.decode("utf-8")
        else:
            files[name] = UploadedFile(_utf8(filename), payload, part.get_content_type())
    return fields, files


def _utf8(header_value: str) -> str:
    # httpx writes a name like "séance.ics" as raw UTF-8 bytes, which the email parser keeps as
    # surrogate escapes: turn them back into the characters the bot sent.
    return header_value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


class FakeBotAPI:
    """Answers the Bot API on 127.0.0.1 like Telegram would, records every call, injects faults.

    Injected faults (rate_limit, fail_next, drop_next, delay) apply to every method but
    getUpdates unless `methods=` names the ones to hit; block, unknown_chat and enforce_rate
    concern the calls for a chat. reset_faults() clears them all.
    """

    def __init__(
        self,
        *,
        max_poll_wait: float = 1.0,
        clock: Callable[[], float] | None = None,
        speed: float = 1.0,
    ) -> None:
        """`speed` runs Telegram's flood control that many times faster than the wall clock:
        its second (the window of enforce_rate) lasts 1/speed s, and the « retry after » of
        its 429s, counted in its seconds, is announced in wall seconds (retry_after / speed).
        A bot paced `speed` times faster (tests/helpers.py `paced_like_telegram`) then meets
        the same limits as at Telegram's pace, in a fraction of the time."""
        self.max_poll_wait = max_poll_wait
        self.speed = speed
        self._clock = clock or (time.monotonic if speed == 1 else lambda: time.monotonic() * speed)
        self._lock = threading.Lock()
        self._updates_ready = threading.Condition(self._lock)
        self._stopping = threading.Event()
        self._calls: list[ApiCall] = []
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._file_ids = itertools.count(1)
        self._messages: dict[tuple[Any, Any], dict[str, Any]] = {}  # (chat_id, message_id)
        self._files: dict[str, UploadedFile] = {}
        self._results: dict[str, Any] = {}
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._connections: set[socket.socket] = set()
        self._answering = 0  # requests read and not yet answered (delayed, long polls)
        # Faults, all cleared by reset_faults().
        self._faults: list[_Fault] = []
        self._delays: list[_Fault] = []
        self._blocked: set[int | str] = set()
        self._unknown_chats: set[int | str] = set()
        self._per_second: int | None = None
        self._per_chat_per_second: int | None = None
        self._window: deque[float] = deque()  # accepted sends in the last second
        self._chat_windows: dict[Any, deque[float]] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    def start(self) -> FakeBotAPI:
        if self._server is not None:
            raise RuntimeError("FakeBotAPI is already started")
        self._server = _Server((HOST, 0), _Handler, self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},  # how long stop() may wait for the accept loop
            name=f"FakeBotAPI:{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        self._stopping.set()  # ends injected delays
        with self._updates_ready:
            self._updates_ready.notify_all()  # ends long polls
        server.shutdown()
        server.server_close()
        with self._lock:
            connections = list(self._connections)
        for connection in connections:  # idle keep-alive connections would otherwise linger
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FakeBotAPI:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeBotAPI is not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        return f"http://{HOST}:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://{HOST}:{self.port}/file/bot"

    # -- what the test feeds in --------------------------------------------------------------

    def push_update(self, update: dict[str, Any]) -> int:
        """Queue an update for getUpdates; numbers it if it has no update_id. Returns the id."""
        with self._updates_ready:
            if "update_id" not in update:
                update = {"update_id": next(self._update_ids), **update}
            self._updates.append(update)
            self._updates_ready.notify_all()
            return int(update["update_id"])

    def set_result(self, method: str, result: Any | Callable[[dict[str, Any]], Any]) -> None:
        """Answer `method` with this result (or with result(params)) instead of the default."""
        with self._lock:
            self._results[method] = result

    # -- faults ------------------------------------------------------------------------------

    def rate_limit(
        self,
        every: int | None = None,
        retry_after: int = 1,
        *,
        count: int | None = None,
        methods: Iterable[str] | None = None,
    ) -> None:
        """Answer 429 to the next `count` calls (1 by default), or to every `every`th call
        (until reset_faults(), or `count` times)."""
        if count is None and every is None:
            count = 1
        self._add_fault(
            _Fault(
                429, _too_many_requests(retry_after, self.speed), count, every, _methods(methods)
            )
        )

    def fail_next(
        self, n: int = 1, status: int = 500, *, methods: Iterable[str] | None = None
    ) -> None:
        """Answer the next `n` calls with a server error in Telegram's shape."""
        description = HTTPStatus(status).phrase  # "Internal Server Error", "Bad Gateway", …
        self._add_fault(_Fault(status, _error(status, description), n, None, _methods(methods)))

    def bad_request(
        self, description: str, n: int = 1, *, methods: Iterable[str] | None = None
    ) -> None:
        """Answer the next `n` calls « 400 Bad Request: description », as Telegram answers a
        message it refuses (entities it cannot parse, a text too long, a file too big)."""
        body = _error(400, f"Bad Request: {description}")
        self._add_fault(_Fault(400, body, n, None, _methods(methods)))

    def drop_next(self, n: int = 1, *, methods: Iterable[str] | None = None) -> None:
        """Close the connection of the next `n` calls after reading them, without answering."""
        self._add_fault(_Fault(DROPPED, None, n, None, _methods(methods)))

    def delay(
        self,
        seconds: float,
        *,
        count: int | None = None,
        methods: Iterable[str] | None = None,
    ) -> None:
        """Wait `seconds` before answering the next `count` calls (all calls if None).

        The call is still carried out: a client that timed out meanwhile has, like with the real
        Telegram, delivered its message all the same.
        """
        with self._lock:
            self._delays.append(_Fault(200, None, count, None, _methods(methods), seconds))

    def enforce_rate(
        self, per_second: int | None = 30, per_chat_per_second: int | None = 1
    ) -> None:
        """Answer 429 like Telegram's flood control when message sends exceed `per_second` over
        any sliding second, or `per_chat_per_second` to one chat. Only accepted sends count."""
        with self._lock:
            self._per_second = per_second
            self._per_chat_per_second = per_chat_per_second

    def block(self, chat_id: int | str) -> None:
        """The user blocked the bot: every call for this chat gets 403."""
        with self._lock:
            self._blocked.add(chat_id)

    def unknown_chat(self, chat_id: int | str) -> None:
        """Every call for this chat gets 400 chat not found."""
        with self._lock:
            self._unknown_chats.add(chat_id)

    def reset_faults(self) -> None:
        with self._lock:
            self._faults = []
            self._delays = []
            self._blocked = set()
            self._unknown_chats = set()
            self._per_second = None
            self._per_chat_per_second = None
            self._window = deque()
            self._chat_windows = {}

    def _add_fault(self, fault: _Fault) -> None:
        with self._lock:
            self._faults.append(fault)

    # -- what the test reads -----------------------------------------------------------------

    @property
    def calls(self) -> list[ApiCall]:
        """Every call so far, in the order they were answered (a copy)."""
        with self._lock:
            return list(self._calls)

    def calls_of(self, method: str) -> list[ApiCall]:
        return [call for call in self.calls if call.method == method]

    def messages(self) -> list[ApiCall]:
        """Every message delivered, whatever the chat: successful sends only."""
        return [call for call in self.calls if call.ok and is_send(call.method)]

    def sent_to(self, chat_id: int | str) -> list[ApiCall]:
        """The messages delivered to one chat; refused, failed and dropped sends are not."""
        return [call for call in self.messages() if call.chat_id == chat_id]

    def status_counts(self) -> Counter[int]:
        """How many calls got each HTTP status, e.g. `[429]` for the flood control a broadcast
        provoked."""
        return Counter(call.status for call in self.calls)

    async def until(self, predicate: Callable[[FakeBotAPI], bool], within: float = 5.0) -> None:
        """Wait, without blocking the event loop the bot runs in, until predicate(self) holds."""
        deadline = time.monotonic() + within
        while not predicate(self):
            if time.monotonic() > deadline:
                raise TimeoutError(f"condition not met within {within} s")
            await asyncio.sleep(0.01)

    # -- answering ---------------------------------------------------------------------------

    @property
    def answering(self) -> int:
        """Requests being answered now: a client killed mid-request leaves them to finish
        (and be recorded) on their own, as Telegram would."""
        with self._lock:
            return self._answering

    def _answer(self, path: str, content_type: str, body: bytes) -> _Answer:
        """Runs in the connection's thread: count it while it is being answered."""
        with self._lock:
            self._answering += 1
        try:
            return self._answer_request(path, content_type, body)
        finally:
            with self._lock:
                self._answering -= 1

    def _answer_request(self, path: str, content_type: str, body: bytes) -> _Answer:
        """Parse, wait if told to, decide, record."""
        url = urlsplit(path)
        route = _PATH.match(url.path)
        if route is None:
            file_route = _FILE_PATH.match(url.path)
            if file_route is not None:
                return self._download(unquote(file_route["file_path"]))
            return _Answer(404, _error(404, "Not Found"))
        method = route["method"]
        try:
            params, files = _parse_params(url.query, content_type, body)
        except (ValueError, UnicodeDecodeError) as exc:
            return _Answer(400, _error(400, f"Bad Request: {exc}"))
        call = ApiCall(method, params, files, at=self._clock(), token=unquote(route["token"]))

        with self._lock:
            wait = sum(d.seconds for d in self._delays if d.fires(method))
        if wait:
            self._stopping.wait(wait)
        if self._stopping.is_set():  # no answer once stop() began: the client sees a drop
            call.status = DROPPED
            with self._lock:
                self._calls.append(call)
            return _Answer(DROPPED)
        if method == "getUpdates" and not self._fault_pending(method):
            self._long_poll(params)

        with self._lock:
            answer = self._decide(call)
            call.status = answer.status
            if answer.status == 200 and isinstance(answer.body, dict):
                call.result = answer.body.get("result")
            self._calls.append(call)
        return answer

    def _fault_pending(self, method: str) -> bool:
        with self._lock:
            return any(
                fault.remaining != 0 and fault.methods is not None and method in fault.methods
                for fault in self._faults
            )

    def _decide(self, call: ApiCall) -> _Answer:
        """Under the lock, so that flood-control counting and message numbering are atomic."""
        for fault in self._faults:
            if fault.fires(call.method):
                return _Answer(fault.status, fault.body or {})
        chat_id = call.chat_id
        if chat_id is not None and chat_id in self._blocked:
            return _Answer(403, _error(403, "Forbidden: bot was blocked by the user"))
        if chat_id is not None and chat_id in self._unknown_chats:
            return _Answer(400, _error(400, "Bad Request: chat not found"))
        refusal = telegram_refusal(call.method, call.params)
        if refusal is not None:
            return _Answer(400, _error(400, refusal))
        if is_send(call.method):
            retry_after = self._flood_control(chat_id, self._clock())
            if retry_after:
                return _Answer(429, _too_many_requests(retry_after, self.speed))
        return _Answer(200, {"ok": True, "result": self._result(call)})

    def _flood_control(self, chat_id: Any, now: float) -> int:
        """Seconds to wait if this send exceeds the enforced rates, else 0 (and count it)."""
        chat_window = self._chat_windows.setdefault(chat_id, deque())
        for window in (self._window, chat_window):
            while window and window[0] <= now - 1.0:
                window.popleft()
        for window, limit in (
            (self._window, self._per_second),
            (chat_window, self._per_chat_per_second),
        ):
            if limit is not None and len(window) >= limit:
                # Telegram answers whole seconds, at least one.
                return max(1, math.ceil(window[0] + 1.0 - now))
        self._window.append(now)
        chat_window.append(now)
        return 0

    def _long_poll(self, params: dict[str, Any]) -> None:
        # Telegram holds getUpdates open until an update arrives or `timeout` passes; the server
        # caps the wait so that a test never sits through a client's 10 s default.
        wait = min(float(params.get("timeout") or 0), self.max_poll_wait)
        offset = int(params.get("offset") or 0)
        with self._updates_ready:
            self._updates_ready.wait_for(
                lambda: (
                    self._stopping.is_set() or any(u["update_id"] >= offset for u in self._updates)
                ),
                timeout=wait,
            )

    def _result(self, call: ApiCall) -> Any:
        method, params = call.method, call.params
        if method in self._results:
            result = self._results[method]
            return result(params) if callable(result) else result
        if method == "getMe":
            return BOT_USER
        if method == "getUpdates":
            return self._take_updates(params)
        if method == "getFile":
            return self._file_info(str(params.get("file_id", "")))
        if "inline_message_id" in params and method.startswith("edit"):
            return True  # Telegram answers True for messages sent via inline mode
        if is_send(method):
            return self._new_message(call)
        if method.startswith("edit"):
            return self._edited_message(method, params)
        return True  # answerCallbackQuery, setMyCommands, deleteWebhook, setWebhook, …

    def _take_updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        if offset < 0:  # the last -offset updates, the older ones are forgotten
            self._updates = self._updates[offset:]
        elif offset:  # asking from `offset` confirms every update before it
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
        return self._updates[:limit]

    def _new_message(self, call: ApiCall) -> dict[str, Any]:
        params = call.params
        chat_id = params.get("chat_id")
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "from": BOT_USER,
            "chat": _chat(chat_id),
            "date": int(time.time()),
        }
        # Text is echoed as sent: the server does not parse HTML into entities as Telegram does.
        for key in ("text", "caption", "entities", "caption_entities", "reply_markup"):
            if key in params:
                message[key] = params[key]
        if call.method == "sendDocument":
            message["document"] = self._document(params, call.files)
        self._messages[(chat_id, message["message_id"])] = message
        return message

    def _document(self, params: dict[str, Any], files: dict[str, UploadedFile]) -> dict[str, Any]:
        uploaded = files.get("document")
        if uploaded is None:  # a file_id or URL sent again
            reference = str(params.get("document", ""))
            return {"file_id": reference, "file_unique_id": reference[-16:] or "unknown"}
        file_id = f"DOC{next(self._file_ids):06d}"
        self._files[file_id] = uploaded
        return {
            "file_id": file_id,
            "file_unique_id": f"U{file_id}",
            "file_name": uploaded.filename,
            "mime_type": uploaded.content_type,
            "file_size": len(uploaded.content),
        }

    def _edited_message(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        key = (params.get("chat_id"), params.get("message_id"))
        # Lenient where Telegram is strict: editing a message this server never sent answers as
        # if it had, rather than "message to edit not found".
        message = dict(
            self._messages.get(key)
            or {
                "message_id": key[1],
                "from": BOT_USER,
                "chat": _chat(key[0]),
                "date": int(time.time()),
            }
        )
        message["edit_date"] = int(time.time())
        if method == "editMessageText":
            message["text"] = params.get("text", "")
            message.pop("entities", None)
        if method == "editMessageCaption":
            message["caption"] = params.get("caption", "")
        # Telegram removes the inline keyboard of an edit that does not repeat it.
        message.pop("reply_markup", None)
        if "reply_markup" in params:
            message["reply_markup"] = params["reply_markup"]
        self._messages[key] = message
        return message

    def _file_info(self, file_id: str) -> dict[str, Any]:
        uploaded = self._files.get(file_id)
        return {
            "file_id": file_id,
            "file_unique_id": f"U{file_id}",
            "file_size": len(uploaded.content) if uploaded else 0,
            "file_path": f"documents/{file_id}",
        }

    def _download(self, file_path: str) -> _Answer:
        with self._lock:
            uploaded = self._files.get(file_path.rsplit("/", 1)[-1])
        if uploaded is None:
            return _Answer(404, _error(404, "Not Found"))
        return _Answer(200, uploaded.content)


def _methods(methods: Iterable[str] | None) -> frozenset[str] | None:
    return None if methods is None else frozenset(methods)


def _chat(chat_id: Any) -> dict[str, Any]:
    if isinstance(chat_id, int):
        return {"id": chat_id, "type": "private" if chat_id > 0 else "group"}
    return {"id": -1, "type": "channel", "username": str(chat_id).lstrip("@")}


def _parse_params(
    query: str, content_type: str, body: bytes
) -> tuple[dict[str, Any], dict[str, UploadedFile]]:
    raw: dict[str, Any] = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, UploadedFile] = {}
    mime = content_type.split(";", 1)[0].strip().lower()
    if mime == "multipart/form-data":
        fields, files = _parse_multipart(content_type, body)
        raw.update(fields)
    elif mime == "application/json" and body:
        decoded = json.loads(body)
        if not isinstance(decoded, dict):
            raise ValueError("the JSON body is not an object")
        raw.update(decoded)
    elif body:
        raw.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    return {name: _decode_value(name, value) for name, value in raw.items()}, files


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # httpx opens one connection per concurrent request (PTB's pool holds up to 256): the
    # default backlog of 5 makes the kernel drop SYNs in a burst, and each dropped one costs
    # the client a 1 s retransmission, which would be measured as Telegram's slowness.
    request_queue_size = 1024

    def __init__(
        self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], api: FakeBotAPI
    ) -> None:
        self.api = api
        super().__init__(address, handler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which may wait on DNS: skip it.
        socketserver.TCPServer.server_bind(self)
        self.server_name, self.server_port = HOST, int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that timed out or went away is part of the tests, not a server error.
        return None


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: httpx reuses connections, as with Telegram
    disable_nagle_algorithm = True  # headers and body are two writes: no 40 ms delayed ACK
    timeout = 30  # an idle keep-alive connection frees its thread eventually
    server: _Server

    def setup(self) -> None:
        super().setup()
        with self.server.api._lock:
            self.server.api._connections.add(self.connection)

    def finish(self) -> None:
        with self.server.api._lock:
            self.server.api._connections.discard(self.connection)
        with contextlib.suppress(OSError):  # flushing to a client that went away
            super().finish()

    def do_POST(self) -> None:
        try:
            body = self._read_body()
        except (ValueError, OSError):
            self.close_connection = True
            return
        answer = self.server.api._answer(self.path, self.headers.get("Content-Type", ""), body)
        if answer.status == DROPPED:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if isinstance(answer.body, bytes):
            payload, content_type = answer.body, "application/octet-stream"
        else:
            payload, content_type = json.dumps(answer.body).encode(), "application/json"
        try:
            self.send_response(answer.status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except OSError:  # the client gave up waiting (a delay longer than its read timeout)
            self.close_connection = True

    do_GET = do_POST

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";", 1)[0], 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def log_message(self, format: str, *args: Any) -> None:
        return None  # the calls are recorded; a line per request on stderr would drown pytest
