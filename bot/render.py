"""Every sentence a member reads: Jinja2 templates from templates/, in French.

One environment for the whole process, templates compiled once and cached by Jinja. Output is
HTML for Telegram's HTML parse mode, autoescaped, so a name like « <b>X</b> » or
« MICHAUD-FARIGOULE » never breaks a message; `to_plain_text` gives what a console shows.

A template's compiled code is also kept between processes (`CompiledTemplates`): compiling
the one answer a console's first question needs took a twentieth of its start.
"""

from __future__ import annotations

import contextlib
import html
from collections.abc import Iterable
from datetime import UTC, date, datetime, time, tzinfo
from decimal import Decimal, localcontext
from functools import cache
from importlib.resources import files
from typing import Any

from jinja2 import (
    BytecodeCache,
    Environment,
    FileSystemBytecodeCache,
    FileSystemLoader,
    StrictUndefined,
)
from jinja2 import __version__ as jinja_version
from jinja2.bccache import Bucket

from storage import cues
from storage.documents import Finding
from storage.french import MONTHS, WEEKDAYS
from storage.names import feminine, fold, split_civility

_TAG = cues.plain(r"<[^>]+>")
_BLANK_LINES = cues.plain(r"\n{3,}")

# Dates and numbers as CLDR writes them in French (what Babel's fr_FR patterns print, checked
# against Babel in tests/test_render_french.py), with the names the date reader knows
# (storage/french.py): Babel's import and its locale data cost 12 to 24 ms of CPU at each
# console start, and a date formatted through it 15 µs.
_GROUP = "\u202f"  # thousands: a narrow no-break space
_DECIMAL = ","


def date_fr(value: date | datetime | str | None) -> str:
    """« jeudi 4 juillet 2024 » (a datetime: its own day, never converted; a text: the ISO
    day a finding's parameters keep once stored as JSON)."""
    if value is None:
        return ""
    value = _day(value)
    return f"{WEEKDAYS[value.weekday()]} {short_date_fr(value)}"


def _day(value: date | str) -> date:
    return date.fromisoformat(value[:10]) if isinstance(value, str) else value


def short_date_fr(value: date | str | None) -> str:
    """« 4 juillet 2024 », « 1er juillet 2024 » (the first of a month is said as an ordinal)."""
    if value is None:
        return ""
    value = _day(value)
    day = "1er" if value.day == 1 else str(value.day)
    return f"{day} {MONTHS[value.month - 1]} {value.year}"


def month_fr(value: date | None) -> str:
    """« juillet 2024 »."""
    return "" if value is None else f"{MONTHS[value.month - 1]} {value.year}"


def time_fr(value: time | datetime | None) -> str:
    """« 17 h 00 » (a datetime: its own hour, never converted)."""
    return "" if value is None else f"{value.hour} h {value.minute:02d}"


def datetime_fr(value: datetime | None) -> str:
    """« jeudi 4 juillet 2024 à 17 h 00 »."""
    return "" if value is None else f"{date_fr(value)} à {time_fr(value)}"


def moment_fr(value: datetime | None, tz: tzinfo) -> str:
    """« 10/07/2024 12:00:05 » in the body's time, to the second: a proof of receipt."""
    if value is None:
        return ""
    if value.tzinfo is None:  # SQLite hands timestamps back naive; they are UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(tz).strftime("%d/%m/%Y %H:%M:%S")


def euros(value: Decimal | int | float | None) -> str:
    """« 94 000 € », « 1 250,50 € » (French grouping with a narrow no-break space)."""
    if value is None:
        return ""
    cents = 0 if Decimal(value) == Decimal(value).to_integral_value() else 2
    return f"{_decimal_fr(value, cents, cents)}\u00a0€"


def number_fr(value: int | float | None) -> str:
    return "" if value is None else _decimal_fr(value, 0, 3)


def percent_fr(value: float | None) -> str:
    return "" if value is None else f"{_decimal_fr(round(value * 100), 0, 3)}\u00a0%"


