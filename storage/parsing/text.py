"""A document's text made readable once, before any reader looks for a cue in it.

Files arrive in UTF-8, Windows-1252, UTF-16 with or without a byte-order mark, or as UTF-8
that some tool already decoded as Latin-1 (« prÃ©sents »). PDF text adds page headers and
footers repeated on every page, stamps of the préfecture, decorative bullets, words cut at a
line's end and runs of spaces where columns were. All of that is undone here, in one linear
pass, so that the readers' patterns only ever meet single spaces, short gaps and at most one
blank line in a row: no pattern can then backtrack over a long run of blanks.

Every cleaned line keeps the number of the line it came from (1-based, in the text as
decoded, where a web copy's block tags such as `<br>` count as line breaks), so that a value
read can say where it was read.
"""

from __future__ import annotations

import functools
import html
import itertools
import operator
import re
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from storage import cues
from storage.documents import DocumentError
from storage.french import MONTH_PATTERN, find_dates
from storage.invisible import holds_invisible, without_invisible
from storage.lookalikes import latin_lookalikes
from storage.parsing import present
from storage.parsing.common import LOWER, UPPER, PerLine, _lower

# -- decoding ---------------------------------------------------------------------------------

# Control characters that never occur in a text export: their presence means a binary file.
_BINARY_DELETE = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13}))
# UTF-8 read as Latin-1 or cp1252: « Ã© », « Ã¨ », « â€™ »… Two characters where one was.
_MOJIBAKE = re.compile(r"Ã[\x80-\xbf©¨ªà¢®´§¹»«¼½¾]|â€[™œ\x9d˜“”¦¢]|Â[\xa0°«»]")
# Its third pair alone: « Â » is a letter of names (« CHÂTEL »), the pair is rare.
_MOJIBAKE_A = re.compile(r"Â[\xa0°«»]")


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without its byte-order mark: every other byte is a zero."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    if odd_zeros > half * 0.6 and even_zeros < half * 0.1:
        encoding = "utf-16-le"
    elif even_zeros > half * 0.6 and odd_zeros < half * 0.1:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def repair_mojibake(text: str) -> str:
    """« prÃ©sents » → « présents »: UTF-8 bytes once decoded as Latin-1 or cp1252."""
    # Each pair starts with « Ã », « â€ » or « Â »: a plain substring test clears most texts
    # faster than the pattern's scan (an alternation is tried at every position; « Â » then
    # one of its four characters is searched for its first letter).
    if (
        not ("Ã" in text or "â€" in text or ("Â" in text and _MOJIBAKE_A.search(text)))
        or _MOJIBAKE.search(text) is None
    ):
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue

    # Mixed text: repair each damaged word alone.
    def word(match: re.Match[str]) -> str:
        if match.group() == "Ã":
            # « pouvoir Ã  M. X »: « à » is « Ã » and a no-break space, which a copy made a
            # space (a text already damaged so: no French word is « Ã » alone)
            return "à"
        for codec in ("cp1252", "latin-1"):
            try:
                return match.group().encode(codec).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
        return match.group()

    return re.sub(r"\S*(?:Ã|â€|Â)\S*", word, text)


