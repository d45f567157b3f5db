"""Structured logs (one JSON object a line) that never carry a secret.

The bot token travels in every Bot API URL (httpx logs those at INFO) and an invitation token
in every « /start » link: both are cut out of every record, whichever library logs it, before
any handler sees it.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

_INVITATION = re.compile(r"(start[= ])[A-Za-z0-9_-]{16,64}")
REDACTED = "[secret]"


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "at": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    return _INVITATION.sub(rf"\g<1>{REDACTED}", text)


def install_redaction(secrets: Iterable[str]) -> None:
    """Every log record, from any library, is built with its secrets already removed."""
    known = [s for s in secrets if s]
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        message = record.getMessage()
        cleaned = redact(message, known)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return record

    logging.setLogRecordFactory(factory)


def configure_logging(secrets: Iterable[str], level: int = logging.INFO) -> None:
    install_redaction(secrets)
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    logging.basicConfig(level=level, handlers=[handler], force=True)
