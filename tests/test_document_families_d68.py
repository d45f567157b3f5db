"""A syndicat's relevé whose items are « Décision n° 2025-B-01 : … » each closed by « Décision
prise à l'unanimité. », flattened too (the next decision found after that sentence, the sentence
kept out of the title); and an entry joined to the one before by a sentence's words (« à
l'exception de M. X, excusé, …, et de Mme Y, absente »), whose name never opens on « et de ».
The documents are invented and read as printed and flattened (the `shape` fixture)."""

from __future__ import annotations

from storage.parsing.extract import parse_extract
from tests.documents import full, printed, read


def test_decisions_of_a_releve(shape: str) -> None:
    extract = read("syndicat-releve-decisions-numbered.txt", shape)
    assert extract.body == "Bureau Syndical"
    read_items = [
        (i.deliberation.number, i.deliberation.title, i.deliberation.abstentions)
        for i in extract.items
    ]
    assert read_items == [
        ("2025-B-01", "Attribution du marché de fourniture de repas", 0),
        ("2025-B-02", "Convention d'occupation du gymnase", 1),
    ]


def test_an_entry_joined_by_et_de(shape: str) -> None:
    extract = parse_extract(
        printed(
            "COMMUNE DE SAINT-PAUL-EN-CORNILLON\n"
            "Compte rendu de la réunion du conseil municipal du 03.03.2025\n"
            "Tous les conseillers étaient présents à l'exception de M. Paul RIOU, excusé, qui a "
            "donné pouvoir à Mme Anne BOIS, et de Mme Nora BLANC, absente.\n"
            "1 - Vote des taux d'imposition 2025\nAdopté à l'unanimité.\n",
            shape,
        )
    )
    assert "blanc|nora" in [full(p) for p in [*extract.absent, *extract.absent_excused]]
    assert [(full(p.giver), full(p.holder)) for p in extract.proxies] == [
        ("riou|paul", "bois|anne")
    ]
