"""Money a deliberation grants, read from its own text: a subsidy attributed in a sentence
(« attribue une subvention de 12 000 € à l'association X pour … »), a list of beneficiaries
under its cue (« les subventions suivantes : » then « - Club Y : 800 € »), a table (« Association
| Objet | Montant », « Axe | Action | Porteur | Coût total | Participation »), or an action's
fields labelled one by one (« Porteur : … – Coût total : … – Participation : … »).

Each reader needs both a beneficiary (or an action) and an amount it can point at, under a
word that grants: a text that only mentions money (« le coût de l'opération est de 45 000 € »,
« sollicite une subvention de l'État ») gives nothing. Amounts as councils print them:
« 12 500,00 € », « 12.500 € », « 12 500 euros », « 12 k€ », « 1,5 M€ ».

Every pattern here is bounded or anchored on a literal word, and each reader is gated by
literal words, so a text with no euro sign costs one `in` test.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from storage.documents import FundedActionRecord
from storage.names import fold
from storage.parsing.common import UPPER, PerLine, _lower, _normalise, _places

# -- amounts ----------------------------------------------------------------------------------

_UNIT = r"(?:k\s?€|K\s?€|M\s?€|m€|€|euros?\b|EUROS?\b|EUR\b)"
# « 12 500,00 € », « 12.500 € », « 12500 € », « 12 k€ », « 1,5 M€ », « 4 500,00 euros »
AMOUNT = rf"(?<![\d.,])(?:\d{{1,3}}(?:[ .]\d{{3}})+|\d{{1,9}})(?:,\d{{1,2}})?\s?{_UNIT}"
_AMOUNT = re.compile(
    rf"(?<![\d.,])(?P<whole>\d{{1,3}}(?:[ .]\d{{3}})+|\d{{1,9}})(?:,(?P<decimals>\d{{1,2}}))?"
    rf"\s?(?P<unit>{_UNIT})"
)


def parse_amount(text: str) -> Decimal | None:
    """The first amount printed in `text`, in euros; None when there is none."""
    match = _AMOUNT.search(text)
    if match is None:
        return None
    whole = match.group("whole").replace(" ", "").replace(".", "")
    decimals = match.group("decimals")
    try:
        value = Decimal(f"{whole}.{decimals}" if decimals else whole)
    except InvalidOperation:
        return None
    unit = match.group("unit").replace(" ", "")
    if unit[:1] in "kK":
        value *= 1000
    elif unit[:1] == "M" or unit == "m€":
        value *= 1_000_000
    return value


def _has_money(text: str) -> bool:
    return "€" in text or "euro" in text or "EURO" in text or "EUR" in text


# -- what a word names ------------------------------------------------------------------------

_CARRIER_WORDS = (
    r"porteurs?|b[ée]n[ée]ficiaires?|associations?|structures?|organismes?|attributaires?"
    r"|clubs?|op[ée]rateurs?|partenaires?|d[ée]nomination|raison sociale|nom de l.association"
)
_TITLE_WORDS = (
    r"actions?|objets?|projets?|intitul[ée]s?|op[ée]rations?|manifestations?|nature de l.aide"
    r"|destination|motif"
)
_AXIS_WORDS = r"axes?|th[ée]matiques?|volets?|orientations?"
_TERRITORY_WORDS = r"territoires?|quartiers?|communes?|lieux?|secteurs?"
_COST_WORDS = r"co[ûu]ts?|budgets?|d[ée]penses?"
_CONTRIBUTION_WORDS = (
    r"montants?|subventions?|participations?|aides?|contributions?|sommes?|financements?"
    r"|dotations?"
)
# One pattern for every field, tried in this order (one match a cell, its group names it).
_FIELD = re.compile(
    rf"(?:(?P<carrier>{_CARRIER_WORDS})|(?P<axis>{_AXIS_WORDS})|(?P<territory>{_TERRITORY_WORDS})"
    rf"|(?P<cost>{_COST_WORDS})|(?P<contribution>{_CONTRIBUTION_WORDS})|(?P<title>{_TITLE_WORDS}))"
    r"\b",
    re.IGNORECASE,
)


def _field_of(label: str) -> str | None:
    """Which field a column's header or a label names (« Coût total » → cost)."""
    return _FIELDS[label]


