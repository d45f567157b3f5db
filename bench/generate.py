"""Synthetic council data for the benchmarks and for tests that need a big store.

Two generators, both deterministic for a given seed:

- `extract_texts(n)` writes official extracts in the layout of the real sample
  (storage/samples/bureau-2024-07-04-deliberation-2024.00417.txt), several per sitting with the
  same attendance, so importing them exercises the merge of one sitting's extracts.
- `populate_store(session, years)` writes years of sittings straight into the tables, without
  the parser or the importer, to give the bot and the queries a store of realistic size fast.

Everything generated obeys the law the checks enforce (counts that add up, proxies from an
absent giver to a present holder carrying one, quorum met, five jours francs of notice): a
finding on generated data is a bug in the parser or the checks, not noise.
"""

from __future__ import annotations

import csv
import random
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, select

from storage import rules
from storage.documents import Person
from storage.french import MONTHS
from storage.models import (
    Attendance,
    AttendanceStatus,
    Body,
    Deliberation,
    FundedAction,
    Member,
    Membership,
    Proxy,
    Sitting,
)
from storage.names import compact, fold, parse_person, strip_accents

REPO_ROOT = Path(__file__).resolve().parent.parent
REAL_MEMBERS_CSV = REPO_ROOT / "tests" / "fixtures" / "members_bureau_2024.csv"
REAL_SAMPLE = REPO_ROOT / "storage" / "samples" / "bureau-2024-07-04-deliberation-2024.00417.txt"
# The real extract's sitting and number: the big store reproduces that sitting's attendance and
# leaves the number free, so importing the real extract on top of it merges without findings.
REAL_SITTING_DATE = date(2024, 7, 4)
REAL_NUMBER = "2024.00417"

BUREAU = "Bureau Métropolitain"
CONSEIL = "Conseil Métropolitain"
SEATS = {BUREAU: 67, CONSEIL: 123}
MANDATE_YEARS = 6
LAST_ELECTION = 2020  # municipal elections renew both bodies: 2020, 2014, 2008, 2002…
ELECTED_2020 = date(2020, 7, 15)  # the bodies of the 2020 mandate first sat in July


# -- names ------------------------------------------------------------------------------------

MALE_FIRST = (
    "Jean-Luc", "Gilles", "Marc", "Christian", "Bernard", "Denis", "Pascal", "Yves", "Julien",
    "Michel", "Jean-Paul", "Jean-Marc", "Jean-Claude", "Jean-Philippe", "François", "Patrick",
    "Eric", "Philippe", "Robert", "Daniel", "Gérard", "Guy", "André", "Fabrice", "Luc", "Vincent",
    "Kamel", "Frédéric", "Martial", "Charles", "Régis", "David", "Jordan", "Cyrille", "Hervé",
    "Thierry", "Olivier", "Laurent", "Nicolas", "Stéphane", "Alain", "Jacques", "Pierre-Yves",
    "Mohamed", "Karim", "Sébastien", "Romain", "Antoine", "Jean-Pierre", "Georges", "Rémi",
)  # fmt: skip
FEMALE_FIRST = (
    "Sylvie", "Ingrid", "Christiane", "Françoise", "Andonella", "Ramona", "Aline", "Nadia",
    "Marie-Christine", "Nora", "Stéphanie", "Frédérique", "Siham", "Catherine", "Isabelle",
    "Nathalie", "Valérie", "Sandrine", "Corinne", "Anne-Marie", "Hélène", "Martine", "Monique",
    "Brigitte", "Chantal", "Véronique", "Céline", "Julie", "Fatima", "Samira", "Marie-Hélène",
    "Agnès", "Claire", "Emmanuelle", "Laurence", "Odile", "Patricia", "Annick", "Marie-Pierre",
)  # fmt: skip
SURNAMES = (
    "ABRIAL", "ALLIROL", "ANDRE", "ARCHER", "AUBERT", "BADOIL", "BAYLE", "BEAL", "BERNE", "BESSON",
    "BLANC", "BONHOMME", "BORIE", "BOURGIN", "BRAY", "BRUYERE", "CELLE", "CHALAYE", "CHAMBON",
    "CHAPUIS", "CHARRAS", "CHATAGNON", "CHAUVE", "CHIRAT", "COLOMB", "COTTIER", "COURBON",
    "CROZET", "DEVILLE", "DUMAS", "DUPLAY", "DURIEU", "ESCOFFIER", "FAURE", "FAVIER", "FERRIOL",
    "FOREST", "FOUGEROUSE", "GACHET", "GAGNAIRE", "GARDON", "GAUTHIER", "GERBAY", "GIRAUD",
    "GONIN", "GOUTTEFARDE", "GRANGE", "GRIOT", "GUILLOT", "JACQUEMOND", "JOANDEL", "LACHAND",
    "LARDON", "LINOSSIER", "MAISONNEUVE", "MARCOUX", "MASSARD", "MATHEVET", "MAZENOD",
    "MEUNIER", "MONTAGNON", "MOULIN", "MOUNIER", "NEYRAND", "OLAGNON", "PAGAT", "PALLE",
    "PEYRON", "PICHON", "PONCET", "PRAS", "RAMBAUD", "REYNAUD", "RICHARD", "ROBIN", "ROCHETTE",
    "RONDEL", "ROUCHOUSE", "ROUSSET", "SAGNARD", "SAUZEA", "SERRE", "TARDIVON", "TEYSSIER",
    "THOLLET", "TISSOT", "TRONCHET", "VALLA", "VERNAY", "VIALLON", "VILLEMAGNE", "VIRICEL",
    "BÉRAUD", "FÉRON", "GÉRIN", "CHÂTEL", "MÉJEAN", "PÉTREL", "RÉVOL", "SÉON",
    "BENALI", "BOUAZIZ", "HAMIDI", "KHELIFI", "MEZIANE", "NGUYEN", "PEREIRA", "RODRIGUEZ",
    "MARTINEZ", "FERREIRA", "ROSSI", "BIANCHI", "ESPOSITO", "LOPEZ", "SANCHEZ", "YILMAZ",
)  # fmt: skip
PARTICLE_SURNAMES = (
    "DA SILVA", "DOS SANTOS", "DE OLIVEIRA", "VAN DE WALLE", "LE GALL", "DE LA ROCHE",
    "DU PELOUX", "DI COSTANZO", "DE SOUSA", "LE BIHAN", "DEL PINO", "VAN DAMME", "DES GARETS",
)  # fmt: skip


