"""Lane lang11 (issue 12): the secretariat in its own words, through the real Application.

/nouvelle_seance takes from one sentence what it says (body, day, hour, place) and asks only
for what is missing; a question typed while it waits for a body is answered as a question.
The import warnings (« des anomalies ? », « des doublons ? ») are answered from the findings
the imports kept: counted for a member, listed for the secretariat, of one sitting if named.
"""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy.engine import Engine
from sqlmodel import select

from bot.services.import_warnings import warnings_asked
from bot.transport import Conversation
from storage import db
from storage.models import Body, Sitting
from tests.helpers import text


def _sittings_on(engine: Engine, body: str) -> list[Sitting]:
    with db.session(engine) as session:
        return list(
            session.exec(
                select(Sitting).join(Body).where(Body.name == body)  # type: ignore[arg-type]
            )
        )


async def test_one_sentence_gives_body_day_and_hour(
    dallara: Conversation, loaded_engine: Engine
) -> None:
    assert "Quel organe" in text(await dallara.send("/nouvelle_seance"))
    asked = text(await dallara.send("Bureau le jeudi 12 septembre 2024 à 18h"))
    assert "Où se tiendra la séance" in asked
    assert "jeudi 12 septembre 2024 à 18 h 00" in asked
    assert "quel jour" not in asked
    assert "ordre du jour" in text(await dallara.send("salle des délibérations")).lower()
    summary = text(await dallara.send("aucun"))
    assert "jeudi 12 septembre 2024 à 18 h 00, salle des délibérations" in summary
    await dallara.press("Confirmer")
    created = [s for s in _sittings_on(loaded_engine, "Bureau Métropolitain") if s.place]
    assert any(s.start_time == time(18, 0) and s.held_on.month == 9 for s in created)


@pytest.mark.parametrize(
    ("opening", "asked", "not_asked"),
    [
        # everything but the agenda: the agenda is asked at once
        (
            "/nouvelle_seance conseil le 3 octobre à 9h30 à l'Hôtel de Métropole",
            "ordre du jour",
            "Où",
        ),
        # no hour: only the hour
        ("/nouvelle_seance bureau le 19 septembre", "à quelle heure", "quel jour"),
        # no day: only the day
        ("/nouvelle_seance le bureau à 17h", "quel jour", "quelle heure"),
        # no body: only the body
        ("/nouvelle_seance le 26 septembre à 18h", "Quel organe", "quel jour"),
    ],
)
async def test_only_what_is_missing_is_asked(
    dallara: Conversation, opening: str, asked: str, not_asked: str
) -> None:
    answer = text(await dallara.send(opening))
    assert asked in answer
    assert not_asked not in answer


async def test_the_day_then_the_hour_add_up(dallara: Conversation) -> None:
    await dallara.send("/nouvelle_seance")
    await dallara.press("Conseil Métropolitain")
    assert "à quelle heure" in text(await dallara.send("le 3 octobre 2024"))
    answer = text(await dallara.send("18 h 30"))
    assert "jeudi 3 octobre 2024 à 18 h 30" in answer
    assert "Où se tiendra la séance" in answer


async def test_a_day_without_its_year_is_the_coming_one(dallara: Conversation) -> None:
    # said on 10 July 2024: « le 2 juillet » can only be next year's
    answer = text(await dallara.send("/nouvelle_seance bureau le 2 juillet à 17h"))
    assert "2 juillet 2025" in answer


async def test_a_past_moment_is_refused_and_asked_again(dallara: Conversation) -> None:
    answer = text(await dallara.send("/nouvelle_seance bureau le 2 juillet 2024 à 17h"))
    assert "déjà passé" in answer
    assert "Où se tiendra" not in answer


@pytest.mark.parametrize(
    ("reply", "created"),
    [
        ("oui", True),
        ("ok c'est bon", True),
        ("je confirme", True),
        ("👍", True),
        ("valider", True),
        ("non", False),
        ("non, annule", False),
        ("laisse tomber", False),
    ],
)
async def test_the_confirmation_answered_in_words_does_what_its_buttons_do(
    dallara: Conversation, loaded_engine: Engine, reply: str, created: bool
) -> None:
    """« Créer cette séance ? » answered « oui » was read as « Entendu » and nothing was
    created, without a word (lane lang13)."""
    await dallara.send("/nouvelle_seance bureau le 12 septembre 2024 à 18h salle A")
    assert "Créer cette séance" in text(await dallara.send("aucun"))
    answer = text(await dallara.send(reply))
    september = [s for s in _sittings_on(loaded_engine, "Bureau Métropolitain") if s.place]
    if created:
        assert "Séance créée" in answer
        assert any(s.held_on.month == 9 for s in september)
    else:
        assert "rien n'a été enregistré" in answer
        assert not september


async def test_a_question_while_confirming_is_answered_and_the_draft_waits(
    dallara: Conversation, loaded_engine: Engine
) -> None:
    await dallara.send("/nouvelle_seance bureau le 12 septembre 2024 à 18h salle A")
    await dallara.send("aucun")
    assert "présents sur 67" in text(await dallara.send("qui était présent au dernier bureau ?"))
    assert "Séance créée" in text(await dallara.send("confirmer"))


