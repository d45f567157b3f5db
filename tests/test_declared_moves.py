"""Coming late and leaving early, in the members' own words, through the real Application (the
tests' clock: Wednesday 10 July 2024, 12:00; the Bureau sits Thursday 18 July at 17:00): « je
serai en retard » is a presence with its lateness kept for the secretariat and for whoever asks
« qui sera en retard ? »; « je suis là » once this morning's sitting began is an arrival, which
« qui est arrivé en retard ? » names (it answered « présences non publiées »). Each member is
answered in their own agreement (« vous serez présente »), never « présent(e) » when the
civility is known."""

from __future__ import annotations

from datetime import date, time

from storage import db
from tests.helpers import add_coming_bureau_sitting, text
from tests.test_convocations import coming_sitting, no_per_chat_gap
from tests.test_sitting_orders import Desk, desk

__all__ = ["coming_sitting", "desk", "no_per_chat_gap"]  # the fixtures, shared


# Who says what, in order, and what each answer must and must not say
_TOLD = [
    ("FAYOLLE", "j'aurai un quart d'heure de retard le 18",
     ["vous serez présente, en retard, à la séance du Bureau"], ["présent(e)"]),
    ("LAGET", "je serai au bureau du 18 mais je devrai partir avant la fin",
     ["vous serez présent à la séance", "partirez avant la fin"], ["en retard"]),
    ("DEGRAIX", "y aura-t-il des retardataires jeudi 18 ?", ["Mme Sylvie FAYOLLE"], ["LAGET"]),
    ("DEGRAIX", "qui quittera la séance plus tôt le 18 ?", ["M. Bernard LAGET"], ["FAYOLLE"]),
    # the latest word counts: absent after all, no longer late
    ("FAYOLLE", "finalement je serai absente le 18", ["vous serez absente"], []),
    ("DEGRAIX", "y aura-t-il des retardataires jeudi 18 ?",
     ["Personne n'a annoncé de retard"], ["FAYOLLE"]),
]  # fmt: skip


async def test_lateness_and_early_leaving_declared_are_answered_then_dropped(desk: Desk) -> None:
    for member, said, parts, never in _TOLD:
        answer = text(await desk.chat(member).send(said))
        assert all(p in answer for p in parts), (said, answer)
        assert not any(n in answer for n in never), (said, answer)


async def test_an_arrival_said_once_the_sitting_began_is_a_late_arrival(desk: Desk) -> None:
    with db.session(desk.engine) as session:  # this morning's sitting (the clock: 12:00)
        add_coming_bureau_sitting(session, held_on=date(2024, 7, 10), start_time=time(9))
        session.commit()
    assert "votre arrivée" in text(await desk.chat("LAGET").send("je suis arrivé"))
    answer = text(await desk.chat("DEGRAIX").send("des retards ce matin au bureau ?"))
    assert "M. Bernard LAGET (arrivée signalée le 10/07/2024 12:00:00)" in answer
    assert "ne sont pas publiées" not in answer
