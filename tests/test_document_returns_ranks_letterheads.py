"""Shapes of minutes met in documents nobody here had read. A vote's clause cut after its first
figure, the next figure opening the line under it (« … par 15 voix pour » / « et 2 voix contre
(…) »): the second figure was lost. An election whose winner is proclaimed to a ranked seat
(« est proclamé troisième vice-président », « proclamée 2e adjointe ») had no outcome. A married
name after « ép. » or « Vve. » in a list: the entry was cut at the abbreviation's full stop and
the member lost. A present member's entry saying she chairs (« Mme X, Vice-Présidente, qui
préside la séance en l'absence du Maire »): the whole list of presents was lost (read as a
sentence run into it) and the chair not found. A departure followed by the return told with a
pronoun (« … quitte la séance lors du point 2, elle revient au point 4 »): the member stayed out
for every later item. An office or a régie whose letterhead names its town first (« VILLE DE X »
over « RÉGIE MUNICIPALE DES EAUX DE X »): the town was read as the council. Invented minutes,
line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.parsing.extract import parse_extract
from tests.documents import printed, surnames

WRAPPED_VOTE = """COMMUNE DE PRAVIEUX
Conseil municipal du 4 novembre 2025
Présents : M. Hugo PIC, Mme Anne ROUX, M. Paul SERRE.
1 - Règlement du cimetière communal
Après en avoir délibéré, le conseil municipal approuve le règlement par 15 voix pour
et 2 voix contre (Mme ROUX, M. PIC).
2 - Tarifs de la cantine
Après en avoir délibéré, le conseil municipal fixe les tarifs par 16 voix contre
, 1 abstention (M. SERRE).
"""


def test_a_figure_opening_the_line_under_the_clause_is_read(shape: str) -> None:
    extract = parse_extract(printed(WRAPPED_VOTE, shape))
    first, second = (item.deliberation for item in extract.items)
    assert (first.votes_for, first.votes_against, first.abstentions) == (15, 2, 0)
    assert first.decisions == []
    assert second.abstentions == 1


RANKED = """COMMUNE DE SALVIGNAC
Extrait du registre des délibérations du conseil municipal
Séance du 6 octobre 2025
Présents : M. Jean FABRE, Mme Claire VIDAL, M. Luc MAS, Mme Inès BORIE.
Délibération n° 2025-044 : Élection {title}
Après appel à candidatures, {winner} est candidate. Votants : 4. Blancs : 1. Suffrages
exprimés : 3. {winner}, ayant obtenu la majorité absolue, est {verb}.
"""


@pytest.mark.parametrize(
    ("title", "verb"),
    [
        ("du deuxième adjoint", "proclamée deuxième adjointe"),
        ("d'une troisième vice-présidente", "proclamée 3e vice-présidente"),
        ("de la première adjointe", "proclamée première adjointe et immédiatement installée"),
    ],
)
def test_a_winner_proclaimed_to_a_ranked_seat_is_elected(
    title: str, verb: str, shape: str
) -> None:
    text = RANKED.format(title=title, winner="Mme Claire VIDAL", verb=verb)
    (item,) = parse_extract(printed(text, shape)).items
    assert item.deliberation.outcome == "elected"
    assert item.deliberation.votes_against is None
    assert item.deliberation.abstentions is None


MARRIED = """COMMUNE DE LAVAUR-SUR-AGOUT
Procès-verbal du conseil municipal du 2 décembre 2025
Présents : M. Alain CROS, Mme Rose BARTHE ép. CALMET, M. Marc DELPECH,
Mme Jeanne ALBY Vve. ROQUES, M. Yves FOURNIÉ.
Excusée : Mme Paule GAYRAUD ép. MONTELS.
1 - Budget annexe de l'assainissement
Adopté à l'unanimité.
"""


def test_a_married_name_after_an_abbreviation_is_the_member_s(shape: str) -> None:
    extract = parse_extract(printed(MARRIED, shape))
    assert surnames(extract.present) == ["calmet", "cros", "delpech", "fournie", "roques"]
    assert surnames(extract.absent_excused) == ["montels"]
    assert not [f for f in extract.findings if f.code == "unreadable_name"]


CHAIRING = """CENTRE COMMUNAL D'ACTION SOCIALE DE MOLINES
Conseil d'administration du 12 novembre 2025
Administrateurs présents :
M. Louis ARNAUD
Mme Odile BRUN, Vice-Présidente, qui préside la séance en l'absence du Maire
Mme Rita COSTE
Excusé : M. Henri DUMAS, Maire, Président
Délibération n° 2025-14 – Aides facultatives
Adoptée à l'unanimité.
"""


def test_a_present_member_who_chairs_stays_in_the_list_and_chairs(shape: str) -> None:
    extract = parse_extract(printed(CHAIRING, shape))
    assert surnames(extract.present) == ["arnaud", "brun", "coste"]
    assert extract.president is not None
    assert extract.president.last_name == "BRUN"
    assert surnames(extract.absent_excused) == ["dumas"]


RETURN = """COMMUNAUTÉ DE COMMUNES DU VAL DE SAÔNE
Compte rendu du conseil communautaire du 16 octobre 2025
Présents : M. Paul AUBRY, Mme Lise BERNARD, M. Noël CARRÉ, Mme Eva DUPIN.
Mme Lise BERNARD quitte la séance lors du point 2, elle revient au point 4.
Point 1 – Rapport d'activité 2024
Adopté à l'unanimité.
Point 2 – Tarifs de la déchetterie
Adopté à l'unanimité.
Point 3 – Fonds de concours
Adopté à l'unanimité.
Point 4 – Adhésion au syndicat de rivière
Adopté à l'unanimité.
"""


def test_a_return_told_by_a_pronoun_ends_the_absence(shape: str) -> None:
    extract = parse_extract(printed(RETURN, shape))
    away = [surnames(item.away) for item in extract.items]
    assert away == [[], ["bernard"], ["bernard"], []]


LETTERHEAD = """VILLE DE SAINT-AMANS-LES-EAUX
RÉGIE MUNICIPALE DES EAUX DE SAINT-AMANS-LES-EAUX
Conseil d'exploitation du 3 novembre 2025
Présents : M. Léon ASTRUC, Mme Julie BOUSQUET, M. René CAUSSE.
1 - Tarifs de l'eau 2026
Adopté à l'unanimité.
"""


def test_an_office_printed_under_its_town_is_the_council(shape: str) -> None:
    extract = parse_extract(printed(LETTERHEAD, shape))
    assert extract.council is not None
    assert extract.council.kind == "établissement public"
    assert extract.council.name.lower().startswith("régie municipale des eaux")


LEAVER_GIVES = """COMMUNAUTÉ DE COMMUNES DES TROIS RIVIÈRES
Procès-verbal du conseil communautaire du 14 octobre 2025
Présents : M. Paul AUBRY, Mme Lise BERNARD, M. Noël CARRÉ, Mme Eva DUPIN.
Point 1 – Rapport d'activité 2024
Adopté à l'unanimité.
Mme Eva DUPIN quitte la séance après le point 1 ; elle donne procuration à M. Noël CARRÉ.
Point 2 – Tarifs de la piscine
Adopté à l'unanimité.
"""


def test_a_proxy_told_by_a_pronoun_after_a_departure_keeps_the_vote(shape: str) -> None:
    extract = parse_extract(printed(LEAVER_GIVES, shape))
    second = extract.items[1]
    assert surnames(second.away) == ["dupin"]
    assert [(p.giver.last_name, p.holder.last_name) for p in second.proxies] == [
        ("DUPIN", "CARRÉ")
    ]


NOT_VOTING_AFTER_TITLE = """DÉPARTEMENT DE LA LOZÈRE
Commission permanente du 1er décembre 2025
Présents : M. Marc ASTRUC, Mme Nadia BOYER, M. Luc COMBES, Mme Ana DELON.
N° CP-25-118 : Aide à l'association des foyers ruraux Ne prend pas part au vote : Mme Nadia BOYER.
Adopté à l'unanimité.
N° CP-25-119 : Travaux sur la route départementale 806 Non-participation au vote : M. Luc COMBES.
Adopté à l'unanimité.
"""


def test_who_does_not_vote_is_no_part_of_the_title(shape: str) -> None:
    extract = parse_extract(printed(NOT_VOTING_AFTER_TITLE, shape))
    assert [item.deliberation.title for item in extract.items] == [
        "Aide à l'association des foyers ruraux",
        "Travaux sur la route départementale 806",
    ]
    assert [surnames(item.not_voting) for item in extract.items] == [["boyer"], ["combes"]]


DELEGATES_AND_TOWNS = """SYNDICAT INTERCOMMUNAL DES EAUX DU HAUT-LIGNON
Comité syndical du 20 octobre 2025
Délégués présents :
Marie BRUN – Le Chambon-sur-Lignon
Pierre DEYGAS – Tence
Sylvie FAYOLLE – Saint-Jeures
Délégué excusé : Henri GARNIER – Mazet-Saint-Voy
1 - Rapport sur le prix de l'eau
Adopté à l'unanimité.
"""


def test_delegates_printed_a_line_each_with_their_town_after_a_dash() -> None:
    extract = parse_extract(DELEGATES_AND_TOWNS)
    assert surnames(extract.present) == ["brun", "deygas", "fayolle"]
    assert surnames(extract.absent_excused) == ["garnier"]


TIME_THEN_CUE = """CENTRE COMMUNAL D'ACTION SOCIALE DE FRAISSES-LE-BAS
Réunion du conseil d'administration – Jeudi 4 décembre 2025 – 18 h 30
Membres présents : Mme Léa BRUN, M. Marc FOREST, Mme Ida PONS.
1/ Règlement des aides facultatives
Adopté à l'unanimité.
"""


def test_a_time_s_minutes_before_the_list_s_cue_are_no_count(shape: str) -> None:
    extract = parse_extract(printed(TIME_THEN_CUE, shape))
    assert extract.counts.present is None
    assert surnames(extract.present) == ["brun", "forest", "pons"]


CANDIDATES = """COMMUNE DE SAINT-PAL-DE-SENOUIRE
Conseil municipal du 8 septembre 2025
Présents : M. Yves BERAUD, Mme Carole COSTE, Mme Muriel GIRAUD, M. Luc DALLE.
1 - Élection de la deuxième adjointe
{note} Mme Carole COSTE : 3 voix ; Mme Muriel GIRAUD : 1 voix.
Mme Carole COSTE est proclamée deuxième adjointe.
2 - Tarifs de la cantine
Adopté à l'unanimité.
"""


@pytest.mark.parametrize(
    "note",
    [
        "Candidates : Mme Carole COSTE et Mme Muriel GIRAUD.",
        "Candidatures : Mme Carole COSTE, Mme Muriel GIRAUD.",
        "Se présentent candidates : Mme Carole COSTE et Mme Muriel GIRAUD.",
    ],
)
def test_the_candidates_named_under_an_election_are_no_part_of_its_title(note: str) -> None:
    extract = parse_extract(printed(CANDIDATES.format(note=note), "flattened"))
    assert [(i.deliberation.title, i.deliberation.outcome) for i in extract.items] == [
        ("Élection de la deuxième adjointe", "elected"),
        ("Tarifs de la cantine", "adopted"),
    ]


NOTHING_ASKED = """COMMUNE DE CHAMBLES-SUR-LOIRE
Conseil municipal du 10 novembre 2025
Présents : M. Paul AUBRY, Mme Lise BERNARD, M. Noël CARRÉ.
Point 1 – Tarifs de la salle des fêtes
Adopté à l'unanimité.
Point 2 – {title}
{sentence}
"""


@pytest.mark.parametrize(
    ("title", "sentence"),
    [
        ("Questions diverses", "Aucune question n'a été soulevée."),
        ("Informations du Maire", "Aucun point n'est abordé."),
    ],
)
def test_a_sentence_opening_on_aucun_is_no_part_of_the_title(title: str, sentence: str) -> None:
    text = NOTHING_ASKED.format(title=title, sentence=sentence)
    extract = parse_extract(printed(text, "flattened"))
    assert [i.deliberation.title for i in extract.items] == ["Tarifs de la salle des fêtes", title]
