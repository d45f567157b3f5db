"""Small helpers shared by the end-to-end tests."""

from __future__ import annotations

from bot.render import to_plain_text
from bot.transport import Reply


def text(replies: list[Reply]) -> str:
    """What the member reads, with French no-break spaces shown as plain spaces."""
    plain = "\n".join(to_plain_text(r.text) for r in replies)
    return plain.replace("\u202f", " ").replace("\xa0", " ")