def decode_text(data: bytes, name: str = "document") -> str:
    """The text of a text file, whatever its encoding; DocumentError for a binary file."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return repair_mojibake(data.decode("utf-16"))
        except UnicodeDecodeError as error:
            raise DocumentError("texte UTF-16 endommagé", code="binary_file") from error
    if (utf16 := _utf16_without_bom(data)) is not None:
        return repair_mojibake(utf16)
    head = data[:8192]
    # Count control bytes at C speed: the length lost when they are deleted. A binary file
    # has them by the hundred; a text with a stray NUL or two (a copy-paste, a broken editor)
    # is read without them: no text column stores a NUL.
    if len(head) - len(head.translate(None, _BINARY_DELETE)) > 8:
        raise DocumentError("fichier binaire : ni un texte ni un PDF", code="binary_file")
    data = data.translate(None, _BINARY_DELETE)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        # Windows exports (Word, Excel) are cp1252; latin-1 decodes any byte, as the last resort.
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    return repair_mojibake(text)


# -- markup -----------------------------------------------------------------------------------

# A text copied from a web page, or written by someone testing the importer, carries HTML:
# « Mme <b>Ida</b> VIAL », « M. Luc MARTY&amp;Co », « <script>alert(1)</script> ». Left in,
# a tag's parenthesis or quote kept a whole list of presents from being cut into names (they
# were lost with it) and a tag's words became a first name. Only tags of HTML's own elements
# go (« <<Budget 2024>> » is a title), those that end a line or a block as a line break;
# entities become their character; a script's or a style's content goes with its tags.
_HTML_ELEMENTS = frozenset({
    "a", "abbr", "address", "article", "aside", "audio", "b", "base", "bdi", "bdo", "big",
    "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite",
    "code", "col", "colgroup", "data", "dd", "del", "details", "dfn", "dialog", "div", "dl",
    "dt", "em", "embed", "fieldset", "figcaption", "figure", "font", "footer", "form", "frame",
    "frameset", "head", "header", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd",
    "label", "legend", "li", "link", "main", "map", "mark", "marquee", "meta", "meter", "nav",
    "noscript", "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre",
    "progress", "q", "rp", "rt", "ruby", "s", "samp", "script", "section", "select", "small",
    "source", "span", "strike", "strong", "style", "sub", "summary", "sup", "svg", "table",
    "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time", "title", "tr",
    "track", "tt", "u", "ul", "var", "video", "wbr", "xml", "h1", "h2", "h3", "h4", "h5", "h6",
})  # fmt: skip
_HTML_BREAKS = frozenset({
    "br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
    "dd", "dt", "hr",
})  # fmt: skip
# Any tag's shape, its name checked in the sets above. `[^<>]*` stops at the next « < »: each
# character is looked at a bounded number of times.
_HTML_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,15})(?:[\s/][^<>]*)?>")
_HTML_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_HIDDEN_CONTENT = ("script", "style")


def _tag_replacement(match: re.Match[str]) -> str:
    name = match.group(1).lower()
    if name not in _HTML_ELEMENTS:
        return match.group()
    return "\n" if name in _HTML_BREAKS else ""


# An ordered list's start (« <ol start="4"> »): its first item's place.
LIST_START = cues.plain(r"\bstart\s?=\s?[\"']?(\d{1,3})")


class _ListNumbers:
    """Tags as _tag_replacement does, and each item of an ordered list (« <ol><li>Tarifs de
    l'eau</li> … ») opening its line with its place in the list, as the browser shows it: an
    agenda's items are numbered by their position, never printed. An ordered list inside
    another's item, and an unordered list's items, stay unnumbered."""

    def __init__(self) -> None:
        self.places: list[int | None] = []  # per open list: its last item's place (None: ul)
        self.ordered = 0  # how many of them are ordered (counted, never summed: deep pages)

    def __call__(self, match: re.Match[str]) -> str:
        name = match.group(1).lower()
        closing = match.group().startswith("</")
        if name in ("ol", "ul") and not closing:
            start = LIST_START.search(match.group()) if name == "ol" else None
            self.places.append((int(start[1]) - 1 if start else 0) if name == "ol" else None)
            self.ordered += name == "ol"
        elif name in ("ol", "ul") and self.places:
            self.ordered -= self.places.pop() is not None
        elif name == "li" and not closing and self.places and self.places[-1] is not None:
            self.places[-1] += 1
            if self.ordered > 1:
                return "\n"  # a list inside an item: its entries are the item's, no items
            return f"\n{self.places[-1]}. "
        return _tag_replacement(match)


def _entity(match: re.Match[str]) -> str:
    return _unescape(match.group())


_unescape = lru_cache(maxsize=512)(html.unescape)  # a text repeats the same few entities


def without_markup(text: str) -> str:
    """The text without HTML tags, script or style content, nor entities."""
    if "<" in text:
        for name in _HIDDEN_CONTENT:
            text = _without_element(text, name)
        lists = "<ol" in text or "<OL" in text
        text = _HTML_TAG.sub(_ListNumbers() if lists else _tag_replacement, text)
    if "&" in text and ";" in text:
        text = _HTML_ENTITY.sub(_entity, text)
    return text


def _without_element(text: str, name: str) -> str:
    """`text` without each `<name …>…</name>`, its line breaks kept; an element never closed
    loses its opening tag only. One pass: str.find, never a pattern that could backtrack."""
    lowered = text.lower()
    if f"<{name}" not in lowered:
        return text
    kept: list[str] = []
    start = 0
    while (opening := lowered.find(f"<{name}", start)) >= 0:
        closing = lowered.find(f"</{name}", opening)
        if closing < 0:
            break
        end = lowered.find(">", closing)
        end = len(text) if end < 0 else end + 1
        kept.append(text[start:opening])
        kept.append("\n" * text.count("\n", opening, end))
        start = end
    kept.append(text[start:])
    return "".join(kept)


# Punctuation a PDF's font, a word processor set in an Asian or Arabic locale, or a converter
# prints in a look-alike (« Présents： », « Secrétaire ﹕ », « M. X， Mme Y », « D−2025−014 »),
# and the ligatures of a typeset PDF (« ﬁnances »): each cue, list and number is written with
# the plain character, so every reader finds them. One character for one, the line breaks
# kept (the evidence's lines are the document's).
_PLAIN_PUNCTUATION = {
    **dict.fromkeys("：꞉﹕∶ː︓׃։", ":"),
    **dict.fromkeys("，﹐、،‚", ","),
    **dict.fromkeys("；﹔", ";"),
    **dict.fromkeys("（﹙", "("),
    **dict.fromkeys("）﹚", ")"),
    **dict.fromkeys("．﹒", "."),
    **dict.fromkeys("‒−﹣－", "-"),
    "―": "—",
    **dict.fromkeys("ʼ′＇", "'"),
    "ﬀ": "ff",
    "ﬁ": "fi",
    "ﬂ": "fl",
    "ﬃ": "ffi",
    "ﬄ": "ffl",
    "ﬅ": "st",
    "ﬆ": "st",
}
_PLAIN_TABLE = str.maketrans(_PLAIN_PUNCTUATION)
_ODD_PUNCTUATION = re.compile(f"[{''.join(_PLAIN_PUNCTUATION)}]")


# (each asked of the document's words, once read: storage.parsing.present)
_ODD_PUNCTUATION_HELD = present.strings(*_PLAIN_PUNCTUATION)


def plain_punctuation(text: str) -> str:
    """The text with its look-alike punctuation and ligatures written plainly (see above)."""
    if text.isascii() or not present.holds(text, _ODD_PUNCTUATION_HELD):
        return text
    return text.translate(_PLAIN_TABLE)


# -- cleaning ---------------------------------------------------------------------------------

_ODD_SPACES = {
    "\u00a0": " ",
    "\u202f": " ",
    "\u2007": " ",
    "\u2009": " ",
    "\t": "    ",
    "\u2011": "-",  # a non-breaking hyphen: « 2025‑CIAS‑14 »
    "\u2010": "-",
    "\u200b": "",
    "\u00ad": "",  # a soft hyphen: invisible where the line is not cut, never part of a name
}
# Decorative bullets PDF exports print before items; a dash stays, it is how lists are written.
_BULLETS = "▪•●■◦►➢➤✓✔□○◆❖\uf0b7\uf0a7\uf0d8\uf076\uf0fc\u2022\u25aa\u25cf\u2023"
_BULLET_START = re.compile(rf"^[{_BULLETS}]+ ?")
_BULLET_INSIDE = re.compile(rf" ?[{_BULLETS}]+ ?")
# Runs of spaces: three and more were a column gap, kept as exactly three; two become one.
# (r"  +" rather than r" {2,}", and r"\d\d*" rather than r"\d+" for _DIGITS: a pattern that
# opens on a plain character or class is searched for it, twice as fast over a document.)
_SPACES = re.compile(r"  +")
_COLUMN_SPACES = re.compile(r"   +")
_BULLET_ANY = re.compile(f"[{_BULLETS}]")
# Word's second-level bullet, a small « o » (Courier New) before each entry: « o Mme Ida VIAL »,
# flattened « M. Jean ROCHE o Mme Ida VIAL », « o approuve … » (no French word is a lone
# small « o »): before a name or a decision only (« o Décision 2025-AEP-001 : … » under « le
# Président rend compte des décisions … » lists an act, no item of the sitting).
_O_BULLET = cues.plain(
    rf"(?:^| )o (?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame)\s|[{LOWER}]|[{UPPER}]{{2}}"
    rf"|[{UPPER}][{LOWER}'’-]+ [{UPPER}]{{2}})"
)
# What a noise line can start with: most lines (names, prose) are let through on this alone.
_NOISE_FIRST = frozenset("AaRrPpDdIiMmTtEeCc-0123456789")
# Its first letters, checked before the whole pattern (« M. Paul FAYE » is no stamp).
_NOISE_START = re.compile(r"(?i:acc|act|cer|ren|re[çc]|raa|tra|pub|aff|mis|dat|id|pag|env|[-\d])")


def _dash_for_o(match: re.Match[str]) -> str:
    return " - " if match.group().startswith(" ") else "- "


def _gap(match: re.Match[str]) -> str:
    return "   " if len(match.group()) > 2 else " "


_DATE_WORDS = (
    r"(?:\d{1,2}(?:er)?[ .]?[a-zéû]{3,9}\.?[ ]?\d{2,4}|\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4})"
)
# Stamps and page numbers that fill a line are removed with it (they would cut a list in two).
_NOISE_LINE = re.compile(
    r"(?:"
    r"(?:accus[ée] de r[ée]ception(?: en pr[ée]fecture)?|re[çc]u en pr[ée]fecture|re[çc]u [àa]"
    r" la pr[ée]fecture|transmis (?:au|en) contr[ôo]le de l[ée]galit[ée]"
    # the stamp of the dematerialised transmission: « Envoyé en préfecture le … », « Publié le »
    r"|envoy[ée] en pr[ée]fecture|publi[ée]e? le|affich[ée]e? le)"
    rf"(?: le)? ?:? ?(?:{_DATE_WORDS})?"
    r"|(?:publi[ée]e?|affich[ée]e?|mise? en ligne|date d['’]affichage|date de publication"
    r"|date de t[ée]l[ée]transmission|date de r[ée]ception(?: en)? pr[ée]fecture"
    # a stamp's « Reçu le 07/03/2025 », its date printed: alone on its line, no sentence
    r"|re[çc]ue?)"
    rf"(?: le)? ?:? ?(?:{_DATE_WORDS})"
    r"|(?:id ?: ?)?\d{3}-\d{9}-\d{8}-[a-z0-9_.]+-[a-z]{2}"
    # « Acte rendu exécutoire après dépôt en préfecture le … et publication le … », « Certifié
    # exécutoire … »: the act's stamp, whole on its line
    r"|(?:acte )?(?:rendu|certifi[ée]e?) ex[ée]cutoire[^\n]{0,200}"
    # (« 104/2024 » is an act's number and its year, never a page out of 2,024)
    r"|page ?\d+(?: ?(?:/|sur) ?\d+)?|- ?\d+ ?-|\d{1,3} ?/ ?\d{1,3}"
    # the running footer of a « recueil des actes administratifs »: « RAA n° 2024-09 – page 3 »
    r"|(?:raa|recueil des actes administratifs)(?: n ?°)? ?[\w./-]*"
    r"(?: ?[-–—] ?page ?\d+(?: ?(?:/|sur) ?\d+)?)?"
    r")[ .]?",
)
# A line ending with « n° »: the act's number it announces is the next line (« 12/250 »), no
# page's.
_NUMBER_CUT = re.compile(r"(?:\b[Nn] ?[°º]|\b[Nn]um[ée]ro) ?:?$")
_NOISE_INLINE = re.compile(
    r" ?(?:(?:RE[ÇC]U|ENVOY[ÉE]) EN PR[ÉE]FECTURE(?: LE ?:? ?\d{1,2}/\d{1,2}/\d{2,4})?"
    r"|PUBLI[ÉE]E? LE(?: ?:? ?\d{1,2}/\d{1,2}/\d{2,4})?(?= ?(?:ID ?:|\d{3}-\d{9}-))"
    r"|(?:ID ?: ?)?\b\d{3}-\d{9}-\d{8}-[A-Za-z0-9_.]+-[A-Z]{2}\b)",
    re.IGNORECASE,
)
_DIGITS = re.compile(r"\d\d*")
_ASCII_DIGITS = b"0123456789"
# The UTF-8 lead bytes of every other decimal digit `\d` matches (Arabic-Indic U+0660…,
# U+06F0…, N'Ko U+07C0…, then three- and four-byte characters but U+2000–U+2FFF, where no
# digit stands): a text without them holds ASCII figures only. Held to Unicode by
# tests/test_parsing_gates.py.
_OTHER_DIGIT_LEADS = bytes([0xD9, 0xDB, 0xDF, 0xE0, 0xE1, *range(0xE3, 0xF5)])
_NOT_OTHER_DIGIT_LEADS = bytes(b for b in range(256) if b not in _OTHER_DIGIT_LEADS)


def holds_other_digits(text: str) -> bool:
    """Whether `text` may hold a decimal digit other than 0–9 (False: it holds none)."""
    # (a lone surrogate, which a decoded text may hold, encodes on a lead byte of the list)
    return not text.isascii() and bool(
        text.encode("utf-8", "surrogatepass").translate(None, _NOT_OTHER_DIGIT_LEADS)
    )


_HAS_DIGIT = re.compile(r"\d")
_WORDS = re.compile(r"[^\W\d_]{3,}")
# Lines that head an item (« DELIBERATION N° 2024-12 », « D2025-003 - Objet ») come back with
# only their figures changed, like a page footer: they are never one.
# (« (Délibération DCM2025021) » under « POINT N° 2 : … » too: an act's number, no page header)
_ITEM_HEADING = re.compile(
    r"^\(?(?:d[ée]lib[ée]ration|n ?°|r[ée]f\. ?:|[a-z]{0,8}[._-]?\d{4}[._-]?\d"
    # the sitting, then the item's act (« Séance du 9 avril 2024 – Délibération CM-2024-031 »),
    # not a page's footer
    r"|(?!.*\bpage\b)(?:s[ée]ance|r[ée]union|bureau|conseil|comit[ée]|commission)\b[^\n]{0,40}? du"
    r" [^\n]{4,30}? ?[-–—:|] ?(?:d[ée]lib[ée]ration|rapport|d[ée]cision|n ?°)"
    # the place on the agenda, then the item's act (« Rapport n° 2 — Délibération CA-2024-031 »)
    r"|(?:rapport|point|question|affaire|dossier) (?:n ?° ?)?\d{1,3} ?[-–—:.)]? ?"
    r"(?:d[ée]lib[ée]ration|d[ée]cision|n ?°))",
    re.I,
)
# An agenda item printed whole on one short line: its ordinal and title, then the act's number
# and what follows (« 2 - Tarifs de la cantine. Délibération n° 2025-008. Adopté à … »), or its
# ordinal then the act's number (« 2 - Délibération n° 2025-008 - Tarifs … »), or only its
# title before the number, the number then closing its sentence (« Tarifs de la cantine.
# Délibération n° 2025-008. Adopté … »; never « … Délibération n° 2023-01 du 3 mars »).
_ITEM_WITH_ACT = re.compile(
    rf"^\d{{1,3}} ?[-–—.)] (?:[{UPPER}][^\n]{{0,200}}?[.;:] )?"
    r"(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION)"
    r" [nN] ?[°º]"
    rf"|^[{UPPER}][^\n]{{2,200}}?[.;] (?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION) [nN] ?[°º]"
    rf" ?[\w./-]{{1,30}}(?:[.:] [{UPPER}]|[.:]?$)"
)
# An item's opening after the sentence that ends the item before it, on one line (a PDF's
# text whose line break was lost there): « … à l'unanimité. Délibération n° 2025-008 : Tarifs »,
# « … approuvé. N° 12 – Tarifs de l'eau », « … adopté. 13 – Tarifs de l'eau » (never « … la
# délibération n° 2023-01 du 3 mars »: a title follows the number).
# (its first characters said first: a small letter but « d », « n » goes no further; see
# tests/test_parsing_gates.py)
# (« DEL 2025-041 – Tarifs », « DEL 2025 / 41 – Tarifs »: an act's code, its title after a dash)
_CODED_ACT = (
    rf"[A-Z]{{2,8}} (?:19|20)\d\d(?:[._/-]| / )\d{{1,5}}(?:[._/-]\d{{1,5}})? ?[-–—:] ?[{UPPER}]"
)
_ITEM_AFTER_SENTENCE = re.compile(
    rf"(?=[.;!»){UPPER}dn])(?:"
    # (a relevé's « … à l'unanimité. Décision n° 2025-B-02 : Convention … » as well)
    r"[.;!»)] (?:(?:D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|D[ée]cision|D[ÉE]CISION) [nN] ?[°º]"
    r" ?[\w./-]{1,30}"
    rf" ?[-–—:.] ?[{UPPER}]|[Nn] ?[°º] ?\d[\w./-]{{0,20}} ?[-–—:] ?[{UPPER}]"
    rf"|{_CODED_ACT}|\d{{1,3}} ?[-–—] [{UPPER}][{LOWER}])"
    # (after an outcome in capitals: « … ADOPTÉ À L'UNANIMITÉ Délibération n° 2025-070 : … »,
    # or an outcome without its full stop: « … adopte à l'unanimité N° 13 – Tarifs »)
    rf"|[{UPPER}](?<=[{UPPER}]{{2}}) D[ée]lib[ée]ration [nN] ?[°º] ?[\w./-]{{1,30}} ?[-–—:.] ?"
    rf"[{UPPER}]"
    r"|(?:nimit[ée]|NIMIT[ÉE]|dopt[ée]e?|DOPT[ÉE]E?) (?:[Nn] ?[°º] ?\d[\w./-]{0,20} ?[-–—:] ?"
    rf"[{UPPER}]|\d{{1,3}} ?[-–—] [{UPPER}][{LOWER}]|{_CODED_ACT}))"
)
# A word cut at the line's end: « délibé- » then « ration » on the next line.
_CUT_WORD = re.compile(rf"[{LOWER}]-$")
_NEXT_WORD = re.compile(rf"^([{LOWER}][^\s,;.:]*)[,;.:]?\s?")
_PREFECTURE_ID_TAIL = re.compile(r"-\d{9}-\d{8}-[A-Za-z0-9_.]+-[A-Z]{2}\b")
_TRAILING_BULLET = re.compile(r"\s[-–—]$")  # the bullet of the entry cut off to the next line
_PAGE_INLINE = re.compile(r" ?[-–—]? ?\b[Pp]age \d{1,4}(?: ?(?:/|sur) ?\d{1,4})?\b ?")
# A page footer's number, after its dash: « … du 6 mars 2025 – Page 3 / 8 ».
# At a line's start it needs no dash: « Page 1 / 2 — Reçu en préfecture le … ».
_PAGE_MARK = re.compile(r"(?:^| ?[-–—] ?)[Pp]age \d{1,4} ?(?:/|sur) ?\d{1,4}\b\.?")
# A page's header or footer words once its page number is gone: the council or the body, then
# the sitting's date, ending the line (« Région Hauts-Vallons - Conseil régional du 8 février
# 2024 », « Commune de Vaux – CM du 06/03/2025 »); no name ends with a date.
_FOOTER_WORDS = re.compile(
    r"(?i:commune|ville|mairie|communaut[ée]|m[ée]tropole|r[ée]gion|d[ée]partement|syndicat"
    r"|sivu|sivom|ccas|cias|sdis|conseil|bureau|comit[ée]|commission|centre|[ée]tablissement"
    r"|proc[èe]s[- ]verbal|compte[- ]rendu|extrait|s[ée]ance|pv|cr|c[mcdps])\b"
    r"[^,;:()\n]{0,150}?\s(?i:du|le|en\sdate\sdu)\s(?:\d{1,2}(?:er)?\s"
    rf"(?i:{MONTH_PATTERN})\s\d{{4}}"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})[ .]?$"
)


# A page's number out of the pages ending a footer (« … du 2 mai 2024 1/4 », « … – page 2 sur 4 »).
# (after a dash, or a column's gap: « … du 22/02/2026   2/5 »)
_PAGE_OF_END = re.compile(r"[ \t]{0,8}[-–—]? ?(?:[Pp]age ?)?\d{1,3} ?(?:/|sur) ?\d{1,3}$")


def is_page_footer(line: str) -> bool:
    """Whether a line is only a page's header or footer words (its page number removed, or
    still printed as « 1/4 » after them)."""
    if len(line) > 200 or not line[:1].isalpha():
        return False
    # the pattern ends with a date's figures, then at most a space or a full stop: most lines
    # (names, prose) end otherwise and skip it
    end = line.rstrip("\n")
    if end[-1:] in (" ", "."):
        end = end[:-1]
    if end[-1:].isdigit() and ("/" in end[-4:] or "sur" in end[-8:]):
        end = _PAGE_OF_END.sub("", end)
    return end[-1:].isdigit() and _FOOTER_WORDS.match(end) is not None


# A page's furniture printed once, where a title was expected (under « Délibération n° … »
# alone on its line, the page broke there): the site's address (« www.ville-x.fr »,
# « https://… »), the council's postal address (« Mairie – 4 place de l'Église – 42430 X »,
# « Tél. 04 77 … »), a page's number alone (« 3 », « – 3 – », « 3 / 12 »).
_SITE_LINE = re.compile(r"^(?:https?://|www\.)[\w./%~-]{3,120}(?=$|[\s|–—-])")
# (the postal code opens a part of the line: « … Immo 42000 Saint-Etienne » is a title's)
_POSTAL_LINE = re.compile(
    rf"(?:^|[,–—|-] ?)\d{{5}} [{UPPER}][\w'’ -]{{1,60}}$"
    r"|^(?:t[ée]l(?:[ée]phone)?\.?|fax|courriel|e-?mail|mail) ?:? ?(?:\+33|0\d|[\w.-]+@)",
    re.IGNORECASE,
)
# An address's part: the town hall, or a street with its number (« 4 place de l'Église »).
_ADDRESS_PART = re.compile(
    r"(?:^|[,–—|-] ?)(?:mairie|h[ôo]tel de ville|(?:\d{1,4}(?: ?bis| ?ter)?,? )?(?:rue|place"
    r"|avenue|av\.|boulevard|bd|chemin|route|all[ée]e|quai|cours|square|impasse)|bp|cs)\b",
    re.IGNORECASE,
)
_PAGE_NUMBER_ALONE = re.compile(r"^[-–— ]{0,3}\d{1,3}(?: ?(?:/|sur) ?\d{1,3})?[-–— ]{0,3}$")
# A footer's page number after a column's gap (« … séance du 9 octobre 2025   3 »).
_GAP_PAGE_NUMBER = re.compile(r"(?:[ \t]{3,}|\t)\d{1,3}$")
# A footer's abbreviated heading and the sitting's date (« PV CM 09/10/2025 », « CR du CC
# 12.03.2025 »): the body's initials, then the date.
_SHORT_FOOTER = re.compile(
    r"^(?i:pv|cr|proc[èe]s[- ]verbal|compte[- ]rendu)(?: (?i:du|de la|de l['’]))?"
    r"(?: [A-Z]{2,5})? \d{1,2}[/.]\d{1,2}[/.]\d{2,4}$"
)


def is_page_furniture(line: str, sitting: date | None = None) -> bool:
    """Whether a line is a page's header or footer where a title was looked for: the site's
    or the council's address, a page's number alone, or the council's or the body's words
    with the sitting's date (when `sitting` is known, that date only: « Approbation du
    procès-verbal de la séance du 2 juillet 2025 » names another sitting and is a title).
    (Inside a list of names any dated running footer goes, attendance._page_furniture: no name
    ends with a date, a title may.)"""
    line = line.strip()
    if not line or len(line) > 200:
        return False
    if _PAGE_NUMBER_ALONE.match(line) or _SITE_LINE.match(line):
        return True
    if _POSTAL_LINE.search(line) and (
        _ADDRESS_PART.search(line) or line[:3].lower() in ("tél", "tel", "fax")
    ):
        return True
    # (both page numbers end the line: the patterns were tried at each character of the others)
    end = _GAP_PAGE_NUMBER.sub("", line) if line[-1].isdigit() else line
    numbered = end[-1:].isdigit() and _PAGE_OF_END.search(end) is not None
    paged = end != line or numbered
    end = (_PAGE_OF_END.sub("", end) if numbered else end).rstrip(" -–—|")
    # (the council's name may open it: « Saint-Just – Conseil municipal du 3 mars 2025 »)
    parts = _FOOTER_PARTS.split(end, 1)
    if not any(is_page_footer(part) or _SHORT_FOOTER.match(part) for part in (end, parts[-1])):
        return False
    if sitting is None:
        return paged or _SHORT_FOOTER.match(end) is not None
    dates = find_dates(end[-40:])
    return paged or any(d.valid and d.resolve() == sitting for d in dates)


def without_furniture(lines: list[str], sitting: date | None = None) -> list[str]:
    """The lines where a title is looked for, without the page's header or footer a page
    break left there (« Délibération n° 2025-031 » / « www.ville-x.fr » / « Budget … »)."""
    return [line for line in lines if not is_page_furniture(line, sitting)]


_LONGEST_LINE = 20_000  # a longer « line » is a flattened text: it is cut at its cues instead


@dataclass(slots=True)
class Text:
    """The cleaned lines of one document, each with the number of the line it came from."""

    lines: list[str]
    numbers: list[int]  # 1-based line number in the decoded text, per cleaned line
    prefecture_id: str | None = None
    flattened: bool = False
    _starts: list[int] = field(default_factory=list)
    _joined: str | None = None
    _low: str | None = None

    @property
    def joined(self) -> str:
        if self._joined is None:
            self._joined = "\n".join(self.lines)
            # each line's start: the lengths before it and one break each, summed at C speed
            lengths = itertools.accumulate(map(len, self.lines))
            ends = list(map(operator.add, lengths, itertools.count(1)))
            self._starts = [0, *ends[:-1]] if ends else []
        return self._joined

    @property
    def low(self) -> str:
        """`joined` in lower case, offsets unchanged: made once for every reader that looks
        for its words or runs its lower-case patterns over the whole text."""
        if self._low is None:
            self._low = _lower(self.joined)
        return self._low

    def line_of(self, offset: int) -> int:
        """The original line number of an offset into `joined`."""
        _ = self.joined
        index = max(0, bisect_right(self._starts, offset) - 1)
        return self.numbers[index] if self.numbers else 0

    def index_of(self, offset: int) -> int:
        """The index, in `lines`, of an offset into `joined`."""
        _ = self.joined
        return max(0, bisect_right(self._starts, offset) - 1)

    def offset_of(self, index: int) -> int:
        _ = self.joined
        return self._starts[index] if index < len(self._starts) else len(self.joined)


def prefecture_id(text: str) -> str | None:
    """The préfecture's acknowledgement: « 042-244200770-20240704-2024_00417-DE »."""
    for match in _PREFECTURE_ID_TAIL.finditer(text):
        start = match.start() - 3
        if (
            start >= 0
            and text[start : match.start()].isdigit()
            and (start == 0 or not text[start - 1].isalnum())
        ):
            return text[start : match.end()]
    return None


