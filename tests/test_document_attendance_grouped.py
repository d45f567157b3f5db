"""Attendance set out by commune (or group) and attendance in one paragraph, counts before
their lists, on invented documents read as printed and flattened: « Saint-Jean : M. X, Mme Y —
Montbrison : … », a commune alone on a line above its delegates (the commune is nobody), and
« 4 présents (M. X, président ; Mme Y ; …), 2 représentés (…) » with roles inside the list.
A count that disagrees with its list is said, never corrected."""

from __future__ import annotations

from storage.documents import Extract
from storage.names import fold
from storage.parsing.extract import parse_extract
from tests.documents import checked_codes, flattened, handed, surnames


def read(text: str, shape: str) -> Extract:
    return parse_extract(flattened(text) if shape == "flattened" else text)


# -- commune by commune ------------------------------------------------------------------------

COMMUNES_INLINE = """COMMUNAUTÉ DE COMMUNES DES MONTS DU FOREZ
Conseil communautaire du 26 octobre 2026
Délégués en exercice : 12 – Présents : 8 – Pouvoirs : 2 – Votants : 10

Étaient présents :
Saint-Jean-la-Vêtre : M. Bernard ROCHETTE, Mme Simone VIALLON — Montbrison-le-Haut : M. Gérard
TEYSSIER, Mme Annie CHAZAL, M. Luc DUMAS — Sauvain : Mme Martine GUYOT — Chalmazel : M. René
PONCET, Mme Ginette BAYLE.
Pouvoirs : Mme Josiane FAURE (Sauvain) à Mme Martine GUYOT ; M. Paul MOREL (Chalmazel) à
M. René PONCET.
Absents excusés : Essertines : M. Jacques BRUYÈRE — Montbrison-le-Haut : Mme Denise SOLEILHAC.

Secrétaire de séance : Mme Simone VIALLON

Délibération n° 2026-112 – Programme local de l'habitat
Le conseil communautaire approuve le programme.
Adopté à l'unanimité.
"""


def test_communes_before_their_delegates_in_a_paragraph(shape: str) -> None:
    extract = read(COMMUNES_INLINE, shape)
    assert surnames(extract.present) == [
        "bayle", "chazal", "dumas", "guyot", "poncet", "rochette", "teyssier", "viallon",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("faure", "guyot"), ("morel", "poncet")]
    assert surnames(extract.absent_excused) == ["bruyere", "soleilhac"]
    assert checked_codes(extract) == []


COMMUNES_ON_THEIR_LINES = """COMMUNAUTÉ D'AGGLOMÉRATION DU PAYS DE LOUVIÈRES
Conseil communautaire du 30 septembre 2026
Conseillers en exercice : 11 - Présents : 7 - Votants : 9

Étaient présents :
LOUVIÈRES
M. Alain BERTHIER, Mme Sylvie CARON, M. Didier FOURNIER
BEAUREPAIRE-SUR-OISE
Mme Catherine LEDOUX, M. Jean-Marc PRÉVOST
LA CHAPELLE-AUX-PRÉS
M. Hubert MASSON
VILLERS-LE-SEC
Mme Karine OGER

Pouvoirs :
Mme Anne HÉBERT (Louvières) donne pouvoir à M. Alain BERTHIER
M. Thierry LAMY (Villers-le-Sec) donne pouvoir à Mme Karine OGER

Absents :
BEAUREPAIRE-SUR-OISE : M. Franck DUVAL
LA CHAPELLE-AUX-PRÉS : Mme Odette MARCHAND

Secrétaire de séance : Mme Sylvie CARON

Délibération n° 2026/215 – Plan climat-air-énergie territorial
Adopté à l'unanimité.
"""


def test_a_commune_alone_on_its_line_above_its_delegates() -> None:
    extract = parse_extract(COMMUNES_ON_THEIR_LINES)
    assert surnames(extract.present) == [
        "berthier", "caron", "fournier", "ledoux", "masson", "oger", "prevost",
    ]  # fmt: skip
    assert handed(extract.proxies) == [("hebert", "berthier"), ("lamy", "oger")]
    assert surnames(extract.absent) == ["duval", "marchand"]
    assert checked_codes(extract) == []


def test_a_surname_wrapped_alone_on_a_line_is_still_a_surname() -> None:
    """Only a list opening with a commune is set out by commune: a surname in capitals wrapped
    alone onto the next line stays the name's."""
    text = COMMUNES_ON_THEIR_LINES.replace(
        "LOUVIÈRES\nM. Alain BERTHIER, Mme Sylvie CARON, M. Didier FOURNIER\n"
        "BEAUREPAIRE-SUR-OISE\n",
        "M. Alain BERTHIER, Mme Sylvie CARON, M. Didier FOURNIER\nDE BEAUREPAIRE\n",
    )
    extract = parse_extract(text)
    assert "fournier de beaurepaire" in surnames(extract.present)


# -- one paragraph, counts before their lists --------------------------------------------------

PARAGRAPH = """SYNDICAT MIXTE DU BASSIN DE LA VÉOUZE
Extrait du registre des délibérations du comité syndical
Séance du 7 octobre 2026
Membres en exercice : 7. {present} présents (M. Raymond TISSIER, président ; Mme Élise VACHER,
vice-présidente ; M. Gilles BRUNON ; Mme Paule SABATIER), deux représentés (Mme Aline CORNUT
par M. Raymond TISSIER ; M. Jacques FABRE par Mme Élise VACHER), 1 excusé (M. Pierre LOUBET).
Secrétaire de séance : M. Gilles BRUNON.
Délibération n° 2026-07 – Adhésion au service d'assistance technique
Le comité syndical approuve l'adhésion.
Adopté à l'unanimité (6 voix).
"""


def test_counts_before_their_lists_in_one_paragraph(shape: str) -> None:
    extract = read(PARAGRAPH.format(present=4), shape)
    assert surnames(extract.present) == ["brunon", "sabatier", "tissier", "vacher"]
    assert handed(extract.proxies) == [("cornut", "tissier"), ("fabre", "vacher")]
    assert surnames(extract.absent_excused) == ["loubet"]
    assert (extract.counts.in_office, extract.counts.present, extract.counts.proxies) == (7, 4, 2)
    assert fold(extract.president.last_name) == "tissier"
    assert "present_count_mismatch" not in checked_codes(extract)


def test_a_count_the_list_disagrees_with_is_said(shape: str) -> None:
    extract = read(PARAGRAPH.format(present=5), shape)
    assert extract.counts.present == 5  # as printed, never corrected
    assert surnames(extract.present) == ["brunon", "sabatier", "tissier", "vacher"]
    assert "present_count_mismatch" in checked_codes(extract)
