"""Questions about the law itself (« les pouvoirs comptent dans le quorum ? », « combien de
pouvoirs je peux porter ? », « c'est quoi les jours francs ? », « comment donner pouvoir ? »):
which rule is asked about. Pure reading, no store, no telegram.

The answer is one template per rule (templates/rule_<topic>.j2), its figures taken from
storage/rules.py; a question about a sitting's facts is never answered from here.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from enum import StrEnum
from functools import cache, lru_cache

from rapidfuzz.distance import Levenshtein

from storage import cues
from storage.french import MONTH_NUMBERS, DateMention, find_dates, number_in_words
from storage.names import fold
from storage.rules import DEFAULT_NOTICE_DAYS


class Rule(StrEnum):
    QUORUM_PROXIES = "quorum_proxies"  # do proxies count toward the quorum?
    QUORUM_FAILED = "quorum_failed"  # what happens without quorum
    QUORUM = "quorum"  # what the quorum is, how it is computed
    QUORUM_IF = "quorum_if"  # « si 30 élus viennent, on aura le quorum ? »
    PROXIES_HELD = "proxies_held"  # how many proxies one may carry (or give)
    PROXY_RULES = "proxy_rules"  # the rules of proxies
    HOW_TO_PROXY = "how_to_proxy"  # how to give (or withdraw) a proxy
    NOTICE = "notice"  # jours francs, the convocation's deadline
    SUBSTITUTE = "substitute"  # a suppléant instead of the member
    HOW_TO_ASK = "how_to_ask"  # « que dois-je écrire pour savoir qui était là ? »
    PROXY_CHAIN = "proxy_chain"  # to a colleague who gave their own, or who will be away
    PROXY_BODY = "proxy_body"  # to someone outside the body
    PROXY_DEADLINE = "proxy_deadline"  # until when a proxy may be given
    PROXY_REVOKE = "proxy_revoke"  # may a proxy be withdrawn
    PROXY_DURATION = "proxy_duration"  # one proxy for several sittings
    PROXY_OPTIONAL = "proxy_optional"  # must an absent member give a proxy
    HOW_TO_EXCUSE = "how_to_excuse"  # what to do, whom to tell, when one cannot come
    PROXY_WRITTEN = "proxy_written"  # by text message, by mail, by telephone
    ABSTENTION = "abstention"  # do abstentions count
    TIE = "tie"  # a tie, the chair's casting vote
    UNANIMITY = "unanimity"  # what « à l'unanimité » means
    INTEREST = "interest"  # a member with a personal interest in the item
    REMOTE = "remote"  # sitting by video
    BUREAU_POWERS = "bureau_powers"  # what the Bureau may not decide
    EXECUTORY = "executory"  # when a deliberation takes effect
    LEAVING = "leaving"  # leaving during the sitting
    SECRETARY = "secretary"  # who appoints the secrétaire de séance
    VOTE_MODE = "vote_mode"  # a show of hands, a secret ballot
    VOTE_IF = "vote_if"  # « si 10 pour 10 contre 5 abstentions, c'est adopté ? »: computed
    CONVENER = "convener"  # who sends the convocation, how and how early
    PUBLICATION = "publication"  # how soon the acts and the minutes go online
    CHAIR = "chair"  # who chairs when the président is away
    VOTES_IF = "votes_if"  # « si 45 présents et 5 pouvoirs, combien de voix ? »: computed
    HOLDER_PRESENT = "holder_present"  # must the holder be there to use the proxy
    MAJORITY = "majority"  # « adoptée à la majorité de quoi ? »: of the votes cast
    EXTRACT = "extract"  # what an extract of the register of deliberations is
    VOCABULARY = "vocabulary"  # a word of the council's vocabulary defined (term_asked)
    VOTES_PER_MEMBER = "votes_per_member"  # « un élu peut avoir combien de voix ? »
    QUORUM_WHO = "quorum_who"  # « le président compte dans le quorum ? »: who counts
    PROXY_ROLES = "proxy_roles"  # « le président peut donner pouvoir ? »: as any member
    SIGN_UP = "sign_up"  # « il faut s'inscrire ? »: no sign-up, members are convened
    SECRETARIAT = "secretariat"  # « c'est qui le secrétariat ? »: who it is, what it does


_PROXY = r"(?:pouvoirs?|procurations?|procus?|proxys?|mandats?|pvrs?|pouv|procs?)"
# A time before a sitting opens (« la veille », « le matin même », « demain »): a proxy may
# still be given then
_BEFORE_OPENING = (
    r"(?:la veille|l avant veille|le matin meme|le soir meme|la nuit d avant|demain|apres demain"
    r"|ce soir|juste avant|le jour de la seance|le matin de la seance|le jour j|le jour meme"
    r"|par avance|a l avance)"
)
_HOW_MANY_SITTINGS = r"combien de (?:seances|reunions|bureaux|conseils|fois)"
_HOLDS = (
    r"(?:tient|tenir|vaut|valoir|valable|valide|marche|dure|durer|sert|servir|utilis\w*"
    r"|reutilis\w*|garde\w*|max|maxi|maximum|de suite|d affilee|le meme|la meme)"
)
# « quelqu'un du conseil », « un élu du bureau »: a member named by the body they sit in, and
# « pour le bureau », « au conseil »: the sitting a proxy is for
_OF_A_BODY = (
    r"\b(?:quelqu un|un\w* (?:elue?|membre|conseill\w*|collegue|vice president\w*)) (?:du|au) "
)
_FOR_A_BODY = r"\b(?:pour|au|a) (?:le |la |une |un )?(?:seance (?:du )?)?"
# A proxy, or those who gave one: « les élus représentés comptent pour le quorum ? »
_GIVEN = rf"(?:{_PROXY}|represente\w*|mandants?|absents? (?:qui ont|ayant) donne\w*)"
# The 2020-2022 emergency rules named without a year (« pendant le covid »)
_EMERGENCY_WORDS = (
    r"(?:covid\w*|coronavirus|crise sanitaire|urgence sanitaire|etat d urgence|pandemie"
    r"|confinement\w*|regles? sanitaires?|lois? d urgence|periode sanitaire)"
)
# A body's size put in a question (« pour une assemblée de 45 élus », « pour 80 membres »,
# « avec 61 conseillers »), never members said present (« pour 30 présents »)
_SIZE_PUT = (
    r"\b(?:(?:un|une|le|la|pour un|pour une) (?:bureau|conseil|assemblee|organe|instance) de"
    r"|pour|avec) \d{1,3} (?:membres|elus|conseillers|sieges)\b"
    r"(?! presents?| presentes?| venus| la\b| vacants?| libres?)"
)
# Asking whether something is allowed: « je peux … ? », « peut-on … », « a-t-on le droit ».
_MAY = (
    r"(?:peux|peut|peuvent|puis|pourrai\w*|pourrait|pouvait|pouvaient|pouvions|possible|droit"
    r"|autorise\w*|interdit\w*"
    r"|valable|valide|ca marche|ca passe|est ce qu on)"
)
# Words that make a message about what happened, not about the law.
# « récupérer la procuration de Semache »: a colleague's proxy taken to carry, no revocation
# (« récupérer mon pouvoir », « … de quelqu'un » are the asker's own, or the rule)
# « le pouvoir de Jouve », « la procuration d'Artigues »: another member's proxy, before the
# name (read here for taking it back, and in bot/services/frames.py for holding it)
SOMEONES_PROXY = rf"(?:le|la) {_PROXY} (?:de|d)"
_SOMEONES_TAKEN = cues.plain(
    rf"\b(?:recuperer|reprendre) {SOMEONES_PROXY} (?!(?:moi|quelqu|un|une|qui)\b)\w"
)
_FACTUAL = cues.plain(
    r"\b(?:etait|etaient|avait|avaient|atteint|a ete|ont ete|hier|dernier|derniere|manquait"
    r"|manquaient|fallait|(?:19|20)\d\d[._]\d+|\d{1,2} ?/ ?\d{1,2}"
    # « la DSP c passé comment ? », « ça s'est passé comment ? »: how one act went
    r"|c passe|c est passe|s est passe|ca a passe|est passee|ca a donne"
    r"|\d{1,2} (?:janv|fevr?|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)\w*)\b"
)
# Readings that also fit a question about facts (« le quorum c'est combien ? » but not
# « combien pour le quorum le 4 juillet ? »): tried only when nothing in the message is dated.
# Readings tried first, each gated by the literal words its expression needs (storage/cues.py):
# the law asked in other words than the readings below know.
# « si je suis malade », « si je ne peux pas venir », « quand je serai absente »: a case put
_IF_I_CANNOT = (
    r"\b(?:si|quand|au cas ou|dans le cas ou) (?:je|j) (?:ne |n )?(?:suis|serai|tombe|peux"
    r"|pourrai|viens|viendrai|vais|arrive|arriverai)\b(?: \w+){0,3} (?:malade|absente?|empechee?"
    r"|indisponible|venir|pas|la|retard)\b"
)
# (« je vote comment ? » if one cannot come asks the proxy's rules, not this)
_WHAT_TO_DO = (
    r"(?<!vote )(?:fais|faire|faut|dois|doit|quoi|comment|qui|previen\w*|prevenir|se passe)"
)
_FIRST_READINGS: tuple[tuple[Rule, cues.Cued], ...] = (
    (
        # « il faut s'inscrire ? », « on doit s'inscrire pour venir au bureau ? », « je dois
        # confirmer ma présence ? »: a member is convened, nothing to sign up for
        Rule.SIGN_UP,
        cues.compile(
            r"\b(?:faut|faudra|faudrait|doit|dois|devons|devez|obligatoire\w*|necessaire\w*"
            r"|comment|ou|besoin)\b(?! (?:a|ont|avait)\b).*\b(?:s inscrire|m inscrire"
            r"|nous inscrire|inscription|confirmer (?:ma|sa|notre|votre|la) presence)\b"
            r"|\b(?:s inscrire|m inscrire|inscription)\b.*\b(?:faut|obligatoire|necessaire)\b"
        ),
    ),
    (
        # « à qui je m'adresse pour une absence ? », « je dois écrire à qui si je suis
        # empêché ? »: what to do when one cannot come
        Rule.HOW_TO_EXCUSE,
        cues.compile(
            r"\b(?:a qui|qui)\b(?: \w+){0,2} (?:m adresse\w*|s adresse\w*|ecrire|ecris|dire"
            r"|contacter|appeler)\b.*\b(?:absences?|empechements?|empechee?)\b"
        ),
    ),
    (
        # « c'est qui le secrétariat ? », « le secrétariat c'est qui ? », « qui contacter pour
        # une question ? »: who the secretariat is and what it does (never a sitting's
        # secrétaire de séance, asked with « de séance » or a date)
        Rule.SECRETARIAT,
        cues.compile(
            r"^\W*(?:(?:c est|cest|c) )?(?:qui|quoi) (?:est |c est |cest )?le secretariat\b"
            r"(?! (?:de seance|du \d|le \d))"
            r"|^\W*(?:le )?secretariat(?: des assemblees)? (?:c est|cest|c) (?:qui|quoi)\b"
            r"|^\W*(?:(?:c est|cest|c) )?qui (?:est |c est |cest )?au secretariat\b"
            r"|^\W*(?:a )?qui (?:dois je |je dois |faut il |on doit |il faut )?(?:contacter"
            r"|m adresser|s adresser|ecrire|appeler) (?:pour|si|en cas)\b"
        ),
    ),
    (
        # « 33 présents et 10 procurations, ça passe ? », « 38 présents dont 6 s'en vont, il
        # y a encore quorum ? », « 30 présents : la séance peut se tenir ? »: a case put with
        # its own figures, never the latest sitting's (a date makes it a fact)
        Rule.QUORUM_IF,
        cues.compile(
            r"\b\d{1,3} (?:elus |membres |conseillers )?presents?\b.*\b(?:quorum|deliber\w*"
            r"|voter|vote|se tenir|sieger|valable|ca passe|ca suffit|peut on|on peut|tient)\b"
            r"|\b(?:quorum|deliberer|se tenir)\b.*\b\d{1,3} (?:elus |membres |conseillers )?"
            r"presents?\b"
        ),
    ),
    (
        # « si 45 présents et 5 pouvoirs, ça fait combien de voix ? »: présents + pouvoirs
        Rule.VOTES_IF,
        cues.compile(
            r"\b\d{1,3} (?:elus |membres )?(?:sont |seront |etaient )?presents?\b.*"
            r"\bcombien de (?:voix|votants|votes)\b"
            r"|\bcombien de (?:voix|votants|votes)\b.*\b\d{1,3} (?:elus |membres )?"
            r"(?:sont |seront |etaient )?presents?\b"
        ),
    ),
    (
        # « les suppléants comptent dans le quorum ? »: in the Conseil, a sitting one does
        Rule.SUBSTITUTE,
        cues.compile(r"\bsuppleant\w*\b.*\bquorum\b|\bquorum\b.*\bsuppleant\w*\b"),
    ),
    (
        # « j'ai déjà donné mon pouvoir 3 fois de suite, je peux le prolonger pour un 4e ? »
        Rule.PROXY_DURATION,
        cues.compile(
            r"\b(?:\d|deux|trois|quatre|cinq)(?:e|eme)? (?:fois|bureaux|seances|conseils"
            r"|reunions)\b.*\b(?:de suite|d affilee|consecutiv\w*|prolong\w*|refaire|renouvel\w*"
            r"|encore)\b"
            r"|\b(?:prolong\w*|renouvel\w*)\b.*\b(?:\d|quatrieme|cinquieme)(?:e|eme)? (?:fois"
            r"|bureau|seance|conseil|reunion)?\b"
        ),
    ),
    (
        # « qui envoie la convocation ? », « la convocation est signée par qui ? »: the président
        Rule.CONVENER,
        cues.compile(
            r"\bqui\b(?: (?:est ce )?qui)? (?:envoie|envoient|signe|signent|adresse|adressent"
            r"|expedie|expedient|redige|redigent|fait|fait partir|doit envoyer|doit signer"
            r"|convoque|convoquent|peut convoquer|a le droit de convoquer)\b"
            r"(?: (?:les|la|une|des) convo\w*|(?: les)? (?:elus|membres|seances?|bureau"
            r"|conseil))?(?: \?)?$"
            # « je reçois la convoc comment ? », « la convocation arrive comment ? »
            r"|\b(?:recoi[st]|recevons|recevez|recoivent|arrive|arrivent|envoyee?s?|parvient"
            r"|est transmise)\b.*\bconvo(?:c|qu)\w*\b.*\b(?:comment"
            r"|par quel (?:moyen|biais|canal))\b"
            r"|\bconvo(?:c|qu)\w*\b.*\b(?:recoi[st]|recevons|recevez|arrive|arrivent|envoyee?s?"
            r"|parvient|transmise?s?)\b.*\b(?:comment|par quel (?:moyen|biais|canal))\b"
            r"|\bcomment\b.*\b(?:recoi[st]|recevons|recevez|recevoir|arrive|arrivent|envoie)\b"
            r".*\bconvo(?:c|qu)\w*\b"
            r"|\bconvo(?:c|qu)\w*\b.*\b(?:envoyee?s?|signee?s?|adressee?s?|expediee?s?|redigee?s?"
            r"|faite?s?|part|partent) par qui\b"
            r"|\bc est qui qui (?:envoie|signe|convoque|fait)\b"
            r"|\bqui (?:a le pouvoir|a la charge|est charge\w*) de convoquer\b"
        ),
    ),
    (
        # « la liste des délibérations doit être publiée dans quel délai ? », « le PV est mis
        # en ligne quand ? »: within a week
        Rule.PUBLICATION,
        cues.compile(
            r"\b(?:publi\w*|mise?s? en ligne|mettre en ligne|affich\w*|diffus\w*)\b.*"
            r"\b(?:quel delai|quels delais|delai|combien de temps|sous combien|au plus tard"
            r"|dans les \d+|en combien|quand)\b"
            r"|\b(?:quel delai|combien de temps|sous combien|delai)\b.*\b(?:publi\w*"
            r"|mise?s? en ligne|mettre en ligne|affich\w*)\b"
        ),
    ),
    (
        # « qui préside si le président est absent ? », « qui remplace le président ? »
        Rule.CHAIR,
        cues.compile(
            r"\bqui\b.*\bpresid\w*\b.*\b(?:absent\w*|pas la|empeche\w*|absence|malade"
            r"|indisponible|excuse\w*|ne vient pas|n est pas la)\b"
            r"|\b(?:si|quand|en cas d|lorsque)\b.*\bpresident\w*\b.*\b(?:absent\w*|pas la"
            r"|empeche\w*|absence|malade|excuse\w*)\b.*\bqui\b"
            r"|\bqui (?:le |la )?remplace\w* (?:le |la )?president\w*\b"
            r"|\b(?:absent\w*|pas la|empeche\w*|absence|malade)\b.*\bqui (?:aurait|va|allait"
            r"|pourrait|peut|doit|devrait)? ?presid\w*"
            r"|\b(?:absence|empechement) (?:du|de la) president\w*\b"
        ),
    ),
    (
        # « en 2021 le quorum était de combien ? », « pendant le covid, le quorum ? »: the law
        # of the time, never a search of that year's sittings
        Rule.QUORUM,
        cues.compile(
            rf"\b{_EMERGENCY_WORDS}\b.*\bquorum\b|\bquorum\b.*\b{_EMERGENCY_WORDS}\b"
            r"|\b(?:en|pendant|durant|courant) (?:2020|2021)\b.*\bquorum\b.*\b(?:combien"
            r"|quoi|quel|regle|fallait|etait|fixe)\b"
            r"|\bquorum\b.*\b(?:en|pendant|durant) (?:2020|2021)\b"
            r"|\b(?:en|pendant|durant|courant) (?:2020|2021)\b.*\b(?:combien|quoi|quel|regle"
            r"|fallait|fixe)\b.*\bquorum\b"
        ),
    ),
    (
        # « en 2021 on pouvait porter combien de pouvoirs ? », « pendant le covid, deux
        # procurations ? »: two then
        Rule.PROXIES_HELD,
        cues.compile(
            rf"\b(?:{_EMERGENCY_WORDS}|(?:en|pendant|durant) (?:2020|2021))\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:{_EMERGENCY_WORDS}|(?:en|pendant|durant) (?:2020|2021))\b"
        ),
    ),
    (
        # « si 3 sièges sont vacants, le quorum devient quoi ? », « avec deux démissions non
        # remplacées, il faut combien de présents ? »: counted on the members in office
        Rule.QUORUM,
        cues.compile(
            r"\b(?:vacan\w*|demission\w*|non remplace\w*|poste\w* libre\w*|siege\w* libre\w*"
            r"|deces)\b.*\b(?:quorum|presents?|combien|faut)\b"
            r"|\b(?:quorum|presents?)\b.*\b(?:vacan\w*|demission\w*|non remplace\w*)\b"
        ),
    ),
    (
        # « un bureau de 40 membres, il faut combien de présents ? », « quand on est 50, le
        # quorum ? »: the body's size put, the quorum computed with it
        Rule.QUORUM,
        cues.compile(
            # never « si on est 33, le quorum est atteint ? »: those present, a case put
            r"^(?!.*\b(?:atteint|aura|aurait|a t on|avons|ca passe|ca suffit|suffi\w*|valable"
            r"|ok|bon)\b)(?:"
            rf"{_SIZE_PUT}.*\b(?:combien|faut|quorum|minimum)\b"
            rf"|\b(?:combien|faut|quorum|minimum)\b.*{_SIZE_PUT}"
            r"|\b(?:on est|on serait|nous sommes|nous serions) (?:en tout |au total )?\d{1,3}\b"
            r"(?! (?:presents?|presentes?|venus|la\b)).*\b(?:combien|faut|quorum|minimum)\b"
            r"|\b(?:combien|faut|quorum|minimum)\b.*\b(?:on est|on serait|nous sommes"
            r"|nous serions) (?:en tout |au total )?\d{1,3}\b(?! (?:presents?|presentes?|venus"
            r"|la\b)))"
        ),
    ),
    (
        # « un élu qui part avant la fin peut donner son pouvoir ? », « je dois partir à
        # 19 h, je peux confier mon vote pour la suite ? », « s'il s'en va pendant la
        # séance, il compte encore ? »: leaving mid-sitting
        Rule.LEAVING,
        cues.compile(
            r"\b(?:part|pars|partir|partirai|partirais|partirait|partiraient|partent|quitte\w*"
            r"|s en va|m en aller"
            r"|s en aller|s en vont"
            r"|sort|sortent|sortir|m absenter|s absente\w*)\b.*\b(?:avant la fin|en cours"
            r"|pendant la seance|pendant le bureau|pendant le conseil|au milieu|pour la suite"
            r"|plus tot|en avance|a \d{1,2} ?h\w*|apres l ouverture|apres le debut)\b"
            r"|\b(?:avant la fin|en cours de seance|pendant la seance|au milieu de la seance)\b.*"
            r"\b(?:part|pars|partir|partent|quitte\w*|s en va|s en vont|sort|sortent)\b"
            r"|\b(?:partent|s en vont|quittent|sortent) (?:et|puis)\b.*\b(?:presents?|quorum"
            r"|voter|vote)\b"
        ),
    ),
    (
        # « je préside une asso subventionnée, je vote ? », « ma femme dirige l'association,
        # je peux voter la subvention ? »: a personal interest
        Rule.INTEREST,
        cues.compile(
            r"\b(?:preside\w*|president\w*|dirige\w*|directeur|directrice|tresorier\w*"
            r"|salarie\w*|gerant\w*|administrat\w*|membre du bureau|benevole\w*|actionnaire\w*"
            r"|ma femme|mon mari|mon epoux|mon epouse|ma fille|mon fils|mon frere|ma soeur"
            r"|mon conjoint|ma conjointe|ma compagne|mon compagnon)\b.*\b(?:asso\w*|societe"
            r"|entreprise|structure|club|organisme|sem|sarl|sas|cooperative)\b.*\b(?:vot\w*"
            r"|prendre part|particip\w*|droit|sortir|rester)\b"
            r"|\b(?:asso\w*|societe|entreprise|structure|club|organisme)\b.*\b(?:que je "
            r"(?:preside|dirige|gere)|dont je suis)\b.*\b(?:vot\w*|prendre part|particip\w*"
            r"|droit)\b"
            r"|\binteret\w*\b.*\b(?:affaire|dossier|point|delib\w*|subvention|projet)\b.*"
            r"\b(?:fait quoi|doit|faire|vot\w*|peut|droit|sortir|rester)\b"
            r"|\b(?:vot\w*|prendre part|particip\w*|droit)\b.*\b(?:asso\w*|societe|entreprise"
            r"|structure|club|organisme)\b.*\b(?:que je (?:preside|dirige|gere)|dont je suis)\b"
        ),
    ),
    (
        # « un élu du conseil qui ne siège pas au bureau peut avoir mon pouvoir pour le bureau ? »,
        # « mon pouvoir à un conseiller municipal non métropolitain ? »: the same body only
        Rule.PROXY_BODY,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:qui ne siege pas|qui n est pas|qui n en est pas|non membre\w*"
            r"|pas membre|qui n en fait pas partie|non metropolitain\w*|municipal\w*"
            r"|exterieur\w*|d une autre commune|d un autre organe)\b"
            r"|\b(?:qui ne siege pas|qui n est pas|non membre\w*|pas membre|qui n en fait pas"
            rf" partie|non metropolitain\w*|exterieur\w*|conseil municipal|municipal\w*)\b.*"
            rf"\b{_PROXY}\b"
            # « je peux donner pouvoir à quelqu'un du conseil pour le bureau ? », « un membre du
            # bureau peut porter mon pouvoir au conseil ? »: a member of the other body
            rf"|\b{_PROXY}\b.*{_OF_A_BODY}conseil\b.*{_FOR_A_BODY}bureau\b"
            rf"|\b{_PROXY}\b.*{_OF_A_BODY}bureau\b.*{_FOR_A_BODY}conseil\b"
            rf"|{_OF_A_BODY}conseil\b.*\b{_PROXY}\b.*{_FOR_A_BODY}bureau\b"
            rf"|{_OF_A_BODY}bureau\b.*\b{_PROXY}\b.*{_FOR_A_BODY}conseil\b"
        ),
    ),
    (
        # « le secrétaire de séance, il sert à quoi ? », « son rôle ? »
        Rule.SECRETARY,
        cues.compile(
            r"\bsecretaire\w* (?:de )?seance\b.*\b(?:fait quoi|sert a quoi|role|fonction"
            r"|mission\w*|c est quoi|doit faire|a quoi sert|charge de quoi|que fait)\b"
            r"|\b(?:role|fonction|mission\w*|a quoi sert|que fait|c est quoi)\b.*"
            r"\bsecretaire\w* (?:de )?seance\b"
        ),
    ),
    (
        # « un SMS suffit pour donner pouvoir ? », « une procuration par mail, ça vaut ? »
        Rule.PROXY_WRITTEN,
        cues.compile(
            r"\b(?:sms|texto|message|mail|courriel|email|whatsapp|telegram)\b.*\b(?:suffit|suffisant"
            rf"|vaut|valable|compte|marche|possible|peut|peux|ok)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:par|en|via) (?:un |une )?(?:sms|texto|message|mail|courriel"
            r"|email|whatsapp|telegram)\b"
            r"|\b(?:sms|texto|message|mail|courriel|email)\b.*\bpour (?:donner|faire|laisser)"
            rf" (?:un |une |mon |ma |le |la |son |sa )?{_PROXY}\b"
            # « un pouvoir doit-il être écrit ? », « le pouvoir peut être oral ? »: its form
            rf"|\b{_PROXY}\b.*\b(?:doit|doivent|faut|peut|peuvent|obligatoire\w*)\b.*"
            r"\b(?:ecrit|ecrite|signe|signee|papier|oral|orale|verbal\w*)\b"
            rf"|\b(?:par ecrit|oralement|de vive voix)\b.*\b{_PROXY}\b"
        ),
    ),
    (
        # « le pouvoir doit être donné avant quelle heure ? », « pour une séance déjà
        # commencée ? »: until the sitting opens, unless the body set earlier
        Rule.PROXY_DEADLINE,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:avant quelle heure|avant quand|quelle heure limite|heure limite"
            r"|date limite|dernier delai|au plus tard quand|deja commencee?|deja ouverte?"
            r"|apres le debut|apres l ouverture|une fois la seance (?:commencee|ouverte))\b"
            r"|\b(?:avant quelle heure|heure limite|date limite|dernier delai)\b.*"
            rf"\b{_PROXY}\b"
        ),
    ),
    (
        # « ça veut dire quoi "ne prend pas part au vote" ? »: not a vote cast
        Rule.ABSTENTION,
        cues.compile(
            r"\bne (?:prend|prennent|prenant|pas prendre) pas part\b|\bnppv\b"
            r"|\bpas pris part au vote\b.*\b(?:veut dire|signifie|c est quoi|quoi)\b"
        ),
    ),
    (
        # « le porteur du pouvoir doit-il être présent ? »: yes, to use it
        Rule.HOLDER_PRESENT,
        cues.compile(
            r"\b(?:porteur|porteuse|mandataire|celui qui porte|celle qui porte|detenteur)\b"
            r".*\b(?:doit|doivent|faut il|oblig\w*|forcement)\b.*\bpresent\w*\b"
            r"|\b(?:doit|faut il)\b.*\bpresent\w*\b.*\b(?:porteur|mandataire)\b"
        ),
    ),
)
_UNDATED_READINGS: tuple[tuple[Rule, cues.Cued], ...] = (
    (
        Rule.QUORUM,
        cues.compile(
            r"\bquorum\b.*\b(?:c est combien|combien|de combien|fait combien|est de combien)\b"
            r"|\bcombien\b.*\bquorum\b"
            # « le quorum c'est la moitié ? », « quorum = majorité des membres ? »: its rule
            r"|\bquorum\b.*\b(?:moitie|majorite|tiers|pourcentage|pour ?cent|50)\b"
            r"|\b(?:moitie|majorite|tiers)\b.*\bquorum\b"
            # « quel est le quorum pour le conseil ? », « c'est quoi le quorum du bureau ? »: in
            # the present, of a body, the figure under the law in force (never of a sitting to
            # come: « quel sera le quorum jeudi ? » is its forecast)
            r"|^(?!.*\b(?:prochaine?s?|demain|lundi|mardi|mercredi|jeudi|vendredi|samedi"
            r"|dimanche|seance|reunion)\b).*\b(?:quel (?:est|sera)|c est quoi|qu est ce que)"
            r" (?:donc |alors )?(?:le )?quorum\b"
            # « le quorum quand on est 50 ? »: of a body that size
            r"|\bquorum\b.*\b(?:quand|lorsqu|lorsque) (?:on est|on sera|nous sommes|nous serons"
            r"|ils sont) (?:en tout |au total )?\d{1,3}\b(?! (?:presents?|la\b|venus))"
            r"|\b(?:faut|faudra|faudrait|necessaire|minimum|au moins|suffit)\b.*\b(?:presents?"
            r"|membres?|elus?|personnes?|monde)\b.*\b(?:delib\w*|voter|sieger|valable\w*|se tenir"
            r"|quorum|puisse\w*)\b"
        ),
    ),
    (
        Rule.NOTICE,
        cues.compile(
            r"\bconvo(?:c|qu)\w*\b.*\b(?:doit|doivent|faut il|il faut|devrait|doit on|minimum"
            r"|au moins"
            r"|obligatoire\w*|combien de temps|a l avance|peut|peuvent|pourrait|trop tard)\b"
            # « combien de jours avant la séance ? », « … à l'avance pour envoyer la convoc ? »;
            # never a countdown (« il reste combien de temps avant le prochain conseil ? », « on
            # a combien de jours avant le bureau ? »: the days until the sitting to come)
            r"|\bcombien de (?:temps|jours)\b.*\b(?:avant|a l avance)\b.*\b(?:convo\w*|envo\w*"
            r"|prevenir|previen\w*)\b|\bcombien de (?:temps|jours)\b.*\ba l avance\b"
            r"|^(?!.*\b(?:reste|restent|encore|on a|on est a|nous avons|nous sommes a|prochain"
            r"|prochaine)\b).*\bcombien de (?:temps|jours)\b.*\bavant\b"
        ),
    ),
)
_GENERAL = (
    r"(?:c est quoi|c quoi|cest quoi|c koi|c est koi|koi|kesako|signifie|qu est ce que"
    r"|qu est ce qu|que veut dire|ca veut dire"
    r"|c est comment|comment ca marche|comment ca fonctionne|comment (?:ca )?(?:se )?calcul\w*"
    r"|comment (?:est|on) calcul\w*|definition|expliqu\w*|la regle|les regles|regle|regles"
    r"|reglement|la loi|legal\w*|le droit|a le droit|ai le droit|on a le droit|possible|peut on"
    r"|peut il|peut elle|est il possible|autorise\w*|interdit\w*)"
)
_READINGS: tuple[tuple[Rule, cues.Cued], ...] = (
    (
        # « un élu peut-il voter pour deux personnes ? », « je peux voter deux fois ? »,
        # « combien de voix au maximum par élu ? »: his own and the proxy he carries
        Rule.VOTES_PER_MEMBER,
        cues.compile(
            # (« le président peut-il voter deux fois ? » asks his casting vote: TIE)
            r"^(?!.*\bpresident).*?(?:"
            r"\bvot\w* (?:pour|a la place de) (?:deux|2|trois|3|plusieurs) (?:personnes|elus"
            r"|collegues|membres|conseillers|gens)\b"
            r"|\b(?:peu\w*|pourr\w*|droit (?:de|d)) (?:\w+ )?vot\w* (?:deux|2|trois|3|plusieurs)"
            r" fois\b"
            r"|\bcombien de (?:voix|votes)\b.*\b(?:max\w*|au plus|par (?:elu|membre|personne"
            r"|conseiller)|(?:un|une|chaque) (?:elu|elue|membre|conseiller\w*))\b"
            r"|\b(?:un|une|chaque) (?:elu|elue|membre|conseiller\w*) (?:peut|pourra|a le droit"
            r" d)\w* (?:\w+ )?(?:avoir|porter|detenir) combien de (?:voix|votes)\b)"
        ),
    ),
    (
        # « une délib est adoptée à quelle condition ? », « il faut combien de voix pour
        # qu'une délibération passe ? », « quand est-ce qu'une délibération est adoptée ? »:
        # the majority of the votes cast (pour > contre, abstentions not cast)
        Rule.MAJORITY,
        cues.compile(
            r"\b(?:adopte\w*|passe|valide\w*)\b.*\b(?:a quelle condition|quelles conditions"
            r"|quand est ce qu|comment)\b|\b(?:a quelle condition|quelles conditions)\b.*"
            r"\b(?:adopte\w*|passe|valide\w*)\b|\bmajorite\b.*\b(?:faut|necessaire|requise"
            r"|c est quoi|comment)\b"
            # « il faut combien de voix pour adopter une délibération ? »
            r"|\bcombien de (?:voix|votes)\b.*\b(?:faut|necessaire\w*|requis\w*|pour (?:adopter"
            r"|valider|qu|que))\b|\bfaut (?:il )?combien de (?:voix|votes)\b"
            r"|\ba partir de combien de (?:voix|votes)\b"
            # an act in general (« une délib », « une décision »), never one named: when, how
            # or by which rule it is adopted
            r"|\b(?:quand|comment|regles?|conditions?)\b.*\b(?:une|1) (?:delib\w*|decision)\b.*"
            r"\b(?:adopte\w*|passe|passer|acquise?|approuvee?|validee?)\b"
            r"|\b(?:une|1) (?:delib\w*|decision)\b.*\b(?:adoptee?|passe|acquise?|approuvee?"
            r"|validee?)\b.*\b(?:quand|comment|a quelle condition)\b"
        ),
    ),
    (
        # « y a des suppléants au bureau ? »: none in the Bureau, the Conseil's only
        Rule.SUBSTITUTE,
        cues.compile(r"\b(?:y a|il y a|existe|des|ont|a) (?:t il )?(?:des )?suppleant\w*\b"),
    ),
    (
        # « le quorum est vérifié seulement au début ? »: at the opening and at each item
        Rule.QUORUM,
        cues.compile(
            r"\bquorum\b.*\b(?:verifi\w*|controle\w*|constate\w*|apprecie\w*)\b"
            r"|\b(?:verifi\w*|controle\w*)\b.*\bquorum\b"
        ),
    ),
    (
        # « si je suis malade pendant 4 séances, mon pouvoir tient ? », « pour 4 bureaux
        # d'affilée c'est valable ? »
        Rule.PROXY_DURATION,
        cues.compile(
            r"\b(?:\d|deux|trois|quatre|cinq|six|plusieurs) (?:seances|bureaux|conseils|reunions)"
            r"(?: d affilee| consecutives?| de suite)?\b.*\b(?:tient|valable|vaut|dure|marche"
            r"|possible|compte)\b"
            r"|\b(?:d affilee|consecutiv\w*|de suite)\b.*\b(?:valable|possible|tient|vaut)\b"
        ),
    ),
    (
        # « si je donne pouvoir à Bonnet et que Jouve aussi lui donne ? »: one per holder
        Rule.PROXIES_HELD,
        cues.compile(
            rf"\b(?:si|et si|imaginons)\b.*\b{_PROXY}\b.*\b(?:aussi|egalement|en plus) "
            r"(?:lui |le )?(?:donne|confie|transmet)\w*\b"
            r"|\b(?:si|et si|imaginons)\b.*\b(?:aussi|egalement) (?:lui )?donne\w* "
            rf"(?:son |sa )?{_PROXY}"
        ),
    ),
    (
        # « Berger peut porter mon pouvoir et celui de Rivat ? », « je peux avoir le sien et
        # celui de Jouve ? »: two proxies put on one holder, one per holder
        Rule.PROXIES_HELD,
        cues.compile(
            r"\b(?:peut|peux|pourra|pourrait|pourrai|possible|droit)\b.*\b(?:porter|avoir"
            r"|recevoir|prendre|detenir|cumuler|garder)\b.*\b(?:"
            rf"{_PROXY}|le mien|la mienne|le sien|la sienne)\b.*\bet (?:aussi |en plus )?"
            r"(?:celui|celle) (?:de|d)\b"
        ),
    ),
    (
        # « si je donne pouvoir à Fayolle et qu'elle est absente, mon vote compte ? »: a
        # holder away cannot use the proxy (a case put to the law, never a proxy given)
        Rule.PROXY_CHAIN,
        cues.compile(
            rf"\b(?:si|et si|imaginons|supposons|admettons)\b.*\b{_PROXY}\b.*\b(?:et (?:qu )?(?:il"
            r"|elle)|mais (?:qu )?(?:il|elle)|il|elle|le porteur|la porteuse|le mandataire"
            r"|la mandataire)\b.*\b(?:absent\w*|pas la|vient pas|viendra pas|excuse\w*)\b"
        ),
    ),
    (
        # « un pouvoir donné puis je viens finalement, je vote moi-même ? »: revocable
        Rule.PROXY_REVOKE,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:je viens|je suis la|je suis present\w*|je peux venir"
            r"|je reviens|je viendrai|finalement je viens|je viens finalement)\b"
            r".*\b(?:vote\w*|moi meme|compte\w*|annul\w*)\b"
            r"|\bje vote moi meme\b|\bvoter moi meme\b"
        ),
    ),
    (
        # « si Degraix a déjà le pouvoir d'Artigues, il peut prendre le mien ? », « donner mon
        # pouvoir à quelqu'un qui a déjà celui d'un autre »: one proxy per holder
        Rule.PROXIES_HELD,
        cues.compile(
            r"\b(?:si|et si|quand|lorsque|imaginons)\b.*"
            r"\b(?:a|avait|porte|portait|detient) deja (?:le |la |un |une |son |sa |celui |celle )"
            rf"(?:{_PROXY}\b|de\b|d\b)"
            r"|\bqui (?:a|porte|detient) deja "
            rf"(?:celui|celle|le {_PROXY}|un {_PROXY}|une {_PROXY})\b"
            r"|\b(?:prendre|porter|recevoir|avoir) (?:aussi |en plus )?(?:le mien|la mienne"
            r"|le sien|la sienne)\b.*\b(?:deja|aussi|en plus)\b"
        ),
    ),
    (
        # « un excusé compte dans le quorum ? », « le fait d'être excusé compte comme une
        # présence pour le quorum ? »: only the members physically present count
        Rule.QUORUM,
        cues.compile(
            r"\bexcuse\w*\b.*\b(?:compt\w*|pris en compte|inclu\w*)\b.*\bquorum\b"
            r"|\b(?:compt\w*|inclu\w*)\b.*\bexcuse\w*\b.*\bquorum\b"
            r"|\bquorum\b.*\b(?:compt\w*|inclu\w*)\b.*\bexcuse\w*\b"
        ),
    ),
    (
        # « pour le quorum du 4 juillet, les 6 pouvoirs ont compté ? »: never, whatever day
        Rule.QUORUM_PROXIES,
        cues.compile(rf"\bquorum\b.*\b{_PROXY}\b.*\b(?:compt\w*|pris en compte|inclu\w*)\b"),
    ),
    (
        Rule.PROXY_CHAIN,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:qui a|qui avait|ayant|qui aurait) (?:deja |lui meme "
            r"|elle meme )?"
            r"(?:donne|confie|transmis|laisse)\b"
            rf"|\b(?:deja donne|donne) (?:le sien|la sienne|son {_PROXY}"
            rf"|sa {_PROXY})\b.*\b{_MAY}\b"
            rf"|\b{_MAY}\b.*\b(?:porter|recevoir|prendre|garder) (?:un|une|le|des) {_PROXY}\b.*"
            r"\b(?:si|quand|alors que|apres avoir) (?:j ai|je l ai|on a|il a"
            r"|elle a) (?:deja )?donne"
            rf"|\bchaine\w* de {_PROXY}\b|\b{_PROXY} en cascade\b"
            # « si j'ai donné pouvoir je peux en recevoir un ? »: the giver cannot hold
            r"|\b(?:si|quand|alors que|apres avoir|une fois que) (?:j ai|je l ai|on a|il a|elle a"
            r"|j avais|on avait) (?:deja )?donne\b.*\b(?:porter|recevoir|prendre|garder|avoir"
            r"|en recevoir|en porter|en prendre)\b"
            rf"|\b{_PROXY}\b.*\b(?:quelqu un|un collegue|une collegue|un elu|une elue|un membre)"
            r" qui (?:sera|serait|est) (?:aussi |lui aussi |elle aussi )?absent\w*\b"
            # « quelqu'un qui a donné pouvoir peut-il recevoir une procuration ? », « celui
            # qui donne procuration peut-il aussi en recevoir une ? »: the giver holding one
            r"|\b(?:quelqu un|un elu|une elue|un membre|un conseiller|une conseillere|celui"
            r"|celle|un mandant|une mandante|le mandant|la mandante|l elu|l absent|un absent)"
            r" qui (?:a |aurait |avait )?(?:deja )?(?:donne|confie|transmis|laisse|cede)\w*"
            rf"(?: (?:son|sa|un|une|le|la) )?(?: ?{_PROXY})?\b.*\b{_MAY}\b.*"
            r"\b(?:recevoir|porter|prendre|avoir|detenir|garder|en)\b"
            # « un mandataire peut-il redonner le pouvoir qu'il a reçu ? »: a proxy passed on
            r"|\b(?:mandataire|porteur|porteuse|celui qui (?:le |la )?porte|celle qui (?:le |la )?"
            r"porte|qui (?:l a|a) recu)\b.*\b(?:redonner|retransmettre|transmettre|redonne"
            r"|ceder|deleguer|repasser|refiler|passer)\b"
        ),
    ),
    (
        Rule.PROXY_BODY,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:qui n est pas|pas (?:membre )?(?:au|du|dans le)|hors du|hors"
            r"|d un autre|d une autre|a l exterieur|exterieur\w*|non elu\w*|pas elu\w*|qui ne"
            r" siege pas)\b.*\b(?:bureau|conseil|organe|instance|elu\w*|assemblee|siege)\b"
            rf"|\b{_MAY}\b.*\b{_PROXY}\b.*\b(?:a|au) (?:un|une) (?:conseiller|conseillere|elu|elue"
            r"|membre) (?:du conseil|d un autre|d une autre|exterieur|municipal\w*)\b"
            rf"|\b{_PROXY}\b.*\b(?:a|au) (?:mon|ma|un|une) (?:suppleant\w*|adjoint\w*"
            r"|collaborat\w*"
            r"|assistant\w*|attache\w*|directeur\w*|directrice|dgs|agent\w*|conjoint\w*)\b"
        ),
    ),
    (
        Rule.PROXY_DEADLINE,
        cues.compile(
            rf"\bjusqu (?:a|au) (?:quand|quelle heure)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\bjusqu (?:a|au) (?:quand|quelle heure)\b"
            rf"|\b(?:date limite|heure limite|delai|deadline|au plus tard|dernier moment"
            rf"|derniere minute|le jour meme|le matin meme|jour j)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:date limite|heure limite|delai|au plus tard|dernier moment"
            r"|derniere minute|le jour meme|le matin meme|jour j|pendant la seance"
            r"|en cours de seance|une fois la seance)\b"
            # « il me reste combien de jours pour donner mon pouvoir ? », « j'ai combien de
            # temps pour faire ma procuration ? »: until when, never a member « reste jours »
            r"|\bcombien (?:de |d )?(?:temps|jours|heures)\b.*\bpour (?:le |la )?(?:donner|faire"
            rf"|envoyer|deposer|remettre|transmettre|signer|rendre)\b.*\b{_PROXY}\b"
        ),
    ),
    (
        Rule.PROXY_REVOKE,
        cues.compile(
            rf"\b(?:{_MAY}|est il|est elle)\b.*\b(?:annul\w*|retir\w*|revoqu\w*|revocable\w*"
            rf"|reprendre|recuperer|changer|modifier|defaire)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:revocable\w*|definiti\w*|irrevocable\w*)\b"
            rf"|\b{_PROXY}\b.*\b{_MAY}\b.*\b(?:annul\w*|retir\w*|revoqu\w*|repris|reprendre"
            r"|changer|modifi\w*)\b"
            rf"|\b(?:{_MAY}) (?:encore |toujours |bien )?(?:l |les |le |la )?(?:annuler|retirer"
            r"|revoquer|reprendre)\b"
            # « je peux changer d'avis ? », « c'est définitif ? » said alone, after a proxy
            r"|^(?:et )?(?:est ce que |mais )?(?:je peux|j peux|on peut|peut on|puis je"
            r"|c est possible de) (?:encore |toujours )?(?:changer d avis|revenir (?:dessus"
            r"|en arriere|sur ma decision))\W*$"
            r"|^(?:et )?(?:c est|est ce|est ce que c est) (?:definitif|irrevocable)\W*$"
        ),
    ),
    (
        Rule.PROXY_OPTIONAL,
        cues.compile(
            r"\b(?:oblige\w*|obligatoire\w*|obligation|forcement|facultati\w*|tenue? de)\b"
            rf".*\b(?:donner|faire|laisser|designer|envoyer)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b(?: \w+){{0,3}} (?:est|c est|sont|reste)? ?"
            r"(?:obligatoire\w*|facultati\w*)\b"
            rf"|\b(?:dois je|je dois|faut il|il faut|on doit|doit on)\b(?: \w+)?"
            rf" (?:donner|faire|laisser|envoyer)\b(?: \w+)? {_PROXY}\b"
            r".*\b(?:si|quand|lorsqu|lorsque|des qu)\b.*\b(?:absente?s?|excusee?s?|empechee?s?"
            r"|pas (?:venir|la|present\w*)|viens pas|vient pas|peux pas venir)\b"
        ),
    ),
    (
        Rule.PROXY_DURATION,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:plusieurs|toutes les|tout(?:e)? l annee|a l annee|chaque)"
            r" (?:seances?|reunions?|bureaux|conseils|fois)\b"
            rf"|\b{_PROXY}\b.*\b(?:permanent\w*|illimite\w*|combien de temps|vaut pour combien"
            r"|seances? consecutives?|a vie|pour le mandat|tout le mandat|pour l annee)\b"
            rf"|\b(?:valable|servir|vaut|dure)\b.*\b(?:plusieurs|combien de) seances\b"
            rf"|\b(?:combien de temps|jusqu a quand|duree)\b.*\b(?:dure\w*|vaut|valable|valide"
            rf"|de validite|d un|d une)\b.*\b{_PROXY}\b"
            # « combien de temps un pouvoir est valable ? », « jusqu'à quand mon pouvoir vaut ? »
            rf"|\b(?:combien de temps|jusqu a quand)\b.*\b{_PROXY}\b.*\b(?:dure\w*|vaut|valable"
            r"|valide|reste|tient)\b"
            # « un pouvoir ça tient pour combien de réunions au max ? », « combien de séances
            # max avec le même pouvoir ? »: the proxy, how many sittings, how long it holds, in
            # any order (« combien de fois Rivat a donné pouvoir ? » is his record, no rule)
            rf"|\b{_PROXY}\b.*\b{_HOW_MANY_SITTINGS}\b.*\b{_HOLDS}\b"
            rf"|\b{_PROXY}\b.*\b{_HOLDS}\b.*\b{_HOW_MANY_SITTINGS}\b"
            rf"|\b{_HOW_MANY_SITTINGS}\b.*\b{_HOLDS}\b.*\b{_PROXY}\b"
            rf"|\b{_HOW_MANY_SITTINGS}\b.*\b{_PROXY}\b.*\b{_HOLDS}\b"
        ),
    ),
    (
        Rule.PROXY_WRITTEN,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:par|en|via|sur) (?:sms|texto|message|mail|e mail|email"
            r"|courriel|telephone|tel|whatsapp|telegram|signal|ecrit|oral|papier|vocal)\b"
            rf"|\b{_PROXY} (?:oral\w*|verbal\w*|ecrit\w*|par ecrit|de vive voix)\b"
            rf"|\b(?:oralement|verbalement|de vive voix)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:oralement|verbalement|de vive voix|doit etre ecrit\w*"
            r"|forme|formulaire|signe\w*|signature)\b"
        ),
    ),
    (
        Rule.UNANIMITY,
        cues.compile(
            r"\bunanim\w*\b.*\b(?:veut dire|veux dire|signifie|c est quoi|c quoi|definition"
            r"|ca veut|compt\w*|abst\w*|empech\w*|exactement)\b"
            # « si qqn s'abstient c'est encore l'unanimité ? », « une abstention empêche
            # l'unanimité ? »
            r"|\b(?:abst\w*|vote contre|vot\w* contre|une voix contre)\b.*"
            r"\b(?:encore|toujours|quand meme|empech\w*|casse\w*|compt\w*)\b.*\bunanim\w*"
            r"|\b(?:empech\w*|casse\w*)\b.*\bunanim\w*"
            r"|\b(?:c est quoi|c quoi|que veut dire|qu est ce que|qu est ce qu|definition"
            r"|signifie|ca veut dire)\b.*\bunanim\w*"
        ),
    ),
    (
        Rule.ABSTENTION,
        cues.compile(
            r"\babst\w*\b.*\b(?:compt\w*|exprime\w*|suffrages?|valent|vaut|considere\w*"
            r"|comme (?:un |une )?(?:vote|voix|contre|pour|refus)|equivaut|sert|servent"
            r"|prise en compte|pris en compte)\b"
            r"|\b(?:compt\w*|prend\w* en compte)\b.*\babst\w*\b"
            r"|\bne (?:prend|prennent|pas prendre) pas part au vote\b.*\b(?:compt\w*|veut dire"
            r"|signifie|c est quoi)\b"
        ),
    ),
    (
        Rule.TIE,
        cues.compile(
            r"\begalite (?:des |de )?(?:voix|votes?|suffrages)\b"
            r"|\ben cas d egalite\b(?! (?:femme|homme|profession|des chances|salaria))"
            r"|\bex aequo\b|\bautant de (?:pour|voix pour) que\b"
            r"|\bvoix (?:preponderante|double|qui compte double)\b|\bcompte\w* (?:double"
            r"|deux fois)\b"
            r"|\bpartage des voix\b"
        ),
    ),
    (
        Rule.INTEREST,
        cues.compile(
            r"\bconflit\w* d interets?\b|\binteret\w* personnel\w*\b|\bprise illegale\b"
            r"|\b(?:elu|elue|membre|conseiller|conseillere|on|je|il|elle)\b.*\binteresse\w*\b"
            r".*\b(?:vot\w*|peut|participer|sortir|rester|part|fait quoi|doit|faire)\b"
            r"|\bse deport\w*\b"
        ),
    ),
    (
        # « peut-on voter par mail ? », « je peux voter de chez moi ? »: only those in the room
        Rule.REMOTE,
        cues.compile(
            r"\bvot\w* (?:par|en|via|sur|avec|de|depuis) (?:un |une |l |le |la )?(?:mail|e mail"
            r"|email|courriel|courrier|correspondance|internet|sms|texto|telegram|message|lettre"
            r"|la poste|whatsapp|chez (?:moi|soi|lui|elle|nous)|la maison|mon domicile|ligne"
            r"|telephone|tel|portable|ordi\w*|appli\w*|ici|le bot|l assistant)\b"
            r"|\bvote\w* (?:par correspondance|electronique a distance|a distance|en ligne)\b"
        ),
    ),
    (
        Rule.REMOTE,
        cues.compile(
            r"\b(?:visio\w*|a distance|en distanciel|distanciel|zoom|teams|en video\w*"
            r"|par video\w*|par telephone|en ligne|teleconference|en remote)\b"
            r".*\b(?:particip\w*|assist\w*|sieg\w*|vot\w*|seance|bureau|conseil|reunion|compt\w*"
            rf"|presen\w*|{_MAY})\b"
            r"|\b(?:particip\w*|assist\w*|sieg\w*|vot\w*|presen\w*|suivre|delib\w*|faire|tenir"
            r"|organis\w*|reunir|se reunir|venir|viens|connect\w*|etre la|etait|etaient"
            r"|se tenait|s est tenue?|a eu lieu|se passait|se deroulait)\b.*"
            r"\b(?:en visio\w*|a distance"
            r"|en distanciel|par visio\w*|en video\w*|par video\w*)\b"
            # « il y a une visio ? », « y aura un lien visio jeudi ? »
            r"|\b(?:y a|y aura|ya)(?: t il)? (?:une |un lien |de la |la )?visio\w*\b"
        ),
    ),
    (
        Rule.BUREAU_POWERS,
        cues.compile(
            r"\bbureau\b.*\b(?:vot\w*|adopt\w*|decid\w*|approuv\w*|fixer|competen\w*)\b.*"
            r"\b(?:budgets?|impots?|taxes?|taux|comptes?|compte administratif|statuts?)\b"
            r"|\b(?:budgets?|impots?|taxes?|comptes? administratifs?|statuts?)\b.*\b(?:vot\w*"
            r"|adopt\w*|decid\w*)\b.*\b(?:par le|au) bureau\b"
            r"|\b(?:qui|quelle instance|quel organe)\b (?:vote|adopte|decide|approuve)\w* (?:le"
            r"|les)"
            r" (?:budgets?|impots?|taxes?|comptes?|statuts?)\b"
            r"|\b(?:quelles?|quels?) (?:decisions|competences|pouvoirs) (?:a|pour"
            r"|du) (?:le )?bureau\b"
            r"|\bdifference entre (?:le )?(?:bureau|conseil) et (?:le )?(?:bureau|conseil)\b"
        ),
    ),
    (
        Rule.EXECUTORY,
        cues.compile(
            r"\bexecutoire\w*\b|\b(?:entre|entrent|rentre|rentrent|entrer) en vigueur\b"
            r"|\bprend(?:s|re|nent)? effet\b|\bdevient applicable\b|\bs applique a partir\b"
            r"|\bcontrole de legalite\b"
        ),
    ),
    (
        Rule.LEAVING,
        cues.compile(
            r"\b(?:je|j|on|un elu|une elue|un membre|il|elle) (?:pars|part|quitte|sors|sort"
            r"|m en vais|s en va|arrive|arrivais|partais|partirais)\b.*\b(?:cours de seance"
            r"|pendant la seance|avant la fin|en cours|au milieu|en retard|plus tot|partie"
            r"|milieu de seance|pendant le bureau|pendant le conseil)\b"
            r"|\b(?:partir|quitter la seance|sortir|arriver en retard)\b.*\b(?:avant la fin"
            r"|en cours de seance|pendant la seance|compt\w*|quorum)\b"
        ),
    ),
    (
        Rule.SECRETARY,
        cues.compile(
            r"\bsecretaire\w* (?:de )?seance\b.*\b(?:designe\w*|nomme\w*|choisi\w*|elu\w*"
            r"|comment|qui le|qui la|qui les)\b.*\b(?:designe\w*|nomme\w*|choisi\w*|elu|elue"
            r"|on)\b|\b(?:qui|comment)\b.*\b(?:designe\w*|nomme\w*|choisi\w*)\b.*\bsecretaire\w*"
            r"\b"
        ),
    ),
    (
        Rule.VOTE_MODE,
        cues.compile(
            r"\bmain levee\b|\bscrutin (?:secret|public)\b|\bvote\w* (?:secret|electronique|a"
            r" bulletin)\w*\b|\bbulletins? secrets?\b|\bvote a l urne\b|\bboitiers?\b"
        ),
    ),
    (
        Rule.SUBSTITUTE,
        cues.compile(
            r"\bsuppleant\w*\b.*\b(?:venir|remplac\w*|place|sieger|voter|peut)\b"
            r"|\b(?:venir|remplac\w*|sieger|voter)\b.*\bsuppleant\w*\b"
        ),
    ),
    (
        Rule.QUORUM_PROXIES,
        cues.compile(
            rf"\b{_GIVEN}\b.*\b(?:compt\w*|pris en compte|inclu\w*|entre\w*|valent|vaut)\b"
            r".*\bquorum\b"
            rf"|\b(?:compt\w*|inclu\w*|prend\w* en compte)\b.*\b{_GIVEN}\b.*\bquorum\b"
            rf"|\bquorum\b.*\b(?:avec|sans|compris|inclus|compt\w*)\b.*\b{_GIVEN}\b"
            rf"|^(?:et )?(?:avec|sans) (?:les )?{_PROXY} ou (?:sans|avec)\b"
        ),
    ),
    (
        Rule.QUORUM_FAILED,
        cues.compile(
            r"\b(?:si|s il|quand|lorsque|faute de|sans|en l absence de|pas de|pas le)\b"
            r".*\bquorum\b.*"
            r"\b(?:pas atteint|n est pas|manque|se passe|arrive|fait on|on fait|que faire"
            r"|reporte\w*|annule\w*|suite)\b"
            r"|\bquorum (?:n est )?pas atteint\b.*\b(?:quoi|comment|se passe|arrive|fait)\b"
            r"|\b(?:faute de|sans|pas de) quorum\b.*\b(?:quoi|comment|se passe|arrive|fait)\b"
        ),
    ),
    (
        Rule.QUORUM_FAILED,
        cues.compile(
            r"\b(?:deuxieme|seconde|2e|2eme|nouvelle) convoc\w*\b.*\b(?:quorum|delai|jours?"
            r"|combien|quand)\b|\bfaute de quorum\b"
        ),
    ),
    (
        Rule.QUORUM,
        cues.compile(
            r"\bqui\b.*\b(?:verifi\w*|constat\w*|control\w*|compte)\b.*\bquorum\b"
            r"|\bquorum\b.*\b(?:verifie|constate|controle)\w* (?:par qui|quand|a quel moment"
            r"|comment|a chaque)\b"
            r"|\b(?:quel|combien|c etait quoi)\b.*\bquorum\b.*\ben (?:19|20)\d\d\b"
            r"|\bquorum\b.*\ben (?:19|20)\d\d\b.*\b(?:quel|combien|c etait)\b"
        ),
    ),
    (
        Rule.NOTICE,
        cues.compile(
            r"^(?:et )?(?:en cas d |si |pour l |pour une? |et si |en )urgen\w*"
            r"|^(?:\w+ ){0,4}urgen\w*(?: \w+){0,2}$"
            r"|\bconvo(?:c|qu)\w*\b.*\b(?:peut|peuvent|pourrait|pourra|doit"
            r"|doivent)\b.*\b(?:partir"
            r"|etre envoyee\w*|envoyer|arriver)\b"
            r"|\bconvo(?:c|qu)\w*\b.*\b(?:delai|deadline|date limite|combien de jours|au plus tard"
            r"|jusqu a quand|a l avance)\b"
            r"|\b(?:delai|deadline|date limite|au plus tard|jusqu a quand)\b.*\bconvo(?:c|qu)\w*"
            r"|\b(?:si|quand)\b.*\bconvo(?:c|qu)\w*\b.*\b(?:part|partait|partira|envoy\w*)\b"
            r".*\b(?:bon|ok|passe|va|suffisant|suffit|assez|temps|regulier\w*|valable|legal\w*)\b"
            r"|\bconvo(?:c|qu)\w*\b.*\b(?:c est bon|ca passe|ca va|c est ok|suffisant"
            r"|dans les temps"
            r"|assez tot|trop tard|regulier\w*|valable|legal\w*)\b"
            r"|\burgen\w*\b.*\b(?:convo(?:c|qu)\w*|delai|jours?)\b|\bconvo(?:c"
            r"|qu)\w*\b.*\burgen\w*"
        ),
    ),
    (
        # « pourquoi le quorum était de 41 en 2022 ? », « pourquoi deux pouvoirs en 2021 ? »:
        # the emergency rule of the time
        Rule.QUORUM,
        cues.compile(r"\bpourquoi\b.*\bquorum\b|\bquorum\b.*\bpourquoi\b"),
    ),
    (
        Rule.PROXIES_HELD,
        cues.compile(
            rf"\bpourquoi\b.*\b(?:deux|2|plusieurs) {_PROXY}\b"
            rf"|\bpourquoi\b.*\b{_PROXY}\b.*\bchange\w*"
        ),
    ),
    (
        # « si 10 pour 10 contre 5 abstentions c'est adopté ? »: the outcome, computed
        Rule.VOTE_IF,
        cues.compile(
            r"\b(\d{1,3}) (?:voix )?pour\b.*\b(\d{1,3}) (?:voix )?contre\b"
            r"|\b(\d{1,3}) (?:voix )?contre\b.*\b(\d{1,3}) (?:voix )?pour\b"
        ),
    ),
    (
        # « pour une séance le jeudi 17 décembre, c'est quand au plus tard ? »: a case put to
        # the notice rule (« une » séance: not one held)
        Rule.NOTICE,
        cues.compile(
            r"\bpour (?:une|un) (?:seance|reunion|bureau|conseil)\b.*\b(?:au plus tard|quand"
            r"|date limite|dernier delai|jusqu a quand|quelle date|convo\w*)\b"
        ),
    ),
    (
        Rule.QUORUM_IF,
        cues.compile(
            r"\bsi (?:\w+ ){0,2}?(\d{1,3}) (?:elus? |membres? )?presents?\b.*"
            r"\b(?:ca passe|ca marche|c est bon|suffi\w*|assez|valable|on peut (?:voter|deliberer"
            r"|sieger))\b"
            r"|\bsi (?:\w+ ){0,2}?(\d{1,3}) (?:sont|seront|etaient|viennent) (?:presents?|la)?\b"
            r".*\bquorum\b"
            r"|\bsi (?:\w+ ){0,2}?(\d{1,3}) (?:elus?|membres?|presents?"
            r"|personnes?|conseillers?|a venir|viennent)\b.*\bquorum\b"
            r"|\bquorum\b.*\bsi (\d{1,3}) (?:elus?|membres?|presents?|personnes?)\b"
            r"|\b(?:qu on soit|qu on est|on serait|nous serions|qu ils soient) (?:que )?"
            r"(\d{1,3})\b.*\bquorum\b"
            r"|\bsi (?:on est|on sera|nous sommes|nous serons|ils sont|vous etes) (?:que )?"
            r"(\d{1,3})\b.*\b(?:quorum|ca passe|ca suffit|ca marche|c est bon|suffi\w*|assez"
            r"|valable)\b"
        ),
    ),
    (
        # « avec 61 en exercice il faut combien de présents ? »: the quorum of that many
        Rule.QUORUM,
        cues.compile(
            r"\b\d{1,3} (?:membres |elus |conseillers |sieges )?en exercice\b.*"
            r"\b(?:combien|quorum|faut|minimum)\b"
            r"|\b(?:combien|quorum|faut|minimum)\b.*"
            r"\b\d{1,3} (?:membres |elus |conseillers )?en exercice\b"
        ),
    ),
    (
        Rule.QUORUM,
        cues.compile(
            rf"\b{_GENERAL}\b.*\bquorum\b|\bquorum\b.*\b(?:c est quoi|c quoi|ca veut dire"
            r"|veut dire quoi|se calcul\w*|calcul\w*|definition|regle|regles|fonctionne"
            r"|ca marche)\b|^(?:le )?quorum \?*$"
        ),
    ),
    (
        Rule.HOW_TO_PROXY,
        cues.compile(
            rf"\bcomment\b.*\b(?:donne\w*|fai\w*|transmet\w*|confie\w*|envoie\w*|annule\w*"
            rf"|retire\w*|enregistre\w*)\b.*\b{_PROXY}\b"
            rf"|\bcomment\b.*\b{_PROXY}\b.*\b(?:donne\w*|fai\w*|marche|fonctionne)\b"
            rf"|\b(?:que|qu est ce que) (?:dois je|je dois|faut il|il faut) (?:ecrire|faire|taper)"
            rf"\b.*\b{_PROXY}\b"
            r"|\bcomment (?:on )?(?:donne|fait|faire|donner) "
            rf"(?:un |une |mon |ma |le |la )?{_PROXY}\b"
            # « la procédure pour donner procuration ? », « la démarche pour un pouvoir ? »
            r"|\b(?:procedure|demarche|marche a suivre|formalites?|modalites?|mode d emploi)"
            rf"\b.*\b{_PROXY}\b"
        ),
    ),
    (
        Rule.PROXIES_HELD,
        cues.compile(
            rf"\b{_MAY}\b.*\b(?:en )?(?:prendre|porter|avoir|recevoir|accepter|cumuler|detenir"
            r"|garder|donner|faire|signer) (?:un |une )?"
            r"(?:deuxieme|second|seconde|2e|2eme|autre)\b|"
            # « j'ai droit à combien de procurations ? », « on a droit à combien de pouvoirs ? »
            rf"\bdroit a combien de {_PROXY}\b|"
            rf"\bcombien de {_PROXY}\b.*\b(?:peu\w*|pourr\w*|droit|max\w*|autorise\w*|porter|avoir"
            rf"|recevoir|detenir)\b"
            rf"|\b(?:peu\w*|pourr\w*|droit)\b.*\b(?:porter|avoir|recevoir|detenir|prendre)\b.*"
            rf"\bcombien de {_PROXY}\b"
            rf"|\b(?:deux|2|plusieurs|trois|3|plus d un|plus d une) {_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:a|pour) (?:deux|2|plusieurs) "
            r"(?:personnes|membres|elus|collegues)\b"
            rf"|\bnombre max\w* de {_PROXY}\b|\b{_PROXY} max\w*\b"
            rf"|\b(?:partag\w*|divis\w*|repart\w*)\b.*\b{_PROXY}\b|\b{_PROXY}\b.*\b(?:partag\w*"
            r"|divis\w*|repart\w*|entre (?:deux|2|plusieurs))\b"
            # « pouvoirs, on peut en avoir combien chacun ? », « les procurations, combien par
            # personne au maximum ? »: the proxies named, then their number per holder
            rf"|\b{_PROXY}\b.*\b{_MAY}\b.*\ben (?:avoir|porter|recevoir|detenir|prendre"
            r"|cumuler|garder) combien\b"
            rf"|\b{_PROXY}\b.*\bcombien\b.*\b(?:chacun|chacune|par (?:personne|elu|elue|membre"
            r"|tete|conseiller|conseillere|porteur)|au (?:maximum|max|plus))\b"
        ),
    ),
    (
        Rule.PROXY_RULES,
        cues.compile(
            # « qui peut prendre mon pouvoir ? », « à qui je peux le donner ? », « a qui
            # j'aurais pu ? »: who may hold it, the rule
            rf"\bqui (?:peut|pourrait|pourra|peuvent) (?:prendre|porter|recevoir|avoir|recuperer"
            rf"|garder) (?:mon|ma|le|la|un|une|son|sa) {_PROXY}\b"
            r"|\ba qui (?:est ce que )?(?:je |j |on )?(?:peux|pourrais|puis je|pourrai|peut on"
            r"|aurais pu|aurai pu|aurait pu|j aurais pu|jaurais pu|ai le droit)\b"
            rf"|\b(?:regle|regles|reglement|la loi|conditions?|droit)\b.*\b{_PROXY}\b"
            # « le porteur du pouvoir doit être présent ? »: among the rules, said
            r"|\b(?:porteur|porteuse|detenteur|detentrice|mandataire|celui qui (?:porte|a|recoit)"
            r"|celle qui (?:porte|a|recoit))\b.*\b(?:doit|doivent|faut il|oblige\w*|obligatoire\w*"
            r"|necessaire\w*)\b.*\b(?:present\w*|la|venir|sieger)\b"
            rf"|\b{_PROXY}\b.*\b(?:regle|regles|la loi|conditions?|legal\w*|valable\w*"
            r" combien de temps|duree)\b"
        ),
    ),
    (
        Rule.HOW_TO_ASK,
        cues.compile(
            r"\b(?:que|quoi|qu est ce que) (?:dois je|je dois|faut il|il faut|je peux|puis je"
            r"|on doit|doit on) (?:ecrire|taper|demander|mettre|envoyer)\b"
            r"|\bcomment (?:je )?(?:fais|faire|dois je faire|peux je|puis je|on fait) pour "
            r"(?:savoir|avoir|connaitre|trouver|voir|demander)\b"
        ),
    ),
    (
        # « comment je fais pour m'excuser ? », « à qui je signale mon absence ? », « si je
        # suis malade je fais quoi ? », « en cas d'empêchement, je préviens qui ? »: what to do
        # when one cannot come (a case put: nothing is declared by it)
        Rule.HOW_TO_EXCUSE,
        cues.compile(
            r"\b(?:comment|qui|quoi|que|faut|dois|doit)\b.*"
            # (« qui est parti sans s'excuser ? » asks who, not how)
            r"(?<!\bsans )\b(?:m|s|me faire|se faire) excuser\b"
            r"|\b(?:m|s|me faire|se faire) excuser\b.*\b(?:comment|qui|quoi|faut|dois)\b"
            r"|\b(?:comment|qui|quoi|faut|dois|doit)\b(?! (?:a|ont|avait|s est|se sont)\b).*"
            r"\b(?:previen\w*|prevenir|signaler|signale|informer|informe|avertir|declarer"
            r"|annoncer)\b.*\b(?:absence|absent\w*|malade"
            r"|empech\w*|indisponib\w*|pas (?:venir|etre la|la)|retard)\b"
            r"|\b(?:previens|previent|prevenir|signale|signaler|informe|informer|avertis|avertir)"
            r"\b.*\b(?:comment|qui|quoi)\b.*\b(?:absence|absente?|empechement|indisponibilite"
            r"|retard)\b"
            r"|\b(?:absence|empechement|indisponibilite)\b.*\b(?:previen\w*|prevenir|signaler"
            r"|informer|avertir|declarer|annoncer)\b.*\b(?:comment|qui|quoi)\b"
            rf"|{_IF_I_CANNOT}.*\b{_WHAT_TO_DO}\b|\b{_WHAT_TO_DO}\b.*{_IF_I_CANNOT}"
            r"|\b(?:je fais|on fait|faire|je dois faire|il faut faire) quoi\b.*"
            r"\b(?:si|quand|au cas ou) (?:je|j|on)\b.*\b(?:malade|absente?|empechee?"
            r"|indisponible|pas venir|pas etre la|pas la)\b"
            rf"|\ben cas d (?:absence|empechement|indisponibilite|maladie)\b.*\b{_WHAT_TO_DO}\b"
            rf"|\b{_WHAT_TO_DO}\b.*\ben cas d (?:absence|empechement|indisponibilite|maladie)\b"
        ),
    ),
    (
        Rule.NOTICE,
        cues.compile(
            r"\bjours? francs?\b|\b(?:delai|deadline|date limite|au plus tard|jusqu a quand)\b"
            r".*\bconvocation\b|\bconvocation\b.*\b(?:delai|deadline|date limite|combien"
            r" de jours|au plus tard|jusqu a quand)\b"
        ),
    ),
)


# The words a rule is asked with, as they are mistyped (« korum », « procurration »,
# « abstension »): one or two letters off, by the length of the word.
_KEY_WORDS = (
    "quorum",
    "procuration",
    "procurations",
    "convocation",
    "abstention",
    "abstentions",
    "unanimite",
    "suppleant",
    "executoire",
)
_REAL_WORDS = frozenset({"forum", "forums", "corums", "conviction", "convention", "conventions"})
_SHORT = {"kwa": "quoi", "koi": "quoi", "qoi": "quoi", "ds": "dans", "pr": "pour", "ki": "qui"}


@cache
def _mended(word: str) -> str:
    if word in _SHORT:
        return _SHORT[word]
    if len(word) < 5 or not word.isalpha() or word in _REAL_WORDS:
        return word
    for key in _KEY_WORDS:
        if abs(len(key) - len(word)) <= 2 and Levenshtein.distance(word, key) <= (
            1 + (len(key) >= 5)
        ):
            return key
    return word


# An act's name in which « compte » is a noun, not the verb the rules ask with (« l'abstention
# compte ? »): « qui s'est abstenu sur le compte administratif ? » was read as the rule.
_ACCOUNTS = cues.plain(r"\bcomptes? (?=(?:administratif|de gestion|rendu|financier)s?\b)")


@lru_cache(maxsize=8)  # within one message: the rule, the notice's case and the terms read it
def _folded(text: str) -> str:
    words = re.sub(r"[^\w]+", " ", fold(text))
    return " ".join(_mended(w) for w in _ACCOUNTS.sub("bilan ", words).split())


# Rules whose words also ask what happened at a sitting (« y a-t-il eu égalité le 4
# juillet ? », « Berger était en visio ? »): read as the law only when nothing is dated.
_FACT_PRONE = frozenset(
    {
        Rule.ABSTENTION,
        Rule.MAJORITY,
        Rule.TIE,
        Rule.UNANIMITY,
        Rule.INTEREST,
        Rule.REMOTE,
        Rule.LEAVING,
        Rule.SECRETARY,
        Rule.VOTE_MODE,
        Rule.EXECUTORY,
        Rule.CONVENER,
        Rule.PUBLICATION,
    }
)
# A case put with its own figures (« 36 présents, le quorum est atteint ? », « … avant le
# dernier point ») is a fact only when a day or a past sitting is named.
_CASE_RULES = frozenset({Rule.QUORUM_IF, Rule.VOTES_IF})
_DATED_OR_PAST = cues.plain(
    r"\b(?:etait|etaient|avait|avaient|a ete|ont ete|hier|(?:19|20)\d\d[._]\d+"
    r"|\d{1,2} ?/ ?\d{1,2}|(?:dernier|derniere) (?:bureau|conseil|seance|reunion)"
    r"|\d{1,2} (?:janv\w*|fevr?\w*|mars|avr\w*|mai|juin|juil\w*|aout|sept\w*|oct\w*"
    r"|nov\w*|dec\w*))\b"
)


# « séance le 4 juillet, convoc le 29 juin, ça marche ? »: a case put to the notice rule
_NOTICE_CASE = cues.plain(
    r"\bconvo\w*\b.*\b(?:ca marche|ca passe|ca va|dans les temps|dans les delais|c est bon"
    r"|valable|ok|suffi\w*|respect\w*|regulier\w*|legal\w*|assez tot|a temps|trop tard"
    r"|encore possible|peut encore|peut on encore|on peut|possible|jouable|permis)\b"
    r"|\b(?:peut encore|peut on encore|on peut encore|est il encore temps de|encore temps de"
    r"|trop tard pour) convo\w*\b"
)
# (never the figure of a delay: « les 5 jours francs », « 3 jours »)
_DAY_NUMBER = cues.plain(r"\b\d{1,2}(?:er)?\b(?! jours?\b)")


# « 4/07 », « 04.07.2024 »: one day, whose month is no second day
_NUMERIC_DATE = cues.plain(r"\b(\d{1,2})[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b")


def notice_case(text: str) -> bool:
    """« séance le 4 juillet, convoc le 29 juin, ça marche ? »: both days of a notice said."""
    folded = _folded(_NUMERIC_DATE.sub(r"\1", text))
    return bool(_NOTICE_CASE.search(folded)) and len(_DAY_NUMBER.findall(folded)) >= 2


# The law asked as a yes or a no in words the readings below do not foresee: each one's
# « Oui » or « Non » is `verdict`'s.
_COUNTS_IN = r"\b(?:compt\w*|pris en compte|inclu\w*|entre\w*)\b"
_YES_NO_READINGS: tuple[tuple[Rule, cues.Cued], ...] = (
    (
        # « le président compte dans le quorum ? », « un élu excusé est compté dans les
        # présents ? », « le secrétaire de séance est pris en compte pour le quorum ? »
        Rule.QUORUM_WHO,
        cues.compile(
            # (« un absent qui a donné pouvoir compte dans le quorum ? »: the proxies' rule)
            rf"^(?!.*\b(?:{_PROXY}|represente\w*|mandants?)\b).*"
            r"\b(?:president\w*|secretaire\w*|vice president\w*|maire\w*|absent\w*|excuse\w*"
            r"|retard\w*|elus? present\w*|membres? present\w*)\b.*"
            + _COUNTS_IN
            + r".*\b(?:quorum|(?:les |des )?presents)\b"
        ),
    ),
    (
        # « faut-il que le porteur du pouvoir soit là ? », « le mandataire doit être sur
        # place ? »: yes, to use it
        Rule.HOLDER_PRESENT,
        cues.compile(
            # « et si mon mandataire est absent ? », « si celui qui a mon pouvoir ne vient
            # pas ? »: the case of a holder away, which the same rule answers
            r"\bsi\b.*\b(?:mon |ma |le |la |mes )?(?:mandataire|porteur|porteuse"
            r"|(?:celui|celle) (?:qui|a qui) (?:a|porte|detient|recoit|aura|j ai donne)"
            r" (?:mon |ma )?"
            rf"(?:{_PROXY}))\b.*\b(?:absent\w*|excuse\w*|empeche\w*|malade|ne vient pas"
            r"|ne viendra pas|ne peut pas venir|pas la|n est pas la|ne sera pas la)\b"
            r"|\b(?:doit|doivent|faut il|faut t il|oblig\w*|forcement)\b.*\b(?:porteur|porteuse"
            r"|mandataire|celui qui (?:a|porte|detient|recoit))\b.*\b(?:present\w*|la|sur place"
            r"|dans la salle)\b"
            r"|\b(?:porteur|porteuse|mandataire|celui qui porte|celle qui porte)\b.*"
            r"\b(?:doit|doivent|faut il|oblig\w*"
            r"|forcement)\b.*\b(?:la|sur place|dans la salle)\b"
        ),
    ),
    (
        # « la convocation peut être envoyée par mail ? », « on reçoit la convoc par
        # courrier ? »: how the président sends it (never a wish: « je voudrais recevoir les
        # convocations par mail » sets how this conversation delivers them)
        Rule.CONVENER,
        cues.compile(
            r"^(?=.*\b(?:peut|peuvent|pourrait|possible|droit|autoris\w*|valable|valide|legal\w*"
            r"|faut|doit|doivent|oblig\w*|arrive\w*|envoy\w*|recoit|recoivent|recu\w*|comment"
            r"|est ce|est elle|est il|forcement|toujours|uniquement|seulement)\b)"
            r"(?!.*\b(?:voudrais|voudrions|souhaite\w*|aimerais|veux|voulais|prefere\w*"
            r"|merci de|pourriez|envoyez|envoie moi|passez)\b).*\bconvoc\w*\b.*"
            r"\b(?:mail|mails|courriel\w*|email\w*|e mail\w*|electronique\w*"
            r"|dematerialis\w*|papier|courrier|la poste|voie postale|par ecrit|domicile)\b"
        ),
    ),
    (
        # « le secrétaire de séance est-il obligatoirement un élu ? », « un agent peut être
        # secrétaire de séance ? »: a member
        Rule.SECRETARY,
        cues.compile(
            r"\bsecretaire\w*\b.*\b(?:elu|elue|elus|membre|membres|conseiller\w*|agent\w*"
            r"|fonctionnaire\w*|dgs|directeur|directrice|personnel|administration)\b"
            r"|\b(?:agent\w*|fonctionnaire\w*|dgs|directeur|directrice|employe\w*|salarie\w*)\b"
            r".*\b(?:peut|peuvent|pourrait|droit|possible)\b.*\bsecretaire\w*\b"
        ),
    ),
    (
        # « une élue arrivée en retard peut-elle prendre part au vote ? », « un retardataire
        # peut voter ? »: one counts and votes from one's arrival
        Rule.LEAVING,
        cues.compile(
            # (« si je suis en retard, je peux voter ? », « je serai en retard jeudi… »)
            rf"^(?=.*\b{_MAY}\b).*\b(?:(?:arrive\w*|venu\w*|vient|viens|suis|serai|serais|sera"
            r"|etre|est|etait|etais) (?:en retard|apres (?:le"
            r" debut|l ouverture|l appel)|plus tard|en cours de seance)|retardataires?)\b"
            r".*\b(?:vot\w*|compt\w*|quorum|present\w*|part au vote|particip\w*|sieger)\b"
        ),
    ),
    (
        # « c'est trop tard pour donner mon pouvoir ? », « j'ai encore le temps pour la
        # procuration ? »: until the sitting opens
        Rule.PROXY_DEADLINE,
        cues.compile(
            r"\b(?:trop tard|encore temps|encore le temps|toujours le temps|encore possible"
            rf"|toujours possible|il est temps)\b.*\b{_PROXY}\b"
            rf"|\b{_PROXY}\b.*\b(?:trop tard|encore temps|encore le temps|toujours le temps"
            r"|encore possible|toujours possible)\b"
            # « je peux encore donner mon pouvoir pour le 18 ? », « on peut toujours donner
            # procuration ? »: still, asked (with a holder named, « … à Laget », it is given)
            r"|\b(?:peux|peut|puis|pourrai|pourrais) (?:je |on )?(?:encore|toujours) "
            rf"(?:donner|confier|laisser|transmettre) (?:mon |ma |un |une |son |sa )?{_PROXY}\b"
            r"(?! (?:a|au|aux) )"
            # « je peux le donner la veille ? », « mon pouvoir, on peut le faire le matin même ? »:
            # a time before the sitting, asked (never with a holder named: « … à Laget demain ? »
            # gives it)
            r"|^(?!.*\b(?:a|au) (?!l avance|l ouverture|la derniere|quelle|quel|soir|matin)"
            r"[a-z]{3})"
            rf"(?=.*\b{_PROXY}\b)(?=.*\b{_MAY}\b).*\b{_BEFORE_OPENING}\b"
            # « il reste combien de temps pour changer d'avis ? », « combien de temps j'ai
            # pour annuler ? »: the time left to give, change or take back a proxy (or a word
            # said of one's attendance), which is the same: until the sitting opens
            r"|\b(?:(?:il )?(?:me |nous )?reste (?:combien de temps|combien de jours"
            r"|combien d heures)|combien de (?:temps|jours|heures) (?:il )?(?:me |nous )?reste"
            r"|combien de temps (?:j ai|on a|ai je|a t on))\b.*"
            r"\b(?:changer d avis|revenir (?:la )?dessus|me retracter|me desister"
            # (« … pour modifier l'ordre du jour ? » asks of something else: the verb alone,
            # or said of the proxy or of one's word)
            r"|(?:annuler|retirer|modifier|changer|donner|confier|revenir sur)"
            rf"(?: (?:mon|ma|le|la|l|un|une|son|sa))? (?:{_PROXY}|presence|absence|declaration"
            r"|choix|decision)"
            r"|(?:annuler|retirer|modifier|changer)\W*$"
            rf"|{_PROXY})\b"
        ),
    ),
    (
        # « je suis obligé de venir jeudi ? », « on doit forcément être là ? »: what to do
        # when one cannot come
        Rule.HOW_TO_EXCUSE,
        cues.compile(
            # (never the holder of a proxy: « celui qui porte le pouvoir est obligé d'être là ? »)
            rf"^(?!.*\b(?:{_PROXY}|porteur|porteuse|mandataire|porte|detient)\b).*"
            r"\b(?:oblige\w*|obligatoire\w*|forcement|dois je|doit on|faut il)\b(?: de)?(?: \w+)?"
            r" (?:venir|etre la|etre present\w*|assister|participer|sieger|y aller|y etre)\b"
        ),
    ),
    (
        # « un élu peut donner pouvoir à son suppléant ? »: a member of the same body only
        Rule.PROXY_BODY,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:a|au|aux) (?:son |mon |un |une |leur |notre )?suppleant\w*\b"
        ),
    ),
    (
        # « on peut voter sans le quorum ? », « une séance sans quorum peut délibérer ? »: not
        # until a second convocation
        Rule.QUORUM_FAILED,
        cues.compile(
            rf"\bsans (?:le |de |d )?quorum\b.*\b{_MAY}\b"
            rf"|\b{_MAY}\b.*\bsans (?:le |de |d )?quorum\b"
        ),
    ),
    (
        # « la convocation doit-elle contenir l'ordre du jour ? », « … indiquer le lieu ? »;
        # « le bureau peut se réunir sans convocation ? »
        Rule.CONVENER,
        cues.compile(
            r"\bconvoc\w*\b.*\b(?:doit|doivent|faut|oblig\w*|forcement|contenir|contient"
            r"|indiquer|mentionner|preciser|comporter|comprendre)\b.*\b(?:ordre du jour|odj|lieu"
            r"|heure|date|points?)\b"
            rf"|\b{_MAY}\b.*\bsans (?:la |une |de |d )?(?:convocation|convoc)\b"
        ),
    ),
    (
        # « une procuration peut servir pour deux séances ? »: three in a row at most
        Rule.PROXY_DURATION,
        cues.compile(
            rf"\b{_PROXY}\b.*\b(?:servir|sert|valoir|vaut|valable|utilis\w*|marche)\b.*"
            r"\b(?:deux|2|trois|3|quatre|4|cinq|5|plusieurs) (?:seances|reunions|bureaux|conseils"
            r"|fois)\b"
        ),
    ),
    (
        # « un élu peut-il voter pour lui et pour un autre ? »: his own and one proxy's
        Rule.VOTES_PER_MEMBER,
        cues.compile(
            r"\bvot\w* (?:pour )?(?:lui|soi|moi|elle)(?: meme)? et (?:pour )?(?:un autre|une autre"
            r"|quelqu un|son mandant|sa mandante|un collegue|une collegue|un absent|une absente)\b"
        ),
    ),
    (
        # « on peut convoquer le bureau un jour avant ? »: the days of notice
        Rule.NOTICE,
        cues.compile(
            r"\bconvoqu\w*\b.*\b(?:\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|dix)"
            r" (?:jours?|j)(?: francs?)? (?:avant|a l avance|plus tot|d avance)\b"
        ),
    ),
    (
        # « une délib est valable sans la préfecture ? »: published and sent first
        Rule.EXECUTORY,
        cues.compile(
            r"\b(?:valable|valide|executoire|applicable|en vigueur)\b.*\bsans"
            r" (?:la |le |l |sa |son )?(?:prefecture|transmission|publication|controle"
            r"|affichage|mise en ligne)\b"
        ),
    ),
    (
        # « le président peut-il donner pouvoir ? », « le secrétaire de séance peut avoir une
        # procuration ? »: a member as any other
        Rule.PROXY_ROLES,
        cues.compile(
            r"\b(?:president\w*|vice president\w*|secretaire\w*|maire\w*|adjoint\w*)\b.*"
            rf"\b{_MAY}\b.*\b(?:donner|porter|avoir|recevoir|detenir|confier|prendre|laisser)\b.*"
            rf"\b{_PROXY}\b"
        ),
    ),
    (
        # « je peux changer de mandataire ? », « on peut le donner à quelqu'un d'autre
        # finalement ? »: a proxy withdrawn and given again
        Rule.PROXY_REVOKE,
        cues.compile(
            rf"\b{_MAY}\b.*\b(?:changer|modifier|remplacer) (?:de |le |la |mon |ma |son |sa )?"
            r"(?:mandataire|porteur|porteuse|collegue|beneficiaire)\b"
            rf"|\b{_MAY}\b.*\b(?:donner|passer|confier|redonner) (?:mon |ma |son |sa |le |la )?"
            rf"(?:{_PROXY} )?a (?:quelqu un d autre|un autre|une autre|un autre collegue)\b"
        ),
    ),
    (
        # « le président de séance vote-t-il ? », « la présidente peut voter ? »
        Rule.TIE,
        cues.compile(
            r"\b(?:president\w*)(?: de seance)? (?:vote t (?:il|elle)|peut (?:il |elle )?voter"
            r"|vote aussi|vote lui aussi|a le droit de voter|participe au vote|vote)\W*$"
        ),
    ),
)

# Every reading in the order tried; their cues looked for in one pass over the message.
_IN_ORDER = (*_FIRST_READINGS, *_YES_NO_READINGS, *_READINGS)
_READING_CUES = cues.CueGroup(pattern for _, pattern in _IN_ORDER)


@lru_cache(maxsize=1024)  # read by the frame reader, the answerer and small talk: once
def rule_asked(text: str) -> Rule | None:
    """The rule a message asks about, or None when it asks about facts."""
    folded = _folded(text)
    if notice_case(text):
        return Rule.NOTICE
    factual = bool(_FACTUAL.search(folded))
    for index, _ in _READING_CUES.matches(folded):  # (the readings that match, in order)
        rule = _IN_ORDER[index][0]
        if rule is Rule.EXECUTORY and re.search(r"\b(?:19|20)\d\d \d{3,5}\b", folded):
            continue  # « la délibération 2024.00417 est exécutoire ? »: that act's facts
        if rule is Rule.VOTE_IF and (
            re.search(r"\b(?:19|20)\d\d \d{3,5}\b", folded)
            or not re.search(
                r"\bsi\b|^et\b|\bavec\b|\b(?:adopte\w*|rejete\w*|passe|valide\w*|resultat)\b",
                folded,
            )
        ):
            continue  # « 98 pour et 5 contre, c'est la 2022.00033 ? »: an act, not a case
        if rule is Rule.PROXY_REVOKE and _SOMEONES_TAKEN.search(folded):
            continue  # « je peux récupérer la procuration de Semache ? »: to carry hers
        if rule in _FACT_PRONE and factual:
            continue  # « qui a été désigné secrétaire de séance le 4 juillet ? »
        if rule in _CASE_RULES and _DATED_OR_PAST.search(folded):
            continue  # « il y avait 40 présents le 4 juillet, le quorum était atteint ? »
        if rule in (Rule.QUORUM, Rule.LEAVING) and _PRESENT_SAID.search(folded):
            # « … 58 en exercice avec 30 présents, le quorum ? », « si deux partent et
            # qu'on tombe à 33 présents ? »
            return Rule.QUORUM_IF
        return rule
    if not factual:
        for rule, pattern in _UNDATED_READINGS:
            if rule is Rule.QUORUM and _SHORTFALL.search(folded):
                continue  # « il manque combien pour le quorum jeudi ? »: that sitting's forecast
            if pattern.search(folded):
                return rule
    return concept_rule(folded)


# The law asked in words no reading above foresaw. A question put in general terms (what must,
# may or always happens, a definition, never a sitting, a day or an act) is read by the
# concepts it joins, in any order and wording: a rule whose every concept is said is asked
# (« le président peut-il voter deux fois ? »: the chair and a second vote, his casting vote).
_IN_GENERAL = cues.plain(
    r"\b(?:doit|doivent|devrait|devraient|faut|faudrait|faudra|necessaire\w*|obligatoire\w*"
    r"|oblige\w*|exige\w*|requis\w*|peut|peux|puis|peuvent|pourrait|pourrais|possible|droit"
    r"|autorise\w*"
    r"|interdit\w*|toujours|chaque|normalement|en principe|en general|en regle generale"
    r"|regle\w*|loi|legal\w*|cgct|c est quoi|c quoi|cest quoi|qu est ce|que veut dire|veut dire"
    r"|signifie|definition|kesako|a quoi sert|sert a quoi|ca sert|quel\w* majorite"
    r"|comment|quand est ce)\b"
)
# What makes a message about what happened (a past sitting, a day, an act): never the law.
_SPECIFIC = cues.plain(
    r"\b(?:etait|etaient|avait|avaient|a ete|ont ete|hier|dernier|derniere|prochain\w*"
    r"|(?:a|ont|avait) (?:t (?:il|elle|on) )?(?:\w+ )?(?:ete|eu)|ce jour la|cette seance"
    r"|(?:19|20)\d\d|\d{1,2} ?/ ?\d{1,2}|lundi|mardi|mercredi|jeudi|vendredi"
    r"|\d{1,2} (?:janv|fevr?|mars|avr|mai|juin|juil|aout|sept|oct|nov|dec)\w*)\b"
)
_DEFINED = (
    r"(?:c est quoi|c quoi|cest quoi|qu est ce|que veut dire|veut dire|signifie|definition"
    r"|kesako|a quoi sert|sert a quoi|ca sert|a quoi ca|explique\w*|comment ca marche|role)"
)
_CHAIR = r"(?:president\w*|presidence|presider|preside|chair)"
_VOTE_WORD = r"(?:vot\w*|voix|delib\w*|adopt\w*|pass\w*|approuv\w*|scrutin|suffrages?)"
_SECOND_VOTE = (
    r"\b(?:deux fois|double\w*|deux voix|2 voix|deux votes|2 fois|departag\w*|trancher|tranche"
    r"|preponderant\w*|egalite|ex aequo|(?:voix|vote) (?:de plus|en plus|supplementaire)"
    # « le président vote-t-il comme les autres ? »: whether his vote weighs more
    r"|(?:vote\w*|voix)\b(?: \w+){0,4} comme (?:les autres|tout le monde|chacun|nous))\b"
)
# Each reading: the rule, whether it needs the question put in general terms (a concept
# that also names a fact: « chaque », « quorum »), and its concepts, each one said.
_CONCEPT_READINGS: tuple[tuple[Rule, bool, tuple[cues.Cued, ...]], ...] = tuple(
    (rule, general, tuple(cues.compile(concept) for concept in concepts))
    for rule, general, concepts in (
        # « un extrait du registre, c'est quoi ? », « à quoi sert l'extrait d'une délib ? »
        (Rule.EXTRACT, False, (r"\bextraits?\b|\bregistres?\b", _DEFINED)),
        # « le président vote deux fois ? », « sa voix compte double ? », « qui départage ? »
        (Rule.TIE, False, (rf"\b{_CHAIR}\b", _SECOND_VOTE)),
        # « le président a-t-il le droit de vote ? », « la présidente vote aussi ? »
        (
            Rule.TIE,
            False,
            (
                rf"\b{_CHAIR}\b",
                r"\b(?:droit de vot\w*|peut (?:il |elle )?voter|vote (?:t il |t elle )?aussi"
                r"|prend (?:t il |t elle )?part au vote|participe (?:t il |t elle )?au vote)\b",
            ),
        ),
        # « qui convoque le conseil ? », « c'est qui qui envoie les convocations ? »
        (
            Rule.CONVENER,
            False,
            (
                r"\b(?:qui|c est qui)\b",
                r"\b(?:convoque|convoquent|envoie\w* (?:les |la )?convoc\w*)\b",
            ),
        ),
        # « un élu absent peut voter par procuration ? », « si je ne viens pas, je vote
        # comment ? »: the proxy, its rules
        (
            Rule.PROXY_RULES,
            True,
            (
                r"\b(?:absent\w*|empech\w*|pas la|ne (?:peut|peux|pourra\w*) pas venir"
                r"|ne vien\w* pas)\b",
                r"\bvot\w*\b",
                r"\b(?:procuration\w*|pouvoirs?|procus?|comment|quand meme|a distance)\b",
            ),
        ),
        (
            Rule.TIE,
            False,
            (
                r"\b(?:egalite|ex aequo|departag\w*|preponderant\w*|meme nombre de (?:voix|pour)"
                r"|autant de voix|partage\w* (?:des|les) voix)\b"
                # « le plan égalité femmes-hommes »: an act's topic, no tie
                r"(?! (?:femme|homme|h f|f h|professionnel|salaria|des chances|d acces))",
                rf"\b{_VOTE_WORD}\b|\b(?:pour|contre|decide\w*|qui|quoi)\b",
            ),
        ),
        # « adoptée à la majorité de quoi ? », « la majorité absolue ou relative ? »
        (
            Rule.MAJORITY,
            False,
            (
                r"\bmajorite (?:absolue|relative|simple|qualifiee|des (?:suffrages|voix|votants"
                r"|presents|membres)|de quoi|requise|necessaire)\b|\bquel\w* majorite\b"
                r"|\bsuffrages? exprimes?\b",
            ),
        ),
        (Rule.MAJORITY, True, (r"\bmajorite\w*\b", rf"\b{_VOTE_WORD}\b")),
        # « combien faut-il de voix pour qu'une délib passe ? », « il faut combien de votes
        # pour adopter ? »: the votes an act needs, in any order
        (
            Rule.MAJORITY,
            True,
            (
                r"\b(?:combien|nombre|minimum)\b.*\b(?:voix|votes|suffrages)\b",
                r"\b(?:pass\w*|adopt\w*|valid\w*|approuv\w*|gagn\w*|accept\w*)\b",
                # what is needed, never what one act got (« adoptée avec combien de voix ? »)
                r"\b(?:faut|faudrait|faudra|necessaire\w*|minimum|doit|doivent|requis\w*"
                r"|suffi\w*|exige\w*)\b",
            ),
        ),
        # « quorum pour 123 membres ? », « le quorum à 80 élus ? »: the rule on that figure
        (
            Rule.QUORUM,
            False,
            (
                r"\bquorum\b",
                r"\b\d{1,3} (?:membres?|elus?|conseillers?|sieges?|titulaires?|personnes?)\b",
            ),
        ),
        # « un élu peut donner pouvoir et en porter un en même temps ? »: no chain of proxies
        (
            Rule.PROXY_CHAIN,
            True,
            (
                r"\b(?:donn\w*|confi\w*|laiss\w*|transmet\w*)\b",
                r"\b(?:port\w*|recevoir|recoi\w*|receptionn\w*|deten\w*|detient|avoir|tenir)\b",
                rf"\b{_PROXY}\b|\ben (?:porter|recevoir|avoir|detenir) (?:un|une)\b",
                r"\b(?:en meme temps|a la fois|aussi|egalement|et en|et porter|et recevoir"
                r"|et detenir|tout en)\b",
            ),
        ),
        # « le quorum doit être atteint à chaque séance ? », « quorum pour chaque délib ? »
        (
            Rule.QUORUM,
            True,
            (
                r"\bquorum\b",
                r"\b(?:chaque|tou(?:te)?s? les|tout au long|seulement|uniquement|debut"
                r"|ouverture|toujours|doit|doivent|faut|necessaire|obligatoire)\b",
            ),
        ),
    )
)
# Their first concepts' cues looked for in one pass: only the readings with one said are tried
_FIRST_CONCEPTS = cues.CueGroup(concepts[0] for _, _, concepts in _CONCEPT_READINGS)


# The council's words a member may ask the meaning of, each the whole of what is defined
# (« c'est quoi un mandataire ? », « procès-verbal, ça veut dire quoi ? »); never an act or a
# sitting named with it (« c'est quoi la délib sur le PLH ? » asks that act). A word whose
# rule is explained elsewhere is that rule.
_TERMS: tuple[tuple[str, str], ...] = (
    ("deliberation", r"deliberations?|delibe?s?"),
    ("sitting", r"seances?"),
    ("giver", r"mandants?"),
    ("holder", r"mandataires?"),
    ("substitute", r"suppleant(?:e|s|es)?"),
    ("minutes", r"proces verba(?:l|ux)|pv|compte rendu|comptes rendus"),
    ("agenda", r"ordre du jour|odj"),
    ("in_office", r"membres? en exercice|en exercice"),
    ("voters", r"votants?|nombre de voix|suffrages exprimes"),
    ("bureau", r"bureau(?: metropolitain)?"),
    ("council", r"conseil(?: metropolitain)?"),
)
_TERM_RULES = {
    "pouvoirs?|procurations?|procus?": Rule.PROXY_RULES,
    "convocations?|convocs?": Rule.CONVENER,
    "presidents? de seance|presidentes? de seance": Rule.CHAIR,
    "secretaires? de seance": Rule.SECRETARY,
    "quorum": Rule.QUORUM,
    "registre(?: des deliberations)?|extraits?(?: du registre| de deliberation)?": Rule.EXTRACT,
    "unanimite": Rule.UNANIMITY,
    "abstentions?": Rule.ABSTENTION,
    "voix preponderante": Rule.TIE,
    "majorite absolue|majorite": Rule.MAJORITY,
}
_ARTICLE = r"(?:(?:un|une|le|la|les|l|des|d|du|exactement|au juste) )*"
_DEFINED_BEFORE = (
    r"(?:c est quoi|c quoi|cest quoi|c est koi|qu est ce que|qu est ce qu|que veut dire"
    r"|ca veut dire quoi|ca veut dire|que signifie|ca signifie quoi|definition de|definition d"
    r"|definition|definis|definissez|explique moi|expliquez moi|explique|expliquez)"
)
_DEFINED_AFTER = (
    r"(?:c est quoi|c quoi|cest quoi|ca veut dire quoi|ca veut dire|ca signifie quoi"
    r"|definition|kesako|exactement|au juste)"
)


def _said_terms() -> list[tuple[str | Rule, str]]:
    """Each term, and the words that say it."""
    return [*_TERMS, *((rule, words) for words, rule in _TERM_RULES.items())]


def _term_expression(words: str) -> str:
    """What asks the meaning of one term, the whole message (anchored at its start)."""
    return (
        rf"^(?:bonjour |svp |stp )*(?:{_DEFINED_BEFORE}) {_ARTICLE}(?:{words})"
        rf"(?: (?:svp|stp|exactement|au juste|dans un conseil|au conseil|au bureau))*$"
        rf"|^{_ARTICLE}(?:{words}) (?:{_DEFINED_AFTER})(?: (?:svp|stp|exactement))*$"
    )


@cache
def _term_patterns() -> tuple[tuple[str | Rule, ...], re.Pattern[str]]:
    """The terms in order, and one alternation of their expressions, each a group (« t0 »…):
    every expression is anchored at the message's start, so the engine tries them there in
    turn and finds the first term whose expression matches, as when each was searched one by
    one (twenty-one searches of every question put in general terms)."""
    said = _said_terms()
    return tuple(term for term, _ in said), cues.plain(
        "|".join(f"(?P<t{i}>{_term_expression(words)})" for i, (_, words) in enumerate(said))
    )


def term_asked(text: str) -> str | Rule | None:
    """The word of the council's vocabulary a message asks the meaning of: a term of _TERMS,
    or the rule that explains it, or None."""
    folded = " ".join(_folded(text).split())
    terms, pattern = _term_patterns()
    # (`match`: each expression begins at the message's start; a search would try its
    # twenty-one beginnings at every letter of the message)
    if (found := pattern.match(folded)) is None or found.lastgroup is None:
        return None
    return terms[int(found.lastgroup[1:])]  # (the outermost group: the term's own)


def concept_rule(folded: str) -> Rule | None:
    """The rule a question in general terms joins every concept of (see _CONCEPT_READINGS)."""
    if _SPECIFIC.search(folded):
        return None
    if (term := term_asked(folded)) is not None:
        return term if isinstance(term, Rule) else Rule.VOCABULARY
    general = bool(_IN_GENERAL.search(folded))
    for index, _ in _FIRST_CONCEPTS.matches(folded):  # (the readings whose first concept is said)
        rule, needs_general, concepts = _CONCEPT_READINGS[index]
        if (general or not needs_general) and all(c.search(folded) for c in concepts[1:]):
            return rule
    return None


# What is missing for a sitting's quorum is a fact of that sitting (its forecast), not the law
_SHORTFALL = cues.plain(r"\bmanqu(?:e|era|erait|ent|eront|aient|ait)\b")


_DAY_ALONE = cues.plain(
    r"\b(?:le|du|au) (\d{1,2})(?:er)?\b(?!\s*(?:/|\.\d|h\b|heures?|%|"
    + "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
    + r"))"
)


_VOTES_SAID = cues.plain(
    r"\b(\d{1,3}) (?:voix )?(pour|contre|abstentions?|abst|abstenus?|blancs?)\b"
)


def votes_said(text: str) -> tuple[int, int, int] | None:
    """« 10 pour 9 contre 20 abstentions »: (for, against, abstentions), None without both."""
    said = {"pour": None, "contre": None, "abst": 0}
    for number, kind in _VOTES_SAID.findall(_folded(text)):
        key = "abst" if kind.startswith(("abst", "blanc")) else kind
        if not said[key]:  # the first said wins: « et avec 12 pour ? » before the case before
            said[key] = int(number)
    if said["pour"] is None or said["contre"] is None:
        return None
    return said["pour"] or 0, said["contre"] or 0, said["abst"] or 0


def notice_dates(text: str, today: date) -> tuple[date | None, date | None]:
    """« pour une séance le 10 décembre, la convocation peut partir le 6 ? »: the sitting's
    day (the later one, the first on or after today when no year is said) and the day of
    sending, if said (a day alone takes the sitting's month, or the month before)."""
    folded = fold(text)
    days: list[date] = []
    mentions = find_dates(text)
    roles = _date_roles(text, mentions)
    if roles is not None:
        # « séance le 4 juillet, convoc le 29 juin »: each day by the word before it; the
        # sending day is the latest such day before the sitting's
        sitting_mention, sent_mention = roles
        sitting_on = _on_or_after(sitting_mention, today)
        if sitting_on is not None:
            return sitting_on, _before(sent_mention, sitting_on)
    said: list[DateMention] = []
    for mention in mentions:
        if mention.day is None or mention.month is None or not mention.valid:
            continue
        if (resolved := _on_or_after(mention, today)) is not None:
            days.append(resolved)
            said.append(mention)
    if not days:
        return _days_alone(folded, today)
    sitting_on = max(days)
    # a day without its year is the sending's as the latest one before the sitting: « du 20
    # février pour le 29 février » is 20 February 2028, not 2027, the next 20 February
    sent = [_before(m, sitting_on) for m, d in zip(said, days, strict=True) if d < sitting_on]
    if sent:
        return sitting_on, sent[0]
    alone = _DAY_ALONE.search(folded)
    if alone is None:
        return sitting_on, None
    day = int(alone.group(1))
    month_start = sitting_on.replace(day=1)
    if day == sitting_on.day:
        return sitting_on, None
    if day < sitting_on.day:
        return sitting_on, month_start.replace(day=day)
    before = month_start - timedelta(days=1)
    return sitting_on, before.replace(day=day) if day <= before.day else None


_IN_OFFICE_SAID = cues.compile(
    r"\b(\d{1,3}) (?:membres |elus |conseillers |sieges )?(?:en exercice|sieges pourvus)\b"
)
_PRESENT_SAID = cues.plain(
    r"\b(\d{1,3}) (?:elus |membres |conseillers |personnes )?(?:sont |seront |etaient )?"
    r"(?:presents?|presentes?|viennent"
    r"|venus|la|sont la|seront la|en salle|dans la salle)\b"
)


_SENT_WORD = cues.plain(r"(?:convo\w*|envoy\w*|parti\w*|recu\w*|expedi\w*)\W+(?:\w+\W+){0,2}$")
_SITTING_WORD = cues.plain(r"(?:seance|bureau|conseil|reunion|session)\W+(?:\w+\W+){0,2}$")


def _date_roles(text: str, mentions: list[DateMention]) -> tuple[DateMention, DateMention] | None:
    """The sitting's and the sending's day, each named by the word just before it (« envoyée
    le 11 juillet pour le bureau du 18 »: the day alone takes the sending's month, or the
    next)."""
    sitting = sent = None
    for mention in mentions:
        if mention.day is None or mention.month is None or not mention.valid:
            continue
        before = fold(text[max(0, mention.start - 30) : mention.start]) + " "
        if _SENT_WORD.search(before):
            sent = sent or mention
        elif _SITTING_WORD.search(before):
            sitting = sitting or mention
    if sent is not None and sitting is None and sent.month is not None and sent.day is not None:
        alone = re.search(
            r"\b(?:seance|bureau|conseil|reunion)\W+(?:du|le|de) (\d{1,2})(?:er)?\b(?! ?[/.]\d)",
            fold(text),
        )
        if alone is not None and 1 <= (day := int(alone.group(1))) <= 31:
            year = sent.year
            month = sent.month if day > sent.day else sent.month % 12 + 1
            if year is not None and month < sent.month:
                year += 1
            sitting = DateMention(day, month, year, None, 0, 0)
    return (sitting, sent) if sitting is not None and sent is not None else None


_SITTING_DAY = cues.plain(
    r"\b(?:seance|bureau|conseil|reunion|session)\b(?: \w+){0,3}? (\d{1,2})(?:er)?\b(?! ?[/.h]\d)"
)
_SENT_DAY = cues.plain(
    r"\b(?:convo\w*|envoy\w*|envoi\w*|parti\w*|expedi\w*)\b(?: \w+){0,3}? (\d{1,2})(?:er)?\b"
    r"(?! ?[/.h]\d)"
)


def _days_alone(folded: str, today: date) -> tuple[date | None, date | None]:
    """« la séance est jeudi 17, on peut encore convoquer lundi 14 ? »: days without a month,
    each named by its word; the sitting's the next such day from today (this month or the
    next), the sending's the latest such day before it."""
    sitting, sent = _SITTING_DAY.search(folded), _SENT_DAY.search(folded)
    if sitting is None:
        return None, None
    day = int(sitting.group(1))
    sitting_on = None
    for ahead in (0, 1, 2):
        year, month = divmod(today.year * 12 + today.month - 1 + ahead, 12)
        try:
            candidate = date(year, month + 1, day)
        except ValueError:
            continue
        if candidate >= today - timedelta(days=7):
            sitting_on = candidate
            break
    if sitting_on is None or sent is None:
        return sitting_on, None
    sent_day = int(sent.group(1))
    for back in (0, 1):
        year, month = divmod(sitting_on.year * 12 + sitting_on.month - 1 - back, 12)
        try:
            candidate = date(year, month + 1, sent_day)
        except ValueError:
            continue
        if candidate <= sitting_on:
            return sitting_on, candidate
    return sitting_on, None


def _day_in(mention: DateMention, year: int) -> date | None:
    """The day `mention` says in `year`; None when that year has none (« 29 février » of a
    common year, « 31 février »): asked in 2026, « une séance le 29 février » was a traceback."""
    try:
        return date(year, mention.month or 1, mention.day or 1)
    except ValueError:
        return None


def _on_or_after(mention: DateMention, today: date) -> date | None:
    if mention.year is not None:
        return _day_in(mention, mention.year)
    for year in range(today.year, today.year + 5):  # 29 February: up to four years ahead
        candidate = _day_in(mention, year)
        if candidate is not None and candidate >= today - timedelta(days=7):
            return candidate
    return None


def _before(mention: DateMention, sitting_on: date) -> date | None:
    if mention.year is not None:
        return _day_in(mention, mention.year)
    for year in range(sitting_on.year, sitting_on.year - 5, -1):
        candidate = _day_in(mention, year)
        if candidate is not None and candidate <= sitting_on:
            return candidate
    return None


def people_said(text: str) -> int | None:
    """« si 30 élus viennent », « 67 en exercice et 20 présents »: the number of members
    present supposed (never the members in office said beside it, « si on est 50 »)."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    if match := _PRESENT_SAID.search(folded):
        return int(match.group(1))
    spoken = (
        set()
        if _MET_ASKED.search(folded)
        else {m.start(g) for m in _IN_OFFICE_SPOKEN.finditer(folded) for g in (1, 2) if m.group(g)}
    ) | ({m.start(g) for m in _IN_OFFICE_BESIDE.finditer(folded) for g in (1, 2) if m.group(g)})
    for match in re.finditer(r"\bsi (?:\w+ ){0,2}?(\d{1,3})\b", folded):
        if match.start(1) in spoken or _VACANCIES_SAID.match(folded, match.start(1)):
            continue
        if not _IN_OFFICE_SAID.match(folded, match.start(1)):
            return int(match.group(1))
    return None


def in_office_said(text: str) -> int | None:
    """« avec 61 en exercice, il faut combien de présents ? », « le quorum quand on est 50 ? »,
    « pour un bureau de 40 membres »: the members in office supposed."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    match = _IN_OFFICE_SAID.search(folded) or _IN_OFFICE_BESIDE.search(folded)
    if match is None and not _MET_ASKED.search(folded):
        match = _IN_OFFICE_SPOKEN.search(folded)
    if match is None:
        return None
    return int(next(g for g in match.groups() if g))


# « quand on est 50 », « un bureau de 40 membres », « pour 50 élus »: the body's size, not a
# count of those present (never followed by « présents », « là », « venus »)
# « 34 présents sur 67 », « 67 élus, 30 présents »: the body's size beside those present
_IN_OFFICE_BESIDE = cues.compile(
    r"\bpresents? sur (\d{1,3})\b(?! (?:presents?|votants|voix))"
    r"|^(?:avec |pour |sur )?(\d{1,3}) (?:membres|elus|conseillers|sieges)\b(?= .*\b\d{1,3} "
    r"(?:elus |membres )?presents?\b)"
)
_IN_OFFICE_SPOKEN = cues.compile(
    r"\b(?:on est|on serait|on etait|nous sommes|nous serions|nous etions|sommes)"
    r"(?: en tout| au total)? (\d{1,3})\b(?! (?:presents?|presentes?|venus|la\b|en salle"
    r"|dans la salle|pour|contre))"
    r"|\b(?:une assemblee|un conseil|un bureau|un organe|une instance|pour|avec|de) (?:de )?"
    r"(\d{1,3}) (?:membres|elus|conseillers|sieges)\b"
    r"(?! presents?| presentes?| venus| la\b| vacants?| libres?| non pourvus?)"
)
# « si on est 33, le quorum est atteint ? »: whether it is met, so « 33 » are those present
_MET_ASKED = cues.plain(
    r"\b(?:atteint|aura|aurait|a t on|avons|ca passe|ca suffit|suffi\w*|valable|ok|bon)\b"
)
_VACANCIES_SAID = cues.compile(
    r"\b(\d{1,2}|un|une|deux|trois|quatre|cinq|six) (?:sieges? |postes? |places? )?"
    r"(?:vacants?|vacances|libres?|non pourvus?|demissions?|deces|departs? non remplaces?)\b"
)
_SMALL_NUMBERS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}