class _NameFactory:
    """People whose surnames differ once folded, so no two generated members can be confused
    (the importer would then rightly report an ambiguous name)."""

    def __init__(self, rng: random.Random, taken: Iterable[str] = ()) -> None:
        self._rng = rng
        self._taken = set(taken)
        self._particles = list(PARTICLE_SURNAMES)
        rng.shuffle(self._particles)

    def _surname(self) -> str:
        rng = self._rng
        draw = rng.random()
        if draw < 0.06 and self._particles:
            return self._particles.pop()
        if draw < 0.16:
            return f"{rng.choice(SURNAMES)} {rng.choice(SURNAMES)}"  # « GONZALEZ GRAIL »
        if draw < 0.28:
            return f"{rng.choice(SURNAMES)}-{rng.choice(SURNAMES)}"  # « MICHAUD-FARIGOULE »
        return rng.choice(SURNAMES)

    def person(self) -> Person:
        while True:
            last_name = self._surname()
            key = compact(last_name)
            if key in self._taken or len(set(last_name.replace("-", " ").split())) < len(
                last_name.replace("-", " ").split()
            ):
                continue
            self._taken.add(key)
            if self._rng.random() < 0.4:
                return Person(last_name, self._rng.choice(FEMALE_FIRST), "Mme")
            return Person(last_name, self._rng.choice(MALE_FIRST), "M.")


def real_bureau_members() -> list[Person]:
    """The 67 members of the real Bureau (2024), from the fixture or the real extract."""
    if REAL_MEMBERS_CSV.exists():
        with REAL_MEMBERS_CSV.open(encoding="utf-8", newline="") as handle:
            return [
                Person(row["last_name"], row["first_name"] or None, row["civility"] or None)
                for row in csv.DictReader(handle)
            ]
    attendance = _sample_attendance()
    people = attendance.present + [g for g, _ in attendance.proxies] + attendance.excused
    return sorted(people, key=lambda p: fold(p.last_name))


@dataclass(slots=True)
class _SampleAttendance:
    convened_on: date
    president: Person
    secretary: Person
    present: list[Person]
    proxies: list[tuple[Person, Person]]
    excused: list[Person]


def _sample_attendance() -> _SampleAttendance:
    """The real sitting's attendance block, read with plain patterns: this module must not
    depend on the parser it helps to benchmark."""
    text = REAL_SAMPLE.read_text(encoding="utf-8")

    def block(start: str, end: str) -> list[str]:
        body = text.split(start, 1)[1].split(end, 1)[0]
        return [part.strip(" ,\n") for part in re.split(r",|\n", body) if part.strip(" ,\n")]

    def role(label: str) -> Person:
        match = re.search(rf"{label} de séance : (.+)", text)
        assert match is not None
        return parse_person(match.group(1).strip(" ,"))

    proxies = []
    for line in (
        text.split("Pouvoirs :", 1)[1].split("Membres titulaires absents", 1)[0].split("\n")
    ):
        if " donne pouvoir à " in line:
            giver, holder = line.strip(" ,").split(" donne pouvoir à ")
            proxies.append((parse_person(giver), parse_person(holder)))
    convened = re.search(r"convoqué le (\d+) (\w+) (\d{4})", text)
    assert convened is not None
    return _SampleAttendance(
        convened_on=date(
            int(convened.group(3)), MONTHS.index(convened.group(2)) + 1, int(convened.group(1))
        ),
        president=role("Président"),
        secretary=role("Secrétaire"),
        present=[parse_person(n) for n in block("Membres titulaires présents :", "Pouvoirs :")],
        proxies=proxies,
        excused=[
            parse_person(n)
            for n in block("Membres titulaires absents excusés :", "DELIBERATION DU")
        ],
    )


def _key(person: Person) -> tuple[str, str]:
    return compact(person.last_name), compact(person.first_name or "")


# -- attendance -------------------------------------------------------------------------------


@dataclass(slots=True)
class _Attendance:
    present: list[Person]
    proxies: list[tuple[Person, Person]]  # (giver, holder)
    excused: list[Person]
    absent: list[Person]
    president: Person
    secretary: Person


