"""The words members use for their own moves at a sitting, one list each, read by the
declaration of attendance (bot/handlers/proxies.py), the polite request said plainly
(bot/services/small_talk.py) and the questions of who came late (bot/services/frames.py)."""

from __future__ import annotations

# « en retard », « à la bourre », « retardé », « après le début »: coming late (folded text);
# a regular-expression alternation, without anchors, to be set between word bounds
LATE = r"en retard|a la bourre|retardee?s?|apres le debut|apres l ouverture|apres l appel"
# « vers 18h », « à 17 h 30 »: the hour of one's arrival, said after « arriver » or « être »
ARRIVAL_HOUR = r"vers \d{1,2} ?h\d{0,2}|a \d{1,2} ?h\d{0,2}"
