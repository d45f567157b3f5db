"""The topic search on its own: invented titles and texts, questions as members type them.

The conversation tables (tests/fixtures/questions/conversations_topics.tsv) drive the same
search through the real Application on the sample data; here each rule is shown alone."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services import search
from bot.services.frames import Asked, read_frames
from bot.services.search import TextIndex, out_of_scope, typed_number, words_of

DOCUMENTS = [
    (1, "RÉSEAU DE TRANSPORT URBAIN - AVENANT N°2", "Lignes de bus et de tramway de la STAS."),
    (2, "Plan vélo : deuxième phase des aménagements", "Voies cyclables à Firminy."),
    (3, "Fonds de concours à la commune de Saint-Chamond", "Éclairage public, rue Gambetta."),
    (4, "Centre aquatique de Roche-la-Molière - travaux", "Bassins et vestiaires."),
    (5, "CONTRAT DE VILLE - QUATRIÈME PROGRAMMATION", "Subvention à l'association Mosaïque."),
    (6, "Budget annexe de l'assainissement", "Reprise des résultats."),
]


@pytest.fixture(scope="module")
def index() -> TextIndex:
    return TextIndex(DOCUMENTS)


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("transports en commun", 1),
        ("le transport collectif", 1),
        ("mobilité urbaine", 1),
        ("les tramways", 1),
        ("mobilité douce à Firminy", 2),
        ("pistes cyclables", 2),
        ("la 2e phase du plan vélo", 2),
        ("deuxième phase", 2),
        ("4ème programmation du contrat de ville", 5),
        ("la piscine de Roche-la-Molière", 4),
        ("Roche la Moliere", 4),
        ("budjet annexe", 6),
        ("asociation mosaique", 5),
        ("fonds de concours communaux", 3),
    ],
)
def test_a_topic_is_found_in_the_members_words(
    index: TextIndex, question: str, found: int
) -> None:
    assert index.search(question, limit=3)[:1] == [found]
    assert found in index.matches_all(question)


@pytest.mark.parametrize(
    "question",
    [
        "la piscine de Saint-Chamond",
        "patinoire",
        "le marché de Noël à Firminy",
        "le tramway de Firminy",  # the particular does not find the general
        "les vestiaires Geoffroy-Guichard",  # a name no text holds is the topic itself
    ],
)
def test_a_topic_no_text_holds_finds_nothing_rather_than_neighbours(
    index: TextIndex, question: str
) -> None:
    assert index.search(question) == []
    assert index.matches_all(question) == []


def test_a_word_after_the_topic_only_qualifies_it(index: TextIndex) -> None:
    """« le réseau de transport choisi »: no text says « choisi », the topic is still there."""
    assert index.search("réseau de transport choisi")[:1] == [1]


def test_a_long_message_keeps_its_loose_matches(index: TextIndex) -> None:
    """Some words of a long message are only the way it is said, not the topic."""
    question = "bonjour je voudrais retrouver rapidement ce qui concerne le vélo à Firminy"
    assert index.search(question)[:1] == [2]


def test_ordinals_read_the_same_typed_or_printed() -> None:
    assert words_of("3e tranche") == words_of("TROISIÈME TRANCHE") == ["troisieme", "tranche"]
    assert words_of("1ère") == words_of("premier") == ["premier"]


@pytest.mark.parametrize(
    ("message", "elsewhere"),
    [
        ("Quel temps fera-t-il jeudi ?", True),
        ("la météo à Saint-Étienne", True),
        ("est-ce qu'il va neiger", True),
        ("http://example.org/page", True),
        ("le temps de parole au conseil", False),
        ("les eaux pluviales à Firminy", False),
        ("qui était présent jeudi ?", False),
    ],
)
def test_what_no_document_answers_is_recognised(message: str, elsewhere: bool) -> None:
    assert out_of_scope(message) is elsewhere


@pytest.mark.parametrize(
    "message", ["Es-tu un humain ?", "tu t'appelles comment", "qui êtes-vous ?", "t'es qui ?"]
)
def test_what_the_assistant_is_gets_the_help(message: str) -> None:
    assert [frame.asked for frame in read_frames(message, date(2026, 12, 1))] == [Asked.HELP]


DERIVED = [
    (1, "Aide aux demandeurs d'emploi et aux chômeurs", "Insertion."),
    (2, "Plan de gestion du massif forestier", "Coupes d'entretien."),
    (3, "Accueil des élèves handicapés", "Accompagnants."),
    (4, "Publication du rapport annuel", "Modification du règlement."),
]


@pytest.mark.parametrize(
    ("question", "found"),
    [
        ("le chômage", 1),  # a noun and its agent share a root
        ("la forêt", 2),  # a circumflex stands for a lost s: forêt / forestier
        ("le handicap", 3),
        ("rapport publié", 4),  # a participle finds the noun: publié / publication
        ("règlement modifié", 4),
    ],
)
def test_related_words_find_each_other(question: str, found: int) -> None:
    assert TextIndex(DERIVED).matches_all(question) == [found]


def test_a_root_is_never_shorter_than_four_letters() -> None:
    assert TextIndex(DERIVED).matches_all("les aides") == [1]
    assert TextIndex(DERIVED).search("plans") == [2]
    assert TextIndex(DERIVED).matches_all("publicité") == []


@pytest.mark.parametrize(
    ("words", "number"),
    [
        (("2022", "00116"), ("2022", "00116")),
        (("00059",), (None, "00059")),
        (("la", "00032", "de", "2022"), ("2022", "00032")),
        (("2022",), None),
        (("417",), None),
    ],
)
def test_a_number_typed_apart_is_read(words: tuple[str, ...], number: object) -> None:
    assert typed_number(words) == number


def test_a_query_is_read_once_by_an_index_and_answered_alike(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A question looks at its topic's terms several times (every word held? which acts?
    which actions?): an index, built anew when the store changes, reads them once."""
    fresh = TextIndex(DOCUMENTS)
    expected = (fresh.matches_all("pistes cyclables"), fresh.search("pistes cyclables"))
    index = TextIndex(DOCUMENTS)
    reads: list[str] = []
    read = index._terms_read

    def counted(query: str, direct: object) -> object:
        reads.append(query)
        return read(query, direct)  # type: ignore[arg-type]

    monkeypatch.setattr(index, "_terms_read", counted)
    for _ in range(3):
        assert (index.matches_all("pistes cyclables"), index.search("pistes cyclables")) == (
            expected
        )
    assert reads == ["pistes cyclables"]