def _field_named(label: str) -> str | None:
    label = label.strip(" :-–—.")
    if not label or len(label) > 60:
        return None
    match = _FIELD.match(label)
    return match.lastgroup if match else None


# (asked of each cell and label of each document, a council's table headers are the same in
# its every document: each asked once, the long alternation in any case tried once)
_FIELDS: PerLine[str | None] = PerLine(_field_named)


_TOTAL = re.compile(r"^\s*(?:sous[-\s]?)?total\b|^\s*montant total\b", re.IGNORECASE)

# -- a record being filled ----------------------------------------------------------------------


@dataclass(slots=True)
class _Draft:
    title: str | None = None
    carrier: str | None = None
    axis: str | None = None
    territory: str | None = None
    cost: Decimal | None = None
    contribution: Decimal | None = None

    def record(self, act: str | None, programme: str | None) -> FundedActionRecord | None:
        """The action, when it names whom or what it funds and how much; else nothing."""
        if self.contribution is None and self.cost is None:
            return None
        if not (self.carrier or self.title):
            return None
        return FundedActionRecord(
            title=self.title or f"Subvention à {self.carrier}",
            programme=programme,
            axis=self.axis,
            carrier=self.carrier,
            territory=self.territory,
            cost=self.cost,
            contribution=self.contribution if self.contribution is not None else self.cost,
            act=act,
        )


def _clean_name(text: str) -> str | None:
    """A beneficiary or an object as printed, without its article and trailing punctuation."""
    text = _normalise(text).strip(" ,;:.-–—")
    text = re.sub(r"^(?:l['’]\s?|la |le |les )", "", text)  # « à l'association X »
    if sum(c.isalpha() for c in text) < 2:
        return None
    return text[:1].upper() + text[1:]


# -- tables ---------------------------------------------------------------------------------------

# (the cleaned text has no run of more than three spaces: a gap is three, a bar's one each side)
_GAP = re.compile(r"   | ?\| ?")


def _cells(line: str) -> list[str]:
    return [cell for cell in (c.strip() for c in _GAP.split(line.strip(" |"))) if cell]


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _header_field(cell: str) -> str | None:
    """The field a header's cell names: a few words, no figure but a year (« Montant 2025 »);
    « Axe 1 - Emploi » is a row's cell."""
    field = _field_of(cell)
    if field is None or len(cell.split()) > 5 or any(c.isdigit() for c in _YEAR.sub("", cell)):
        return None
    return field


def _header(cells: list[str]) -> list[str | None] | None:
    """The fields a header's cells name, when it is a funding table's header."""
    if len(cells) < 2:
        return None
    fields = [_header_field(cell) for cell in cells]
    named = [f for f in fields if f is not None]
    money = sum(f in ("cost", "contribution") for f in named)
    who = sum(f in ("carrier", "title") for f in named)
    # every cell names a column (a row of data names none), one names money, one names whom
    if len(named) < len(cells) or not money or not who:
        return None
    if "contribution" not in fields:  # « Coût » alone is what is paid
        fields[fields.index("cost")] = "contribution"
    return fields


def _table_row(cells: list[str], fields: list[str | None]) -> _Draft | None:
    """A row's cells under the header's fields; a row missing empty cells is aligned on its
    amounts (the last columns) and its words (the first)."""
    if len(cells) != len(fields):
        money_fields = [i for i, f in enumerate(fields) if f in ("cost", "contribution")]
        money_cells = [i for i, c in enumerate(cells) if _AMOUNT.fullmatch(c.strip())]
        words = [c for i, c in enumerate(cells) if i not in money_cells]
        amounts = [cells[i] for i in money_cells]
        text_fields = [i for i in range(len(fields)) if i not in money_fields]
        aligned: list[str] = [""] * len(fields)
        for i, cell in zip(text_fields, words, strict=False):
            aligned[i] = cell
        for i, cell in zip(money_fields[::-1], amounts[::-1], strict=False):
            aligned[i] = cell
        cells = aligned
    draft = _Draft()
    for field, cell in zip(fields, cells, strict=True):
        if not cell or field is None:
            continue
        if field in ("cost", "contribution"):
            setattr(draft, field, parse_amount(cell))
        else:
            value = _clean_name(cell)
            if field == "axis" and value:
                value = _axis_label(value)
            setattr(draft, field, value)
    return draft


