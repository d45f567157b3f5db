"""What a member typed, as the readers expect it: invisible characters gone, accents composed,
a word mixing Latin letters with their Cyrillic or Greek look-alikes in Latin letters.

A message may carry characters nobody sees: a NUL byte, a zero-width space pasted from a web
page (« Deg\u200braix »), a byte-order mark at the start, right-to-left marks, a soft hyphen,
or accents typed as two code points (« e » + combining acute, as macOS and some keyboards
send). Each one silently broke the reading: « Deg\u200braix était présent ? » answered the whole
roll call, « \ufeffqui était présent ? » was « aucun membre ne s'appelle qui ». Every reader
(commands' arguments, sentences, the proxy dialog, the secretariat's drafts) reads
`message.text`, so the text is cleaned once, when an update enters the Application, whatever
the transport (polling, webhook, console): one place, and no reader needs to know.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Any

from telegram import Update
from telegram.ext import Application

from storage import cues
from storage.invisible import INVISIBLE_PATTERN, holds_invisible, without_invisible
from storage.lookalikes import holds_lookalikes, latin_lookalikes
from storage.names import strip_accents

_COMMAND = cues.plain(r"/\S*")
# Invisible characters glued between a command and its argument (« /membre\x00Degraix »)
# stand for the space they replace: removed, they made « /membredegraix », an unknown command.
_GLUED_TO_COMMAND = cues.plain(
    rf"^((?:\s|{INVISIBLE_PATTERN})*/[A-Za-z0-9_]+(?:@\w+)?){INVISIBLE_PATTERN}+(?=\S)"
)
# Punctuation typed between a command and its argument, or after a command alone
# (« /membre:Degraix », « /pouvoir, Laget », « /aide? », « /pouvoir@ Laget »): Telegram ends
# the command at the punctuation, so « /pouvoir,Laget » ran /pouvoir without the name.
_PUNCTUATION_AFTER_COMMAND = cues.plain(
    r"^(/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?)(?:[,;:.!?\-]+|@(?!\w))\s*(?=\S|$)"
)
_MESSAGES = ("message", "edited_message")
# « /séance », « /présents », « /délibération », « /assiduité »: a command typed with its
# French accents was an unknown command; the commands are their unaccented names.
_ACCENTED_COMMAND = cues.plain(r"^/[^\s@/,;:.\-]*[^\x00-\x7f][^\s@/,;:.\-]*")
_COMMAND_NAME = cues.plain(r"/[A-Za-z0-9_]+")
# Blank runs nobody reads: spaces (and tabs, no-break spaces) by the thousand, or blank lines
# after blank lines. Left in, « qui était présent ? » followed by 4,000 spaces or line breaks
# was refused as « trop long » though its words were short.
_SPACE_RUN = cues.plain(r"[^\S\n]{2,}")
_BLANK_LINES = cues.plain(r"\n[^\S\n]*(?:\n[^\S\n]*){2,}")
_NEEDS_SPACING = cues.plain(r"^\s|\s$|[^\S\n]{2,}|\n[^\S\n]*\n[^\S\n]*\n")
# Half of a character outside the first plane, alone (JSON's « \ud800 »): no client types one,
# no encoding can write one, and every reply quoting it raised UnicodeEncodeError (« /membre
# \udcff » was « Désolé, je n'ai pas pu traiter votre demande »). Nobody sees it: removed.
_LONE_SURROGATE = cues.plain("[\ud800-\udfff]")


def clean_text(text: str) -> str:
    """The text without invisible characters, its accents composed (NFC), without blank space
    at either end, a run of spaces one space and blank lines one blank line."""
    text = _GLUED_TO_COMMAND.sub(r"\1 ", text, count=1)
    text = unicodedata.normalize("NFC", _LONE_SURROGATE.sub("", without_invisible(text)))
    text = latin_lookalikes(text)
    text = _BLANK_LINES.sub("\n\n", _SPACE_RUN.sub(" ", text.replace("\r\n", "\n")))
    text = text.strip()
    if command := _ACCENTED_COMMAND.match(text):
        plain = strip_accents(command.group(0))
        if _COMMAND_NAME.fullmatch(plain):
            text = plain + text[command.end() :]
    return _PUNCTUATION_AFTER_COMMAND.sub(r"\1 ", text, count=1).rstrip()


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def needs_cleaning(text: str) -> bool:
    return (
        holds_invisible(text)
        or _spacing_to_mend(text)
        or _LONE_SURROGATE.search(text) is not None
        or _ACCENTED_COMMAND.match(text) is not None
        or (text[:1] == "/" and _PUNCTUATION_AFTER_COMMAND.match(text) is not None)
        or (holds_lookalikes(text) and latin_lookalikes(text) != text)
        or not unicodedata.is_normalized("NFC", text)
    )


def _spacing_to_mend(text: str) -> bool:
    """`_NEEDS_SPACING.search(text) is not None`, sooner: a message whose words are apart by
    one space each, none around them (most), has nothing to mend, told at C speed; the pattern's
    alternation, tried branch by branch at each character, took four times as long as every
    other look at a sentence here together."""
    return " ".join(text.split()) != text and _NEEDS_SPACING.search(text) is not None


def cleaned(update: Update, bot: Any) -> Update:
    """The update itself, or (only when its text needs it) the same update with its text
    cleaned and its command entity measured again on the cleaned text. Other entities (bold,
    links) are dropped: no reader uses them, and their offsets no longer hold."""
    for name in _MESSAGES:
        message = getattr(update, name)
        if message is None or not message.text or not needs_cleaning(message.text):
            continue
        data = update.to_dict()
        text = clean_text(message.text)
        data[name]["text"] = text
        data[name].pop("entities", None)
        if command := _COMMAND.match(text):
            length = len(command.group(0).encode("utf-16-le")) // 2  # Telegram counts UTF-16
            data[name]["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return Update.de_json(data, bot)
    return update


class CouncilApplication(Application):  # type: ignore[type-arg]
    """python-telegram-bot's Application, cleaning each update's text as it enters."""

    async def process_update(self, update: object) -> None:
        if isinstance(update, Update):
            update = cleaned(update, self.bot)
        await super().process_update(update)
