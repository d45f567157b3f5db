"""Counts and officers when a text's line breaks are lost or fall in odd places, on
invented documents: a count table drawn with « +----+ » rules flattened into one line, the
secretary's name followed by the next sentence (« Secrétaire de séance : NOM Prénom Le
procès-verbal … »), and a count's colon wrapped onto the next line (« votants » / « : 12. »)."""

from __future__ import annotations

from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import flattened

GRID = """COMMUNE DE LAVAL-SUR-DOUX PROCÈS-VERBAL CONSEIL MUNICIPAL DU 5 NOVEMBRE 2026
Date de la convocation : 28 octobre 2026
+-------------+----------+---------+
| En exercice | Présents | Votants |
+-------------+----------+---------+
|     11      |    9     |   10    |
+-------------+----------+---------+
Président de séance : CHAMBON Alain
Etaient présents : CHAMBON Alain, DEGACHE Sylvie, FAURIE Marc, GRANGEON Lucie, MOULIN Hervé,
PEYRARD Anne, RIOU Denis, SOUBEYRAN Éric, VALLON Irène
Pouvoir : TERRASSE Paul à CHAMBON Alain
Absent excusé : BLACHE Agnès
Secrétaire de séance : GRANGEON Lucie
Le procès-verbal de la séance du 1er octobre 2026 est approuvé à l'unanimité.
1 - Tarifs de la salle polyvalente
Adopté à l'unanimité.
"""


def test_a_flattened_count_table_and_the_sentence_after_the_secretary() -> None:
    extract = parse_extract(flattened(GRID))
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (11, 9, 10)
    assert (extract.secretary.first_name, fold(extract.secretary.last_name)) == (
        "Lucie",
        "grangeon",
    )
    assert fold(extract.president.last_name) == "chambon"


def test_the_same_printed_line_by_line() -> None:
    extract = parse_extract(GRID)
    assert (extract.counts.in_office, extract.counts.present, extract.counts.votes) == (11, 9, 10)
    assert fold(extract.secretary.last_name) == "grangeon"


WRAPPED_COLON = """COMMUNE DE SAINT-FÉLICIEN-D'ARDÈCHE
Procès-verbal de la séance du conseil municipal du 20 novembre 2026
Étaient présents : M. Yves ARNAUD, Mme Léa BONNET, M. Marc CROS, Mme Ana DUMAS, M. Lou ELZIÈRE,
Mme Inès FAURE, M. Guy GIRAUD, Mme Rose HILAIRE, M. Jean ISSARTEL, Mme Kim JULIEN.
Pouvoirs : Mme Flore LAFONT à M. Yves ARNAUD ; M. Théo MOREL à Mme Léa BONNET.
Nombre de conseillers en exercice : 12 ; présents : 10 ; votants
: 12.
1°) Tarifs de l'eau
Adopté à l'unanimité.
"""


def test_a_counts_colon_wrapped_onto_the_next_line() -> None:
    counts = parse_extract(WRAPPED_COLON).counts
    assert (counts.in_office, counts.present, counts.votes) == (12, 10, 12)
