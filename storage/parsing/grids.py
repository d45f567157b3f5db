"""Tables printed in a document's text, rewritten as the lines the readers already know.

A roll call or a record of votes is often a table: rows with bars (« | NOM | Prénom | Présent |
Absent | Pouvoir à | », as a word processor or a converter exports it, also flattened into one
line) or a PDF's cell grid, each cell on its own line. A cell's meaning is its column's, so a
row is read against its header, never by guessing: « | DURIEUX | Marc | | X | BERTHOLET Anne | »
becomes « Absent : DURIEUX Marc (pouvoir à BERTHOLET Anne) », a row of votes « 2026-04 –
Tarifs : Pour : 12 – Contre : 0 – Abstention : 1 ». A table whose header names no column the
readers know is left as it is (storage.parsing.text reads its rows as cells).

Each row stays on its own line (the evidence's line numbers are the document's), and every step
is one pass over the table.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from storage import cues
from storage.french import MONTH_PATTERN
from storage.names import fold
from storage.parsing.common import LOWER, UPPER, lowered
from storage.parsing.items import NUMBER
from storage.parsing.office import PARAGRAPH

# -- what a header's cell names -----------------------------------------------------------------

_NAME_COLUMNS = frozenset(
    [
        "nom",
        "noms",
        "prenom",
        "prenoms",
        "nom prenom",
        "nom et prenom",
        "noms et prenoms",
        "prenom nom",
        "nom prenoms",
        "elu",
        "elus",
        "elue",
        "elu e",
        "elu e s",
        "conseiller",
        "conseillers",
        "conseiller e",
        "conseillere",
        "conseillers municipaux",
        "conseillers communautaires",
        "membre",
        "membres",
        "identite",
        "delegue",
        "delegues",
        "civilite nom prenom",
        "nom du conseiller",
        "nom de l elu",
    ]
)
_E = r"(?: ?e)?(?: ?s)?"  # « présent(e)s » folds to « present e s »
_STATUS_PATTERNS = (
    (
        "holder",
        re.compile(
            r"^(?:a donne )?(?:pouvoir|procuration|mandat)s?(?: donne(?: ?e)?s?)?(?: a)?$"
            r"|^(?:a )?donne(?: ?e)? (?:pouvoir|procuration)(?: a)?$"
        ),
    ),
    (
        "holder",
        re.compile(
            rf"^represente{_E} par$|^mandataires?$|^beneficiaires?(?: du pouvoir)?$"
            r"|^porteurs? du pouvoir$|^titulaires? du pouvoir$"
        ),
    ),
    ("excused", re.compile(rf"^(?:absent{_E} )?excuse{_E}(?: non represente{_E})?$")),
    ("absent", re.compile(rf"^absent{_E}(?: non excuse{_E})?$")),
    ("present", re.compile(rf"^present{_E}$")),
    ("status", re.compile(r"^(?:presence|statut|situation|etat|observations?)$")),
    # a column of status codes headed by their letters or words: « P/E/A », « Présence
    # (P/A/E) », « P-E-A-Pv », « Présent/Excusé/Absent »
    (
        "status",
        re.compile(
            r"^(?:(?:presence|statut|situation|etat) )?(?:p|e|a|ex|exc|abs|pv|r)"
            r"(?: (?:p|e|a|ex|exc|abs|pv|r)){1,4}$"
            rf"|^present{_E} (?:(?:ou )?(?:absent{_E}|excuse{_E}|represente{_E}) ?){{1,3}}$"
        ),
    ),
)
_VOTE_COLUMNS = {
    "pour": "Pour",
    "contre": "Contre",
    "abstention": "Abstention",
    "abstentions": "Abstentions",
    "abst": "Abstention",
    "abstention s": "Abstentions",
    "ne prennent pas part au vote": "Ne prend pas part au vote",
    "npp": "Ne prend pas part au vote",
    "nppv": "Ne prend pas part au vote",
    "votants": "Votants",
    "ne prend pas part au vote": "Ne prend pas part au vote",
    "vote": "Vote",
    "votes": "Vote",
    "decision": "Décision",
    "resultat": "Résultat",
    "resultat du vote": "Résultat",
    "adopte": "Adopté",
}
# The sitting's counts: « | En exercice | Présents | Votants | » then « | 29 | 21 | 25 | ».
_COUNT_COLUMNS = {
    "en exercice": "En exercice",
    "membres en exercice": "En exercice",
    "conseillers en exercice": "En exercice",
    "presents": "Présents",
    "votants": "Votants",
    "representes": "Représentés",
    "pouvoirs": "Pouvoirs",
    "procurations": "Procurations",
    "absents": "Absents",
    "quorum": "Quorum",
}
# The same labels in more words: « Délégués en exercice », « Nombre de conseillers présents »,
# « Nb de votants », « Membres représentés ».
_COUNT_HEADER = re.compile(
    r"^(?:(?:nombre|nb|nbre) (?:de |d )?)?(?:(?:membres|conseillers|conseilleres|delegues|elus)"
    r"(?: (?:municipaux|communautaires|metropolitains|syndicaux|titulaires))? )?"
    r"(?P<label>en exercice|presents|votants|representes|pouvoirs|procurations|absents)$"
)
_NUMBER_COLUMNS = frozenset(
    [
        "n",
        "no",
        "numero",
        "n deliberation",
        "numero de deliberation",
        "reference",
        "ref",
        "n d ordre",
        "deliberation",
        "n de deliberation",
        # the act's number in more words: « N° acte », « N° de l'acte », « Délibération n° »
        "n acte",
        "n d acte",
        "n de l acte",
        "numero d acte",
        "numero de l acte",
        "n de la deliberation",
        "numero de la deliberation",
        "deliberation n",
        "n delib",
        "n decision",
        "n de decision",
        "n de la decision",
        "decision n",
        "ref acte",
        "reference de l acte",
    ]
)
_TITLE_COLUMNS = frozenset(["objet", "intitule", "titre", "libelle", "objet de la deliberation"])
# The item's place on the agenda, not its act's number (« Point », « N° d'ordre »).
_ORDINAL_COLUMNS = frozenset(
    ["point", "points", "n point", "point n", "n du point", "n d ordre", "ordre", "rang"]
)
# A record of votes by political group: each group's figures, then the « Total » row, which
# is the vote (the groups are no members).
_GROUP_COLUMNS = frozenset(
    ["groupe", "groupes", "groupe politique", "groupes politiques", "liste", "listes"]
)
_IGNORED = frozenset(
    [
        "commune",
        "fonction",
        "qualite",
        "signature",
        "emargement",
        "college",
        "collectivite",
        "rapporteur",
        "rapporteure",
        "rapporteur e",
        "rapporteurs",
        "elu rapporteur",
        # a table of acts' date (the sitting's, the same on every row): no title's words
        "date",
        "dates",
        "seance",
        "date seance",
        "date de seance",
        "date de la seance",
        "date deliberation",
        "date de deliberation",
        "date de la deliberation",
        "date du conseil",
        "date de l acte",
    ]
)
# A cell that marks its column (« X », « ✓ », « oui »), not a name.
_MARKS = frozenset(["x", "✓", "✔", "oui", "1", "o", "•", "●", "■", "☒", "+", "*"])
_LABELS = {"present": "Présent", "excused": "Excusé", "absent": "Absent"}


_PUNCTUATION = str.maketrans("()°º.:/", "       ")


def _key(cell: str) -> str:
    """« Présent(e)s » → « present e s », « N° » → « n »."""
    return " ".join(fold(cell).translate(_PUNCTUATION).split())


# A member's column named in more words: « Membres du conseil », « Nom des élus », « Noms des
# conseillers municipaux ».
_NAME_HEADER = re.compile(
    r"^(?:nom|noms|membres?|elu|elus|conseillers?|delegues?)(?: e s| e| s)?"
    r"(?: (?:du|des|de|de l|et) (?:conseil|conseillers?|elu|elus|delegues?|membres?|prenoms?)"
    r"(?: e s| e| s)?(?: (?:municipaux|communautaires|metropolitains|syndicaux))?)$"
)


# A table of proxies, « Mandant | Mandataire »: the giver's column is the member's, the holder's
# says to whom they gave it.
_GIVER_HEADER = re.compile(
    r"^(?:mandant(?: e)?s?|mandante?s?|donneurs? (?:de |d )?(?:pouvoirs?|procurations?)"
    r"|(?:absent|conseiller|membre|elu|delegue)(?: e)?s? (?:ayant donne|donnant|qui donne)"
    r" (?:pouvoir|procuration))$"
)


def _column(cell: str) -> str | None:
    """The kind of a header's cell, None when it names no column the readers know."""
    key = _key(cell)
    if key in _NAME_COLUMNS or _NAME_HEADER.match(key) or _GIVER_HEADER.match(key):
        return "name"
    for kind, pattern in _STATUS_PATTERNS:
        if pattern.match(key):
            return kind
    if key in _VOTE_COLUMNS:
        return f"vote:{_VOTE_COLUMNS[key]}"
    if key in _COUNT_COLUMNS:
        return f"count:{_COUNT_COLUMNS[key]}"
    if (count := _COUNT_HEADER.match(key)) is not None:
        return f"count:{_COUNT_COLUMNS[count.group('label')]}"
    if key in _NUMBER_COLUMNS:
        return "number"
    if key in _TITLE_COLUMNS:
        return "title"
    if key in _ORDINAL_COLUMNS:
        return "ordinal"
    if key in _GROUP_COLUMNS:
        return "group"
    if key in _IGNORED:
        return "ignored"
    return None


# The words that say a column holds persons, whatever else its header says.
_PERSON_WORDS = frozenset(
    ["nom", "noms", "delegue", "delegues", "elu", "elus", "conseiller", "conseillers",
     "conseillere", "membre", "membres", "representant", "representants", "titulaire",
     "titulaires", "identite", "prenom", "civilite", "administrateur", "administrateurs"]
)  # fmt: skip


def _person_column(cells: list[str], kinds: Sequence[str | None]) -> int | None:
    """The member's column of a header that names none in the readers' words (« Délégué
    titulaire », « Élu(e) désigné(e) », « Représentant »): the one column no reader knows
    (None or « unknown ») that a person's word heads."""
    people = [
        at
        for at, kind in enumerate(kinds)
        if kind in (None, "unknown") and _PERSON_WORDS.intersection(_key(cells[at]).split())
    ]
    return people[0] if len(people) == 1 else None


# A roll call's or a record of votes' header may name a column no reader needs (« Titulaire /
# Suppléant », « Commission »): up to this many are passed over, when the others name a member
# and their status, or an act and its vote.
_UNKNOWN_COLUMNS = 2


def _header(cells: list[str]) -> list[str] | None:
    """The columns of a header row: a roll call (a name and a status) or a record of votes (a
    number or a title, and a vote); None for any other row."""
    known: list[str] = []
    unknown = 0
    for cell in cells:
        # (a status's letter, « P », « E », « A », heads a column of marks only beside a
        # name's column: checked below)
        kind = _column(cell) or _MARK_COLUMNS.get(_key(cell))
        if kind is None:
            if not cell.strip() or len(cell) > 40 or (unknown := unknown + 1) > _UNKNOWN_COLUMNS:
                return None
            kind = "unknown"
        known.append(kind)
    if "name" not in known and unknown and (at := _person_column(cells, known)) is not None:
        known[at] = "name"
        unknown -= 1
    roll_call = "name" in known and any(k in _LABELS or k == "holder" for k in known)
    votes = ("number" in known or "title" in known) and any(k.startswith("vote:") for k in known)
    if unknown and not (roll_call or votes):
        return None
    if "name" not in known and any(_MARK_COLUMNS.get(_key(cell)) for cell in cells):
        return None
    return _header_of(known)


def _merged_header(above: list[str], cells: list[str]) -> list[str] | None:
    """A header printed on two rows, a cell over several columns above the ones it heads
    (« Nom | Présence (three columns) | Pouvoir à », then « | Présent | Absent | Excusé | »):
    each column is named by its lower cell, or by the upper one where the lower is blank."""
    if len(above) != len(cells) or all(cells) or not any(cells):
        return None
    return _header([low or high for high, low in zip(above, cells, strict=True)])


def _halves(columns: list[str]) -> int | None:
    """A roll call printed in two halves side by side (« Nom | Présence | Nom | Présence »):
    the width of a half, None for any other header."""
    half = len(columns) // 2
    if half < 2 or len(columns) % 2 or columns[:half] != columns[half:]:
        return None
    return half if "name" in columns[:half] else None


_AS_COUNTS = {"present": "count:Présents", "absent": "count:Absents", "holder": "count:Pouvoirs"}


def _header_of(known: list[str]) -> list[str] | None:
    if "name" not in known and any(k.startswith(("count:", "vote:")) for k in known):
        # no name column: « Présents », « Pouvoirs » head the sitting's counts
        known = [_AS_COUNTS.get(k, k) for k in known]
    roll_call = "name" in known and any(
        k in ("present", "excused", "absent", "holder", "status") for k in known
    )
    votes = ("number" in known or "title" in known or "group" in known) and any(
        k.startswith("vote:") for k in known
    )
    counts = len(known) >= 2 and all(k.startswith(("count:", "vote:")) for k in known)
    return known if roll_call or votes or counts else None


# -- one row read against its header -------------------------------------------------------------

_HOLDER_WORDS = re.compile(
    r"^(?:pouvoir|procuration|mandat)(?: donn[ée]e?)? [àa] (?P<to>.+)$"
    # an émargement sheet's abbreviation: « Pv VIAL Gaston », « Pouv. à X »
    r"|^(?:pv|pvr|pouv\.?|proc\.?)(?: [àa])? (?P<short>.+)$"
    r"|^repr[ée]sent[ée]e? par (?P<by>.+)$",
    re.IGNORECASE,
)
_STATUS_WORDS = (
    ("excused", re.compile(rf"^(?:absent{_E} )?excuse{_E}$|^e$|^exc$")),
    ("absent", re.compile(rf"^absent{_E}$|^a$|^abs$")),
    ("present", re.compile(rf"^present{_E}$|^p$")),
)


def _status_of(value: str) -> tuple[str, str | None] | None:
    """« Excusé », « Pouvoir à M. X », « Présente », « P »: the status a word cell gives."""
    value = value.strip()
    if holder := _HOLDER_WORDS.match(value):
        named = holder.group("to") or holder.group("by") or holder.group("short")
        return "holder", named.strip()
    key = _key(value)
    for kind, pattern in _STATUS_WORDS:
        if pattern.match(key):
            return kind, None
    return None


# A status and its proxy in one cell: « Excusé - pouvoir à M. X », « Absente (procuration à
# Mme Y) », « Excusé, représenté par M. Z ».
_STATUS_THEN_HOLDER = re.compile(
    r"^(?P<status>[^\W\d_][^-–—,;:(/]{0,30}?) ?[-–—,;:(/] ?(?P<holder>.{3,120}?)\)?\.?$"
)


def _status_with_holder(value: str) -> tuple[str, str] | None:
    """(status, holder) of a cell saying both, the status one of _STATUS_WORDS."""
    if (both := _STATUS_THEN_HOLDER.match(value.strip())) is None:
        return None
    status, holder = _status_of(both["status"]), _status_of(both["holder"])
    if status is None or holder is None or status[0] == "holder" or holder[0] != "holder":
        return None
    return status[0], holder[1] or ""


def _marked(value: str) -> bool:
    return fold(value) in _MARKS or value.strip() in _MARKS


# A holder's cell that names nobody: « - », « — », « / », « néant », « sans objet ».
_NO_HOLDER = frozenset(["neant", "aucun", "aucune", "sans objet", "sans", "non", "na", "n a"])


def _names_a_holder(cell: str) -> bool:
    return any(c.isalpha() for c in cell) and _key(cell) not in _NO_HOLDER


def _roll_call_row(columns: list[str], cells: list[str]) -> str:
    """One member's row: « Présent : NOM Prénom », « Excusé : NOM Prénom (pouvoir à X) »."""
    name = " ".join(c.strip() for k, c in zip(columns, cells, strict=False) if k == "name" and c)
    if not name.strip() or any(c.isdigit() for c in name):
        return ""
    status: str | None = None
    holder: str | None = None
    for kind, cell in zip(columns, cells, strict=False):
        cell = cell.strip()
        if not cell:
            continue
        if kind == "holder" and not _marked(cell):
            holder = cell if _names_a_holder(cell) else holder
        elif kind in _LABELS and _marked(cell):
            status = status or kind
        elif kind in ("status", *_LABELS) and (both := _status_with_holder(cell)):
            status, holder = status or both[0], both[1]
        elif kind in ("status", *_LABELS) and (said := _status_of(cell)):
            if said[0] == "holder":
                holder = said[1]
            else:
                status = status or said[0]
    if holder:
        label = _LABELS["absent" if status == "absent" else "excused"]
        return f"{label} : {name} (pouvoir à {holder})."
    if (
        status is None
        and [k for k in columns if k in _LABELS or k == "status"] == ["present"]
        and not any(c.strip() for k, c in zip(columns, cells, strict=False) if k != "name")
    ):
        # « Nom | Présent | Pouvoir à » and « M. Luc PETIT | | »: the one column of status is
        # the presents', the row marks neither it nor a holder: the member was absent
        return f"{_LABELS['absent']} : {name}."
    return f"{_LABELS[status]} : {name}." if status else ""


# An act's number in a column whose header names it in words no list holds (« Code »,
# « Identifiant »): the cell alone says it (a date is none).
_ACT_CELL = re.compile(rf"^(?:{NUMBER})$")
_DATE_CELL = re.compile(r"^\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}$")