def _without_inline_footers(line: str) -> str:
    """A flattened text's page footers: « … Commune de X - Conseil du 6 mars – Page 2 / 3 … ».
    The words every page number follows (the footer's, the longest run they share, at most
    150 characters) go with the numbers."""
    marks = list(_PAGE_INLINE.finditer(line))
    if len(marks) == 1 and marks[0].start() >= 300:
        return _one_inline_footer(line, marks[0])
    if len(marks) < 2:
        return _PAGE_INLINE.sub(" ", line)
    if marks[0].start() < 300:
        # the first page's number after the heading: the heading's words stay
        marks = marks[1:]
        line = _PAGE_INLINE.sub(" ", line, count=1)
        marks = list(_PAGE_INLINE.finditer(line))
        if len(marks) < 2:
            return _PAGE_INLINE.sub(" ", line)
    footer = _shared_footer(line, marks)
    if footer is None:
        return _PAGE_INLINE.sub(" ", line)
    return _without_marks(line, marks, footer)


def _shared_footer(line: str, marks: list[re.Match[str]]) -> str | None:
    """The words every page's mark follows (the longest run they share, at most 150
    characters, from a word's start), when long enough to be a footer's."""
    befores = [line[max(0, m.start() - 150) : m.start()] for m in marks]
    shared = 0
    shortest = min(len(before) for before in befores)
    while shared < shortest and len({before[-1 - shared] for before in befores}) == 1:
        shared += 1
    footer = befores[0][len(befores[0]) - shared :]
    # from a word's start, and long enough to be a footer's words, not a shared last letter
    # (the run starts a word where the line starts the first footer, the others after a space:
    # « Département de la Loire - … – 1/3 COMMISSION … unanimité. Département de la Loire … »)
    whole = all(
        not before[-1 - shared].isalnum()
        if len(before) > shared
        else mark.start() - len(before) == 0
        for before, mark in zip(befores, marks, strict=True)
    )
    if not whole:
        footer = footer[footer.find(" ") + 1 :] if " " in footer else ""
    return footer if len(footer.strip()) >= 12 and _WORDS.search(footer) else None


_FOOTER_PARTS = re.compile(r" [-–—|] ")


def _without_marks(line: str, marks: list[re.Match[str]], footer: str) -> str:
    # the next page's header, the footer's first words again (« … – Page 1 / 3 ▪ COMMUNE DE
    # RAVEL M. HENRY Paul, … »): it goes with the footer
    whole = footer.strip().casefold()
    lead = _FOOTER_PARTS.split(whole, maxsplit=1)[0]
    kept, at = [], 0
    for mark in marks:
        kept.append(line[at : mark.start() - len(footer)])
        at = mark.end()
        after = line[at:].lstrip(" -–—")
        if (
            len(lead) >= 8
            and after[: len(lead)].casefold() == lead
            and not after[len(lead) : len(lead) + 1].isalnum()
            # (the whole footer printed again goes with its copies, below)
            and after[: len(whole)].casefold() != whole
        ):
            at = len(line) - len(after) + len(lead)
    kept.append(line[at:])
    return _without_copies(" ".join(part.strip() for part in kept if part.strip()), footer)


# A page's number out of the pages after a dash, with no « page » (« … – PV du CM du
# 21/11/2024 – 1/2 Pierre MASSON … »), or after the date's year with the dash lost to a column's
# gap (« … du 22/02/2026 2/5 MARTY Luc … »): a footer only where the same words lead each one.
_FRACTION_INLINE = re.compile(r"(?: ?[-–—] ?|(?<=\d{4}) )\d{1,3} ?/ ?\d{1,3}(?![\d/]) ?")


def _without_fraction_footers(line: str) -> str:
    """A flattened text's page footers numbered « – 1/2 », « – 2/2 »: their shared words,
    read as a footer's (the council or body, then the sitting's date), go with the numbers."""
    marks = list(_FRACTION_INLINE.finditer(line))
    if len(marks) < 2:
        return line
    footer = _shared_footer(line, marks)
    if footer is None or not _FOOTER_WORDS.search(footer.strip()):
        return line
    return _without_marks(line, marks, footer)


def _without_copies(line: str, footer: str) -> str:
    """The footer's words printed again as the next page's header, past the heading (where
    they may name the sitting): they go too."""
    footer = footer.strip()
    if len(footer) < 12 or line.find(footer, 300) < 0:
        return line
    return line[:300] + line[300:].replace(f" {footer} ", " ").replace(footer, "")


# The footer's words just before the page's number, from their first word: after a comma, a
# full stop or a name (« …, DUPONT Bruno, Région Hauts-Vallons - Conseil régional du 19
# octobre 2023 – Page 1 / 2 »).
_FOOTER_BEFORE_MARK = re.compile(rf"(?<=[\s,;.])(?=[{UPPER}])")


def _one_inline_footer(line: str, mark: re.Match[str]) -> str:
    """A flattened text's only page number: the footer's words before it go with it when they
    read as a footer (the council or body, then the sitting's date); else only the number."""
    start = max(0, mark.start() - 160)
    before = line[start : mark.start()].rstrip(" -–—")
    for word in _FOOTER_BEFORE_MARK.finditer(before):
        if _FOOTER_WORDS.match(before, word.start()):
            head = line[: start + word.start()].rstrip()
            return _without_copies(f"{head} {line[mark.end() :].lstrip()}", before[word.start() :])
    return _PAGE_INLINE.sub(" ", line)


def _repeated_headers(lines: list[str]) -> tuple[set[str], list[str]]:
    """Page headers and footers: a line that comes back at least three times with only its
    figures changed (« … – Page 3 / 8 »). Its first occurrence stays (it is the heading).
    Returns them with every line's shape (its figures as « # »), made in one pass; no shapes
    when there is no header (they serve only to find the headers' copies)."""
    joined = "\n".join(lines)
    if not holds_other_digits(joined):
        # The lines holding a figure: when none of their shapes comes back, none is a header
        # (most documents, and the counting below is spared). Two lines of one shape have
        # the same text without their figures: told apart that way (bytes.translate runs at
        # C speed, where the pattern below tries each character), their shapes are too.
        data = joined.encode("utf-8", "surrogatepass")
        kept = data.translate(None, _ASCII_DIGITS).split(b"\n")
        figured = [
            short for short, line in zip(kept, data.split(b"\n"), strict=True) if short != line
        ]
        if len(set(figured)) == len(figured):
            return set(), []
        # A header's lines share their text without figures: only the lines whose text comes
        # back so are shaped and counted (a document's tables of amounts hold a few). Without a
        # header among them there is none (every line of a shape that comes back is one of
        # them), and the whole text is not shaped.
        again = {short for short, times in Counter(figured).items() if times >= 2}
        if not _headers_of(
            [line for line, short in zip(lines, kept, strict=True) if short in again]
        ):
            return set(), []
    shaped = _DIGITS.sub("#", joined).split("\n")
    varied = [shape for line, shape in zip(lines, shaped, strict=True) if shape != line]
    if len(set(varied)) == len(varied):
        return set(), []
    return _headers_of(lines, shaped), shaped


def _headers_of(lines: list[str], shaped: list[str] | None = None) -> set[str]:
    """The shapes (see _repeated_headers) of these lines that are a page's header or footer;
    `shaped`: the lines' shapes, when made already."""
    if shaped is None:
        shaped = [_DIGITS.sub("#", line) for line in lines]
    shapes = Counter(
        shape
        for line, shape in zip(lines, shaped, strict=True)
        if shape != line and 8 <= len(line) <= 200 and not _ITEM_HEADING.match(line)
    )
    return {
        shape
        for shape, times in shapes.items()
        if (
            times >= 3
            or (times == 2 and ("page" in shape.lower() or _PAGE_OF.search(shape) is not None))
        )
        # words, not a row of figures (« 108 000 €  54 000 €  NON » comes back per action);
        # checked on the few shapes that come back only
        and len(_WORDS.findall(shape)) >= 2
        # figures of a vote or of an attendance printed per item or per extract (« présents :
        # 11 ; votants : 13 ») come back with their figures changed too, and are no header
        and _COUNTS_LINE.search(shape) is None
    }


