"""Families a blind probe of invented council documents still found read wrong: an item the
council only heard (« Acte est donné au Président de … », « Communication sans vote », « Il
est pris acte de ce rapport » after an exposé quoting another body's vote) read as adopted or
as saying nothing; and page furniture between two lines of a list (a running footer printed
without its page's number, « Publié le … », a stamp, the heading's words again) glued to a name
or ending the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.parsing.extract import parse_extract
from storage.parsing.pdf import read_document_text
from tests.documents import minutes_pdf, printed
from tests.layout_documents import LATIN1
from tests.test_document_families_d23 import HEAD, ROLL, VOTED

# -- A. an item only noted, no vote ------------------------------------------------------------

EXPOSES = {
    "proposal only": (
        "Rapport d'activité 2024 du syndicat des eaux\n"
        "Le Maire présente le rapport. Il est proposé d'approuver le rapport d'activité.\n"
    ),
    "another body's vote": (
        "Rapport d'activité 2024 du syndicat des eaux\n"
        "Le Maire présente le rapport d'activité adopté par le comité syndical le 3 avril 2025."
        " Il est proposé d'en prendre acte.\n"
    ),
    "approved elsewhere": (
        "Rapport sur le prix et la qualité du service de l'eau\n"
        "Le rapport, approuvé par le comité le 3 avril, est présenté au conseil.\n"
    ),
}
NOTED = [
    "Il est pris acte de ce rapport.",
    "Le Comité prend connaissance du rapport.",
    "Acte est donné au Président de la présentation du rapport.",
    "Acte est donné à Monsieur le Maire de cette communication.",
    "Communication sans vote.",
    "Information sans vote.",
    "Cette communication ne donne pas lieu à un vote.",
    "Ce rapport ne fait pas l'objet d'un vote.",
    "Le Conseil municipal a pris connaissance du rapport.",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("closing", NOTED)
@pytest.mark.parametrize("expose", sorted(EXPOSES))
def test_an_item_only_noted_has_no_vote(expose: str, closing: str, shape: str) -> None:
    """The item heard, then the next one voted: noted (no figures), then adopted."""
    text = (
        HEAD + ROLL + "\n1 - " + EXPOSES[expose] + closing + "\n"
        "\n2 - Tarifs de la piscine municipale\n" + VOTED
    )
    extract = parse_extract(printed(text, shape))
    assert [(i.ordinal, i.deliberation.outcome) for i in extract.items] == [
        ("1", "noted"),
        ("2", "adopted"),
    ]
    noted = extract.items[0].deliberation
    assert (noted.votes_for, noted.votes_against, noted.unanimous) == (None, None, None)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(
    "closing",
    [
        "Le Conseil prend acte de la communication. Adopté à l'unanimité.",
        "Il est pris acte du rapport. Après en avoir délibéré, le conseil adopte le rapport à"
        " la majorité : pour 20, contre 3.",
    ],
)
def test_a_vote_after_the_item_is_noted_is_still_a_vote(closing: str, shape: str) -> None:
    text = HEAD + ROLL + "\n1 - " + EXPOSES["proposal only"] + closing + "\n"
    assert parse_extract(printed(text, shape)).deliberation.outcome == "adopted"


def test_a_withdrawn_item_without_vote_stays_withdrawn() -> None:
    text = (
        HEAD + ROLL + "\n1 - Tarifs de la piscine\nPoint retiré de l'ordre du jour, sans vote.\n"
    )
    assert parse_extract(text).deliberation.outcome == "withdrawn"


# -- B. page furniture between two lines of a list ---------------------------------------------

SYNDICATE = (
    "SYNDICAT DES EAUX DU FUREN\nProcès-verbal du comité syndical du 2 mai 2024\n"
    "L'an deux mille vingt-quatre, le deux mai à dix-huit heures, le comité syndical s'est "
    "réuni sous la présidence de M. Henri COSTE, Président.\n"
)
FURNITURE = [
    "Syndicat des eaux – Comité du 02/05/2024 – Page 1 / 4",
    "- 3 -",
    "Envoyé en préfecture le 06/05/2024",
    "042-200011223-20240506-D2024_12-DE",
    "Publié le 07/05/2024",
    "Affiché le 7 mai 2024",
    "Comité syndical du 2 mai 2024",
    "Syndicat des eaux du Furen - PV du comité syndical - séance du 2 mai 2024 - 2",
    "Accusé de réception en préfecture 042-200011223-20240506-D2024_12-DE"
    " Date de télétransmission : 06/05/2024",
    "SYNDICAT DES EAUX DU FUREN",
    "PV CS 02.05.2024",
    "CS du 02-05-2024 – 2/4",
]
PRESENT_FIVE = ["COSTE", "LAFAGE", "VIGNE", "BOIS", "MARTY"]
LISTS = {
    "comma-separated": (
        "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE,\n{F}\n"
        "Mme Anne BOIS, M. Luc MARTY\n"
        "Absents excusés : Mme Nina ROUX (pouvoir à M. Luc MARTY), M. Jean PERRIN\n"
    ),
    "one a line": (
        "Présents :\nM. Henri COSTE\nMme Rose LAFAGE\nM. Paul VIGNE\n{F}\nMme Anne BOIS\n"
        "M. Luc MARTY\nAbsents excusés : Mme Nina ROUX (pouvoir à M. Luc MARTY), M. Jean PERRIN\n"
    ),
    "proxies": (
        "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
        "Pouvoirs :\n- Mme Nina ROUX à M. Luc MARTY\n{F}\n- M. Jean PERRIN à Mme Anne BOIS\n"
    ),
    "excused": (
        "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
        "Absents excusés : Mme Nina ROUX (pouvoir à M. Luc MARTY),\n{F}\nM. Jean PERRIN\n"
    ),
}


def _furnished(layout: str, furniture: str) -> str:
    return (
        SYNDICATE
        + LISTS[layout].format(F=furniture)
        + "Secrétaire de séance : Mme Anne BOIS\n"
        + "Le Président expose le projet.\nAdopté à l'unanimité.\n"
    )


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("furniture", FURNITURE)
@pytest.mark.parametrize("layout", sorted(LISTS))
def test_page_furniture_inside_a_list(layout: str, furniture: str, shape: str) -> None:
    """A running footer, a page's number or a stamp between two names: the list goes on, no
    name carries it, nobody is made of it."""
    extract = parse_extract(printed(_furnished(layout, furniture), shape))
    assert [p.last_name for p in extract.present] == PRESENT_FIVE
    expected = [("ROUX", "MARTY")] + ([("PERRIN", "BOIS")] if layout == "proxies" else [])
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == expected
    if layout != "proxies":
        assert [p.last_name for p in extract.absent_excused] == ["ROUX", "PERRIN"]
    assert extract.represented == []


def test_a_date_after_a_name_in_its_own_words_stays() -> None:
    """« Mme Rose LAFAGE (installée le 2 mai 2024) »: no footer, the name and its note stay."""
    text = SYNDICATE + (
        "Présents : M. Henri COSTE, Mme Rose LAFAGE (installée le 2 mai 2024), M. Paul VIGNE\n"
        "Secrétaire de séance : M. Paul VIGNE\nAdopté à l'unanimité.\n"
    )
    assert [p.last_name for p in parse_extract(text).present] == ["COSTE", "LAFAGE", "VIGNE"]


@pytest.mark.parametrize(
    "footer",
    ["PV CS 02.05.2024 - {0}", "Syndicat des eaux du Furen - Comité syndical du 2 mai 2024"],
)
def test_a_list_across_a_pdf_page_under_its_footer(footer: str, tmp_path: Path) -> None:
    """A list of one name a line crossing a page whose footer prints no « Page »."""
    pdf = minutes_pdf(footer)
    pdf.add_page()
    for line in SYNDICATE.strip().split("\n"):
        pdf.multi_cell(0, 5, line.translate(LATIN1), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(225)
    pdf.multi_cell(0, 5, "Présents :", new_x="LMARGIN", new_y="NEXT")
    for name in ("M. Henri COSTE", "Mme Rose LAFAGE", "M. Paul VIGNE", "Mme Anne BOIS"):
        pdf.multi_cell(0, 5, name, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "M. Luc MARTY", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Secrétaire de séance : Mme Anne BOIS", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 5, "Adopté à l'unanimité.".translate(LATIN1), new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "pv.pdf"))
    text = read_document_text(tmp_path / "pv.pdf")
    assert pdf.page_no() == 2
    assert [p.last_name for p in parse_extract(text).present] == PRESENT_FIVE


PAGE_BREAKS = [
    "\nSyndicat des eaux – Comité du 02/05/2024 – Page 1 / 4\n",
    "\n- 3 -\n\nSYNDICAT DES EAUX DU FUREN\n",
    "Séance du 02/05/2024 - page 3",
    "\nComité syndical – séance du 2 mai 2024\n3\n",
]
BROKEN_LISTS = {
    "numbered": (
        "Présents :\n1. M. Henri COSTE\n2. Mme Rose LAFAGE\n3. M. Paul VIGNE\n{F}\n"
        "4. Mme Anne BOIS\n5. M. Luc MARTY\n"
    ),
    "surname first": (
        "Présents : COSTE Henri, LAFAGE Rose, VIGNE Paul,\n{F}\nBOIS Anne, MARTY Luc\n"
    ),
    "surname first, one a line": (
        "Etaient présents :\nCOSTE Henri\nLAFAGE Rose\nVIGNE Paul\n{F}\nBOIS Anne\nMARTY Luc\n"
    ),
}


@pytest.mark.parametrize("page_break", PAGE_BREAKS)
@pytest.mark.parametrize("layout", sorted(BROKEN_LISTS))
def test_a_list_goes_on_past_a_page_break(layout: str, page_break: str) -> None:
    """Blank lines and a footer that prints no « Page n / m » (the body and its date, a page's
    number alone, the heading's capitals): the list goes on after them."""
    text = (
        SYNDICATE
        + BROKEN_LISTS[layout].format(F=page_break)
        + "Excusés : Mme Nina ROUX (pouvoir à M. Luc MARTY), M. Jean PERRIN\n"
        + "Secrétaire de séance : Mme Anne BOIS\nAdopté à l'unanimité.\n"
    )
    assert [p.last_name for p in parse_extract(text).present] == PRESENT_FIVE


@pytest.mark.parametrize("page_break", PAGE_BREAKS)
def test_a_list_of_absentees_goes_on_past_a_page_break(page_break: str) -> None:
    text = (
        SYNDICATE
        + "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS,"
        + " M. Luc MARTY\nExcusés :\n- Mme Nina ROUX (pouvoir à M. Luc MARTY)\n"
        + page_break
        + "\n- M. Jean PERRIN\nSecrétaire de séance : Mme Anne BOIS\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text)
    assert [p.last_name for p in extract.absent_excused] == ["ROUX", "PERRIN"]
    assert [p.last_name for p in extract.present] == PRESENT_FIVE
