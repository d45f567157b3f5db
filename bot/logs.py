"""Structured logs (one JSON object a line) that never carry a secret.

The bot token travels in every Bot API URL (httpx logs those at INFO) and an invitation token
in every « /start » link: both are cut out of every record, whichever library logs it, before
any handler sees it. Exceptions too: python-telegram-bot's `InvalidToken` says « The token
`…` was rejected », and a traceback quotes URLs; the formatter redacts the exception and stack
texts it writes, and an exception nobody caught is logged through it rather than printed raw.
"""

from __future__ import annotations

import json
import logging
import sys
import threading
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from storage import cues

_INVITATION = cues.plain(r"(start[= ])[A-Za-z0-9_-]{16,64}")
REDACTED = "[secret]"


class JsonFormatter(logging.Formatter):
    def __init__(self, secrets: Iterable[str] = ()) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info), self.secrets)
        elif record.exc_text:
            entry["exception"] = redact(record.exc_text, self.secrets)
        if record.stack_info:
            entry["stack"] = redact(self.formatStack(record.stack_info), self.secrets)
        return json.dumps(entry, ensure_ascii=False)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return _INVITATION.sub(rf"\g<1>{REDACTED}", text)


_ORIGINAL_FACTORY = logging.getLogRecordFactory()


def install_redaction(secrets: Iterable[str]) -> None:
    """Every log record, from any library, is built with its secrets already removed.
    Installed again (a second command in one process), it replaces the first."""
    known = [s for s in secrets if s]
    previous = _ORIGINAL_FACTORY

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        message = record.getMessage()
        cleaned = redact(message, known)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return record

    logging.setLogRecordFactory(factory)


def configure_logging(secrets: Iterable[str], level: int = logging.INFO) -> None:
    known = [s for s in secrets if s]
    install_redaction(known)
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter(known))
    logging.basicConfig(level=level, handlers=[handler], force=True)

    def log_uncaught(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        # What would have been a raw traceback on stderr is one redacted JSON line.
        logging.getLogger("council-bot").critical("uncaught exception", exc_info=(kind, error, tb))

    sys.excepthook = log_uncaught
    threading.excepthook = lambda hook: log_uncaught(
        hook.exc_type, hook.exc_value or hook.exc_type(), hook.exc_traceback
    )
