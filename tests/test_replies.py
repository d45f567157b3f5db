"""Splitting long answers: each page valid Telegram HTML under the limit, cut between lines,
never inside a tag or an entity, every element closed on its page and opened again on the next.

Pages are checked with the Bot API stand-in's parser (tests/botapi_server.py), written apart
from the splitter's own reading of the markup.
"""

import html

import pytest

from bot.replies import PAGE_LIMIT, keyboard, split_pages, visible_length
from tests.botapi_server import TEXT_LIMIT, parse_html, utf16_length


def shown(pages: list[str]) -> list[str]:
    """What a reader sees of each page; fails as Telegram would on an invalid one."""
    texts = [parse_html(page) for page in pages]
    for text in texts:
        assert text.strip()
        assert utf16_length(text) <= PAGE_LIMIT < TEXT_LIMIT
    return texts


def test_short_text_is_one_page() -> None:
    assert split_pages("Bonjour") == ["Bonjour"]


def test_long_text_is_cut_between_lines() -> None:
    lines = [f"• <b>ligne {i}</b> &amp; suite" for i in range(600)]
    pages = split_pages("\n".join(lines))
    assert len(pages) > 1
    texts = shown(pages)
    assert "\n".join(pages).split("\n") == lines
    assert "\n".join(texts) == parse_html("\n".join(lines))


def test_one_huge_line_is_cut_between_words_not_entities() -> None:
    line = " ".join(["MICHAUD-FARIGOULE&amp;"] * 600)
    pages = split_pages(line)
    shown(pages)
    for page in pages:
        assert page.count("&amp;") == page.count("&")


def test_a_preformatted_sheet_stays_preformatted_on_every_page() -> None:
    """The attendance sheet of a sitting of 130 members: one <pre> over several pages."""
    names = ", ".join(f"M. Jean-Baptiste NOM{i:03d}-D'ARTAGNAN" for i in range(130))
    sheet = f"<pre>FEUILLE DE PRÉSENCE\n\nMembres titulaires présents :\n{names}\n</pre>"
    pages = split_pages(sheet)
    assert len(pages) > 1
    texts = shown(pages)
    assert all(page.startswith("<pre>") and page.endswith("</pre>") for page in pages)
    assert "".join(t.replace("\n", " ") for t in texts).count("NOM") == 130


def test_a_page_of_short_words_is_full_and_cut_between_words() -> None:
    """Thousands of one-letter words, bold runs and emoji: each page holds more units than are
    measured at once, fills up to its limit, ends between words, and loses nothing."""
    words = ["<b>é</b>" if i % 97 == 0 else "😀" if i % 131 == 0 else "a" for i in range(9_000)]
    text = " ".join(words)
    pages = split_pages(text)
    assert len(pages) > 2
    texts = shown(pages)
    assert all(utf16_length(t) > PAGE_LIMIT - 4 for t in texts[:-1])  # full: one word short
    assert " ".join(t.strip() for t in texts) == parse_html(text)


def test_nested_elements_open_across_a_cut_are_closed_and_reopened() -> None:
    items = "\n".join(
        f'<a href="https://example.org/{i}">acte {i} &lt;n°{i}&gt;</a>' for i in range(400)
    )
    text = f"<b>Titre</b>\n<blockquote><i>{items}</i></blockquote>\nFin"
    pages = split_pages(text, limit=1_000)
    assert len(pages) > 3
    texts = shown(pages)
    assert pages[1].startswith("<blockquote><i>")
    assert "\n".join(texts).replace("\n", "") == parse_html(text).replace("\n", "")


def test_length_is_counted_as_telegram_counts_it() -> None:
    # Tags weigh nothing, an entity is one character, an emoji two UTF-16 code units.
    assert visible_length("<b>a&amp;b</b> 🗳") == utf16_length("a&b 🗳")
    pages = split_pages("🗳" * 5_000)
    assert [utf16_length(p) for p in pages] == [PAGE_LIMIT, PAGE_LIMIT, 10_000 - 2 * PAGE_LIMIT]


@pytest.mark.parametrize("limit", [7, 50, 333])
def test_any_text_any_limit_gives_valid_pages_losing_nothing(limit: int) -> None:
    words = [html.escape(f"Élu<{i}>&co") for i in range(300)]
    text = "<b>" + " ".join(words[:100]) + "</b>\n\n<pre>" + "\n".join(words[100:]) + "</pre>"
    pages = split_pages(text, limit=limit)
    for page in pages:
        assert parse_html(page).strip()
        assert visible_length(page) <= limit
    joined = "".join(parse_html(p) for p in pages)
    assert joined.replace(" ", "").replace("\n", "") == parse_html(text).replace(" ", "").replace(
        "\n", ""
    )


def test_the_same_buttons_offered_again_are_one_markup_nobody_can_change() -> None:
    gilles = [(f"M. Gilles NOM{n}", f"pm:{n}") for n in range(8)]
    markup = keyboard(gilles)
    assert markup is not None
    assert [(b.text, b.callback_data) for [b] in markup.inline_keyboard] == gilles
    assert keyboard(list(gilles)) is markup  # built once (8 buttons cost more than a template)
    with pytest.raises(AttributeError):
        markup.inline_keyboard = ()  # type: ignore[misc]  # shared: python-telegram-bot's freeze
    assert keyboard([]) is None
    assert keyboard([("Suite (2/3)", "page:1")]) is not markup