# A page's number out of the pages, ending a footer's shape: « … – PV du CM du #/#/# – #/# ».
# (« … – Page # / # », « … – page # sur # » too: a footer's first time is no heading either)
_PAGE_OF = re.compile(r"(?:[-–—|] ?|[ \t]{3})(?:[Pp]age ?)?#+ ?(?:/|sur) ?#+$")
_COUNTS_LINE = re.compile(
    r"pr[ée]sents|votants|exercice|\bvoix\b|\bpour\b|\bcontre\b|abstention|adopt|unanimit|rejet",
    re.IGNORECASE,
)


_TABLE_RULE = re.compile(r"^[|:\- ]*$")
# A row's first cell that numbers an act or an item: « DEL 2025-41 », « B2025-01 », « 3 ».
# (« Rapport CP.2031.02-05 », « Délibération n° 2025-014 »: the act's word before it)
_ROW_NUMBER = re.compile(
    r"^(?:(?:Rapport|RAPPORT|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION|D[ée]cision|D[ÉE]CISION)"
    r"(?: [Nn] ?[°º])? ?)?(?:[A-Z]{1,8}[ ._-]?)?\d[\w./-]*$"
)


def _table_row(line: str) -> str:
    """A table's row printed with bars (« | DEL 2025-41 | Objet | Unanimité | »): a numbered row
    reads as a heading and its vote (« DEL 2025-41 – Objet : Unanimité »), another row as its
    cells with column gaps; a rule (« |---|---| ») is no text."""
    if _TABLE_RULE.match(line):
        return ""
    cells = [cell.strip() for cell in line.strip("| ").split("|")]
    cells = [cell for cell in cells if cell]
    if len(cells) >= 2 and _ROW_NUMBER.match(cells[0]):
        return f"{cells[0]} – {cells[1]}" + (f" : {' – '.join(cells[2:])}" if cells[2:] else "")
    if line[:1] != "|":
        return line  # bars inside a line (« Présents : 33 | Votants : 38 ») are no table
    return "   ".join(cells)


# A flattened table's rows, run into one line: each row opens at its number, then a bar and the
# title's capital (« … | Adoptée | | 2025-41 | Tarifs … », « … unanimité N° 2025-41 | Tarifs … »).
_RUN_ON_ROW = re.compile(
    r"(?:(?<=\| )|(?<=[^|\s] ))(?:[Nn] ?[°º] ?)?"
    r"(?P<number>(?:[A-Z]{1,8}[ ._-]?)?\d[\w./-]{0,20})"
    rf"(?= \| [{UPPER}«\"])"
)
# The table's header and rule before its first row: « N° | Objet | Vote | |----|-------| ».
_RUN_ON_HEADER = re.compile(
    r"(?:\|? ?(?:N ?[°º]|Num[ée]ro|Objet|Intitul[ée]|Titre|Votes?|D[ée]cision|R[ée]sultat"
    r"|Date|Rapporteur|Observations?)(?: d['’]ordre)? ?\|?"
    r"|\|? ?:?-{2,}:? ?\|?| ){1,12}$"
)
_FIGURES = re.compile(r"\d")


def _run_on_rows(line: str) -> list[str] | None:
    """The rows of a table flattened into the line, each as _table_row reads a row, after the
    text before them (its header taken out); None unless two rows at least are found, each
    numbered as the first (« 2025-40 », « 2025-41 »: the same figures' shape; « 1 », « 2 »:
    in turn), so that a count's cell (« | 12 | Adopté ») opens no row."""
    starts: list[int] = []
    shape = ""
    previous = 0
    for row in _RUN_ON_ROW.finditer(line):
        number = row["number"]
        if not starts:
            shape = _FIGURES.sub("#", number)
        elif _FIGURES.sub("#", number) != shape:
            continue
        if number.isdigit():
            if starts and int(number) != previous + 1:
                continue
            previous = int(number)
        starts.append(row.start())
    if len(starts) < 2:
        return None
    before = line[: starts[0]]
    tail = max(0, len(before) - 300)  # (the header is short: its end only is searched)
    if header := _RUN_ON_HEADER.search(before, tail):
        before = before[: header.start()]
    before = before.strip()
    rows = [line[a:b].strip(" |") for a, b in zip(starts, [*starts[1:], len(line)], strict=True)]
    return ([before] if before else []) + [_table_row(row) for row in rows]


# A heading printed letter-spaced (« C O M M U N E   D E   L A   V A L L E E »): single
# letters one space apart, words three; a grid's marks (« P P E A ») are no word.
_SPACED_WORD = re.compile(r"\S(?: \S)+")
# (searched in the text after a line break: a pattern opening on one is tried at line starts
# only, where `^` in MULTILINE is tried at every character)
_LETTER_SPACED = re.compile(r"\n *\S \S \S \S ")
_MARKS_ONLY = frozenset("PAEXRVCN")


def clean_letter_spacing(line: str) -> str:
    """« C O M M U N E   D E   S A I N T - B O N N E T » → « COMMUNE DE SAINT-BONNET »; any
    other line as it is (presence marks, initials, figures)."""
    groups = re.split(r" {2,}", line)
    if not all(_SPACED_WORD.fullmatch(group) or len(group) == 1 for group in groups):
        return line
    words = [group.replace(" ", "") for group in groups]
    # (a date's figures between words: « S É A N C E   D U   3   M A R S   2 0 2 4 »)
    worded = [word for word in words if not word.isdigit()]
    letters = "".join(worded)
    if (
        not all(c.isalpha() or c in "-'’" for c in letters)
        or not worded
        or max(map(len, worded)) < 2
    ):
        return line
    if len(words) == 1 and (len(letters) < 6 or set(letters.upper()) <= _MARKS_ONLY):
        return line  # one short word, or a grid's marks
    if len(words) > 1 and set(letters.upper()) <= _MARKS_ONLY:
        return line
    return " ".join(words)


def letters_joined(text: str) -> str:
    """The text with each letter-spaced line's words joined (see clean_letter_spacing)."""
    if _LETTER_SPACED.search(f"\n{text}") is None:  # before the spaces part its words
        return text
    return "\n".join(clean_letter_spacing(line.strip()) for line in text.split("\n"))


_OCR_MME = re.compile(r"\bMrne(s?)\b")
# « MmeROUX », « M.GIRON »: a civility glued to the surname in capitals (a space lost by a scan)
# (its « M » first, the word's start looked at behind it: the search is a scan for « M »; the
# civility's other letters are the group, the « M » written back)
_GLUED_CIVILITY = re.compile(rf"M(?<=\bM)(mes?|lles?|M\.|\.)(?=[{UPPER}][{UPPER}'’-]{{2,}}\b)")
# What each of its matches holds, without the look-behind tried at every « M » of the text
# (most documents hold none: the search is half as long)
_GLUED_CIVILITY_GATE = cues.plain(rf"(?:Mmes?|Mlles?|M\.)(?=[{UPPER}][{UPPER}'’-]{{2,}}\b)")
# « Mme. », « Mlle. »: a full stop after a civility that never takes one, before a name
_GLUED_AFTER_PARENTHESIS = re.compile(rf"\)(?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame) [{UPPER}])")
_DOTTED_CIVILITY = re.compile(rf"\b(Mmes?|Mlles?|MMES?|MLLES?)\. ?(?=[{UPPER}])")
# The marks a reply puts before each line it quotes (« > », « >> »).
_QUOTED = re.compile(r"^[ \t]{0,3}(?:>[ \t]?){1,6}", re.MULTILINE)


# A line's number in the margin (« 12   Présents : … »), as PDFs of minutes numbered line by line
# print it: a figure, then a wide gap.
_MARGIN_NUMBER = re.compile(r"[ \t]*(\d{1,4})(?:[ \t]{2,}|\t)(?=\S)")
# The same read from a PDF's text layer, one space after the figure (« 12 Présents : … »), or
# the figure alone on a blank line of the page: the count of lines must then follow more
# closely.
_TIGHT_NUMBER = re.compile(r"[ \t]*(\d{1,4})(?:[ \t](?=\S)|[ \t]*$)")
# The same set apart by a bar (« 12 | Présents : … », a numbered editor's or a table's margin).
_BARRED_NUMBER = re.compile(r"[ \t]*(\d{1,4}) ?[|│](?: |$)")


# Every fifth (or tenth) line numbered in the margin (« 5    Présents : … », « 10 PEYRACHE. »,
# « 15 » alone on a blank line), the lines between indented as wide or not; or at the right
# margin, after a wide gap (« … sous la présidence de M. Alain        5 »). The figures go up
# by one step, as many lines apart.
_SPARSE_NUMBER = re.compile(r"[ \t]{0,3}(\d{1,4})(?:[ \t]++(?=\S)|[ \t]*$)")
_SPARSE_SIGN = re.compile(r"[ \t]{0,3}\d{1,3}[ \t]")
# (searched after a line's break, the text's start matched apart: a search opening on a literal
# is a fast scan, one opening on « ^ » is tried at every character)
_SPARSE_AFTER_BREAK = re.compile("\n" + _SPARSE_SIGN.pattern)
_RIGHT_NUMBER = re.compile(r"(?:(?<=\S)|^)(?:[ \t]{2,}+|\t)(\d{1,4})[ \t]*$")
# (opening on the gap, what stands before it looked at behind: the search skips to each space
# or tab, where a lookbehind first is tried at every character; the two spaces and the tab
# looked for apart, each a literal the engine scans for, where their alternation was tried at
# every character, about a hundredth of a reading)
_RIGHT_SIGN = cues.compile(r"  (?<=\S  )[ \t]*+\d{1,4}[ \t]*\n")
_RIGHT_SIGN_TAB = cues.compile(r"\t(?<=\S\t)[ \t]*+\d{1,4}[ \t]*\n")


def _in_step(numbered: list[tuple[int, int, re.Match[str]]], least: int) -> bool:
    """Whether the figures go up by one step (5, 10 …; or 1, 2 … for `least` 1, then on five
    lines at least) as many lines apart, again from the step on a new page: an item's or a
    list's numbering never keeps that pace."""
    if len(numbered) < 3:
        return False
    pairs = list(itertools.pairwise(numbered))
    rises = Counter(b[1] - a[1] for a, b in pairs if b[1] > a[1])
    if not rises:
        return False
    step = rises.most_common(1)[0][0]
    kept = sum(
        1
        for a, b in pairs
        # (a blank line or a page's furniture may be counted or not)
        if (b[1] - a[1] == step and abs(b[0] - a[0] - step) <= 2) or b[1] == step
    )
    return (
        least <= step <= 20
        and (step > 1 or len(numbered) >= 5)
        and kept >= 0.8 * len(pairs)
        and numbered[0][1] <= 3 * step
    )


def without_sparse_line_numbers(text: str) -> str:
    """The text without the numbers every few lines print in the margin (see above); at the
    right margin, every line's too."""
    left = _SPARSE_SIGN.match(text) is not None or _SPARSE_AFTER_BREAK.search(text) is not None
    right = _RIGHT_SIGN.search(text) is not None or (
        "\t" in text and _RIGHT_SIGN_TAB.search(text) is not None
    )
    if not left and not right:
        return text
    lines = text.split("\n")
    changed = False
    if left:
        numbered = [
            (at, int(m.group(1)), m)
            for at, line in enumerate(lines)
            if line[:4].lstrip()[:1].isdigit() and (m := _SPARSE_NUMBER.match(line))
        ]
        one_up = sum(1 for a, b in itertools.pairwise(numbered) if b[1] == a[1] + 1)
        if not _in_step(numbered, 2):
            # the items' ordinals opening lines too (« 2 – Tarifs … »): the margin's figures
            # are the multiples of its step among them (never a list's entries numbered one
            # by one, « 5 - M. Paul FAYE » among them)
            numbered = (
                []
                if 2 * one_up >= len(numbered)
                else next(
                    (
                        stepped
                        for step in _SPARSE_STEPS
                        if _in_step(stepped := [n for n in numbered if n[1] % step == 0], step)
                    ),
                    [],
                )
            )
        if numbered:
            for at, _, m in numbered:
                lines[at] = " " * m.end() + lines[at][m.end() :]
            changed = True
    if right:
        numbered = [
            (at, int(m.group(1)), m)
            for at, line in enumerate(lines)
            if line[-1:].isdigit() or line[-1:] in " \t"
            if (m := _RIGHT_NUMBER.search(line))
        ]
        if _in_step(numbered, 1):
            for at, _, m in numbered:
                lines[at] = lines[at][: m.start()]
            changed = True
    return "\n".join(lines) if changed else text


