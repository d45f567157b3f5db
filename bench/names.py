"""How fast the name resolver answers on a large council: 10,000 generated French members.

Run: /work/venv/bin/python bench/names.py [--members N] [--queries N] [--seed N]

Prints the index build time, then count, p50, p95 and p99 (ms) of `NameIndex.resolve` over a
mix of queries (exact, reordered, initials, typos, first name only, strangers), per kind and
overall, and the same for `find_in_text` on short sentences. The target is p99 < 1 ms for
resolve. Generation is deterministic (seeded), so two runs time the same work.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run as `python bench/x.py`

from bench.stats import percentiles
from bot.services.names import Candidate, NameIndex, Resolution


def _words(text: str) -> list[str]:
    return text.split()


_MALE = _words(
    """
    Alain André Antoine Arnaud Bernard Bruno Charles Christian Christophe Claude Cyrille
    Daniel David Denis Didier Dominique Éric Fabrice François Frédéric Gaël Georges Gérard
    Gilbert Gilles Guy Henri Hervé Jacques Jean Jérôme Joël Jordan Julien Kamel Laurent Luc
    Marc Martial Michel Nicolas Olivier Pascal Patrick Paul Philippe Pierre Raymond Régis
    Robert Roger Serge Stéphane Sylvain Thierry Thomas Vincent Xavier Yves Jean-Luc Jean-Marc
    Jean-Paul Jean-Claude Jean-Philippe Jean-Alain Jean-Pierre Jean-François Pierre-Yves
    Paul-Henri Jean-Michel
    """
)
_FEMALE = _words(
    """
    Aline Andonella Anne Annie Audrey Brigitte Camille Catherine Cécile Céline Chantal
    Christiane Claire Corinne Danielle Dominique Élise Françoise Frédérique Hélène Ingrid
    Isabelle Josiane Julie Laurence Lucie Martine Monique Nadia Nathalie Nicole Nora Pascale
    Ramona Sandrine Siham Sophie Stéphanie Sylvie Valérie Véronique Virginie Marie-Christine
    Marie-Claude Anne-Marie Marie-Hélène Marie-France
    """
)
_SURNAMES = _words(
    """
    Arnaud Artigues Barailler Barrier Barriol Basson Berger Berlivet Berroukeche Bonnefoy
    Bonnet Bony Bouchet Bouchou Boudard Cadegros Calaciura Charbonnier Chassaubene Chavanne
    Chave Dallara Degraix Denis Driol Ducceschi Ducret Durand Fara Fauchet Faverjon Fayolle
    Flachat Flechet Francois Francon Gabiaud Gandilhon Gonon Grail Gonzalez Jandot Jouve
    Julien Karulak Labich Laget Laurent Lecocq Luya Michaud Farigoule Morand Mouseghian
    Perache Perdriau Porcherot Rivat Sardat Semache Servant Soulier Tardieu Tardy Thivant
    Thizy Torgues Allemand Aubert Aubry Bailly Barbier Baron Barre Barthelemy Benoit
    Berthier Bertin Besson Blanchard Bonnard Bourgeois Bouvier Brun Brunet Carpentier Carre
    Chapuis Charpentier Chauvin Chevallier Collet Colin Cordier Courtois Cousin Delorme
    Deschamps Didier Dumas Dumont Dupuis Dupuy Duval Fabre Faure Favre Ferrand Fleury
    Fontaine Gaillard Garnier Gautier Germain Gilbert Giraud Gros Guerin Guichard Guillot
    Guyot Hamon Hubert Huet Jacob Jacquet Joly Klein Lacroix Lambert Langlois Laporte
    Leblanc Lebrun Leclerc Lecomte Lefebvre Leger Legrand Lejeune Lemaire Lemoine Leroux
    Leroy Lucas Maillard Mallet Marchal Marchand Marechal Martinez Masson Mathieu Menard
    Mercier Meunier Meyer Millet Moulin Muller Noel Olivier Paris Pasquier Payet Pelletier
    Perret Perrier Perrin Perrot Picard Pichon Poirier Poulain Prevost Renard Renaud Rey
    Riviere Roche Rolland Roussel Roux Royer Sanchez Schmitt Tessier Vasseur Vidal Weber
    Chambon Chazal Peyron Vial Teyssier Gagnaire Brossard Forissier Rochette Ravel Pitiot
    Verney Montagnon Grangeon Thomas Faure Cholat Tissot Valla Mathevon Bruyas Vacher
    Chapelon Chorain Guillermin Massardier Fournel Jourjon Sauvignet Bessonnat Crozet Duplay
    Epinat Ferrieux Gerossier Jacquemond Marcoux Mouton Odin Palluet Perrichon Rascle
    Rivollier Souchon Thiollier Tranchant Vernay Veron Ziegler
    """
)
_PARTICLE_SURNAMES = """da Silva|de la Roche|van de Walle|le Gall|du Pont|de Saint-Jean|
dos Santos|di Martino|le Roux|de Vaux""".replace("\n", "").split("|")
# Common surnames kept out of the generated council: the strangers of the query mix.
_STRANGERS = _words(
    """
    Dubois Moreau Petit Richard Simon Bertrand Morel Fournier Girard Rousseau Blanc Boyer
    Garcia Robin Clement Morin Marty Rodriguez Lopez Fernandez Sarkozy Chirac Pompidou
    Macron Hollande Zidane Tournesol Haddock Lagaffe Dugenou
    """
)


def _strip_particle_case(surname: str) -> str:
    return " ".join(w if w[0].islower() else w.upper() for w in surname.split())


def generate_members(count: int, rng: random.Random) -> list[Candidate]:
    """Plausible members: simple, hyphenated, two-word and particle surnames, compound first
    names, drawn with replacement (so homonyms occur, as they do in real councils)."""
    members = []
    for member_id in range(1, count + 1):
        female = rng.random() < 0.45
        first = rng.choice(_FEMALE if female else _MALE)
        roll = rng.random()
        if roll < 0.70:
            last = rng.choice(_SURNAMES).upper()
        elif roll < 0.85:
            last = f"{rng.choice(_SURNAMES)}-{rng.choice(_SURNAMES)}".upper()
        elif roll < 0.93:
            last = f"{rng.choice(_SURNAMES)} {rng.choice(_SURNAMES)}".upper()
        else:
            last = _strip_particle_case(rng.choice(_PARTICLE_SURNAMES)).upper()
        members.append(Candidate(member_id, "Mme" if female else "M.", first, last))
    return members


def _typo(word: str, rng: random.Random) -> str:
    """One typing slip: a missing, doubled or swapped letter."""
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    if len(letters) < 5:
        return word
    i = rng.choice(letters[1:-1])
    kind = rng.randrange(3)
    if kind == 0:
        return word[:i] + word[i + 1 :]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    return word[:i] + word[i + 1] + word[i] + word[i + 2 :]


def _initials(first: str) -> str:
    return "-".join(f"{part[0]}." for part in first.split("-"))


def make_queries(
    members: list[Candidate], count: int, rng: random.Random
) -> list[tuple[str, str]]:
    """(kind, query) pairs, drawn with fixed weights from the generated members."""
    kinds: list[tuple[str, float, Callable[[Candidate], str]]] = [
        ("exact", 0.15, lambda m: f"{m.first_name} {m.last_name.title()}"),
        ("reordered", 0.10, lambda m: f"{m.last_name} {m.first_name}"),
        (
            "initials",
            0.10,
            lambda m: f"{m.civility} {_initials(m.first_name or '')} {m.last_name}",
        ),
        ("surname", 0.10, lambda m: m.last_name.title()),
        ("first name", 0.10, lambda m: m.first_name or ""),
        ("surname typo", 0.15, lambda m: _typo(m.last_name.title(), rng)),
        ("full typo", 0.10, lambda m: f"{m.first_name} {_typo(m.last_name.title(), rng)}"),
        ("lower ascii", 0.05, lambda m: f"{m.first_name} {m.last_name}".lower()),
        ("stranger", 0.10, lambda m: rng.choice(_STRANGERS)),
        ("stranger full", 0.05, lambda m: f"{m.first_name} {rng.choice(_STRANGERS)}"),
    ]
    names = [k[0] for k in kinds]
    weights = [k[1] for k in kinds]
    makers = {k[0]: k[2] for k in kinds}
    queries = []
    for _ in range(count):
        kind = rng.choices(names, weights)[0]
        queries.append((kind, makers[kind](rng.choice(members))))
    return queries


def _report(label: str, samples_ns: list[int]) -> None:
    p50, p95, p99 = percentiles(samples_ns)
    print(
        f"{label:<16} count={len(samples_ns):>5}  p50={p50:.3f}  p95={p95:.3f}  p99={p99:.3f} ms"
    )


def _time(call: Callable[[str], Resolution], query: str) -> tuple[int, Resolution]:
    start = time.perf_counter_ns()
    result = call(query)
    return time.perf_counter_ns() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--queries", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20240704)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    members = generate_members(args.members, rng)
    start = time.perf_counter_ns()
    index = NameIndex(members)
    build_ms = (time.perf_counter_ns() - start) / 1e6
    print(f"index build: {build_ms:.1f} ms for {len(members)} members")

    queries = make_queries(members, args.queries, rng)
    for _, query in queries[:200]:  # warm up caches and rapidfuzz before timing
        index.resolve(query)
    by_kind: dict[str, list[int]] = defaultdict(list)
    statuses: dict[str, Counter[str]] = defaultdict(Counter)
    every: list[int] = []
    for kind, query in queries:
        elapsed, result = _time(index.resolve, query)
        by_kind[kind].append(elapsed)
        statuses[kind][result.status] += 1
        every.append(elapsed)
    print("resolve, in ms:")
    for kind in sorted(by_kind):
        _report(kind, by_kind[kind])
        print(f"{'':16} {dict(statuses[kind])}")
    _report("ALL resolve", every)

    templates = (
        "je donne pouvoir à {} pour le bureau du 4 juillet",
        "qui a donné pouvoir à {} ?",
        "Bonjour, {} sera absent le 04/07/2024, pouvoir à qui ?",
    )
    sentences = [rng.choice(templates).format(query) for _, query in queries[:1000]]
    text_samples = [_time(index.find_in_text, sentence)[0] for sentence in sentences]
    _report("find_in_text", text_samples)


if __name__ == "__main__":
    main()