def _votes_row(columns: list[str], cells: list[str]) -> str:
    """One item's row: « 2026-04 – Tarifs : Pour : 12 – Contre : 0 – Abstention : 1 »."""
    number = title = ordinal = ""
    votes: list[str] = []
    numbered = "number" in columns
    for kind, cell in zip(columns, cells, strict=False):
        cell = cell.strip()
        if not cell:
            continue
        if kind == "number" or (
            kind == "unknown"
            and not numbered
            and not number
            and _ACT_CELL.match(cell)
            and not _DATE_CELL.match(cell)
        ):
            number = cell
        elif kind == "title":
            title = cell
        elif kind == "ordinal" and cell.isdigit():
            ordinal = cell
        elif kind.startswith(("vote:", "count:")):
            # (« | 2024-31 | 20 | 3 | 23 | 18 | … » under « Présents | Pouvoirs | Votants |
            # Pour »: the item's own attendance, then its vote)
            label = kind.split(":", 1)[1]
            votes.append(f"{label} : {cell}" if cell.isdigit() else cell)
    head = " – ".join(part for part in (number, title) if part)
    if title and not number and votes:
        # a row without an act's number is an entry of its own (« - Tarifs : Unanimité »),
        # never a line whose vote runs into the next row's; its place on the agenda when the
        # table prints it (« 2 - Tarifs : … » under « Point »)
        lead = f"{ordinal} -" if ordinal else "-"
        return f"{lead} {title} : {' – '.join(votes)}"
    return f"{head} : {' – '.join(votes)}" if votes else head


def _member_row(columns: list[str], cells: list[str]) -> str:
    """A roll call's row, both its members when it is printed in two halves."""
    if (half := _halves(columns)) is None:
        return _roll_call_row(columns, cells)
    cells = [*cells, *[""] * (len(columns) - len(cells))]
    said = (_roll_call_row(columns[:half], cells[:half]),
            _roll_call_row(columns[half:], cells[half:]))  # fmt: skip
    return " ".join(row for row in said if row)


def _row(columns: list[str], cells: list[str]) -> str:
    if "name" in columns:
        return _member_row(columns, cells)
    if all(k.startswith(("count:", "vote:")) for k in columns):
        # « 29 | 21 | 25 » under « En exercice | Présents | Votants »; with fewer or more
        # figures than labels, no figure is given to a label it may not be under
        if len([cell for cell in cells if cell.strip()]) and len(cells) != len(columns):
            return ""
        return " – ".join(
            f"{kind.split(':', 1)[1]} : {cell.strip()}"
            for kind, cell in zip(columns, cells, strict=False)
            if cell.strip()
        )
    if "group" in columns and "number" not in columns and "title" not in columns:
        return _group_votes_row(columns, cells)
    return _votes_row(columns, cells)


def _group_votes_row(columns: list[str], cells: list[str]) -> str:
    """A group's row says nothing of the vote by itself (it is blanked: its figures would read
    as the vote's); the « Total » row is the vote: « Vote : Pour : 25 – Contre : 5 – … »."""
    group = next((c for k, c in zip(columns, cells, strict=False) if k == "group"), "")
    if not fold(group).startswith("total"):
        return ""
    figures = [
        f"{kind.split(':', 1)[1]} : {cell.strip()}"
        for kind, cell in zip(columns, cells, strict=False)
        if kind.startswith("vote:") and cell.strip()
    ]
    return f"Vote : {' – '.join(figures)}" if figures else ""


# -- tables with bars --------------------------------------------------------------------------

_RULE_CELL = re.compile(r"^:?-{2,}:?$")


def _cells(line: str) -> list[str]:
    return [cell.strip() for cell in line.strip().strip("|").split("|")]


# An ASCII grid's rule between rows: « +----------+------+ », « |====|====| ».
_GRID_RULE = re.compile(r"^[+|][-=+|: ]*[-=]{2}[-=+|: ]*$")


# A row of two cells whose first is a list's or an officer's cue (« | Présents | M. X, Mme Y | »,
# « | Secrétaire de séance | Mme Z | »): a web page's or a word processor's table of the
# sitting, its label written as the cue the readers know (« Présents : M. X, Mme Y »). On the
# cell's key (folded, brackets and colons gone).
_LABEL_CUE = re.compile(
    r"^(?:(?:liste des|etaient|sont|etait|est) )?"
    rf"(?:(?:membres?|conseill(?:er|ere){_E}(?: municipaux| communautaires)?|delegue{_E}"
    rf"|administrat(?:eur|rice){_E}|elu{_E}) )?"
    rf"(?:present{_E}|absent{_E}(?: (?:et )?excuse{_E})?|absent{_E} (?:non )?represente{_E}"
    rf"|excuse{_E}|represente{_E}|pouvoirs?|procurations?"
    r"|(?:ont|ayant) donne (?:pouvoir|procuration)"
    r"|assistaient(?: a la seance)?|secretaire(?: de seance)?"
    rf"|president{_E}(?: de seance)?|presidence|date de (?:la )?convocation|convocation)$"
)


def _labelled_row(cells: list[str]) -> str | None:
    """« Présents : M. X, Mme Y » for « | Présents | M. X, Mme Y | », or None."""
    if len(cells) != 2 or not cells[1] or len(cells[0]) > 40:
        return None
    if _LABEL_CUE.match(_key(cells[0])) is None:
        return None
    if _column(cells[1]) == "holder":
        # a table's header (« | Conseiller absent | Pouvoir donné à | »): its rows follow
        return None
    return f"{cells[0].rstrip(' :')} : {cells[1]}"


# A row without a header whose cells print each figure with its label (« | 2024-06-01 | Tarif de
# l'eau | Pour 8 | Contre 0 | Abstention 1 | Adopté | »): an item's vote, as _votes_row writes
# it.
_LABELLED_FIGURE = re.compile(
    r"^(?P<label>(?i:pour|contre|abstentions?|abst\.?|votants|exprim[ée]s|suffrages\sexprim[ée]s"
    r"|ne\sprend\spas\spart\sau\svote|nppv))\s?:?\s?(?P<figure>\d{1,4})$"
)


def _labelled_votes_row(cells: list[str]) -> str | None:
    """« 2024-06-01 – Tarif de l'eau : Pour : 8 – Contre : 0 – Abstention : 1 – Adopté » for a
    row of such cells (two figures at least), or None."""
    found = [_LABELLED_FIGURE.match(cell) for cell in cells]
    if sum(1 for match in found if match is not None) < 2:
        return None
    first = next(i for i, match in enumerate(found) if match is not None)
    last = max(i for i, match in enumerate(found) if match is not None)
    if any(found[i] is None for i in range(first, last + 1) if cells[i]):
        return None  # figures apart from each other: no row of one item's vote
    head = " – ".join(cell for cell in cells[:first] if cell)
    votes = " – ".join(
        f"{match['label']} : {match['figure']}" for match in found[first : last + 1] if match
    )
    tail = " – ".join(cell for cell in cells[last + 1 :] if cell)
    return f"{head} : {votes}" + (f" – {tail}" if tail else "") if head else None


def _bar_lines(lines: list[str]) -> None:
    """Tables printed one row a line (« | NOM | Prénom | Présent | »), rewritten in place."""
    columns: list[str] | None = None
    last: tuple[int, list[str]] | None = None  # the last row read, to join its wrapped title
    above: tuple[int, list[str]] | None = None  # a row no header: a merged header's upper half
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped[:1] in "+|" and _GRID_RULE.match(stripped):
            lines[index] = ""  # a rule, inside the table or around it
            continue
        framed = stripped.startswith("|") and stripped.count("|") >= 3
        # without the outer bars (« Membre | Qualité | Présence »): a table only under a
        # header the readers know, each row with as many cells
        bare = not framed and 1 <= stripped.count("|") <= 12 and len(stripped) <= 200
        if (
            columns is None
            and (framed or bare)
            and (
                (labelled := _labelled_row(_cells(stripped))) is not None
                or (labelled := _labelled_votes_row(_cells(stripped))) is not None
            )
        ):
            lines[index] = labelled
            above = None
            continue
        if bare:
            cells = _cells(stripped)
            if columns is None and _header(cells) is None:
                if stripped.count("|") >= 6:
                    # « … | En exercice | Présents | Votants | | 15 | 11 | 13 | … », its
                    # line breaks lost
                    lines[index] = _bar_line_flattened(line)
                continue
            if columns is not None and len(cells) != len(columns):
                # « M. Luc PETIT | X | | »: without the outer bars, a last bar closes the
                # row's last cell, a blank one (« Pouvoir à »), not the table's frame
                cells = [cell.strip() for cell in stripped.split("|")]
                if len(cells) != len(columns):
                    columns = None
                    continue
                lines[index] = _row(columns, cells)
                last = (index, cells)
                continue
        elif not framed:
            columns = None
            if stripped.count("|") >= 8 and len(stripped) > 200:
                lines[index] = _bar_line_flattened(line)
            continue
        cells = _cells(stripped)
        if columns is None:
            columns = _header(cells)
            if columns is None and above is not None:
                columns = _merged_header(above[1], cells)
                if columns is not None:
                    lines[above[0]] = ""
            if columns is not None:
                lines[index] = ""  # the header says nothing itself
                above = None
            else:
                above = (index, cells) if framed else None
            continue
        if all(_RULE_CELL.match(cell) or not cell for cell in cells):
            lines[index] = ""
            continue
        if last is not None and (joined := _wrapped_row(columns, last[1], cells)) is not None:
            # « | 2024-113 | Ouverture des commerces le | 27 | » then « |  | dimanche | | »
            lines[last[0]], lines[index] = _row(columns, joined), ""
            last = (last[0], joined)
            continue
        lines[index] = _row(columns, cells)
        last = (index, cells)


def _wrapped_row(columns: list[str], above: list[str], cells: list[str]) -> list[str] | None:
    """A record of votes' row whose number and figures are blank and whose title goes on: the
    title of the row above, wrapped in its cell; the row above with its whole title."""
    if "title" not in columns or len(cells) != len(above) or len(cells) != len(columns):
        return None
    kinds = dict(zip(columns, range(len(columns)), strict=True))
    if not cells[kinds["title"]] or any(
        cell for kind, cell in zip(columns, cells, strict=True) if kind != "title"
    ):
        return None
    joined = list(above)
    joined[kinds["title"]] = f"{above[kinds['title']]} {cells[kinds['title']]}".strip()
    return joined


_GRID_RULE_CELL = re.compile(r"^\s*\+[-=+]{3,}\+\s*$")


def _bar_line_flattened(line: str) -> str:
    """The same table with its line breaks lost: « … | NOM | Prénom | Présent | |---|---|---| |
    DUPONT | Anne | X | | DURAND | … ». Each row boundary then reads as one more empty cell,
    so rows come every n + 1 cells after an n-cell header. Each cell is looked at once or
    twice: a header is a run of cells that all name a column."""
    # (an ASCII grid's rule between rows, « +-----+-----+ », parts rows as a blank cell does)
    pieces = [" " if _GRID_RULE_CELL.match(p) else p for p in line.split("|")]
    kinds = [_column(p) if 0 < len(p.strip()) <= 40 else None for p in pieces]
    out: list[str] = []
    done = 0  # pieces[:done] are written out
    start = 1
    while start < len(pieces):
        width = _run_width(kinds, start)
        columns = _header_of([k for k in kinds[start : start + width] if k is not None])
        if columns is None:
            start += width + 1
            continue
        at = start + width
        rows: list[str] = []
        above: list[str] = []  # the cells of the row before
        while at + width < len(pieces) and not pieces[at].strip():
            cells = [p.strip() for p in pieces[at + 1 : at + 1 + width]]
            if not all(_RULE_CELL.match(cell) or not cell for cell in cells):
                if rows and (whole := _wrapped_row(columns, above, cells)) is not None:
                    rows[-1], cells = _row(columns, whole), whole  # its title wrapped
                else:
                    rows.append(_row(columns, cells))
                above = cells
            at += width + 1
        out.append("|".join(pieces[done:start]).rstrip(" |"))
        out.extend(rows)
        done = start = at
    return _rejoined(line, pieces, out, done)


def _run_width(kinds: list[str | None], start: int) -> int:
    """How many pieces from `start` on all name a column: a header's width."""
    width = 0
    while start + width < len(kinds) and kinds[start + width] is not None:
        width += 1
    return width


def _rejoined(line: str, pieces: list[str], out: list[str], done: int) -> str:
    """The line with its tables rewritten (`out`), the pieces after them as they were."""
    if not out:
        return line
    out.append("|".join(pieces[done:]).lstrip(" |"))
    return " ".join(part for part in out if part)


# -- PDF cell grids: each cell on its own line ----------------------------------------------


def _grid(lines: list[str]) -> None:
    """A header of short lines, one per column (« Nom Prénom » / « Présent » / « Excusé » /
    « Pouvoir à »), then each member's row. Rows are read only when they can be: every cell
    printed (blank ones as blank lines), or a name followed by the word of its status
    (« Excusé », « Pouvoir à Mme X »)."""
    index = 0
    while index < len(lines):
        columns: list[str] = []
        end = index
        while end < len(lines) and len(lines[end].strip()) <= 40 and lines[end].strip():
            kind = _column(lines[end])
            if kind is None:
                break
            columns.append(kind)
            end += 1
        header = _header_kinds(columns)
        if (
            header is None
            and columns
            and columns[0] in ("number", "group")
            and _header_of(columns)
        ):
            # « N° » / « Objet » / « Vote », « Groupe » / « Pour » / « Contre »
            index = _vote_grid_rows(lines, columns, end)
            continue
        if header is None:
            index = max(end, index + 1)
            continue
        index = _grid_rows(lines, header, end)


_ACT_NUMBER = re.compile(r"^(?:[A-Z]{1,8}[ ._-]?)?\d[\w./-]*$")


def _vote_grid_rows(lines: list[str], columns: list[str], start: int) -> int:
    """A record of votes printed a cell a line, every cell filled: each row is as many lines
    as the header has, its first an act's number (or a group's name, its other cells figures)."""
    for header in range(start - len(columns), start):
        lines[header] = ""
    at = start
    width = len(columns)
    while at + width <= len(lines):
        cells = [line.strip() for line in lines[at : at + width]]
        if not all(cells) or not (
            _ACT_NUMBER.match(cells[0])
            if columns[0] == "number"
            else all(cell.isdigit() for cell in cells[1:])
        ):
            break
        lines[at] = _row(columns, cells)
        for blank in range(at + 1, at + width):
            lines[blank] = ""
        at += width
    return at


def _header_kinds(columns: list[str]) -> list[str] | None:
    if len(columns) < 2 or "name" not in columns:
        return None
    if not any(k in ("present", "excused", "absent", "holder", "status") for k in columns):
        return None
    return columns


_GRID_STOP = re.compile(r":|^(?:\d{1,3}[.)-]|d[ée]lib|n ?°|le |la |les |l['’])", re.IGNORECASE)


def _grid_rows(lines: list[str], columns: list[str], start: int) -> int:
    """The rows under a grid's header, rewritten in place; returns where the grid ends."""
    for header in range(start - len(columns), start):
        lines[header] = ""
    at = start
    while at < len(lines):
        name = lines[at].strip()
        if not name or _GRID_STOP.search(name) or _status_of(name) or _marked(name):
            break
        # the cells after the name, up to the next name (a line that is no mark, no status)
        cells = [name]
        end = at + 1
        while end < len(lines):
            cell = lines[end].strip()
            if cell and not (_marked(cell) or _status_of(cell)):
                break
            cells.append(cell)
            end += 1
        words = [c for c in cells[1:] if c]
        if len(cells) == len(columns):
            row = _roll_call_row(columns, cells)  # every cell printed, blanks included
        elif len(words) == 1 and (said := _status_of(words[0])):
            kind, holder = said
            row = (
                f"Excusé : {name} (pouvoir à {holder})."
                if kind == "holder"
                else f"{_LABELS[kind]} : {name}."
            )
        elif (
            len(words) == 1
            and columns.count("present") + columns.count("excused") + columns.count("absent") == 1
            and "holder" not in columns
        ):
            status = next(k for k in columns if k in _LABELS)
            row = f"{_LABELS[status]} : {name}."  # one column of marks: its mark says it
        else:
            row = ""  # a mark whose column cannot be told: no value rather than a wrong one
        lines[at] = row
        for blank in range(at + 1, end):
            lines[blank] = ""
        at = end
    return at


# A status column's header alone on its line: only then can a grid be there.
_GRID_GATE = re.compile(
    r"\n[ \t]*(?:Pr[ée]sen(?:ce|te?s?|t\(e\)s?)|PR[ÉE]SEN(?:CE|TE?S?)|Statut|STATUT|Excus[ée]e?s?"
    r"|EXCUS[ÉE]E?S?|Absente?s?|ABSENTE?S?|Pouvoir(?: donn[ée])? [àa]|POUVOIR(?: DONN[ÉE])? [ÀA]"
    r"|N ?[°º]|Num[ée]ro|NUM[ÉE]RO"
    # a record of votes by group: « Groupe » then « Pour » on the next line
    r"|(?:Groupes?|GROUPES?)(?: politiques?| POLITIQUES?)?[ \t]*\r?\n[ \t]*(?:Pour|POUR))"
    r"[ \t]*\r?\n"
)


# -- a grid with a word per status, its line breaks lost ----------------------------------------