def without_line_numbers(text: str) -> str:
    """The text without the numbers of its lines, when nearly every line starts with its number
    and they follow one another (1, 2, 3 …, again from 1 on a new page): a list's numbering
    (« 1. », « 2) ») or a table's first column is never that. A blank line may keep its number
    out (« 2 Séance du … », blank, « 4 L'an … »), and so may a page's header or footer."""
    lines = text.split("\n")
    for margin, share in ((_MARGIN_NUMBER, 0.8), (_BARRED_NUMBER, 0.8), (_TIGHT_NUMBER, 0.75)):
        numbered = [m for line in lines if (m := margin.match(line))]
        # (the heading's lines above the first numbered one may print no number)
        first = next((at for at, line in enumerate(lines) if margin.match(line)), 0)
        written = sum(1 for line in lines[first:] if line.strip())
        if len(numbered) < 5 or len(numbered) < share * written:
            continue
        # Most lines take the next number (or a new page's first); a few skip one or two,
        # the blank lines between them kept theirs out (a web page loses those blank lines).
        figures = [int(m.group(1)) for m in numbered]
        steps = [b - a if b != 1 else 1 for a, b in itertools.pairwise(figures)]
        if sum(1 for step in steps if step == 1) < 0.6 * len(steps) or sum(
            1 for step in steps if 0 < step <= 3
        ) < 0.9 * len(steps):
            continue
        return "\n".join(line[m.end() :] if (m := margin.match(line)) else line for line in lines)
    return text


# A figure standing alone between two words: a margin's line number once its lines were joined
# (« … du marché et 8 du parvis de l'église 9 Le Conseil … »).
# (never a count's, a vote's or a place's figure: « Votants : 9 », « 5 voix pour », « n° 4 »)
_LONE_FIGURE = re.compile(
    # (nor an amount's thousands: « 10 000 € », « 1 500 »)
    r"(?<!\S)(?<![:°º] )(?<!\b[nN] )(?<!\bpar )\d{1,4}(?!\S)(?!(?: \d{3})+ ?(?:€|euros?\b))"
    # (in lower case: a cue in capitals opens the next line, « 4 Absents excusés : … »)
    r"(?! (?:voix|pour|contre|abstentions?|membres?|pr[ée]sents?|votants?|conseillers?"
    r"|absents?|pouvoirs?|procurations?|heures?|h\b|€|euros?|ans?\b|mois|jours?))"
)
_FLAT_LINE = 300  # characters a line holds at least on average in a flattened text
_MARGIN_GAP = 200  # a printed line's length at most: where the next line's number stands
_MARGIN_RUN = 6  # figures in a row, one up each time, for a margin's numbering
# A margin numbering every fifth or tenth line (« 5 », « 10 », « 15 » …): fewer figures in a
# row make it, each some printed lines from the last, all about as far apart.
_SPARSE_STEPS = (5, 10)
_SPARSE_RUN = 3
_LINE_LEAST = 12  # characters a printed line holds at least
_SPREAD = 5  # the widest gap between two of a run's figures, at most, against the narrowest
# (a day's figure before its month is a date's: « le 10 mars … le 15 mars … »)
_BEFORE_MONTH = re.compile(rf" (?i:{MONTH_PATTERN})\b")


def _mid_sentence(text: str, start: int, end: int) -> bool:
    """Whether the figure at `start:end` cuts a sentence (« et 8 du », « de 13 partenariat »):
    a word in lower case on each side, as no numbering of items or of names stands."""
    before = text[max(0, start - 2) : start].strip()
    after = text[end + 1 : end + 2]
    return before[-1:].islower() or before[-1:] == "," if after.islower() else False


def _runs(figures: list[tuple[int, int, int]], step: int) -> list[list[int]]:
    """The runs of figures going up by `step` (5, 10, 15 …), each less than `step` printed
    lines from the last: their indexes in `figures`."""
    ends: dict[int, list[int]] = {}  # the next figure a run waits for → the run's figures
    runs: list[list[int]] = []
    for index, (start, _, value) in enumerate(figures):
        if value % step:
            continue
        run = ends.pop(value, None)
        if run is not None and not (
            step * (_LINE_LEAST if step > 1 else 0)
            <= start - figures[run[-1]][1]
            <= step * _MARGIN_GAP
        ):
            run = None
        if run is None:
            run = [index]
            runs.append(run)
        else:
            run.append(index)
        ends[value + step] = run
    return runs


def _margins(text: str, spans: list[tuple[int, int]], step: int) -> bool:
    """Whether a run's figures are a margin's: one cutting a sentence or two side by side (a
    line left blank); every fifth or tenth line's, also four of them or more evenly apart."""
    side_by_side = any(b[0] - a[1] == 1 for a, b in itertools.pairwise(spans))
    if side_by_side or any(_mid_sentence(text, a, b) for a, b in spans):
        return True
    if step == 1 or len(spans) < _SPARSE_RUN + 1:
        return False
    gaps = [b[0] - a[1] for a, b in itertools.pairwise(spans)]
    return max(gaps) <= _SPREAD * min(gaps)


def _short_margin(text: str, run: list[tuple[int, int, int]], step: int) -> bool:
    """A short text's margin: its two figures (« 10 », « 20 ») the first ones of the text, as
    far from its start as from each other (within a half), a printed line's length apart."""
    (first, first_end, value), (second, _, following) = run
    if (value, following) != (step, 2 * step):
        return False
    gaps = (first, second - first_end)
    return all(step * _LINE_LEAST <= gap <= step * _MARGIN_GAP for gap in gaps) and max(
        gaps
    ) <= 2 * min(gaps)


def without_flattened_line_numbers(text: str) -> str:
    """A flattened text without the numbers its lines printed in the margin: figures one up
    each time (7, 8, 9 …, a blank line's alone), each less than a printed line from the last,
    or every fifth or tenth line's (5, 10, 15 …), at least one cutting a sentence or two side
    by side, or four every few lines evenly apart. An item's or a list's numbering is never
    both that close and mid-sentence; a count (« Votants : 13 ») is not in the run."""
    lines = text.count("\n") + 1
    if (lines > 1 and len(text) < _FLAT_LINE * lines) or not any(c.isdigit() for c in text):
        return text
    figures = [
        (m.start(), m.end(), int(m.group()))
        for m in _LONE_FIGURE.finditer(text)
        if not _BEFORE_MONTH.match(text, m.end())
    ]
    cut: list[tuple[int, int]] = []
    for step in (1, *_SPARSE_STEPS):
        for run in _runs(figures, step):
            spans = [figures[i][:2] for i in run]
            if len(run) == 2 and step > 1 and _short_margin(text, [figures[i] for i in run], step):
                cut.extend(spans)
            if len(run) < (_MARGIN_RUN if step == 1 else _SPARSE_RUN):
                continue
            if _margins(text, spans, step):
                cut.extend(spans)
    if not cut:
        return text
    pieces, last = [], 0
    for start, end in sorted(set(cut)):
        if start < last:
            continue
        pieces.append(text[last:start])
        last = end + 1 if text[end : end + 1] == " " else end
    pieces.append(text[last:])
    return "".join(pieces)


# A page's number among its pages inside a flattened text (« … du 12 juin 2025 – Page 1/2 … »).
# (its dash after a space: « XII- Page 3/7 » keeps the ordinal's)
_FLAT_PAGE_MARK = re.compile(r"(?: [-–—|])? (?:[Pp]age \d{1,4}(?: ?(?:/|sur) ?\d{1,4})?\b)")
_FOOTER_REACH = 160  # characters a footer's words hold at most before its page number
_HEADING_REACH = 400  # where a document's heading stands, that a page's header repeats
_HEADER_LEAST = 20  # characters of a repeated header at least (its body and date)


def _footer_before(text: str, marks: list[re.Match[str]]) -> int:
    """How many characters before each page number are its footer's words: those every page
    prints alike before it (two pages or more), or a footer's words ending with a date (one)."""
    windows = [text[max(0, m.start() - _FOOTER_REACH) : m.start()] for m in marks]
    if len(marks) >= 2:
        alike = 0  # characters every window ends with
        shortest = min(len(w) for w in windows)
        while alike < shortest and len({w[-alike - 1] for w in windows}) == 1:
            alike += 1
        same = windows[0][len(windows[0]) - alike :]
        cut = (
            same.find(" ") + 1
            if any(len(w) > len(same) and w[-len(same) - 1] != " " for w in windows)
            else 0
        )
        same = same[cut:] if cut else same
        return (
            len(same)
            if len(same.strip()) >= _HEADER_LEAST and any(c.isalpha() for c in same)
            else 0
        )
    window = windows[0]
    for start in (m.start() + 1 for m in re.finditer(rf" (?=[{UPPER}])", window)):
        if is_page_footer(window[start:].rstrip(" -–—|")):
            return len(window) - start + 1
    return 0


# A page's number among its pages alone, between two names of a flattened list (« … M. Luc
# MARTY 3/7 Mme Ida VIAL … »).
_BARE_PAGE_OF = re.compile(
    rf"(?<=[{UPPER}{LOWER},] )(?<![Pp]age )(?<!PAGE )(\d{{1,3}}) ?/ ?(\d{{1,3}})"
    r" (?=(?:M\.|Mme|MM\.|Mmes|Monsieur|Madame) )"
)


def _page_of_gone(match: re.Match[str]) -> str:
    return "" if int(match.group(1)) <= int(match.group(2)) else match.group()


# … or before a page's header repeating the heading (« XII- 3/7 Commune de X Tarifs … »).
_BARE_PAGE_OF_HEADED = re.compile(
    rf"(?<=[\w.,;)-] )(?<!age )(\d{{1,3}}) ?/ ?(\d{{1,3}}) (?=[{UPPER}])"
)


def _without_headed_pages_of(text: str) -> str:
    """The text without each page's number alone that a repeat of the heading follows, nor
    that repeat."""
    pieces, last = [], 0
    for match in _BARE_PAGE_OF_HEADED.finditer(text):
        if match.start() < last or match.start() < _HEADING_REACH // 4:
            continue
        if int(match.group(1)) > int(match.group(2)):
            continue
        heading = text[: min(_HEADING_REACH, match.start())]
        header = _header_after(text, match.end() - 1, heading)
        if header:
            pieces.append(text[last : match.start()].strip())
            last = match.end() - 1 + header
    if not pieces:
        return text
    pieces.append(text[last:].strip())
    return " ".join(piece for piece in pieces if piece)


def _header_after(text: str, end: int, heading: str) -> int:
    """How many characters after a page's number repeat the document's `heading` up to its
    date (« Procès-verbal du conseil municipal du 12 juin 2025 »): a page's header."""
    taken = 0
    for word in re.finditer(r"\S+", text[end : end + _FOOTER_REACH]):
        if text[end : end + word.end()].strip() not in heading:
            break
        if any(c.isdigit() for c in word.group()) or text.startswith(
            text[end : end + word.end()].strip()
        ):
            taken = word.end()  # (a header ends with its date, or repeats the first words)
    return taken if len(text[end : end + taken].strip()) >= _HEADER_LEAST // 2 else 0


