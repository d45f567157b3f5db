"""A message the member corrects (Telegram's `edited_message` update): its question is answered
again, once per correction; nothing is ever done from an edit (bot/handlers/edits.py).

Before, an edit was read as a new message: a proxy proposal corrected to another holder
silently became a proposal to that holder, a « oui » corrected confirmed again, a « non »
corrected to « oui » could give the proxy the member had declined.
"""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.render import render, to_plain_text
from bot.transport import Conversation, InProcessBotAPI, Reply
from tests.helpers import active_proxies, linked, text

EDITED = to_plain_text(render("edited_message", command=False))
EDITED_COMMAND = to_plain_text(render("edited_message", command=True))


async def sent(chat: Conversation, said: str) -> tuple[dict[str, Any], list[Reply]]:
    """Send a message; returns it (to edit later) and the replies."""
    update = chat.message_update(said)
    return update, await chat._process(update)


async def edit(chat: Conversation, update: dict[str, Any], new_text: str) -> list[Reply]:
    """What Telegram sends when the member corrects that message to `new_text`."""
    message = {**update["message"], "text": new_text, "edit_date": int(time.time())}
    message.pop("entities", None)
    if new_text.startswith("/"):
        length = len(new_text.split()[0])
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    return await chat._process({"update_id": next(chat._update_ids), "edited_message": message})


@pytest.fixture
async def artigues(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> Conversation:
    return await linked(application, loaded_engine, "ARTIGUES", 701)


async def test_a_corrected_proxy_message_makes_no_second_proposal(
    artigues: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    given, _ = await sent(artigues, "je donne pouvoir à Berger pour le bureau du 18 juillet")
    answer = text(
        await edit(artigues, given, "je donne pouvoir à Basson pour le bureau du 18 juillet")
    )
    assert answer.startswith(EDITED)
    assert "BERGER" in answer  # the one proposal, still waiting
    assert "n'est pas encore enregistré" in answer
    assert "BASSON" not in answer
    yes, replies = await sent(artigues, "oui")
    assert "est enregistré" in text(replies)
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "BERGER")]
    # After it is registered: a corrected « oui », a corrected proxy message act on nothing.
    assert text(await edit(artigues, yes, "oui !")) == EDITED
    assert text(await edit(artigues, given, "je donne pouvoir à Basson pour le 18/07")) == EDITED
    assert text(await edit(artigues, given, "j'annule mon pouvoir")) == EDITED
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "BERGER")]


async def test_a_no_corrected_to_yes_gives_no_proxy(
    artigues: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    await sent(artigues, "/pouvoir Berger")
    no, _ = await sent(artigues, "non")
    assert text(await edit(artigues, no, "oui")) == EDITED
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_corrected_command_is_not_run_again(
    artigues: Conversation, loaded_engine: Engine, coming_sitting: int
) -> None:
    command, _ = await sent(artigues, "/pouvoir Basson")
    assert text(await edit(artigues, command, "/pouvoir Berger")).startswith(EDITED_COMMAND)
    await sent(artigues, "non")
    command, _ = await sent(artigues, "/mes_pouvoirs")
    assert text(await edit(artigues, command, "/absent")) == EDITED_COMMAND
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_corrected_question_is_answered_once_as_corrected(
    artigues: Conversation,
) -> None:
    question, _ = await sent(artigues, "Bergr était présente le 4 juillet 2024 ?")
    corrected = await edit(artigues, question, "Berger était présente le 4 juillet 2024 ?")
    assert len(corrected) == 1
    assert text(corrected) == text(
        await artigues.send("Berger était présente le 4 juillet 2024 ?")
    )
    assert text(corrected).startswith("Oui")


async def test_a_corrected_caption_under_a_photo_gets_no_second_answer(
    artigues: Conversation,
) -> None:
    photo = [{"file_id": "p", "file_unique_id": "p1", "width": 1, "height": 1}]
    update = artigues.message_update("x")
    message = {k: v for k, v in update["message"].items() if k not in ("text", "entities")}
    message |= {"photo": photo, "caption": "qui était là ?", "edit_date": int(time.time())}
    update = {"update_id": next(artigues._update_ids), "edited_message": message}
    assert await artigues._process(update) == []