_LEAVING_SAID = cues.compile(
    r"\b(\d{1,2}|un|une|deux|trois|quatre|cinq|six) (?:elus |membres |conseillers |d entre eux )?"
    r"(?:partent|quittent|sortent|s en vont|s en aillent|s absentent|se retirent|se deportent"
    r"|doivent partir|partiraient|quitteraient|sortiraient)\b"
)


_SITTINGS_SAID = cues.plain(
    r"\b(\d{1,2}|deux|trois|quatre|cinq|six|quatrieme|cinquieme|sixieme)(?:e|eme)? "
    r"(?:fois|seances|seance|bureaux|bureau|conseils|conseil|reunions|reunion)\b"
)
_ORDINALS = {"quatrieme": 4, "cinquieme": 5, "sixieme": 6}


def sittings_said(text: str) -> int | None:
    """« pour 4 bureaux d'affilée », « je peux le prolonger pour un 4e ? »: the most sittings a
    proxy is said to cover."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    said = [
        int(n) if n.isdigit() else _SMALL_NUMBERS.get(n) or _ORDINALS.get(n, 0)
        for n in _SITTINGS_SAID.findall(folded)
    ]
    # « … pour un 4e ? »: an ordinal alone, the sitting understood
    said += [int(n) for n in re.findall(r"\b(?:un|une|le|la) (\d{1,2})(?:e|eme)\b", folded)]
    return max(said) if said else None


_PROXIES_SAID = cues.plain(r"\b(\d{1,3}) (?:pouvoirs?|procurations?|procus?|mandats?)\b")


def proxies_said(text: str) -> int | None:
    """« 45 présents et 5 pouvoirs »: the proxies supposed."""
    match = _PROXIES_SAID.search(" ".join(re.sub(r"[^\w]+", " ", fold(text)).split()))
    return int(match.group(1)) if match else None


_LEFT_WITH = cues.plain(
    r"\b(?:tombe|tombait|tomberait|tombe|passe|reste|restent|restera|resterait|plus que)"
    r" (?:a |qu a )?\d{1,3}\b"
)


def leaving_said(text: str) -> int:
    """« si 8 partent avant le dernier point », « mais 3 quittent la salle »: members who
    leave, out of those present said."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    match = _LEAVING_SAID.search(folded)
    if match is None or _LEFT_WITH.search(folded):
        return 0  # « si 3 s'en vont et qu'on tombe à 31 présents »: 31 are those left
    said = match.group(1)
    return int(said) if said.isdigit() else _SMALL_NUMBERS[said]