# (the columns a roll call prints beside the names — commune, group, function — before or
# after them, and the signature's after the status: « Nom Prénom Commune Groupe Présence
# Signature »)
_OTHER_COLUMN = (
    r"(?:Communes?|COMMUNES?|Groupes?|GROUPES?|Fonction|FONCTION|Qualit[ée]|QUALIT[ÉE]"
    r"|Coll[èe]ge|COLL[ÈE]GE|Collectivit[ée]|COLLECTIVIT[ÉE]|Civilit[ée]|CIVILIT[ÉE])"
)
_FLAT_GRID_HEAD = re.compile(
    rf"\b(?P<before>(?:{_OTHER_COLUMN} ){{0,3}})"
    r"(?:(?:Nom|NOM|Noms|NOMS)(?: et| ET)?(?: [Pp]r[ée]noms?| PR[ÉE]NOMS?)?|Membres?|MEMBRES?"
    r"|(?P<first>Pr[ée]noms? [Nn]oms?|PR[ÉE]NOMS? NOMS?))"
    rf"(?P<between>(?: {_OTHER_COLUMN}){{0,3}})"
    r" (?:Pr[ée]sence|PR[ÉE]SENCE|Statut|STATUT|Situation|SITUATION)\b"
    r"(?: (?:Signatures?|SIGNATURES?|[ÉE]margement|[ÉE]MARGEMENT)\b)?"
    # the proxy's holder in a column of its own, after the status
    r"(?P<holders> (?:Pouvoir|POUVOIR|Procuration|PROCURATION)(?: donn[ée]e?| DONN[ÉE]E?)?"
    r" [àaÀA]\b| Mandataire\b| MANDATAIRE\b)? ?"
)
_FLAT_STATUS = re.compile(
    r"\b(?:(?P<holds>(?:[Pp]ouvoir|POUVOIR|[Pp]rocuration|PROCURATION)(?: donn[ée]e?| DONN[ÉE]E?)?"
    r" (?:à|a|À)|[Rr]epr[ée]sent[ée]e? par|REPR[ÉE]SENT[ÉE]E? PAR) "
    r"|(?P<word>[Pp]r[ée]sente?|PR[ÉE]SENTE?|[Ee]xcus[ée]e?|EXCUS[ÉE]E?|[Aa]bsente?|ABSENTE?)\b)"
)
_CIVILITY = frozenset(["M.", "Mme", "Mlle", "Monsieur", "Madame"])


def _name_shape(words: list[str]) -> list[bool]:
    """Which words of a name are in capitals (« BARRAL Jeanne » → [True, False])."""
    return [w.isupper() for w in words if w not in _CIVILITY]


def _holder_words(words: list[str], shape: list[bool]) -> int:
    """How many of `words` name the holder, read by the shape the grid's names have: its
    capitals then its title-case words, or the other way round."""
    taken = 1 if words and words[0] in _CIVILITY else 0
    runs = [shape[0]] + [b for a, b in itertools.pairwise(shape) if a != b]
    for caps in runs:
        start = taken
        while taken < len(words) and words[taken].isupper() == caps and words[taken][:1].isalpha():
            taken += 1
        if taken == start:
            return 0
    return taken


def _known_holder(words: list[str], seen: set[str]) -> int:
    """How many of a holder's words to keep when its surname in capitals runs into the next
    row's (« M. Marc CORNU DE LA TOUR Paul-Henri Présent »): up to a surname the grid has
    printed as a row's, when one starts its capitals."""
    caps = [i for i, w in enumerate(words) if w.isupper() and len(w) > 1 and w not in _CIVILITY]
    if len(caps) < 2 or caps[-1] != len(words) - 1:
        return len(words)
    for end in range(caps[-1], caps[0], -1):
        if " ".join(words[caps[0] : end]) in seen:
            return end
    return len(words)


def _holder_in_column(line: str, at: int, shape: list[bool]) -> tuple[str, int] | None:
    """The holder printed after an absent member's status, in a column of its own, and where
    it ends: the first of two names before the next status (« … Excusé M. Bruno CADIOU Mme
    Gaëlle QUÉRÉ Présente »); one name alone there is the next row's."""
    following = _FLAT_STATUS.search(line, at, at + 160)
    if following is None:
        return None
    words = line[at : following.start()].split()
    count = _holder_words(words, shape)
    if count <= 1 and words and words[0] in _CIVILITY:
        count = _holder_words(words, shape[::-1])
    if count == 0 or count >= len(words):
        return None
    for word in words[:count]:
        at = line.index(word, at) + len(word)
    return " ".join(words[:count]), at


def _grid_flattened(line: str) -> str:
    """« Nom Prénom Présence BARRAL Jeanne Présente CORNU Marc Pouvoir à BARRAL Jeanne … »: each
    name then its status word; a holder's name ends where the grid's name shape ends."""
    head = _FLAT_GRID_HEAD.search(line)
    if head is None:
        return line
    rows: list[str] = []
    at = head.end()
    shape: list[bool] | None = None
    seen: set[str] = set()  # the surnames of the rows read
    # other cells beside the names (a commune, a group): the name is then read by its shape
    others = bool(head.group("before") or head.group("between"))
    while True:
        status = _FLAT_STATUS.search(line, at, at + (200 if others else 120))
        if status is None:
            break
        name = line[at : status.start()].strip()
        if others:
            name = _spaced_name(name, surname_first=head.group("first") is None) or ""
        words = name.split()
        if not words or len(words) > 5 or not all(w[:1].isupper() for w in words):
            break
        shape = shape or _name_shape(words)
        seen.add(" ".join(w for w in words if w.isupper()))
        if status.group("word"):
            said = _status_of(status.group("word"))
            if said is None:
                break
            at = status.end()
            holder = (
                _holder_in_column(line, at, shape)
                if head.group("holders") and said[0] != "present"
                else None
            )
            if holder is not None:
                rows.append(f"{_LABELS[said[0]]} : {name} (pouvoir à {holder[0]}).")
                at = holder[1]
            else:
                rows.append(f"{_LABELS[said[0]]} : {name}.")
            continue
        rest = line[status.end() : status.end() + 120].split()
        count = _holder_words(rest, shape) if shape else 0
        if count <= 1 and rest and rest[0] in _CIVILITY and shape:
            # « Pouvoir à M. Marc CORNU » in a grid of « BARRAL Jeanne »: a civility's name is
            # printed first name first whatever the grid's order
            count = _holder_words(rest, shape[::-1])
        if count == 0:
            break
        count = _known_holder(rest[:count], seen)
        rows.append(f"Excusé : {name} (pouvoir à {' '.join(rest[:count])}).")
        at = status.end()
        for word in rest[:count]:
            at = line.index(word, at) + len(word)
    if not rows:
        return line
    return " ".join([line[: head.start()].rstrip(), *rows, line[at:].lstrip()]).strip()


# -- a PDF table whose cells its text layer ran together: a row a line, single spaces -----------

# The header's labels, as its words read once folded; the longest first.
_SPACED_LABELS = (
    ("nom et prenom", "name"), ("noms et prenoms", "name"), ("nom prenom", "name"),
    ("prenom nom", "name"), ("nom", "surname"), ("noms", "surname"), ("prenom", "first"),
    ("prenoms", "first"), ("civilite", "ignored"), ("commune", "ignored"),
    ("communes", "ignored"), ("groupe", "ignored"), ("fonction", "ignored"),
    ("qualite", "ignored"), ("college", "ignored"), ("collectivite", "ignored"),
    ("signature", "ignored"), ("emargement", "ignored"), ("n", "ignored"), ("no", "ignored"),
    ("presence", "status"), ("statut", "status"), ("situation", "status"), ("etat", "status"),
    ("observations", "status"), ("observation", "status"), ("present e", "status"),
    ("present", "status"), ("presente", "status"), ("sens du vote", "vote"), ("vote", "vote"),
    ("votes", "vote"), ("position", "vote"),
    # a member's whole name in one cell; a proxy's holder in a column after the status
    ("membres", "name"), ("membre", "name"), ("elus", "name"), ("elu e", "name"), ("elu", "name"),
    ("conseillers", "name"), ("conseiller", "name"), ("delegues", "name"), ("delegue", "name"),
    ("pouvoir donne a", "holder"), ("procuration donnee a", "holder"), ("pouvoir a", "holder"),
    ("procuration a", "holder"), ("represente e par", "holder"), ("represente par", "holder"),
    ("mandataire", "holder"),
)  # fmt: skip
_SPACED_HEAD = re.compile(
    r"^[ \t]*(?:[^\W\d_]{1,12}°?[ \t]){0,3}(?:Nom|NOM|Noms|NOMS|Pr[ée]nom|PR[ÉE]NOM|Membres?"
    r"|MEMBRES?|[ÉE]lu(?:\(?e\)?)?s?|[ÉE]LUS?|Conseill(?:er|[èe]re)s?|D[ée]l[ée]gu[ée]s?)\b[^\n]{0,80}"
    r"\b(?:Pr[ée]sence|PR[ÉE]SENCE|Statut|STATUT|Situation|SITUATION|Pr[ée]sent(?:\(e\))?"
    r"|PR[ÉE]SENT|[ÉE]tat|Observations?|[Vv]otes?|VOTES?|[Pp]osition|POSITION)"
    # (a signature's column after the status: its cells are blank in the text; the proxy's
    # holder in a column of its own)
    r"(?:[ \t](?:Signatures?|SIGNATURES?|[ÉE]margement|[ÉE]MARGEMENT"
    r"|(?:Pouvoir|POUVOIR|Procuration|PROCURATION)(?: donn[ée]e?| DONN[ÉE]E?)? [àaÀA]"
    r"|Mandataire|MANDATAIRE|Repr[ée]sent[ée](?:\(e\))? par))?[ \t]*$",
    re.MULTILINE,
)
# A row's status, its last cell: a word, or a proxy with its holder.
_SPACED_STATUS = re.compile(
    r"\s(?P<status>(?:[Pp]ouvoir|POUVOIR|[Pp]rocuration|PROCURATION|[Mm]andat)(?: donn[ée]e?)?"
    r" (?:à|a|À) \S.*|[Rr]epr[ée]sent[ée]e? par \S.*|[Pp]r[ée]sente?|PR[ÉE]SENTE?|[Ee]xcus[ée]e?"
    r"|EXCUS[ÉE]E?|[Aa]bsente?(?: excus[ée]e?)?|ABSENTE?)\.?$"
)
# With the holder in a column of its own, the status is the first status word after the name.
_SPACED_STATUS_WORD = re.compile(
    r"\s(?P<status>[Pp]r[ée]sente?|PR[ÉE]SENTE?|[Ee]xcus[ée]e?|EXCUS[ÉE]E?"
    r"|[Aa]bsente?(?: excus[ée]e?)?|ABSENTE?|[Rr]epr[ée]sent[ée]e?|REPR[ÉE]SENT[ÉE]E?)(?=\s|\.?$)"
)
_CAPS_TOKEN = re.compile(rf"^[{UPPER}][{UPPER}'’-]+$")
_TITLE_TOKEN = re.compile(rf"^[{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)*$")


def _spaced_columns(line: str) -> list[str] | None:
    """The columns of a header whose labels the text layer ran together (« Nom Prénom Commune
    Présence »), None unless every word is a label and a name and a status are among them."""
    words = _key(line).split()
    columns: list[str] = []
    at = 0
    while at < len(words):
        for label, kind in _SPACED_LABELS:
            size = label.count(" ") + 1
            if " ".join(words[at : at + size]) == label:
                columns.append(kind)
                at += size
                break
        else:
            return None
    has_name = "name" in columns or "surname" in columns
    return columns if has_name and ("status" in columns or "vote" in columns) else None


def _spaced_name(cells: str, surname_first: bool) -> str | None:
    """The member's name at the row's start (or after the cells before it): the surname in
    capitals and the first name beside it; the cells after it (a commune) are left."""
    tokens = cells.split()
    start = next((i for i, t in enumerate(tokens) if _CAPS_TOKEN.match(t)), None)
    if start is None:
        return None
    end = start
    while end < len(tokens) and _CAPS_TOKEN.match(tokens[end]):
        end += 1
    if surname_first:
        if end < len(tokens) and _TITLE_TOKEN.match(tokens[end]):
            return " ".join(tokens[start : end + 1])
        if end == len(tokens) and start > 0 and _TITLE_TOKEN.match(tokens[start - 1]):
            return " ".join(tokens[start - 1 : end])  # « M. Yannick LE BIHAN » in one cell
        return " ".join(tokens[start:end]) if end == len(tokens) else None
    if start > 0 and _TITLE_TOKEN.match(tokens[start - 1]):
        return " ".join(tokens[start - 1 : end])
    return None


def _spaced_row(lines: list[str], at: int) -> tuple[str, int]:
    """One row and where the next starts: a cell wrapped in its column (« HUGO Léa Beauvezer »
    / « Représentée par Mme Jeanne » / « BARRAL ») goes on over the lines after it, until
    its status is read, and a holder's surname with it."""
    row, end = lines[at].strip(), at + 1
    while end < len(lines) and end - at < 4 and lines[end].strip() and ":" not in lines[end]:
        status = _SPACED_STATUS.search(row)
        holder = _HOLDER_WORDS.match(status.group("status")) if status else None
        if status is not None and (
            holder is None or any(_CAPS_TOKEN.match(w) for w in holder.group().split()[2:])
        ):
            break
        row, end = f"{row} {lines[end].strip()}", end + 1
    return row, end


def _spaced_rows(lines: list[str]) -> None:
    """A roll call a row a line, its cells run together (« LECLERC Claire Rives Pouvoir à M.
    JACOB »): each row read as its name, then its status, the last cell; a row that reads
    otherwise ends the table."""
    index = 0
    while index < len(lines):
        columns = _spaced_columns(lines[index]) if len(lines[index]) <= 120 else None
        if columns is None:
            index += 1
            continue
        names = [k for k in columns if k in ("name", "surname", "first")]
        surname_first = names[0] != "first" and not _key(lines[index]).startswith("prenom nom")
        if "vote" in columns and "status" not in columns:
            index = _spaced_votes(lines, index, surname_first)
            continue
        at = index + 1
        if "holder" in columns:
            at = _holder_column_rows(lines, at, surname_first)
        while at < len(lines) and lines[at].strip() and ":" not in lines[at]:
            row, end = _spaced_row(lines, at)
            status = _SPACED_STATUS.search(row)
            name = _spaced_name(row[: status.start()], surname_first) if status else None
            said = _status_of(status.group("status").rstrip(".")) if status else None
            if name is None or said is None:
                break
            kind, holder = said
            lines[at] = (
                f"Excusé : {name} (pouvoir à {holder})." if kind == "holder"
                else f"{_LABELS[kind]} : {name}."
            )  # fmt: skip
            for wrapped in range(at + 1, end):
                lines[wrapped] = ""  # as many lines as before: the evidence's are the document's
            at = end
        if at > index + 1:
            lines[index] = ""  # the header says nothing itself
        index = at


def _holder_column_rows(lines: list[str], at: int, surname_first: bool) -> int:
    """Rows of a roll call whose proxy's holder stands in a column after the status (« Membre
    Présence Pouvoir donné à » / « M. Yannick LE BIHAN Excusé M. Bruno CADIOU »); returns where
    the table ends."""
    while at < len(lines) and lines[at].strip() and ":" not in lines[at]:
        row = lines[at].strip()
        status = _SPACED_STATUS_WORD.search(row)
        name = _spaced_name(row[: status.start()], surname_first) if status else None
        if status is None or name is None:
            break
        holder = row[status.end() :].strip(" .")
        said = _status_of(status.group("status"))
        kind = said[0] if said else "excused"  # « Représenté » then its holder
        if holder and kind != "present":
            lines[at] = f"{_LABELS[kind]} : {name} (pouvoir à {holder})."
        else:
            lines[at] = f"{_LABELS[kind]} : {name}."
        at += 1
    return at


# -- a table of a column per status, every cell filled, its gaps lost -------------------------

# « NOM Prénom Présent Excusé Absent Pouvoir à » then « CLAVEL Jean - X - ARCHER Bruno »: the
# gaps that placed each mark under its column are lost, but a row printing every cell (a mark
# or a dash) still says its column by the mark's rank. A row a line, or all of them run
# together (then a holder's name ends where the names' shape ends). A row leaving its cells
# blank (« CLAVEL Jean X ») cannot be placed: the table is then left as printed, and said so
# (MARKS_HEAD, read by the extract when no roll call is read).
_FEMININE = r"(?:\(e\)|\(E\)|e|E)?(?:s|S)?"  # « Présent(e)s », « EXCUSÉES »
_MARK_COLUMN = (
    rf"(?:Pr[ée]sent|PR[ÉE]SENT|Excus[ée]|EXCUS[ÉE]"
    rf"|(?:Absent|ABSENT){_FEMININE}(?: (?:[Ee]xcus[ée]|EXCUS[ÉE]))?){_FEMININE}"
)
MARKS_HEAD = re.compile(
    r"\b(?P<names>(?:Nom|NOM|Noms|NOMS)(?: et| ET)?(?: [Pp]r[ée]noms?| PR[ÉE]NOMS?)?"
    r"|(?P<first>Pr[ée]noms? [Nn]oms?|PR[ÉE]NOMS? NOMS?))"
    rf"(?P<columns>(?: {_MARK_COLUMN}){{2,4}})"
    r"(?P<holders> (?:Pouvoir|POUVOIR|Procuration|PROCURATION)(?: donn[ée]e?| DONN[ÉE]E?)?"
    r" (?:à|a|À|A)\b| Mandataire\b| MANDATAIRE\b)?(?=\s|$)"
)
_MARK_COLUMN_WORD = re.compile(_MARK_COLUMN)
# A cell left unmarked, printed: « - », « – », « / », « non ».
_BLANK_MARKS = frozenset(["-", "–", "—", "/", "non", "·", "0"])


def _mark_cell(word: str) -> bool | None:
    """True for a mark, False for a printed blank, None for no cell of marks (a name's word)."""
    if _marked(word) and len(word) <= 3:
        return True
    return False if word in _BLANK_MARKS or fold(word) in _BLANK_MARKS else None


