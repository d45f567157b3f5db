"""One fact asked of an act's own text: its duration, a funder's share, credits of operation or
investment, what it pays for (posts, equipment), its axes, its territories.

A question names what it wants in its own words (« c'est pour combien d'années ? », « la part
de l'État ? », « fonctionnement ou investissement ? », « ça finance des postes ? », « les axes
du CLS ? ») and the act says it in the administration's (« pour une durée de 4 ans », « l'Etat
à soutenir … à hauteur de 490 500 € annuels (50 % du programme) », « en crédits de
fonctionnement », « cofinancer 2 ETP », « structuré autour de 4 grands axes : … »). Each
`Aspect` pairs the two: the sentences of the text (its annex included) that hold the aspect
are quoted, the act named; when none does, the answer says the text does not say it, never a
sentence about something else. Knows French and nothing of the store or of Telegram.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from text_to_num import alpha2digit

from bot.services.frames import amount_bound, bound_before
from bot.services.search import sentences_of, with_its_list, words_of
from storage import cues
from storage.french import NUMBER_WORD
from storage.names import fold


class Aspect(enum.StrEnum):
    DURATION = "duration"
    SHARE = "share"  # a funder's part: the State's, the Region's…
    NATURE = "nature"  # fonctionnement or investissement
    PAYS_FOR = "pays_for"  # posts, equipment, works
    AXES = "axes"
    TERRITORY = "territory"
    PURPOSE = "purpose"  # « pour quoi faire ? », « à quoi ça sert ? »
    TOTAL = "total"  # « le montant total du CLS par an ? »: the programme's budget
    CHAPTER = "chapter"  # « sur quel chapitre est imputée la dépense ? »
    DECIDED_BY = "decided_by"  # « c'est le Bureau ou le Conseil qui a approuvé le CLS ? »
    SIGNED = "signed"  # « qui a signé la délibération ? »: its signatures
    # « combien d'argent engage la délib ? », « ça coûte combien ? », « le montant ? »: the
    # money the act itself commits, as its text says it
    AMOUNT = "amount"
    # « avec qui est passée la convention ? », « le délégataire ? »: who the act binds to
    PARTNER = "partner"
    # « le CLS entre en vigueur quand ? », « date d'effet ? »: from when it applies
    EFFECTIVE = "effective"
    # « depuis quand ? », « lancé quand ? »: since when what the act funds has run
    STARTED = "started"


# A funder other than the métropole itself (its own part is the funded action's contribution).
_FUNDERS = (
    "etat region departement europe europeen europeenne feder fse ue caf ars anru ademe".split()  # noqa: SIM905
)
_FUNDER = cues.compile(r"\b(" + "|".join(_FUNDERS) + r")\b")
# The métropole itself, as a funder only when its part is asked (« la part de la métropole »)
_OWN = frozenset(("metropole",))
# An institution's name, capitalised as a name is (« la Région », « l'État »): never a member's
INSTITUTIONS = frozenset(_FUNDERS) | _OWN | frozenset(("prefecture", "prefet", "etat"))
_OWN_ASKED = cues.plain(
    r"\b(?:part|parts|participation|contribution|mis|met|mettent|apporte\w*|en tout|total)\b"
)
_MONEY_ASKED = cues.plain(
    r"\b(?:part|parts|argent|combien|montant|somme|hauteur|apport\w*|financ\w*|met|mettent"
    r"|donne\w*|verse\w*|contribu\w*|particip\w*|subvention\w*|soutien\w*|soutient|paye\w*"
    r"|paie\w*|engage\w*|dit|dire|pourcentage|taux|%)"
)
_ASKED = {
    Aspect.AMOUNT: cues.compile(
        r"\bcombien (?:d argent|d euros|de sous|de fric|de budget)\b"
        r"|\b(?:ca|cela|ce|elle|il|la delib\w*|le projet) (?:nous |leur )?(?:coute|coutera|a coute"
        r"|revient|reviendra|represente)\b"
        r"|\bcombien (?:coute|coutera|coutait|a coute|va couter)\b"
        r"|\bcout\w* (?:combien|quoi)\b|\bcombien (?:ca|cela|elle|il) (?:coute|a coute|engage"
        r"|represente|pese)\b"
        r"|\bengag\w* combien\b|\bcombien\b.*\bengag\w*\b|\bengag\w* (?:quel|quelle|comme)"
        r" (?:montant|somme)\b"
        r"|\b(?:quel|le|son|du) (?:montant|cout)\b(?! (?:annuel|previsionnel|par an))"
        r"|\bquelle somme\b|\bla somme\b|\bc est combien\b|\bpour combien\b(?! (?:de|d)\b)"
        r"|\b(?:total|en tout) (?:ca fait|c est) combien\b|\bcombien en tout\b"
    ),
    Aspect.DURATION: cues.compile(
        r"\bcombien (?:d |de )?(?:annees?|ans|mois|temps)\b|\bquelle duree\b|\bduree\b"
        # « la convention dure combien ? », « ça court sur combien ? »
        r"|\b(?:dure|durent|durera|dureront|court|courent|courra) (?:combien|jusqu)\b"
        r"|\bjusqu (?:a|en) quand\b|\bpendant combien\b|\bsur combien d (?:annees|ans)\b"
        r"|\bcombien de temps\b|\b(?:sur )?quelle periode\b|\bquelles annees\b"
        r"|\bjusqu (?:a|en|au) quel(?:le)? (?:annee|date|mois|an)\b"
        # « le contrat se termine quand ? », « l'échéance du marché ? », « ça finit en quelle
        # année ? »: its end
        r"|\b(?:se termine\w*|termine\w*|fini\w*|prend\w* fin|expire\w*|s acheve\w*|arrive\w*"
        r" a (?:son )?(?:echeance|terme)) (?:quand|en quelle annee|a quelle date)\b"
        r"|\bquand (?:est ce qu )?(?:ca |cela |il |elle |elles |ils )?(?:se termine\w*|fini\w*"
        r"|prend\w* fin|expire\w*|s acheve\w*)\b"
        r"|\b(?:echeance|date (?:de fin|d echeance|d expiration)|date de (?:sa |la )?fin)\b"
    ),
    Aspect.EFFECTIVE: cues.compile(
        r"\b(?:entre|entrent|rentre|entrera|entreront|est entree?|est|sera) en vigueur\b"
        r"|\bdate (?:d |de )?(?:effet|entree en vigueur|application|debut|demarrage)\b"
        r"|\bprend(?:ra|nent)? effet\b|\ba (?:compter|partir) de quand\b"
        r"|\bapplicable (?:quand|a partir de quand|des quand)\b"
        r"|\b(?:commence\w*|demarre\w*|debute\w*|s applique\w*) (?:quand|a quelle date)\b"
        r"|\bquand (?:est ce qu )?(?:ca |cela |il |elle )?(?:commence|demarre|debute"
        r"|s applique)\w*\b"
    ),
    # « depuis quand AESIO a une médiatrice ? », « l'action a été lancée quand ? »: since when
    # what the act funds has run (never when the act itself applies: EFFECTIVE)
    Aspect.STARTED: cues.compile(
        r"\bdepuis quand\b|\bdepuis (?:quelle|combien d) (?:annee|date|temps)\b"
        r"|\b(?:lancee?s?|engagee?s?|mise?s? en place|creee?s?) (?:quand|en quelle annee)\b"
    ),
    Aspect.PARTNER: cues.compile(
        # (« la délib sur le choix du délégataire, elle est passée comment ? »: the act's own
        # title names the délégataire, the question is elsewhere)
        r"(?<!\bchoix du )(?<!\bchoix des )(?<!\bchoix d un )(?<!\bdesignation du )"
        r"\b(?:partenaires?|cocontractants?|co contractants?|attributaires?|delegataires?"
        r"|prestataires?)\b"
        r"|\b(?:signee?s?|passee?s?|conclue?s?|contracte\w*|convention|contrat|marche|dsp"
        r"|partenariat|accord|avenant)\b.*\bavec (?:qui|quel\w*)\b"
        # « c'est avec quelle association ? », « le CLS, c'est avec qui ? »
        r"|\bavec (?:quel(?:le)?s? )(?:associations?|entreprises?|societes?|organismes?"
        r"|structures?|partenaires?|prestataires?|communes?)\b|\bc est avec qui\b"
        r"|\bavec (?:qui|quel\w*)\b.*\b(?:signee?s?|passee?s?|conclue?s?|convention|contrat"
        r"|marche|dsp|partenariat|accord|avenant)\b"
        # « avec qui ? » alone, right after an act: who it binds the métropole to
        r"|^\W*(?:et |mais |donc |alors )?avec qui\W*$"
    ),
    Aspect.NATURE: cues.compile(
        r"\bfonctionnement ou (?:de l |en )?investissement\b"
        r"|\binvestissement ou (?:du |en )?fonctionnement\b"
        # « c'est financé en investissement l'action AESIO ? », « c'est en fonctionnement ? »
        r"|\b(?:c est|c etait|ce sont|du|des|en|financee?s?|payee?s?|imputee?s?)"
        r" (?:en )?(?:credits? (?:de |d )?)?(?:fonctionnement|investissement)\b"
        r"|\bc est (?:du|de l) (?:fonctionnement|investissement)\b"
        r"|\bquel(?:le)?s? (?:type|nature|section) (?:de |d )?(?:credits?|depenses?|budget)\b"
    ),
    Aspect.PAYS_FOR: cues.compile(
        r"\b(?:financ\w*|pay\w*|paie\w*|sert|servent|cofinanc\w*|combien (?:de|d)"
        r"|pour) (?:des |du |de |les |la |d )?(?:postes?|emplois?|etp|salaires?|recrutements?"
        r"|materiels?|equipements?)\b"
        r"|\b(?:postes?|emplois?|etp|salaires?) ou (?:du |des |de l )?(?:materiels?"
        r"|equipements?|investissements?|travaux)\b"
        r"|\b(?:materiels?|equipements?) ou (?:des |du )?(?:postes?|emplois?|salaires?)\b"
        r"|\bcombien (?:de |d )(?:postes?|emplois?|etp|mediat\w*|agents?|salaries?|personnes?)\b"
    ),
    Aspect.AXES: cues.compile(
        r"\b(?:quel(?:le)?s? (?:sont )?(?:les )?(?:\d+ |grands? )?(?:axes?|orientations|priorites"
        r"|volets|piliers)|les (?:\d+|quatre|trois|cinq|grands) (?:grands )?(?:axes|volets"
        r"|orientations|priorites|piliers)|(?:axes|volets|piliers|orientations) (?:du|de la|des"
        r"|de l))\b"
    ),
    Aspect.TERRITORY: cues.compile(
        r"\b(?:quels? territoires?|quelles? communes|quels? quartiers?|sur quels? territoires?"
        r"|dans quelles? communes|ou (?:ca|cela|elle|il|elles|ils) (?:se passe|intervien\w*"
        r"|agi\w*|a lieu|ont lieu)|ou interviennent|ou intervient|territoires? concernes?"
        r"|communes concernees"
        r"|(?:intervenai\w*|intervien\w*|agissai\w*|travaill\w*|exerc\w*) ou"
        r"|ou (?:intervenai\w*|travaill\w*|exerc\w*))\b"
    ),
    Aspect.PURPOSE: cues.compile(
        r"\bpour quoi faire\b|\ba quoi (?:ca |cela |ils |elles |il |elle )?(?:sert|servent"
        r"|servira|serviront)\b|\bdans quel but\b|\bc est pour quoi\b"
        r"|\b(?:ca|cela|ils|elles|il|elle) (?:sert|servent|servira|serviront) a quoi\b"
        r"|\b(?:sert|servent|servira|serviront) a quoi\b"
        r"|\bquel(?:le)?s? (?:est |sont )?(?:l |les |son |ses |leur |leurs )?(?:objectifs?|but)\b"
    ),
    Aspect.TOTAL: cues.compile(
        r"\b(?:budget|cout) (?:total|global|previsionnel|annuel)\b|\bpar an\b"
        r"|\bmontant (?:global|previsionnel|annuel)\b"
        r"|\bcombien (?:par an|chaque annee|annuellement)\b"
    ),
    Aspect.CHAPTER: cues.compile(
        r"\bchapitres?\b|\bimpute\w*\b|\bimputation\b|\bligne budgetaire\b"
        r"|\bsur quel budget\b|\bquel budget\b"
    ),
    Aspect.SIGNED: cues.compile(
        r"\bqui (?:l )?a signe\w*\b|\bsignataires?\b|\bsignee?s? (?:par|de) qui\b|\bqui signe\w*\b"
        # « la signature du PV c'est qui ? », « les signatures de l'extrait ? »
        r"|\b(?:la|les) signatures? (?:du|de la|de l|des|sur le|sur la|sur l)"
        r" (?:pv|proces verbal|compte rendu|cr|extraits?|deliberations?|delibe?s?|actes?|registre"
        r"|documents?|releve)\b"
        r"|\bqui (?:a|ont) (?:appose|mis) (?:sa|leur|la) signature\b"
    ),
    Aspect.DECIDED_BY: cues.compile(
        r"\b(?:le bureau ou le conseil|le conseil ou le bureau|quel organe|quelle instance"
        r"|quelle assemblee)\b"
        r"|\bqui (?:l )?a (?:approuve|adopte|valide|decide)\w*\b"
    ),
}
# « l'action a commencé quand ? », « ça a démarré en quelle année ? »: a start in the past is
# since when what the act funds has run (STARTED), never from when the act applies (EFFECTIVE)
_STARTED_PAST = cues.plain(
    r"\b(?:a|ont|avait|avaient) (?:commence|demarre|debute)\b"
    r"(?= (?:quand|en quelle annee|a quelle date|depuis quand)\b)"
)
_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
# What the text says for each aspect, best first.
_HELD = {
    Aspect.AMOUNT: (
        cues.plain(r"\b(?:pour|d) un montant\b|\bmontant (?:total )?(?:de|des)\b"),
        cues.plain(r"\b(?:subventions?|participation|contribution|enveloppe) (?:de|d)\b"),
        cues.plain(r"\b(?:montant|somme|cout)\b"),
    ),
    Aspect.DURATION: (
        cues.plain(r"\bduree\b|\bpendant \d+ (?:ans|annees|mois)\b|\bsur \d+ (?:ans|annees)\b"),
        cues.plain(r"\b\d+ (?:ans|annees)\b|\bpluri ?annuel\w*\b"),
        cues.plain(r"\b(?:annees|de|du|periode) (?:19|20)\d\d (?:a|au) (?:19|20)\d\d\b"),
        cues.plain(r"\b(?:echeance|expir\w*|prend\w* fin|jusqu (?:au|a la fin|en) )"),
    ),
    Aspect.EFFECTIVE: (
        cues.plain(
            r"\b(?:a compter du|a partir du|prend\w* effet|entre\w* en vigueur|date d effet"
            r"|applicable (?:a compter|a partir|des|au))\b"
        ),
    ),
    Aspect.STARTED: (
        # « Cette action a été engagée en 2023 », « à partir de septembre 2024 »: its start
        cues.plain(
            r"\b(?:engagee?s?|lancee?s?|mise?s? en place|demarree?s?|debutee?s?) (?:en|depuis"
            r"|des) (?:\w+ )?(?:19|20)\d\d\b|\ba partir de (?:\w+ )?(?:19|20)\d\d\b"
        ),
    ),
    Aspect.PARTNER: (
        cues.plain(r"\bentre (?:\w+ ){1,8}et (?:saint etienne metropole|la metropole)\b"),
        cues.plain(
            r"\b(?:partenari\w*|cocontractant\w*|attributaire\w*|delegataire\w*"
            r"|prestataire\w*)\b"
        ),
    ),
    Aspect.NATURE: (
        cues.plain(r"\b(?:credits?|depenses?|section) (?:de |d )?(?:fonctionnement|investiss)"),
        cues.plain(r"\b(?:fonctionnement|investissement)\b"),
    ),
    Aspect.PAYS_FOR: (
        cues.plain(r"\b(?:postes?|etp|recrut\w*|materiels?|equipements?|travaux)\b"),
    ),
    Aspect.AXES: (cues.plain(r"\baxes?\b"),),
    Aspect.TERRITORY: (cues.plain(r"\b(?:quartiers?|qpv|territoires?|communes?)\b"),),
    Aspect.PURPOSE: (
        cues.plain(r"\b(?:objectifs?|afin d|vise\w* a|ameliore\w*|permet\w*|il s agit)\b"),
    ),
    Aspect.TOTAL: (
        cues.plain(r"\b(?:budget previsionnel|montant total|cout total|budget global)\b"),
        cues.plain(r"\b(?:par an|annuels?|total)\b"),
    ),
    Aspect.CHAPTER: (cues.plain(r"\b(?:chapitre|imput\w*)\b"),),
    Aspect.SIGNED: (),  # read from the signatures, not from a sentence
    Aspect.DECIDED_BY: (
        cues.plain(
            r"\b(?:conseil|bureau) (?:metropolitain|communautaire|municipal)\b.*"
            r"\b(?:a|ont) (?:valide|adopte|approuve|vote|decide|autorise)\b"
        ),
    ),
}
_AMOUNT_OR_SHARE = cues.plain(r"\d[\d  .]*(?:€|euros?\b)|\d+(?:,\d+)? ?%")
# The words a question uses to say the aspect: no topic of their own.
ASPECT_WORDS = frozenset(
    """
    annee annees ans an mois temps duree combien pluriannuel pluriannuelle convention
    fonctionnement investissement credits credit postes poste emplois emploi etp salaires
    materiel materiels equipement equipements travaux axes axe orientations priorites volet
    volets piliers pilier territoire territoires commune communes quartier quartiers
    part parts argent montant somme hauteur apporte met mettent donne verse contribution
    participation subvention soutien soutient paye paie finance financement finances dit dire
    pourcentage taux quels quelles quel quelle sont structure structures concerne concernes
    concernees grands grandes 2 3 4 5 6 ou sert servent servira serviront quoi faire but
    objectif objectifs periode total global previsionnel annuel chapitre budgetaire imputee
    impute depense depenses organe instance approuve adopte valide bureau conseil metropole
    intervenait intervient interviennent intervenaient intervenir agit agissent travaille
    travaillent travaillait mis tout premiere premier
    signe signee signataire signataires
    coute coutera cout engage engagee engager engagent represente euros sous fric revient
    dure durent durera dureront court courent
    termine terminent finit finira fin echeance expire expiration jusqu vigueur effet compter
    partir applicable commence demarre debute applique appliquent appliquera appliquee
    appliquees application partenaire partenaires cocontractant avec entre
    date association associations entreprise societe organisme structure
    coutait coutaient coutent couterait couts revenait
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