def vacancies_said(text: str) -> int | None:
    """« si 3 sièges sont vacants », « avec deux démissions »: seats no longer in office."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    folded = re.sub(r"\b(?:sont|seraient|etaient|restent|deviennent) (?=vacant|libre)", "", folded)
    match = _VACANCIES_SAID.search(folded)
    if match is None:
        return None
    said = match.group(1)
    return int(said) if said.isdigit() else _SMALL_NUMBERS[said]


_EMERGENCY_SAID = cues.compile(rf"\b{_EMERGENCY_WORDS}\b")


def emergency_said(text: str) -> bool:
    """« pendant le covid », « sous l'état d'urgence »: the 2020-2022 rules, without a year."""
    return bool(_EMERGENCY_SAID.search(_folded(text)))


def said_aloud(text: str) -> bool:
    """« un pouvoir par téléphone ? », « oralement »: a proxy not written."""
    folded = " ".join(re.sub(r"[^\w]+", " ", fold(text)).split())
    return bool(
        re.search(r"\b(?:oral\w*|verbal\w*|vive voix|telephone|tel|vocal\w*|appel\w*)\b", folded)
    )


_OPEN_QUESTION = cues.plain(
    r"\b(?:combien|quel|quelle|quels|quelles|comment|pourquoi|quoi|ou|jusqu)\b"
    r"|\bquand\b(?! meme\b)"  # (« je peux quand même voter ? » waits for a yes or a no)
    # « qui » asks, save after the one it stands for: « à quelqu'un qui a déjà un pouvoir ? »,
    # « un élu qui part avant la fin peut voter ? » wait for a yes or a no
    r"|(?<!\bquelqu un )(?<!\bcelui )(?<!\bcelle )(?<!\bceux )(?<!\bcelles )(?<!\belu )"
    r"(?<!\belue )(?<!\bmembre )(?<!\bcollegue )(?<!\bconseiller )(?<!\bpersonne )"
    r"(?<!\babsent )(?<!\babsente )(?<!\bpresent )(?<!\bpresente )\bqui\b"
)


_STILL_UNANIMOUS = cues.plain(r"\b(?:encore|toujours|quand meme|reste\w*)\b.*\bunanim\w*")
_BREAKS_UNANIMITY = cues.plain(r"\b(?:empech\w*|casse\w*|fait perdre|annule\w*)\b.*\bunanim\w*")


def unanimity_kept(text: str) -> bool | None:
    """« si qqn s'abstient, c'est encore l'unanimité ? » asks whether it is kept (True:
    « Non »); « une abstention empêche l'unanimité ? » whether it is lost (False: « Oui »);
    None when neither is asked."""
    folded = _folded(text)
    if _STILL_UNANIMOUS.search(folded):
        return True
    if _BREAKS_UNANIMITY.search(folded):
        return False
    return None


_TWICE = cues.plain(
    r"\b(?:deux fois|2 fois|deux voix|2 voix|deux votes|2 votes|double\w*|voter pour deux)\b"
)


def twice_asked(text: str) -> bool:
    """« le président peut-il voter deux fois ? »: his own vote and a proxy's are two votes
    (his casting vote on a tie is not a second one)."""
    return bool(_TWICE.search(_folded(text)))


def yes_or_no(text: str) -> bool:
    """« je peux en porter deux ? » waits for a yes or a no; « combien de pouvoirs peut-on
    porter ? » for a number."""
    return not _OPEN_QUESTION.search(_folded(text))


def number_asked(text: str) -> bool:
    """« le quorum, c'est combien ? »: the figure first."""
    return bool(re.search(r"\b(?:combien|cb|nombre)\b", _folded(text)))