def _marks_row(
    words: list[str], at: int, kinds: list[str], holders: bool, shape: list[bool] | None
) -> tuple[str, list[bool], int] | None:
    """The row opening at words[at] as the line a roll call prints, the shape of its name, and
    where the next row starts; None when it is not a row of every cell printed, one marked."""
    end = at
    while end < len(words) and end - at < 6 and _mark_cell(words[end]) is None:
        end += 1
    name = words[at:end]
    if not name or not all(w[:1].isupper() for w in name):
        return None
    marks = words[end : end + len(kinds)]
    if len(marks) < len(kinds) or any(_mark_cell(w) is None for w in marks):
        return None
    if sum(1 for w in marks if _mark_cell(w)) != 1:
        return None
    end += len(kinds)
    cells = [" ".join(name), *marks]
    if holders:
        if end >= len(words):
            return None
        if _mark_cell(words[end]) is False:
            cells.append("")
            end += 1
        else:
            count = _holder_words(words[end:], shape or _name_shape(name))
            if count == 0:
                return None
            cells.append(" ".join(words[end : end + count]))
            end += count
    columns = ["name", *kinds, *(["holder"] if holders else [])]
    row = _roll_call_row(columns, cells)
    return (row, _name_shape(name), end) if row else None


def _marks_tables(lines: list[str]) -> None:
    """Each table of a column per status, its every cell printed (see MARKS_HEAD), as the lines
    a roll call prints; a table whose rows cannot all be placed is left as printed."""
    for index, line in enumerate(lines):
        head = MARKS_HEAD.search(line)
        if head is None:
            continue
        kinds = [_column(m.group()) or "" for m in _MARK_COLUMN_WORD.finditer(head["columns"])]
        if not all(kind in _LABELS for kind in kinds) or len(set(kinds)) != len(kinds):
            continue
        holders = head["holders"] is not None
        words = line[head.end() :].split()
        if words:  # the rows run on after the header, their line breaks lost
            rows, at, shape = [], 0, None
            while (read := _marks_row(words, at, kinds, holders, shape)) is not None:
                rows.append(read[0])
                shape, at = shape or read[1], read[2]
            if rows:
                lines[index] = " ".join([line[: head.start()].rstrip(), *rows, *words[at:]])
            continue
        at = index + 1
        rewritten: list[str] = []
        while at < len(lines) and lines[at].strip():
            row_words = lines[at].split()
            read = _marks_row(row_words, 0, kinds, holders, None)
            if read is None or read[2] != len(row_words):
                break
            rewritten.append(read[0])
            at += 1
        if rewritten and (at == len(lines) or not lines[at].strip()):
            lines[index] = ""
            lines[index + 1 : at] = rewritten


# A row's vote, its last cell.
_SPACED_VOTE = re.compile(
    r"\s(?P<vote>[Pp]our|POUR|[Cc]ontre|CONTRE|[Aa]bstention|ABSTENTION|[Aa]bstenu(?:\(?e\)?)?"
    r"|ABSTENU(?:\(?E\)?)?|[Nn]e prend pas part(?: au vote)?|NPPV)\.?$"
)
_VOTE_LINES = (
    ("pour", "Ont voté pour"),
    ("contre", "Ont voté contre"),
    ("abst", "Se sont abstenus"),
    ("ne p", "Ne prend pas part au vote"),
    ("nppv", "Ne prend pas part au vote"),
)


def _spaced_votes(lines: list[str], index: int, surname_first: bool) -> int:
    """A record of each member's vote a row a line (« FLEURY Marc Ormes Pour »): the rows
    become the sentences the vote's reader knows (« Ont voté pour : FLEURY Marc, … »), on
    the table's first lines; returns where the table ends."""
    said: dict[str, list[str]] = {}
    at = index + 1
    while at < len(lines) and lines[at].strip() and ":" not in lines[at]:
        vote = _SPACED_VOTE.search(lines[at].rstrip())
        name = _spaced_name(lines[at][: vote.start()], surname_first) if vote else None
        if vote is None or name is None:
            break
        word = vote.group("vote").lower()
        label = next(label for start, label in _VOTE_LINES if word.startswith(start))
        said.setdefault(label, []).append(name)
        at += 1
    if not said:
        return index + 1
    sentences = [f"{label} : {', '.join(names)}." for label, names in said.items()]
    for row in range(index, at):  # as many lines as before: the evidence's are the document's
        lines[row] = sentences[row - index] if row - index < len(sentences) else ""
    return at


# -- tables laid out by spaces: a cell's column is told by its place ---------------------------

# A header of column labels set apart by runs of spaces or tabs, as a text export or a PDF's
# layout prints them: lists side by side (« Présents      Excusés      Absents »), each column
# a list read down, or a grid (« NOM Prénom      P    E    A    Pouvoir à »), each row a
# member and a mark in the column of their status. A cell belongs to the header cell it
# stands under, so a blank cell stays blank: nothing is read from the order of the cells.
_LIST_LABELS = (
    ("present", re.compile(
        r"^(?:(?:etaient|sont) )?(?:(?:membres|conseillers?|elus?|delegues?|titulaires) )?"
        rf"present{_E}(?: titulaires)?$")),
    ("excused", re.compile(
        rf"^(?:(?:etaient|sont) )?(?:(?:membres|conseillers?|elus?|delegues?) )?(?:absent{_E} )?"
        rf"excuse{_E}(?: non represente{_E}| sans (?:pouvoir|procuration))?$")),
    ("givers", re.compile(
        rf"^(?:(?:etaient|sont) )?(?:(?:membres|conseillers?|elus?|delegues?) )?(?:absent{_E} )?"
        rf"(?:(?:excuse{_E} )?represente{_E}|(?:ayant )?donne pouvoir|ayant donne procuration)$")),
    ("proxies", re.compile(r"^(?:pouvoirs|procurations|delegations de vote)$")),
    ("holders", re.compile(
        rf"^(?:represente{_E} par|(?:pouvoirs? |procurations? )?(?:donnee?s? )?a|mandataires?"
        r"|porteurs? du pouvoir|beneficiaires?)$")),
    ("absent", re.compile(
        r"^(?:(?:etaient|sont) )?(?:(?:membres|conseillers?|elus?|delegues?) )?"
        rf"absent{_E}(?: non (?:excuse|represente){_E}| sans excuse)?$")),
)  # fmt: skip
_LIST_SAYS = {"present": "Présent", "excused": "Excusé", "absent": "Absent"}
_LIST_COUNTS = {"present": "Présents", "excused": "Excusés", "absent": "Absents",
                "givers": "Représentés", "proxies": "Pouvoirs", "holders": "Pouvoirs"}  # fmt: skip
# A grid's column of marks headed by a letter or an abbreviation.
_MARK_COLUMNS = {"p": "present", "pr": "present", "e": "excused", "exc": "excused",
                 "ex": "excused", "a": "absent", "abs": "absent"}  # fmt: skip
_CELL = re.compile(r"\S+(?: \S+)*")  # cells are set apart by two spaces or more
_PLACED_GATE = re.compile(
    # (the member's column may stand second: « Commune    Délégué titulaire    Présence »)
    r"^[ \t]*(?:[^\s|][^\n|]{0,30}?(?:  |\t)[ \t]*)?"
    r"(?:Nom|NOM|Noms|NOMS|Pr[ée]nom|PR[ÉE]NOM|Membres?|MEMBRES?|[ÉE]lu|[ÉE]LU|Conseill"
    r"|CONSEILL|D[ée]l[ée]gu|D[ÉE]L[ÉE]GU|Pr[ée]sent|PR[ÉE]SENT|(?:Etaient|[ÉE]taient|[ÉE]TAIENT) "
    r"|Excus|EXCUS|Absent|ABSENT|Repr[ée]sent|REPR[ÉE]SENT|Titulaire|TITULAIRE)"
    r"[^\n]{0,40}?(?:  |\t)",
    re.MULTILINE,
)
# The gate past the first line: « ^ » is a line's start, the character after a line break; a
# search opening on that break is a fast scan, where « ^ » is tried at every character.
_PLACED_AFTER_BREAK = re.compile("\n" + _PLACED_GATE.pattern.removeprefix("^"))
# The same without the cell before the header's word: in a line whose gaps all stand at its
# end (most lines: a PDF's export leaves spaces after the last word), no word follows a gap.
_PLACED_FIRST = r"^[ \t]*(?:[^\s|][^\n|]{0,30}?(?:  |\t)[ \t]*)?"
_PLACED_WORD_FIRST = cues.plain(r"\n[ \t]*" + _PLACED_GATE.pattern.removeprefix(_PLACED_FIRST))


def _placed_gate(raw: str) -> bool:
    """Whether `_PLACED_GATE.search(raw)` finds a match (each match is one line holding a gap:
    looked for in those lines only; the cell before the header's word, in those holding a gap
    before their end)."""
    return (
        _PLACED_AFTER_BREAK.search(_gapped_lines(raw, inside=True)) is not None
        or _PLACED_WORD_FIRST.search(_gapped_lines(raw)) is not None
    )


# The text whose gapped lines were last taken, and them (see _gapped_lines).
_GAPPED: tuple[str, str, str] = ("", "\n", "\n")


def _gapped_lines(raw: str, inside: bool = False) -> str:
    """The lines of `raw` holding a column's gap (two spaces or a tab), each after a line
    break; `inside`: a gap before the line's last character that is no space (a gap some cell
    follows). The patterns of a table's row or header need such a gap in their line and never
    run past its end: whether one matches in `raw` is asked of these lines (most of a document
    has none), not of every character of the text. Taken once for a text that several gates
    ask (the last text's kept, by identity: a text is a new object once rewritten)."""
    global _GAPPED
    kept = _GAPPED
    if kept[0] is not raw:
        lines = [line for line in raw.split("\n") if "  " in line or "\t" in line]
        inner = [line for line in lines if "  " in (end := line.rstrip()) or "\t" in end]
        kept = _GAPPED = (raw, "\n" + "\n".join(lines), "\n" + "\n".join(inner))
    return kept[2] if inside else kept[1]


# The words a header of such a table is made of, once its gaps are lost (a PDF's text gives
# « Présents Excusés Absents »): a page showing one is read again with its layout kept.
_HEADER_STATUS = frozenset([
    "presents", "presentes", "present", "presente", "excuses", "excusees", "excuse", "excusee",
    "absents", "absentes", "absent", "absente", "representes", "representees", "represente",
    "representee", "pouvoir", "mandataire", "p", "e", "a", "presence", "statut",
])  # fmt: skip
_HEADER_WORDS = _HEADER_STATUS | frozenset([
    "par", "pouvoirs", "procuration", "procurations", "donne", "donnes", "mandataires",
    "etaient", "membres", "nom", "noms", "prenom", "prenoms", "conseiller", "conseillers",
    "conseillere", "elu", "elus", "elue", "delegue", "delegues", "x",
])  # fmt: skip


def may_head_placed_table(text: str) -> bool:
    """Whether a text (a PDF page's, its gaps lost) has a line that may head a table whose
    columns only their place tells: nothing but labels on the line, a status among them."""
    for line in text.split("\n"):
        if not 6 <= len(line) <= 80:
            continue
        words = _key(line).split()
        if (
            2 <= len(words) <= 10
            and all(word in _HEADER_WORDS for word in words)
            and any(word in _HEADER_STATUS for word in words)
            and _list_label(line) is None  # one label alone heads a list, not a table
            and _column(line) is None
        ):
            return True
    return False


def heads_placed_table(line: str) -> bool:
    """Whether a line whose cells stand apart (two spaces or more) heads a grid of marks, a
    column for each status (« Membres du conseil  Présent(e)  Excusé(e)  Absent(e) »): which
    status a mark gives is told by its place only (a PDF's page is then read with its layout
    kept). A column of status words reads in the page's text as it is."""
    if not (("  " in line or "\t" in line) and len(line) <= 200 and ":" not in line.strip(" :")):
        return False
    header = _placed_header(line)
    return header is not None and sum(1 for kind in header[1] if kind in _LABELS) >= 2


def _list_label(cell: str) -> str | None:
    key = _key(cell)
    return next((kind for kind, pattern in _LIST_LABELS if pattern.match(key)), None)


def _placed_cells(line: str) -> list[tuple[int, int, str]]:
    """A line's cells, each with where it starts and ends (a tab counts as a wide gap)."""
    line = line.expandtabs(8)
    return [(m.start(), m.end(), m.group()) for m in _CELL.finditer(line)]


def _placed_header(line: str) -> tuple[str, list[str]] | None:
    """The kind of table a header starts (« lists » or « grid ») and its columns' kinds."""
    cells = [cell for _, _, cell in _placed_cells(line)]
    if len(cells) < 2 or len(cells) > 8 or any(len(cell) > 40 for cell in cells):
        return None
    listed = [_list_label(cell) for cell in cells]
    if all(listed):
        kinds = [k for k in listed if k]
        paired = all(
            k != "holders" or (i > 0 and kinds[i - 1] == "givers") for i, k in enumerate(kinds)
        )
        return ("lists", kinds) if paired else None
    found = [_MARK_COLUMNS.get(_key(cell)) or _column(cell) for cell in cells]
    if "name" not in found and (at := _person_column(cells, found)) is not None:
        found[at] = "name"
    known: list[str] = []
    for kind in found:
        if kind is None or kind.startswith(("vote:", "count:", "number", "title")):
            return None
        known.append(kind)
    return ("grid", known) if _header_kinds(known) else None


def _column_at(spans: list[tuple[int, int]], start: int, end: int) -> int:
    """The column a cell stands under: the header cell it overlaps most, else the nearest."""

    def overlap(column: int) -> int:
        left, right = spans[column]
        return min(right, end) - max(left, start)

    best = max(range(len(spans)), key=overlap)
    if overlap(best) > 0:
        return best
    return min(
        range(len(spans)), key=lambda c: min(abs(spans[c][0] - start), abs(spans[c][1] - end))
    )


def _goes_on(lines: list[str], at: int, spans: list[tuple[int, int]]) -> int | None:
    """Where a table goes on after a blank line at `at` (a PDF's layout leaves one between
    rows): the next line, when each of its cells starts where a column does."""
    following = at + 1
    while following < len(lines) and following - at <= 2 and not lines[following].strip():
        following += 1
    if following >= len(lines) or following - at > 2:
        return None
    starts = [left for left, _ in spans]
    cells = _placed_cells(lines[following])
    aligned = all(any(abs(left - start) <= 2 for start in starts) for left, _, _ in cells)
    return following if cells and aligned and ":" not in lines[following] else None


def _continues(entry: str, cell: str) -> bool:
    """A cell that goes on with the entry above it in its column (« Mme Lise PERRET (pouvoir
    à » / « M. Armand COSTE) »)."""
    return (
        entry.count("(") > entry.count(")")
        or entry.endswith((" à", " par", " de", ",", "-"))
        or cell[:1].islower()
        or cell[:1] in "()"
        # a name wrapped in its cell: « DE LA TOUR DU » / « PIN Hortense », « FABREGUE » /
        # « Marius » are one name, which neither part is alone
        or (_one_name(_wrapped([entry, cell])) and not (_one_name(entry) and _one_name(cell)))
    )


def _placed_lists(
    lines: list[str], kinds: list[str], spans: list[tuple[int, int]], at: int
) -> int:
    """Lists printed side by side under their cues, each column read down; each entry is
    written on the line it starts on, after its cue (« Présent : M. X. Absent : Mme Y. »), a
    giver's holder beside it in its own column. Returns where the table ends."""
    kinds = list(kinds)
    entries: list[list[tuple[int, str, str]]] = [[] for _ in kinds]  # (line, text, kind)
    start = at
    while at < len(lines) and "|" not in lines[at]:
        if not lines[at].strip():
            if (following := _goes_on(lines, at, spans)) is None:
                break
            at = following
        cells = _placed_cells(lines[at])
        if ":" in lines[at] and not all(_list_label(cell) for _, _, cell in cells):
            break  # « Secrétaire de séance : … » after the table
        for left, right, cell in cells:
            column = _column_at(spans, left, right)
            if (cue := _list_label(cell)) and cue != "holders":
                kinds[column] = cue  # a cue under the column's own: its next lists say it
                continue
            column_entries = entries[column]
            if column_entries and _continues(column_entries[-1][1], cell):
                line, entry, kind = column_entries[-1]
                column_entries[-1] = (line, f"{entry} {cell}", kind)
            else:
                column_entries.append((at, cell, kinds[column]))
        at += 1
    if at == start:
        return at
    said: dict[int, list[str]] = {}
    for column, listed in enumerate(entries):
        beside = entries[column + 1] if column + 1 < len(entries) else []
        holders = {line: entry for line, entry, kind in beside if kind == "holders"}
        for line, entry, kind in listed:
            entry = entry.rstrip(" .,;")
            if kind == "holders":
                continue
            if kind == "givers" and line in holders:
                sentence = f"Excusé : {entry} (pouvoir à {holders[line].rstrip(' .,;')})."
            elif kind == "givers":
                sentence = f"Représentés : {entry}."
            elif kind == "proxies":
                sentence = f"Pouvoirs : {entry}."
            else:
                sentence = f"{_LIST_SAYS[kind]} : {entry}."
            said.setdefault(line, []).append(sentence)
    for row in range(start - 1, at):  # as many lines as before: the evidence's are the document's
        lines[row] = " ".join(said.get(row, []))
    return at


def _placed_row(
    lines: list[str], columns: list[str], spans: list[tuple[int, int]], at: int
) -> list[str] | None:
    """A grid's line as its header's cells; None for a line no grid holds (a colon's cue, a
    table with bars)."""
    if at >= len(lines) or not lines[at].strip() or ":" in lines[at] or "|" in lines[at]:
        return None
    cells = [""] * len(columns)
    for left, right, cell in _placed_cells(lines[at]):
        column = _column_at(spans, left, right)
        cells[column] = f"{cells[column]} {cell}".strip()
    return cells


