"""Every template of templates/, given long data, splits into pages Telegram accepts.

The data is one stand-in value that answers every attribute, item and call a template asks
for with more of itself, and iterates as sixty of itself: each list is long, each name is long
and full of what HTML must escape (« & », « < », « ' »). The French filters (Babel) are given
the same value's text: what is checked here is the markup the templates write, and the pages
the splitter cuts from it, each parsed by the Bot API stand-in's own parser.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, meta

from bot.render import environment
from bot.replies import PAGE_LIMIT, split_pages
from tests.botapi_server import TEXT_LIMIT, parse_html, utf16_length

TEMPLATES = sorted(
    p.name
    for p in Path(environment().loader.searchpath[0]).glob("*.j2")  # type: ignore[union-attr]
)
# Templates that pick their sentence by a code: an unknown code may give nothing (they are
# printed by the command line, or drawn on a chart, a PDF or a CSV, never sent to a chat).
BY_CODE = {"cli_done.j2", "chart_words.j2", "sheet_pdf_words.j2", "sitting_csv_words.j2"}
ITEMS = 60


class Long:
    """Any value a template may ask for, at length."""

    def __init__(self, n: int = 0) -> None:
        self.n = n

    def __getattr__(self, name: str) -> Long:
        if name.startswith("__"):
            raise AttributeError(name)
        return Long(self.n + 1)

    def __getitem__(self, key: object) -> Long:
        return Long(self.n + 1)

    def __call__(self, *args: object, **kwargs: object) -> Long:
        return Long(self.n + 1)

    def __iter__(self) -> Any:
        return iter([Item(i) for i in range(ITEMS)])

    def __len__(self) -> int:
        return ITEMS

    def __str__(self) -> str:
        return f"Mme Marie-Christine D'ALEMBERT-LAGARDE & <FILS> n° {self.n} « très long »"

    def __int__(self) -> int:
        return ITEMS

    def __index__(self) -> int:
        return ITEMS

    def __float__(self) -> float:
        return float(ITEMS)

    def __add__(self, other: object) -> int:
        return ITEMS

    __radd__ = __sub__ = __rsub__ = __mul__ = __rmul__ = __truediv__ = __floordiv__ = __add__
    __mod__ = __add__

    def __lt__(self, other: object) -> bool:
        return False

    __le__ = __gt__ = __ge__ = __lt__

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return id(self)


class Item(Long):
    """One element of a list: also unpacks as a pair (`for key, value in …items()`)."""

    def __iter__(self) -> Any:
        return iter([Long(self.n), Long(self.n + 1)])


@cache
def long_environment() -> Environment:
    # A new environment, not an overlay: an overlay shares the filters and the compiled
    # templates with the bot's, and would leave these plain filters behind for later tests.
    env = environment.__wrapped__()
    for name in list(env.filters):
        if name.endswith("_fr") or name == "euros":
            env.filters[name] = lambda value, *args: str(value)
    return env


@cache
def every_variable() -> frozenset[str]:
    """Names any template reads (includes read their includer's): all are given."""
    env = long_environment()
    names: set[str] = set()
    for template in TEMPLATES:
        source = env.loader.get_source(env, template)[0]  # type: ignore[union-attr]
        names |= meta.find_undeclared_variables(env.parse(source))
    return frozenset(names)


def test_every_template_is_checked() -> None:
    assert len(TEMPLATES) > 90
    assert {"sheet_message.j2", "convocation_report.j2", "convocation.j2"} <= set(TEMPLATES)


@pytest.mark.parametrize("template", [t for t in TEMPLATES if not t.startswith("_")])
def test_each_template_with_long_data_splits_into_valid_pages(template: str) -> None:
    html = (
        long_environment()
        .get_template(template)
        .render(**{name: Long() for name in every_variable()})
    )
    html = re.sub(r"\n{3,}", "\n\n", html).strip()  # as bot.render.render does
    if not html and template in BY_CODE:
        return
    pages = split_pages(html)
    assert html == "" or "".join(parse_html(p) for p in pages).replace("\n", "").replace(
        " ", ""
    ) == parse_html(html).replace("\n", "").replace(" ", ""), "the pages lost text"
    for page in pages:
        shown = parse_html(page)  # raises as Telegram refuses: a tag, an entity, nesting
        assert shown.strip(), f"{template}: an empty page"
        assert utf16_length(shown) <= PAGE_LIMIT < TEXT_LIMIT
