"""French calendar words, as council documents and members write them."""

from __future__ import annotations

from storage.names import fold

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

# « aout », « Août », « AOUT »: the month's number by its folded name.
MONTH_NUMBERS = {fold(name): number for number, name in enumerate(MONTHS, start=1)}
