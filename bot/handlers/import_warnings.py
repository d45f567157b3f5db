"""The import warnings asked in words (« des anomalies ? », « des doublons de numéros ? »):
counted by kind for everyone, listed for the secretariat, of one sitting when one is named."""

from __future__ import annotations

from collections import Counter

from bot.handlers import questions
from bot.handlers.common import Ask
from bot.render import finding_text
from bot.services.frames import Asked, read_frame
from bot.services.import_warnings import WarningsAsked
from storage import cues, lookups
from storage.documents import Finding
from storage.names import fold

_A_SITTING = cues.plain(r"\b(?:seance|reunion|session)s?\b")
LISTED = 12  # the secretariat reads the first ones, then asks of one sitting
_DUPLICATE_CODES = ("duplicate_number", "duplicate_row")


async def answer_warnings(ask: Ask, text: str, asked: WarningsAsked) -> None:
    """The warnings kept at import, of the sitting named (if any), said as asked."""
    frame = read_frame(text, ask.runtime.today())
    sitting_id = None
    view = None
    # « des anomalies au bureau du 4 juillet ? », « … à la dernière séance ? »: that sitting's;
    # « l'import s'est bien passé ? » names none (« passé » is no sitting)
    if frame.when.dated or frame.body or _A_SITTING.search(fold(text)):
        sitting_id = await questions.sitting_of(ask, frame.but(asked=Asked.SITTING, words=()))
        if sitting_id is None:
            return  # which sitting, or that there is none, was answered
        view = ask.sitting_view(sitting_id)
    rows = lookups.import_findings(
        session=ask.session, council_id=ask.asker.council_id, sitting_id=sitting_id
    )
    if asked.duplicates:
        rows = [r for r in rows if r.code in _DUPLICATE_CODES]
    # a number printed on two lines is one warning kept with each of its acts: said once
    said = {
        (r.code, r.body, r.held_on, r.number, finding_text(Finding(r.code, r.params))): r
        for r in rows
    }
    rows = list(said.values())
    counts = Counter(r.code for r in rows)
    numbers = sorted(
        {
            str(number)
            for r in rows
            if r.code in _DUPLICATE_CODES and (number := r.params.get("number") or r.number)
        }
    )
    listed = [(r, finding_text(Finding(r.code, r.params))) for r in rows][:LISTED]
    await ask.reply(
        "import_warnings",
        total=len(rows),
        counts=counts.most_common(),
        duplicates=asked.duplicates,
        numbers=numbers,
        listed=listed if ask.asker.secretariat and not asked.duplicates else [],
        secretariat=ask.asker.secretariat,
        s=view,
    )
