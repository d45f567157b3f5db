"""Minutes whose items are headed without the word « délibération »: « 25/041 – Titre » (a
two-figure year, a slash, the act's figures), « 1) Objet : Titre » (and « Réf. : X » below),
« 05/2025⇥TITRE »
(number, tab, title): every item is found, not one item for the whole document."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract

HEAD = """COMMUNE DE BRESSOLLES-LE-VIEUX
PROCÈS-VERBAL DE LA SÉANCE DU CONSEIL MUNICIPAL DU 10 MARS 2025

Présents : M. Paul GIRAUD, Mme Elsa MOULIN, M. Yves CARRE, Mme Inès DUMAS.
Secrétaire de séance : Mme Elsa MOULIN.

"""

TITLES = ("Règlement intérieur du conseil", "Tarifs de la médiathèque", "Aide au club de rugby")
VOTES = ("Adopté à l'unanimité.", "Pour : 3 – Contre : 1 – Abstention : 0\nAdopté.", "Rejeté.")


def minutes(heading: str) -> str:
    return HEAD + "\n".join(
        heading.format(n=n, title=title) + "\n" + vote + "\n"
        for n, (title, vote) in enumerate(zip(TITLES, VOTES, strict=True), start=12)
    )


@pytest.mark.parametrize(
    ("heading", "numbers"),
    [
        ("25/0{n} – {title}", ["25/012", "25/013", "25/014"]),
        ("{n}/2025\t{title_caps}", ["12/2025", "13/2025", "14/2025"]),
        ("{ordinal})\nObjet : {title}", [None, None, None]),
        # « Réf. : X » under the object, alike on every item (no running header)
        (
            "{ordinal}) Objet : {title}\nRéf. : CM-2025-{n}",
            ["CM-2025-12", "CM-2025-13", "CM-2025-14"],
        ),
    ],
)
def test_items_headed_without_the_word_deliberation_are_split(
    heading: str, numbers: list[str | None]
) -> None:
    text = HEAD + "\n".join(
        heading.format(n=n, ordinal=n - 11, title=title, title_caps=title.upper())
        + "\n"
        + vote
        + "\n"
        for n, (title, vote) in enumerate(zip(TITLES, VOTES, strict=True), start=12)
    )
    items = parse_extract(text).items
    assert [item.deliberation.number for item in items] == numbers
    assert [(item.deliberation.title or "").lower() for item in items] == [
        t.lower() for t in TITLES
    ]
    assert [item.deliberation.outcome for item in items] == ["adopted", "adopted", "rejected"]
    assert items[1].deliberation.votes_against == 1


@pytest.mark.parametrize("line", ["10/03 – Ouverture de la séance", "05/2025   à suivre"])
def test_a_date_or_a_figure_is_no_item_heading(line: str) -> None:
    text = minutes("25/0{n} – {title}").replace("Secrétaire de séance", f"{line}\nSecrétaire")
    assert [item.deliberation.number for item in parse_extract(text).items] == [
        "25/012",
        "25/013",
        "25/014",
    ]
