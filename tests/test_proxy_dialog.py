"""A proxy given in words: the member answers the bot's questions by typing, changes their
mind, names a day without a sitting, or says they will come after all. End to end through
process_update on the sample data, with a coming Bureau on Thursday 18 July 2024."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select
from telegram.ext import Application

from bot.services.proxy_dialog import Said, is_a_button_word, read_reply
from bot.transport import InProcessBotAPI
from storage import db
from storage.models import Attendance, AttendanceStatus, Member
from tests.helpers import active_proxies, linked, text


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("Oui", Said.CONFIRM),
        ("oui merci", Said.CONFIRM),
        ("je confirme !", Said.CONFIRM),
        ("C'est bon", Said.CONFIRM),
        ("ok vas-y", Said.CONFIRM),
        ("Valider", Said.CONFIRM),
        ("non", Said.CANCEL),
        ("Non merci", Said.CANCEL),
        ("laissez tomber", Said.CANCEL),
        ("ok annule", Said.CANCEL),
        ("je ne veux plus", Said.CANCEL),
        ("bon finalement non, annulez ma procuration", Said.CANCEL),
        ("je confirme mon pouvoir", Said.CONFIRM),
        ("non, à Bony plutôt", Said.CHANGE),
        ("Finalement à Mme Semache", Said.CHANGE),
        ("en fait plutôt au maire de Firminy", Said.CHANGE),
        ("pardon, je me suis trompé : à Perache", Said.CHANGE),
        ("qui était présent le 4 juillet ?", Said.OTHER),
        ("Bony", Said.OTHER),
    ],
)
def test_a_short_reply_is_read_as_people_write_it(reply: str, said: Said) -> None:
    assert read_reply(reply) is said


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("Confirmer", True), ("annuler", True), ("je confirme le pouvoir", True), ("Bony", False)],
)
def test_a_button_label_typed_is_known(typed: str, expected: bool) -> None:
    assert is_a_button_word(typed) is expected


async def test_a_holder_typed_after_the_question_and_a_typed_yes(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    bony = await linked(application, loaded_engine, "BONY", 811)
    assert "À qui donnez-vous pouvoir" in text(await bony.send("je veux donner procuration"))
    replies = await bony.send("Perache")
    assert "Vous donnez pouvoir à M. Gilles PERACHE" in text(replies)
    assert "Siège au" not in text(replies)  # not the member's card
    assert active_proxies(loaded_engine, coming_sitting) == []
    assert "est enregistré" in text(await bony.send("oui c'est bon"))
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "PERACHE")]
    # Nothing pending any more: a typed « Confirmer » says so, never « aucun membre ».
    answer = text(await bony.send("Confirmer"))
    assert "rien à confirmer" in answer
    assert "aucun membre" not in answer.casefold()


async def test_the_member_changes_the_holder_before_confirming(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    bony = await linked(application, loaded_engine, "BONY", 812)
    assert "PERACHE" in text(await bony.send("je laisse ma voix à Perache jeudi 18"))
    replies = await bony.send("ah non pardon, plutôt à Semache")
    assert "Vous donnez pouvoir à Mme Nadia SEMACHE" in text(replies)
    await bony.press("Confirmer")
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "SEMACHE")]


async def test_a_typed_no_registers_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    bony = await linked(application, loaded_engine, "BONY", 813)
    assert "Confirmez-vous" in text(await bony.send("Perache votera à ma place"))
    assert "aucun pouvoir n'a été enregistré" in text(await bony.send("non laisse tomber"))
    assert "rien à confirmer" in text(await bony.send("oui je confirme"))
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_day_without_a_sitting_offers_the_coming_one(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    bony = await linked(application, loaded_engine, "BONY", 814)
    replies = await bony.send("je donne pouvoir à Perache pour le vendredi 19 juillet")
    answer = text(replies)
    assert "pas de séance le vendredi 19 juillet 2024" in answer
    # The one coming sitting is proposed at once, the missing day said first; nothing is
    # registered before the member's yes.
    assert "Vous donnez pouvoir à M. Gilles PERACHE" in answer
    assert "jeudi 18 juillet 2024" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []
    await bony.press("Confirmer")
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "PERACHE")]


async def test_coming_after_all_withdraws_the_proxy_once_confirmed(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    bony = await linked(application, loaded_engine, "BONY", 815)
    await bony.send("/pouvoir Perache")
    await bony.press("Confirmer")
    replies = await bony.send("en fait je pourrai venir jeudi 18")
    assert "Le retirez-vous" in text(replies)
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "PERACHE")]  # asked first
    assert "votre pouvoir est maintenu" in text(await bony.press("Garder mon pouvoir"))
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "PERACHE")]
    await bony.send("finalement je serai bien là")
    answer = text(await bony.send("oui"))
    assert "est retiré" in answer
    assert "vous serez présent" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []
    with db.session(loaded_engine) as session:
        bony_id = session.exec(select(Member.id).where(Member.last_name == "BONY")).one()
        status = session.exec(
            select(Attendance.status).where(
                Attendance.sitting_id == coming_sitting, Attendance.member_id == bony_id
            )
        ).one()
    assert status == AttendanceStatus.present


async def test_a_holder_cannot_pass_on_a_proxy(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """No chains (L2121-20): who carries a colleague's vote must come to use it."""
    bony = await linked(application, loaded_engine, "BONY", 816)
    perache = await linked(application, loaded_engine, "PERACHE", 817)
    await bony.send("/pouvoir Perache")
    await bony.press("Confirmer")
    answer = text(await perache.send("je donne pouvoir à Semache pour le 18 juillet"))
    assert "Vous détenez déjà le pouvoir de M. Vincent BONY" in answer
    assert "Confirmez-vous" not in answer
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "PERACHE")]


