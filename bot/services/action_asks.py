"""What a message asks of a funded action: its amount, its carrier, its axis, its territory,
its cofunders, the act that approved it… (« combien pour AESIO ? », « qui porte ça ? », « c'est
pour quel axe ? »).

Pure readings of the words: each text is read once (memoised, as `frames.read_frame`), however
many readings of one message ask it. Knows French and nothing of the store or of Telegram.
"""

from __future__ import annotations

import re
from functools import lru_cache

from storage import cues
from storage.names import fold

AMOUNT_ASKED = cues.plain(
    r"\b(?:combien|cb|cbn|montant|budget|argent|somme|finance\w*|subvention\w*"
    r"|contribution|participation|verse\w*|euros?|total|en tout)\b"
)
# The words that ask an amount itself, never the verb « financer » alone
SUM_ASKED = cues.plain(
    r"\b(?:combien|cb|cbn|montant\w*|somme|argent|euros?|total|en tout|contribution|budget)\b"
)
# « c'est quel axe ? », « ça relève de quel axe ? », « dans quel programme ? »: the axis and
# programme of the action just given
AXIS_ASKED = cues.plain(
    r"(?:^|\bet )l axe\W*$"
    r"|\b(?:quel(?:le)?s? (?:axes?|programmes?|volets?|dispositifs?)|son axe|axe de quoi"
    r"|(?:c est|releve|fait partie|rattache\w*|s inscrit|inscrite?) (?:de |d |a |dans |sur )?"
    r"(?:quel|quelle|l|un) ?(?:axe|programme|volet)|numero d axe)\b"
)
# « sur quel territoire ? », « ça se passe où ? », « quels quartiers ? »
TERRITORY_ASKED = cues.plain(
    r"\b(?:quels? territoires?|sur quel territoire|le territoire|quels? quartiers?"
    r"|ou (?:ca|cela|elle|il|ils|elles) (?:se passe|intervien\w*|agi\w*|a lieu)"
    r"|(?:ca|cela|elle|il|ils|elles) (?:se passe\w*|intervien\w*|agi\w*|a lieu) ou"
    r"|ou interviennent|ou intervient|dans quelle commune|dans quelles communes"
    # « les communes concernées par AESIO », « les quartiers touchés par la médiation »
    r"|(?:communes?|quartiers?|territoires?|secteurs?) (?:concernee?s?|touchee?s?|couverte?s?"
    r"|visee?s?|desservie?s?))\b"
)
# « c'est quoi l'objectif ? », « ça sert à quoi ? », « pour quoi faire ? »
OBJECTIVES_ASKED = cues.plain(
    r"\b(?:objectifs?|quel (?:est le )?but|pour quoi faire|dans quel but"
    r"|a quoi (?:ca |cela |elle |il )?sert|(?:ca|cela|elle|il) sert a quoi)\b"
)
CARRIER_ASKED = cues.plain(
    r"\b(?:qui (?:la |le |les |l )?(?:porte|portait|mene|menait|gere|realise|s occupe)"
    r"|porteur\w*|porte par qui"
    r"|porteuse|beneficiaire\w*|qui en beneficie|pour qui"
    r"|quel(?:le)?s? (?:organismes?|structures?|asso|assos|associations?|mutuelles?"
    r"|entreprises?|societes?|prestataires?|operateurs?|partenaires?|collectifs?|fondations?"
    r"|etablissements?))\b"
)


