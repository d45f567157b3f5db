"""Updates that are not a member's own message to the bot: business messages, forwarded
messages, reactions, inline queries and the other kinds Telegram may deliver. The real
Application through `process_update`; each kind was tried before it was answered.
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

FORWARDED = to_plain_text(render("forwarded", command=False))
USER = 701
BUSINESS_USER = {"id": USER, "is_bot": False, "first_name": "Gilles"}
A_FRIEND = {"id": 9_000_001, "is_bot": False, "first_name": "Ami"}


@pytest.fixture
async def artigues(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> Conversation:
    """ARTIGUES, linked, with the Bureau of 18 July 2024 coming."""
    return await linked(application, loaded_engine, "ARTIGUES", USER)


async def _process(chat: Conversation, update: dict[str, Any]) -> list[Reply]:
    return await chat._process({"update_id": next(chat._update_ids), **update})


def _message(member: Conversation, words: str, **fields: Any) -> dict[str, Any]:
    return {**member.message_update(words)["message"], **fields}


def _business(member: Conversation, words: str, sender: dict[str, Any]) -> dict[str, Any]:
    """A message in a chat of the member's Telegram Business account, as Telegram hands it to
    a bot connected to that account: written by the member to a friend, or the other way."""
    other = A_FRIEND if sender is BUSINESS_USER else BUSINESS_USER
    return _message(
        member,
        words,
        business_connection_id="connection-1",
        chat={"id": other["id"], "type": "private", "first_name": other["first_name"]},
        **{"from": sender},
    )


@pytest.mark.parametrize("sender", [BUSINESS_USER, A_FRIEND], ids=["by-member", "to-member"])
async def test_a_business_message_is_not_the_members_word_to_the_bot(
    artigues: Conversation, loaded_engine: Engine, coming_sitting: int, sender: dict[str, Any]
) -> None:
    """A member who connected the bot to a Telegram Business account: each « oui » written to
    a friend confirmed a pending proxy, and questions were answered into that friend's chat."""
    assert "Confirmez-vous" in text(await artigues.send("/pouvoir Berger"))
    for words in ["oui", "qui était présent le 4 juillet 2024 ?", "/seances", "je viens jeudi"]:
        update = {"business_message": _business(artigues, words, sender)}
        assert await _process(artigues, update) == []
        edited = {"edited_business_message": {**update["business_message"], "edit_date": 1}}
        assert await _process(artigues, edited) == []
    assert active_proxies(loaded_engine, coming_sitting) == []
    # The proposal made in the bot's own chat still waits for the member's own « oui ».
    assert "est enregistré" in text(await artigues.send("oui"))
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "BERGER")]


CHAT = {"id": USER, "type": "private", "first_name": "Gilles"}
BOT = {"id": 1, "is_bot": True, "first_name": "Assistant du conseil"}
OTHER_KINDS: dict[str, dict[str, Any]] = {
    "reaction": {
        "message_reaction": {
            "chat": CHAT,
            "message_id": 3,
            "user": BUSINESS_USER,
            "date": 1,
            "old_reaction": [],
            "new_reaction": [{"type": "emoji", "emoji": "👍"}],
        }
    },
    "inline query": {
        "inline_query": {"id": "1", "from": BUSINESS_USER, "query": "Degraix", "offset": ""}
    },
    "chosen inline result": {
        "chosen_inline_result": {"result_id": "1", "from": BUSINESS_USER, "query": "oui"}
    },
    "bot blocked": {
        "my_chat_member": {
            "chat": CHAT,
            "from": BUSINESS_USER,
            "date": 1,
            "old_chat_member": {"status": "member", "user": BOT},
            "new_chat_member": {"status": "kicked", "user": BOT, "until_date": 0},
        }
    },
    "poll answer": {
        "poll_answer": {
            "poll_id": "1",
            "user": BUSINESS_USER,
            "option_ids": [0],
            "option_persistent_ids": ["a"],
        }
    },
    "business connection": {
        "business_connection": {
            "id": "connection-1",
            "user": BUSINESS_USER,
            "user_chat_id": USER,
            "date": 1,
            "can_reply": True,
            "is_enabled": True,
        }
    },
    "a kind Telegram adds later": {"brand_new_kind": {"from": BUSINESS_USER, "text": "oui"}},
}


@pytest.mark.parametrize("kind", list(OTHER_KINDS))
async def test_other_kinds_of_update_act_on_nothing_and_raise_nothing(
    artigues: Conversation, loaded_engine: Engine, coming_sitting: int, kind: str
) -> None:
    await artigues.send("/pouvoir Berger")
    assert await _process(artigues, OTHER_KINDS[kind]) == []
    assert active_proxies(loaded_engine, coming_sitting) == []


def _forwarded(chat: Conversation, words: str) -> dict[str, Any]:
    origin = {"type": "user", "date": int(time.time()) - 60, "sender_user": A_FRIEND}
    return {"message": _message(chat, words, forward_origin=origin)}


@pytest.mark.parametrize(
    "words",
    [
        "oui",
        "je te donne pouvoir pour le bureau du 18 juillet",
        "je donne pouvoir à Berger pour le bureau du 18 juillet",
        "j'annule mon pouvoir",
        "je serai présent jeudi",
        "/pouvoir Basson",
    ],
)
async def test_a_forwarded_message_acts_on_nothing(
    artigues: Conversation, loaded_engine: Engine, coming_sitting: int, words: str
) -> None:
    """Another person's words: their « je » is not the member forwarding them, their « oui »
    answered somebody else."""
    await artigues.send("/pouvoir Basson")
    answer = text(await _process(artigues, _forwarded(artigues, words)))
    assert answer.startswith(FORWARDED.split(".")[0])
    assert "n'est pas encore enregistré" in answer  # the member's own proposal still waits
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_forwarded_question_is_answered(artigues: Conversation) -> None:
    asked = "qui était présent le 4 juillet 2024 ?"
    direct = text(await artigues.send(asked))
    assert "40 présents" in direct
    assert text(await _process(artigues, _forwarded(artigues, asked))) == direct


def _photo(chat: Conversation, album: str | None) -> dict[str, Any]:
    message = _message(
        chat, "", photo=[{"file_id": "P", "file_unique_id": "U", "width": 9, "height": 9}]
    )
    message.pop("text")
    return {"message": {**message, **({"media_group_id": album} if album else {})}}


async def test_an_album_is_answered_once_not_once_per_picture(artigues: Conversation) -> None:
    """Ten scanned pages sent as one album (Telegram delivers one message a picture, sharing
    a media_group_id) got « Je ne lis que les messages écrits » ten times over."""
    answers = [await _process(artigues, _photo(artigues, "album-1")) for _ in range(10)]
    assert [len(a) for a in answers] == [1] + [0] * 9
    assert "Je ne lis que les messages écrits" in text(answers[0])
    assert len(await _process(artigues, _photo(artigues, "album-2"))) == 1  # another album
    assert len(await _process(artigues, _photo(artigues, None))) == 1  # a picture alone
    assert len(await _process(artigues, _photo(artigues, None))) == 1