# What each rule answers to a yes or a no, by what the question says (`verdict`).
_PROXY_SAID = cues.compile(
    rf"\b{_PROXY}\b|\b(?:confi\w*|laiss\w*|transmet\w*|delegu\w*) (?:mon|son|sa|ma|leur) vote\b"
)
_BOUND = cues.plain(
    r"\b(?:doit|doivent|dois|faut|oblig\w*|forcement|necessaire\w*|impose\w*)\b(?: \w+){0,3}"
    r" (?:donner|laisser|confier|transmettre|deleguer|remettre)\b|\bobligatoire\w*\b"
)
_LATE = cues.plain(r"\b(?:retard\w*|arrive\w* (?:apres|plus tard|en cours)|arrivee tardive)\b")
_COUNTED_OR_VOTING = cues.plain(r"\b(?:vot\w*|compt\w*|quorum|present\w*|participe\w*)\b")
# The sitting going on once some have left: yes while the quorum holds, no verdict alone
_GOING_ON = cues.plain(r"\b(?:continuer|continue|continuent|poursuivre|poursuit|poursuivent)\b")
_NOT_COUNTED = cues.plain(r"\b(?:absent\w*|excuse\w*|represente\w*|pouvoirs?|procurations?)\b")
_AT_ONCE = cues.plain(
    r"\b(?:des (?:le|son|sa) (?:vote|adoption|seance)|tout de suite|immediatement|le jour meme"
    r"|directement|aussitot)\b"
)
_PUBLISHED = cues.plain(r"\b(?:publi\w*|prefecture|transmi\w*|affich\w*|en ligne)\b")
_KEPT_BY_THE_COUNCIL = cues.plain(
    r"\b(?:budget\w*|impots?|impot|taxes?|fiscal\w*|comptes?|compte administratif|statuts?)\b"
)
_EACH_TIME = cues.plain(r"\b(?:chaque|tout au long|toujours|a tout moment|pendant toute)\b")
_ONLY_AT_OPENING = cues.plain(
    r"\b(?:seulement|uniquement|que) (?:a l |au )?(?:ouverture|debut)\b"
    r"|\b(?:a l |au )(?:ouverture|debut)(?: de la seance)? (?:seulement|uniquement)\b"
)
_DAYS_BEFORE = cues.plain(
    r"\b(\d{1,2}|un|deux|trois|quatre|cinq|six|sept|huit|dix) (?:jours?|j)( francs?)?"
    r" (?:avant|a l avance|plus tot|d avance|de delai)\b|\bdelai de (\d{1,2}|un|deux|trois"
    r"|quatre|cinq|six|sept|huit|dix) (?:jours?|j)( francs?)?\b"
)
_STILL = cues.plain(r"\b(?:encore|toujours)\b")
_FOR_ANOTHER = cues.plain(
    r"\bet (?:pour )?(?:un autre|une autre|quelqu un|son mandant|un collegue)\b"
)
_WITHOUT_NOTICE = cues.plain(r"\bsans (?:la |une |de |d )?(?:convocation|convoc)\b")
_SECOND_NOTICE = cues.plain(
    r"\b(?:deuxieme|seconde|2e|2eme|nouvelle|autre) (?:convocation|convoc|seance|reunion)\b"
)
_WITHOUT_SENDING = cues.plain(
    r"\bsans (?:la |le |l |sa |son )?(?:prefecture|transmission|publication|controle|affichage"
    r"|mise en ligne)\b"
)
_OTHER_THAN_A_MEMBER = cues.plain(
    r"\b(?:agent\w*|fonctionnaire\w*|dgs|directeur|directrice|personnel|administration)\b"
)