async def test_the_sitting_is_chosen_by_typing_its_label_or_its_day(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    from datetime import date

    from tests.helpers import add_coming_bureau_sitting

    with db.session(loaded_engine) as session:
        later = add_coming_bureau_sitting(session, held_on=date(2024, 7, 25))
        session.commit()
        later_id = later.id or 0
    bony = await linked(application, loaded_engine, "BONY", 816)
    replies = await bony.send("je donne pouvoir à Perache pour vendredi")
    assert "Choisissez la séance" in text(replies)
    assert len(replies[-1].labels) == 2
    # A yes does not say which: nothing is registered, and the member is told so.
    answer = text(await bony.send("c'est bon"))
    assert "pas encore enregistré" in answer
    assert "Siège au" not in answer  # « bon » is not read as BONNET
    # The button's label typed as text, then the day alone, each choose a sitting.
    answer = text(await bony.send(replies[-1].labels[1]))
    assert "Vous donnez pouvoir à M. Gilles PERACHE" in answer
    assert "25 juillet 2024" in answer
    assert "est enregistré" in text(await bony.send("oui"))
    assert active_proxies(loaded_engine, later_id) == [("BONY", "PERACHE")]
    assert active_proxies(loaded_engine, coming_sitting) == []
    replies = await bony.send("procuration à Semache vendredi")
    assert "Choisissez la séance" in text(replies)
    answer = text(await bony.send("celle du 18"))
    assert "Vous donnez pouvoir à Mme Nadia SEMACHE" in answer
    assert "18 juillet 2024" in answer


async def test_a_bare_cancel_word_after_a_registered_proxy_withdraws_nothing(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """Once the bot has said there is nothing to confirm, an old button's « Annuler » typed
    again withdrew the registered proxy without a question; now it says the proxy stands and
    how to withdraw it. Words that say so (« en fait j'annule ») still withdraw it."""
    bony = await linked(application, loaded_engine, "BONY", 812)
    await bony.send("je donne pouvoir à Perache pour jeudi 18")
    await bony.send("Oui")
    again = text(await bony.send("Confirmer"))
    assert "reste enregistré" in again
    assert "PERACHE" in again
    assert "reste enregistré" in text(await bony.send("Annuler"))
    assert active_proxies(loaded_engine, coming_sitting) == [("BONY", "PERACHE")]
    assert "est retiré" in text(await bony.send("en fait j'annule"))
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_the_asker_is_never_one_of_the_holders_offered(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    """« je donne pouvoir à Bernard » from M. Bernard Bonnet: the only other Bernard is meant,
    and the proxy is still confirmed before it is stored."""
    bonnet = await linked(application, loaded_engine, "BONNET", 813)
    answer = text(await bonnet.send("je donne pouvoir à Bernard pour jeudi 18"))
    assert "Vous donnez pouvoir à M. Bernard LAGET" in answer
    assert active_proxies(loaded_engine, coming_sitting) == []


async def test_a_member_looking_for_a_holder_is_offered_the_free_colleagues(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
) -> None:
    # Two colleagues have said they will come; one of them already carries a proxy, so the law
    # lets only the other take Bony's: that one is offered, as a button, and pressing it
    # proposes the proxy (registered only on the member's yes).
    perache = await linked(application, loaded_engine, "PERACHE", 821)
    semache = await linked(application, loaded_engine, "SEMACHE", 822)
    laget = await linked(application, loaded_engine, "LAGET", 823)
    await perache.send("je serai présent jeudi 18")
    await semache.send("je serai présente jeudi 18")
    await laget.send("je donne pouvoir à Semache pour jeudi 18")
    await laget.press("Confirmer")
    bony = await linked(application, loaded_engine, "BONY", 824)
    answer = text(await bony.send("qui pourrait prendre ma procu le 18 ?"))
    assert "À qui donnez-vous pouvoir" in answer
    assert "A annoncé sa présence et peut le porter : M. Gilles PERACHE." in answer
    assert "SEMACHE" not in answer
    replies = await bony.press("M. Gilles PERACHE")
    assert "Vous donnez pouvoir à M. Gilles PERACHE" in text(replies)
    assert active_proxies(loaded_engine, coming_sitting) == [("LAGET", "SEMACHE")]


@pytest.mark.parametrize(
    "asked",
    ["à qui je pourrais confier mon pouvoir ?", "je peux laisser ma procuration à qui ?"],
)
async def test_asking_whom_to_give_to_asks_for_the_holder(
    application: tuple[Application, InProcessBotAPI],  # type: ignore[type-arg]
    loaded_engine: Engine,
    coming_sitting: int,
    asked: str,
) -> None:
    bony = await linked(application, loaded_engine, "BONY", 825)
    answer = text(await bony.send(asked))
    assert "À qui donnez-vous pouvoir" in answer
    assert "annoncé" not in answer  # nobody has declared yet
    assert "Perache" in answer or "Degraix" in answer  # the example, never a list of rules
    assert "article L2121-20" not in answer