def _name_only(columns: list[str], cells: list[str] | None) -> bool:
    """A grid's line holding a name's part and no mark (a name wrapped in its cell, the
    holder's beside it wrapped too)."""
    return (
        cells is not None
        and all(
            not cell
            for kind, cell in zip(columns, cells, strict=False)
            if kind in _LABELS or kind == "status"
        )
        and any(cell for kind, cell in zip(columns, cells, strict=False) if kind == "name")
        and len(" ".join(cells).split()) <= 6
    )


def _marks_only(columns: list[str], cells: list[str] | None) -> bool:
    """A grid's line of marks with no name: its row's name stands on the lines around it (a
    cell's wrapped name, the marks set in the middle of the row's height)."""
    return (
        cells is not None
        and any(cells)
        and all(not cell for kind, cell in zip(columns, cells, strict=False) if kind == "name")
    )


def _wrapped(parts: list[str] | tuple[str, ...]) -> str:
    """A cell's lines as one text, a line ending with a word's hyphen joined to the next
    without a space (« BOUSQUET- » / « LAFONT Anaïs »)."""
    out = ""
    for part in parts:
        if not part:
            continue
        glued = len(out) > 1 and out.endswith("-") and out[-2].isalpha()
        out = f"{out}{part}" if glued or not out else f"{out} {part}"
    return out


_PARTICLE_WORDS = frozenset(["de", "du", "des", "da", "di", "van", "von", "der", "le", "la", "d'"])


def _one_name(text: str) -> bool:
    """A cell holding one whole name printed with its surname in capitals: « DE LA TOUR DU PIN
    Hortense », « Anaïs BOUSQUET-LAFONT », never two names run together (« SEGONDS Claire DE
    LA TOUR DU ») nor a name's first part (« BOUSQUET- », « DE LA TOUR DU »)."""
    return _name_runs(text) in ([True], [True, False], [False, True])


def _given_and_surname(text: str) -> bool:
    """A cell holding a whole name with both its parts (« Madame Solène ROUSSET », « VALADIER
    Romain »), never a surname's part alone (« DE LA TOUR »)."""
    return _name_runs(text) in ([True, False], [False, True])


def _name_runs(text: str) -> list[bool] | None:
    """Each run of a name's words in capitals (True) or in title case (False); None for a
    name's first part (« BOUSQUET- », « … DU »)."""
    words = text.split()
    if not words or text.endswith("-") or words[-1].casefold() in _PARTICLE_WORDS:
        return None
    runs: list[bool] = []
    for word in words:
        letters = [c for c in word if c.isalpha()]
        if not letters or word.islower():
            continue  # « de » inside a name
        capitals = len(letters) > 1 and all(c.isupper() for c in letters)
        if not runs or runs[-1] != capitals:
            runs.append(capitals)
    return runs


def _name_of(columns: list[str], cells: list[str]) -> str:
    return " ".join(cell for kind, cell in zip(columns, cells, strict=False) if kind == "name")


def _starts_next_row(
    columns: list[str], last: list[str] | None, parts: list[list[str]], following: list[str] | None
) -> bool:
    """A name's first lines, each on a line of its own, whose end stands on the next row's
    line with its marks (a grid's cells set at their row's bottom: « DE LA TOUR DU » / « PIN
    Hortense   X »): the parts make one name with the next line's, and none with the row
    above's."""
    if following is None or _name_only(columns, following) or _marks_only(columns, following):
        return False
    start = _wrapped([_name_of(columns, cells) for cells in parts])
    if not _one_name(_wrapped([start, _name_of(columns, following)])):
        return False
    return last is None or not _one_name(_wrapped([_name_of(columns, last), start]))


def _bottom_row(
    lines: list[str],
    columns: list[str],
    spans: list[tuple[int, int]],
    at: int,
    last: tuple[int, list[str]] | None,
) -> tuple[list[str], int] | None:
    """The row whose name starts on the name's line at `at` (and the one or two under it) and
    ends beside its marks (see _starts_next_row): its cells and how many lines it took."""
    parts = [_placed_row(lines, columns, spans, at)]
    while len(parts) < 3 and _name_only(
        columns, following := _placed_row(lines, columns, spans, at + len(parts))
    ):
        parts.append(following)
    following = _placed_row(lines, columns, spans, at + len(parts))
    above = last[1] if last is not None and last[0] == at - 1 else None
    rows = [cells for cells in parts if cells is not None]
    if following is None or not _starts_next_row(columns, above, rows, following):
        return None
    return _joined(*rows, following), len(rows) + 1


def _holder_only(columns: list[str], cells: list[str] | None) -> bool:
    """A grid's line holding nothing but a part of a proxy holder's name (the holder's name
    wrapped in its cell, the giver's name and marks on one line beside another part)."""
    return (
        cells is not None
        and "holder" in columns
        and any(cells)
        and all(not cell for kind, cell in zip(columns, cells, strict=False) if kind != "holder")
    )


def _holder_of(columns: list[str], cells: list[str] | None) -> str:
    if cells is None or _name_only(columns, cells) or _marks_only(columns, cells):
        return ""
    return " ".join(c for kind, c in zip(columns, cells, strict=False) if kind == "holder" and c)


def _holder_side(
    columns: list[str], above: list[str] | None, part: list[str], below: list[str] | None
) -> str | None:
    """Which row a holder's wrapped part goes with: the one whose holder it makes one name
    with (« DE LA TOUR DU » / « PIN Hortense »), else the only one printing a holder beside
    it; None when neither does."""
    up, down = _holder_of(columns, above), _holder_of(columns, below)
    piece = " ".join(cell for cell in part if cell)
    if up and down:
        downward = _one_name(_wrapped([piece, down])) and not _one_name(_wrapped([up, piece]))
        return "down" if downward else "up"
    return "up" if up else "down" if down else None


def _joined(*rows: list[str]) -> list[str]:
    """Rows' cells joined column by column (a cell wrapped over their lines)."""
    return [_wrapped(parts) for parts in zip(*rows, strict=True)]


def _placed_grid(
    lines: list[str], columns: list[str], spans: list[tuple[int, int]], at: int
) -> int:
    """A grid's rows, each read against its header by the place of its cells; returns where
    the grid ends. A name wrapped in its cell (« GONZALEZ GRAIL » / « Jérôme ») is one row with
    the marks beside either part or on a line of their own between them."""
    start = at
    last: tuple[int, list[str]] | None = None  # the last row read, its line and cells
    while at < len(lines) and ":" not in lines[at] and "|" not in lines[at]:
        if not lines[at].strip():
            if (following := _goes_on(lines, at, spans)) is None:
                break
            at = following
            last = None  # a blank between: no name goes on across it
        cells = _placed_row(lines, columns, spans, at)
        if cells is None:
            break
        taken = 1
        following_cells = _placed_row(lines, columns, spans, at + 1)
        above = last[1] if last is not None and last[0] == at - 1 else None
        if _holder_only(columns, cells) and (
            side := _holder_side(columns, above, cells, following_cells)
        ):
            # the holder's name wrapped in its cell, a part on a line of its own
            if side == "down" and following_cells is not None:
                cells, taken = _joined(cells, following_cells), 2
            elif last is not None and above is not None:
                last = (last[0], _joined(above, cells))
                lines[last[0]] = _member_row(columns, last[1])
                lines[at] = ""
                at += 1
                continue
        if _name_only(columns, cells) and _marks_only(columns, following_cells):
            assert following_cells is not None
            cells, taken = _joined(cells, following_cells), 2
            rest = _placed_row(lines, columns, spans, at + 2)
            if _name_only(columns, rest) and not _marks_only(
                columns, _placed_row(lines, columns, spans, at + 3)
            ):
                assert rest is not None
                cells, taken = _joined(cells, rest), 3  # the name's end under the marks
        elif _name_only(columns, cells) and (
            bottom := _bottom_row(lines, columns, spans, at, last)
        ):
            cells, taken = bottom  # the cells set at the row's bottom
        elif (
            _name_only(columns, cells)
            and last is not None
            and last[0] == at - 1
            and not (
                _given_and_surname(_name_of(columns, last[1]))
                and _given_and_surname(_name_of(columns, cells))
            )
        ):
            # the name's end under a row read whole (its cells set at the row's top); a name
            # with its given name under another is the next row (« Mandant  Mandataire »: no
            # marks tell the rows apart)
            cells = _joined(last[1], cells)
            lines[at - 1] = ""
        row = _member_row(columns, cells)
        if not row:
            break
        for line in range(at, at + taken):
            lines[line] = ""  # as many lines as before: the evidence's are the document's
        last_line = at + taken - 1
        lines[last_line] = row
        last = (last_line, cells)
        at += taken
    if at > start:
        lines[start - 1] = ""  # the header says nothing itself
    return at


# The same lists side by side once their places are lost (a PDF's plain text, a flattened copy):
# « Présents Excusés Absents » with nothing after the cues, then names run together. Which
# column a name stood in cannot be told: the names are left unread (the counts printed beside
# them then disagree with the lists, and the checks say so), never read as another status.
_LOST_LABEL = (
    r"(?:Pr[ée]sents|PR[ÉE]SENTS|Excus[ée]s|EXCUS[ÉE]S|Absents(?: excus[ée]s| repr[ée]sent[ée]s)?"
    r"|ABSENTS(?: EXCUS[ÉE]S| REPR[ÉE]SENT[ÉE]S)?|Repr[ée]sent[ée]s(?: par)?"
    r"|REPR[ÉE]SENT[ÉE]S(?: PAR)?|Pouvoirs|POUVOIRS|Procurations|PROCURATIONS)"
)
_LOST_HEAD = re.compile(
    rf"(?:^|(?<=\s))(?P<head>{_LOST_LABEL}(?: {_LOST_LABEL}){{1,3}})"
    rf"(?=\s(?:M\.|Mme|MM\.|Mlle|Monsieur|Madame|[{UPPER}]{{2,}}\s[{UPPER}][{LOWER}])|[ \t]*$)",
    re.MULTILINE,
)
# What every _LOST_HEAD holds, a label after a space: opening on one character, a fast scan
# turns most documents away before _LOST_HEAD, which opens on a look-behind, tries each position.
_LOST_CUE = re.compile(rf" {_LOST_LABEL}")
_NEXT_CUE = re.compile(r"[^\W\d_]{3,}\s?:")
_CUE_WORDS = re.compile(
    rf"(?<![\w'’])(?:(?:[{UPPER}]?[{LOWER}'’]+|[{UPPER}]) ){{0,4}}[{UPPER}]?[{LOWER}'’]+\s?:$"
)


def _cue_start(text: str, colon: int) -> int:
    """Where the cue ending at a colon starts: its words in lower or title case (« Secrétaire
    de séance : »), after the last name's surname in capitals."""
    words = _CUE_WORDS.search(text, max(0, colon - 60), colon)
    return words.start() if words else colon


def _lost_columns(lines: list[str]) -> None:
    """Lists side by side whose places are lost, their names cleared (see above)."""
    for index, line in enumerate(lines):
        if "  " in line or "\t" in line:
            continue  # places kept: _placed_tables reads them
        head = _LOST_HEAD.search(line)
        if head is None:
            continue
        labels = [_list_label(label) for label in head.group("head").split()]
        if _list_label(head.group("head")) is not None or len(set(labels) - {None}) < 2:
            continue  # « ABSENTS EXCUSÉS » is one cue
        rest = line[head.end() :]
        if rest.strip():  # flattened: up to the next cue with its colon
            cue = _NEXT_CUE.search(rest, 0, 3000)
            lines[index] = (
                f"{line[: head.start()]}{rest[_cue_start(rest, cue.end()) :] if cue else ''}"
            )
            continue
        lines[index] = line[: head.start()]
        row = index + 1
        while row < len(lines) and lines[row].strip() and ":" not in lines[row]:
            lines[row] = ""  # as many lines as before: the evidence's are the document's
            row += 1


# The words of a header's cell wrapped above or below its line (« Absent » over the header's
# line, « excusé » under it): a line of them only, each under or over a column or a gap.
_HEADER_PARTS = _HEADER_WORDS | frozenset(["excuse", "excusee", "excusees", "a", "de", "non",
                                           "donne", "donnee", "vote", "le", "la"])  # fmt: skip


def _header_part(line: str) -> bool:
    words = _key(line).split()
    return (
        0 < len(line.strip()) <= 160
        and ":" not in line
        and 0 < len(words) <= 8
        and all(word in _HEADER_PARTS for word in words)
        # (a row's marks alone, « X   X », are no header's words)
        and any(len(word) >= 3 for word in words)
    )


def _wrapped_header(lines: list[str], index: int) -> tuple[str, list[int]] | None:
    """The header's line with its cells' words wrapped on the lines above and below written
    into it, each over the cell it stands over (or as a column of its own where it stands in
    a gap: « Nom  Prénom  Présent  [Absent / excusé]  Pouvoir à »), and those lines."""
    parts: list[int] = []
    for step in (-1, 1):  # (up to two lines each way, the nearest first)
        near = index + step
        while 0 <= near < len(lines) and abs(near - index) <= 2 and _header_part(lines[near]):
            parts.append(near)
            near += step
    if not parts:
        return None
    cells = _placed_cells(lines[index])
    for near in parts:
        for left, right, text in _placed_cells(lines[near]):
            hit = next(
                (at for at, c in enumerate(cells) if min(c[1], right) - max(c[0], left) > 0), None
            )
            if hit is None:
                cells.append((left, right, text))
                continue
            start, end, words = cells[hit]
            words = f"{text} {words}" if near < index else f"{words} {text}"
            cells[hit] = (min(start, left), max(end, right), words)
    merged = ""
    for left, _, text in sorted(cells):
        if merged and left < len(merged) + 2:
            # a wrapped cell's words, written on one line, run past the next cell's start: it
            # moves right a little (its rows' cells still overlap it), never far
            if len(merged) + 2 - left > 6:
                return None
            left = len(merged) + 2
        merged = merged.ljust(left) + text
    return merged, parts


def _placed_tables(lines: list[str]) -> None:
    """Tables whose columns are told by the place of their cells (see above), rewritten in
    place."""
    index = 0
    while index < len(lines):
        line = lines[index]
        placed = (
            ("  " in line or "\t" in line) and len(line) <= 200 and ":" not in line.strip(" :")
        )
        header = _placed_header(line) if placed else None
        if placed and (wrapped := _wrapped_header(lines, index)) is not None:
            merged = _placed_header(wrapped[0])
            if merged is not None and (header is None or len(merged[1]) >= len(header[1])):
                # (written on the header's last line, its rows right under it)
                header, line = merged, wrapped[0]
                for near in (index, *wrapped[1]):
                    lines[near] = ""
                index = max(index, *wrapped[1])
                lines[index] = line
        index += 1
        if header is None:
            continue
        spans = [(left, right) for left, right, _ in _placed_cells(line)]
        shape, kinds = header
        if shape == "lists":
            index = _placed_lists(lines, kinds, spans, index)
        else:
            index = _placed_grid(lines, kinds, spans, index)


# -- a roll call a member a row, the status after a dash ----------------------------------------

# « 1. BALMONT Cédric Groupe Agir Autrement — Présent », « 7. LAFFONT Jean Non-inscrit —
# Pouvoir à Pascal CARRIAT »: each row becomes « Présent : BALMONT Cédric. » on its own line, or
# in its place in a flattened text (the next row's number, or the counts, end a holder's name).
# The group is nobody's name.
_STATUS_ROW = re.compile(
    rf"(?:^|(?<=\s))(?:\d{{1,3}}[.)]\s)?(?P<name>(?:(?:M\.|Mme|Monsieur|Madame)\s)?[{UPPER}]"
    r"(?:(?!\d{1,3}[.)]\s)[^\n—–:;•▪]){1,80}?)"
    r"\s[—–-]\s(?P<status>(?i:pr[ée]sente?|excus[ée]e?|absente?(?:\sexcus[ée]e?)?)(?![\w'’-])"
    r"|(?i:pouvoir|procuration)(?:\s(?i:donn[ée]e?))?\s[àa](?:\s(?P<to>[^\n—–:;]{2,60}?))?"
    rf"(?=\s\d{{1,3}}[.)]\s|\s[{UPPER}][{LOWER}]+(?:\s[{LOWER}]+)?\s?:|\s*$)"
    r"|(?i:repr[ée]sent[ée]e?)\spar\s(?P<by>[^\n—–:;]{2,60}?)"
    rf"(?=\s\d{{1,3}}[.)]\s|\s[{UPPER}][{LOWER}]+(?:\s[{LOWER}]+)?\s?:|\s*$))",
    re.MULTILINE,
)
_STATUS_ROW_GATE = re.compile(
    r"\s[—–-]\s(?i:pr[ée]sent|excus|absent|pouvoir|procuration|repr[ée]s)"
)
# The same without its first blank: a search opening on the dash is a fast scan, where one
# opening on « \s » stops at every space of the document.
_STATUS_ROW_CUE = re.compile(_STATUS_ROW_GATE.pattern.removeprefix(r"\s"))
# And led by the hyphen alone, for the texts without a long dash (most): one character is
# skipped to at C speed, a class of three is tried at every character.
_STATUS_ROW_HYPHEN = re.compile(_STATUS_ROW_CUE.pattern.replace("[—–-]", "-", 1))


def _status_row_cue(raw: str) -> bool:
    """_STATUS_ROW_CUE.search(raw) is not None."""
    cue = _STATUS_ROW_CUE if "—" in raw or "–" in raw else _STATUS_ROW_HYPHEN
    return cue.search(raw) is not None