def _draw_attendance(
    rng: random.Random,
    members: Sequence[Person],
    chairs: tuple[Person, Person],
    rates: dict[Person, float],
    held_on: date,
    allow_plain_absent: bool,
) -> _Attendance:
    """One sitting's attendance under the law: quorum met, each proxy from an absent giver to a
    present holder carrying only that one."""
    in_office = len(members)
    # Real sittings are quorate well above the minimum; the emergency third is never needed.
    required = max(rules.quorum_required(in_office, held_on), in_office // 2 + 1)
    present = [m for m in members if rng.random() < rates[m]]
    chosen = set(present)
    others = [m for m in members if m not in chosen]
    rng.shuffle(others)
    while len(present) < required:
        present.append(others.pop())
    president, vice = chairs
    chair = president if president in present else vice
    if chair not in present:
        present.append(chair)
        others.remove(chair)
    secretary = rng.choice([m for m in present if m != chair])
    count = rng.randint(0, min(8, len(others), len(present)))
    givers = others[:count]
    holders = rng.sample(present, count)
    rest = others[count:]
    absent: list[Person] = []
    if allow_plain_absent:
        absent = [m for m in rest if rng.random() < 0.15]
    plain = set(absent)
    excused = [m for m in rest if m not in plain]
    return _Attendance(
        present=_alphabetical(present),
        proxies=sorted(zip(givers, holders, strict=True), key=lambda p: fold(p[0].last_name)),
        excused=_alphabetical(excused),
        absent=_alphabetical(absent),
        president=chair,
        secretary=secretary,
    )


def _alphabetical(people: Iterable[Person]) -> list[Person]:
    # Registers list members by surname, then first name.
    return sorted(people, key=lambda p: (fold(p.last_name), fold(p.first_name or "")))


# -- deliberation vocabulary ------------------------------------------------------------------

COMMUNES = (
    "Saint-Etienne", "Saint-Chamond", "Firminy", "Roche-la-Molière", "Rive-de-Gier",
    "La Talaudière", "Villars", "Sorbiers", "Andrézieux-Bouthéon", "Saint-Genest-Lerpt",
    "La Ricamarie", "Le Chambon-Feugerolles", "Unieux", "Fraisses", "Doizieux",
    "Saint-Jean-Bonnefonds", "Lorette", "Genilac", "La Grand-Croix", "Saint-Héand",
    "Saint-Priest-en-Jarez", "La Fouillouse", "Saint-Paul-en-Jarez", "Chagnon", "Cellieu",
)  # fmt: skip
STREETS = (
    "rue Jean Jaurès", "avenue de la Libération", "boulevard Karl Marx", "rue Victor Hugo",
    "route de Saint-Héand", "place du Peuple", "rue de la République", "chemin des Littes",
)  # fmt: skip
ORDINALS = ("PREMIÈRE", "DEUXIÈME", "TROISIÈME", "QUATRIÈME", "CINQUIÈME", "SIXIÈME")
CARRIERS = (
    "AESIO Santé", "Secours populaire de la Loire", "Mission locale Loire Sud", "CCAS de {c}",
    "Association Rimbaud", "Centre social de {c}", "Régie de quartier de {c}", "Emmaüs Connect",
    "Banque alimentaire de la Loire", "Maison de l'emploi", "Entreprise d'insertion Envie Loire",
)  # fmt: skip
CLS_AXES = (
    "AXE 1 Prévenir la pauvreté et lutter contre les inégalités dès l'enfance",
    "AXE 2 Amplifier la politique d'accès à l'emploi pour tous",
    "AXE 3 Accès aux droits essentiels",
    "AXE 4 Transition écologique solidaire",
)
RELANCE_AXES = (
    "AXE 1 Commerce de proximité",
    "AXE 2 Rénovation énergétique",
    "AXE 3 Mobilités douces",
)
ACTIONS = (
    "médiatrices/médiateurs santé", "épicerie solidaire", "accompagnement numérique",
    "lutte contre le non-recours aux droits", "chantier d'insertion", "aide aux devoirs",
    "garage solidaire", "lutte contre la précarité énergétique", "jardins partagés",
    "permanence d'accès aux droits", "vestiaire solidaire", "atelier vélo",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Theme:
    label: str  # the deliberation's matter
    titles: tuple[str, ...]  # {c} a commune, {s} a street, {o} an ordinal, {y} the year
    sentences: tuple[str, ...]
    decisions: tuple[str, ...]
    programme: str | None = None  # funded actions come with these themes
    axes: tuple[str, ...] = ()


THEMES = (
    _Theme(
        "Voirie",
        (
            "VOIRIE - AMÉNAGEMENT DE LA {S} À {C}",
            "VOIRIE - PROGRAMME DE TRAVAUX {y} - SECTEUR DE {C}",
            "VOIRIE - AVENANT N°{n} AU MARCHÉ DE RÉFECTION DES CHAUSSÉES À {C}",
        ),
        (
            "Les travaux portent sur la réfection de la chaussée et des trottoirs de la {s}.",
            "La commune de {c} a sollicité Saint-Etienne Métropole pour sécuriser les "
            "cheminements piétons aux abords des écoles.",
            "Le montant prévisionnel de l'opération s'élève à {a} € HT.",
        ),
        (
            "approuve le programme de travaux de voirie présenté pour la commune de {c}",
            "approuve le plan de financement de l'opération pour un montant de {a} € HT",
        ),
    ),
    _Theme(
        "Contrat local des solidarités",
        ("CONTRAT LOCAL DES SOLIDARITÉS - {o} TRANCHE",),
        (
            "Les solidarités actives et la justice sociale comptent parmi les objectifs "
            "prioritaires de Saint-Etienne Métropole.",
            "Le Contrat local des Solidarités engage l'Etat à soutenir Saint-Etienne Métropole "
            "à hauteur de 50 % du programme.",
            "Il est proposé de soutenir une nouvelle tranche pour un montant total de "
            "subventions de {a} € en crédits de fonctionnement.",
        ),
        (
            "approuve le programme d'action présenté en annexe et la participation financière "
            "de Saint-Etienne Métropole pour un montant de {a} € en crédits de fonctionnement",
            "approuve les conventions d'objectifs et de partenariat correspondantes",
        ),
        programme="Contrat local des solidarités",
        axes=CLS_AXES,
    ),
    _Theme(
        "Plan de relance",
        (
            "PLAN DE RELANCE - SOUTIEN AUX COMMERCES DE {C}",
            "PLAN DE RELANCE - FONDS DE CONCOURS À LA COMMUNE DE {C}",
        ),
        (
            "Le plan de relance métropolitain soutient l'activité des entreprises et des "
            "communes du territoire.",
            "Le fonds de concours sollicité par la commune de {c} s'élève à {a} €.",
        ),
        (
            "approuve l'attribution d'un fonds de concours de {a} € à la commune de {c}",
            "approuve les actions retenues au titre du plan de relance",
        ),
        programme="Plan de relance",
        axes=RELANCE_AXES,
    ),
    _Theme(
        "Transports",
        (
            "TRANSPORTS - CONVENTION AVEC LA STAS POUR LA DESSERTE DE {C}",
            "TRANSPORTS - TARIFICATION SOLIDAIRE DU RÉSEAU {y}",
            "TRANSPORTS - PROLONGEMENT DE LA LIGNE DE TRAMWAY - AVENANT N°{n}",
        ),
        (
            "Le réseau de transports urbains dessert les quartiers de {c} en semaine.",
            "La fréquentation du réseau a progressé de {p} % sur l'année écoulée.",
        ),
        (
            "approuve la convention de desserte de la commune de {c}",
            "approuve la grille tarifaire applicable au 1er septembre {y}",
        ),
    ),
    _Theme(
        "Eau potable",
        (
            "EAU POTABLE - RENOUVELLEMENT DES RÉSEAUX À {C}",
            "EAU POTABLE - RAPPORT ANNUEL SUR LE PRIX ET LA QUALITÉ DU SERVICE {y}",
        ),
        (
            "Les canalisations de la {s} présentent des fuites répétées.",
            "Le rendement du réseau d'eau potable atteint {p} % sur le territoire.",
        ),
        (
            "approuve le renouvellement des canalisations d'eau potable à {c}",
            "approuve le rapport annuel sur le prix et la qualité du service de l'eau",
        ),
    ),
    _Theme(
        "Assainissement",
        ("ASSAINISSEMENT - MISE EN SÉPARATIF DES RÉSEAUX À {C}",),
        ("La mise en séparatif des réseaux de la {s} limite les rejets au milieu naturel.",),
        ("approuve les travaux de mise en séparatif des réseaux à {c}",),
    ),
    _Theme(
        "Habitat",
        (
            "HABITAT - GARANTIE D'EMPRUNT POUR LA RÉHABILITATION DE LOGEMENTS À {C}",
            "HABITAT - AIDES À LA RÉNOVATION ÉNERGÉTIQUE - PROGRAMME {y}",
        ),
        (
            "Le bailleur social sollicite la garantie de Saint-Etienne Métropole à hauteur "
            "de {p} % d'un emprunt de {a} €.",
        ),
        ("approuve la garantie d'emprunt accordée au bailleur pour l'opération de {c}",),
    ),
    _Theme(
        "Développement économique",
        ("DÉVELOPPEMENT ÉCONOMIQUE - AIDE À L'IMMOBILIER D'ENTREPRISE À {C}",),
        ("L'entreprise projette l'extension de son site de {c} et la création d'emplois.",),
        ("approuve l'attribution d'une aide à l'immobilier d'entreprise de {a} €",),
    ),
    _Theme(
        "Culture",
        ("CULTURE - SUBVENTION AU FESTIVAL DE {C} - ÉDITION {y}",),
        ("Le festival accueille chaque année plusieurs milliers de spectateurs à {c}.",),
        ("approuve l'attribution d'une subvention de {a} € à l'association organisatrice",),
    ),
    _Theme(
        "Déchets",
        ("DÉCHETS - EXTENSION DES CONSIGNES DE TRI À {C}",),
        ("La collecte sélective progresse de {p} % sur le secteur de {c}.",),
        ("approuve le marché de collecte des déchets ménagers du secteur de {c}",),
    ),
)
EXTRA_DECISIONS = (
    "autorise Monsieur le Président, ou son représentant dûment habilité, à signer la "
    "convention correspondante et tout document s'y rapportant",
    "approuve l'avenant à la convention correspondante",
    "les dépenses correspondantes seront imputées au chapitre {ch} du budget principal "
    "des années {y} et suivantes",
)


def _amount(rng: random.Random, low: int, high: int) -> int:
    return rng.randint(low, high) // 500 * 500


def _money(amount: int | Decimal) -> str:
    # French thousands separator, as printed: « 94 000 € ».
    return f"{int(amount):,}".replace(",", " ")


@dataclass(slots=True)
class _Item:
    """One deliberation's content, shared by the text extracts and the direct store."""

    theme: _Theme
    title: str
    sentences: list[str]
    decisions: list[str]
    amount: int
    actions: list[dict[str, Any]] = field(default_factory=list)


def _draw_item(rng: random.Random, year: int, with_actions: bool) -> _Item:
    theme = rng.choice(THEMES)
    commune = rng.choice(COMMUNES)
    amount = _amount(rng, 5_000, 900_000)
    values = {
        "c": commune,
        "C": commune.upper(),
        "s": rng.choice(STREETS),
        "S": rng.choice(STREETS).upper(),
        "o": rng.choice(ORDINALS),
        "y": str(year),
        "n": str(rng.randint(1, 4)),
        "a": _money(amount),
        "p": str(rng.randint(5, 95)),
        "ch": str(rng.choice((20, 21, 23, 65, 204))),
    }
    title = rng.choice(theme.titles).format(**values)
    sentences = [s.format(**values) for s in theme.sentences]
    decisions = [rng.choice(theme.decisions).format(**values)]
    for extra in rng.sample(EXTRA_DECISIONS, rng.randint(1, 3)):
        decisions.append(extra.format(**values))
    item = _Item(theme, title, sentences, decisions, amount)
    if with_actions and theme.programme:
        item.actions = _draw_actions(rng, theme, year)
    return item


def _draw_actions(rng: random.Random, theme: _Theme, year: int) -> list[dict[str, Any]]:
    assert theme.programme is not None
    start = year - (year % 4)  # four-year programmes: 2024-2027, 2020-2023…
    programme = f"{theme.programme} {start}-{start + 3}"
    axis = rng.choice(theme.axes)
    actions = []
    for title in rng.sample(ACTIONS, rng.randint(1, 3)):
        commune = rng.choice(COMMUNES)
        cost = _amount(rng, 10_000, 250_000)
        actions.append(
            {
                "programme": programme,
                "axis": axis,
                "title": title,
                "carrier": rng.choice(CARRIERS).format(c=commune),
                "territory": rng.choice((commune, "Transversal SEM")),
                "objectives": f"Il s'agit de développer l'action « {title} » auprès des "
                f"habitants de {commune}.",
                "cost": Decimal(cost),
                "contribution": Decimal(cost // 1000 * 500),
                "multi_year_convention": rng.random() < 0.5,
            }
        )
    return actions


def _draw_votes(rng: random.Random, votes: int) -> dict[str, Any]:
    """Votes cast among the available voix; most deliberations pass unanimously."""
    if rng.random() < 0.7:
        return {"unanimous": True, "for": votes, "against": 0, "abstentions": 0}
    against = rng.randint(0, min(12, votes // 4))
    abstentions = rng.randint(1 if against == 0 else 0, min(10, votes // 5))
    return {
        "unanimous": False,
        "for": votes - against - abstentions - rng.choice((0, 0, 0, 1, 2)),
        "against": against,
        "abstentions": abstentions,
    }


# -- official extracts as text ----------------------------------------------------------------


def _heading_date(day: date, accents: bool) -> str:
    month = MONTHS[day.month - 1].upper()
    return f"{day.day:02d} {month if accents else strip_accents(month)} {day.year}"


def _text_date(day: date) -> str:
    return f"{'1er' if day.day == 1 else day.day} {MONTHS[day.month - 1]} {day.year}"


def _name_list(people: Sequence[Person], width: int = 78) -> list[str]:
    """Names separated by commas and broken into lines as the register prints them."""
    lines: list[str] = []
    current = ""
    for person in people:
        name = person.display()
        if current and len(current) + len(name) + 2 > width:
            lines.append(current + ",  ")
            current = name
        else:
            current = f"{current}, {name}" if current else name
    if current:
        lines.append(current + " ")
    return lines


def _paragraph(text: str) -> list[str]:
    return [line + " " for line in textwrap.wrap(text, 92)]


@dataclass(slots=True)
class _TextSitting:
    body: str
    held_on: date
    convened_on: date
    attendance: _Attendance
    accents: bool  # heading month with or without accents, as offices differ


def _render_extract(rng: random.Random, sitting: _TextSitting, number: str, item: _Item) -> str:
    att = sitting.attendance
    body_caps = strip_accents(sitting.body.upper())
    short = sitting.body.split()[0]  # « Bureau », « Conseil »
    heading_date = _heading_date(sitting.held_on, sitting.accents)
    votes = len(att.present) + len(att.proxies)
    lines = [
        " ",
        " ",
        "",
        "EXTRAIT DU REGISTRE DES DELIBERATIONS ",
        " ",
        f"SEANCE DU {body_caps} DU {heading_date} ",
        " ",
        "",
        f"DELIBERATION N°{number} ",
        " ",
        f"{item.title} ",
        " ",
        "",
        f"Le {sitting.body} a été convoqué le {_text_date(sitting.convened_on)} ",
        "  ",
        f"Nombre de membres en exercice : {votes + len(att.excused)} ",
        f"Nombre de présents : {len(att.present)} ",
        f"Nombre de pouvoirs : {len(att.proxies)} ",
        f"Nombre de voix : {votes} ",
        " ",
        "",
        f"Président de séance : {att.president.display()},  ",
        f"Secrétaire de séance : {att.secretary.display()} ",
        " ",
        "Membres titulaires présents : ",
        *_name_list(att.present),
        " ",
    ]
    if att.proxies:
        lines.append("Pouvoirs : ")
        for index, (giver, holder) in enumerate(att.proxies):
            end = ",  " if index < len(att.proxies) - 1 else " "
            lines.append(f"{giver.display()} donne pouvoir à {holder.display()}{end}")
        if rng.random() < 0.3:
            lines.append(" RECU EN PREFECTURE")  # the stamp, where PDF extraction drops it
        lines += ["", ""]
    if att.excused:
        lines.append("Membres titulaires absents excusés : ")
        lines += _name_list(att.excused)
    lines += [" ", "", "", " ", f"DELIBERATION DU {body_caps} DU {heading_date} ", " ", ""]
    lines += [strip_accents(item.title) + " ", " ", ""]
    for sentence in item.sentences:
        lines += [*_paragraph(sentence), " "]
    lines += ["", f"Le {short} de Saint-Etienne Métropole, après en avoir délibéré : ", " "]
    for index, decision in enumerate(item.decisions):
        end = " ; " if index < len(item.decisions) - 1 else ". "
        wrapped = textwrap.wrap(f"- {decision}{end.rstrip()}", 88)
        lines += ["", *[w + " " for w in wrapped], " "]
    vote = _draw_votes(rng, votes)
    if vote["unanimous"]:
        lines += ["", "Ce dossier a été adopté à l’unanimité. "]
    else:
        abst = vote["abstentions"]
        lines += [
            "",
            f"Ce dossier a été adopté par {vote['for']} voix pour, {vote['against']} contre "
            f"et {abst} abstention{'s' if abst > 1 else ''}. ",
        ]
    chair_title = "La Présidente de séance" if att.president.civility == "Mme" else "Le Président"
    lines += [
        " ",
        "Pour extrait, ",
        f"Le secrétaire de Séance,     {chair_title}, ",
        " ",
        "",
        f"{att.secretary.first_name} {att.secretary.last_name}      "
        f"{att.president.first_name} {att.president.last_name} ",
        " ",
    ]
    if item.actions:
        lines += _render_annex(item, sitting.held_on)
    return "\n".join(lines) + "\n"


def _render_annex(item: _Item, held_on: date) -> list[str]:
    """The funded actions' table, laid out as PDF extraction gives the sample's annex."""
    month = strip_accents(MONTHS[held_on.month - 1].upper())
    assert item.theme.programme is not None
    programme = strip_accents(item.theme.programme.upper())
    axis = item.actions[0]["axis"]
    lines = ["", "", "", f"ANNEXE - {programme} – {month} {held_on.year} ", " ", ""]
    lines += [f"{axis}  ", " ", ""]
    lines += [
        "Intitulé de l’action ",
        "et porteur ",
        "",
        "Territoire ",
        "concerné ",
        "",
        "Objectifs de l’action ",
        "Coût de ",
        "l’action ",
        "",
        "Contribution ",
        "SEM ",
        "",
        "Convention ",
        "Pluri ",
        "annuelle ",
        "d’objectifs ",
        "",
    ]
    total = 0
    for action in item.actions:
        lines += [f"{action['carrier']} :  ", " ", f"{action['title']}  ", " "]
        lines += [f"{action['territory']} ", ""]
        lines += [*_paragraph(action["objectives"]), ""]
        convention = "OUI" if action["multi_year_convention"] else "NON"
        lines += [
            f" {_money(action['cost'])} €  {_money(action['contribution'])} €  {convention}  ",
            "",
        ]
        total += int(action["contribution"])
    axis_number = axis.split()[1]
    lines += [f"TOTAL AXE {axis_number}  ", " ", "", f"  {_money(total)} €  ", " "]
    return lines


def _next_item_attendance(
    rng: random.Random, att: _Attendance, in_office: int, held_on: date
) -> _Attendance:
    """The attendance of a sitting's next item: now and then a member leaves (excused from
    then on) or an excused member arrives, so one sitting's extracts print different counts,
    as real ones do. Quorum stays met; chairs and proxy holders stay."""
    present, excused = list(att.present), list(att.excused)
    required = max(rules.quorum_required(in_office, held_on), in_office // 2 + 1)
    fixed = {att.president, att.secretary, *(holder for _, holder in att.proxies)}
    draw = rng.random()
    if draw < 0.25 and len(present) > required:
        leaving = [m for m in present if m not in fixed]
        if leaving:
            member = rng.choice(leaving)
            present.remove(member)
            excused.append(member)
    elif draw < 0.4 and excused:
        member = rng.choice(excused)
        excused.remove(member)
        present.append(member)
    return _Attendance(
        present=_alphabetical(present),
        proxies=att.proxies,
        excused=_alphabetical(excused),
        absent=att.absent,
        president=att.president,
        secretary=att.secretary,
    )


def extract_texts(n: int, seed: int = 7, vary_attendance: bool = False) -> list[str]:
    """`n` official extracts, several per sitting, from sittings spread over several years.

    With `vary_attendance`, members come and go between the items of a sitting, so its
    extracts print different counts (each extract's own counts still add up)."""
    rng = random.Random(seed)
    names = _NameFactory(rng)
    pool = [names.person() for _ in range(150)]
    # Bureau members also sit in the Conseil; the first ones chair both. The 2020 elections
    # replace 27 members of the Conseil, 12 of whom join the Bureau.
    before = {BUREAU: pool[:67], CONSEIL: pool[:123]}
    after = {BUREAU: pool[:55] + pool[123:135], CONSEIL: pool[:96] + pool[123:]}
    chairs = {BUREAU: (pool[0], pool[1]), CONSEIL: (pool[0], pool[2])}
    rates = {person: rng.uniform(0.55, 0.95) for person in pool}
    texts: list[str] = []
    held_on = date(2017, 1, 5)
    numbers: dict[int, int] = {}
    while len(texts) < n:
        held_on += timedelta(days=rng.randint(4, 16))
        body = BUREAU if rng.random() < 0.55 else CONSEIL
        seated = list((before if held_on < ELECTED_2020 else after)[body])
        # A vacancy lowers the membres en exercice for a while.
        for _ in range(rng.choice((0, 0, 0, 0, 1, 2))):
            seated.remove(rng.choice([m for m in seated if m not in chairs[body]]))
        sitting = _TextSitting(
            body=body,
            held_on=held_on,
            convened_on=held_on - timedelta(days=rng.randint(6, 9)),
            attendance=_draw_attendance(rng, seated, chairs[body], rates, held_on, False),
            accents=rng.random() < 0.5,
        )
        for index in range(min(rng.randint(3, 12), n - len(texts))):
            if vary_attendance and index:
                sitting.attendance = _next_item_attendance(
                    rng, sitting.attendance, len(seated), held_on
                )
            numbers[held_on.year] = numbers.get(held_on.year, rng.randint(0, 40)) + rng.randint(
                1, 3
            )
            number = f"{held_on.year}.{numbers[held_on.year]:05d}"
            item = _draw_item(rng, held_on.year, with_actions=rng.random() < 0.5)
            texts.append(_render_extract(rng, sitting, number, item))
    return texts


# -- open data --------------------------------------------------------------------------------

SCDL_HEADER = (
    "COLL_NOM;COLL_SIRET;DELIB_ID;DELIB_DATE;DELIB_MATIERE_NOM;DELIB_OBJET;PREF_ID;PREF_DATE;"
    "VOTE_EFFECTIF;VOTE_REEL;VOTE_POUR;VOTE_CONTRE;VOTE_ABSTENTION"
)
SUBSIDIES_HEADER = (
    "nomAttribuant;idAttribuant;dateConvention;referenceDecision;idBeneficiaire;"
    "nomBeneficiaire;objet;montant;nature;conditionsVersement;datesPeriodeVersement;idRAE;"
    "notificationUE;pourcentageSubvention"
)


def scdl_csv(rows: int, seed: int = 7) -> str:
    """An SCDL 'Délibérations' file of `rows` rows, ';'-separated, with a BOM: sittings of
    20 to 60 items, whose present members and ballots vary from item to item."""
    rng = random.Random(seed)
    lines = ["\ufeff" + SCDL_HEADER]
    held_on = date(2015, 1, 8)
    number = 0
    while len(lines) <= rows:
        held_on += timedelta(days=rng.randint(20, 40))
        transmitted = held_on + timedelta(days=rng.randint(1, 12))
        present = rng.randint(70, 110)
        for _ in range(min(rng.randint(20, 60), rows + 1 - len(lines))):
            number += 1
            present = max(62, min(123, present + rng.choice((-1, 0, 0, 0, 1))))
            # The proxies' ballots come on top of the present (the métropole's usage).
            voters = min(123, present + rng.randint(1, 12))
            against, abstaining = rng.choice(((0, 0), (0, 0), (2, 4), (11, 0)))
            item = _draw_item(rng, held_on.year, with_actions=False)
            lines.append(
                f"Saint-Etienne Métropole;24420077000117;{held_on.year}.{number:05d};"
                f'{held_on.isoformat()};{item.theme.label};"{item.title}";'
                f"PREF042;{transmitted.isoformat()};123;{present};"
                f"{voters - against - abstaining};{against};{abstaining}"
            )
    return "\r\n".join(lines) + "\r\n"


def subsidies_csv(rows: int, seed: int = 7) -> str:
    """An SCDL 'Subventions' file of `rows` rows: a commune's yearly grants to its clubs."""
    rng = random.Random(seed)
    names = _NameFactory(rng)
    lines = [SUBSIDIES_HEADER]
    for index in range(rows):
        year = 2015 + index // 200
        club = f"ASSOCIATION {strip_accents(names.person().last_name)} {index}"
        lines.append(
            f"COMMUNE DE ROQUES;21310458100011;{year}-04-13;DELIB 06FIN du 13-04-{year};;"
            f"{club};SUBVENTION {year};{rng.randint(2, 400) * 50}.0;Aide en numéraire;Unique;"
            f"{year}-01-01_{year}-12-31;;non;1.0"
        )
    return "\r\n".join(lines) + "\r\n"


# -- a big store, written directly ------------------------------------------------------------


def _mandate_start(year: int) -> int:
    return LAST_ELECTION + MANDATE_YEARS * ((year - LAST_ELECTION) // MANDATE_YEARS)


@dataclass(slots=True)
class _Mandate:
    members: dict[str, list[Person]]  # by body
    chairs: dict[str, tuple[Person, Person]]  # président, first vice-président


def _draw_mandates(
    rng: random.Random, starts: list[int], real: list[Person], names: _NameFactory
) -> dict[int, _Mandate]:
    """The bodies of each mandate, newest first: about 60% of a Conseil is re-elected, and a
    Bureau is drawn from its Conseil, keeping most of the next Bureau's members."""
    mandates: dict[int, _Mandate] = {}
    later: _Mandate | None = None
    for start in sorted(starts, reverse=True):
        if later is None:
            bureau = list(real)
            conseil = bureau + [names.person() for _ in range(SEATS[CONSEIL] - len(bureau))]
        else:
            kept = rng.sample(later.members[CONSEIL], 74)
            conseil = kept + [names.person() for _ in range(SEATS[CONSEIL] - len(kept))]
            in_conseil = set(conseil)
            bureau = [m for m in later.members[BUREAU] if m in in_conseil][:45]
            chosen = set(bureau)
            bureau += rng.sample(
                [m for m in conseil if m not in chosen], SEATS[BUREAU] - len(bureau)
            )
        by_surname = {p.last_name: p for p in bureau}
        # The real Bureau: Gaël PERDRIAU presides, Sylvie FAYOLLE is first vice-présidente.
        president = by_surname.get("PERDRIAU", bureau[0])
        vice = by_surname.get("FAYOLLE", bureau[1])
        mandate = _Mandate(
            members={BUREAU: bureau, CONSEIL: conseil},
            chairs={BUREAU: (president, vice), CONSEIL: (president, vice)},
        )
        mandates[start] = mandate
        later = mandate
    return mandates


def _sitting_dates(rng: random.Random, year: int) -> list[tuple[str, date]]:
    """About ten Bureau sittings (Thursdays) and eight Conseil sittings (Mondays) a year,
    none in August."""
    months = [m for m in range(1, 13) if m != 8]
    bureau_months = sorted(rng.sample(months, 10))
    conseil_months = sorted(rng.sample(months, 8))
    dates: list[tuple[str, date]] = []
    for body, chosen, weekday in ((BUREAU, bureau_months, 3), (CONSEIL, conseil_months, 0)):
        for month in chosen:
            if body == BUREAU and (year, month) == (REAL_SITTING_DATE.year, 7):
                dates.append((body, REAL_SITTING_DATE))
                continue
            day = date(year, month, rng.randint(1, 20))
            dates.append((body, day + timedelta(days=(weekday - day.weekday()) % 7)))
    if year == REAL_SITTING_DATE.year and (BUREAU, REAL_SITTING_DATE) not in dates:
        # The real extract's sitting is always there, for the bot's questions about it.
        dates = [d for d in dates if not (d[0] == BUREAU and d[1].month == 7)]
        dates.append((BUREAU, REAL_SITTING_DATE))
    return sorted(dates, key=lambda d: (d[1], d[0]))


def _insert(session: Session, model: type[Any], rows: list[dict[str, Any]]) -> list[int]:
    """Many rows in few statements, their ids in the rows' order."""
    if not rows:
        return []
    table = model.__table__
    # Core executemany with RETURNING: one multi-row INSERT per batch on SQLite and PostgreSQL,
    # and real ids from the database, so sequences stay right for later ORM inserts.
    result = session.connection().execute(
        sa.insert(table).returning(table.c.id, sort_by_parameter_order=True), rows
    )
    return [row[0] for row in result]


def _get_or_create_body(session: Session, name: str) -> Body:
    body = session.exec(select(Body).where(Body.name == name)).first()
    if body is None:
        body = Body(name=name)
        session.add(body)
        session.flush()
    return body


def populate_store(session: Session, years: int = 20, seed: int = 7) -> dict[str, int]:
    """Fill a migrated store with `years` years of both bodies' sittings, ending in 2024.

    Returns the number of rows written per table. The current Bureau is the real one (the 67
    members of the sample extract), and its sitting of 4 July 2024 has the sample's attendance.
    """
    rng = random.Random(seed)
    last_year = REAL_SITTING_DATE.year
    first_year = last_year - years + 1
    real = real_bureau_members()
    names = _NameFactory(rng, taken={compact(p.last_name) for p in real})
    starts = sorted({_mandate_start(y) for y in range(first_year, last_year + 1)})
    mandates = _draw_mandates(rng, starts, real, names)
    counts = dict.fromkeys(
        (
            "body",
            "member",
            "membership",
            "sitting",
            "attendance",
            "proxy",
            "deliberation",
            "fundedaction",
        ),
        0,
    )

    bodies: dict[str, int] = {}
    for name in (BUREAU, CONSEIL):
        existed = session.exec(select(Body.id).where(Body.name == name)).first()
        body = _get_or_create_body(session, name)
        assert body.id is not None
        bodies[name] = body.id
        counts["body"] += existed is None

    taken = session.exec(
        select(sa.func.count())
        .select_from(Sitting)
        .where(
            Sitting.body_id.in_(bodies.values()),  # type: ignore[attr-defined]
            Sitting.held_on >= date(first_year, 1, 1),
        )
    ).one()
    if taken:
        # Sittings are unique per body and date: the generated ones would collide.
        raise ValueError(f"the store already has {taken} sittings from {first_year} on")
    member_ids = _store_members(session, mandates, first_year, counts)
    _store_memberships(session, mandates, bodies, member_ids, counts)
    session.commit()

    real_sitting = _sample_attendance() if REAL_SAMPLE.exists() else None
    everyone = [p for m in mandates.values() for seated in m.members.values() for p in seated]
    rates = {person: rng.uniform(0.5, 0.95) for person in everyone}
    written_at = datetime(first_year, 1, 1, tzinfo=UTC)
    for year in range(first_year, last_year + 1):
        mandate = mandates[_mandate_start(year)]
        number = rng.randint(0, 30)
        sitting_rows: list[dict[str, Any]] = []
        attendances: list[_Attendance] = []
        for body_name, held_on in _sitting_dates(rng, year):
            members = mandate.members[body_name]
            if real_sitting is not None and (body_name, held_on) == (BUREAU, REAL_SITTING_DATE):
                att = _real_attendance(real_sitting, members)
                convened_on = real_sitting.convened_on
            else:
                att = _draw_attendance(
                    rng,
                    members,
                    mandate.chairs[body_name],
                    rates,
                    held_on,
                    allow_plain_absent=True,
                )
                convened_on = held_on - timedelta(days=rng.randint(6, 9))
            attendances.append(att)
            sitting_rows.append(
                {
                    "body_id": bodies[body_name],
                    "held_on": held_on,
                    "start_time": time(17, 30) if body_name == BUREAU else time(18, 0),
                    "place": "Hôtel de Saint-Etienne Métropole, salle du Conseil",
                    "convened_on": convened_on,
                    "urgent": False,
                    "president_id": member_ids[_key(att.president)],
                    "secretary_id": member_ids[_key(att.secretary)],
                    "in_office": len(members),
                    "present_count": len(att.present),
                    "proxies_count": len(att.proxies),
                    "votes_count": len(att.present) + len(att.proxies),
                }
            )
        sitting_ids = _insert(session, Sitting, sitting_rows)
        counts["sitting"] += len(sitting_ids)

        attendance_rows: list[dict[str, Any]] = []
        proxy_rows: list[dict[str, Any]] = []
        deliberation_rows: list[dict[str, Any]] = []
        actions_of: list[list[dict[str, Any]]] = []
        for sitting_id, row, att in zip(sitting_ids, sitting_rows, attendances, strict=True):
            statuses = [
                (att.present, AttendanceStatus.present),
                ([g for g, _ in att.proxies], AttendanceStatus.represented),
                (att.excused, AttendanceStatus.excused),
                (att.absent, AttendanceStatus.absent),
            ]
            for people, status in statuses:
                attendance_rows += [
                    {
                        "sitting_id": sitting_id,
                        "member_id": member_ids[_key(p)],
                        "status": status.value,
                        "declared_at": None,
                    }
                    for p in people
                ]
            proxy_rows += [
                {
                    "sitting_id": sitting_id,
                    "giver_id": member_ids[_key(giver)],
                    "holder_id": member_ids[_key(holder)],
                    "holder_slot": 1,
                    "source": "document",
                    "registered_at": written_at,
                    "registered_by_telegram_id": None,
                    "revoked_at": None,
                }
                for giver, holder in att.proxies
            ]
            held_on = row["held_on"]
            for _ in range(rng.randint(5, 30)):
                number += rng.randint(1, 2)
                if f"{year}.{number:05d}" == REAL_NUMBER:
                    number += 1  # left to the real extract
                item = _draw_item(rng, year, with_actions=rng.random() < 0.6)
                deliberation_rows.append(
                    _deliberation_row(rng, sitting_id, f"{year}.{number:05d}", item, row)
                )
                actions_of.append(item.actions)
        _insert(session, Attendance, attendance_rows)
        _insert(session, Proxy, proxy_rows)
        deliberation_ids = _insert(session, Deliberation, deliberation_rows)
        action_rows = [
            {"deliberation_id": deliberation_id, **action}
            for deliberation_id, actions in zip(deliberation_ids, actions_of, strict=True)
            for action in actions
        ]
        _insert(session, FundedAction, action_rows)
        counts["attendance"] += len(attendance_rows)
        counts["proxy"] += len(proxy_rows)
        counts["deliberation"] += len(deliberation_ids)
        counts["fundedaction"] += len(action_rows)
        session.commit()  # one transaction per year keeps memory and lock time small
    return counts


def _store_members(
    session: Session, mandates: dict[int, _Mandate], first_year: int, counts: dict[str, int]
) -> dict[tuple[str, str], int]:
    """Member ids by folded name, reusing members the store already has (by exact name)."""
    member_ids: dict[tuple[str, str], int] = {}
    for member_id, last_name, first_name in session.exec(
        select(Member.id, Member.last_name, Member.first_name)
    ):
        member_ids.setdefault((compact(last_name), compact(first_name or "")), member_id or 0)
    created_at = datetime(first_year, 1, 1, tzinfo=UTC)
    new: dict[tuple[str, str], Person] = {}
    for start in sorted(mandates):
        for people in mandates[start].members.values():
            for person in people:
                if _key(person) not in member_ids:
                    new.setdefault(_key(person), person)
    rows = [
        {
            "civility": p.civility,
            "first_name": p.first_name,
            "last_name": p.last_name,
            "telegram_user_id": None,
            "role": "member",
            "created_at": created_at,
        }
        for p in new.values()
    ]
    for key, member_id in zip(new, _insert(session, Member, rows), strict=True):
        member_ids[key] = member_id
    counts["member"] += len(rows)
    return member_ids


def _store_memberships(
    session: Session,
    mandates: dict[int, _Mandate],
    bodies: dict[str, int],
    member_ids: dict[tuple[str, str], int],
    counts: dict[str, int],
) -> None:
    """A seat per member and body, active for the members of the newest mandate."""
    existing = set(session.exec(select(Membership.body_id, Membership.member_id)))
    current = mandates[max(mandates)]
    seats: dict[tuple[int, int], bool] = {}
    for mandate in mandates.values():
        for body, people in mandate.members.items():
            active_now = set(current.members[body])
            for person in people:
                pair = (bodies[body], member_ids[_key(person)])
                seats[pair] = seats.get(pair, False) or person in active_now
    rows = [
        {"body_id": body_id, "member_id": member_id, "active": active}
        for (body_id, member_id), active in seats.items()
        if (body_id, member_id) not in existing
    ]
    _insert(session, Membership, rows)
    counts["membership"] += len(rows)


def _real_attendance(sample: _SampleAttendance, members: list[Person]) -> _Attendance:
    """The sample's attendance, with the Bureau's own spelling of each name."""
    by_key = {_key(p): p for p in members}

    def own(people: Iterable[Person]) -> list[Person]:
        return [by_key[_key(p)] for p in people]

    listed = {_key(p) for p in [*sample.present, *sample.excused]}
    listed |= {_key(g) for g, _ in sample.proxies}
    return _Attendance(
        present=own(sample.present),
        proxies=[(by_key[_key(g)], by_key[_key(h)]) for g, h in sample.proxies],
        excused=own(sample.excused),
        absent=[m for m in members if _key(m) not in listed],
        president=by_key[_key(sample.president)],
        secretary=by_key[_key(sample.secretary)],
    )


def _deliberation_row(
    rng: random.Random, sitting_id: int, number: str, item: _Item, sitting: dict[str, Any]
) -> dict[str, Any]:
    vote = _draw_votes(rng, sitting["votes_count"])
    if rng.random() < 0.01:  # now and then the opposition wins a vote
        vote["unanimous"] = False
        vote["for"], vote["against"] = vote["against"], vote["for"]
    outcome = rules.vote_outcome(vote["for"], vote["against"])
    held_on: date = sitting["held_on"]
    return {
        "number": number,
        "sitting_id": sitting_id,
        "title": item.title,
        "title_key": fold(item.title)[:255],
        "full_text": " ".join(item.sentences),
        "decisions": item.decisions,
        "matter": item.theme.label,
        "outcome": outcome,
        "unanimous": vote["unanimous"],
        "votes_for": vote["for"],
        "votes_against": vote["against"],
        "abstentions": vote["abstentions"],
        "prefecture_id": f"042-244200770-{held_on:%Y%m%d}-{number.replace('.', '_')}-DE",
        "prefecture_date": held_on + timedelta(days=rng.randint(1, 8)),
    }


def main() -> None:
    """Write a big store or a folder of extracts, for trying the bot or the importer by hand."""
    import argparse
    import time as clock

    from storage import db

    parser = argparse.ArgumentParser(description=main.__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    store = commands.add_parser("store", help="populate a SQLite file (migrated first)")
    store.add_argument("path", type=Path)
    store.add_argument("--years", type=int, default=20)
    extracts = commands.add_parser("extracts", help="write extracts as .txt files")
    extracts.add_argument("folder", type=Path)
    extracts.add_argument("--count", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    started = clock.perf_counter()
    if args.command == "store":
        engine = db.make_engine(f"sqlite:///{args.path}")
        db.migrate(engine)
        with db.session(engine) as session:
            counts = populate_store(session, years=args.years, seed=args.seed)
        engine.dispose()
        elapsed = clock.perf_counter() - started
        print(f"{args.years} years written to {args.path} in {elapsed:.2f} s")
        for table, count in counts.items():
            print(f"  {table:<14}{count:>8,}")
    else:
        args.folder.mkdir(parents=True, exist_ok=True)
        for index, text in enumerate(extract_texts(args.count, seed=args.seed), 1):
            (args.folder / f"extract-{index:05d}.txt").write_text(text, encoding="utf-8")
        print(f"{args.count} extracts written to {args.folder}")


if __name__ == "__main__":
    main()
