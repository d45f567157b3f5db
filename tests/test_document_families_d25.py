"""Families a blind probe of invented council documents still found read wrong: an item the
council only heard (« Acte est donné au Président de … », « Communication sans vote », « Il
est pris acte de ce rapport » after an exposé quoting another body's vote) read as adopted or
as saying nothing; and page furniture between two lines of a list (a running footer printed
without its page's number, « Publié le … », a stamp, the heading's words again) glued to a name
or ending the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.render import finding_text
from storage.documents import Person
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


# -- C. the body sitting under its collectivité's heading --------------------------------------

BODIES = [
    (
        "CONSEIL DÉPARTEMENTAL DE LA LOIRE\nCommission permanente\nRéunion du 12 mars 2024\n",
        "Commission permanente",
        "département",
    ),
    (
        "CONSEIL DÉPARTEMENTAL DE LA LOIRE\nCOMMISSION PERMANENTE — Réunion du 12 mars 2024\n",
        "Commission permanente",
        "département",
    ),
    (
        "CONSEIL DÉPARTEMENTAL DE LA HAUTE-LOIRE\nDÉLIBÉRATION DE LA COMMISSION PERMANENTE\n"
        "Réunion du 12 mars 2024\n",
        "Commission permanente",
        "département",
    ),
    (
        "Conseil départemental de la Loire – Commission permanente – Réunion du 12 mars 2024\n",
        "Commission permanente",
        "département",
    ),
    (
        "CONSEIL RÉGIONAL AUVERGNE-RHÔNE-ALPES\nCommission permanente du 12 mars 2024\n",
        "Commission permanente",
        None,
    ),
    (
        "CONSEIL DÉPARTEMENTAL DE LA LOIRE\nBUREAU\nRéunion du 12 mars 2024\n",
        "Bureau",
        "département",
    ),
    (
        "CONSEIL DÉPARTEMENTAL DE LA LOIRE\nRéunion du 12 mars 2024\nLa Commission permanente"
        " s'est réunie sous la présidence de M. Henri COSTE.\n",
        "Commission permanente",
        "département",
    ),
    (
        "DÉPARTEMENT DE LA LOIRE\nCONSEIL DÉPARTEMENTAL\nCOMMISSION PERMANENTE\n"
        "Séance du 12 mars 2024\n",
        "Commission permanente",
        "département",
    ),
    (
        "CONSEIL DÉPARTEMENTAL DE LA LOIRE\nSéance plénière du 12 mars 2024\n",
        "Conseil Départemental",
        "département",
    ),
    (
        "COMMUNAUTÉ DE COMMUNES DES MONTS DU PILAT\nBUREAU COMMUNAUTAIRE\n"
        "Séance du 12 mars 2024\n",
        "Bureau Communautaire",
        "communauté de communes",
    ),
    (
        "SYNDICAT INTERCOMMUNAL DES EAUX DU FUREN\nCOMITÉ SYNDICAL\nSéance du 12 mars 2024\n",
        "Comité Syndical",
        "syndicat",
    ),
]
SITTING = (
    "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
    "Secrétaire de séance : Mme Anne BOIS\n1 - Subvention au club de rugby\n"
    "La commission permanente, après en avoir délibéré, adopte à l'unanimité.\n"
)


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("heading", "body", "kind"), BODIES)
def test_the_body_under_its_collectivite(
    heading: str, body: str, kind: str | None, shape: str
) -> None:
    """« CONSEIL DÉPARTEMENTAL DE LA LOIRE » then « Commission permanente »: the council is the
    département, the body that sat its commission permanente."""
    extract = parse_extract(printed(heading + SITTING, shape))
    assert extract.body == body
    assert str(extract.sitting_date) == "2024-03-12"
    if kind is not None:
        assert extract.council is not None
        assert extract.council.kind == kind


# -- D. hostile or damaged entries -------------------------------------------------------------

FIVE_PRESENT = (
    "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc MARTY\n"
)
CLOSE = "Secrétaire de séance : Mme Anne BOIS\n1 - Tarifs de la cantine\nAdopté à l'unanimité.\n"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("empty", ["-- VIDE", "--VIDE--", "- vide -", "** néant **", "VIDE"])
def test_an_empty_list_as_a_tool_prints_it(empty: str, shape: str) -> None:
    """« Pouvoirs : -- VIDE »: no proxy, nobody named « VIDE », nothing to warn about."""
    text = HEAD + FIVE_PRESENT + f"Pouvoirs : {empty}\nAbsents : {empty}\n" + CLOSE
    extract = parse_extract(printed(text, shape))
    assert (extract.proxies, extract.represented, extract.absent) == ([], [], [])
    assert [p.last_name for p in extract.present] == PRESENT_FIVE
    assert "proxy_holder_unknown" not in [f.code for f in extract.findings]


NEXT_SENTENCES = [
    "Pouvoirs : Mme Nina ROUX donne pouvoir à M. Luc MARTY. Le Président ouvre la séance et"
    " constate le quorum.\n",
    "Mme Nina ROUX a donné pouvoir à M. Luc MARTY. Le Maire ouvre la séance à 20 h.\n",
    "Pouvoirs : Mme Nina ROUX à M. Luc MARTY Le quorum étant atteint, la séance est ouverte.\n",
    "Pouvoirs : Mme Nina ROUX à M. Luc MARTY. Après l'appel, le Maire ouvre la séance.\n",
    "Procurations : Mme Nina ROUX représentée par M. Luc MARTY. Il est procédé à l'appel.\n",
    "Pouvoirs : Mme Nina ROUX à M. Luc MARTY L'ordre du jour est adopté.\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("line", NEXT_SENTENCES)
def test_a_proxy_list_run_into_the_next_sentence(line: str, shape: str) -> None:
    """Nothing of the next sentence enters the holder's name, nor makes a represented member."""
    extract = parse_extract(printed(HEAD + FIVE_PRESENT + line + CLOSE, shape))
    assert [(whole(p.giver), whole(p.holder)) for p in extract.proxies] == [
        ("Mme Nina ROUX", "M. Luc MARTY")
    ]
    assert extract.represented == []
    assert [p.last_name for p in extract.present] == PRESENT_FIVE


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_list_run_into_the_next_sentence_keeps_its_names(shape: str) -> None:
    text = (
        HEAD
        + "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS, M. Luc"
        + " MARTY. Le quorum est atteint.\nExcusés : Mme Nina ROUX, M. Jean PERRIN. La séance"
        + " est ouverte à 20 h.\n"
        + CLOSE
    )
    extract = parse_extract(printed(text, shape))
    assert [p.last_name for p in extract.present] == PRESENT_FIVE
    assert [whole(p) for p in extract.absent_excused] == ["Mme Nina ROUX", "M. Jean PERRIN"]