def without_flattened_page_furniture(text: str) -> str:
    """A flattened text without its pages' footers and headers, which fell inside lists and
    titles (« … partenariat avec Commune de X – Liste des délibérations du 12 juin 2025 – Page
    1/2 l'office de tourisme … »): the words before each page number that every page prints
    alike, or that end with the sitting's date, and after it a repeat of the heading."""
    lines = text.count("\n") + 1
    if lines > 1 and len(text) < _FLAT_LINE * lines:
        return text
    if "/" in text:
        text = _BARE_PAGE_OF.sub(_page_of_gone, text)
        text = _without_headed_pages_of(text)
    if "age " not in text:
        return text
    marks = [m for m in _FLAT_PAGE_MARK.finditer(text) if m.start() >= _HEADING_REACH // 4]
    if not marks:
        return text
    before = _footer_before(text, marks)
    if not before and not all("/" in m.group() or "sur" in m.group() for m in marks):
        return text  # (« page 3 » alone may be a report's words: only « Page 3/7 » goes alone)
    heading = text[: min(_HEADING_REACH, marks[0].start() - before)]
    pieces, last = [], 0
    for mark in marks:
        pieces.append(text[last : mark.start() - before].strip())
        last = mark.end()
        last += _header_after(text, last, heading)
    pieces.append(text[last:].strip())
    return " ".join(piece for piece in pieces if piece)


# The words clean looks for before its patterns (storage.parsing.present).
_MRNE = present.strings("Mrne")
_CIVILITIES = present.strings("Mme", "Mlle", "M.")
_AFTER_PARENTHESIS = present.strings(")M")
_DOTTED = present.strings("me.", "le.")


def _reads_plain(stripped: str) -> bool:
    """Whether clean keeps the stripped line as it is, whatever the text around it, unless a
    repeated header, a page's number alone or the préfecture's number of the text is the line:
    some text, no bullet, bar or dash to rewrite, no noise, page footer or stamp, not long."""
    return bool(
        stripped
        and len(stripped) <= 200
        and not (
            len(stripped) < 160
            and stripped[0] in _NOISE_FIRST
            and _NOISE_START.match(stripped)
            and _NOISE_LINE.fullmatch(stripped.lower())
        )
        and not stripped[-1].isdigit()
        and _BULLET_ANY.search(stripped) is None
        and not stripped.startswith("o ")
        and " o " not in stripped
        and "|" not in stripped
        and "age " not in stripped
        and "FECTURE" not in stripped
        and "fecture" not in stripped
        and "- " not in stripped
    )


_PLAIN_LINES = PerLine(_reads_plain)


def clean(
    raw: str,
    breaks: re.Pattern[str] | None = None,
    long_breaks: re.Pattern[str] | None = None,
) -> Text:
    """The text's lines, with noise removed, spaces made plain and cut words joined.

    `breaks` finds the cues before which a line is cut (a heading printed mid-line, or a text
    whose line breaks were all lost), so that every reader can work line by line;
    `long_breaks` cuts only lines too long to be one (a flattened text), at sentence starts.
    """
    text = without_markup(raw) if "<" in raw or "&" in raw else raw
    for odd, plain in _ODD_SPACES.items():
        if odd in text:  # str.translate is slow on the common text that has none
            text = text.replace(odd, plain)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    # (a text numbered line by line numbers its first line, or the first below its heading)
    if any(line.lstrip()[:1].isdigit() for line in text[:800].split("\n")[:8]):
        text = without_line_numbers(text)
    text = without_sparse_line_numbers(text)
    text = without_flattened_line_numbers(text)
    text = without_flattened_page_furniture(text)
    if "\x0b" in text:  # Word's line break inside a paragraph
        text = text.replace("\x0b", "\n")
    if holds_invisible(text):
        # A bidirectional override, a zero-width joiner or a BOM inside « GI\u202eRAUD » made
        # a member of another spelling, shown reversed wherever the name was printed.
        text = without_invisible(text)
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)  # « e » + combining acute, as one « é »
    text = latin_lookalikes(text)
    text = letters_joined(text)
    if "\n>" in text or text[:1] == ">":  # a quoted e-mail: « > 2025-014 Approbation … »
        text = _QUOTED.sub("", text)
    if present.holds(text, _MRNE):  # a scan's « m » read as « rn »: « Mrne Odile VIAL »
        text = _OCR_MME.sub(r"Mme\1", text)
    if present.holds(text, _CIVILITIES) and _GLUED_CIVILITY_GATE.search(text):
        text = _GLUED_CIVILITY.sub(r"M\1 ", text)
    if present.holds(text, _AFTER_PARENTHESIS):
        # « … (Saint-Just)M. Hervé FAYOLLE »: the next entry glued to a commune's parenthesis
        # (a column's gap lost): the civility opens a name of its own
        text = _GLUED_AFTER_PARENTHESIS.sub(") ", text)
    if present.holds(text, _DOTTED):  # « Mme. Léa MOUTON »: the civility as always written
        text = _DOTTED_CIVILITY.sub(r"\1 ", text)
    # Spaces once for the whole text: three and more were a column gap, kept as three. (Without
    # a function called at each run: the gaps are marked by a NUL, which the invisible
    # characters' removal above leaves in no text, then the runs of two are one space.)
    if "\x00" in text:
        text = _SPACES.sub(_gap, text)
    elif "  " in text:
        gaps = "   " in text
        if gaps:
            text = _COLUMN_SPACES.sub("\x00", text)
        text = text.replace("  ", " ")
        if gaps:
            text = text.replace("\x00", "   ")
    # (each bullet looked for as a substring: a character class is tried at every character)
    bullets = any(bullet in text for bullet in _BULLETS)
    o_bullets = "\no " in text or " o " in text or text.startswith("o ")
    bullets = bullets or o_bullets  # (a dash rewritten: every line asked, as for the others)
    source = text.split("\n")
    prefecture = prefecture_id(text) if "-" in text else None
    # What a line is looked for is first looked for in the whole text (one scan at C speed
    # instead of one per line); a bullet or a table's bars rewritten on a line may make a
    # dash, a space or a page's word, so with them every line is asked.
    bars = "|" in text
    rewritten = bullets or bars
    pages = rewritten or "age " in text
    stamps = "FECTURE" in text or "fecture" in text or prefecture is not None
    # (a stamp taken out of a line may join a dash to the space after it)
    dashes = rewritten or stamps or "- " in text
    stripped_source = [line.strip() for line in source]
    few_lines = len(source) <= 3
    cuts = _cuts_kept(breaks, long_breaks, few_lines)
    if "°" in text or "#" in text or ")" in text or "   " in text:
        _list_numbers_plain(stripped_source)
    headers, shaped = _repeated_headers(stripped_source)
    page_numbers = _page_numbers_alone(stripped_source)
    seen_headers: set[str] = set()
    footers: set[str] = set()  # a footer's words seen before a line glued to it
    through_break = False  # a page broke a list: blank lines until its next line are none
    lines: list[str] = []
    numbers: list[int] = []
    flattened = False
    for number, stripped in enumerate(stripped_source, start=1):
        shape = shaped[number - 1] if headers else ""
        if (
            not through_break
            and (not headers or shape not in headers)
            and number - 1 not in page_numbers
            and (prefecture is None or prefecture not in stripped)
            and _PLAIN_LINES[stripped]
        ):
            # (most lines: nothing of the line is noise or furniture, nothing to rewrite)
            for piece in cuts[stripped]:
                lines.append(piece)
                numbers.append(number)
            continue
        if bullets and _BULLET_ANY.search(stripped):
            stripped = _BULLET_START.sub("- ", stripped)
            stripped = _BULLET_INSIDE.sub(" - ", stripped).strip()
            shape = _DIGITS.sub("#", stripped) if headers else ""
        if o_bullets and (stripped.startswith("o ") or " o " in stripped):
            stripped = _O_BULLET.sub(_dash_for_o, stripped)
            shape = _DIGITS.sub("#", stripped) if headers else ""
        if bars and "|" in stripped and stripped.count("|") >= 2:
            rows = _run_on_rows(stripped) if stripped.count("|") >= 4 else None
            # (a flattened table's rows: one line each, read below as any line)
            stripped = "\n".join(rows) if rows else _table_row(stripped)
        was_text = bool(stripped)
        if stripped:
            if (
                len(stripped) < 160
                and stripped[0] in _NOISE_FIRST
                and _NOISE_START.match(stripped)
                and _NOISE_LINE.fullmatch(stripped.lower())
                and not (lines and _NUMBER_CUT.search(lines[-1]))
            ):
                stripped = ""
            elif headers and shape in headers:
                # (a page's number out of the pages ends a footer, never the heading: below the
                # heading's lines, its first time goes too)
                if shape in seen_headers or (number > 3 and _PAGE_OF.search(shape)):
                    stripped = ""
                seen_headers.add(shape)
            elif (
                stripped[-1].isdigit()
                # (its « / » or « sur » stands among the last characters: every other line
                # ending with a figure skips the pattern, tried at each of its characters)
                and ("/" in stripped[-6:] or "sur" in stripped[-9:])
                and _PAGE_OF_END.search(stripped)
                and _list_goes_on(lines)
                and is_page_footer(stripped)
            ):
                stripped = ""  # a short footer inside a list (« CM du 02/02/2024 – 1/3 »)
            elif number - 1 in page_numbers and _names_go_on(lines):
                # a page's number alone under a list's last name of the page (« Odile Vernet »
                # / « 1 » / header / « Alain Viallon »): the list goes on
                stripped = ""
                through_break = True
            elif through_break and stripped[-1].isdigit() and is_page_footer(stripped):
                # the next page's running header, under the page's number that broke a list
                # (« Page 1 / 3 » / « COMITÉ SYNDICAL DU 25/06/2021 »): the list goes on
                stripped = ""
            if (
                pages
                and "age " in stripped
                and len(stripped) <= 300  # a flattened text's footers: _PAGE_INLINE below
                and (page := _PAGE_MARK.search(stripped))
            ):
                # a page's footer (« Commune de X - Conseil du 6 mars 2025 – Page 1 / 4 »): its
                # page figures are no count, and a line the PDF glued after it is the text's
                # glued after it is the text's; its words stay only atop the first page
                after = stripped[page.end() :].strip(" -–—")
                footer = stripped[: page.start()].rstrip(" -–—")
                if after:
                    footers.add(footer)
                # alone, the footer's words stay the first time (they may be all that names
                # the sitting), as a repeated header's do
                stripped = after or ("" if footer in footers else footer)
                if not after and (_list_goes_on(lines) or _sentence_goes_on(lines)):
                    # a page break inside a list (« …, M. Gérard » / footer / « FAYOLLE, … »):
                    # the footer's words go, and the blank lines about it, the list goes on
                    stripped = ""
                    if lines and lines[-1] == "":
                        lines.pop()
                        numbers.pop()
                    through_break = True
            if stamps and (
                "FECTURE" in stripped
                or "fecture" in stripped
                or (prefecture and prefecture in stripped)
            ):
                stripped = _NOISE_INLINE.sub("", stripped).strip()
        if not stripped:
            if was_text and (_list_goes_on(lines) or _sentence_goes_on(lines)):
                # a repeated header or footer inside a list, or a sentence cut after « de »
                if lines[-1] == "":
                    lines.pop()
                    numbers.pop()
                through_break = True
            if was_text or through_break or (lines and lines[-1] == ""):
                # Noise goes without a trace: a page break must not cut a list in two.
                continue  # one blank line says all a run of them says
            lines.append("")
            numbers.append(number)
            continue
        through_break = False
        if len(stripped) > 400 or (len(stripped) > 200 and len(source) == 1):
            flattened = True  # (a short text printed on one line lost its breaks too)
        if len(stripped) > 200 and "/" in stripped:
            # (before the cut words are joined: « M. Jean- [footer] Pierre MASSON »)
            stripped = _without_fraction_footers(stripped)
        if dashes and "- " in stripped:
            stripped = join_inline_cuts(stripped)
        if len(stripped) > 200 and ("Page" in stripped or "page" in stripped):
            # a flattened text keeps its page footers inline: « … – Page 2 / 3 … »
            stripped = _without_inline_footers(stripped)
        for row in stripped.split("\n") if "\n" in stripped else (stripped,):
            for piece in cuts[row]:
                lines.append(piece)
                numbers.append(number)
    if "-" in text:
        _join_cut_words(lines, numbers, text)
    while lines and lines[0] == "":
        lines.pop(0)
        numbers.pop(0)
    return Text(lines, numbers, prefecture_id=prefecture, flattened=flattened)


# A member's number in a numbered list, however it is written (« n° 3 », « N°3 - », « #3 »,
# « c) », « 3. » then a column's gap), before a name: a civility, or a surname in capitals
# beside a given name.
_LIST_NUMBERING = re.compile(
    r"(?:(?P<numero>[Nn] ?[°º] ?|#)(?P<figure>\d{1,3})(?: ?[-–—.)])?"
    r"|(?P<letter>[a-z])\)|(?P<gapped>\d{1,3})[.)°]?(?=   ))"
    rf" ++(?=(?:M\.|MM\.|Mmes?|Mlle|Monsieur|Madame) [{UPPER}]"
    rf"|[{UPPER}][{UPPER}'’-]+ [{UPPER}][{LOWER}]|[{UPPER}][{LOWER}'’-]+ [{UPPER}][{UPPER}'’-])"
)
# The same numbers inside a line (a list run into a paragraph, or flattened): after a comma,
# a semicolon, a colon or a full stop.
_LIST_NUMBERING_INSIDE = re.compile(r"(?:(?<=^)|(?<=[,;:.] ))" + _LIST_NUMBERING.pattern)


def _numbering_value(match: re.Match[str]) -> int:
    if match["letter"]:
        return ord(match["letter"]) - ord("a") + 1
    return int(match["figure"] or match["gapped"])


def _list_numbers_plain(lines: list[str]) -> None:
    """A numbered list's numbers written one way, « 3. » (the way every list reader knows),
    in place: « n° 3 M. Paul VIDAL », « #3 VIDAL Paul », « c) Mme Rose ROUX », « 3.⇥M. … ».
    Only numbers that follow one another (3 then 4, on lines near each other or in one line)
    are a list's: « n° 2024 » or a lone « a) » stays as printed."""
    found: list[tuple[int, int, re.Match[str]]] = []  # line, value, match
    for at, line in enumerate(lines):
        if not line or len(line) > 400 or not (line[0] in "Nn#" or line[0].isalnum()):
            if len(line) > 40 and ("°" in line or "#" in line):
                _inline_numbers_plain(lines, at)
            continue
        first = line[0]
        if (
            # (what _LIST_NUMBERING opens on, asked first: most lines open on a name or a word)
            (first in "Nn#" or first.isdigit() or ("a" <= first <= "z" and line[1:2] == ")"))
            and (match := _LIST_NUMBERING.match(line)) is not None
        ):
            found.append((at, _numbering_value(match), match))
        elif len(line) > 40 and ("°" in line or "#" in line):
            _inline_numbers_plain(lines, at)
    for k, (at, value, match) in enumerate(found):
        near = [
            other
            for other, other_value, _ in (*found[max(0, k - 1) : k], *found[k + 1 : k + 2])
            if abs(other - at) <= 3 and abs(other_value - value) == 1
        ]
        if near:
            lines[at] = f"{value}. {lines[at][match.end() :].lstrip()}"