@pytest.mark.parametrize(
    ("opening", "place"),
    [
        # « conseil » of the place named no body beside « bureau »
        (
            "/nouvelle_seance bureau le 17 septembre 2024 à 18h salle du conseil",
            "salle du conseil",
        ),
        # the place at the end of the sentence, one word
        ("/nouvelle_seance bureau le 17 septembre 2024 à 18h au siège", "siège"),
        (
            "/nouvelle_seance le conseil le 18 septembre 2024 à 9h, salle du bureau",
            "salle du bureau",
        ),
    ],
)
async def test_the_place_said_after_the_hour_is_taken_and_names_no_body(
    dallara: Conversation, opening: str, place: str
) -> None:
    answer = text(await dallara.send(opening))
    assert place in answer
    assert "Quel organe" not in answer
    assert "Où se tiendra" not in answer


async def test_a_question_while_the_body_is_asked_is_a_question(dallara: Conversation) -> None:
    opened = await dallara.send("/nouvelle_seance")
    answer = text(await dallara.send("qui était présent au dernier bureau ?"))
    assert "présents sur 67" in answer
    assert "quel jour" not in answer
    # the draft still waits for its body
    pressed = await dallara.press("Bureau Métropolitain", opened)
    assert "quel jour et à quelle heure" in text(pressed)


@pytest.mark.parametrize(
    ("question", "says", "never"),
    [
        (
            "des anomalies ?",
            ["avertissements relevés à l'import", "en double"],
            ["Aucune délibération"],
        ),
        (
            "qu'est-ce qui cloche dans les imports ?",
            ["avertissements relevés"],
            ["Je ne trouve rien"],
        ),
        (
            "y a des numéros de délib en double ?",
            ["Oui", "plusieurs fois", "2022.00103"],
            ["ne correspond"],
        ),
        (
            "des incohérences au conseil du 27 janvier 2022 ?",
            ["Conseil Métropolitain du jeudi 27 janvier 2022", "avertissement"],
            ["24 mars"],
        ),
        ("l'import s'est bien passé ?", ["avertissements relevés"], ["Aucune délibération"]),
        ("des soucis avec les fichiers importés ?", ["avertissements relevés"], ["Je ne trouve"]),
        (
            "tout est cohérent pour le bureau du 4 juillet 2024 ? pas d'anomalie ?",
            ["Aucun avertissement", "Bureau Métropolitain du jeudi 4 juillet 2024"],
            ["Non : aucune délibération"],
        ),
    ],
)
async def test_the_secretariat_reads_the_import_warnings(
    dallara: Conversation, question: str, says: list[str], never: list[str]
) -> None:
    answer = text(await dallara.send(question))
    for part in says:
        assert part in answer, (question, answer)
    for part in never:
        assert part not in answer, (question, answer)


async def test_a_member_gets_the_count_not_the_list(degraix: Conversation) -> None:
    answer = text(
        await degraix.send("il y a combien d'avertissements sur les données importées ?")
    )
    assert "avertissements relevés à l'import" in answer
    assert "Le secrétariat en a le détail" in answer
    assert "apparaît sur plusieurs lignes" not in answer


async def test_a_warning_kept_with_each_of_two_acts_is_said_once(dallara: Conversation) -> None:
    # 2022.00150 is printed on lines 81 and 82 of the open data: one warning, kept with each
    answer = text(await dallara.send("des anomalies au conseil du 27 janvier 2022 ?"))
    listed = [line for line in answer.splitlines() if line.startswith("• Conseil")]
    assert listed
    assert len(listed) == len(set(listed)), answer
    assert sum("2022.00150 apparaît sur plusieurs lignes (81, 82)" in line for line in listed) == 1


@pytest.mark.parametrize(
    "message",
    [
        "le schéma de cohérence territoriale ?",
        "qui était absent au dernier bureau ?",
        "erreur de ma part, désolé",
        "un problème avec le vote de Degraix ?",
    ],
)
def test_other_messages_are_not_about_the_warnings(message: str) -> None:
    assert warnings_asked(message) is None


@pytest.mark.parametrize(
    "message",
    [
        "la feuille d'émargement du 4 juillet 2024",
        "la feuille de présence du dernier bureau",
        "je voudrais la liste d'émargement du bureau du 4 juillet 2024",
        # a sitting named beside « imprime » or « en PDF »: that one's, its PDF under it
        "imprime la feuille de présence du 4 juillet 2024",
        "la feuille d'émargement du 4 juillet 2024 en pdf",
    ],
)
async def test_the_sheet_named_in_words_is_the_official_sheet(
    dallara: Conversation, degraix: Conversation, message: str
) -> None:
    """The attendance sheet asked in words is /feuille's for the secretariat (with its PDF
    button), and the roll call for a member (never a search for « feuille d'émargement »)."""
    sheet = text(await dallara.send(message))
    assert "FEUILLE DE PRÉSENCE" in sheet
    assert "Nombre de présents : 40" in sheet
    roll = text(await degraix.send(message))
    assert "40 présents sur 67" in roll
    assert "Je ne trouve rien" not in roll
