"""Families a blind probe of invented council documents still found read wrong: an item's
act number printed on the line under its point's heading, titles ending on a proper name
opened by an article (« … du lotissement Le Clos des Vignes »), compound surnames in mixed
case (« M. Karim Ben Salah »), numbered lists of members with their groups, a list in mixed
case followed by an item's code and title, and « X a donné pouvoir de voter en son nom à Y »."""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.documents import Extract
from storage.names import parse_person
from storage.parsing.extract import parse_extract
from storage.parsing.office import office_text
from tests.documents import flattened, handed, pdf_text, printed, surnames
from tests.layout_documents import docx

# A heading and opening long enough that a flattened copy is one long line, as a PDF's text
# layer gives it.
HEAD = (
    "COMMUNAUTÉ DE COMMUNES DES TROIS VALLÉES\nProcès-verbal du conseil communautaire\n"
    "Séance du 12 décembre 2022\n"
    "L'an deux mille vingt-deux, le douze décembre, à dix-huit heures trente, le conseil "
    "communautaire, régulièrement convoqué le 5 décembre 2022, s'est réuni au siège de la "
    "communauté.\n"
)
ROLL = (
    "Étaient présents : M. Paul VIGNE, Mme Rose LAFAGE, M. Yann ROUX, Mme Léa PONS, "
    "M. Marc SOULA, Mme Ana MARTY, M. Henri BOYER\n"
    "Absents excusés : M. Jean PERRIN, Mme Sophie GIRAUD\n"
    "Secrétaire de séance : Mme Rose LAFAGE\n\n"
)
VOTED = "Le conseil, après en avoir délibéré, adopte à l'unanimité.\n"


def items_of(extract: Extract) -> list[tuple[str | None, str | None]]:
    return [(i.deliberation.number, i.deliberation.title) for i in extract.items]


# -- A. the point's text is the title, the number under it the act's ---------------------------