_GROUP_AFTER_NAME = re.compile(
    r"\s(?:(?:Groupe|GROUPE|Gr\.|Liste|LISTE)\s.*|Non[- ]inscrite?s?|NON[- ]INSCRITE?S?"
    r"|Sans\sgroupe)$"
)


def _status_rows(raw: str) -> str:
    """The roll call's rows rewritten as one-entry lists (see above); fewer than three rows in a
    row read as no roll call, and are left."""
    rows = list(_STATUS_ROW.finditer(raw))
    if len(rows) < 3:
        return raw
    pieces: list[str] = []
    done = 0
    for row in rows:
        name = _GROUP_AFTER_NAME.sub("", row.group("name").strip())
        status = fold(row.group("status"))
        holder = row.group("to") or row.group("by")
        if status.startswith(("pouvoir", "procuration", "represent")):
            if not holder:
                continue  # « — Pouvoir à » wrapped: the holder on the next line, left as it is
            said = f"Excusé : {name} (pouvoir à {holder.strip()})."
        elif "excus" in status:
            said = f"Excusé : {name}."
        elif status.startswith("absent"):
            said = f"Absent : {name}."
        else:
            said = f"Présent : {name}."
        pieces += (raw[done : row.start()], said)
        done = row.end()
    return "".join(pieces) + raw[done:]


# -- a vote's figures under their labels -----------------------------------------------------

_VOTE_LABEL = (
    # (« Exprimés », « Suffrages exprimés », « Abst. » head a vote's columns too)
    r"(?:votants|pour|contre|abstentions?(?:\(s\))?|abst\.?|(?:suffrages )?exprim[ée]s"
    r"|nuls?|blancs?|(?:membres )?en exercice|pr[ée]sents"
    r"|repr[ée]sent[ée]s|pouvoirs|procurations|absents|quorum)"
)
_ONE_LABEL = re.compile(_VOTE_LABEL, re.IGNORECASE)
# « Pour / Contre / Abstention » then « 12 / 3 / 1 », on lines or cells of their own, or in one
# line (« POUR CONTRE ABSTENTION 12 3 1 »): each figure is its label's. Gaps are bounded, so
# the scan stays linear whatever the blanks.
# (the cells may keep their bars: « Délégués en exercice | Présents | Votants 24 | 17 | 19 »)
# A gap between two cells: blanks, a bar, a line break, each once at most; atomic (one way to
# read it, whatever follows), so the scan stays linear.
_GAP = r"(?>[ \t]{0,12}(?:\|[ \t]{0,12})?(?:\|[ \t]{0,12})?(?:\n[ \t]{0,12}(?:\|[ \t]{0,12})?)?)"
_FIGURES_UNDER = re.compile(
    rf"\b(?P<labels>{_VOTE_LABEL}(?:{_GAP}(?<=[ \t\n|]){_VOTE_LABEL}){{1,5}}){_GAP}"
    rf"(?P<figures>\d{{1,3}}(?:{_GAP}(?<=[ \t\n|])\d{{1,3}}){{1,5}})\b",
    re.IGNORECASE,
)


_FIGURE = re.compile(r"\d+")


def _figures_under(match: re.Match[str]) -> str | None:
    """The figures each said with its label; None when there are more or fewer figures than
    labels."""
    labels = _ONE_LABEL.findall(match.group("labels"))
    figures = _FIGURE.findall(match.group("figures"))
    if len(labels) != len(figures):
        return None
    said = " – ".join(
        f"{label.capitalize()} : {figure}" for label, figure in zip(labels, figures, strict=True)
    )
    # as many lines as before: the evidence's line numbers are the document's
    return said + "\n" * match.group().count("\n")


_FIGURES_ANCHORS = ("contre", "votants")
_FIGURES_WINDOW = 160  # labels and figures stand within this much of « contre » or « votants »
# A label just before a match: the window cut the table's header, the next spot reads it whole.
_LABEL_BEFORE = re.compile(rf"{_VOTE_LABEL}[ \t|\n]*$", re.IGNORECASE)


def _labelled_figures(raw: str) -> str:
    """Figures under their labels rewritten, looked for only around the words « contre » and
    « votants » (one of them is in every such table): most of a document is never scanned."""
    low = lowered(raw)
    spots = sorted(at for anchor in _FIGURES_ANCHORS for at in _occurrences(low, anchor))
    if not spots:
        return raw
    pieces: list[str] = []
    done = 0
    for at in spots:
        start = max(done, at - _FIGURES_WINDOW)
        end = min(len(raw), at + _FIGURES_WINDOW)
        match = _FIGURES_UNDER.search(raw, start, end)
        if match is None or match.start() < done:
            continue
        if "|" in match.group() and "\n" in match.group():
            continue  # a table printed with bars a row a line: read as one (_bar_lines)
        said = _figures_under(match)
        if said is None:
            if (
                end < len(raw) and not raw[match.end() : end].strip(" \t|\n")
            ) or _LABEL_BEFORE.search(raw, max(0, match.start() - 40), match.start()):
                continue  # (cut by the window: the next spot reads the table whole)
            # more or fewer figures than labels: none is given to a label it may not be under
            # (the counts stay blank, and their absence is told)
            said = match.group("labels") + "\n" * match.group("figures").count("\n")
        pieces.append(raw[done : match.start()])
        pieces.append(said)
        done = match.end()
    return "".join(pieces) + raw[done:] if pieces else raw


def _occurrences(text: str, word: str) -> list[int]:
    spots: list[int] = []
    at = text.find(word)
    while at != -1 and len(spots) < 1000:
        spots.append(at)
        at = text.find(word, at + len(word))
    return spots


# -- a record of votes whose cells a PDF's text ran together: a row a line, single spaces -------

# « N° Objet Pour Contre Abstention » then « 2026-21 Tarifs de la piscine 15 2 1 »: the header's
# words, read as its columns, say how many figures end each row; the rest is the act's number
# and title.
# How a header names the act's number's column, and its title's.
_NUMBER_HEAD = (
    r"N ?[°º]|No\.?|Num[ée]ro|NUM[ÉE]RO|R[ée]f[ée]rence|R[ÉE]F[ÉE]RENCE|R[ée]f\."
    r"|D[ée]lib[ée]ration|D[ÉE]LIB[ÉE]RATION"
)
_TITLE_HEAD = r"Objet|OBJET|Intitul[ée]|INTITUL[ÉE]"
_RUN_VOTES_HEAD = re.compile(
    rf"^[ \t]*(?:{_NUMBER_HEAD}|{_TITLE_HEAD})(?!\w)[^\n]{{0,80}}?"
    r"\b(?:Pour|POUR)[ \t]+(?:Contre|CONTRE)\b[^\n]{0,60}$",
    re.MULTILINE,
)
# The same opening on the line break before the header: a fast scan, where « ^ » is tried at
# every character.
_RUN_VOTES_AFTER_BREAK = re.compile("\n" + _RUN_VOTES_HEAD.pattern.removeprefix("^"), re.MULTILINE)
_RUN_COLUMNS = sorted(
    [*_VOTE_COLUMNS, *_NUMBER_COLUMNS, *_TITLE_COLUMNS], key=lambda key: -len(key.split())
)


def _run_header(line: str) -> list[str] | None:
    """The columns of a header whose cells ran together, read word by word, longest first."""
    words = _key(line).split()
    columns: list[str] = []
    at = 0
    while at < len(words):
        for key in _RUN_COLUMNS:
            size = len(key.split())
            if words[at : at + size] == key.split():
                kind = _column(key)
                assert kind is not None
                columns.append(kind)
                at += size
                break
        else:
            return None
    figures = len(columns) - next(
        (i for i, k in enumerate(columns) if k.startswith("vote:")), len(columns)
    )
    if figures < 2 or not all(k.startswith("vote:") for k in columns[-figures:]):
        return None
    return columns if columns[0] in ("number", "title") else None


def _run_votes(lines: list[str]) -> None:
    """Such records rewritten in place as the lines of a record of votes."""
    index = 0
    while index < len(lines):
        columns = _run_header(lines[index]) if _RUN_VOTES_HEAD.match(lines[index]) else None
        index += 1
        if columns is None or _acts_header(lines[index - 1]) is not None:
            # (« N°  Objet  Décision  Pour  Contre », its cells apart: a table of acts, whose
            # titles may wrap above or below their number's line, _gapped_acts)
            continue
        lines[index - 1] = ""  # the header says nothing itself
        figures = sum(1 for k in columns if k.startswith("vote:"))
        numbered = columns[0] == "number"
        last: tuple[int, list[str]] | None = None  # the row above, its title to go on
        while index < len(lines):
            words = lines[index].split()
            cells = _run_cells(columns, words, figures) if words else None
            if cells is None and last is not None and ":" not in lines[index]:
                # a title wrapped in its cell: it goes on in the row above when a row follows
                following = lines[index + 1].split() if index + 1 < len(lines) else []
                if following and _run_cells(columns, following, figures) is not None:
                    above, cells = last
                    cells[1 if numbered else 0] += f" {' '.join(words)}"
                    lines[above], lines[index] = _votes_row(columns, cells), ""
                    index += 1
                    continue
            if cells is None:
                break
            lines[index] = _votes_row(columns, cells)
            last = (index, cells)
            index += 1


def _run_cells(columns: list[str], words: list[str], figures: int) -> list[str] | None:
    """A row's cells: its act's number and title, then as many figures as the header says."""
    numbered = columns[0] == "number"
    if len(words) < figures + 1 + numbered or not all(w.isdigit() for w in words[-figures:]):
        return None
    if numbered and not _ACT_NUMBER.match(words[0]):
        return None
    head = [words[0], " ".join(words[1:-figures])] if numbered else [" ".join(words[:-figures])]
    return [*head, *([""] * (len(columns) - figures - len(head))), *words[-figures:]]


def _list_table(columns: list[str], cells: list[str]) -> str:
    """A row under a header of lists' cues (« | Présents | Absents excusés | Absents | »), each
    cell a list of names, a paragraph each: « Présent : A, B. Excusé : C (pouvoir à D). »; a
    givers' column beside its holders' is read paragraph by paragraph."""
    if any(cell.strip() for cell in cells) and all(
        cell.strip().isdigit() for cell in cells if cell.strip()
    ):
        # figures, not names: « | Présents | Absents | Pouvoirs | » then « | 12 | 3 | 2 | »
        return " – ".join(
            f"{_LIST_COUNTS[kind]} : {cell.strip()}"
            for kind, cell in zip(columns, cells, strict=False)
            if cell.strip()
        )
    entries = [
        [e.strip(" .,;") for e in cell.split(PARAGRAPH) if e.strip(" .,;")] for cell in cells
    ]
    said: list[str] = []
    for column, (kind, listed) in enumerate(zip(columns, entries, strict=False)):
        if not listed or kind == "holders":
            continue
        beside = columns[column + 1] if column + 1 < len(columns) else None
        holders = entries[column + 1] if beside == "holders" else []
        if kind == "givers" and len(holders) == len(listed):
            said += [
                f"Excusé : {giver} (pouvoir à {holder})."
                for giver, holder in zip(listed, holders, strict=True)
            ]
        elif kind == "givers":
            said.append(f"Représentés : {', '.join(listed)}.")
        elif kind == "proxies":
            said.append(f"Pouvoirs : {', '.join(listed)}.")
        else:
            said.append(f"{_LIST_SAYS[kind]} : {', '.join(listed)}.")
    return " ".join(said)


# A column of holders, each row's to whom its member gave a proxy (« Pouvoir donné à »,
# « Représenté par », « Mandataire »), as _key writes it.
_HOLDER_HEAD = re.compile(r"(?:^| )(?:a|par)$|^mandataires?$|^beneficiaires?\b")


def _list_tables(lines: list[str]) -> None:
    """Tables whose header is lists' cues, rewritten in place (see _list_table)."""
    columns: list[str] | None = None
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not (stripped.startswith("|") and stripped.count("|") >= 3):
            columns = None
            if stripped.count("|") >= 6:
                lines[index] = _list_table_flattened(line)
            continue
        cells = _cells(stripped)
        if columns is not None and len(cells) == len(columns):
            lines[index] = _list_table(columns, cells)
            continue
        kinds = [_list_label(cell.replace(PARAGRAPH, " ")) for cell in cells]
        columns = [k for k in kinds if k] if all(kinds) else None
        if columns is not None and any(_HOLDER_HEAD.search(_key(cell)) for cell in cells):
            # « | Conseiller absent | Pouvoir donné à | »: a giver and a holder a row, no
            # lists (_bar_lines reads it)
            columns = None
        if columns is not None:
            lines[index] = ""  # the header says nothing itself


def _list_table_flattened(line: str) -> str:
    """The same table with its line breaks lost: « … | Présents | Absents excusés | Pouvoirs |
    | A B C | D E | D à A | … »: a run of cues, a blank piece where the row broke, then as many
    cells as cues, closed by a bar. Each piece is looked at once or twice."""
    pieces = line.split("|")
    kinds = [_list_label(p) if 0 < len(p.strip()) <= 40 else None for p in pieces]
    out: list[str] = []
    done = 0  # pieces[:done] are written out
    start = 1
    while start < len(pieces):
        width = _run_width(kinds, start)
        row = start + width + 1  # the row's first cell, after the blank piece
        cells = [cell.strip() for cell in pieces[row : row + width]]
        if (
            width < 2
            or row + width >= len(pieces)
            or pieces[row - 1].strip()
            # (the cues end a wider header: « | Nom | Prénom | Présent | Excusé | »)
            or _column(pieces[start - 1].strip()) is not None
            or any(_RULE_CELL.match(cell) for cell in cells)
        ):
            start += width + 1
            continue
        columns = [kind for kind in kinds[start : start + width] if kind is not None]
        said = _list_table(columns, cells)
        out += ["|".join(pieces[done:start]).rstrip(" |"), said]
        done = start = row + width
    return _rejoined(line, pieces, out, done)


# -- a vote's figures by initials, with their key under the table ---------------------------

# « P = pour, A = abstention, C = contre », « (P : pour ; C : contre ; A : abstention) »: each
# initial's vote, as the key printed under a relevé's table says it.
_KEY_ENTRY = re.compile(
    r"(?<![\w'’])(?P<letter>[A-Z]{1,4})\.? ?[=:] ?(?P<vote>(?i:pour|contre|abst(?:entions?|\.)?"
    r"|ne prend(?:ent)? pas part au vote|nppv))(?!\w)"
)
_KEY_SAYS = {"pour": "pour", "contre": "contre", "ne": "ne prennent pas part au vote",
             "nppv": "ne prennent pas part au vote"}  # fmt: skip
# What every _KEY_ENTRY holds from its sign on: opening on one of two characters, a fast scan
# turns most documents away before _KEY_ENTRY, which opens on a look-behind and so tries each
# position (a twentieth of a document's reading).
_KEY_CUE = re.compile(r"[=:] ?(?i:pour|contre|abst|ne prend|nppv)")
# And led by the colon alone, for the texts without « = » (most): see _STATUS_ROW_HYPHEN.
_KEY_CUE_COLON = re.compile(_KEY_CUE.pattern.replace("[=:]", ":", 1))


def _key_cue(raw: str) -> bool:
    """_KEY_CUE.search(raw) is not None."""
    return (_KEY_CUE if "=" in raw else _KEY_CUE_COLON).search(raw) is not None


def _initials_key(raw: str) -> dict[str, str]:
    """Each initial a key gives, when two or more are printed; an initial given two meanings is
    none (no figure is read by a guess)."""
    key: dict[str, str] = {}
    clashes: set[str] = set()
    for entry in _KEY_ENTRY.finditer(raw):
        word = entry["vote"].casefold()
        says = _KEY_SAYS.get(word.split()[0], "abstentions")
        if key.get(entry["letter"], says) != says:
            clashes.add(entry["letter"])
        key[entry["letter"]] = says
    key = {letter: says for letter, says in key.items() if letter not in clashes}
    return key if len(set(key.values())) >= 2 else {}


def _spelled_initials(raw: str) -> str:
    """« 21 P / 2 A / 1 C » written out by the document's key (« 21 pour / 2 abstentions /
    1 contre »); without a key, « P », « C », « A » are read with the vote
    (storage.parsing.votes)."""
    if not _key_cue(raw):
        return raw
    key = _initials_key(raw)
    if not key:
        return raw
    letters = "|".join(sorted(map(re.escape, key), key=len, reverse=True))
    one = rf"\d{{1,3}} ?(?:{letters})(?![\w'’])"
    run = re.compile(rf"(?<![\w/.,-]){one}(?: ?[/,;–-] ?{one}){{1,3}}(?! ?[=:])")
    figure = re.compile(rf"(\d{{1,3}}) ?({letters})(?![\w'’])")

    def spelled(match: re.Match[str]) -> str:
        printed = [letter for _, letter in figure.findall(match.group())]
        if len(set(printed)) != len(printed):
            return match.group()  # an initial twice
        return figure.sub(lambda f: f"{f[1]} {key[f[2]]}", match.group())

    raw = run.sub(spelled, raw)
    # the key says nothing more once read (« O : contre » would read as a vote's label)
    return _KEY_ENTRY.sub(lambda entry: " " * len(entry.group()), raw)


# -- a relevé's table of acts whose places are lost, titles wrapped around their row's number ---

