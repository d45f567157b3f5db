"""A syndicat's lists headed in capitals by the delegates' kind (« DÉLÉGUÉS TITULAIRES
PRÉSENTS : », « DÉLÉGUÉES SUPPLÉANTES PRÉSENTES AVEC VOIX DÉLIBÉRATIVE : »): the text was cut
before « PRÉSENTS », the kind left on the line before (« … M. Luc ROUX DÉLÉGUÉS SUPPLÉANTS » read
as a name, the suppléants as presents and their titulars as proxies' givers). The staff listed
after the members (« Assistaient également, avec voix consultative : le directeur … ») ran on
into the excused, each line a « Nom illisible » warning. A printed count of presents that
leaves out the suppléants printed apart (« Présents : 5 – Suppléants siégeant : 2 – Votants :
8 ») was said to disagree with the lists and the votes. Invented minutes, line-broken and
flattened."""

from __future__ import annotations

from storage.parsing.extract import parse_extract
from tests.documents import checked_codes, printed, surnames

MINUTES = """SYNDICAT DES EAUX DU PLATEAU DE CHAMBARAN
COMPTE RENDU DU COMITÉ SYNDICAL DU 2 OCTOBRE 2025
Le Comité syndical, convoqué le 25 septembre 2025, s'est réuni sous la présidence de M. Luc
ROUX, Président.
Délégués en exercice : 10 - Présents : 5 - Suppléants siégeant : 2 - Pouvoirs : 1 - Votants : 8
DÉLÉGUÉS TITULAIRES PRÉSENTS : M. Luc ROUX, Mme Anne BESSON, M. Yvan COTTE, Mme Léa DURIF,
M. Paul ÉRARD
DÉLÉGUÉES SUPPLÉANTES PRÉSENTES AVEC VOIX DÉLIBÉRATIVE : Mme Zoé FAURE (pour M. Jean GUERS),
Mme Ida HERMET (pour Mme Rose IMBERT)
POUVOIR : M. Marc JOLY à M. Luc ROUX
EXCUSÉS : M. Noé KLEIN, Mme Eva LAVAL
Assistaient également, avec voix consultative : Mme Sarah MOINE, directrice, et M. Tom NIEL,
payeur.
SECRÉTAIRE : Mme Léa DURIF
1. Rapport sur le prix et la qualité du service 2024 – Le Comité prend acte.
2. Tarifs de l'eau 2026 – Adopté à l'unanimité.
"""


def test_suppleants_under_a_head_in_capitals_sit_for_their_titulars(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert surnames(extract.present) == ["besson", "cotte", "durif", "erard", "roux"]
    assert sorted(
        (s.substitute.last_name, s.titular.last_name) for s in extract.substitutions
    ) == [("FAURE", "GUERS"), ("HERMET", "IMBERT")]
    assert [(p.giver.last_name, p.holder.last_name) for p in extract.proxies] == [("JOLY", "ROUX")]


def test_the_staff_after_the_lists_is_nobody_of_the_body(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert surnames(extract.absent_excused) == ["klein", "laval"]
    assert "unreadable_name" not in checked_codes(extract)


def test_a_count_of_presents_without_the_suppleants_printed_apart(shape: str) -> None:
    extract = parse_extract(printed(MINUTES, shape))
    assert (extract.counts.present, extract.counts.votes) == (5, 8)
    codes = checked_codes(extract)
    for code in ("votes_mismatch", "present_count_mismatch", "absent_count_mismatch"):
        assert code not in codes, codes