@dataclass(frozen=True, slots=True)
class Asked:
    aspect: Aspect
    funder: str | None = None  # for SHARE: « etat », « region »…


# A word each aspect's question cannot be asked without: most questions hold none, and are
# answered None at once.
_TRIGGERS = frozenset(_FUNDERS) | frozenset(
    """
    combien duree quand pendant pluriannuel pluriannuelle pluri temps fonctionnement
    investissement type nature section postes poste emplois emploi etp salaires salaire
    recrutement recrutements materiel materiels equipement equipements axe axes orientations
    priorites volet volets pilier piliers territoire territoires communes quartier quartiers
    intervient interviennent passe lieu agit agissent quoi but objectif objectifs sert servent
    servira metropole periode annees an total global previsionnel chapitre chapitres
    imputee impute imputation budget organe instance assemblee approuve adopte valide vote
    intervenait travaillait ou signe signee signes signees signataire signataires signature
    signatures
    coute coutera cout couts montant somme engage engagee
    termine terminera finit echeance expire fin vigueur effet compter applicable commence
    demarre debute depuis lancee lance partenaire partenaires cocontractant cocontractants
    attributaire delegataire prestataire avec annee jusqu
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def aspect_asked(text: str) -> Asked | None:
    """The aspect of an act a question asks for, or None."""
    words = words_of_text(text)
    if _TRIGGERS.isdisjoint(words):
        return None
    folded = " ".join(words)
    funder = _FUNDER.search(folded)
    if funder and _MONEY_ASKED.search(folded):
        return Asked(Aspect.SHARE, funder.group(1))
    own = re.search(r"\bla metropole\b", folded)
    if own and _OWN_ASKED.search(folded) and re.search(r"\b(?:tranche|cls|contrat)\b", folded):
        return Asked(Aspect.SHARE, own.group(0).split()[-1])
    if _STARTED_PAST.search(folded):
        return Asked(Aspect.STARTED)  # « l'action AESIO a commencé quand ? »: since when it runs
    for aspect, pattern in _ASKED.items():
        if aspect is Aspect.SIGNED and re.search(r"\bconventions?\b", folded):
            continue  # the convention's signatory is in the text's decisions, not the extract's
        if aspect is Aspect.AXES and re.search(r"\b(?:combien|montant)\b", folded):
            continue  # « combien pour AESIO et sur quel axe ? »: the action's amount and axis
        if pattern.search(folded):
            return Asked(aspect)
    return None


_ACCENTS = str.maketrans("àâäáãéèêëíìîïóòôöõúùûüçñÿœ", "aaaaaeeeeiiiiooooouuuucnyo")


def words_of_text(text: str) -> list[str]:
    """The words of a message, lower case without accents, punctuation dropped, « % » kept
    (a translation table, not the names' folding: this runs on most questions)."""
    return re.findall(r"[\w%]+", text.lower().translate(_ACCENTS))


def aspect_passages(text: str, asked: Asked, topic: str = "", limit: int = 2) -> list[str]:
    """The sentences of an act's text that say the aspect asked, best first; a sentence that
    opens a list (« structuré autour de 4 grands axes : ») comes with its items."""
    pieces = sentences_of(text)
    wanted = set(words_of(topic))
    scored: list[tuple[int, int, int, str]] = []
    for position, sentence in enumerate(pieces):
        if len(sentence) < 25:
            continue
        folded = " ".join(words_of_text(sentence))
        rank = _rank(folded, sentence, asked)
        if rank is None:
            continue
        hits = len(wanted & set(words_of(sentence)))
        scored.append((rank, -hits, position, sentence))
    scored.sort()
    found: list[str] = []
    for *_, position, _sentence in scored[:limit]:
        # a list's items say the axes; elsewhere the sentence alone says the fact
        found.append(
            with_its_list(pieces, position) if asked.aspect is Aspect.AXES else pieces[position]
        )
    return found


# « complétera le dispositif à partir de septembre 2024 », « dès le 1er janvier 2025 », « à
# compter de la rentrée 2024 »: a start the text dates, which is no date of effect of the act
# itself but the nearest thing its text says to « à partir de quand ? »
_DATED_START = cues.plain(
    r"\b(?:a compter|a partir|des) (?:de |du |d |le |la )?(?:l |la )?(?:(?:1er|\d{1,2}) )?"
    r"(?:" + _MONTHS + r"|rentree|annee|exercice) ?(?:(?:19|20)\d\d)?\b"
)


def dated_starts(text: str, limit: int = 1) -> list[str]:
    """The sentences of an act's text that date a start (« à partir de septembre 2024 »)."""
    found = [
        sentence
        for sentence in sentences_of(text)
        if len(sentence) >= 25
        and not _a_table_heading(sentence)
        and _DATED_START.search(" ".join(words_of_text(sentence)))
    ]
    return found[:limit]


# « sur les territoires de Saint-Chamond, Firminy… »: places named, before « le territoire ».
_PLACES_LISTED = cues.plain(
    r"(?i:territoires?|communes?|quartiers?|villes?)\s+(?:de|d'|d’|du|des)\s*[A-ZÀ-Ý]"
)


def _a_table_heading(sentence: str) -> bool:
    """A table's column headings run together (« Intitulé de l'action et porteur Territoire
    concerné Objectifs … »): capitalised words everywhere, no sentence."""
    tokens = sentence.split()
    capitalised = sum(1 for t in tokens if t[:1].isupper())
    return len(sentence) > 60 and capitalised > 0.3 * len(tokens)


def _rank(folded: str, sentence: str, asked: Asked) -> int | None:
    if _a_table_heading(sentence):
        return None
    if asked.aspect is Aspect.TERRITORY and _PLACES_LISTED.search(sentence):
        return 0
    if asked.aspect is Aspect.SHARE:
        if asked.funder and re.search(rf"\b{asked.funder}\b", folded):
            if not _AMOUNT_OR_SHARE.search(sentence):
                return None
            # the métropole's own part: its participation, not what another gives it
            own = asked.funder in _OWN and re.search(r"\b(?:participation|contribution)\b", folded)
            return 0 if own or asked.funder not in _OWN else 1
        return None
    if asked.aspect in (Aspect.TOTAL, Aspect.AMOUNT) and not _AMOUNT_OR_SHARE.search(sentence):
        return None
    for rank, pattern in enumerate(_HELD[asked.aspect], start=1):
        if pattern.search(folded):
            return rank
    return None


# An amount typed to point at an act (« les 94 000 », « les 94000 € »): never a deliberation's
# number nor a year.
# « 94k€ », « 94 k », « 94 K€ »: thousands said with a k.
_AMOUNT_TYPED = cues.plain(
    r"(?<![\d.,/])(\d{1,3}(?:[  .]\d{3})+|\d{4,7}|\d{1,3}(?=\s?[kK](?:€|e\b|eur|\b)))"
    r"(?:[,.]\d{1,2})?\s*(€|euros?|[kK]€|[kK]e\b|[kK]eur\w*|[kK]\b)?(?![\d.,/])"
)


_NATURES = ("fonctionnement", "investissement")


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def nature_asked(text: str) -> str | None:
    """« c'est financé en investissement ? »: the one section a yes/no question names
    (« fonctionnement ou investissement ? » names both: an open question, None)."""
    said = [n for n in _NATURES if n in words_of_text(text)]
    return said[0] if len(said) == 1 else None


def nature_of(passages: list[str]) -> str | None:
    """The section an act's sentences charge it to, when they name one only: « 94 000 € en
    crédits de fonctionnement » is operating money."""
    said = {n for n in _NATURES for p in passages if n in words_of_text(p)}
    return said.pop() if len(said) == 1 else None


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def amount_typed(text: str) -> int | None:
    """The amount a message points at, in euros (« les 94 000 » → 94000, « quatre-vingt-
    quatorze mille euros » → 94000), or None."""
    if "mille" in text.lower():
        text = alpha2digit(text, "fr")  # thousands said in words, as dictation writes them
    for match in _AMOUNT_TYPED.finditer(text):
        digits = re.sub(r"\D", "", match.group(1))
        value = int(digits)
        if not match.group(2) and re.fullmatch(r"(?:19|20)\d\d", digits):
            continue  # a year
        if (match.group(2) or "").lower().startswith("k"):
            value *= 1000
        if value >= 1000:
            return value
    return None


@dataclass(frozen=True)
class Bound:
    """An amount the actions asked for must be over (`above`) or under: « de plus de
    50 000 € », « au moins 10 k€ » (`inclusive`), « sous les 5 000 € »."""

    amount: Decimal | int
    above: bool
    inclusive: bool = False
    # « de plus de 1 000 € et de moins de 5 000 € »: the other side, held too
    also: Bound | None = None

    def holds(self, value: Decimal | None) -> bool:
        if value is None:
            return False
        if self.also is not None and not self.also.holds(value):
            return False
        if value == self.amount:
            return self.inclusive
        return (value > self.amount) == self.above


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def bound_asked(question: str) -> Bound | None:
    """The amount bound a question sets on the actions (« de plus de 50 000 € », « moins de
    100 k€ », « au moins cent mille euros »), or None."""
    if "mille" in question.lower():
        question = alpha2digit(question, "fr")  # « plus de cent mille euros »
    if (between := _money_range(question)) is not None:
        return between  # « entre 50 et 80 k€ »: both sides, each held
    said = _money_bounds(question)
    if said:  # one bound, or two of opposite sides: the second held too
        first, *other = said
        return Bound(first.amount, first.above, first.inclusive, other[0] if other else None)
    kind = amount_bound(question)
    amount = amount_typed(question) if kind else None
    if kind is None or amount is None:
        return None
    return _bound(kind, amount)


# « entre 50 et 80 k€ », « de 10 000 à 20 000 euros », « entre 500 000 € et 1,5 M€ »: two
# amounts, the money said after the second at least
_FIGURE = r"(?:\d{1,3}(?:[ \u00a0\u202f.]\d{3})+|\d+)(?:,\d+)?"
_MONEY_RANGE = cues.plain(
    r"\b(?:entre|de)\s+(?P<a>" + _FIGURE + r")\s*(?P<ua>k|m|millions?)?\s*(?:€|euros?\b|eur\b)?"
    r"\s+(?:et|a|à)\s+(?P<b>" + _FIGURE + r")\s*(?P<ub>k|m|millions?)?\s*(?:d['’]\s*|de\s+)?"
    r"(?:€|euros?\b|eur\b)",
    re.IGNORECASE,
)


def _money_range(question: str) -> Bound | None:
    """The two sides of an amount range said (« entre 50 et 80 k€ »), each included; the
    second's scale (« k€ ») is the first's too when the first is said bare and small."""
    found = _MONEY_RANGE.search(question)
    if found is None:
        return None

    def amount(figure: str, unit: str | None) -> Decimal:
        value = Decimal(re.sub(r"[ \u00a0\u202f.]", "", figure).replace(",", "."))
        return value * 10 ** _SCALE.get((unit or "").lower(), 0)

    high = amount(found.group("b"), found.group("ub"))
    bare = found.group("ua") is None and amount(found.group("a"), None) < 1000
    low = amount(found.group("a"), found.group("ub") if bare else found.group("ua"))
    low, high = min(low, high), max(low, high)
    return Bound(low, above=True, inclusive=True, also=Bound(high, above=False, inclusive=True))


def _bound(kind: str, amount: Decimal | int) -> Bound:
    return Bound(amount, above=kind in ("more", "at_least"), inclusive=kind.startswith("at_"))


# An amount said with its money (« 500 € », « 0 € », « -5 € », « 1,5 million d'euros »,
# « 3 M€ », « 1e9 € »): an amount whatever its size, where a bare figure under a thousand is
# a count (« plus de 3 actions »).
_MONEY = cues.plain(
    r"(?<![\w.,])(-\s?)?(\d{1,3}(?:[ \u00a0\u202f.]\d{3}){1,12}|\d+)(?:,(\d+))?"
    r"(?:e(\d{1,3}))?\s*(k|m|md|millions?|milliards?)?\s*(?:d['’]\s*|de\s+)?"
    r"(?:€|euros?\b|eur\b)",
    re.IGNORECASE,
)
_SCALE = {"k": 3, "m": 6, "million": 6, "millions": 6, "md": 9, "milliard": 9, "milliards": 9}


def _money_bounds(question: str) -> list[Bound]:
    """The bounds said before amounts with their money (« de moins de 500 € »): the first,
    and the first after it on the other side (« … et de plus de 100 € »), if any."""
    bounds: list[Bound] = []
    for found in _MONEY.finditer(question):
        before = fold(question[: found.start()]) + " "
        kind = bound_before(before, len(before))
        if kind is None:
            continue
        sign, whole, cents, power, scale = found.groups()
        # « 1,999 € » is French for one euro and 999 thousandths, never 1 999 €
        amount = Decimal(f"{re.sub(r'[^0-9]', '', whole)}.{cents or 0}")
        amount = amount.scaleb(int(power or 0) + _SCALE.get((scale or "").lower(), 0))
        bound = _bound(kind, -amount if sign else amount)
        if not bounds:
            bounds.append(bound)
        elif bound.above != bounds[0].above:
            return [*bounds, bound]
    return bounds


_BOUND_WORD = cues.plain(
    r"^(?:\d+(?:e\d+)?(?:k|keur|k€|€|m€)?|k|keur|euros?|eur|m|md|millions?|milliards?|depass\w*"
    r"|excede\w*|superieur\w*|inferieur\w*|dessus|dessous|dela|moins|plus|sous|minimum|maximum"
    # (« plus de cent mille euros »: the amount said in words)
    rf"|{NUMBER_WORD})$"
)


def without_bound(words: str) -> str:
    """The words of a question bounding amounts, without those of the bound (« dépassent »,
    « 50 », « 000 », « euros »)."""
    return " ".join(w for w in words.split() if not _BOUND_WORD.match(w))


def holds_amount(text: str, amount: int) -> bool:
    """Whether a text prints that amount (« 94 000 € », « 94000 euros »)."""
    for match in _AMOUNT_TYPED.finditer(text):
        if int(re.sub(r"\D", "", match.group(1))) == amount:
            return True
    return False


# Where an act's title names the commune it is about or the body it funds (« … fonds de
# concours à la commune de Farnay - … », « PLU de L'Horme », « … au SIEL », « Soutien au
# Gérontopôle … »): of an act known from open data only, the title is all that says it.
_NAME = r"(?P<x>[^\W\d_][^,:;()–]*?)(?=\s+[-–]|\s*[,:;(]|\s*$)"
_IN_TITLE = {
    "territory": (
        re.compile(r"\b(?:commune|ville)\s+(?:de\s+|d['’]\s*|du\s+)?" + _NAME, re.IGNORECASE),
        re.compile(r"\(PLU\)\s+(?:de\s+|d['’]\s*)" + _NAME, re.IGNORECASE),
    ),
    "carrier": (
        re.compile(
            r"\b(?:fonds de concours|subvention|participation|soutien)\s+(?:à|a|au|aux)\s+"
            r"(?:la\s+|l['’]\s*)?" + _NAME,
            re.IGNORECASE,
        ),
    ),
}


def named_in_title(title: str, field: str) -> str | None:
    """The commune (`field` « territory ») or the beneficiary (« carrier ») an act's title
    names, as printed; None when it names none."""
    for pattern in _IN_TITLE.get(field, ()):
        found = pattern.search(title)
        if found:
            return found.group("x").strip()
    return None


# « c'est de l'annuel ? », « c'est pluriannuel ? », « c'est reconduit chaque année ? »: how an
# act runs over the years, asked yes or no (its length, « sur combien d'années ? », is
# Aspect.DURATION: the sentences saying it)
_PERIOD_ASKED = (
    ("renewed", cues.plain(r"\b(?:reconduct\w*|reconduit\w*|renouvel\w*|tacite\w*)")),
    (
        "multi_year",
        cues.plain(
            r"\bpluri ?annuel\w*|\bplusieurs (?:annees|ans|exercices)\b"
            r"|\b(?:bi|tri|quadri)annuel\w*|\bsur (?:des|quelques) annees\b"
        ),
    ),
    (
        "annual",
        cues.plain(
            r"\bannuel\w*|\b(?:une seule|un seul|qu une|qu un|sur un|sur une) (?:annee|an)\b"
            r"|\bd une annee sur l autre\b"
        ),
    ),
)
_YEARS = r"(?P<a>20\d\d) (?:a |au )?(?P<b>20\d\d)"  # (dashes are no words)
_MULTI_SAID = cues.plain(
    r"\bpluri ?annuel\w*|\b(?:bi|tri|quadri|quinqu|sex)ennal\w*"
    r"|\bduree (?:de |d )(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) ans\b"
)
# « Contrat local des Solidarités 2024-2027 », « budget … des années 2024 à 2027 »: weaker,
# read when nothing says it in words
_YEARS_SAID = cues.plain(
    r"\b(?:annees|exercices|periode|contrat|convention|programme|plan) (?:\w+ ){0,6}?" + _YEARS
)
_ANNUAL_SAID = cues.plain(r"(?<!pluri )(?<!pluri)\bannuel(?:le)?s?\b|\bau titre de l annee\b")
# « reconduite chaque année », « par tacite reconduction »; a contract « reconduit » once (a
# new CLS after the last) is no yearly renewal
_RENEWED_SAID = cues.plain(
    r"\btacite\w*|\b(?:reconduct\w*|reconduit\w*|renouvel\w*) (?:\w+ ){0,4}?"
    r"(?:chaque annee|annuel\w*|tous les ans|par an)\b"
    r"|\b(?:chaque annee|annuellement|tous les ans) (?:\w+ ){0,3}?(?:reconduit\w*|renouvel\w*)"
)


@lru_cache(maxsize=1024)  # pure, its answer immutable: once per text typed
def period_asked(text: str) -> str | None:
    """« renewed », « multi_year » or « annual » when a question asks how an act runs over
    the years, else None."""
    said = " ".join(words_of_text(text))
    for asked, cue in _PERIOD_ASKED:
        if cue.search(said):
            return asked
    return None


def _said_in(sentences: list[str], cue: re.Pattern[str]) -> str:
    for sentence in sentences:
        for found in cue.finditer(" ".join(words_of_text(sentence))):
            years = found.groupdict()
            if years.get("a") is not None and years["a"] == years.get("b"):
                continue  # « années 2024 à 2024 »: one year only
            return sentence
    return ""


@dataclass(frozen=True, slots=True)
class PeriodVerdict:
    """« Oui » (True), « Non » (False) or not said (None), and the sentence that says it
    (empty when the funded actions' record says it: `recorded`)."""

    yes: bool | None
    sentence: str = ""
    recorded: bool = False


def period_verdict(asked: str, title: str, text: str, recorded: bool | None) -> PeriodVerdict:
    """How an act runs over the years, as its title and text (or its funded actions' record,
    `recorded`: a multi-year convention or not) say it, for the question asked."""
    sentences = [title, *sentences_of(text)]
    if asked == "renewed":
        said = _said_in(sentences, _RENEWED_SAID)
        return PeriodVerdict(yes=True, sentence=said) if said else PeriodVerdict(yes=None)
    multi = _said_in(sentences, _MULTI_SAID) or _said_in(sentences, _YEARS_SAID)
    annual = "" if multi else _said_in(sentences, _ANNUAL_SAID)
    if multi or recorded:
        return PeriodVerdict(yes=asked == "multi_year", sentence=multi, recorded=bool(recorded))
    if annual:
        return PeriodVerdict(yes=asked == "annual", sentence=annual)
    return PeriodVerdict(yes=None)