def _axis_label(text: str) -> str:
    """« Axe 1 - Accès aux droits » as printed, « 1 - Accès aux droits » under an « Axe »
    column given its word back."""
    if re.match(r"^(?:\d+|[IVX]+)\b", text):
        return f"Axe {text}"
    return text


_RULE = re.compile(r"[-=:+ ]+")
_MONEY_WORD = re.compile(rf"\b(?:{_COST_WORDS}|{_CONTRIBUTION_WORDS})\b", re.IGNORECASE)


def _header_run(cells: list[str]) -> tuple[int, list[str | None]] | None:
    """Where a header's cells stand among a line's cells (a flattened table runs on after the
    prose before it), and the fields they name."""
    start = 0
    for end in range(len(cells) + 1):
        if end < len(cells) and _header_field(cells[end]) is not None:
            continue
        if end - start >= 2 and (found := _header(cells[start:end])) is not None:
            return start, found
        start = end + 1
    return None


def _rows_rejoined(lines: list[str]) -> list[str]:
    """A flattened table cut by the cleaning mid-row (« … | | Axe » / « 1 - Emploi | … »)
    as one line again: a line with bars that does not close its row goes on on the next."""
    out: list[list[str]] = []
    bars = 0  # in the last line so far
    for line in lines:
        if out and "|" in line and bars >= 2 and not out[-1][-1].rstrip().endswith("|"):
            out[-1].append(line)
            bars += line.count("|")
        else:
            out.append([line])
            bars = line.count("|")
    return [" ".join(parts) for parts in out]


# Words a header's cell adds to the word that names its column (« Montant de la subvention »,
# « Coût total (€) »).
_FILLERS = (
    "de la le les du des d l en et total totale prévisionnel prévisionnelle ttc ht € (€) "
    "attribué attribuée proposé proposée accordé accordée sollicité sollicitée 2024 2025 2026"
)
_HEADER_FILLERS = frozenset(_FILLERS.split())


def _spaced_header(line: str) -> list[str | None] | None:
    """« Association Objet Montant »: a header whose cells came with single spaces; each word
    naming a column is one, the others fill."""
    words = line.replace("’", " ").replace("'", " ").split()
    if not 2 <= len(words) <= 12:
        return None
    fields: list[str | None] = []
    for word in words:
        if word.lower() in _HEADER_FILLERS:
            continue
        field = _header_field(word)
        if field is None:
            if fields and fields[-1] in ("cost", "contribution"):
                continue  # whose money (« Participation SEM », « Montant Ville »)
            return None
        fields.append(field)
    if len(fields) < 2 or not _named(fields):
        return None
    if "contribution" not in fields:
        fields[fields.index("cost")] = "contribution"
    return fields


def _named(fields: list[str | None]) -> bool:
    return any(f in ("cost", "contribution") for f in fields) and any(
        f in ("carrier", "title") for f in fields
    )


_ENDS_WITH_AMOUNT = re.compile(rf"{AMOUNT}\s?(?:HT|TTC)?\s?$")
_AXIS_THEN_ACTION = re.compile(
    r"^(?P<axis>(?:[Aa]xe\s)?(?P<n>\d{1,2})\s?[-–—:.]\s?\S.{0,80}?)\s(?P<rest>(?P=n)\.\d{1,2}\b.+)$"
)


def _spaced_row(line: str, fields: list[str | None]) -> list[str]:
    """A row whose cells came with single spaces: its amounts from the right, its words all in
    its first column naming whom (where one column ends and the next starts is not printed)."""
    amounts = list(_AMOUNT.finditer(line))
    money = [i for i, f in enumerate(fields) if f in ("cost", "contribution")]
    if not amounts:
        return [line]
    taken = amounts[-len(money) :]
    words = line[: taken[0].start()].strip()
    cells = [""] * len(fields)
    if "axis" in fields and (numbered := _AXIS_THEN_ACTION.match(words)):
        # « Axe 2 - Santé 2.2 Ateliers nutrition … »: the action's number under its axis
        # ends the axis's cell
        cells[fields.index("axis")] = numbered.group("axis")
        words = numbered.group("rest")
    # the words of the columns naming whom and what, in each: where one ends is not printed
    for index, field in enumerate(fields):
        if field in ("carrier", "title"):
            cells[index] = words
    for index, match in zip(money[-len(taken) :], taken, strict=True):
        cells[index] = match.group()
    return cells


