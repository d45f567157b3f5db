"""Splitting long answers: under Telegram's limit, never inside a line, a tag or an entity."""

from bot.replies import PAGE_LIMIT, split_pages


def test_short_text_is_one_page() -> None:
    assert split_pages("Bonjour") == ["Bonjour"]


def test_long_text_is_cut_between_lines() -> None:
    lines = [f"• <b>ligne {i}</b> &amp; suite" for i in range(600)]
    pages = split_pages("\n".join(lines))
    assert len(pages) > 1
    assert all(len(p) <= PAGE_LIMIT for p in pages)
    assert "\n".join(pages).split("\n") == lines


def test_one_huge_line_is_cut_between_words_not_entities() -> None:
    line = " ".join(["MICHAUD-FARIGOULE&amp;"] * 600)
    pages = split_pages(line)
    assert all(len(p) <= PAGE_LIMIT for p in pages)
    for page in pages:
        assert page.count("&amp;") == page.count("&")
