"""The extract parser on the real sample, on the layouts other offices print, and on junk."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storage.documents import DocumentError, Extract, Person, ProxyLine
from storage.parsing.extract import looks_like_extract, parse_extract

FIXTURES = Path(__file__).parent / "fixtures" / "extracts"
SAMPLE = FIXTURES / "bureau-2024-07-04-deliberation-2024.00417.txt"
SAMPLE_TEXT = SAMPLE.read_text(encoding="utf-8")


def read(name: str) -> Extract:
    return parse_extract((FIXTURES / name).read_text(encoding="utf-8"))


def names(people: list[Person]) -> list[str]:
    return [p.display() for p in people]


def pairs(extract: Extract) -> list[tuple[str, str]]:
    return [(p.giver.display(), p.holder.display()) for p in extract.proxies]


# -- the real sample --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample() -> Extract:
    return parse_extract(SAMPLE_TEXT)


def test_sample_header(sample: Extract) -> None:
    assert looks_like_extract(SAMPLE_TEXT)
    assert sample.body == "Bureau Métropolitain"
    assert sample.sitting_date == date(2024, 7, 4)
    assert sample.convened_on == date(2024, 6, 28)
    assert sample.deliberation.number == "2024.00417"
    assert sample.deliberation.title == "CONTRAT LOCAL DES SOLIDARITÉS - TROISIÈME TRANCHE"
    assert sample.deliberation.full_text == SAMPLE_TEXT
    counts = sample.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (67, 40, 6, 46)
    assert counts.quorum_printed is None
    assert sample.findings == []


def test_sample_chair_and_secretary(sample: Extract) -> None:
    assert sample.president == Person(last_name="FAYOLLE", first_name="Sylvie", civility="Mme")
    assert sample.secretary == Person(last_name="DALLARA", first_name="Charles", civility="M.")


def test_sample_attendance(sample: Extract) -> None:
    assert len(sample.present) == 40
    assert len(sample.absent_excused) == 21
    assert sample.absent == []
    assert sample.present[0] == Person("ARNAUD", "Ingrid", "Mme")
    assert sample.present[-1] == Person("THIZY", "Gilles", "M.")
    assert Person("GONZALEZ GRAIL", "Ramona", "Mme") in sample.present
    assert Person("MICHAUD-FARIGOULE", "Christiane", "Mme") in sample.present
    assert Person("DA SILVA", "Jordan", "M.") in sample.absent_excused
    assert sample.absent_excused[-1] == Person("TORGUES", "Daniel", "M.")
    # The givers are listed under « Pouvoirs » only, not among the excused.
    assert Person("ARTIGUES", "Gilles", "M.") not in sample.absent_excused


def test_sample_proxies(sample: Extract) -> None:
    assert pairs(sample) == [
        ("M. Gilles ARTIGUES", "M. Jean-Luc DEGRAIX"),
        ("M. Régis CADEGROS", "Mme Aline MOUSEGHIAN"),
        ("M. Marc CHASSAUBENE", "Mme Nadia SEMACHE"),
        ("M. François DRIOL", "Mme Andonella FLECHET"),
        ("M. David FARA", "M. Denis BARRIOL"),
        ("M. Christian JOUVE", "M. Bernard BONNET"),
    ]
    assert sample.proxies[0] == ProxyLine(
        giver=Person("ARTIGUES", "Gilles", "M."), holder=Person("DEGRAIX", "Jean-Luc", "M.")
    )


def test_sample_decisions_and_vote(sample: Extract) -> None:
    deliberation = sample.deliberation
    assert len(deliberation.decisions) == 4
    assert deliberation.decisions[0].startswith(
        "approuve le programme d’action présenté en annexe"
    )
    assert "2024-2027 pour un montant de 94 000 €" in deliberation.decisions[0]
    assert deliberation.decisions[2].startswith("autorise Monsieur le Président")
    assert "à engager toutes les démarches" in deliberation.decisions[2]  # across a blank line
    assert deliberation.decisions[3].endswith("destination SOLI")
    assert all("  " not in d and "\n" not in d for d in deliberation.decisions)
    assert deliberation.outcome == "adopted"
    assert deliberation.unanimous is True
    assert (deliberation.votes_for, deliberation.votes_against, deliberation.abstentions) == (
        46,
        0,
        0,
    )


def test_sample_funded_action(sample: Extract) -> None:
    assert len(sample.funded_actions) == 1
    action = sample.funded_actions[0]
    assert action.programme == "Contrat local des solidarités"
    assert action.axis == "Axe 3 – Accès aux droits essentiels"
    assert action.title == "2 médiatrices/médiateurs santé"
    assert action.carrier == "AESIO Santé (Mutualité Française Loire, Haute-Loire Puy de Dôme)"
    assert action.territory == "Transversal SEM"
    assert action.objectives is not None
    assert action.objectives.startswith("Dans le cadre du dispositif de médiation santé")
    assert action.objectives.endswith("pour une durée de 4 ans.")
    assert "\n" not in action.objectives
    assert "  " not in action.objectives
    assert action.cost == Decimal(94000)
    assert action.contribution == Decimal(94000)
    assert action.multi_year_convention is True


# -- other offices' layouts -------------------------------------------------------------------


def test_surname_first_layout_of_a_communaute() -> None:
    extract = read("conseil-communautaire-surname-first.txt")
    assert extract.body == "Conseil Communautaire"
    assert extract.sitting_date == date(2024, 9, 12)
    assert extract.convened_on == date(2024, 9, 5)
    assert extract.deliberation.number == "DEL2024_017"
    assert extract.deliberation.title == (
        "Attribution de subventions aux associations sportives du territoire"
    )
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (12, 8, 2, 10)
    assert counts.quorum_printed == 7
    assert extract.president == Person("DEGRAIX", "Jean-Luc")
    assert extract.secretary == Person("DA SILVA", "Jordan")
    assert extract.present[:4] == [
        Person("DEGRAIX", "Jean-Luc"),
        Person("DA SILVA", "Jordan"),
        Person("GONZALEZ GRAIL", "Ramona"),
        Person("VAN DE WALLE", "Pieter"),
    ]
    assert len(extract.present) == 8
    assert pairs(extract) == [
        ("Gilles ARTIGUES", "Jean-Luc DEGRAIX"),
        ("Christian JOUVE", "Bernard BONNET"),
    ]
    assert extract.absent_excused == [Person("DRIOL", "François")]
    assert extract.absent == [Person("FARA", "David")]
    deliberation = extract.deliberation
    assert len(deliberation.decisions) == 2
    assert deliberation.decisions[0].endswith("sportives listées en annexe")
    assert (deliberation.votes_for, deliberation.votes_against, deliberation.abstentions) == (
        7,
        2,
        1,
    )
    assert deliberation.outcome == "adopted"
    assert deliberation.unanimous is False
    assert extract.findings == []


def test_pdf_noise_columns_and_proxies_inside_lists() -> None:
    extract = read("conseil-municipal-pdf-noise.txt")
    assert extract.body == "Conseil Municipal"
    assert extract.sitting_date == date(2024, 7, 4)
    assert extract.convened_on == date(2024, 6, 27)
    assert extract.deliberation.number == "2024-417"
    assert extract.deliberation.title == "RÉFECTION DE LA TOITURE DE L'ÉCOLE JULES FERRY"
    assert extract.deliberation.prefecture_id == "042-214200000-20240704-2024_042-DE"
    assert extract.deliberation.prefecture_date == date(2024, 7, 10)
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.proxies, counts.votes) == (19, 10, 3, 13)
    assert extract.president == Person("DEGRAIX", "Jean-Luc", "M.")
    assert extract.secretary == Person("FAYOLLE", "Sylvie", "Mme")
    # Two columns, a holder noted in each, initials and a name without civility.
    assert len(extract.present) == 10
    assert Person("BASSON", "J.L.", "M.") in extract.present
    assert Person("DURAND", "Jean Luc") in extract.present
    assert Person("VAN DE WALLE", "Pieter", "M.") in extract.present
    assert Person("MOUSEGHIAN", "Aline", "Mme") in extract.present
    assert pairs(extract) == [
        ("M. Gilles ARTIGUES", "M. Jean-Luc DEGRAIX"),
        ("M. Régis CADEGROS", "Mme Aline MOUSEGHIAN"),
        ("M. Marc CHASSAUBENE", "M. Charles DALLARA"),
    ]
    # Names cut at the line's end, a page number and a page break inside the list.
    assert names(extract.absent_excused) == [
        "M. Marc CHASSAUBENE",
        "M. Jean-Luc LAGET",
        "Mme Christiane MICHAUD-FARIGOULE",
        "Mme Nadia SEMACHE",
        "M. Denis BARRIOL",
        "Mme Françoise BERGER",
    ]
    assert extract.absent == [Person("FARA", "David", "M.")]  # the stamp beside it is gone
    deliberation = extract.deliberation
    assert deliberation.decisions == [
        "approuve le programme de réfection de la toiture pour 94 000 €",
        "autorise Monsieur le Maire à signer les marchés correspondants",
    ]
    assert (deliberation.votes_for, deliberation.votes_against, deliberation.abstentions) == (
        9,
        3,
        1,
    )
    assert deliberation.outcome == "adopted"
    assert deliberation.unanimous is False
    assert extract.findings == []


def test_annex_with_two_axes_and_three_actions() -> None:
    extract = read("bureau-two-axes-annex.txt")
    assert extract.counts.quorum_printed == 34
    assert extract.absent_excused == []  # « Néant »
    actions = extract.funded_actions
    assert [a.title for a in actions] == [
        "aide aux devoirs",
        "épicerie solidaire",
        "garage solidaire",
    ]
    assert {a.programme for a in actions} == {"Contrat local des solidarités"}
    assert [a.axis for a in actions] == [
        "Axe 1 – Prévenir la pauvreté et lutter contre les inégalités dès l’enfance",
        "Axe 1 – Prévenir la pauvreté et lutter contre les inégalités dès l’enfance",
        "Axe 4 – Transition écologique solidaire",
    ]
    assert [a.carrier for a in actions] == [
        "Centre social de Firminy",
        "Secours populaire de la Loire",
        "Régie de quartier de Saint-Chamond",
    ]
    assert [a.territory for a in actions] == ["Firminy", "Transversal SEM", "Saint-Chamond"]
    assert actions[0].objectives == "Accompagner les élèves du primaire après la classe."
    # « 120 000,50 € », « 94.000 € », and non-breaking spaces in « 15 000 € » and « 7 500 € ».
    assert [(a.cost, a.contribution) for a in actions] == [
        (Decimal("120000.50"), Decimal("60000.25")),
        (Decimal(94000), Decimal(47000)),
        (Decimal(15000), Decimal(7500)),
    ]
    assert [a.multi_year_convention for a in actions] == [True, False, True]
    assert extract.findings == []


# -- variants written into the sample ---------------------------------------------------------

PROXIES_BLOCK = SAMPLE_TEXT[SAMPLE_TEXT.index("Pouvoirs : ") : SAMPLE_TEXT.index(" RECU EN")]


def with_proxies(block: str) -> Extract:
    return parse_extract(SAMPLE_TEXT.replace(PROXIES_BLOCK, block))


@pytest.mark.parametrize(
    "line",
    [
        "M. Gilles ARTIGUES donne pouvoir à M. Jean-Luc DEGRAIX",
        "M. Gilles ARTIGUES a donné procuration à M. Jean-Luc DEGRAIX",
        "M. Gilles ARTIGUES a donné pouvoir à\nM. Jean-Luc DEGRAIX",
        "M. Gilles ARTIGUES représenté par M. Jean-Luc DEGRAIX",
        "M. Gilles ARTIGUES (pouvoir à M. Jean-Luc DEGRAIX)",
        "ARTIGUES Gilles donne pouvoir à DEGRAIX Jean-Luc",
        "M. Gilles ARTIGUES à M. Jean-Luc DEGRAIX",
    ],
)
def test_proxy_sentences(line: str) -> None:
    extract = with_proxies(f"Pouvoirs :\n{line}\n")
    assert len(extract.proxies) == 1
    proxy = extract.proxies[0]
    assert (proxy.giver.last_name, proxy.giver.first_name) == ("ARTIGUES", "Gilles")
    assert (proxy.holder.last_name, proxy.holder.first_name) == ("DEGRAIX", "Jean-Luc")
    assert extract.findings == []


def test_unreadable_proxy_line_is_a_finding() -> None:
    # A bare name under « Pouvoirs » is a giver whose holder is not printed (FORMATS.md: giver-
    # only lists): absent with a proxy, reported; the junk beside it is unreadable.
    extract = with_proxies("Pouvoirs :\nM. Gilles ARTIGUES, ???\n")
    assert [f.code for f in extract.findings] == ["unreadable_proxy_line", "proxy_holder_unknown"]
    assert extract.findings[0].params == {"line": "???"}
    assert extract.represented == [Person("ARTIGUES", "Gilles", "M.")]
    assert extract.proxies == []


def test_proxy_noted_in_the_excused_list_makes_an_excused_giver() -> None:
    text = SAMPLE_TEXT.replace(PROXIES_BLOCK, "").replace(
        "M. Eric BERLIVET,", "M. Eric BERLIVET (pouvoir à M. Gilles THIZY),"
    )
    extract = parse_extract(text)
    assert pairs(extract) == [("M. Eric BERLIVET", "M. Gilles THIZY")]
    assert extract.absent_excused[0] == Person("BERLIVET", "Eric", "M.")
    assert len(extract.absent_excused) == 21


def test_proxy_noted_in_the_present_list_makes_a_present_holder() -> None:
    text = SAMPLE_TEXT.replace(PROXIES_BLOCK, "").replace(
        "M. Gilles THIZY \n", "M. Gilles THIZY (+ pouvoir M. Gilles ARTIGUES) \n"
    )
    extract = parse_extract(text)
    assert pairs(extract) == [("M. Gilles ARTIGUES", "M. Gilles THIZY")]
    assert extract.present[-1] == Person("THIZY", "Gilles", "M.")
    assert len(extract.present) == 40


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ce dossier a été adopté par 40 voix pour, 3 contre et 2 abstentions.", (40, 3, 2)),
        ("Adopté par 44 voix pour et 2 abstentions.", (44, 0, 2)),
        ("Pour : 40 Contre : 3 Abstentions : 2", (40, 3, 2)),
    ],
)
def test_counted_votes(sentence: str, expected: tuple[int, int, int]) -> None:
    text = SAMPLE_TEXT.replace("Ce dossier a été adopté à l’unanimité.", sentence)
    deliberation = parse_extract(text).deliberation
    assert (deliberation.votes_for, deliberation.votes_against, deliberation.abstentions) == (
        expected
    )
    assert deliberation.outcome == "adopted"
    assert deliberation.unanimous is False


def test_rejected() -> None:
    text = SAMPLE_TEXT.replace(
        "Ce dossier a été adopté à l’unanimité.",
        "Ce dossier a été rejeté par 10 voix pour, 30 contre et 6 abstentions.",
    )
    extract = parse_extract(text)
    assert extract.deliberation.outcome == "rejected"
    assert extract.deliberation.votes_against == 30
    assert extract.findings == []


def test_missing_vote_and_counts_are_findings() -> None:
    text = SAMPLE_TEXT.replace("Ce dossier a été adopté à l’unanimité.", "").replace(
        "Nombre de voix : 46", ""
    )
    extract = parse_extract(text)
    assert extract.deliberation.outcome is None
    codes = {f.code: f.params for f in extract.findings}
    assert codes["missing_counts"] == {"missing": ["votes"]}
    assert "missing_outcome" in codes


def test_unreadable_amount_is_a_finding() -> None:
    extract = parse_extract(SAMPLE_TEXT.replace(" 94 000 €  OUI", " 94 0OO €  OUI"))
    assert [f.code for f in extract.findings] == ["unreadable_amount"]
    assert extract.funded_actions[0].title == "2 médiatrices/médiateurs santé"


@pytest.mark.parametrize(
    ("header", "number", "sitting", "convened"),
    [
        ("Délibération n° DEL2024_017", "DEL2024_017", None, None),
        ("N° 2024-417\nSéance du 04/07/2024", "2024-417", date(2024, 7, 4), None),
        (
            "DELIBERATION N°2024.00417\nSéance du 1er juillet 2024\n"
            "Date de convocation : 24/06/2024",
            "2024.00417",
            date(2024, 7, 1),
            date(2024, 6, 24),
        ),
    ],
)
def test_number_and_date_forms(
    header: str, number: str, sitting: date | None, convened: date | None
) -> None:
    extract = parse_extract(f"EXTRAIT DU REGISTRE DES DELIBERATIONS\n{header}\nOBJET DU JOUR\n")
    assert extract.deliberation.number == number
    assert extract.sitting_date == sitting
    assert extract.convened_on == convened


def test_a_text_that_is_no_extract_is_refused() -> None:
    assert not looks_like_extract("Bonjour, voici le compte rendu du club de pétanque.")
    with pytest.raises(DocumentError):
        parse_extract("Bonjour, voici le compte rendu du club de pétanque.")
    with pytest.raises(DocumentError):
        parse_extract("")


# -- robustness -------------------------------------------------------------------------------


def parse_or_refuse(text: str) -> None:
    try:
        result = parse_extract(text)
    except DocumentError:
        return
    assert isinstance(result, Extract)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_any_text_parses_or_is_refused(text: str) -> None:
    parse_or_refuse(text)
    looks_like_extract(text)


SAMPLE_LINES = SAMPLE_TEXT.split("\n")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.integers(0, len(SAMPLE_LINES)), st.text(max_size=80)), max_size=12),
    st.integers(0, len(SAMPLE_LINES)),
)
def test_the_sample_with_lines_inserted_or_cut_never_crashes(
    insertions: list[tuple[int, str]], cut: int
) -> None:
    lines = list(SAMPLE_LINES)
    for position, line in insertions:
        lines.insert(position, line)
    parse_or_refuse("\n".join(lines))
    parse_or_refuse("\n".join(lines[:cut]))