def _decimal_fr(value: Decimal | int | float, least: int, most: int) -> str:
    """`value` with `least` to `most` decimals (rounded half to even), grouped by thousands:
    CLDR's « #,##0.### » in French, as Babel prints it."""
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():
        return "NaN" if number.is_nan() else f"{'-' if number.is_signed() else ''}∞"
    sign = "-" if number.is_signed() else ""
    with localcontext() as context:  # as many digits as the value has, however large
        context.prec = max(context.prec, number.adjusted() + most + 2)
        whole, _, fraction = (
            f"{abs(number).normalize().quantize(Decimal(10) ** -most):f}".partition(".")
        )
    groups = []
    while len(whole) > 3:
        whole, last = whole[:-3], whole[-3:]
        groups.append(last)
    integer = _GROUP.join([whole, *reversed(groups)])
    fraction = fraction.ljust(least, "0")
    if most == 0 or (least == 0 and int(fraction or "0") == 0):
        return f"{sign}{integer}"
    fraction = fraction[:least] + fraction[least:].rstrip("0")
    return f"{sign}{integer}{_DECIMAL}{fraction}"


_CONTROL = cues.plain(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(value: object) -> str:
    """A file name as one line: a name holding a line break (« pv\\n2024.pdf ») split the
    import report and made a second line look like another file's result."""
    return _CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), str(value))


class CompiledTemplates(FileSystemBytecodeCache):
    """Jinja's compiled templates, kept in a folder between processes, never stale.

    Jinja keeps a template's code under its name and path, and takes it back only for the
    same source (its checksum) and the same Python and Jinja bytecode format. The code also
    depends on how the environment compiles (its options, which filters and tests take the
    context): those are part of the key here, so two environments, or a new Jinja, never
    share code. A folder that cannot be read or written only means compiling again.
    """

    def get_bucket(
        self, environment: Environment, name: str, filename: str | None, source: str
    ) -> Bucket:
        compiled_by = _compiled_by(environment)
        return super().get_bucket(environment, name, f"{filename}|{compiled_by}", source)

    def load_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        with contextlib.suppress(OSError):
            super().dump_bytecode(bucket)


def _compiled_by(env: Environment) -> str:
    """What decides a template's code besides its source."""

    def passes(functions: dict[str, Any]) -> list[tuple[str, str]]:
        # Jinja decides at compile time what a filter is handed (the context, the environment).
        return sorted((n, str(getattr(f, "jinja_pass_arg", ""))) for n, f in functions.items())

    def named(value: Any) -> Any:  # a function's repr holds its address: its name is stable
        return getattr(value, "__qualname__", value)

    return repr(
        (
            jinja_version,
            env.block_start_string,
            env.block_end_string,
            env.variable_start_string,
            env.variable_end_string,
            env.comment_start_string,
            env.comment_end_string,
            env.line_statement_prefix,
            env.line_comment_prefix,
            env.trim_blocks,
            env.lstrip_blocks,
            env.newline_sequence,
            env.keep_trailing_newline,
            named(env.autoescape),
            env.optimized,
            env.is_async,
            sorted(env.extensions),
            passes({"finalize": env.finalize}) if env.finalize else None,
            passes(env.filters),
            passes(env.tests),
        )
    )


def compiled_templates() -> BytecodeCache | None:
    """The folder of compiled templates: the user's own in the temporary folder, which Jinja
    makes private (none when it cannot be made: templates are then compiled at each start)."""
    try:
        return CompiledTemplates()
    except (OSError, RuntimeError):
        return None


def counted(count: int, words: str) -> str:
    """« {{ n | counted("présent déclaré") }} »: the number and its words agreeing with it,
    « 1 présent déclaré », « 34 présents déclarés » (in French, 0 and 1 take the singular);
    never « présent(s) »."""
    count = int(count)  # (a count read from the store may come as a numeric of its own)
    if abs(count) < 2:
        return f"{number_fr(count)} {words}"
    plural = " ".join(w if w[-1:] in "sxz" else f"{w}s" for w in words.split())
    return f"{number_fr(count)} {plural}"


def agreement(feminine: bool | None) -> str:
    """« présent{{ asker.feminine | agreement }} »: « e » for a woman, nothing for a man, « (e) »
    when the civility is unknown (the secretariat, a member printed without one)."""
    return "(e)" if feminine is None else "e" if feminine else ""


def feminine_name(name: str | None) -> bool:
    """« sa suppléante {{ name }} » when the name is printed with a woman's civility (« Mme
    Claire Martin »); a name without one takes the masculine, as the minutes print it."""
    return _printed_feminine(name) is True


def name_agreement(name: str | None) -> str:
    """« {{ who }} a déjà été relancé{{ who | name_agreement }} »: the agreement of a printed name,
    by its civility (« M. », « Mme »); « (e) » when it has none."""
    return agreement(_printed_feminine(name))