@pytest.mark.parametrize(
    ("names", "surnames"),
    [
        ("M. Jean LE GALL, Mme Anne Le Berre, M. Paul VIGNE", ["LE GALL", "Le Berre", "VIGNE"]),
        ("BOYER Daniel. PRAT Louis. LE ROUX Anne", ["BOYER", "PRAT", "LE ROUX"]),
        ("Mme Rose LAFAGE. Mme Anne BOIS. M. Luc MARTY", ["LAFAGE", "BOIS", "MARTY"]),
    ],
)
def test_a_particle_or_a_civility_is_no_sentence(names: str, surnames: list[str]) -> None:
    """« Le Berre », a list parted by full stops: no sentence starts there."""
    extract = parse_extract(HEAD + f"Présents : {names}\n" + CLOSE)
    assert [p.last_name for p in extract.present] == [
        *surnames,
        "COSTE",
    ]  # the chair HEAD names presiding sat (d30)


def whole(person: Person) -> str:
    return " ".join(
        part for part in (person.civility, person.first_name, person.last_name) if part
    )


# -- E. a second column's words glued into a list ---------------------------------------------

GLUED = [
    # (the list's text, the surnames kept, what is refused)
    (
        "Présents : M. Luc SARDA, Mme Inès ROUX, M. Paul VIGNE 2022 tarifs, Mme Anne BOIS",
        ["SARDA", "ROUX", "BOIS"],
        "M. Paul VIGNE 2022 tarifs",
    ),
    (
        "Présents : M. Luc SARDA, Mme Inès ROUX approuve la délibération, Mme Anne BOIS",
        ["SARDA", "BOIS"],
        "Mme Inès ROUX approuve la délibération",
    ),
    (
        "Présents : M. Luc SARDA, Mme Inès ROUX, Considérant que le budget, Mme Anne BOIS",
        ["SARDA", "ROUX", "BOIS"],
        "Considérant que le budget",
    ),
    (
        "Présents : M. Luc SARDA, Mme Inès | Par délibération du 3 mai 2022, Mme Anne BOIS",
        ["SARDA", "BOIS"],
        "Mme Inès | Par délibération du 3 mai 2022",
    ),
    (
        "Présents : M. Luc SARDA, Mme Anne conseil avait fixé les tarifs de la BOIS",
        ["SARDA"],
        "Mme Anne conseil avait fixé les tarifs de la BOIS",
    ),
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize(("line", "kept", "refused"), GLUED)
def test_a_name_carrying_the_other_columns_words_is_refused(
    line: str, kept: list[str], refused: str, shape: str
) -> None:
    """A year, « délibération », a verb in a name: « Nom illisible », said, never a member."""
    extract = parse_extract(printed(HEAD + line + "\n" + CLOSE, shape))
    assert [p.last_name for p in extract.present] == [
        *kept,
        "COSTE",
    ]  # the chair HEAD names presiding sat (d30)
    unreadable = [f.params["text"] for f in extract.findings if f.code == "unreadable_name"]
    assert refused in unreadable
    warnings = [finding_text(f) for f in extract.findings]
    assert f"Nom illisible : « {refused} »." in warnings


@pytest.mark.parametrize(
    ("line", "surnames"),
    [
        (
            # (« née MARTIN »: her birth name; she sits as Mme DUPONT)
            "Présents : Mme Marie DUPONT née MARTIN, M. Jean de LA TOUR",
            ["DUPONT", "de LA TOUR"],
        ),
        ("Présents : M. Jean d'ESTAING, Mme Anne van der BERG", ["d'ESTAING", "van der BERG"]),
        ("Présents : M. Yvan TERRASSE. 6 votants", ["TERRASSE"]),
        ("Présents : Mme Lise GAY. Réunion du 12/03/2024", ["GAY"]),
        ("Présents : Jean DUPONT, Paul MARTIN Le quorum est atteint", ["DUPONT", "MARTIN"]),
    ],
)
def test_particles_stay_and_a_sentence_after_a_name_goes(line: str, surnames: list[str]) -> None:
    extract = parse_extract(HEAD + line + "\n" + CLOSE)
    assert [p.last_name for p in extract.present] == [
        *surnames,
        "COSTE",
    ]  # the chair HEAD names presiding sat (d30)
    assert "unreadable_name" not in [f.code for f in extract.findings]


# -- F. a tab-separated roll call whose line breaks were lost ---------------------------------

TAB_TABLES = [
    "Nom\tPrénom\tPrésence\tCOSTE\tHenri\tPrésent\tLAFAGE\tRose\tPrésente\tVIGNE\tPaul\tPrésent"
    "\tROUX\tNina\tExcusée\tBOIS\tAnne\tPrésente\n",
    "NOM\tPRÉNOM\tSTATUT\tCOSTE\tHenri\tPrésent\tLAFAGE\tRose\tPrésente\tVIGNE\tPaul\tPrésent"
    "\tROUX\tNina\tExcusée\tBOIS\tAnne\tPrésente\n",
    "Nom Prénom\tPrésence\tCOSTE Henri\tPrésent\tLAFAGE Rose\tPrésente\tVIGNE Paul\tPrésent"
    "\tROUX Nina\tExcusée\tBOIS Anne\tPrésente\n",
]


@pytest.mark.parametrize("joined", [False, True])
@pytest.mark.parametrize("table", TAB_TABLES)
def test_a_tab_separated_roll_call_run_into_one_line(table: str, joined: bool) -> None:
    """« Nom⇥Prénom⇥Présence⇥COSTE⇥Henri⇥Présent⇥… »: as many cells a row as the header has
    labels; alone on its line, or the whole document's line breaks lost too."""
    text = (
        HEAD + table + "Secrétaire de séance : Mme Anne BOIS\n1 - Tarifs\nAdopté à l'unanimité.\n"
    )
    extract = parse_extract(text.replace("\n", " ") if joined else text)
    assert [p.last_name for p in extract.present] == ["COSTE", "LAFAGE", "VIGNE", "BOIS"]
    assert [p.last_name for p in extract.absent_excused] == ["ROUX"]


# -- G. a vote's names wrapped to the next line, a page's furniture maybe between -------------


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("furniture", ["", *[f for f in FURNITURE if not f.isupper()]])
def test_the_names_of_a_vote_go_on_past_a_page_break(furniture: str, shape: str) -> None:
    """« Contre : M. Henri COSTE, Mme Rose LAFAGE, » / footer / « M. Paul VIGNE »: three."""
    text = (
        SYNDICATE
        + "Présents : M. Henri COSTE, Mme Rose LAFAGE, M. Paul VIGNE, Mme Anne BOIS,"
        + " M. Luc MARTY, M. Jean PERRIN\nSecrétaire de séance : Mme Anne BOIS\n1 - Tarifs\n"
        + "Adopté à la majorité. Contre : M. Henri COSTE, Mme Rose LAFAGE,\n"
        + (f"{furniture}\n" if furniture else "")
        + "M. Paul VIGNE. Pour : 3.\n"
    )
    item = parse_extract(printed(text, shape)).items[0]
    assert [p.last_name for p in item.against] == ["COSTE", "LAFAGE", "VIGNE"]
    assert item.deliberation.votes_against == 3
