"""Proxies for the coming sitting asked and declined in words by several members, end to end
through process_update (lane lang6): another member's proxy asked as yes or no, whether a
member may carry one more, a holder declining in words as with the notice's button. The
phrasings are this lane's own."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from telegram.ext import Application

from bot.transport import InProcessBotAPI
from tests.helpers import active_proxies, linked, text


@pytest.fixture
def app_api(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
) -> tuple[Application, InProcessBotAPI]:  # type: ignore[type-arg]
    return application


async def test_a_proxy_asked_of_others_is_answered_yes_or_no(  # type: ignore[no-untyped-def]
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 711)
    berger = await linked(app_api, loaded_engine, "BERGER", 712)
    await artigues.send("procu a degraix pr le 18 svp")
    await artigues.press("Confirmer")
    asked = {
        "artigues a donné pouvoir pour jeudi 18 ?": ["Oui : M. Gilles ARTIGUES donne pouvoir"],
        "Est-ce qu'Artigues a déjà donné son pouvoir à Bony pour le 18 ?": [
            "Non : M. Gilles ARTIGUES donne pouvoir à M. Jean-Luc DEGRAIX",
            "pas à M. Vincent BONY",
        ],
        "Degraix peut encore recevoir une procuration ?": [
            "Non : M. Jean-Luc DEGRAIX porte déjà le pouvoir de M. Gilles ARTIGUES"
        ],
        "artigues pourrait porter mon pouvoir le 18 ?": [
            "Non : M. Gilles ARTIGUES a donné son propre pouvoir"
        ],
        "Bony a reçu un pouvoir pour le 18 juillet ?": [
            "Non : M. Vincent BONY ne porte aucun pouvoir"
        ],
        "mon pouvoir est bien enregistré ?": ["Non : aucun pouvoir de Mme Françoise BERGER"],
    }
    for message, parts in asked.items():
        answer = text(await berger.send(message))
        for part in parts:
            assert part in answer, (message, answer)
        assert "4 juillet 2024" not in answer, (message, answer)


async def test_the_holder_declines_in_words(  # type: ignore[no-untyped-def]
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 721)
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 722)
    await artigues.send("je donne pouvoir à Degraix")
    await artigues.press("Confirmer")
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "DEGRAIX")]
    replies = await degraix.send("je ne veux pas porter la procu d'Artigues, désolé")
    assert "Vous avez refusé le pouvoir de M. Gilles ARTIGUES" in text(
        [r for r in replies if r.chat_id == 722]
    )
    assert "a refusé votre pouvoir" in text([r for r in replies if r.chat_id == 721])
    assert active_proxies(loaded_engine, coming_sitting) == []
    # Nothing carried any more: nothing to decline, and nothing else changes.
    assert "aucun pouvoir pour une séance à venir" in text(
        await degraix.send("je refuse le pouvoir de Artigues")
    )


async def test_a_status_without_a_date_is_the_coming_sittings_when_one_is_registered(  # type: ignore[no-untyped-def]
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:
    """« quelqu'un m'a donné pouvoir ? » once a proxy is registered for the coming sitting: that
    proxy, never « Non … 4 juillet 2024 »."""
    berger = await linked(app_api, loaded_engine, "BERGER", 731)
    degraix = await linked(app_api, loaded_engine, "DEGRAIX", 732)
    await berger.send("je donne pouvoir à degraix pour jeudi 18")
    await berger.press("Confirmer")
    asked = {
        "quelqu'un m'a donné pouvoir ?": "Oui : Mme Françoise BERGER donne pouvoir à M. Jean-Luc",
        "berger m'a redonné sa procu ?": "Oui : Mme Françoise BERGER donne pouvoir",
        "Bony m'a confié son pouvoir ?": "Non : Mme Françoise BERGER donne pouvoir",
    }
    for message, part in asked.items():
        answer = text(await degraix.send(message))
        assert part in answer, (message, answer)
        assert "4 juillet 2024" not in answer, (message, answer)


@pytest.mark.parametrize(
    "message",
    [
        "je voudrais que Françoise Berger me représente jeudi 18",
        "Berger me représentera pour le 18",
        "je souhaite être représenté par Mme Berger le 18",
        "je me fais représenter par Berger au prochain bureau",
    ],
)
async def test_a_proxy_said_by_who_stands_in(  # type: ignore[no-untyped-def]
    app_api, loaded_engine: Engine, coming_sitting: int, message: str
) -> None:
    """« je voudrais que X me représente »: the proxy said by who stands in was read as a
    question about a past sitting (« vous n'avez pas donné de pouvoir »)."""
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 731)
    offered = text(await artigues.send(message))
    assert "BERGER" in offered, offered
    await artigues.press("Confirmer")
    assert active_proxies(loaded_engine, coming_sitting) == [("ARTIGUES", "BERGER")]


async def test_asking_who_stands_in_gives_no_proxy(  # type: ignore[no-untyped-def]
    app_api, loaded_engine: Engine, coming_sitting: int
) -> None:
    artigues = await linked(app_api, loaded_engine, "ARTIGUES", 741)
    for question in ("qui me représente jeudi 18 ?", "Berger me représente le 18 ?"):
        await artigues.send(question)
    assert active_proxies(loaded_engine, coming_sitting) == []