def _inline_numbers_plain(lines: list[str], at: int) -> None:
    """_list_numbers_plain inside one line: « Présents : n°1 M. Jean ROUX, n°2 Mme … »."""
    line = lines[at]
    matches = [m for m in _LIST_NUMBERING_INSIDE.finditer(line) if m["numero"] or m["letter"]]
    if len(matches) < 2:
        return
    values = [_numbering_value(m) for m in matches]
    if any(b - a != 1 for a, b in itertools.pairwise(values)):
        return
    pieces: list[str] = []
    last = 0
    for match, value in zip(matches, values, strict=True):
        pieces.append(line[last : match.start()])
        pieces.append(f"{value}. ")
        last = match.end()
    pieces.append(line[last:])
    lines[at] = "".join(pieces)


def _page_numbers_alone(lines: list[str]) -> set[int]:
    """The lines that are a page's number alone (« 1 », « - 2 - », « 3/4 »): the first page's
    « 1 », or a number one above the previous page's, many lines below it; a figure alone
    elsewhere (a table's cell, a count) is none."""
    found: set[int] = set()
    last: tuple[int, int] | None = None  # the previous page number's line and value
    for at, line in enumerate(lines):
        if not line or len(line) > 12 or (not line[-1].isdigit() and line[-1] not in "-–—"):
            continue
        if (
            _PAGE_NUMBER_ALONE.match(line) is None
            or (figures := _FIRST_FIGURES.search(line)) is None
        ):
            continue
        value = int(figures.group())
        if value == 1 or (last is not None and value == last[1] + 1 and at - last[0] >= 8):
            found.add(at)
            last = (at, value)
    return found


_FIRST_FIGURES = re.compile(r"\d{1,3}")
# A member's line as « Prénom Nom » in a list of one name a line (« Odile Vernet »,
# « Fabrice Faure-Brunel »).
_FIRST_NAME_LINE = re.compile(
    rf"^[{UPPER}][{LOWER}'’-]+(?:[ -](?:de |du |la |le )?[{UPPER}][\w'’]+){{1,3}}$"
)


def _names_go_on(lines: list[str]) -> bool:
    """_list_goes_on, or a list of « Prénom Nom » a line (two such lines last)."""
    if _list_goes_on(lines):
        return True
    written = [line for line in lines[-2:] if line]
    return len(written) == 2 and all(_FIRST_NAME_LINE.match(line) for line in written)


def _list_goes_on(lines: list[str]) -> bool:
    """Whether the last line written is a list that goes on (« …, M. Paul DUVERNAY, M. Gérard »
    or a comma at its end, or a name a line under a cue or another name): a page's footer
    there broke it."""
    last = lines[-1] if lines and lines[-1] else lines[-2] if len(lines) > 1 else ""
    if bool(last) and (last[-1] == "," or (last[-1].isalpha() and "," in last)):
        return True
    written = [line for line in lines[-3:] if line]
    return len(written) >= 2 and any(
        entry.match(written[-1]) is not None
        and (entry.match(written[-2]) is not None or written[-2].endswith(":"))
        for entry in (_NAME_LINE, _PROXY_LINE, _NAMES_ROW)
    )


# A member's line in a list of one name a line: « Mme FABRE Lucie », « - M. Tom GARCIA »,
# whatever numbers it (« 8. », « 8) », « 08 - », « n° 8 ») and with what may follow the name:
# a commune or a group in parentheses, a function after a comma (« M. Jean ROUX (Brézé) »,
# « 12. PRAT Louise, adjointe »).
_NAME_LINE = re.compile(
    r"^(?:- |(?:[Nn]° ?)?\d{1,3}(?:[.)]| ?[-–]) ?)?"
    rf"(?:(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame) [{UPPER}][\w'’ .-]{{1,60}}"
    rf"|[{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+)? [{UPPER}][{LOWER}'’-]+"
    rf"(?:-[{UPPER}][{LOWER}'’-]+)?)"
    r"(?: ?\([^()]{1,60}\)|, [A-Za-zÀ-ÿŒœ'’ -]{2,40})?$"
)


# A row of a list printed in two columns, each entry led by its civility (« M. Morin   Mme
# Lévêque »).
_NAMES_ROW = re.compile(
    r"^(?:M\.|Mme|Mlle|Monsieur|Madame) [^:;]{1,80}?"
    r"   (?:M\.|Mme|Mlle|Monsieur|Madame) [^:;]{1,80}$"
)
# A proxy of a list of one a line: « Luc FAVIER → Armand BENALI », « - M. Guy ROUX à M. Paul
# FAYE », « ROUX Guy donne pouvoir à FAYE Paul ».
_PROXY_LINE = re.compile(
    rf"^(?:- )?(?:M\.|Mme|Monsieur|Madame|[{UPPER}])[^:;]{{1,60}}?"
    rf" (?:→|->|=>|à|donne pouvoir à|a donné pouvoir à) (?:M\.|Mme|Monsieur|Madame|[{UPPER}])"
    r"[^:;]{1,60}$"
)


# The words a sentence never ends on (« … au club de » / page break / « football »).
_OPEN_WORDS = frozenset(
    [
        "de",
        "du",
        "des",
        "d",
        "la",
        "le",
        "les",
        "l",
        "à",
        "au",
        "aux",
        "et",
        "ou",
        "pour",
        "par",
        "en",
        "sur",
        "avec",
    ]
)


def _sentence_goes_on(lines: list[str]) -> bool:
    """Whether the last line written stops on a word no sentence ends with (« de », « au »,
    « pour »): a page's header or footer cut it, the text goes on after."""
    last = lines[-1] if lines and lines[-1] else lines[-2] if len(lines) > 1 else ""
    word = last.rsplit(" ", 1)[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1]
    return word in _OPEN_WORDS or last.endswith(("'", "’"))


# A word in capitals before an act's number (« DEL 2024-088 », « GAY 2025-040 »): the act's
# prefix, unless the word is a person's surname, right after a civility and a given name
# (« Mme Lise GAY 2025-040 Tarifs … »: the secretary's name, then the act's number).
_CAPITALS_BEFORE_FIGURE = re.compile(rf"([{UPPER}][{UPPER}'’-]{{1,30}}) (?=[A-Z]{{0,8}}[._/-]?\d)")
_PREFIX_ALONE = re.compile(r"[A-Z]{2,8} ")
# An item's number alone before its title: « 2. », « 3) », « 4 - », « 5° »
# (a proxy's word, which titles acts too: « Délégations au maire », « Pouvoirs de police »)
_PROXY_WORD_TITLE = cues.plain(r"(?i:pouvoirs?|procurations?|d[ée]l[ée]gations?|mandats?)\b")
_ITEM_NUMBER_ALONE = cues.plain(r"\s*\d{1,3}\s?(?:[.)°]|[-–—])\s*")
# (flattened: after the sentence that ended the item before, « … adopté. 2. Délégations »)
_ITEM_NUMBER_AFTER_SENTENCE = cues.plain(r"[.!?;]\s{1,2}\d{1,3}\s?(?:[.)°]|[-–—])\s*$")
_WORD_BEFORE_FIGURE = re.compile(rf"[{UPPER}][{UPPER}'’-]{{1,30}} $")
_CIVILITY_GIVEN = re.compile(
    r"(?:\bM\.|\bMM\.|\bMmes?|\bMlle|\bMonsieur|\bMadame|\bDocteur|\bDr\.?)"
    rf" (?:[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)? )?"
    # (a surname's particles before its last word: « Mme Anne LE GALL », « M. Jan VAN DER BERG »)
    r"(?:(?:LE|LA|LES|DE|DU|DES|DI|DA|DOS|DAS|VAN|VON|DER|DEN|MAC|SAINT|SAINTE) ){0,3}$"
)


def _surname_first(line: str, at: int) -> int:
    """Where a cue found at `at` really starts: after a surname in capitals it took for an
    act's prefix."""
    word = _CAPITALS_BEFORE_FIGURE.match(line, at)
    if word is None or not _CIVILITY_GIVEN.search(line, max(0, at - 40), at):
        return at
    return word.end()


def _after_surname(line: str, at: int) -> bool:
    """Whether the word in capitals before `at` is a person's surname (« Mme Lise GAY »)."""
    word = _WORD_BEFORE_FIGURE.search(line, max(0, at - 40), at)
    return (
        word is not None
        and _CIVILITY_GIVEN.search(line, max(0, word.start() - 40), word.start()) is not None
    )


# The pieces each line was cut into, for each pair of patterns and length of text (a line's
# pieces depend on the line alone).
_PIECES: dict[tuple[int, int, bool], tuple[object, object, PerLine[tuple[str, ...]]]] = {}


def _cuts_kept(
    breaks: re.Pattern[str] | None, long_breaks: re.Pattern[str] | None, few_lines: bool
) -> PerLine[tuple[str, ...]]:
    """Each line's pieces (_cut_line), asked once per line with these patterns."""
    key = (id(breaks), id(long_breaks), few_lines)
    kept = _PIECES.get(key)
    if kept is None or kept[0] is not breaks or kept[1] is not long_breaks:
        cut = functools.partial(
            _cut_line, breaks=breaks, long_breaks=long_breaks, few_lines=few_lines
        )
        kept = _PIECES[key] = (breaks, long_breaks, PerLine(cut))
    return kept[2]


def _cut_line(
    line: str,
    breaks: re.Pattern[str] | None,
    long_breaks: re.Pattern[str] | None,
    few_lines: bool,
) -> tuple[str, ...]:
    """The line cut before each cue of `breaks`, then each piece before each of `long_breaks`
    when the line may be several (a long line, a text of a few lines, an item's heading run
    on after a sentence)."""
    # Every cue of `breaks` ends with a colon: a line without one has none to cut at.
    pieces = _cut(line, breaks) if breaks is not None and ":" in line else [line]
    if long_breaks is not None and (
        len(line) > 200
        or few_lines
        # the act's word first: most lines have none and skip the pattern
        or (("lib" in line or "LIB" in line) and _ITEM_WITH_ACT.match(line))
        or (
            ("°" in line or "- " in line or "– " in line or ": " in line)
            and _ITEM_AFTER_SENTENCE.search(line, 1)
        )
    ):
        pieces = [cut for piece in pieces for cut in _cut(piece, long_breaks)]
    return tuple(pieces)


# An item's ordinal after what ended the item before, even with no stop: a sentence, an
# outcome's word, a vote's last figure (« … Abstention : 0 2 - », « … l'unanimité 3. »); never
# a count's figure after its colon (« En exercice : 15 - Conseillers présents : 12 »), a
# vote's after its label (« Contre 0 – Abstention 2 »), an hour's (« à 20 h 40. »).
_ORDINAL_AFTER_AN_END = cues.plain(
    r"(?:(?<=\d)|(?<=[.!?;»])|(?i:(?<=nimit[ée])|(?<=dopt[ée])|(?<=dopt[ée]e)|(?<=ejet[ée])"
    r"|(?<=ejet[ée]e)|(?<=acte))) \d{1,3} ?(?:[.)°]|[-–—]) $"
)


_NONE_LISTED = frozenset(("néant", "neant", "aucun", "aucune", "sans", "personne", "non"))


def _titled_by_cue(line: str, start: int, at: int, end: int) -> bool:
    """Whether the cue found at `at` opens the title an item's ordinal stands before: more
    words come between the cue's word and its colon (« … 0 2 - Commune de Vaux : fonds de
    concours », « … adopté 3. Conseillers délégués : indemnités »), where a list's cue has
    its colon next (« … 0 2 - Pouvoirs : … » is cut)."""
    colon = line.find(":", end, end + 60)
    if colon == -1 or ". " in line[end:colon]:
        return False
    if not line[end:colon].strip():
        # the colon next, a title's words after it in lower case (« … 0 2 - Adjoints :
        # indemnités »), never a list's word (« Pouvoirs : néant »)
        said = line[colon + 1 : colon + 30].split()
        if not said or not said[0][:1].islower() or said[0].strip(".,;") in _NONE_LISTED:
            return False
    if at - start < 8 and _ITEM_NUMBER_ALONE.fullmatch(line, start, at):
        return True
    return _ORDINAL_AFTER_AN_END.search(line, max(start, at - 8), at) is not None


def _cut(line: str, breaks: re.Pattern[str]) -> list[str]:
    """The line cut before each cue found in it (never at its very start)."""
    pieces: list[str] = []
    start = 0
    named = "after_name" in breaks.groupindex
    for match in breaks.finditer(line):
        at = match.start()
        if named and match.group("after_name") is not None and not _after_surname(line, at):
            continue
        if line[at : at + 1].isupper():
            at = _surname_first(line, at)
        if at <= start or (at - start < 10 and _PREFIX_ALONE.fullmatch(line, start, at)):
            continue  # (« DEL » / « 2025-012 Tarifs … »: an act's prefix stays with its number)
        if _PROXY_WORD_TITLE.match(line, at) and (
            (at - start < 8 and _ITEM_NUMBER_ALONE.fullmatch(line, start, at))
            or (at - start > 8 and _ITEM_NUMBER_AFTER_SENTENCE.search(line, at - 9, at))
        ):
            continue  # (« 2. Délégations au maire : adopté … »: an item titled by a cue's word)
        if _titled_by_cue(line, start, at, match.end()):
            continue
        piece = _TRAILING_BULLET.sub("", line[start:at].strip())
        if piece:
            pieces.append(piece)
        start = at
    rest = line[start:].strip()
    if rest:
        pieces.append(rest[:_LONGEST_LINE] if len(rest) > _LONGEST_LINE * 4 else rest)
    return pieces or [line]