POINTS = {
    "point and délibération": (
        "Point n° 3 : Transfert de la compétence eau potable\nDélibération CP.2022.12-03\n",
        "Point n° 4 : Tarifs de la piscine intercommunale\nDélibération CP.2022.12-04\n",
        ("CP.2022.12-03", "CP.2022.12-04"),
    ),
    "point and a bare code": (
        "Point 3 : Transfert de la compétence eau potable\nDEL-2022-145\n",
        "Point 4 : Tarifs de la piscine intercommunale\nDEL-2022-146\n",
        ("DEL-2022-145", "DEL-2022-146"),
    ),
    "question and n°": (
        "Question n°3 – Transfert de la compétence eau potable\nDélibération n° 2022-145\n",
        "Question n°4 – Tarifs de la piscine intercommunale\nDélibération n° 2022-146\n",
        ("2022-145", "2022-146"),
    ),
    "number above the point": (
        "Délibération CP.2022.12-03\nPoint n° 3 : Transfert de la compétence eau potable\n",
        "Délibération CP.2022.12-04\nPoint n° 4 : Tarifs de la piscine intercommunale\n",
        ("CP.2022.12-03", "CP.2022.12-04"),
    ),
    "rapporteur between": (
        "Point n° 3 : Transfert de la compétence eau potable\nRapporteur : M. Paul VIGNE\n"
        "Délibération CP.2022.12-03\n",
        "Point n° 4 : Tarifs de la piscine intercommunale\nRapporteur : Mme Rose LAFAGE\n"
        "Délibération CP.2022.12-04\n",
        ("CP.2022.12-03", "CP.2022.12-04"),
    ),
    "title wrapped": (
        "Point n° 3 : Transfert de la compétence\neau potable\nDélibération CP.2022.12-03\n",
        "Point n° 4 : Tarifs de la piscine\nintercommunale\nDélibération CP.2022.12-04\n",
        ("CP.2022.12-03", "CP.2022.12-04"),
    ),
    "figure and délibération": (
        "3. Transfert de la compétence eau potable\nDélibération 2022_145\n",
        "4. Tarifs de la piscine intercommunale\nDélibération 2022_146\n",
        ("2022_145", "2022_146"),
    ),
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("layout", sorted(POINTS))
def test_the_act_number_under_the_point(layout: str, shape: str) -> None:
    first, second, numbers = POINTS[layout]
    text = HEAD + ROLL + first + VOTED + second + VOTED
    assert items_of(parse_extract(printed(text, shape))) == [
        (numbers[0], "Transfert de la compétence eau potable"),
        (numbers[1], "Tarifs de la piscine intercommunale"),
    ]


def test_the_act_number_under_the_point_in_a_pdf(tmp_path: Path) -> None:
    first, second, _ = POINTS["point and délibération"]
    text = pdf_text(HEAD + ROLL + first + VOTED + second + VOTED, tmp_path / "pv.pdf")
    assert [n for n, _ in items_of(parse_extract(text))] == ["CP.2022.12-03", "CP.2022.12-04"]


ORDINALS = [
    "Point n° 3 : Transfert de la compétence eau potable\n",
    "3. Transfert de la compétence eau potable\n",
    "Question n°3 : Transfert de la compétence eau potable\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", ORDINALS)
def test_an_ordinal_or_a_cited_act_is_no_act_number(heading: str, shape: str) -> None:
    text = (
        HEAD
        + ROLL
        + heading
        + "Vu l'ordonnance n° 2021-1310 du 7 octobre 2021,\n"
        + "Vu l'arrêté préfectoral n° 2022-145 du 3 mars 2022,\n"
        + VOTED
        + heading.replace("3", "4").replace("Transfert de la compétence eau potable", "Tarifs")
        + VOTED
    )
    assert items_of(parse_extract(printed(text, shape))) == [
        (None, "Transfert de la compétence eau potable"),
        (None, "Tarifs"),
    ]


SINGLE = {
    "Question n°3 – Transfert de la compétence eau\nDélibération n° 2022-145\n": "2022-145",
    "Point n° 3 : Transfert de la compétence eau\nDélibération CP.2022.12-03\n": "CP.2022.12-03",
    "Point n° 3 : Transfert de la compétence eau\nDEL-2022-145\n": "DEL-2022-145",
    "Point n° 3 : Transfert de la compétence eau\n": None,
    "Question n° 3 – Transfert de la compétence eau\n": None,
    "Affaire n° 3 : Transfert de la compétence eau\nVu l'arrêté n° 2022-145 du 3 mai\n": None,
    "3. Transfert de la compétence eau\n": None,
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("heading", sorted(SINGLE))
def test_one_point_its_number_or_none(heading: str, shape: str) -> None:
    """An extract of one point: its act's number when printed (under the point's heading),
    else none, never the point's place."""
    extract = parse_extract(printed(HEAD + ROLL + heading + VOTED, shape))
    assert (extract.deliberation.number, extract.deliberation.title) == (
        SINGLE[heading],
        "Transfert de la compétence eau",
    )


CITED = [
    "Vu l'arrêté préfectoral n° 2022-145, \n",
    "Considérant l'arrêté municipal n° AR-2022-145, le projet est prêt.\n",
    "Le Maire rappelle l'arrêté n° 2022-145. Le projet est prêt.\n",
    "Le Maire rappelle l'ordonnance n° 2020-391, le projet est prêt.\n",
    "Vu le décret n° 2021-1310,\n",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("cited", CITED)
@pytest.mark.parametrize(
    "heading", ["Point n° 3 : Tarifs de la piscine\n", "Objet : Tarifs de la piscine\n"]
)
def test_an_order_or_a_decree_cited_is_no_act_number(heading: str, cited: str, shape: str) -> None:
    extract = parse_extract(printed(HEAD + ROLL + heading + cited + VOTED, shape))
    assert (extract.deliberation.number, extract.deliberation.title) == (
        None,
        "Tarifs de la piscine",
    )


# -- B. a title ending on a proper name opened by an article ----------------------------------

NAMED_TITLES = [
    "Dénomination de la voie nouvelle du lotissement Le Clos des Vignes",
    "Subvention à l'association Les Amis du Vieux Moulin",
    "Subvention à l'association Les amis du vieux moulin",
    "Convention avec la résidence La Roseraie",
    "Acquisition de la parcelle AB 12 au lieu-dit Les Granges",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("numbering", ["Délibération n° {} : ", "{} "])
def test_a_title_keeps_the_name_its_article_opens(numbering: str, shape: str) -> None:
    body = "".join(
        numbering.format(f"2024-0{31 + n}") + title + "\n" + sentence
        for n, (title, sentence) in enumerate(
            zip(
                NAMED_TITLES,
                [
                    VOTED,
                    "Le conseil adopte à l'unanimité.\n",
                    "La Présidente de l'association a sollicité une aide. " + VOTED,
                    "Le Conseil communautaire adopte à l'unanimité.\n",
                    "Les membres approuvent à l'unanimité.\n",
                ],
                strict=True,
            )
        )
    )
    titles = [title for _, title in items_of(parse_extract(printed(HEAD + ROLL + body, shape)))]
    assert titles == NAMED_TITLES


def test_a_name_wrapped_to_the_line_under_its_noun() -> None:
    text = (
        HEAD
        + ROLL
        + "Délibération n° 2024-031 : Dénomination de la voie nouvelle du lotissement\n"
        + "Le Clos des Vignes\nLe Maire expose que le lotissement est achevé.\n"
        + VOTED
        + "Délibération n° 2024-032 : Subvention au club de football\n"
        + "Le Président du club a sollicité une aide.\n"
        + VOTED
    )
    assert [t for _, t in items_of(parse_extract(text))] == [
        "Dénomination de la voie nouvelle du lotissement Le Clos des Vignes",
        "Subvention au club de football",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Le conseil adopte à l'unanimité.",
        "Le Conseil communautaire adopte à l'unanimité.",
        "Le Maire expose le projet. " + VOTED,
        "La Présidente rappelle le contexte. " + VOTED,
    ],
)
def test_an_assembly_or_an_officer_still_opens_the_sentence(sentence: str) -> None:
    text = (
        HEAD
        + ROLL
        + "Délibération n° 2024-031 : Subvention à l'association\n"
        + sentence
        + "\nDélibération n° 2024-032 : Tarifs de la piscine\n"
        + VOTED
    )
    titles = [t for _, t in items_of(parse_extract(flattened(text)))]
    assert titles == ["Subvention à l'association", "Tarifs de la piscine"]


# -- C. compound surnames in mixed case -------------------------------------------------------

COMPOUND = ["ben salah", "da silva", "de oliveira", "lafage", "le gall", "van der berg", "vidal"]
OPENING = "\nLe quorum étant atteint, le conseil peut valablement délibérer.\n"
ITEM = "Délibération n° 2024-031 : Tarifs de la cantine scolaire\n" + VOTED

COMPOUND_LISTS = {
    "first name first": (
        "Présents : M. Karim Ben Salah, Mme Anne Le Gall, Mme Maria Da Silva, M. Paul Vidal, "
        "Mme Julie Van der Berg, M. Rui De Oliveira, Mme Rose Lafage\n"
        "Excusés : M. Yves Le Bihan, Mme Inès Ben Amor\n"
        "Pouvoirs : Mme Sofia Dos Santos à M. Karim Ben Salah ; M. Loïc Le Goff à Mme Anne Le Gall"
    ),
    "surname only": (
        "Présents : M. Ben Salah, Mme Le Gall, Mme Da Silva, M. Vidal, Mme Van der Berg, "
        "M. De Oliveira, Mme Lafage\nExcusés : M. Le Bihan, Mme Ben Amor\n"
        "Pouvoirs : Mme Dos Santos à M. Ben Salah ; M. Le Goff à Mme Le Gall"
    ),
    "one a line": (
        "Présents :\nM. Karim Ben Salah\nMme Anne Le Gall\nMme Maria Da Silva\nM. Paul Vidal\n"
        "Mme Julie Van der Berg\nM. Rui De Oliveira\nMme Rose Lafage\n"
        "Excusés :\nM. Yves Le Bihan\nMme Inès Ben Amor\n"
        "Pouvoirs :\nMme Sofia Dos Santos à M. Karim Ben Salah\nM. Loïc Le Goff à Mme Anne Le Gall"
    ),
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("layout", sorted(COMPOUND_LISTS))
def test_compound_surnames_in_mixed_case(layout: str, shape: str) -> None:
    text = HEAD + COMPOUND_LISTS[layout] + OPENING + ITEM
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == COMPOUND
    assert surnames(extract.absent_excused) == ["ben amor", "le bihan"]
    assert handed(extract.proxies) == [("dos santos", "ben salah"), ("le goff", "le gall")]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_compound_surnames_first_in_capitals(shape: str) -> None:
    text = (
        HEAD
        + "Présents : BEN SALAH Karim, LE GALL Anne, DA SILVA Maria, VIDAL Paul, "
        + "VAN DER BERG Julie, DE OLIVEIRA Rui, LAFAGE Rose\nExcusés : LE BIHAN Yves, "
        + "BEN AMOR Inès"
        + OPENING
        + ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == COMPOUND
    assert surnames(extract.absent_excused) == ["ben amor", "le bihan"]


@pytest.mark.parametrize(
    ("printed_name", "first", "last"),
    [
        ("M. Karim Ben Salah", "Karim", "Ben Salah"),
        ("M. Ben Salah", None, "Ben Salah"),
        ("Mme Leïla El Amrani", "Leïla", "El Amrani"),
        ("Karim Ben Salah", "Karim", "Ben Salah"),
        ("M. Jean Dupont", "Jean", "Dupont"),
    ],
)
def test_an_arabic_surname_keeps_its_first_word(
    printed_name: str, first: str | None, last: str
) -> None:
    person = parse_person(printed_name)
    assert (person.first_name, person.last_name) == (first, last)


def test_compound_surnames_in_a_pdf(tmp_path: Path) -> None:
    text = pdf_text(HEAD + COMPOUND_LISTS["first name first"] + OPENING + ITEM, tmp_path / "a.pdf")
    assert surnames(parse_extract(text).present) == COMPOUND


# -- D. numbered lists of members with their groups ------------------------------------------

NUMBERED = {
    "brackets": "{n}. M. {name} (Groupe {group})",
    "dash group": "{n}) M. {name} – groupe {group}",
    "dash number": "{n} - M. {name} (Groupe {group})",
    "dash number capitals": "{n} - {caps} {first} (Groupe {group})",
    "comma group": "{n}. M. {name}, groupe {group}",
    "slash": "{n}/ M. {name} ({group})",
    "degree": "{n}° M. {name}, Groupe {group}",
    "en dash": "{n} – M. {name} – groupe {group}",
    "no civility": "{n}) {name}, groupe {group}",
    "no civility, bracket": "{n}) {name} ({group})",
}
MEMBERS = [
    ("Jean Dupont", "DUPONT", "Jean", "Ensemble"),
    ("Paul Vidal", "VIDAL", "Paul", "Agir pour Saint-Auban"),
    ("Luc Roux", "ROUX", "Luc", "Ensemble"),
]


def numbered(layout: str) -> str:
    line = NUMBERED[layout]
    present = "\n".join(
        line.format(n=n, name=name, caps=caps, first=first, group=group)
        for n, (name, caps, first, group) in enumerate(MEMBERS, 1)
    )
    excused = line.format(n=1, name="Yves Marty", caps="MARTY", first="Yves", group="Ensemble")
    return f"Présents :\n{present}\nExcusés :\n{excused}\n"


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("layout", sorted(NUMBERED))
def test_one_member_a_numbered_line(layout: str, shape: str) -> None:
    text = HEAD + numbered(layout) + "Secrétaire de séance : M. Paul Vidal\n" + ITEM
    extract = parse_extract(printed(text, shape))
    assert [(p.first_name, p.last_name.lower()) for p in extract.present] == [
        ("Jean", "dupont"),
        ("Paul", "vidal"),
        ("Luc", "roux"),
    ]
    assert surnames(extract.absent_excused) == ["marty"]


def test_a_numbered_list_in_a_word_file() -> None:
    data = docx(HEAD, numbered("dash number capitals"), ITEM)
    extract = parse_extract(office_text(Path("pv.docx"), data))
    assert surnames(extract.present) == ["dupont", "roux", "vidal"]


# -- E. a list in mixed case, then an item's code and title -----------------------------------

CODES = ["CP.2019.05-0{}", "CC-2019-04{}", "D2019_04{}", "2019/05/0{}", "DCM 2019-04{}"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("code", CODES)
def test_the_list_ends_before_the_first_item(code: str, shape: str) -> None:
    text = (
        HEAD
        + "Présents : M. Jean Dupont, Mme Rose Lafage, M. Paul Vidal, Mme Anne Roux\n"
        + code.format(1)
        + " Approbation du procès-verbal de la séance du 2 avril 2019\n"
        + "Le conseil approuve à l'unanimité.\n"
        + code.format(2)
        + " Tarifs de la piscine intercommunale\nLe conseil adopte à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["dupont", "lafage", "roux", "vidal"]
    assert items_of(extract) == [
        (code.format(1), "Approbation du procès-verbal de la séance du 2 avril 2019"),
        (code.format(2), "Tarifs de la piscine intercommunale"),
    ]


LAST_LISTS = [
    "Excusés : Mme Inès Ben Amor, M. Yves Le Bihan",
    "Pouvoirs : Mme Sofia Dos Santos à M. Jean Dupont, M. Loïc Le Goff à Mme Anne Le Gall",
    "Absente représentée : Mme Sofia Dos Santos par M. Jean Dupont",
]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("last", LAST_LISTS)
def test_the_last_list_ends_before_the_first_item(last: str, shape: str) -> None:
    text = (
        HEAD
        + "Présents : M. Jean Dupont, Mme Rose Lafage, M. Paul Vidal, Mme Anne Le Gall\n"
        + last
        + "\nD2019-045 Approbation du procès-verbal\nLe conseil approuve à l'unanimité.\n"
        + "D2019-046 Tarifs de la piscine\nLe conseil adopte à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert [n for n, _ in items_of(extract)] == ["D2019-045", "D2019-046"]


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
def test_a_list_without_civilities_ends_before_the_first_item(shape: str) -> None:
    text = (
        HEAD
        + "Présents : Jean Dupont, Rose Lafage, Paul Vidal, Anne Le Gall\n"
        + "CP.2019.05-01 Approbation du procès-verbal\nLe conseil approuve à l'unanimité.\n"
        + "CP.2019.05-02 Tarifs de la piscine\nLe conseil adopte à l'unanimité.\n"
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["dupont", "lafage", "le gall", "vidal"]
    assert [n for n, _ in items_of(extract)] == ["CP.2019.05-01", "CP.2019.05-02"]


def test_a_sentence_ending_on_a_name_still_goes_on() -> None:
    """« … présenté par M. Jean Dupont » then « 2019-045 … » on the next line, in a sentence
    that names one person (no list): the number is the sentence's, no item."""
    text = (
        HEAD
        + ROLL
        + "Délibération n° 2019-044 : Tarifs de la piscine\n"
        + "Le conseil approuve le rapport présenté par M. Jean Dupont\n"
        + "2019-045 Convention de mise à disposition, à l'unanimité.\n"
    )
    assert [n for n, _ in items_of(parse_extract(text))] in ([], ["2019-044"])


# -- F. « a donné pouvoir de voter en son nom à » ---------------------------------------------

PROXY_SENTENCES = {
    "a line each": (
        "Mme Anne Roux (Saint-Jean) a donné pouvoir de voter en son nom à M. Paul Vidal "
        "(Saint-Jean)\nM. Marc Le Goff (Vernay) a donné pouvoir de voter en son nom à Mme Rose "
        "Lafage (Vernay)\n"
    ),
    "under its cue": (
        "Pouvoirs : Mme Anne Roux (Saint-Jean) donne pouvoir de voter en son nom à M. Paul Vidal "
        "(Saint-Jean) ; M. Marc Le Goff (Vernay) donne pouvoir de voter en son nom à Mme Rose "
        "Lafage (Vernay)\n"
    ),
    "pouvoir de X à Y": (
        "Pouvoir de Mme Anne Roux à M. Paul Vidal\n"
        "Procuration de M. Marc Le Goff à Mme Rose Lafage.\n"
    ),
    "a function between": (
        "Mme Anne Roux, conseillère de Saint-Jean, a donné pouvoir de voter en son nom à M. Paul "
        "Vidal.\nM. Marc Le Goff, conseiller de Vernay, a donné pouvoir de voter en son nom à "
        "Mme Rose Lafage.\n"
    ),
}


@pytest.mark.parametrize("shape", ["line-broken", "flattened"])
@pytest.mark.parametrize("layout", sorted(PROXY_SENTENCES))
def test_pouvoir_de_voter_en_son_nom(layout: str, shape: str) -> None:
    text = (
        HEAD
        + "Présents : M. Jean Dupont (Saint-Jean), M. Paul Vidal (Saint-Jean), Mme Rose Lafage "
        + "(Vernay)\n"
        + PROXY_SENTENCES[layout]
        + ITEM
    )
    extract = parse_extract(printed(text, shape))
    assert surnames(extract.present) == ["dupont", "lafage", "vidal"]
    assert handed(extract.proxies) == [("le goff", "lafage"), ("roux", "vidal")]


@pytest.mark.parametrize(
    "heading",
    [
        "3. Transfert de la compétence eau potable",
        "Question n°3 : Transfert de la compétence eau potable",
        "Délibération n° 2022-145 : Transfert de la compétence eau potable",
    ],
)
def test_a_short_text_on_one_line_keeps_its_titles(heading: str) -> None:
    """Under 400 characters, a text printed on one line lost its breaks all the same: the
    sentence after the title is no part of it."""
    text = flattened(
        "COMMUNE DE SAINT-AUBAN\nProcès-verbal du conseil municipal\nSéance du 14 mai 2024\n"
        "Présents : M. Paul VIGNE, Mme Rose LAFAGE, M. Yann ROUX\n"
        f"{heading}\nLe conseil approuve à l'unanimité.\n"
    )
    assert 200 < len(text) < 400
    assert [t for _, t in items_of(parse_extract(text))] == [
        "Transfert de la compétence eau potable"
    ]


# -- every family in one document, as printed, flattened, in a PDF and in a .docx -------------

ALL_FAMILIES = """Communauté de communes du Val de Sorne
Compte rendu du conseil communautaire
Séance du 15 décembre 2022
L'an deux mille vingt-deux, le quinze décembre à dix-neuf heures, le conseil communautaire
s'est réuni à la salle des fêtes de Saint-Jean, sous la présidence de M. Karim Ben Salah,
Président.
Présents :
1. M. Karim Ben Salah (Saint-Jean)
2. Mme Anne Le Gall (Vernay)
3. Mme Maria Da Silva (Saint-Jean)
4. M. Rui De Oliveira (Montagny)
5. Mme Julie Van der Berg (Vernay)
6. M. Paul Vidal (Saint-Jean)
Absents excusés : Mme Anne Roux (Saint-Jean), M. Marc Le Goff (Vernay)
Mme Anne Roux (Saint-Jean) a donné pouvoir de voter en son nom à M. Paul Vidal (Saint-Jean)
M. Marc Le Goff (Vernay) a donné pouvoir de voter en son nom à Mme Anne Le Gall (Vernay)
Secrétaire de séance : Mme Julie Van der Berg
Point n° 1 : Approbation du procès-verbal de la séance du 17 novembre 2022
Délibération CP.2022.12-01
Le procès-verbal est approuvé à l'unanimité.
Point n° 2 : Dénomination de la voie nouvelle du lotissement Le Clos des Vignes
Délibération CP.2022.12-02
Vu le code général des collectivités territoriales,
Vu l'arrêté préfectoral n° 2021-145 du 3 mars 2021,
Le conseil communautaire, après en avoir délibéré, approuve la dénomination à l'unanimité.
Point n° 3 : Subvention à l'association Les Amis du Vieux Moulin
Délibération CP.2022.12-03
Le conseil communautaire, après en avoir délibéré, attribue une subvention de 1 500 euros
par 6 voix pour et 2 abstentions (M. Rui De Oliveira, Mme Maria Da Silva).
"""


@pytest.mark.parametrize("kind", ["line-broken", "flattened", ".pdf", ".docx"])
def test_every_family_in_one_document(kind: str, tmp_path: Path) -> None:
    if kind == ".pdf":
        text = pdf_text(ALL_FAMILIES, tmp_path / "cr.pdf")
    elif kind == ".docx":
        text = office_text(Path("cr.docx"), docx(ALL_FAMILIES))
    else:
        text = printed(ALL_FAMILIES, kind)
    extract = parse_extract(text)
    assert surnames(extract.present) == [
        "ben salah",
        "da silva",
        "de oliveira",
        "le gall",
        "van der berg",
        "vidal",
    ]
    assert surnames(extract.absent_excused) == ["le goff", "roux"]
    assert handed(extract.proxies) == [("le goff", "le gall"), ("roux", "vidal")]
    assert items_of(extract) == [
        ("CP.2022.12-01", "Approbation du procès-verbal de la séance du 17 novembre 2022"),
        ("CP.2022.12-02", "Dénomination de la voie nouvelle du lotissement Le Clos des Vignes"),
        ("CP.2022.12-03", "Subvention à l'association Les Amis du Vieux Moulin"),
    ]
    assert surnames(extract.items[2].abstaining) == ["da silva", "de oliveira"]


@pytest.mark.parametrize(
    "before",
    [
        "Secrétaire de séance : Mme Julie Van der Berg",
        "La séance est ouverte sous la présidence de M. Karim Ben Salah",
        "Présents : M. Paul Vidal, Mme Anne Le Gall",
    ],
)
def test_a_point_under_a_line_ending_on_a_name(before: str) -> None:
    text = (
        HEAD
        + before
        + "\nPoint n° 1 : Tarifs de la piscine\nDélibération CP.2022.12-01\n"
        + VOTED
        + "Point n° 2 : Budget annexe\nDélibération CP.2022.12-02\n"
        + VOTED
    )
    assert items_of(parse_extract(text)) == [
        ("CP.2022.12-01", "Tarifs de la piscine"),
        ("CP.2022.12-02", "Budget annexe"),
    ]


# -- every new reading stays linear ------------------------------------------------------------


@pytest.mark.timeout(20)  # a fraction of a second each; a pattern gone quadratic hangs: red
@pytest.mark.parametrize(
    "unit",
    [
        "Mme Anne Roux, conseillère de x, ",
        "1 - DUPONT Jean ",
        "du lotissement Le ",
        "M. Jean Dupont, ",
        "Le quorum ",
        "Délibération CP.2022.12-03 ",
        "Point n° 1 : Tarifs ",
        "Pouvoir de Mme X ",
        "1) Rose Lafage, ",
    ],
)
def test_a_text_of_one_unit_is_read_in_linear_time(unit: str) -> None:
    text = HEAD + "Présents : " + (unit * 5000)[:100_000] + " a donné pouvoir à M. X"
    parse_extract(text)
    parse_extract(flattened(text))
