"""Politeness alone and questions no published document answers, read on phrasings alone (the
conversation table tests/fixtures/questions/conversations_small_talk.tsv answers them)."""

from __future__ import annotations

import pytest

from bot.services.small_talk import Courtesy, NotHeld, not_held, small_talk


@pytest.mark.parametrize(
    ("message", "courtesy"),
    [
        ("merci, top, bonne fin de journée", Courtesy.THANKS),
        ("Thanks a lot !", Courtesy.THANKS),
        ("désolée, mauvaise manip", None),  # « mauvaise » is not in the vocabulary: not guessed
        ("pardon, erreur de ma part", None),
        ("excusez-moi, je me suis trompée", Courtesy.APOLOGY),
        ("mdr", Courtesy.ACKNOWLEDGED),
        ("c'est clair", Courtesy.ACKNOWLEDGED),
        ("qui t'a conçu ?", Courtesy.ABOUT),
        ("merci, et Bonnet était là ?", None),  # a question after the thanks is answered
        ("pas compris", None),  # not an acknowledgement
        ("Bonnet", None),
        ("le", None),
    ],
)
def test_politeness_alone_is_recognised_word_by_word(
    message: str, courtesy: Courtesy | None
) -> None:
    assert small_talk(message) is courtesy


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("l'adresse mail de Fayolle", NotHeld.CONTACT),
        ("je voudrais joindre M. Rivat", NotHeld.CONTACT),
        ("la position du groupe écologiste", NotHeld.POSITION),
        ("how many members were present?", NotHeld.ENGLISH),
        ("what is the SIEL", NotHeld.ENGLISH),
        ("tu peux rédiger un courrier au préfet ?", NotHeld.ELSEWHERE),
        ("qui était présent le 4 juillet ?", None),
        ("le budget du SIEL", None),
        ("pourquoi le quorum était atteint ?", None),
        ("le vote du groupe de travail", None),
        ("qui a pris la parole sur la DSP ?", NotHeld.DEBATE),
        ("qui est intervenu au dernier conseil ?", NotHeld.DEBATE),
        ("il y a eu des débats le 4 juillet ?", NotHeld.DEBATE),
        ("qu'est-ce qui s'est dit au bureau ?", NotHeld.DEBATE),
        ("le débat d'orientation budgétaire 2022", None),  # an act's title
        ("l'échange de terrains à Firminy", None),
        ("des interventions sur la voirie", None),
        ("je voudrais recevoir les convocations par mail", NotHeld.CHANNEL),
        ("la convoc par courrier c'est possible ?", None),  # the law's: at home, on request
        ("la convocation par mail est légale ?", None),  # the law's
        ("ajoute le bureau à mon agenda", NotHeld.CALENDAR),
        ("le fichier ics de la séance ?", NotHeld.CALENDAR),
        ("arrête de m'envoyer des notifications", NotHeld.ACCOUNT),
        ("le mail de Rivat", NotHeld.CONTACT),
    ],
)
def test_what_no_document_holds_is_named(message: str, kind: NotHeld | None) -> None:
    assert not_held(message) is kind


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ("j'aimerais parler à un humain", NotHeld.HUMAN),
        ("je peux avoir une vraie personne au bout ?", NotHeld.HUMAN),
        ("combien touche un élu ?", NotHeld.PAY),
        ("quel est le salaire d'un vice président", NotHeld.PAY),
        ("effacez la délib 2022.00147", NotHeld.CHANGE),
        ("corrige le vote de la séance du 4 juillet", NotHeld.CHANGE),
        ("annule mon pouvoir", None),  # a revocation, read by the proxy dialog
        ("corrige ma présence du 4 juillet", None),  # a declaration, not a document
        ("and who was there?", NotHeld.ENGLISH),
        ("vous parlez anglais ?", NotHeld.ENGLISH),
        ("l'avis de mon groupe sur la DSP ?", NotHeld.POSITION),
        ("ils touchent combien pour l'action ?", None),  # a funded action's amount
        ("combien de votes pour ?", None),
    ],
)
def test_what_the_assistant_does_not_do_is_named(message: str, kind: NotHeld | None) -> None:
    assert not_held(message) is kind


@pytest.mark.parametrize(
    ("message", "courtesy"),
    [
        ("super merci t'es trop fort", Courtesy.PRAISE),
        ("ok merci vous êtes top", Courtesy.PRAISE),
        ("ça marche pas votre appli", Courtesy.COMPLAINT),
        ("franchement tu sers à rien toi", Courtesy.COMPLAINT),
    ],
)
def test_praise_and_complaints_in_other_words(message: str, courtesy: Courtesy) -> None:
    assert small_talk(message) is courtesy
