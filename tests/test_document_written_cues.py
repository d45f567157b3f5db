"""Cues and proxy sentences as secretaries write them: abbreviated (« Présid. : », « Secr. : »,
« Prés. : », « Pouv. : », « Exc. : », « Abs. : »), mistyped by one slip (« Présnets : »,
« Votnats : », « (pouvior à … ) »), « Etaient absents ou excusés : », a holder « porteuse du
pouvoir de », « X, qui donne pouvoir à Y », « A et B ont donné pouvoir respectivement à C et
à D », a given name cut at its hyphen (« Marie- » / « Christine »). Every document is
invented; each is read line-broken and flattened."""

from __future__ import annotations

import pytest

from storage.names import fold
from storage.parsing.extract import parse_extract

SHAPES = ("line-broken", "flattened")

ABBREVIATED = """Mairie de Saint-Cyr-sur-Loise — Compte rendu du conseil municipal du 13 mars 2025
Présid. : M. Paul GRANGE, maire
Secr. : Mme Lise BORY
Conseillers en exercice : 11   Présnets : 8   Votnats : 9
Prés. : M. Paul GRANGE, Mme Lise BORY, M. Jean VIAL, Mme Anne ROCHE, M. Luc FAYE,
Mme Rose DUMAS, M. Marc PONS, Mme Ida RIOU
Pouv. : M. Henri BLANC à M. Jean VIAL
Exc. : Mme Nina GIRAUD (pouvior à Mme Anne ROCHE)
Abs. : M. Yves TIXIER
Délibération n° 2025-010 – Tarifs de la cantine
Le conseil municipal, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
"""


def _read(text: str, shape: str):  # type: ignore[no-untyped-def]
    return parse_extract(" ".join(text.split()) if shape == "flattened" else text)


def _proxies(extract) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(fold(p.giver.last_name), fold(p.holder.last_name)) for p in extract.proxies}


@pytest.mark.parametrize("shape", SHAPES)
def test_abbreviated_and_mistyped_cues(shape: str) -> None:
    extract = _read(ABBREVIATED, shape)
    assert extract.president is not None
    assert extract.secretary is not None
    assert (extract.president.last_name, extract.secretary.last_name) == ("GRANGE", "BORY")
    counts = extract.counts
    assert (counts.in_office, counts.present, counts.votes) == (11, 8, 9)
    assert len(extract.present) == 8
    assert [p.last_name for p in extract.absent_excused] == ["GIRAUD"]
    assert [p.last_name for p in extract.absent] == ["TIXIER"]
    assert _proxies(extract) == {("blanc", "vial"), ("giraud", "roche")}


PROSE = """COMMUNE DE LAVAL-SUR-DOULON
Procès-verbal de la séance du conseil municipal du 10 avril 2025
Conseillers en exercice : 13   Présents : 6   Votants : 11
Présents : M. Paul GRANGE, Mme Lise BORY, M. Jean VIAL, Mme Lucienne CROZIER (porteuse du
pouvoir de M. Joseph BADIOU), M. Luc FAYE, Mme Rose DUMAS
Etaient absents ou excusés : M. Luc ANTOINE (pouvoir à M. Jean VIAL), M. Claude CELLE
Excusée : Mme Nathalie PERRIN, qui donne pouvoir à Mme Rose DUMAS.
Mme Colette BIBOLLET et M. Denis GRILLET ont donné pouvoir respectivement à M. Paul GRANGE et à
Mme Lise BORY.
Secrétaire de séance : Mme Marie-
Christine BORY
Délibération n° 2025-010 – Tarifs de la cantine
Le conseil municipal, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_proxy_phrasings_and_a_given_name_cut_at_its_hyphen(shape: str) -> None:
    extract = _read(PROSE, shape)
    assert _proxies(extract) == {
        ("badiou", "crozier"),
        ("antoine", "vial"),
        ("perrin", "dumas"),
        ("bibollet", "grange"),
        ("grillet", "bory"),
    }
    assert "qui" not in {fold(p.last_name) for p in extract.absent_excused}
    assert {fold(p.last_name) for p in extract.absent_excused} >= {"antoine", "celle", "perrin"}
    assert extract.secretary is not None
    assert (extract.secretary.first_name, extract.secretary.last_name) == (
        "Marie-Christine",
        "BORY",
    )


@pytest.mark.parametrize(
    "cue", ["Présidents : M. Paul GRANGE", "Absence : néant", "Pouvoir : néant"]
)
def test_a_word_a_cue_is_not_missing_stays(cue: str) -> None:
    from storage.parsing.written import restore_cues

    assert restore_cues(cue) == cue


ALL_PRESENT = """COMMUNE DE LAVAL-SUR-DOULON
Procès-verbal de la séance du conseil municipal du 10 avril 2025
Conseillers en exercice : 5   Présents : 5   Votants : 5
Tous les conseillers en exercice sont présents : M. Paul GRANGE, Mme Lise BORY, M. Jean VIAL,
RECU EN PREFECTURE
le 04/07/2025
Mme Rose DUMAS, M. Luc FAYE.
Délibération n° 2025-010 – Tarifs de la cantine
Le conseil municipal, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
"""


def test_all_members_present_and_a_stamp_inside_the_list() -> None:
    # (line-broken only: the stamp's date is on its own line under the stamp)
    extract = parse_extract(ALL_PRESENT)
    assert [p.last_name for p in extract.present] == ["GRANGE", "BORY", "VIAL", "DUMAS", "FAYE"]


PRESENTS_IN_PROSE = """SYNDICAT DES EAUX DU DOULON
Procès-verbal du comité syndical du 10 avril 2025
Délégués en exercice : 9   Présents : 5   Votants : 7
Etaient présents Mmes Danielle PUPIER, Corinne VALLAS, MM. Hubert JACQUEMOND, Paul ROCHE et
Luc FAYE.
Délégués représentés (2) : ANDRIEU Lise (pouvoir à ROCHE Paul), BRU Michel (pouvoir à FAYE Luc).
Absents : M. Yves TIXIER, Mme Ida RIOU
Délibération n° 2025-010 – Tarifs de l'eau
Le comité, après en avoir délibéré, fixe les tarifs.
Adopté à l'unanimité.
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_presents_in_prose_without_colon_and_delegates_represented(shape: str) -> None:
    extract = _read(PRESENTS_IN_PROSE, shape)
    assert [fold(p.last_name) for p in extract.present] == [
        "pupier",
        "vallas",
        "jacquemond",
        "roche",
        "faye",
    ]
    assert _proxies(extract) == {("andrieu", "roche"), ("bru", "faye")}
    assert [p.last_name for p in extract.absent] == ["TIXIER", "RIOU"]