# A PDF table « N° | Objet | Décision » read line by line across the page: its cells stand two
# spaces apart, and a title wrapped in its cell is printed on the lines above and below the
# row's number when the row's other cells are set in the middle of its height:
#     Cession d'un véhicule de service
#     D2025-091  Adopté à l'unanimité
#     réformé
# Each row becomes one line, « D2025-091 – Cession d'un véhicule de service réformé : Adopté à
# l'unanimité », on its number's line (the others blanked: the evidence's lines stay the
# document's).
_ACTS_HEAD = re.compile(
    rf"^[ \t]*(?:{_NUMBER_HEAD})[^\n]{{0,30}}?(?:  |\t)[ \t]*"
    rf"(?:{_TITLE_HEAD}|Libell[ée]|LIBELL[ÉE]|Titre|TITRE)",
    re.MULTILINE,
)
# The same opening on the line break before the header: a fast scan, where « ^ » is tried at
# every character.
_ACTS_AFTER_BREAK = re.compile("\n" + _ACTS_HEAD.pattern.removeprefix("^"), re.MULTILINE)
_GAPPED_CELLS = re.compile(r"(?: {2,}|\t)+")
# A row's cell saying what was decided, or its vote.
_DECIDED_CELL = re.compile(
    r"^(?i:adopt|approuv|rejet|refus|unanimit|[àa] l['’]unanimit|[àa] la majorit|majorit"
    r"|retir|ajourn|report|sans objet|sans vote|pas de vote|pris acte|prend acte|donne acte"
    r"|favorable|d[ée]favorable"
    r"|\d{1,3} ?(?:p\b|pour\b|voix|c\b|contre\b|a\b|abst)"
    # (a labelled figure: « Pour : 9  Contre : 2 » in the row's vote cell)
    r"|(?:pour|contre|abst[a-z]*\.?|votants?) ?: ?\d)"
)
# A rapporteur's cell: a civility and a name.
_PERSON_CELL = re.compile(r"^(?:M\.|MM\.|Mme|Mmes|Mlle|Monsieur|Madame)\s")
# What a title's line ends with when the title goes on below it.
_GOES_ON = re.compile(
    r"(?:\b(?:[àa]|au|aux|de|du|des|d['’]|la|le|les|l['’]|pour|et|ou|en|sur|avec|par|dans"
    r"|entre|vers|une?)|[-,(])$",
    re.IGNORECASE,
)


def _acts_header(line: str) -> list[str] | None:
    cells = [cell for cell in _GAPPED_CELLS.split(line.strip()) if cell]
    if not 2 <= len(cells) <= 6:
        return None
    kinds = [_column(cell) for cell in cells]
    if "number" not in kinds or "title" not in kinds:
        return None
    if any(k is None or not (k in ("number", "title", "ignored") or k.startswith("vote:"))
           for k in kinds):  # fmt: skip
        return None
    return [k or "" for k in kinds]


def heads_acts_table(line: str) -> bool:
    """Whether a line whose cells stand apart heads a table of acts (« N°  Objet  Décision »):
    a PDF's page holding one is read line by line across the page, each row's cells apart."""
    return _acts_header(line) is not None


def _act_line(line: str) -> tuple[str, list[str], list[str]] | None:
    """A row's line holding its number: the number, its title's part and its decision."""
    cells = [cell for cell in _GAPPED_CELLS.split(line.strip()) if cell]
    if len(cells) > 1 and _DATED_CELL.match(cells[0]):
        cells = cells[1:]  # « 03/04/2024   D2024-15   Vote des taux …   Adoptée »: the date first
    if not cells or not _ACT_CELL.match(cells[0]) or _DATE_CELL.match(cells[0]):
        return None
    titles, decided = _row_cells(cells[1:])
    return cells[0], titles, decided


def _row_cells(cells: list[str]) -> tuple[list[str], list[str]]:
    titles: list[str] = []
    decided: list[str] = []
    for cell in cells:
        if _DECIDED_CELL.match(cell):
            decided.append(cell)
        elif not _PERSON_CELL.match(cell) and not _DATED_CELL.match(cell):
            titles.append(cell)
    return titles, decided


# A row's date cell (« 22/11/2023 », « 22 novembre 2023 »): no title's words.
_DATED_CELL = re.compile(
    r"^(?:\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?\d{2,4}"
    rf"|\d{{1,2}}(?:er)? (?i:{MONTH_PATTERN}) \d{{4}})$"
)


def _continues_title(before: str, line: str) -> bool:
    """A title's line going on with the part above it (« réformé », « de l'école »)."""
    return line[:1].islower() or line[:1] in "(«" or _GOES_ON.search(before) is not None


# A vote's cell wrapped in its cell: its next line (« 10 pour, 2 contre, 2 » / « abstentions »).
_VOTE_GOES_ON = re.compile(
    r"^(?i:voix|pour|contre|abstentions?|\d{1,3} (?:voix|pour|contre|abst))\b"
)
_UNFINISHED_VOTE = re.compile(r"(?:\d|,| et)$")
# A page's footer between a table's rows (« … – Page 1/2 »).
_PAGE_FOOTER = re.compile(r"\b(?i:page) ?\d|\d ?/ ?\d{1,3}$")


def _table_goes_on(line: str) -> bool:
    """A line a table's title cell may hold: short, no cue, no sentence, no page's footer."""
    stripped = line.strip()
    return (
        0 < len(stripped) <= 90
        and ":" not in stripped
        and "|" not in stripped
        and not stripped.endswith((".", ";", "!", "?"))
        and _PAGE_FOOTER.search(stripped) is None
    )


# A row of a table of acts printed without its header: the act's number opening the line, then
# a column's gap (« 2024-10   12/03/2024   Approbation du compte de gestion   Unanimité »).
# (maybe after the row's date: « 03/04/2024   D2024-15   … »)
_ACT_ROW_START = re.compile(
    r"^[ \t]*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?: {2,}|\t)[ \t]*)?"
    rf"(?:{NUMBER})(?: {{2,}}+|\t)[ \t]*+\S",
    re.MULTILINE,
)
# The same after a line's break: a search opening on it is a fast scan, where « ^ » is tried at
# every character of the text.
_ACT_ROW_AFTER_BREAK = re.compile("\n" + _ACT_ROW_START.pattern.removeprefix("^"), re.MULTILINE)


def _headerless_acts(lines: list[str]) -> None:
    """Runs of two rows and more of a table of acts with no header (a commune's list of its
    deliberations, the number, maybe the date, the title and the decision a row), rewritten
    in place as a headed table's rows are: « 2024-10 – Approbation … : Unanimité ». A row
    without a decision's cell (a title alone, figures alone) is no such row."""
    index = 0
    while index < len(lines):
        run: list[tuple[int, str, list[str], list[str]]] = []
        wrapped: list[int] = []  # a title's or a vote's lines below its row, indented
        while index < len(lines):
            act = _act_line(lines[index])
            if act is None:
                line = lines[index]
                if not run or not line[:2].isspace() or not _table_goes_on(line):
                    break
                titles, decided = _row_cells([c for c in _GAPPED_CELLS.split(line) if c])
                run[-1][2].extend(titles)  # « annexe de l'assainissement » under its title
                run[-1][3].extend(decided)
                wrapped.append(index)
                index += 1
                continue
            number, titles, decided = act
            if not titles or not decided:
                break
            run.append((index, number, titles, decided))
            index += 1
        if len(run) >= 2:
            for at, number, titles, decided in run:
                lines[at] = f"{number} – {' '.join(titles)} : {' – '.join(decided)}"
            for at in wrapped:
                lines[at] = ""  # (written in its row: the lines stay as many)
        if not run:
            index += 1


def _gapped_acts(lines: list[str]) -> None:
    """Tables of acts whose places are lost, rewritten in place (see above)."""
    index = 0
    while index < len(lines):
        if _acts_header(lines[index]) is None:
            index += 1
            continue
        index = _read_acts(lines, index)


# The vote's columns a figure stands under (not « Décision », « Vote », « Résultat »).
_FIGURE_LABELS = ("pour", "contre", "abst", "votants", "exprim", "suffrages", "ne prend", "nppv")


def _read_acts(lines: list[str], header: int) -> int:
    """The rows under a header; returns where the table ends. Rows are told apart by their
    numbers: a title's line above a number belongs to that number's row when it opens a title
    (its capital, the part before it ending its own title), below it when it goes on."""
    rows: list[tuple[int, str, list[str], list[str]]] = []  # line, number, title, decision
    pending: list[str] = []  # a title's lines above its number
    pending_decided: list[str] = []
    used: list[int] = []  # the lines read into a row
    pending_at: list[int] = []
    wrapped_rows: set[int] = set()  # the rows read over several lines, by their number's line
    centred: bool | None = None  # the first row says whether titles open above their number
    # « N°  Objet  Décision  Pour  Contre  Abstention »: the figures ending a row's number line
    # are its vote, each under its label (a cell alone would read as the title's words)
    kinds = _acts_header(lines[header]) or []
    labels = [
        kind.split(":", 1)[1]
        for kind in kinds
        if kind.startswith("vote:") and _key(kind[5:]).startswith(_FIGURE_LABELS)
    ]
    figured = list(kinds)
    while (
        figured
        and figured[-1].startswith("vote:")
        and not _key(figured[-1][5:]).startswith(_FIGURE_LABELS)
    ):
        figured.pop()  # (« … Pour  Contre  Abst.  Décision »: the outcome's cell after them)
    if figured[len(figured) - len(labels) :] != [f"vote:{label}" for label in labels]:
        labels = []  # figures' columns before the title's: not told apart from its words
    at = header + 1
    while at < len(lines):
        line = lines[at].strip()
        if not line:
            following = at + 1
            if following < len(lines) and (
                _act_line(lines[following]) is not None
                or (
                    following + 1 < len(lines)
                    and _table_goes_on(lines[following])
                    and _act_line(lines[following + 1]) is not None
                )
            ):
                at += 1
                continue
            break
        act = _act_line(line)
        if act is not None:
            number, titles, decided = act
            if (
                labels
                # (the figures alone on the number's line: its title wrapped above and below)
                and len(titles) >= len(labels)
                and all(cell.isdigit() and len(cell) <= 3 for cell in titles[-len(labels) :])
            ):
                figures = titles[-len(labels) :]
                titles = titles[: -len(labels)]
                decided = [
                    *decided,
                    " – ".join(f"{label} : {n}" for label, n in zip(labels, figures, strict=True)),
                ]
                wrapped_rows.add(at)  # written again, its figures labelled
            if centred is None:
                centred = bool(pending)
            rows.append((at, number, [*pending, *titles], [*pending_decided, *decided]))
            if pending_at:
                wrapped_rows.add(at)
            used.extend([*pending_at, at])
            pending, pending_decided, pending_at = [], [], []
            at += 1
            continue
        if not _table_goes_on(line) or _acts_header(line) is not None:
            break  # (another table's header: each line is read under one header at most)
        titles, decided = _row_cells([c for c in _GAPPED_CELLS.split(line) if c])
        part = " ".join(titles)
        before = pending[-1] if pending else rows[-1][2][-1] if rows and rows[-1][2] else ""
        votes = pending_decided if pending_decided or not rows else rows[-1][3]
        unfinished = [n for n, cell in enumerate(votes) if _UNFINISHED_VOTE.search(cell)]
        if unfinished and not decided and _VOTE_GOES_ON.match(part):
            # (« 10 pour, 2 contre, 2 » / « abstentions »: the vote's cell wrapped)
            votes[unfinished[-1]] = f"{votes[unfinished[-1]]} {part}"
            if votes is pending_decided:
                pending_at.append(at)
            else:
                used.append(at)
                wrapped_rows.add(rows[-1][0])
            at += 1
            continue
        if pending or not rows:
            pending.append(part)
            pending_decided.extend(decided)
            pending_at.append(at)
        elif _continues_title(before, part):
            rows[-1][2].append(part)
            rows[-1][3].extend(decided)
            used.append(at)
            wrapped_rows.add(rows[-1][0])
        else:
            # a title opening below a row: the next row's when its titles open above their
            # number, else the row's own; the table's end when no number follows soon
            ahead = next(
                (
                    found
                    for k in range(at + 1, min(at + 4, len(lines)))
                    if (found := _act_line(lines[k]))
                ),
                None,
            )
            if ahead is None:
                break
            # (the next number's line holds no title of its own, its figures at most: its title
            # wraps around it, opening here, though the rows above were on one line each)
            if centred or all(cell.isdigit() and len(cell) <= 3 for cell in ahead[1]):
                pending, pending_decided, pending_at = [part], list(decided), [at]
            else:
                rows[-1][2].append(part)
                rows[-1][3].extend(decided)
                used.append(at)
                wrapped_rows.add(rows[-1][0])
        at += 1
    if not rows:
        return header + 1
    if labels:
        lines[header] = ""  # its labels are written in each row: the header says nothing itself
    # only the rows wrapped over several lines are written again; a row on its line is read
    # as printed
    row_lines = {row[0] for row in rows}
    for taken in used:
        if taken not in row_lines:
            lines[taken] = ""
    # (a column no reader needs, the rapporteur's, is left out of every row)
    ignored = "ignored" in (_acts_header(lines[header]) or [])
    for row_at, number, titles, decided in rows:
        if row_at in wrapped_rows or ignored:
            title = _wrapped(titles)
            head = " – ".join(part for part in (number, title) if part)
            lines[row_at] = f"{head} : {' – '.join(decided)}" if decided else head
    # (title lines waiting for a number when the table ended are left as printed)
    return at


# -- a tab-separated table whose line breaks were lost: « Nom⇥Prénom⇥Présence⇥COSTE⇥Henri⇥… » --

# A header's cell: what labels a roll call's column.
_TAB_HEADER_CELL = re.compile(
    r"(?i:noms?|pr[ée]noms?|pr[ée]sences?|pr[ée]sent(?:\(e\))?s?|statut|qualit[ée]|fonctions?"
    r"|communes?|pouvoirs?(?: [àa])?|mandataires?|signatures?|[ée]margements?|absents?|excus[ée]s?"
    r"|groupes?|membres?|[ée]lus?|observations?)"
)


_LAST_WORD = re.compile(r"[^\W\d_]+$")
# The text after the table, run into its last cell: a cue (« … Présente Secrétaire de séance :
# Mme … »), or the item it heads.
_CUE_AFTER_CELL = re.compile(
    rf"\s(?=[{UPPER}][^\W\d_'’]*(?:\s[^\W\d_'’]+){{0,3}}\s?:|\d{{1,3}}\s[-–—.]\s)"
)


def _tab_tables_barred(raw: str) -> str:
    """A table typed or pasted with tabs, a row a line (« Nom⇥Présent⇥Pouvoir à », then
    « FERRY Guy⇥⇥FAYE Paul »), written with bars as a word processor's table is, each tab one
    cell's end (an empty cell kept): its header names columns the readers know, a member's at
    least, and two rows follow it."""
    lines = raw.split("\n")
    index = 0
    changed = False
    while index < len(lines):
        head = lines[index]
        cells = [cell.strip() for cell in head.strip().split("\t")]
        kinds = [_column(cell) for cell in cells] if 2 <= len(cells) <= 12 else []
        if kinds and "name" not in kinds and (at := _person_column(cells, kinds)) is not None:
            kinds[at] = "name"
        if not kinds or "name" not in kinds or kinds.count(None) > len(kinds) // 2:
            index += 1
            continue
        end = index + 1
        while end < len(lines) and "\t" in lines[end] and lines[end].count("\t") < len(cells):
            end += 1
        if end - index < 3:
            index += 1
            continue
        for at in range(index, end):
            row = [cell.strip() for cell in lines[at].strip("\n").split("\t")]
            lines[at] = "| " + " | ".join(row + [""] * (len(cells) - len(row))) + " |"
        changed = True
        index = end
    return "\n".join(lines) if changed else raw


def _tab_rows_restored(raw: str) -> str:
    """Each line that holds a whole tab-separated table (its header's labels, then its cells
    one after another, every row run into the next) written again a row a line: as many cells
    a row as its header has labels."""
    lines = raw.split("\n")
    for index, line in enumerate(lines):
        if line.count("\t") < 5:
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        # flattened, the text before the table ends its first cell, the text after it its last
        before = ""
        if (head := _LAST_WORD.search(cells[0])) and _TAB_HEADER_CELL.fullmatch(head.group()):
            before, cells[0] = cells[0][: head.start()].rstrip(), head.group()
        after = _CUE_AFTER_CELL.search(cells[-1])
        if after is not None:
            cells[-1], after_text = cells[-1][: after.start()], cells[-1][after.end() :]
        width = 0
        while width < len(cells) and _TAB_HEADER_CELL.fullmatch(cells[width]):
            width += 1
        body = cells[width:]
        if width < 2 or len(body) < width or len(body) % width:
            continue
        rows = [before] if before else []
        rows.append("\t".join(cells[:width]))
        rows += ["\t".join(body[at : at + width]) for at in range(0, len(body), width)]
        if after is not None:
            rows.append(after_text)
        lines[index] = "\n".join(rows)
    return "\n".join(lines)


# A roll call's legend of codes (« Légende : P = présent, E = excusé, A = absent, Pv = pouvoir
# donné »): it names no one, and under the last row it read as names of that row's list. Blanked
# (its line kept, as the evidence's lines are the document's).
_LEGEND = re.compile(
    r"^[ \t]*(?:(?i:l[ée]gende)[ \t]?:?[ \t]?)?"
    # (a code set off by « = », by a colon « P : présent », or in parentheses « (P) présent »)
    r"(?:(?:[A-Za-z]{1,4}\.?[ \t]?[=:]|\([A-Za-z]{1,4}\.?\))[ \t]?"
    r"(?i:pr[ée]sente?s?|excus[ée]e?s?|absente?s?|pouvoirs?"
    r"|procurations?|repr[ée]sent[ée]e?s?)(?:\((?:e|s|es)\)s?)?"
    r"(?:[ \t](?i:donn[ée]e?s?|par|[àa]|non[ \t]excus[ée]e?s?|excus[ée]e?s?)){0,2}"
    # (« Présent ; » may have been read as a cue's damaged colon: « Présent : »)
    r"[ \t]?(?:[,;:/–—-][ \t]?|$)){2,8}[ \t.]*$",
    re.MULTILINE,
)
# What every legend holds: a code's sign, then a status (_LEGEND's first words of each). A
# search for each sign the text holds skips to it at C speed; _LEGEND, opening on a line's
# start, is tried at every line.
_LEGEND_STATUS = r"[ \t]?(?i:pr[ée]sent|excus[ée]|absent|pouvoir|procuration|repr[ée]sent[ée])"
_LEGEND_CUES = tuple((sign, re.compile(re.escape(sign) + _LEGEND_STATUS)) for sign in "=:)")


