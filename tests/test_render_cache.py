"""Compiled templates kept between processes (`bot.render.CompiledTemplates`): taken back only
for the same source compiled the same way, never stale, and never a reason for an answer to
fail."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from jinja2 import Environment, FileSystemLoader, pass_context

from bot.render import CompiledTemplates, compiled_templates, environment, render


class CountingEnvironment(Environment):
    """An environment that counts the templates it had to compile."""

    compiled = 0

    def compile(self, *args: Any, **kwargs: Any) -> Any:
        type(self).compiled += 1
        return super().compile(*args, **kwargs)


def fresh(folder: Path, cache: Path, **options: Any) -> CountingEnvironment:
    """A new environment, as a new process has: nothing compiled in memory."""
    return CountingEnvironment(
        loader=FileSystemLoader(str(folder)),
        bytecode_cache=CompiledTemplates(str(cache)),
        **options,
    )


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path]:
    templates, cache = tmp_path / "templates", tmp_path / "cache"
    templates.mkdir()
    cache.mkdir()
    (templates / "hello.j2").write_text("{% if name %}\n  Bonjour {{ name }} !\n{% endif %}\n")
    CountingEnvironment.compiled = 0
    return templates, cache


def test_a_second_process_takes_the_compiled_template_back(folders: tuple[Path, Path]) -> None:
    templates, cache = folders
    first = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
    assert CountingEnvironment.compiled == 1
    assert len(list(cache.iterdir())) == 1
    second = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
    assert CountingEnvironment.compiled == 1  # read back, not compiled again
    assert second == first


def test_a_changed_template_is_compiled_again(folders: tuple[Path, Path]) -> None:
    templates, cache = folders
    assert "Bonjour" in fresh(templates, cache).get_template("hello.j2").render(name="Berger")
    (templates / "hello.j2").write_text("Bonsoir {{ name }}.")
    again = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
    assert again == "Bonsoir Berger."
    assert CountingEnvironment.compiled == 2


def test_an_environment_that_compiles_otherwise_has_its_own_code(
    folders: tuple[Path, Path],
) -> None:
    templates, cache = folders
    loose = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
    trimmed = fresh(templates, cache, trim_blocks=True, lstrip_blocks=True)
    tight = trimmed.get_template("hello.j2").render(name="Berger")
    assert loose == "\n  Bonjour Berger !\n"
    assert tight == "  Bonjour Berger !\n"
    assert CountingEnvironment.compiled == 2
    # Each keeps its own: neither overwrote the other.
    assert fresh(templates, cache).get_template("hello.j2").render(name="Berger") == loose
    assert CountingEnvironment.compiled == 2


def test_a_filter_that_now_takes_the_context_is_compiled_again(
    folders: tuple[Path, Path],
) -> None:
    templates, cache = folders
    (templates / "who.j2").write_text("{{ name | who }}")
    plain = fresh(templates, cache)
    plain.filters["who"] = lambda value: f"M. {value}"
    assert plain.get_template("who.j2").render(name="Berger") == "M. Berger"

    @pass_context
    def who(context: Any, value: str) -> str:
        return f"{context['title']} {value}"

    informed = fresh(templates, cache)
    informed.filters["who"] = who
    assert informed.get_template("who.j2").render(name="Berger", title="Mme") == "Mme Berger"
    assert CountingEnvironment.compiled == 2


def test_a_place_that_cannot_be_written_only_means_compiling(
    folders: tuple[Path, Path],
) -> None:
    templates, cache = folders
    cache.rmdir()
    cache.write_text("not a folder")  # what even root cannot write into
    for _ in range(2):
        text = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
        assert text == "\n  Bonjour Berger !\n"
    assert CountingEnvironment.compiled == 2


def test_a_folder_that_vanished_only_means_compiling(folders: tuple[Path, Path]) -> None:
    templates, cache = folders
    cache.rmdir()
    for _ in range(2):
        text = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
        assert text == "\n  Bonjour Berger !\n"
    assert CountingEnvironment.compiled == 2


def test_the_bot_renders_through_a_private_folder() -> None:
    assert isinstance(compiled_templates(), CompiledTemplates)
    cache = environment().bytecode_cache
    assert isinstance(cache, CompiledTemplates)
    assert (Path(cache.directory).stat().st_mode & 0o777) == 0o700  # the user's alone
    text = render("console_welcome", as_member="Jean-Luc Degraix", council=None)
    assert text.startswith("Assistant du conseil, en console. Vous parlez en tant que Jean-Luc")


def test_a_damaged_file_only_means_compiling(folders: tuple[Path, Path]) -> None:
    templates, cache = folders
    fresh(templates, cache).get_template("hello.j2").render(name="Berger")
    (kept,) = cache.iterdir()
    for damage in (b"", b"j2garbage", kept.read_bytes()[:-7]):
        kept.write_bytes(damage)
        text = fresh(templates, cache).get_template("hello.j2").render(name="Berger")
        assert text == "\n  Bonjour Berger !\n"
    assert CountingEnvironment.compiled == 4
