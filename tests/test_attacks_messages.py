"""Attacks on what a member's message carries, beyond its words: the real Application through
`process_update` on the sample store (SQLite and PostgreSQL)."""

from __future__ import annotations

import json

import pytest

from bot.transport import Conversation
from tests.helpers import text

QUESTION = "Degraix était présent le 4 juillet 2024 ?"


@pytest.mark.parametrize(
    "padding",
    [" " * 4000, "\n" * 4000, " \n\t" * 1300, "\u00a0" * 3000],
    ids=["spaces", "line breaks", "mixed", "no-break spaces"],
)
async def test_a_short_question_padded_with_blank_space_is_answered_not_too_long(
    degraix: Conversation, padding: str
) -> None:
    """Thousands of trailing blanks made a short question « trop long »: the blank space is
    trimmed where messages are cleaned, before anything measures them."""
    plain = text(await degraix.send(QUESTION))
    assert "Oui" in plain
    assert text(await degraix.send(QUESTION + padding)) == plain
    assert text(await degraix.send(padding + QUESTION)) == plain
    spread = QUESTION.replace(" ", padding[:600])  # runs of blanks between the words
    assert text(await degraix.send(spread)) == plain


async def test_a_command_padded_with_blank_space_keeps_its_argument(
    degraix: Conversation,
) -> None:
    plain = text(await degraix.send("/pouvoirs 4 juillet 2024"))
    assert "6 pouvoirs" in plain
    assert text(await degraix.send("/pouvoirs 4 juillet 2024" + "\n" * 3000)) == plain
    assert text(await degraix.send("/pouvoirs" + " " * 3000 + "4 juillet 2024")) == plain


async def test_a_message_long_in_words_is_still_too_long(degraix: Conversation) -> None:
    answer = text(await degraix.send("Degraix était présent ? " * 40))
    assert "trop long" in answer


@pytest.mark.parametrize(
    ("accented", "plain"),
    [
        ("/séance 4 juillet 2024", "/seance 4 juillet 2024"),
        ("/présents 4 juillet", "/presents 4 juillet"),
        ("/délibération 2024.00417", "/deliberation 2024.00417"),
        ("/Séances", "/seances"),
    ],
)
async def test_a_command_typed_with_its_accents_is_that_command(
    degraix: Conversation, accented: str, plain: str
) -> None:
    """« /séance 4 juillet » as a French member types it was « Je ne connais pas cette
    commande »."""
    answer = text(await degraix.send(accented))
    assert "Je ne connais pas cette commande" not in answer
    assert answer == text(await degraix.send(plain))


async def test_a_command_no_accent_folding_makes_known_stays_unknown(
    degraix: Conversation,
) -> None:
    for typed in ("/😀", "/ségolène", "/seance_4_juillet"):
        assert "Je ne connais pas cette commande" in text(await degraix.send(typed))


@pytest.mark.parametrize(
    ("typed", "right"),
    [
        ("/deliberations 2024.00417", "/deliberation 2024.00417"),
        ("/membres", "/membre"),
        ("/seanse", "/seance"),
        ("/absences", "/absents"),
    ],
)
async def test_a_reading_command_a_slip_away_is_run_as_typed_right(
    degraix: Conversation, typed: str, right: str
) -> None:
    """A command that only reads, a slip away from one (and nearer to it than to any other),
    is answered as that command, as a name a letter away is found (issue 12)."""
    answer = text(await degraix.send(typed))
    assert "Je ne connais pas cette commande" not in answer
    assert answer == text(await degraix.send(right))


@pytest.mark.parametrize(
    ("typed", "offered"),
    [
        ("/absnt", "Vouliez-vous dire /absent ou /absents ?"),
        ("/presnt", "Vouliez-vous dire /present ou /presents ?"),
        ("/anuler_pouvoir", "Vouliez-vous dire /annuler_pouvoir ?"),
        ("/nouvelle_seanse", "Vouliez-vous dire /nouvelle_seance ?"),
    ],
)
async def test_a_command_that_acts_a_slip_away_is_offered_never_run(
    degraix: Conversation, typed: str, offered: str
) -> None:
    answer = text(await degraix.send(typed))
    assert f"Je ne connais pas cette commande. {offered}" in answer


async def test_an_unknown_command_far_from_any_offers_none(degraix: Conversation) -> None:
    answer = text(await degraix.send("/zzzzzz"))
    assert "Vouliez-vous dire" not in answer
    assert "Je ne connais pas cette commande" in answer


# JSON may escape half of a surrogate pair alone: no client sends one, a forged update can.
LONE = json.loads('"\\ud800"')