def _tables(lines: list[str], act: str | None, programme: str | None) -> list[FundedActionRecord]:
    actions: list[FundedActionRecord] = []
    fields: list[str | None] | None = None
    pending: list[str] = []  # a PDF's grid: one cell a line, gathered into rows
    stacked: list[str] = []  # a PDF grid's header, one cell a line
    spaced = False
    header_words = ""  # a single-spaced header as printed so far
    wrapped: list[str] = []  # the lines of a single-spaced row so far
    for line in _rows_rejoined(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if fields is None and len(stripped) > 40 and not _MONEY_WORD.search(stripped):
            stacked = []  # no header names no money: a line of prose, or a name
            continue
        cells = [cell for cell in _cells(stripped) if not _RULE.fullmatch(cell)]
        if fields is None:
            if (run := _header_run(cells)) is not None:
                start, fields = run
                pending, stacked = [], []
                cells = cells[start + len(fields) :]
                if not cells:
                    continue
            elif (
                len(cells) == 1
                and _MONEY_WORD.search(stripped)
                and (found := _spaced_header(stripped)) is not None
            ):
                # a PDF's table whose cells pypdf parted with single spaces
                fields, pending, stacked, spaced = found, [], [], True
                header_words, wrapped = stripped, []
                continue
            elif len(cells) == 1 and _header_field(cells[0]) is not None:
                stacked.append(cells[0])
                if len(stacked) >= 3 and (found := _header(stacked)) is not None:
                    fields, pending = found, []
                    stacked = []
                continue
            else:
                stacked = []
                continue
        assert fields is not None
        if spaced and len(cells) == 1:
            # the header's cells wrapped on the lines below (« Participation » / « Métropole »),
            # before any row
            if (
                not wrapped
                and not _AMOUNT.search(stripped)
                and (more := _spaced_header(f"{header_words} {stripped}")) is not None
            ):
                fields, header_words = more, f"{header_words} {stripped}"
                continue
            # a row's cells wrap too: it ends on the line that ends with its amounts
            wrapped.append(stripped)
            if not _ENDS_WITH_AMOUNT.search(stripped):
                continue
            stripped, wrapped = " ".join(wrapped), []
            cells = _spaced_row(stripped, fields)
        if _TOTAL.match(stripped):
            fields, pending, spaced = None, [], False
            continue
        if len(cells) == 1 and len(fields) > 2:
            pending.append(cells[0])
            if len(pending) < len(fields):
                continue
            cells, pending = pending, []
        rows = [cells]
        if len(cells) > len(fields):  # a flattened table: its rows run on one line
            rows = [cells[i : i + len(fields)] for i in range(0, len(cells), len(fields))]
        for row in rows:
            if _TOTAL.match(row[0]):
                fields = None
                break
            if not any(_AMOUNT.search(cell) for cell in row):
                continue
            draft = _table_row(row, fields)
            if draft is not None and (record := draft.record(act, programme)) is not None:
                actions.append(record)
        if fields is None:
            pending = []
    return actions


# -- labelled fields ------------------------------------------------------------------------------

# « Porteur : X », « Coût total : 22 000 € », « Participation de la Métropole : 6 000 € »: a
# label of a few words before its colon.
_LABEL = re.compile(r"^(?P<label>[A-Za-zÀ-ÿ][\w'’ .()-]{0,50}?)\s?:\s?(?P<value>.*)$")
# A label is its word and at most three more before its colon (« Participation de la
# Métropole : »); « Aide aux devoirs en ligne Porteur : » is a value, then a label.
_LABEL_TAIL = r"(?:\s[\w'’.-]{1,30}){0,3}\s?"
# A line's fields are cut at a dash or a semicolon that a label follows.
_FIELD_CUT = re.compile(
    rf"\s[-–—;|]\s(?=(?:{_CARRIER_WORDS}|{_COST_WORDS}|{_CONTRIBUTION_WORDS}|{_TERRITORY_WORDS}"
    rf"|{_AXIS_WORDS}|{_TITLE_WORDS})\b{_LABEL_TAIL}:)",
    re.IGNORECASE,
)
_LABEL_CUT = re.compile(
    rf"\s(?=(?:{_CARRIER_WORDS}|{_COST_WORDS}|{_CONTRIBUTION_WORDS}|{_TERRITORY_WORDS}"
    rf"|{_AXIS_WORDS}|{_TITLE_WORDS})\b{_LABEL_TAIL}:|(?:axe|action|projet)\s(?:n\s?[°º]\s?)?"
    r"(?:\d|[IVX]+\b))",
    re.IGNORECASE,
)
# « Action 1.5 – Écrivain public numérique », « Projet n° 3 : … »: an action named by its
# number, not labelled.
_NUMBERED_ACTION = re.compile(
    r"^(?:action|projet|op[ée]ration)\s+(?:n\s?[°º]\s?)?(?P<n>\d+(?:\.\d+)*)\s?[-–—:.]?\s(?P<title>.+)$",
    re.IGNORECASE,
)
_AXIS_HEADING = re.compile(
    r"^axe\s+(?P<n>\d+|[IVX]+)\b\s?[-–—:.]?\s?(?P<label>.*)$|^axe\s?:\s?(?P<rest>.+)$",
    re.IGNORECASE,
)


def _labelled(
    lines: list[str], act: str | None, programme: str | None
) -> list[FundedActionRecord]:
    actions: list[FundedActionRecord] = []
    draft = _Draft()
    axis: str | None = None
    seen_money = False

    def finish() -> None:
        nonlocal draft, seen_money
        if draft.axis is None:
            draft.axis = axis
        if (record := draft.record(act, programme)) is not None and seen_money:
            actions.append(record)
        draft = _Draft()
        seen_money = False

    for line in lines:
        stripped = line.strip(" -–—•")
        if not stripped:
            continue
        segments = _FIELD_CUT.split(stripped)
        if len(stripped) > 200:  # a flattened text: each label starts a field
            segments = [piece for segment in segments for piece in _LABEL_CUT.split(segment)]
        for segment in segments:
            segment = segment.strip(" ;.")
            if not segment:
                continue
            if heading := _AXIS_HEADING.match(segment):
                label = heading.group("label") or heading.group("rest") or ""
                value = (
                    f"Axe {heading.group('n')} – {label.strip()}" if heading.group("n") else label
                )
                value = _clean_name(value) or value
                if draft.title or draft.carrier:
                    finish()
                axis = _axis_label(value)
                continue
            if numbered := _NUMBERED_ACTION.match(segment):
                if draft.title or draft.carrier:
                    finish()
                draft.title = _clean_name(f"{numbered.group('n')} {numbered.group('title')}")
                continue
            labelled = _LABEL.match(segment)
            field = _field_of(labelled.group("label")) if labelled else None
            if labelled is None or field is None:
                continue
            value = labelled.group("value")
            if field in ("cost", "contribution"):
                amount = parse_amount(value)
                if amount is None:
                    continue
                if getattr(draft, field) is not None:
                    finish()
                setattr(draft, field, amount)
                seen_money = True
                continue
            if field == "axis":
                if draft.title or draft.carrier:
                    finish()
                axis = _axis_label(_clean_name(value) or value)
                continue
            if _AMOUNT.search(value):
                continue  # « Club Y : 800 € » is a list's line, not a field
            if getattr(draft, field) is not None:
                finish()
            setattr(draft, field, _clean_name(value))
    finish()
    return actions


# -- sentences -----------------------------------------------------------------------------------

# the verbs that grant, in the forms a deliberation uses (« attribue », « décide d'attribuer »,
# « versera », « l'attribution de »)
_FORMS = r"(?:e|ent|er|era|eront|ons|é|ée|és|ées)"
_GRANT_VERB = (
    rf"(?:attribu(?:{_FORMS}|tion)|accord{_FORMS}|allou{_FORMS}|vers(?:{_FORMS}|ement)"
    rf"|octroi(?:e|ent|era)?|octroy(?:er|é|ée))"
)
# A grant told in the past (« la Région a attribué à la commune … », « avait accordé ») is
# a recall, or money this council received: not what the deliberation grants.
_NOT_RECALLED = r"(?<!\ba )(?<!\bont )(?<!avait )(?<!avaient )(?<!\bété )"
_GRANT_NOUN = (
    r"(?:subventions?|aides?(?: financi[èe]res?)?|participations?(?: financi[èe]res?)?"
    r"|contributions?|dotations?|fonds de concours|soutiens?(?: financiers?)?)"
)
# (never the phrase that says why or when: « 86 500 € au titre de l'année 2026 », « 500 € à
# compter du 1er janvier », « au budget 2026 »)
_TO = (
    r"(?:à(?!\s(?:titre|compter|partir|hauteur)\b)|au(?!\s(?:titre|cours|budget|compte)\b)|aux"
    r"|en faveur d[eu']|au profit d[eu'])"
)
# Whom: a name up to the purpose, a comma, a semicolon or the sentence's end.
_WHOM = r"(?P<whom>[^,;:()€]{2,120}?(?:\s?\([^()]{1,60}\))?)"
_PURPOSE = (
    r"(?:\s?,?\s(?:pour|afin d[e'’]|au titre d[eu'’]|dans le cadre d[eu'’]|en vue d[eu'’]"
    r"|destin[ée]e?s? à)\s?(?P<why>[^;]{3,200}?))?"
    r"(?=\s?[;.]\s|\s?[;.]$|\s?,\s(?:et|ainsi)\b|$|\s?,?\s(?:et|ainsi que)\s"
    rf"(?:une|un|{AMOUNT}))"
)
_AFTER_WHOM = (
    r"(?=\s?,?\s(?:pour|afin|au titre|dans le cadre|en vue|destin)|\s?[;.,]\s|\s?[;.]$|$)"
)
# « attribue une subvention (exceptionnelle) de 12 000 € à l'association X pour … »
_AMOUNT_THEN_WHOM = re.compile(
    rf"{_NOT_RECALLED}{_GRANT_VERB}\b[^.;€]{{0,60}}?\b(?P<noun>{_GRANT_NOUN}[^.;€]{{0,80}}?)"
    rf"(?P<amount>{AMOUNT})\s{_TO}\s?{_WHOM}{_AFTER_WHOM}",
    re.IGNORECASE,
)
# « accorde à l'association X une subvention de 3 000 € pour … »
_WHOM_THEN_AMOUNT = re.compile(
    rf"{_NOT_RECALLED}{_GRANT_VERB}\s{_TO}\s?{_WHOM}\s?,?\s(?:une?|la|le)\s(?P<noun>{_GRANT_NOUN}[^.;€]{{0,80}}?)"
    rf"(?P<amount>{AMOUNT})",
    re.IGNORECASE,
)
# « une subvention de 5 000 € est attribuée au club X »
_AMOUNT_PASSIVE = re.compile(
    rf"\b(?P<noun>{_GRANT_NOUN}[^.;€]{{0,80}}?)(?P<amount>{AMOUNT})\s(?:est|sera|soit)\s"
    rf"{_GRANT_VERB}\s{_TO}\s?{_WHOM}{_AFTER_WHOM}",
    re.IGNORECASE,
)
# « …, 800 € au club Y et 1 200 € à Z »: the same grant to the next beneficiaries.
_MORE = re.compile(
    rf"\s?(?:,|;|\bet\b)\s?(?:(?:une?|la)\s{_GRANT_NOUN}[^.;€]{{0,40}}?)?(?P<amount>{AMOUNT})\s{_TO}"
    rf"\s?{_WHOM}{_AFTER_WHOM}",
    re.IGNORECASE,
)
_WHY = re.compile(_PURPOSE, re.IGNORECASE)


_NOUN_TAIL = re.compile(r"\s(?:de|d['’]un montant(?: total)? de|à hauteur de|d['’]un montant)$")


_ITSELF = frozenset(
    ["commune", "ville", "collectivite", "communaute", "metropole", "departement", "region"]
)


def _title_of(noun: str, why: str | None) -> str:
    if why:
        return _clean_name(why) or why
    noun = _normalise(noun).strip(" ,:-–—")
    noun = _NOUN_TAIL.sub("", noun)
    return _clean_name(noun) or "Subvention"


# The words each sentence's pattern opens on: a granting verb (_AMOUNT_THEN_WHOM,
# _WHOM_THEN_AMOUNT) or the grant's noun (_AMOUNT_PASSIVE), in any case.
_OPENING_WORDS = {
    "verb": ("attribu", "accord", "allou", "vers", "octro"),
    "noun": ("subvention", "aide", "particip", "contribution", "dotation", "fonds", "soutien"),
}
# The letters a pattern in any case matches that lower case does not give: « İ », « ı » for
# « i », « ſ » for « s ».
_CASE_APART = ("İ", "ı", "ſ")


def _opening_at(
    pattern: re.Pattern[str], text: str, low: str, words: tuple[str, ...]
) -> Iterator[re.Match[str]]:
    """What pattern.finditer(text) finds, for a pattern each of whose matches opens on one of
    `words` (in any case): the engine is tried only where `low` (the text in lower case, its
    offsets kept) holds one, left to right, each match skipping the places it covers, as a
    scan does. A pattern opening on a lookbehind and an alternation in any case was tried at
    every character: a third of the time spent reading a deliberation's grants."""
    if any(letter in text for letter in _CASE_APART):
        yield from pattern.finditer(text)
        return
    cursor = 0
    for spot in sorted({at for word in words for at in _places(low, word, len(low))}):
        if spot >= cursor and (match := pattern.match(text, spot)) is not None:
            yield match
            cursor = match.end()


def _sentences(text: str, act: str | None) -> list[FundedActionRecord]:
    actions: list[FundedActionRecord] = []
    low = _lower(text)
    taken: list[tuple[int, int]] = []

    def add(match: re.Match[str], noun: str, end: int) -> None:
        why = _WHY.match(text, end)
        whom = _clean_name(match.group("whom"))
        amount = parse_amount(match.group("amount"))
        if whom is None or amount is None or fold(whom) in _ITSELF:
            return  # « à la commune » unnamed is the council itself: money it receives
        actions.append(
            FundedActionRecord(
                title=_title_of(noun, why.group("why") if why else None),
                carrier=whom,
                contribution=amount,
                act=act,
            )
        )

    for pattern, opening in (
        (_AMOUNT_THEN_WHOM, "verb"),
        (_AMOUNT_PASSIVE, "noun"),
        (_WHOM_THEN_AMOUNT, "verb"),
    ):
        for match in _opening_at(pattern, text, low, _OPENING_WORDS[opening]):
            if any(start <= match.start() < stop for start, stop in taken):
                continue
            noun = match.group("noun")
            add(match, noun, match.end())
            end = match.end()
            why = _WHY.match(text, end)
            if why and why.group("why"):
                end = why.end()
            while (more := _MORE.match(text, end)) is not None:
                add(more, noun, more.end())
                end = more.end()
                why = _WHY.match(text, end)
                if why and why.group("why"):
                    end = why.end()
            taken.append((match.start(), end))
    return actions


# « attribue les subventions suivantes : », « répartie comme suit : », « aux associations
# ci-dessous : »: the lines after it are beneficiaries and amounts.
_LIST_CUE = re.compile(
    rf"(?:{_GRANT_VERB}|r[ée]parti(?:e|es|s|tion)?)\b[^.]{{0,120}}?(?:suivant(?:e|es|s)?|ci-apr[èe]s"
    r"|ci-dessous|comme suit|de la mani[èe]re suivante)\s?:",
    re.IGNORECASE,
)
# « ASSE Cœur Vert (Saint-Étienne) : 25 000 € pour la section féminine », « Club Y ....... 800 € »
_LIST_LINE = re.compile(
    rf"^\s?(?P<whom>[^:€]{{2,120}}?)\s?(?::|\.{{3,}}|…+|\s[-–—]\s|\s{{3}})\s?(?P<amount>{AMOUNT})"
    r"(?:\s?(?:HT|TTC|net))?(?P<rest>.*)$",
    re.IGNORECASE,
)
# « - 1 500 € à l'association X », « 800 € au club Y pour … »: the amount first
_LIST_AMOUNT_FIRST = re.compile(
    rf"^\s?(?P<amount>{AMOUNT})\s(?:{_TO})\s?(?P<whom>[^:€;]{{2,120}}?)"
    r"(?P<rest>\s(?:pour|au titre d|afin d).*)?\s?[;.,]?$",
    re.IGNORECASE,
)
_LIST_ITEM_CUT = re.compile(rf"\s?;\s?|\s-\s(?=[{UPPER}«\"])")


def _list_line(line: str) -> re.Match[str] | None:
    return _LIST_LINE.match(line) or _LIST_AMOUNT_FIRST.match(line)


def _lists(lines: list[str], act: str | None) -> list[FundedActionRecord]:
    actions: list[FundedActionRecord] = []
    for index, line in enumerate(lines):
        cue = _LIST_CUE.search(line)
        if cue is None:
            continue
        # the items after the cue, on its line (a flattened text) or the lines below
        after = line[cue.end() :].strip()
        candidates = [p for p in _LIST_ITEM_CUT.split(after) if p.strip()] if after else []
        if not candidates:
            candidates = []
            for following in lines[index + 1 :]:
                stripped = following.strip(" -–—•")
                if not stripped:
                    if candidates:
                        break
                    continue
                if _list_line(stripped) is None:
                    break
                candidates.append(stripped)
        for candidate in candidates:
            found = _list_line(candidate.strip(" -–—•"))
            if found is None:
                break
            whom = _clean_name(found.group("whom"))
            amount = parse_amount(found.group("amount"))
            if whom is None or amount is None or _TOTAL.match(whom):
                continue
            rest = (found.group("rest") or "").strip(" ;.,")
            why = re.match(r"^(?:pour|au titre d[eu'’]|afin d[e'’])\s?(?P<why>.+)$", rest)
            title = _clean_name(why.group("why")) if why else None
            actions.append(
                FundedActionRecord(
                    title=title or f"Subvention à {whom}",
                    carrier=whom,
                    contribution=amount,
                    act=act,
                )
            )
    return actions


# -- the whole deliberation ---------------------------------------------------------------------

# A clause of the preamble, to its semicolon, its full stop or the next sentence's capital.
_PREAMBLE = re.compile(
    r"\b(?:Vu|VU|Consid[ée]rant|CONSID[ÉE]RANT|Rappelant|Attendu)\b[^;]*?"
    rf"(?=;|\.\s|,\s(?-i:[{UPPER}])|\.?$)"
)
# A table's header line names money among few words (« Association Objet Montant »), else
# its cells stand one a line (a PDF's grid): a short line naming money.
_TABLE_HINT = re.compile(
    r"^[^\n]{0,60}\b(?:montants?|subventions?|participations?|co[ûu]ts?|aides?|contributions?"
    r"|sommes?|financements?|dotations?)\b[^\n]{0,40}$",
    re.MULTILINE,
)
_MONEY_LABEL = re.compile(
    r"\b(?:co[ûu]ts?|participations?|montants?|subventions?|aides?|contributions?"
    r"|financements?|budgets?|d[ée]penses?|dotations?)\b[^:\n]{0,40}:"
)
_GRANT_WORDS = ("attribu", "accord", "allou", "vers", "octro")
_GRANT_NOUNS = ("subvention", "aide", "particip", "contribution", "dotation", "fonds", "soutien")
_LIST_WORDS = ("suivant", "ci-après", "ci-apres", "ci-dessous", "comme suit", "répart", "repart")
_GATE = ("subvention", "porteur", "bénéficiaire", "beneficiaire", "particip", "attribu", "aide")


def read_funded_actions(
    lines: list[str], act: str | None, programme: str | None = None
) -> list[FundedActionRecord]:
    """The actions and subsidies one deliberation's lines grant, each once."""
    text = "\n".join(lines)
    if not _has_money(text):
        return []
    low = text.lower()
    if not any(word in low for word in _GATE):
        return []
    found: list[FundedActionRecord] = []
    # each reader only where its words are (a header's or a label's word for money, a list's
    # cue, a verb that grants): most deliberations print none of them
    if "|" in text or "   " in text or _TABLE_HINT.search(low):
        found += _tables(lines, act, programme)
    if _MONEY_LABEL.search(low):
        found += _labelled(lines, act, programme)
    granting = any(word in low for word in _GRANT_WORDS) and any(
        word in low for word in _GRANT_NOUNS
    )
    if granting and any(word in low for word in _LIST_WORDS):
        found += _lists(lines, act)
    if granting:
        # the preamble recalls past grants (« Considérant que … avait attribué »): no new money
        found += _sentences(_PREAMBLE.sub(" ", _normalise(text)), act)
    return list(_unique(found))


def _unique(actions: list[FundedActionRecord]) -> Iterator[FundedActionRecord]:
    """One action per beneficiary, object and amount: the same grant read by two readers (a
    list whose lines are also sentences) is one."""
    seen: set[tuple[str, str, Decimal | None]] = set()
    for action in actions:
        key = (fold(action.carrier or ""), fold(action.title), action.contribution)
        loose = (fold(action.carrier or ""), "", action.contribution)
        if key in seen or (action.carrier and loose in seen):
            continue
        seen.add(key)
        seen.add(loose)
        yield action