def _printed_feminine(name: str | None) -> bool | None:
    return feminine(split_civility(str(name or ""))[0]) if name else None


# The article a collectivity's name takes after « de », by its first word (« Commune de X »:
# « de la Commune de X », « Département de Y »: « du Département de Y »); a name without one
# of these words (« Saint-Etienne Métropole ») takes none.
_OF_FEMININE = (
    "commune", "ville", "communaute", "metropole", "region", "collectivite", "caisse",
    "federation", "compagnie", "fondation", "societe", "maison", "mission", "chorale",
    "bibliotheque", "ligue", "mjc", "residence", "troupe", "fanfare", "banque", "ferme",
)  # fmt: skip
_OF_MASCULINE = (
    "departement", "syndicat", "conseil", "centre", "pays", "pole", "sivom", "sivu", "ccas",
    "cias", "comite", "club", "foyer", "college", "lycee", "groupement", "cercle", "festival",
    "theatre", "musee", "secours", "sou", "cinema", "conservatoire", "collectif", "reseau",
)  # fmt: skip
_OF_VOWEL = (
    "agglomeration", "etablissement", "office", "eurometropole", "association", "amicale",
    "union", "ecole", "harmonie", "entente", "ehpad", "atelier", "institut", "espace",
)  # fmt: skip
_OF_ARTICLES = {
    **dict.fromkeys(_OF_FEMININE, "de la "),
    **dict.fromkeys(_OF_MASCULINE, "du "),
    **dict.fromkeys(_OF_VOWEL, "de l'"),
}
# A name opening with its own article: « Les Amis du vélo » is « des Amis du vélo »
_OF_OWN_ARTICLE = {"les": "des ", "le": "du ", "la": "de la "}


def of_name(name: str) -> str:
    """« Subvention {{ a.grantor | of_name }} »: « de la Commune de Vaubrac », « du
    Département de la Loire », « de l'Association X », « des Amis du vélo », « de Saint-Etienne
    Métropole » (a name that opens with no such word takes « de »)."""
    first, _, rest = str(name).strip().partition(" ")  # (a template may pass any value)
    own = _OF_OWN_ARTICLE.get(first.lower())
    if own is not None and rest:
        return f"{own}{rest}"
    if first[:2].lower() in ("l'", "l’") and len(first) > 2:
        return f"de {name.strip()}"
    article = _OF_ARTICLES.get(fold(first))
    if article is None and fold(first)[:1] in tuple("aeiouy"):
        return f"d'{name}"  # « d'Aurec-sur-Loire », never « de Aurec »
    return f"{article or 'de '}{name}"


# A body's name by its first word: « la Commission permanente », « l'Assemblée plénière », « le
# Bureau » (a body whose first word is not listed takes the masculine: Conseil, Bureau, Comité)
_FEMININE_BODIES = frozenset(
    ["commission", "assemblee", "conference", "delegation", "session", "chambre", "reunion"]
)
_BODY_ARTICLES = {
    "du": ("du ", "de la ", "de l'"),
    "le": ("le ", "la ", "l'"),
    "au": ("au ", "à la ", "à l'"),
}


def body_with(name: str, article: str) -> str:
    """« {{ s.body | body_with("du") }} »: the body's name after « du », « le » or « au » as
    its gender and first letter want it (« du Bureau Métropolitain », « de la Commission
    permanente », « à l'Assemblée plénière »); « Du », « Le », « Au » open a sentence."""
    text = str(name).strip()
    first = fold(text.split(" ", 1)[0].split("'", 1)[0]) if text else ""
    masculine, feminine, elided = _BODY_ARTICLES[article.lower()]
    vowel = first[:1] in tuple("aeiouy")
    chosen = elided if vowel else feminine if first in _FEMININE_BODIES else masculine
    if article[:1].isupper():
        chosen = chosen[:1].upper() + chosen[1:]
    return f"{chosen}{text}"


_THE_OF = {"de la ": "la ", "du ": "le ", "de l'": "l'", "des ": "les "}


def the_name(name: str) -> str:
    """« {{ a.funder | the_name }} en finance » : « la Métropole », « le Département »,
    « l'Agglomération X », « Saint-Etienne Métropole » (a name that takes no article, as
    `of_name` reads it)."""
    of = of_name(name)
    article = next((a for a in _THE_OF if of.startswith(a)), None)
    if article is None:
        return str(name).strip()
    return _THE_OF[article] + of[len(article) :]