# Said of the funded action in talk (« combien pour AESIO ? » just answered): « qui d'autre
# finance ? », « la Région participe ? », « l'État met combien ? »: who else pays
COFUNDERS_ASKED = cues.plain(
    r"\b(?:co ?financ\w*|cofinanc\w*|autres? financ\w*|financ\w* aussi|qui d autre"
    r"|(?:la )?region|(?:le )?departement|(?:l )?etat|l europe|europe\w*|feder|caf|ars"
    r"|(?:les )?autres? partenaires?|(?:qui|quels?) (?:sont les )?(?:autres )?partenaires?"
    r"|plan de financement|tour de table"
    # « la Métropole est seule à financer AESIO ? », « financé uniquement par la Métropole ? »
    r"|seule? a (?:financer|payer|participer|porter le cout)|seule? financeur\w*"
    r"|(?:finance|financee|paye|payee|paie) (?:uniquement|seulement|que) par)\b"
)
# « c'est une convention pluriannuelle ? », « c'est annuel ? » (its duration, « sur combien
# d'années ? », is a sentence of its act: act_facts.py)
CONVENTION_ASKED = cues.plain(r"\b(?:pluri ?annuel\w*|annuel\w*|convention\w*)\b")
# « la délibération qui l'a approuvée ? », « approuvé par quelle délib ? », « c'est quelle
# délib ? »; never who presented or signed it (« qui a présenté la délibération ? » is its
# rapporteur, a question about the act)
DECISION_ASKED = cues.plain(
    r"^(?!.*\bqui (?:l a|a|avait|les a) (?:presente|rapporte|defendu|signe)\w*\b)"
    r".*\b(?:quelle delib\w*|la delib\w* (?:qui|de)|quel acte|quelle decision"
    r"|(?:approuv|vot|decid|adopt|valid)\w* (?:par|dans|en) (?:quelle|quel)"
    r"|dans quelle delib\w*|numero de (?:la )?delib|la delib\w*\W*$|^(?:et )?(?:la )?delib\w*\W*$)"
)
# A field said alone (« axe ? », « territoire ? », « porteur ? »): the action's
FIELD_ALONE = {
    "axe": "axis",
    "axes": "axis",
    "programme": "axis",
    "volet": "axis",
    "territoire": "territory",
    "territoires": "territory",
    "commune": "territory",
    "communes": "territory",
    "quartier": "territory",
    "lieu": "territory",
    "porteur": "carrier",
    "porteuse": "carrier",
    "beneficiaire": "carrier",
    "structure": "carrier",
    "organisme": "carrier",
    "montant": "amount",
    "contribution": "amount",
    "subvention": "amount",
    "cout": "cost",
    "objectif": "objectives",
    "objectifs": "objectives",
    "but": "objectives",
}
FIELD_SMALL = frozenset(
    """
    et le la l les c est etait ce ca cela quel quelle deja alors donc svp stp merci du de d
    exactement au juste precisement tu peux pouvez pourriez vous me moi dire donner rappeler
    rappelle redire son sa
    """.split()  # noqa: SIM905 (a word list reads better as prose)
)
# « c'est sur quelle commune ? », « c'est où ? », « qui s'en occupe ? », « qui porte le
# projet ? »: the territory and the carrier, in the words members use of an action
WHERE_ASKED = cues.plain(
    r"\b(?:quelles? (?:communes?|villes?|localites?)|sur quelle commune|c est ou|ou ca|ou est ce"
    r"|a quel endroit"
    r"|quel secteur|quels? lieux?|ou exactement)\b"
)
WHO_ASKED = cues.plain(
    r"\b(?:qui s en occupe|qui s occupe|qui porte (?:le|ce|l) (?:projet|action|dossier)"
    r"|qui (?:le |la |l )?(?:fait|assure|pilote|anime|mene))\b"
)


# « la Métropole finance à quel pourcentage ? », « quelle part du coût ? »: its contribution's
# share of the action's cost (another funder named is asked of the cofunders, before)
SHARE_ASKED = cues.plain(
    r"\b(?:pourcentage|pourcent|pour cent|proportion|quelle part|quel taux|a quelle hauteur"
    r"|taux de (?:financement|participation|prise en charge|subvention)|pris en charge a combien"
    r"|finance\w* a combien"
    # « la Métropole paie tout ? », « c'est financé en totalité ? »: the whole cost or not
    r"|(?:paie|paye|paient|payent|finance|financent|prend en charge|couvre) (?:tout|toute la"
    r" somme|la totalite|l integralite|100 ?%?)|(?:en|a) (?:totalite|integralite|100 ?%?)"
    r"|integralement|entierement)\b"
)