def _legend_cue(raw: str) -> bool:
    """Whether the text holds what every _LEGEND match holds (none without it)."""
    return any(sign in raw and cue.search(raw) is not None for sign, cue in _LEGEND_CUES)


# A barred row wrapped by a PDF's export: the line opens on a bar and ends on one, the next
# goes on with cells but no opening bar (« | Pour | Contre | Abstention | | 17 | » / « 1 | 0 |
# Adopté. »): one row, written on its first line (the second left blank: the evidence's lines
# stay the document's).
_WRAPPED_BAR_ROW = re.compile(r"^[ \t]*\|[^\n]*\|[ \t]*\n(?=[^|\n]{1,60}\|)", re.MULTILINE)


def _bar_rows_unwrapped(raw: str) -> str:
    lines = raw.split("\n")
    at, index = 0, 0
    for match in _WRAPPED_BAR_ROW.finditer(raw):
        index += raw.count("\n", at, match.start())  # (counted from the last match: one pass)
        at = match.start()
        if lines[index] and lines[index + 1]:
            lines[index] = f"{lines[index].rstrip()} {lines[index + 1].strip()}"
            lines[index + 1] = ""
    return "\n".join(lines)


def _longest_line(raw: str) -> int:
    return max(map(len, raw.split("\n")))


def rewrite_tables(raw: str) -> str:
    """The text with its roll-call and vote tables written as lines (see the module's doc)."""
    # Both rewrite lines longer than 200 characters only: a text without one (most) is not
    # searched (each pattern opens on words in any case, tried at every character).
    long_lines = len(raw) > 200 and _longest_line(raw) > 200
    if long_lines and _ACT_DECIDED.search(raw):
        raw = "\n".join(
            _flattened_acts(line) if len(line) > 200 else line for line in raw.split("\n")
        )
        long_lines = len(raw) > 200 and _longest_line(raw) > 200
    if long_lines and _FLAT_PROXY_HEAD.search(raw):
        raw = "\n".join(
            _flattened_proxy_table(line) if len(line) > 200 else line for line in raw.split("\n")
        )
    raw = _headed_tables(raw)
    if "  " in raw or "\t" in raw:
        # « Pour          12 » / « Contre         3 »: a label and its figure a column apart
        # (each figure read with the label below it, « 12 » / « Contre », was another vote)
        # (a label, its gap and its figure stand on one line: looked for in the gapped ones)
        if "  " in raw and _SPACED_VOTE_FIGURE.search(_gapped_lines(raw, inside=True)):
            raw = _SPACED_VOTE_FIGURE.sub(r" : \1", raw)
        raw = _TABBED_VOTE_FIGURE.sub(r" : \1", raw) if "\t" in raw else raw
    if ("  " in raw or "\t" in raw) and _GAPPED_STATUS_END.search(_gapped_lines(raw, inside=True)):
        # (after the tables read by their header: only rows no header named are left)
        lines = raw.split("\n")
        _headerless_roll_call(lines)
        raw = "\n".join(lines)
    return raw


# A list of acts whose line breaks were lost (« 2023-41 22/11/2023 Décision modificative n° 3
# Adoptée à l'unanimité 2023-42 22/11/2023 Tarifs … Adoptée (12 pour, 2 contre) … »): an act's
# number after what was decided on the act before it, then maybe the date, then a title.
_ACT_DECIDED = re.compile(
    r"(?i:unanimit[ée]|adopt[ée]e?s?|rejet[ée]e?s?|approuv[ée]e?s?|pris acte|contre\)?"
    r"|abstentions?\)?|majorit[ée])\.?(?: \|)? "
    rf"(?P<number>(?:{NUMBER}))(?P<date> \d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})?"
    rf"(?: \|)? (?=[{UPPER}])"
)
# The first row's opening: its number (and maybe its date) before a title.
_FIRST_ACT = re.compile(
    rf"(?:^|(?<=\s))(?P<number>(?:{NUMBER}))(?P<date> \d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})?"
    rf"(?: \|)? (?=[{UPPER}])"
)
# Where a row's decision starts, after its title.
_DECISION_START = re.compile(
    r" (?=(?i:adopt[ée]e?s?|rejet[ée]e?s?|approuv[ée]e?s?|unanimit[ée]|pris acte|prend acte"
    r"|retir[ée]e?s?|ajourn[ée]e?s?)\b|\d{1,3} (?:voix )?pour\b)"
)


def _flattened_acts(line: str) -> str:
    """A list of acts run into one line, a row a line as a table's rows are written (« 2023-42 –
    Tarifs de la salle : Adoptée (12 pour, 2 contre) »), when two acts at least follow what was
    decided on the one before (the first row is found as the others' shape: its number and
    maybe its date, then a title); any other line as it was."""
    cuts = list(_ACT_DECIDED.finditer(line))
    if len(cuts) < 2:
        return line
    # (the last opening of the rows' shape before them: dated as they are, or not)
    dated = cuts[0]["date"] is not None
    first = None
    for opening in _FIRST_ACT.finditer(line, 0, cuts[0].start("number")):
        if (opening["date"] is not None) == dated:
            first = opening
    starts = ([first] if first is not None else []) + cuts
    before = line[: starts[0].start("number")].split()
    headed = len(before)
    while before and (before[-1] == "|" or (_column(before[-1]) or "name") != "name"):
        before.pop()  # the table's header run into the heading (« … N° Date Objet Vote »)
    if headed - len(before) < 2 and not dated:
        # neither a table's header nor a date a row: items run on, read as they are
        # (« B26-022 Tarifs … Adopté à l'unanimité. B26-023 … Pour : 3 … »)
        return line
    # (the heading ended, as its line did before the text was flattened: the first row is
    # read as the others)
    rows = [" ".join(before) + ("." if before and before[-1][-1:].isalnum() else "")]
    for at, start in enumerate(starts):
        end = starts[at + 1].start("number") if at + 1 < len(starts) else len(line)
        text = line[start.end() : end].strip()
        # (the first: « Adoptée par 12 voix pour » is one decision; a title's « Adoption du
        # règlement » is no such word)
        decided = _DECISION_START.search(text)
        if decided is None:
            rows.append(f"{start['number']} – {text}")
            continue
        title, said = text[: decided.start()].strip(" –-:|"), text[decided.end() :]
        if len(title) > 250 or ". " in title:
            return line  # an item's text, its sentences before its vote: minutes, no list
        rows.append(f"{start['number']} – {title} – {said}")
    return " ".join(row for row in rows if row)


# A table of proxies whose line breaks were lost: « Pouvoirs Mandant Mandataire M. Paul ROUX
# Mme Anne BOIS Mme Lise FAYE M. Jean VIDAL Absents : … »: its names two by two, the giver
# then the holder, up to the next cue.
_FLAT_PROXY_HEAD = re.compile(
    r"\b(?i:mandante?s?|donneurs? de pouvoirs?|conseillers? absents?)"
    r" (?i:mandataires?|b[ée]n[ée]ficiaires?|pouvoirs? donn[ée]s? [àa]|repr[ée]sent[ée]s? par) "
)
_FLAT_PROXY_END = re.compile(
    rf"(?<=\S) (?=[{UPPER}][{LOWER}'’]+(?: [{LOWER}'’]+){{0,3}} ?:|[{UPPER}]\w+ [nN] ?°"
    rf"|[{UPPER}]{{3,}}(?: [{UPPER}]{{2,}}){{0,3}} ?:)"
)
_CIVILITY_START = re.compile(rf"(?<= )(?=(?:M\.|Mme|Mlle|Monsieur|Madame) [{UPPER}])")
_SURNAME_FIRST = re.compile(
    rf"[{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+)*"
    rf" [{UPPER}][{LOWER}'’]+(?:-[{UPPER}][{LOWER}'’]+)?"
)
_CAPITAL = re.compile(rf"[{UPPER}]")
_CAPITALS_RUN = re.compile(rf"[{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+)*+")


def _surnames_first(names: str) -> list[str]:
    """_SURNAME_FIRST.findall(names), in linear time. The scan tried the pattern at every
    character, each try reading on to the end of the run of words in capitals before it gave
    back (« DUPONT AB ABEL DUPONT AB … » with no given name: 80 kB read in half a minute).
    Where a try fails, every try from inside the same run fails too (it would look for a
    given name at fewer places): the scan goes on after the run."""
    found: list[str] = []
    at = 0
    while (capital := _CAPITAL.search(names, at)) is not None:
        at = capital.start()
        if (match := _SURNAME_FIRST.match(names, at)) is not None:
            found.append(match.group())
            at = match.end()
            continue
        run = _CAPITALS_RUN.match(names, at)
        at = run.end() if run is not None else at + 1
    return found


def _flattened_proxy_table(line: str) -> str:
    """« … Pouvoirs Mandant Mandataire A B C D Absents : … » → « … Pouvoirs : A à B ; C à D
    Absents : … », when the names after the header pair up (each with its civility, or each
    « NOM Prénom »); any other line as it was."""
    head = _FLAT_PROXY_HEAD.search(line)
    if head is None:
        return line
    end = _FLAT_PROXY_END.search(line, head.end())
    stop = end.start() if end is not None else len(line)
    names = line[head.end() : stop].strip()
    if _CIVILITY_START.search(" " + names) is not None:
        people = [p.strip(" ,;") for p in _CIVILITY_START.split(" " + names) if p.strip(" ,;")]
    else:
        people = _surnames_first(names)
        if sum(len(p) for p in people) + len(people) - 1 != len(names):
            return line  # words between the names: not read as pairs
    if len(people) < 2 or len(people) % 2:
        return line
    pairs = " ; ".join(
        f"{giver} à {holder}" for giver, holder in zip(people[::2], people[1::2], strict=True)
    )
    before = line[: head.start()].rstrip(" :")
    return f"{before} : {pairs} {line[stop:].lstrip()}"


# A vote's label, a column's gap, then its figure (the gap only: « pour 12 contre » is a
# sentence's and read as one). Searched from the gap, two spaces or a tab, the label looked at
# behind it (one lookbehind a label, each of one width): the search skips to each gap, where
# opening on the labels tried them at every character. The gap and the figure are written
# « : » and the figure, the label left as printed.
_VOTE_LABELS = (
    *("pour", "contre", "abstention", "abstentions", r"abst\.", "votants"),
    *("suffrages exprim[ée]s", "exprim[ée]s"),
)


def _after_vote_label(gap: str) -> str:
    return "|".join(rf"(?<=\b(?i:{label}){gap})" for label in _VOTE_LABELS)


_SPACED_VOTE_FIGURE = re.compile(rf"  (?:{_after_vote_label('  ')}) *+(\d{{1,3}})\b(?![.,]\d)")
_TABBED_VOTE_FIGURE = re.compile(
    rf"\t(?:{_after_vote_label(chr(92) + 't')})[ \t]*+(\d{{1,3}})\b(?![.,]\d)"
)


# A roll call's row printed without its table's header, its cells apart, the status last (maybe
# its holder after it): « Davézieux     Mme Anne BOIS     représentée par M. Jean ROUX »,
# « ROUX Jean     Présent ».
# (opening on the gap itself: the search skips to each space or tab, where a lookbehind first is
# tried at every character; only whether one is found is asked)
_GAPPED_STATUS_END = re.compile(
    r"(?:  |\t)(?i:pr[ée]sente?|excus[ée]e?|absente?|pouvoir|procuration|repr[ée]sent)"
    r"[^\n]{0,80}$",
    re.MULTILINE,
)
# A cell that names a member: a civility, or a surname in capitals beside a given name.
_MEMBER_CELL = re.compile(
    rf"^(?:(?:M\.|MM\.|Mme|Mlle|Monsieur|Madame) [{UPPER}]"
    rf"|[{UPPER}][{UPPER}'’-]+(?: [{UPPER}][{UPPER}'’-]+)* [{UPPER}][{LOWER}]"
    rf"|[{UPPER}][{LOWER}'’-]+(?: [{UPPER}][{LOWER}'’-]+)? [{UPPER}][{UPPER}'’-]+$)"
)


def _headerless_row(line: str) -> str | None:
    """« Présent : Mme Anne BOIS. » for a row of cells apart whose last says the status (and
    maybe the holder: « Excusée   M. Jean ROUX »), one cell before it a member; or None."""
    cells = [cell for cell in _GAPPED_CELLS.split(line.strip()) if cell]
    if not 2 <= len(cells) <= 6:
        return None
    holder: str | None = None
    said = _status_of(cells[-1])
    if said is None and (both := _status_with_holder(cells[-1])) is not None:
        said, holder = (both[0], None), both[1]
    if said is None and len(cells) >= 3 and _MEMBER_CELL.match(cells[-1]):
        said = _status_of(cells[-2])  # the holder in a column of its own
        if said is not None and said[0] in ("excused", "absent"):
            holder, cells = cells[-1], cells[:-1]
        else:
            said = None
    if said is None:
        return None
    kind, named = said
    members = [cell for cell in cells[:-1] if _MEMBER_CELL.match(cell)]
    if len(members) != 1:
        return None
    name = members[0]
    if kind == "holder":
        kind, holder = "excused", named
    if holder:
        label = _LABELS["absent" if kind == "absent" else "excused"]
        return f"{label} : {name} (pouvoir à {holder})."
    return f"{_LABELS[kind]} : {name}."


def _headerless_roll_call(lines: list[str]) -> None:
    """Runs of three rows and more of a roll call printed without its header (an émargement
    sheet's text, a PDF's table whose header stayed on the page before), rewritten in place as
    a headed table's rows are."""
    index = 0
    while index < len(lines):
        run: list[tuple[int, str]] = []
        while index < len(lines) and (row := _headerless_row(lines[index])) is not None:
            run.append((index, row))
            index += 1
        if len(run) >= 3:
            for at, row in run:
                lines[at] = row
        if not run:
            index += 1


def _headed_tables(raw: str) -> str:
    raw = _spelled_initials(raw)
    if _legend_cue(raw) and _LEGEND.search(raw):
        raw = _LEGEND.sub("", raw)
    if "\t" in raw and raw.count("\t") >= 5:
        raw = _tab_rows_restored(raw)
        raw = _tab_tables_barred(raw)
    if "|" in raw and _WRAPPED_BAR_ROW.search(raw):
        raw = _bar_rows_unwrapped(raw)
    if PARAGRAPH in raw or ("|" in raw and raw.count("|") >= 4):
        # tables of lists (a word processor's cells hold a name a paragraph): read as lists,
        # then each cell's paragraphs are one text
        lines = raw.split("\n")
        _list_tables(lines)
        # (only in a table's rows, where a word processor's cells put it: elsewhere it is a
        # control character the cleaning removes, as in any text)
        raw = "\n".join(
            line.replace(PARAGRAPH, " ") if line.lstrip().startswith("|") else line
            for line in lines
        )
    # (the header's « Contre » looked for first; its gap in the lines holding one: each header
    # lies on one line)
    if ("Contre" in raw or "CONTRE" in raw) and (
        _RUN_VOTES_HEAD.match(raw) or _RUN_VOTES_AFTER_BREAK.search(raw)
    ):
        lines = raw.split("\n")
        _run_votes(lines)
        raw = "\n".join(lines)
    if _ACTS_HEAD.match(raw) or (
        ("  " in raw or "\t" in raw) and _ACTS_AFTER_BREAK.search(_gapped_lines(raw, inside=True))
    ):
        lines = raw.split("\n")
        _gapped_acts(lines)
        raw = "\n".join(lines)
    if ("  " in raw or "\t" in raw) and _ACT_ROW_AFTER_BREAK.search(
        _gapped_lines(raw, inside=True)
    ):
        lines = raw.split("\n")
        _headerless_acts(lines)
        raw = "\n".join(lines)
    raw = _labelled_figures(raw)
    if _status_row_cue(raw) and _STATUS_ROW_GATE.search(raw):
        raw = _status_rows(raw)
    bars = "|" in raw and raw.count("|") >= 4  # (« POUR | CONTRE | ABST. » and one row)
    grid = _GRID_GATE.search(raw) is not None
    named = "Nom " in raw or "NOM " in raw or "nom " in raw or "NOM\t" in raw or "Membre " in raw
    flat_grid = named and _FLAT_GRID_HEAD.search(raw) is not None
    spaced = named and _SPACED_HEAD.search(raw) is not None
    marks = named and MARKS_HEAD.search(raw) is not None
    placed = ("  " in raw or "\t" in raw) and _placed_gate(raw)
    lost = _LOST_CUE.search(raw) is not None and _LOST_HEAD.search(raw) is not None
    if not (bars or grid or flat_grid or spaced or marks or placed or lost):
        return raw
    lines = raw.split("\n")
    if placed:
        _placed_tables(lines)
    if lost:
        _lost_columns(lines)
    if bars:
        _bar_lines(lines)
    if grid:
        _grid(lines)
    if flat_grid:
        lines = [_grid_flattened(line) if len(line) > 200 else line for line in lines]
    if spaced:
        _spaced_rows(lines)
    if marks:
        _marks_tables(lines)
    return "\n".join(lines)