def pronoun(e: str, masculine: str) -> str:
    """« C'est à {{ v.eg | pronoun("lui") }} de le faire »: after an agreement's ending
    (`agreement`), « elle » for a woman, the masculine pronoun for a man, both (« lui ou elle »)
    when the civility is unknown, as the endings print « (e) »."""
    if e == "(e)":
        return f"{masculine} ou elle"
    return "elle" if e else masculine


@cache
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(files("templates"))),
        autoescape=True,
        undefined=StrictUndefined,  # a missing variable is a bug, not an empty sentence
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        # Templates ship with the code: no stat() of the file at every render to see if it
        # changed (a tenth of a short answer's rendering).
        auto_reload=False,
        bytecode_cache=compiled_templates(),
    )
    env.filters.update(
        date_fr=date_fr,
        short_date_fr=short_date_fr,
        month_fr=month_fr,
        time_fr=time_fr,
        datetime_fr=datetime_fr,
        moment_fr=moment_fr,
        euros=euros,
        number_fr=number_fr,
        percent_fr=percent_fr,
        one_line=one_line,
        agreement=agreement,
        feminine_name=feminine_name,
        name_agreement=name_agreement,
        counted=counted,
        pronoun=pronoun,
        of_name=of_name,
        the_name=the_name,
        body_with=body_with,
    )
    return env


def render(template: str, /, **context: Any) -> str:
    """Render templates/<template>.j2 as Telegram HTML, blank lines folded."""
    text = environment().get_template(f"{template}.j2").render(**context)
    return _BLANK_LINES.sub("\n\n", text).strip()


def label(template: str, /, **context: Any) -> str:
    """A button's label: plain text, which Telegram shows as it is. Rendered as HTML, a body
    named « Commission d'appel d'offres » read « Commission d&#39;appel d&#39;offres » on
    its button."""
    return to_plain_text(render(template, **context))


def to_plain_text(html_text: str) -> str:
    """What a reader sees of a Telegram HTML message, for the console and the CLI."""
    return html.unescape(_TAG.sub("", html_text))


def finding_text(finding: Finding) -> str:
    """A finding in one French sentence, as plain text."""
    return to_plain_text(render("finding", code=finding.code, p=finding.params))


def findings_texts(findings: Iterable[Finding]) -> list[str]:
    """Findings in French, one sentence each, in order; the same warning on several rows of one
    file said once with its rows (« Lignes 2 à 301 : le vote n'est pas renseigné »): an
    open-data file without its vote columns gave the secretariat 300 lines of one warning, cut
    by Telegram's message size before the file's other warnings."""
    groups: dict[tuple[str, str], list[Finding]] = {}
    for number, finding in enumerate(findings):
        line = finding.params.get("line")
        if isinstance(line, int) and not isinstance(line, bool):
            rest = sorted((k, repr(v)) for k, v in finding.params.items() if k != "line")
            key = (finding.code, repr(rest))
        else:  # no row, or a row's printed text (« Ligne de pouvoir illisible : « … » »)
            key = (finding.code, f"#{number}")
        groups.setdefault(key, []).append(finding)
    texts: list[str] = []
    numbers: list[dict[str, Any]] = []  # « le numéro … apparaît sur plusieurs lignes », each
    for group in groups.values():
        if group[0].code == "duplicate_number":
            numbers.append(group[0].params)  # said once for its rows, whichever row told it
            continue
        rows = sorted({f.params["line"] for f in group}) if len(group) > 1 else []
        if len(rows) < 2:  # a warning of no row, or of one row however often it was said
            texts.extend(finding_text(f) for f in group)
            continue
        runs: list[list[int]] = []
        for row in rows:
            if runs and row == runs[-1][1] + 1:
                runs[-1][1] = row
            else:
                runs.append([row, row])
        params = {**group[0].params, "line_runs": runs, "line_count": len(rows)}
        texts.append(finding_text(Finding(group[0].code, params)))
    if len(numbers) > 1:  # one sentence for them all, where they were a line each
        texts.append(finding_text(Finding("duplicate_number", {"each": numbers})))
    elif numbers:
        texts.append(finding_text(Finding("duplicate_number", numbers[0])))
    return texts
