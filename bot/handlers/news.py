"""What is new, asked in words (bot/services/news.py): the documents imported last, or the
sittings held since a sitting or a day, with their acts."""

from __future__ import annotations

from datetime import date, timedelta

from bot.handlers import questions
from bot.handlers.common import Ask
from bot.services.frames import Asked, read_frame
from bot.services.news import NewsAsked
from storage import lookups

SHOWN = 6  # the sittings since said, latest first; then how many more
ACTS_SHOWN = 5  # of each, the acts listed


async def answer_news(ask: Ask, asked: NewsAsked) -> None:
    """« les derniers documents importés » / « quoi de neuf depuis le dernier conseil ? »."""
    today = ask.runtime.today()
    council = ask.asker.council_id
    if not asked.since:
        files = ask.reads.lookup(ask.session, lookups.latest_documents, council_id=council)
        await ask.reply("news_documents", files=files)
        return
    frame = read_frame(asked.since, today)
    when = frame.when
    if when.empty and not frame.body and not frame.number:
        # « quoi de neuf depuis longtemps ? »: no sitting nor day said, the documents imported
        asked = NewsAsked()
        return await answer_news(ask, asked)
    after = None
    if frame.body or when.relative or frame.number or not (when.start or when.on):
        # « depuis le dernier conseil », « depuis le bureau de juillet »: after that sitting
        sitting_id = await questions.sitting_of(ask, frame.but(asked=Asked.SITTING, words=()))
        if sitting_id is None:
            return  # which sitting, or that there is none, was answered
        after = ask.sitting_view(sitting_id)
        start = after.held_on + timedelta(days=1)
    else:
        # « depuis mars 2022 »: from the period's first day; « depuis le 27 janvier »: after
        # that day (its sitting is what the member already knows)
        start = when.on + timedelta(days=1) if when.on else when.start or today
    briefs = ask.reads.lookup(
        ask.session,
        lookups.sittings_matching,
        start=start,
        end=date.max,
        council_id=council,
    )
    sittings = [ask.sitting_view(b.id) for b in briefs[:SHOWN]]
    await ask.reply(
        "news_since",
        after=after,
        start=start,
        on=when.on if after is None else None,
        said=when.said or asked.since,
        sittings=sittings,
        more=len(briefs) - len(sittings),
        acts_shown=ACTS_SHOWN,
        today=today,
    )