# Line-final hyphens that belong to a compound, not to a typesetter's cut: « vice- » /
# « président », « accord- » / « cadre », « c'est-à- » / « dire », « peut- » / « être ».
_FIRST_HALVES = (
    "vice sous demi semi mi non ex arrière avant contre grand grande belle beau "
    "porte après au aux quasi auto extra post pré pro bien chef hors état états "
    "nord sud est ouest franco basse haute haut bas rez ci là socio médico garde aide sans "
    "maître centre tout procès rendez savoir arc micro inter multi euro ultra infra "
    # numbers written out: « dix- » / « huit », « vingt- » / « et-un »
    "un deux trois quatre cinq six sept huit neuf dix onze douze seize vingt trente quarante "
    "cinquante soixante cent mille mil"
)
_COMPOUND_FIRST = frozenset(_FIRST_HALVES.split())
_SECOND_HALVES = (
    "cadre cadres être midi ci là même mêmes uns unes dessus dessous dire delà "
    "président présidente présidents présidentes conseil conseils maire maires "
    "adjoint adjointe adjoints adjointes il elle ils elles on t "
    "clé clés type types relais pilote pilotes école écoles mer verbal verbaux vous faire "
    "ville villes bourg lieu bas haut temps joint jointe joints jointes après fait social "
    "sociale sociaux culturel culturelle culturels être "
    "et un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze "
    "quinze seize vingt vingts trente quarante cinquante soixante cent cents mille"
)
_COMPOUND_SECOND = frozenset(_SECOND_HALVES.split())
# The cues' words a compound's first half begins (« pré- », « pro- »): cut there, they are one
# word again, never « pré-sents ».
_CUT_CUES = ("présen", "présid", "procura")


def _is_cut(head: str, tail: str) -> bool:
    """Whether « head- » / « tail » is one word cut at a line's end (then the hyphen goes):
    both halves in lower case (a name, « Jean- » / « Luc », « Saint- » / « Etienne », keeps
    it) and not a compound the language writes with a hyphen."""
    first = head.rsplit("-", 1)[-1].rsplit("'", 1)[-1].rsplit("’", 1)[-1].lstrip('(«["')
    # « Car- » / « pentier »: a name's part goes on in capitals (« Jean- » / « Luc »), a word
    # cut in two in lower case
    capitalised = first[:1].isupper() and first[1:].islower()
    if not first or not (first.islower() or capitalised) or not first.isalpha():
        return False
    if not tail or not tail[0].islower():
        return False
    word = tail.split("-", 1)[0]
    joined = (first + word).lower()
    if any(joined.startswith(stem) and len(first) < len(stem) for stem in _CUT_CUES):
        return True  # « Pré- » / « sents : », « pro- » / « curation »: a cue's word, cut
    return first.lower() not in _COMPOUND_FIRST and word not in _COMPOUND_SECOND


# Given names printed in capitals keep their hyphen when cut there: « JEAN- » / « LUC ».
_GIVEN_NAMES = (
    "JEAN LUC PAUL MARC PIERRE MARIE ANNE LOUIS LOUISE CLAUDE JACQUES FRANÇOIS FRANÇOISE "
    "NOËL NOEL GUY ROSE RENÉ RENE YVES JOSÉ JOSE PHILIPPE MICHEL MICHÈLE CHRISTOPHE "
    "CHRISTINE HÉLÈNE HELENE FRANCE LAURE CLAIRE SOPHIE ODILE PASCAL ÉRIC ERIC ALAIN "
    "BAPTISTE ANTOINE DOMINIQUE GEORGES HENRI ANDRÉ ANDRE EMMANUEL"
)
_GIVEN_HALVES = frozenset(_GIVEN_NAMES.split())
# A place's first word keeps it before the cut (« SAINT- » / « PAL-DE-MONS »), a particle or a
# place's link word after it (« CHAZELLES- » / « SUR-LYON », « GAY- » / « DE LA TOUR »); a
# particle before the cut is a syllable (« DE- » / « COURT », « LA- » / « VEST »): a name's
# particle is followed by a space, never a hyphen.
_PLACE_FIRST = "SAINT SAINTE SAINTS SAINTES NOTRE"  # (« VILLE- » / « NEUVE » is VILLENEUVE)
_LINK_WORDS = "SUR SOUS LES LE LA DE DU DES EN ET AUX AU LÈS LEZ"
_KEPT_BEFORE = _GIVEN_HALVES | frozenset(_PLACE_FIRST.split())
_KEPT_AFTER = _GIVEN_HALVES | frozenset(_LINK_WORDS.split())


def capitals_cut(head: str, tail: str) -> bool:
    """Whether « BIAN- » / « CHI » is one name in capitals cut by the typesetter (then
    BIANCHI), not a double name cut at its hyphen (« MICHAUD- » / « FARIGOULE »): a part of
    three letters or less (« LA- » / « VEST », « MAR- » / « CHAND ») or a doubled consonant
    across the cut of a short part (« VIAL- » / « LARD ») is a syllable; a given name, a
    place's word or a particle is no part of a cut (« JEAN- » / « LUC », « SAINT- » /
    « PAL », « CHAZELLES- » / « SUR-LYON »)."""
    if head in _KEPT_BEFORE or tail in _KEPT_AFTER:
        return False
    if min(len(head), len(tail)) <= 3:
        return True
    doubled = head[-1] == tail[0] and head[-1] not in "AEIOUY"
    return doubled and min(len(head), len(tail)) <= 4


# In a flattened text the cut stands mid-line: « la délibé- ration ».
_CUT_INLINE = re.compile(r"-(?<=[A-Za-zÀ-ÿŒœ]-) (?=[A-Za-zÀ-ÿŒœ])")  # (a scan for the dash)
_WORD_BEFORE = re.compile(r"[\w'’-]{1,40}$")
_WORD_AFTER = re.compile(r"[\w'’-]{1,40}")


# A roman figure (up to 39) opening an item's heading: « IV- Tarifs » (never a name's part).
_ROMAN_HEADING = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_CIVILITY_END = re.compile(r"(?:\bM\.|\bMme|\bMlle|\bMonsieur|\bMadame) ?$")


def join_inline_cuts(line: str) -> str:
    """« la délibé- ration » → « la délibération », compounds and names left alone."""
    if "- " not in line:
        return line
    pieces: list[str] = []
    start = 0
    for match in _CUT_INLINE.finditer(line):
        before = _WORD_BEFORE.search(line, max(0, match.start() - 40), match.start())
        after = _WORD_AFTER.match(line, match.end())
        if before is None or after is None or before.end() != match.start():
            continue
        head, tail = before.group(), after.group()
        if _ROMAN_HEADING.fullmatch(head) and not _CIVILITY_END.search(line, 0, before.start()):
            continue  # « VI- Budget primitif »: an item's roman figure and its title
        cut = _is_cut(head, tail)
        last = head.rsplit("-", 1)[-1]
        first = tail.split("-", 1)[0]
        if last.isupper() and first.isupper() and last.isalpha() and first.isalpha():
            cut = capitals_cut(last, first)  # « BIAN- CHI », « MICHAUD- FARIGOULE »
        # a compound in lower case, or a name in capitals (« Jean- Luc », « DU- PONT »)
        name = head.rsplit("-", 1)[-1][:1].isupper() and tail[0].isupper()
        if cut or name or (head[-1].islower() and tail[0].islower()):
            # a cut word is joined; a compound cut at its hyphen gets its hyphen back
            pieces.append(line[start : match.start()] + ("" if cut else "-"))
            start = match.end()
    if not pieces:
        return line
    pieces.append(line[start:])
    return "".join(pieces)


# A name in capitals cut at a line's end (« M. Olivier BIAN- » / « CHI, Maire »).
_CUT_CAPITALS = re.compile(rf"(?:^|[\s'’(-])([{UPPER}]{{2,}})-$")
_NEXT_CAPITALS = re.compile(rf"^([{UPPER}]{{2,}})(?![{LOWER}])")
# A capitalised name cut at its own hyphen (« Mme Marie- » / « Christine BORY », « Saint- » /
# « Etienne »): the line goes on with the rest of the name.
_CUT_GIVEN = re.compile(rf"(?:^|[\s'’(])[{UPPER}][{LOWER}]{{1,20}}-$")
_NEXT_GIVEN = re.compile(rf"^([{UPPER}][{LOWER}]{{1,20}})\b")
# The rest of a line after a cut word goes up with it when it is this short and opens no
# block nor goes on with a list (no colon, no comma): a title's last words (« ur- » /
# « banisme – approbation »), a sentence's end (« BIAN- » / « CHI quitte la séance. »), so
# that each reader finds it whole on one line.
_SHORT_REST = 40
# (never a civility's full stop: « prési- » / « dence de M. Serge BRUNEL, Maire. »)
_SENTENCE_STOP = re.compile(rf"(?<!\bM)(?<!\bMM)(?<!\bMme)(?<!\bMlle)\.\s(?=[{UPPER}])")


# A name printed with its hyphen on one line (« LA-VEST »), bounded so that a long run of
# capitals is scanned once.
_CAPITALS_PAIR = re.compile(rf"(?<![{UPPER}])([{UPPER}]{{2,40}})-([{UPPER}]{{2,40}})")
_CAPITALS_WORD = re.compile(rf"(?<![\w-])[{UPPER}]{{4,80}}(?![\w-])")


def _goes_on(parts: list[str], rest: str) -> bool:
    """Whether the line after a cut word goes on with the cut line's sentence, whatever its
    length: its rest opens with the cue's colon or the list's comma (« Pré- » / « sents : M. X,
    … », « M. Cyril DEL- » / « MAS, Mme … »), or the cut line left a parenthesis open
    (« (pou- » / « voir à Mme X), … »). Then the cue, the list or the proxy is read whole."""
    if rest[:1] in ":,;)":
        return True
    head = "".join(parts)
    return head.count("(") > head.count(")")


def _join_cut_words(lines: list[str], numbers: list[int], text: str = "") -> None:
    """« délibé- » / « ration » → « délibération » on the first line. The hyphen stays when
    it joins a compound (« accord- » / « cadre ») or a name (« Jean- » / « Luc »): then
    « Jean-Luc » is still read whole; a name in capitals loses it when the cut is a
    syllable's (`capitals_cut`, unless `text` prints the name with its hyphen elsewhere). A
    line the cut word emptied goes (it was no blank). One pass: each joined line is kept as
    its parts, and only its end is looked at."""
    if "-\n" not in "\n".join(lines):
        return  # no line ends with a hyphen before another: nothing is cut
    out: list[list[str]] = []
    out_numbers: list[int] = []
    printed: set[tuple[str, str]] | None = None  # names printed with their hyphen
    whole: set[str] | None = None  # the words in capitals printed whole
    for line, number in zip(lines, numbers, strict=True):
        last = out[-1][-1] if out else ""
        if last.endswith("-") and line:
            end = last[-60:]
            cut: bool | None = None
            match: re.Match[str] | None = None
            if _CUT_WORD.search(end[-2:]) and (match := _NEXT_WORD.match(line)):
                cut = _is_cut(end[:-1].rsplit(" ", 1)[-1], match.group(1))
            elif _CUT_GIVEN.search(end) and (match := _NEXT_GIVEN.match(line)):
                cut = False  # « Marie- » / « Christine BORY »: a given name, read whole
            elif (capitals := _CUT_CAPITALS.search(end)) and (match := _NEXT_CAPITALS.match(line)):
                if printed is None:
                    printed = set(_CAPITALS_PAIR.findall(text))
                head, tail = capitals.group(1), match.group(1)
                cut = capitals_cut(head, tail) and (head, tail) not in printed
                if not cut and (head, tail) not in printed:
                    # (« FOUR- » / « NIER » where the name is printed whole elsewhere:
                    # « … donne pouvoir à M. Paul FOURNIER »)
                    if whole is None:
                        whole = set(_CAPITALS_WORD.findall(text))
                    cut = head + tail in whole
            if cut is not None and match is not None:
                if cut:
                    out[-1][-1] = last[:-1]
                rest = line[match.end() :]
                if (len(rest) <= _SHORT_REST and ":" not in rest and "," not in rest) or (
                    _goes_on(out[-1], line[match.end(1) :].lstrip())
                ):
                    out[-1].append(line)
                    continue  # the joined line may end with a cut word again
                # the cut sentence's end, before another begins on the line (« banisme –
                # approbation. Rapporteur : M. X »)
                stop = _SENTENCE_STOP.search(rest, 0, _SHORT_REST + 2)
                taken = match.end() + (stop.end() if stop else 0)
                if stop and ":" not in rest[: stop.end()] and "," not in rest[: stop.end()]:
                    out[-1].append(line[:taken].rstrip())
                    line = line[taken:]
                    if line:
                        out.append([line])
                        out_numbers.append(number)
                    continue
                out[-1].append(line[: match.end()].rstrip())
                line = rest
                if not line:
                    continue
        out.append([line])
        out_numbers.append(number)
    lines[:] = ["".join(parts) for parts in out]
    numbers[:] = out_numbers
