"""Where the money goes: funded actions summed by axis or by carrier, as a chart's bars.

One idea per chart: the Métropole's contribution (the cost when no action of the answer has
a contribution) by axis when the actions span several axes, else by carrier; no chart when
everything falls in one group, since one bar says nothing the text does not.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from bot.render import euros, to_plain_text
from bot.services.charts import Bars
from bot.services.records import words
from storage.queries import FundedActionView

MOST_BARS = 12  # beyond, the smallest groups are summed into one « Autres » bar


def funding_bars(actions: Sequence[FundedActionView], search: str) -> tuple[str, Bars] | None:
    """(by "axis" or "carrier", the bars), biggest first; None when one bar says it all."""
    if not actions:
        return None
    amount = "contribution" if any(a.contribution for a in actions) else "cost"
    for by in ("axis", "carrier"):
        totals: dict[str | None, Decimal] = {}
        for action in actions:
            raw = getattr(action, by)
            key = raw.strip() if raw and raw.strip() else None
            totals[key] = totals.get(key, Decimal(0)) + (getattr(action, amount) or Decimal(0))
        if len(totals) >= 2:
            break
    else:
        return None
    groups = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0] or ""))
    if len(groups) > MOST_BARS:
        rest = groups[MOST_BARS - 1 :]
        others = (words("funding_others", count=len(rest)), sum((v for _, v in rest), Decimal(0)))
        groups = [*groups[: MOST_BARS - 1], others]  # type: ignore[list-item]
    total = sum(totals.values(), Decimal(0))
    return by, Bars(
        title=words("funding_title", amount=amount, by=by, words=search, funder=actions[0].funder),
        subtitle=words("funding_subtitle", total=total, count=len(actions)),
        bars=[
            (label or words("funding_none", by=by), float(value), to_plain_text(euros(value)))
            for label, value in groups
        ],
        axis_label=words("funding_axis"),
    )