# « le reste à charge ? », « il reste combien à payer pour AESIO ? », « ce que la Métropole ne
# finance pas »: the part of the action's cost its contribution leaves
REMAINDER_ASKED = cues.plain(
    r"\b(?:reste a (?:charge|payer|financer|trouver|couvrir)|reste (?:a la )?charge|reliquat"
    r"|(?:il|qu il|ca|cela) (?:leur |lui )?reste (?:combien|quoi)|ce qui (?:leur |lui )?reste"
    r"|le reste (?:du (?:cout|financement|budget)|a payer)|autofinancement|auto financement"
    r"|(?:ne )?finance pas (?:la metropole|par la metropole)|part non financee)\b"
)


# the fields only a funded action in talk has, in the order they are looked for
ACTION_FIELDS = (
    ("remainder", REMAINDER_ASKED),
    ("cofunders", COFUNDERS_ASKED),
    ("share", SHARE_ASKED),
    ("decision", DECISION_ASKED),
    ("convention", CONVENTION_ASKED),
    ("territory", WHERE_ASKED),
    ("carrier", WHO_ASKED),
)


@lru_cache(maxsize=1024)
def action_field_asked(text: str) -> str | None:
    """The field of the funded action in talk a short follow-up asks (« c'était pour quel
    axe ? », « qui porte ça ? », « la Région met combien ? », « c'est pluriannuel ? »,
    « approuvé par quelle délib ? »), if that is what it asks."""
    folded = " ".join(re.findall(r"\w+", fold(text)))
    words = folded.split()
    if not words or len(words) > 12:
        return None
    rest = [w for w in words if w not in FIELD_SMALL]
    if len(rest) == 1 and rest[0] in FIELD_ALONE:
        return FIELD_ALONE[rest[0]]  # « axe ? », « et le porteur ? »
    for fact, asked in ACTION_FIELDS:
        if asked.search(folded):
            return fact
    if re.search(r"\b(?:axe|axes|programme|volet)\b", folded) and re.search(
        r"\b(?:quel|quelle|releve|rattache\w*|dans|fait partie|c est)\b", folded
    ):
        return "axis"  # « ça relève de quel axe du CLS ? »
    return action_fact(text)


@lru_cache(maxsize=1024)
def action_fact(text: str) -> str | None:
    """« combien pour AESIO ? » asks an amount, « qui porte la médiation santé ? » a carrier:
    one fact, said in a sentence when one action answers it (a list is asked otherwise)."""
    folded = fold(text)
    if re.search(
        r"\b(?:liste|lesquel\w*|quelles actions|toutes les|detail\w*|fiche|ou va|ou vont"
        r"|repartition|reparti\w*|a quoi sert|a quoi servent|(?:combien|nombre|nb) d actions)\b",
        folded,
    ):
        return None
    if CARRIER_ASKED.search(folded):
        return "carrier"
    if re.search(r"\b(?:coute\w*|cout|coutent)\b", folded):
        return "cost"
    if not SUM_ASKED.search(folded):
        # « elle finance quel axe ? », « ça finance quel territoire ? »: « finance » is the
        # verb, the field named is asked
        if AXIS_ASKED.search(folded):
            return "axis"
        if TERRITORY_ASKED.search(folded):
            return "territory"
    if AMOUNT_ASKED.search(folded):
        return "amount"  # « combien pour AESIO, et c'est quel axe ? »: the amount says its axis
    if AXIS_ASKED.search(folded):
        return "axis"
    if TERRITORY_ASKED.search(folded):
        return "territory"
    if OBJECTIVES_ASKED.search(folded):
        return "objectives"
    return None
