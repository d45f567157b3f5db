"""Which rule of the law a message asks about, on phrasings alone (bot/services/law_questions.py);
the answers themselves go through the real Application in conversations_rules*.tsv."""

from __future__ import annotations

from datetime import date

import pytest

from bot.services.law_questions import Rule, notice_dates, rule_asked


@pytest.mark.parametrize(
    ("message", "rule"),
    [
        (
            "mon collègue a donné sa procuration, il peut quand même porter la mienne ?",
            Rule.PROXY_CHAIN,
        ),
        ("peut on confier un pouvoir a qqn qui a deja donne le sien", Rule.PROXY_CHAIN),
        ("je peux donner ma procu à ma collaboratrice ?", Rule.PROXY_BODY),
        (
            "est-ce que je peux donner pouvoir à quelqu'un du conseil pour le bureau ?",
            Rule.PROXY_BODY,
        ),
        ("un membre du conseil peut porter mon pouvoir au bureau ?", Rule.PROXY_BODY),
        ("un pouvoir ça tient pour combien de réunions au max ?", Rule.PROXY_DURATION),
        ("combien de séances max avec le même pouvoir ?", Rule.PROXY_DURATION),
        ("ma procu elle marche pour combien de bureaux ?", Rule.PROXY_DURATION),
        ("combien de fois Rivat a donné pouvoir ?", None),
        ("combien de fois j'ai porté un pouvoir cette année ?", None),
        (
            "on peut confier sa procu à un élu du bureau pour la séance du conseil ?",
            Rule.PROXY_BODY,
        ),
        ("c'est quoi le délai pour donner un pouvoir ?", Rule.PROXY_DEADLINE),
        ("est-il possible de reprendre son pouvoir ?", Rule.PROXY_REVOKE),
        ("un pouvoir, ça vaut pour combien de temps ?", Rule.PROXY_DURATION),
        ("procuration par whatsapp, c'est valable ?", Rule.PROXY_WRITTEN),
        ("combien de temps un pouvoir est valable ?", Rule.PROXY_DURATION),
        ("pendant combien de temps mon pouvoir reste valable ?", Rule.PROXY_DURATION),
        ("Un pouvoir doit-il être écrit ?", Rule.PROXY_WRITTEN),
        ("Il faut combien de voix pour adopter une délibération ?", Rule.MAJORITY),
        ("combien de votes faut-il pour qu'un rapport passe ?", Rule.MAJORITY),
        ("un élu excusé compte dans le quorum ?", Rule.QUORUM_WHO),
        ("le fait d'être excusée est compté pour le quorum ?", Rule.QUORUM_WHO),
        ("la procuration peut être orale ?", Rule.PROXY_WRITTEN),
        ("faut-il que le pouvoir soit signé ?", Rule.PROXY_WRITTEN),
        ("est ce qu'une abstension compte comme un non ?", Rule.ABSTENTION),
        ("que se passe-t-il en cas d'égalité de votes ?", Rule.TIE),
        ("c'est quoi exactement l'unanimité", Rule.UNANIMITY),
        ("conflit d'interet : je dois sortir ?", Rule.INTEREST),
        ("on peut suivre le conseil à distance ?", Rule.REMOTE),
        ("qui vote les taxes, le bureau ?", Rule.BUREAU_POWERS),
        ("une délib est exécutoire quand ?", Rule.EXECUTORY),
        ("si je quitte la séance avant la fin ?", Rule.LEAVING),
        ("comment je fais pour m'excuser ?", Rule.HOW_TO_EXCUSE),
        ("auprès de qui je dois me faire excuser ?", Rule.HOW_TO_EXCUSE),
        ("je préviens qui en cas d'absence ?", Rule.HOW_TO_EXCUSE),
        ("quand je serai malade, je fais comment ?", Rule.HOW_TO_EXCUSE),
        ("j'informe qui de mon indisponibilité ?", Rule.HOW_TO_EXCUSE),
        ("qui s'est excusé au dernier bureau ?", None),
        ("comment prévenir les inondations ?", None),
        ("je serai absent jeudi", None),
        ("comment est choisi le secrétaire de séance ?", Rule.SECRETARY),
        ("on vote à main levée ou à bulletin secret ?", Rule.VOTE_MODE),
        ("le quorom c koi ?", Rule.QUORUM),
        ("faut-il un minimum de membres présents pour voter ?", Rule.QUORUM),
        ("nouvelle convocation après un quorum pas atteint, quel délai ?", Rule.QUORUM_FAILED),
        ("la convoc doit arriver combien de temps à l'avance ?", Rule.NOTICE),
        # What happened, not the law: read elsewhere.
        ("qui était secrétaire de séance le 4 juillet ?", None),
        ("y a-t-il eu des abstentions le 24 mars 2022 ?", None),
        ("le quorum était atteint au dernier bureau ?", None),
        ("combien de présents au dernier conseil ?", None),
        ("je donne pouvoir à Laget pour le prochain bureau", None),
        ("le plan égalité femmes-hommes", None),
        ("le forum des associations", None),
        # « compte » as an act's name, not the verb the rules ask with
        ("qui s'est abstenu sur le compte administratif", None),
        ("combien d'abstentions au compte de gestion 2021 ?", None),
        ("les abstentions du compte-rendu de mars, on les a ?", None),
        ("l'abstention, ça compte pour le résultat ?", Rule.ABSTENTION),
        # A question in general terms joining a rule's concepts, in any order
        ("le président a-t-il deux voix quand il y a égalité ?", Rule.TIE),
        ("en cas de partage des voix qui décide", Rule.TIE),
        ("la présidente vote aussi ?", Rule.TIE),
        ("à quoi sert un extrait de délibération", Rule.EXTRACT),
        ("le registre des délibérations c'est quoi", Rule.EXTRACT),
        ("il faut le quorum tout au long de la séance ?", Rule.QUORUM),
        ("le quorum est nécessaire pour chaque vote ?", Rule.QUORUM),
        ("une délibération est adoptée à quelle majorité ?", Rule.MAJORITY),
        ("qui convoque le conseil ?", Rule.CONVENER),
        ("si je ne peux pas venir je vote comment ?", Rule.PROXY_RULES),
        ("qu'est-ce qu'un procès-verbal ?", Rule.VOCABULARY),
        ("les votants c'est quoi", Rule.VOCABULARY),
        ("je peux changer d'avis ?", Rule.PROXY_REVOKE),
        ("c'est définitif ?", Rule.PROXY_REVOKE),
        ("je peux revenir dessus ?", Rule.PROXY_REVOKE),
        # the votes one member may cast: his own and the proxy he carries
        ("un élu peut-il voter pour deux personnes ?", Rule.VOTES_PER_MEMBER),
        ("un conseiller peut avoir combien de voix ?", Rule.VOTES_PER_MEMBER),
        ("est-ce que je peux voter 2 fois ?", Rule.VOTES_PER_MEMBER),
        ("combien de voix au maximum par membre ?", Rule.VOTES_PER_MEMBER),
        ("combien de voix portait Degraix le 4 juillet ?", None),
        ("combien de voix pour adopter une délibération ?", Rule.MAJORITY),
        ("c'est quoi une procuration ?", Rule.PROXY_RULES),
        ("qui présidait le dernier bureau ?", None),
        ("l'extrait de la délibération 2024.00417", None),
        ("le quorum était atteint le 4 juillet ?", None),
        ("quelle majorité pour le dob 2022 ?", None),
        ("qui préside le prochain bureau ?", None),
        ("qui a convoqué le bureau du 4 juillet ?", None),
        ("c'est quoi la délib sur le PLH", None),
        ("c'est quoi le pv du 4 juillet", None),
    ],
)
def test_a_rule_is_read_in_many_words(message: str, rule: Rule | None) -> None:
    assert rule_asked(message) is rule


@pytest.mark.parametrize(
    ("message", "sitting", "sent"),
    [
        (
            "séance le 20 mars, convocation partie le 16, c'est bon ?",
            date(2025, 3, 20),
            date(2025, 3, 16),
        ),
        ("un conseil le 3 mars peut être convoqué le 26 ?", date(2025, 3, 3), date(2025, 2, 26)),
        ("date limite de convocation pour le 12/04/2025", date(2025, 4, 12), None),
        ("quel délai de convocation ?", None, None),
    ],
)
def test_the_days_of_a_notice_question(
    message: str, sitting: date | None, sent: date | None
) -> None:
    assert notice_dates(message, date(2025, 2, 20)) == (sitting, sent)
