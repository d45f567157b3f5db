"""Orders typed to the assistant that it does not carry out in a conversation, through the real
Application. A reminder asked for now (« relance ceux qui n'ont pas répondu »): the reminders
it sends by itself and when, never the quorum forecast alone nor the topic « relance ».
An order to change a sitting typed to the assistant (« annule le bureau du 17 », « ajoute
un point à l'ordre du jour », « tu peux décaler le conseil à 18h ? »), through the real
Application: never read as the question whether it was cancelled (« Non : aucun report ») nor
as a topic of the agenda; a member is told who fixes sittings; the secretariat's order is read
as one (tests/test_sitting_orders.py); the sitting itself is left as it was."""

from __future__ import annotations

import pytest

from bot.services.small_talk import Courtesy, NotHeld, not_held, small_talk
from bot.transport import Conversation
from tests.helpers import text

ORDERS = [
    "annule le bureau du 17",
    "ajoute un point à l'ordre du jour : motion sur la sécurité",
    "tu peux décaler le conseil à 18h ?",
    "reportez la séance de jeudi svp",
    "change la salle du bureau",
    "merci de retirer le point 3 de l'odj",
    "créer une séance le 14 janvier à 18h",  # (the secretariat's draft, below, is begun)
    "décommande le bureau",
    "reprogramme le bureau au 20",
]


@pytest.mark.parametrize("order", ORDERS)
def test_an_order_to_change_a_sitting_is_read_so(order: str) -> None:
    assert not_held(order) is NotHeld.SITTING_CHANGE


@pytest.mark.parametrize(
    "other",
    [
        "le bureau est annulé ?",  # asked, answered from the store
        "annule mon pouvoir pour le bureau",  # one's own proxy
        "annule ma présence au bureau",
        "ajoute le bureau à mon agenda",  # the calendar file
        "supprime la délibération 2024.00417",  # a document: « je ne modifie aucun document »
        "le point 3 de l'ordre du jour ?",
    ],
)
def test_other_messages_are_not_orders_to_change_a_sitting(other: str) -> None:
    assert not_held(other) is not NotHeld.SITTING_CHANGE


async def test_a_member_is_told_who_changes_sittings(degraix: Conversation) -> None:
    said = text(await degraix.send("annule le bureau du 4 juillet 2024"))
    assert said.startswith("Je ne crée ni ne modifie les séances")
    assert "secrétariat des assemblées" in said
    assert "council-bot" not in said
    assert "Non :" not in said


@pytest.mark.parametrize(
    "order",
    [
        "nouvelle séance du bureau le 17 décembre à 20h salle 3",
        "nouveau conseil le 12 janvier à 18h",
        "convoque le bureau du 17 décembre",
        "convoquez le conseil du 14 janvier svp",
        "envoyez la convocation du bureau du 18",
        "crée une réunion du bureau le 20 à 18h",
    ],
)
async def test_a_member_typing_a_secretariat_order_is_told_who_gives_it(
    degraix: Conversation, order: str
) -> None:
    said = text(await degraix.send(order))
    assert said.startswith("Je ne crée ni ne modifie les séances"), order
    assert "Aucune séance" not in said


@pytest.mark.parametrize(
    "question",
    [
        "la nouvelle séance c'est quand ?",
        "j'ai été convoqué au bureau du 17 ?",
        "nouvelle séance du bureau à quelle heure",
        "envoie-moi la convocation du bureau du 18",
        "convoque-moi au prochain bureau",
    ],
)
async def test_a_member_s_question_about_an_order_stays_a_question(
    degraix: Conversation, question: str
) -> None:
    assert "Je ne crée ni ne modifie" not in text(await degraix.send(question))


async def test_the_secretariat_is_asked_which_sitting(dallara: Conversation) -> None:
    # The order is carried out once confirmed (tests/test_sitting_orders.py); naming no sitting
    # when none is to come, it is asked which, never searched as a topic
    said = text(await dallara.send("ajoute un point à l'ordre du jour : motion sur la sécurité"))
    assert said.startswith("Quelle séance ?")
    assert "Rien n'est modifié" in said
    assert "rien sur" not in said


@pytest.mark.parametrize(
    "order",
    [
        "relance ceux qui n'ont pas répondu",
        "tu peux relancer les collègues ?",
        "relancez les élus qui n'ont pas accusé réception svp",
        "il faudrait relancer les retardataires",
        "fais une relance",
        "envoie une relance à ceux qui n'ont pas répondu",
        "Relance les non-répondants",
        "relance-les",
        "relancez svp",
        "relance M. Degraix",
        "rappelle les élus qui n'ont pas répondu",
        "tu peux faire un rappel aux élus ?",
    ],
)
def test_a_reminder_asked_for_now_is_read_so(order: str) -> None:
    assert small_talk(order) is Courtesy.RELAUNCH


@pytest.mark.parametrize(
    "topic",
    [
        "le plan de relance",
        "relance économique",
        "la relance ?",
        "relance les investissements ?",
        "fais un rappel des délibérations",
        "rappelle les membres du bureau",
    ],
)
def test_the_topic_relance_is_no_order(topic: str) -> None:
    assert small_talk(topic) is not Courtesy.RELAUNCH


@pytest.mark.parametrize(
    "order", ["fais une relance", "relance M. Degraix", "décommande le bureau"]
)
async def test_orders_said_otherwise_are_never_a_search(dallara: Conversation, order: str) -> None:
    """« fais une relance » was searched as a topic, « relance M. Degraix » showed his card,
    « décommande le bureau » the sitting, as if done or asked."""
    said = text(await dallara.send(order))
    # (nothing convened yet: nobody to relaunch, tests/test_relaunch.py the rest)
    assert said.startswith(("Aucune séance à venir n'est encore convoquée", "Quelle séance ?")), (
        said
    )
    assert "Je ne trouve rien" not in said


async def test_the_secretariat_asking_a_reminder_is_told_the_reminders(
    dallara: Conversation,
) -> None:
    """Nothing convened yet: nobody to relaunch, and the reminders the assistant sends by itself
    (tests/test_relaunch.py: once convened, the silent members and the button)."""
    said = text(await dallara.send("relance ceux qui n'ont pas répondu"))
    assert said.startswith("Aucune séance à venir n'est encore convoquée")
    assert "la veille à 9 h" in said
    assert "Prévision de quorum" not in said


async def test_the_secretariat_begins_a_sitting_in_words(dallara: Conversation) -> None:
    """« crée une séance … », « programmer un bureau … » typed: the /nouvelle_seance draft,
    with what the words already say taken (never a search for a sitting on that day)."""
    said = text(await dallara.send("créer une séance le 14 janvier 2025 à 18h"))
    assert "Nouvelle séance le mardi 14 janvier 2025 à 18 h 00" in said
    assert "Quel organe se réunit ?" in said
    said = text(await dallara.send("annuler"))
    assert "rien n'a été enregistré" in said
    said = text(
        await dallara.send("programmer un bureau le 21 janvier 2025 à 17h salle du conseil")
    )
    assert said.startswith(
        "Bureau Métropolitain, le mardi 21 janvier 2025 à 17 h 00, salle du conseil"
    )
    assert "ordre du jour" in said