async def test_a_lone_surrogate_is_removed_like_an_invisible_character(
    degraix: Conversation,
) -> None:
    """« /membre \udcff » was « Désolé, je n'ai pas pu traiter votre demande »: the reply quoting
    it could not be encoded. « Deg\ud800raix » was read « Deg », a name nobody has."""
    assert text(await degraix.send(f"Deg{LONE}raix était présent le 4 juillet 2024 ?")) == text(
        await degraix.send("Degraix était présent le 4 juillet 2024 ?")
    )
    assert "Indiquez un nom" in text(await degraix.send(f"/membre {LONE}"))
    assert "Je ne lis que les messages écrits" in text(await degraix.send(LONE))


@pytest.mark.parametrize("data", [LONE, f"page:{LONE}:1", f"proxy:ok:{LONE}:1"])
async def test_a_button_payload_holding_a_lone_surrogate_is_stale(
    degraix: Conversation, data: str
) -> None:
    """Measured for Telegram's 64-byte limit with a strict UTF-8 encoding, it raised."""
    assert "Ce bouton n'est plus valable" in text(await degraix.press_data(data))


@pytest.mark.parametrize("name", ["Деграикс", "Δεγραιξ", "Дюран-Лоран"])
async def test_a_name_in_another_alphabet_is_nobody_not_the_whole_roll_call(
    degraix: Conversation, name: str
) -> None:
    """A capital of any alphabet opens a name: « Деграикс était présent ? » was answered with
    the 40 present members as if no name had been typed."""
    answer = text(await degraix.send(f"{name} était présent ?"))
    assert "Aucun membre ne s'appelle" in answer
    assert name.split("-")[0] in answer
    assert "ARNAUD" not in answer


@pytest.mark.parametrize(
    "typed", ["délibération 2024.00 417", "c'est quoi la 2024.00 417 ?", "la 2024.0 417 ?"]
)
async def test_an_act_number_typed_with_its_digits_grouped_is_that_act(
    degraix: Conversation, typed: str
) -> None:
    """« 2024.00 417 », the five digits grouped as thousands are: the act, never « aucune
    délibération n° 2024.00000 »."""
    answer = text(await degraix.send(typed))
    assert "2024.00417" in answer
    assert "CONTRAT LOCAL DES SOLIDARIT" in answer


async def test_a_long_letter_gets_its_question_answered(degraix: Conversation) -> None:
    """A courteous letter of 700 characters whose question is its last sentence was refused
    as « trop long »: its question is answered; a flood of questions still is not."""
    letter = (
        "Madame, Monsieur, "
        + "je prépare une intervention et je voudrais être certain de mes informations. " * 8
        + "Pourriez-vous me dire qui présidait le bureau du 4 juillet 2024 ? "
        + "Je vous remercie par avance. Cordialement"
    )
    assert len(letter) > 500
    answer = text(await degraix.send(letter))
    assert "Mme Sylvie FAYOLLE présidait" in answer
    assert "trop long" not in answer


@pytest.mark.parametrize(
    "typed",
    [
        "/membre Bеrger",  # a Cyrillic е among Latin letters
        "/membre ΒERGER",  # a Greek capital Beta
        "/membre Вerger",  # a Cyrillic capital Ve
        "Mme Bеrger était présente le 4 juillet 2024 ?",
    ],
)
async def test_a_name_typed_with_latin_lookalikes_of_another_alphabet_is_that_member(
    degraix: Conversation, typed: str
) -> None:
    """A keyboard left in a Russian or Greek layout, or a name pasted to deceive: « Bеrger »
    shows as Berger and was « aucun membre nommé « Bеrger » », where a document's name so
    printed was already read in Latin letters."""
    plain = typed.translate(str.maketrans("еΒВ", "eBB"))
    assert text(await degraix.send(typed)) == text(await degraix.send(plain))
    assert "BERGER" in text(await degraix.send(typed))


@pytest.mark.timeout(20)
async def test_a_text_of_hundreds_of_kilobytes_without_a_question_mark_is_refused_at_once(
    degraix: Conversation,
) -> None:
    """A long message's last question was looked for from every character to the end: 4 kB
    without « ? » (Telegram's longest message, ordinary words) took 17 to 19 ms of the loop
    (1 ms now), and a line of 200 kB fed to « console --jsonl » minutes, the next questions
    waiting."""
    for text_sent in ("mot " * 60_000, "a" * 250_000, "Bonjour. " * 30_000):
        assert "trop long" in text(await degraix.send(text_sent))
    asked = "Madame, " + "je vous écris " * 10_000 + ". Qui était présent le 4 juillet 2024 ?"
    assert text(await degraix.send(asked)) == text(
        await degraix.send("Qui était présent le 4 juillet 2024 ?")
    )
