"""Text-message spellings spelled out before a sentence is read (the conversation table
tests/fixtures/questions/conversations_lang7.tsv answers them through the Application)."""

from __future__ import annotations

import pytest

from bot.services.shorthand import own_names, spelled_out


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        ("cb de pvr ?", "combien de pouvoir ?"),
        ("g donné mon pvr ?", "j'ai donné mon pouvoir ?"),
        ("et g eu 2 PVR", "et j'ai eu 2 pouvoir"),
        ("pk g 50 %", "pourquoi j'ai 50 %"),
        ("jtai la jeudi ?", "j'étais la jeudi ?"),
        ("ki a des procus", "qui a des procurations"),
        ("dautres pvrs ?", "d'autres pouvoirs ?"),
        # a letter that names a thing, an initial, a word that contains a shorthand: kept
        ("l'annexe g de la délib", "l'annexe g de la délib"),
        ("M. Gilles G. était là ?", "M. Gilles G. était là ?"),
        ("Berger g", "Berger g"),
        ("le kilomètre et la quittance", "le kilomètre et la quittance"),
        ("Jouve", "Jouve"),
        # whatever its case, a spelling is spelled out; joined to another word, kept
        ("QD ÉTAIT LE BUREAU ?", "quand ÉTAIT LE BUREAU ?"),
        ("Cb de présents ?", "combien de présents ?"),
        ("JÉTÉ là ?", "j'étais là ?"),
        ("nbre-pvr ?", "nbre-pvr ?"),
        ("pvr2 et _pvr", "pvr2 et _pvr"),
    ],
)
def test_text_message_words_are_spelled_out(typed: str, read: str) -> None:
    assert spelled_out(typed) == read


@pytest.mark.parametrize(
    ("typed", "read"),
    [
        # « + » after an article is « plus »; a sum or a number list keeps it
        ("la délib la + contestée", "la délib la plus contestée"),
        ("qui en a eu le + ?", "qui en a eu le plus ?"),
        ("2+2", "2+2"),
        ("la 417 + la 33", "la 417 + la 33"),
        # the council by its colloquial or full name; « le métro » and the town stay
        ("ce que la metro a voté", "ce que la métropole a voté"),
        ("les délibs de Saint-Étienne Métropole", "les délibs de la métropole"),
        ("combien met SEM ?", "combien met la métropole ?"),
        ("la part de la SEM", "la part de la métropole"),
        ("le métro de Lyon", "le métro de Lyon"),
        ("Saint-Étienne centre", "Saint-Étienne centre"),
        ("la semaine", "la semaine"),
        # « sem » texted for a week stays
        ("absent la sem prochaine", "absent la sem prochaine"),
        ("cette sem", "cette sem"),
        # a quarter or a half-year, texted
        ("délibs au 1er trim. 2022", "délibs au 1er trimestre 2022"),
        ("COMBIEN DE DELIBS AU 1ER TRIM. 2022", "COMBIEN DE DELIBS AU 1ER trimestre 2022"),
        ("au 2e sem 2022", "au 2e semestre 2022"),
        # the budget's acts by their short names; « CA », « DM » alone stay
        ("vote compte admin 2022", "vote compte administratif 2022"),
        ("le BP 2023", "le budget primitif 2023"),
        ("la DM n°2", "la décision modificative n°2"),
        ("le CA de l'association", "le CA de l'association"),
        ("ca 2 fois ?", "ca 2 fois ?"),
        # a vote's sides, texted
        ("combien pr, ctr, abst ?", "combien pour, contre, abstentions ?"),
    ],
)
def test_signs_names_and_short_names_are_spelled_out(typed: str, read: str) -> None:
    assert spelled_out(typed, own_names("Saint-Etienne Métropole")) == read


@pytest.mark.parametrize(
    ("council", "typed", "read"),
    [
        # a communauté de communes by its members' words and its initials
        (
            "Communauté de communes des Monts du Pilat",
            "la com com a voté quoi ? et la CCMP ?",
            "la communauté de communes a voté quoi ? et la communauté de communes ?",
        ),
        (
            "Communauté de communes des Monts du Pilat",
            "ce que la CC paie",
            "ce que la communauté de communes paie",
        ),
        (
            "Communauté d'agglomération Loire Forez",
            "combien l'agglo a versé",
            "combien l'agglomération a versé",
        ),
        ("Métropole de Lyon", "ce que la métro finance", "ce que la métropole finance"),
        ("St-Étienne Métropole", "st etienne metropole a payé", "la métropole a payé"),
        # another council's « SEM » is a société d'économie mixte; its « métro » runs on rails
        ("Commune de Firminy", "la SEM a eu combien ?", "la SEM a eu combien ?"),
        (
            "Communauté de communes des Monts du Pilat",
            "la SEM a eu combien ?",
            "la SEM a eu combien ?",
        ),
        ("Communauté de communes des Monts du Pilat", "la métro", "la métro"),
        (None, "combien met SEM ?", "combien met SEM ?"),
    ],
)
def test_a_council_is_read_by_its_own_short_names_only(
    council: str | None, typed: str, read: str
) -> None:
    assert spelled_out(typed, own_names(council)) == read