def verdict(rule: Rule, text: str) -> bool | None:
    """The « Oui » (True) or « Non » (False) a yes/no question about `rule` gets first, by
    what it asks of it; None when it asks no yes or no, or one the rule's answer leaves open."""
    if not yes_or_no(text):
        return None
    folded = _folded(text)
    match rule:
        case Rule.LEAVING:
            # « … peut laisser son pouvoir ? » yes (never an obligation); arriving late, one
            # counts and votes from then on; leaving, no more for the items after
            if _PROXY_SAID.search(folded):
                return not _BOUND.search(folded)
            if _LATE.search(folded):
                return True
            if _GOING_ON.search(folded):
                return None  # « on peut continuer à voter ? »: as long as the quorum holds
            return False if _COUNTED_OR_VOTING.search(folded) else None
        case Rule.QUORUM_WHO:
            if _LATE.search(folded):
                return True  # from their arrival
            return not _NOT_COUNTED.search(folded)
        case Rule.EXECUTORY:
            if _AT_ONCE.search(folded) or _WITHOUT_SENDING.search(folded):
                return False
            return True if _PUBLISHED.search(folded) else None
        case Rule.BUREAU_POWERS:
            return False if _KEPT_BY_THE_COUNCIL.search(folded) else None
        case Rule.PROXY_DEADLINE:
            if "trop tard" in folded:
                return False  # until the sitting opens
            if _STILL.search(folded) or re.search(rf"\b{_BEFORE_OPENING}\b", folded):
                return True  # « je peux le donner la veille ? »: until the sitting opens
            return None
        case Rule.PROXY_ROLES:
            return True
        case Rule.HOLDER_PRESENT:
            # « le porteur doit-il être présent ? » Oui; « et s'il est absent ? » is a case put
            return None if re.search(r"\bsi\b", folded) else True
        case Rule.CONVENER:
            # by electronic means, or on paper to one's home when asked; never without one
            return not _WITHOUT_NOTICE.search(folded)
        case Rule.VOTES_PER_MEMBER:
            return True if _FOR_ANOTHER.search(folded) else None
        case Rule.QUORUM_FAILED:
            # (« et si le quorum n'est pas atteint ? »: a case put, no yes or no to it)
            if re.match(r"\W*(?:et |mais |alors )?(?:si|s il)\b", folded) and not re.search(
                r"\b(?:peut|peuvent|peux|doit|doivent|faut|valable\w*|possible|vote\w*"
                r"|delib\w*|annule\w*|reporte\w*)\b",
                folded,
            ):
                return None
            return bool(_SECOND_NOTICE.search(folded))
        case Rule.SECRETARY:
            return not _OTHER_THAN_A_MEMBER.search(folded)
        case Rule.TIE:
            return None if twice_asked(text) else True
        case Rule.QUORUM:
            if _ONLY_AT_OPENING.search(folded):
                return False
            return True if _EACH_TIME.search(folded) else None
        case Rule.NOTICE:
            said = days_before_said(text)
            if said is None:
                return None
            days, whole = said
            free = days if whole else days - 1  # « 3 jours avant »: two whole days
            if free < DEFAULT_NOTICE_DAYS:
                return False
            return True if whole or days > DEFAULT_NOTICE_DAYS else None
    return None


def days_before_said(text: str) -> tuple[int, bool] | None:
    """« envoyée 3 jours avant », « deux jours francs avant »: the days a notice is put with,
    and whether they were said whole (« francs »); None when no such days are said."""
    said = _DAYS_BEFORE.search(_folded(text))
    if said is None:
        return None
    number = said.group(1) or said.group(3)
    days = int(number) if number.isdigit() else number_in_words(number) or 0
    return days, bool(said.group(2) or said.group(4))