def test_the_terms_an_index_keeps_stay_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """Questions naming a word most texts hold keep every one of those texts under it: past a
    bound of entries (or of questions), what was kept is forgotten, never grown without end."""
    monkeypatch.setattr(search, "TERMS_ENTRIES_KEPT", 5)
    index = TextIndex(DOCUMENTS)
    for question in ("transport", "vélo", "commune", "bassins", "contrat", "budget"):
        assert index.matches_all(question) == TextIndex(DOCUMENTS).matches_all(question)
        assert index._terms_entries <= 5 or len(index._terms_kept) == 1
    monkeypatch.setattr(search, "TERMS_KEPT", 2)
    for question in ("transport", "vélo", "commune", "bassins"):
        index.search(question)
        assert len(index._terms_kept) <= 2


def test_a_place_typed_with_its_article_glued_is_the_place() -> None:
    """« letrat », « lhorme »: « L'Etrat », « L'Horme » typed without the apostrophe; a word
    printed itself is never cut (« lignes » stays « lignes »)."""
    places = TextIndex(
        [
            (1, "Travaux sur la commune de L'Etrat", ""),
            (2, "PLU DE L'HORME - MODIFICATION", ""),
            (3, "Lignes de bus", ""),
        ]
    )
    assert places.matches_all("travaux letrat") == [1]
    assert places.matches_all("lhorme") == [2]
    assert places.matches_all("lignes") == [3]
