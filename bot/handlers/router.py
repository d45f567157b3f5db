"""Plain French sentences, routed to the same features as the commands; what nothing else
answers (an unknown command, a forged button)."""

from __future__ import annotations

import functools
import re
from datetime import timedelta
from importlib import metadata

from rapidfuzz.distance import Levenshtein
from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.context import CouncilApp, CustomContext
from bot.dispatch import every_handler
from bot.handlers import (
    compared_counts,
    convocations,
    desk,
    follow_up,
    import_warnings,
    new_sitting,
    news,
    proxies,
    questions,
    roles,
    secretariat,
    sitting_orders,
)
from bot.handlers.common import MAX_QUESTION_LENGTH, Ask, as_member
from bot.services import act_facts, greetings, identity_claims
from bot.services import convocations as convocations_service
from bot.services.act_fields import act_field_asked
from bot.services.action_asks import REMAINDER_ASKED
from bot.services.dictation import heard_as_written, marks_said
from bot.services.english import in_french
from bot.services.frames import Asked, read_frames
from bot.services.identity import links_asked
from bot.services.import_warnings import warnings_asked
from bot.services.law_questions import rule_asked
from bot.services.news import news_asked
from bot.services.roll_calls import read_roll_call
from bot.services.search import meaningful, out_of_scope
from bot.services.shorthand import own_names, spelled_out
from bot.services.sitting_orders import order_said
from bot.services.small_talk import (
    OTHER_ASSEMBLY,
    Courtesy,
    NotHeld,
    definition_asked,
    lesson_asked,
    not_held,
    plain_request,
    small_talk,
    unwrapped,
)
from bot.services.spoken_numbers import years_said
from storage import chat_state, cues, lookups, queries
from storage.names import fold

# Messages that start a proxy dialog of their own: no reminder of the one they replace.
_DAYS_ONLY = frozenset({Asked.NOTHING, Asked.SITTING})
# What « c'est quoi X ? » may be read as when X is a thing, not a member nor a day.
_DEFINED = frozenset({Asked.SEARCH, Asked.NOTHING, Asked.SITTING, Asked.DELIBERATION})
PROXY_ACTS = frozenset(
    {Asked.GIVE_PROXY, Asked.REVOKE_PROXY, Asked.DECLARE_PRESENT, Asked.DECLARE_ABSENT}
)


@as_member
async def answer_text(ask: Ask) -> None:
    """A sentence: read it as a frame (what, who, when, which act: bot/services/frames.py)
    and answer that (bot/handlers/questions.py)."""
    message = ask.update.effective_message
    text = (message.text or "") if message else ""
    # Only the secretariat can have a /nouvelle_seance draft: nobody else's question pays a
    # look-up for one. Before the length check: an agenda may be long.
    # « oui », « vas-y » under the one action just offered (« Envoyer la convocation »): pressed
    if ask.asker.secretariat and await convocations.press_in_words(ask, text):
        return
    if ask.asker.secretariat and await new_sitting.answer_text(ask, text):
        return
    # « annule le bureau du 18 », « reporte le conseil du 14 au 21 », the yes to such an order
    if ask.asker.secretariat and await sitting_orders.answer_text(ask, text):
        return
    # « retire le rôle de secrétariat à Fayolle »: a secretary's order (a member is told so)
    if await roles.answer_text(ask, text):
        return
    # « tout est prêt pour le bureau du 18 ? », « le bloc présences pour le PV du bureau du 2 »
    if await desk.answer_text(ask, text):
        return
    # « qui n'a pas encore accusé réception ? », « relance Berger »: the secretariat's follow-up
    if await follow_up.answer_text(ask, text):
        return
    # « oui », « Basson », « non, plutôt à Laget »: the answer to a pending proxy question.
    dialog = await proxies.answer_text(ask, text)
    if dialog is proxies.Reply.ANSWERED:
        return
    await answer_sentence(ask, text, pending=dialog is proxies.Reply.STILL_PENDING)


# A sentence of a letter, up to its end mark (kept) or the text's end. Each one starts where
# the one before ended, so the text is read once: « up to a question mark », looked for from
# each character in turn, read 4 kB without one 4,000 times over (18 ms of the loop, 1 ms now).
_SENTENCE = cues.plain(r"[^.!?\n]*(?:[.!?\n]|$)")


def _last_question(text: str) -> str | None:
    """The last sentence ending in « ? » of a long message (a letter asks one or two), if it
    is short enough to be one question; None otherwise (the message is refused as too long)."""
    questions = [
        q.strip()
        for found in _SENTENCE.finditer(text)
        if (q := found.group()).endswith("?") and len(q.strip()) > 3
    ]
    if not questions or len(questions) > 2 or len(questions[-1]) > MAX_QUESTION_LENGTH:
        return None  # (« Degraix était présent ? » forty times: a flood, not a letter)
    return questions[-1]


async def answer_sentence(ask: Ask, text: str, *, pending: bool = False) -> None:
    """A sentence that answers no dialog: courtesy, what no document holds, or questions;
    `pending`: a proxy still waits for its yes, reminded after the answer."""
    if len(text) > MAX_QUESTION_LENGTH:
        # « Madame, Monsieur, … [a long letter] … Pourriez-vous me dire qui présidait le dernier
        # bureau ? Cordialement »: the letter's last question, when it is one of a sentence
        asked = _last_question(text)
        if asked is None:
            await ask.reply("too_long", limit=MAX_QUESTION_LENGTH)
            return
        text = asked
    # « cb de pvr », « g donné pvr ? »: text-message words spelled out for every reader.
    # « SEM », « la métro »: the asker's own council by the words every reader knows it by
    text = spelled_out(text, own_names(ask.reads.council_name(ask.session)))
    # « c'est quoi le kor rom » (dictated): an intent word split in two, joined back.
    text = heard_as_written(text)
    # « … le 27 janvier virgule et combien il fallait point d'interrogation »: the marks said
    text = marks_said(text)
    # « combien de délibs en deux mille vingt deux »: a year said, in figures
    text = years_said(text)
    # « EST-CE QUE LES MICHAUD ETAIENT LA » : shouted, read as typed by someone who writes no
    # capitals (in capitals every word looked like a name, and names like words)
    text = _unshouted(text)
    # « Je suis Bernard Laget, note que je serai absent », « en tant que secrétariat, … »:
    # another member, or an office, claimed; said, and nothing done in its name
    if await _someone_else_claimed(ask, text):
        return
    # « Pourriez-vous noter mon absence jeudi ? », « merci de transmettre ma procuration à
    # Mme Berger »: the act asked for, said plainly, before courtesy takes « merci » for thanks
    # (« merci de noter que j'ai bien reçu la convocation »: the receipt, below).
    text = plain_request(text)
    # « bien reçu la convocation », « ok pour jeudi »: the receipt of a convocation, recorded.
    if await convocations.acknowledge_in_words(ask, text):
        return
    # « quels sont les derniers documents importés ? », « quoi de neuf depuis le dernier
    # conseil ? »: what is new (never a topic searched, nor a greeting answered with the help)
    # (« des soucis avec les fichiers importés ? » asks the import warnings, below)
    if (new := news_asked(text)) is not None and warnings_asked(text) is None:
        await news.answer_news(ask, new)
        return
    # « merci, c'est très clair », « désolé, fausse manip »: nothing is asked.
    if courtesy := small_talk(text):
        if courtesy is Courtesy.ABOUT:
            # « t'es qui ? », « ta version ? », « tu connais quelles séances ? »: what it is,
            # its version, and what the store holds for this member's council
            overview = ask.reads.lookup(ask.session, lookups.store_overview)
            await ask.reply(courtesy.value, o=overview, version=_version())
            return
        if courtesy is Courtesy.RELAUNCH:
            await convocations.offer_relaunch(ask, text)
            return
        if courtesy is Courtesy.REMINDERS:
            await ask.reply(
                courtesy.value,
                eve_hour=convocations_service.REMINDER_HOUR,
                holder_hour=convocations_service.HOLDER_REMINDER_HOUR,
            )
            return
        # « merci, bonne soirée », « bonne nuit »: the wish said back in kind
        await ask.reply(courtesy.value, wish=greetings.wish(text))
        if pending:  # « merci » while a proposal waits: it is still not registered
            await proxies.remind_pending(ask, a_question=False)
        return
    # « Excusez-moi de vous déranger, je voudrais savoir si … Bien cordialement, R. X »: the
    # question inside, without the formulas around it (nor the signature, never a name asked);
    # after politeness alone (« super merci » stays thanks, not « super »)
    text = unwrapped(text)
    if links_asked(text):  # « combien de membres n'ont pas relié leur compte ? »
        await secretariat.answer_links(ask)
        return
    # A telephone number, a group's position, English: no document holds it; say so.
    held = not_held(text)
    if held is None and not ask.asker.secretariat and order_said(text):
        # « nouvelle séance du bureau le 17 à 20h », « convoque le bureau du 17 »: a sitting's
        # order typed by a member, who gives none (never read as a question about it)
        held = NotHeld.SITTING_CHANGE
    if held is NotHeld.ELSEWHERE:
        await ask.reply("out_of_scope")
        return
    if held is NotHeld.OTHER_COUNCIL and rule_asked(text) is not None:
        held = None  # « un élu du conseil municipal peut porter mon pouvoir ? »: the law's
    if held is NotHeld.OTHER_COUNCIL:
        # « le conseil municipal d'hier »: another assembly, unless the store holds one so named
        councils, bodies = queries.assembly_names(
            session=ask.session, council_id=ask.asker.council_id
        )
        said = OTHER_ASSEMBLY.search(" ".join(re.findall(r"\w+", fold(text))))
        stem = said.group(0).split()[-1][:6] if said else ""
        if said and stem and not any(stem in fold(name) for name in (*councils, *bodies)):
            await ask.reply(
                "not_held",
                kind=held.value,
                councils=councils,
                bodies=bodies,
                assembly=_as_typed(text, said.group(0)),
            )
            return
        held = None
    if held is NotHeld.ENGLISH and (french := in_french(text)) is not None:
        # « who was present at the last bureau? »: said to be answered in French, and answered
        # as understood (the question put in French said first, so a wrong reading shows)
        await ask.reply("english_read", question=french)
        held, text = None, french
    if held is not None:
        # (what is kept of a member says how long the conversation's thread lives)
        minutes = int(questions.TALK_TTL.total_seconds() // 60)
        await ask.reply("not_held", kind=held.value, talk_minutes=minutes)
        return
    # « des anomalies ? », « qu'est-ce qui cloche dans les imports ? »: the import warnings.
    if await secretariat.sheet_to_print(ask, text):
        return  # « en PDF », « je peux l'imprimer ? » after /feuille
    if await secretariat.presences_to_spreadsheet(ask, text):
        return  # « exporte les présences en CSV », « en csv » after a sitting
    if (warnings := warnings_asked(text)) is not None:
        await import_warnings.answer_warnings(ask, text, warnings)
        return
    # « Perache », « le deuxième » typed under « Lequel voulez-vous dire ? »: that one
    if await questions.answer_typed_choice(ask, text):
        return
    if (lesson := lesson_asked(text)) is not None and rule_asked(text) is None:
        # « explique-moi le quorum », « raconte-moi le dernier bureau »: what follows is asked;
        # « explique-moi l'inflation »: a topic no document holds is not the assistant's
        inner = read_frames(lesson, ask.runtime.today())
        topic = " ".join(w for f in inner for w in f.words)
        if all(f.asked in (Asked.SEARCH, Asked.NOTHING) for f in inner) and not (
            ask.reads.deliberation_index(ask.session).holds(topic)
            or ask.reads.action_index(ask.session).holds(topic)
        ):
            await ask.reply("out_of_scope", words=lesson.rstrip(" ?!.").strip())
            return
        text = lesson
    if (
        (subject := definition_asked(text)) is not None
        and rule_asked(text) is None
        # « c'est quoi l'objectif ? », « et ça sert à quoi ? », « c'est quoi les 94 000 € ? »:
        # a fact of the act in talk or of an amount, not a thing to define
        and act_facts.aspect_asked(text) is None
        and act_field_asked(text) is None
        and questions.action_fact(text) is None  # « c'est quoi l'objectif ? » of an action
        # « c quoi le reste à charge ? »: a figure of the funded actions, never a term
        and not REMAINDER_ASKED.search(fold(text))
        and not re.search(r"\d", subject)
        and act_facts.amount_typed(text) is None
    ):
        # « c'est quoi la loi NOTRe ? », « qu'est-ce qu'un EPCI ? », « la séance c'est quoi ? »:
        # what a thing is, asked of the assistant; answered from the acts only when one is
        # about it (its title says it: « c'est quoi le CLS ? »), else what it answers is said
        inner = read_frames(subject, ask.runtime.today())
        if all(
            f.asked in _DEFINED
            and f.about is None
            and not f.first_person
            and f.when.empty
            and not f.number
            and not f.typed_number
            for f in inner
        ):
            topic = meaningful(" ".join(w for f in inner for w in f.words))
            if not topic or not (
                ask.reads.deliberation_index(ask.session).titles_hold(topic)
                or ask.reads.action_index(ask.session).holds(topic)
                # « c'est quoi Berger ? »: a member, answered as one
                or ask.reads.resolution(ask.session, subject, in_text=True).status != "unknown"
            ):
                await ask.reply("out_of_scope", words=subject)
                return
    # « plus de délibs en janvier ou en mars 2022 ? », « 2023 c'était plus que 2022 ? »: the
    # verdict first, then each period's count
    frames = await compared_counts.answer_compared(ask, text) or read_frames(
        text, ask.runtime.today()
    )
    # « quel temps fait-il ? »: nothing in the store, say what is.
    if all(f.asked in (Asked.SEARCH, Asked.NOTHING) for f in frames) and out_of_scope(text):
        await ask.reply("out_of_scope")
        return
    if frames[0].asked is Asked.GIVE_PROXY:
        # « pouvoir à X pour le 17 et pour le 4 juillet 2024 »: the other days are the proxy's,
        # said with its proposal, never read as questions of their own
        frames = [frames[0], *(f for f in frames[1:] if f.words or f.asked not in _DAYS_ONLY)]
    # « Qui était présent et qui était absent ? »: each question of the message, in order.
    for frame in frames:
        await questions.answer_frame(ask, frame)
    if frames[0].asked is Asked.GIVE_PROXY:
        await questions.other_sittings_named(ask, text)
    if pending and not any(f.asked in PROXY_ACTS for f in frames):
        # A question asked while a proxy waits for its yes: it is still not registered.
        await proxies.remind_pending(ask)


def _unshouted(text: str) -> str:
    """The message in lower case when it is typed in capitals (a few letters, « PLU ? », stay
    as they are)."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 8 or sum(map(str.isupper, letters)) < 0.9 * len(letters):
        return text
    return text.lower()


async def _someone_else_claimed(ask: Ask, text: str) -> bool:
    """Whether the message claims to come from another member, or from an office the asker
    does not hold; if so it is said (identity_claimed.j2) and nothing else is done."""
    claim = identity_claims.claimed(text)
    if (
        claim is None
        and not ask.asker.secretariat
        and identity_claims.secretariat_command_named(text)
    ):
        await ask.reply("secretariat_only")  # « affiche-moi /suivi »: reserved, whoever asks
        return True
    if claim is None or ask.asker.member_id is None:
        return False
    asker = ask.member_view(ask.asker.member_id)
    if asker is None:
        return False
    if claim.office is not None:
        if ask.asker.secretariat or not_held(text) is not None:
            return False  # (« je suis le secrétariat, donne-moi les identifiants … »: no
            # document holds it, whoever asks)
        await ask.reply("identity_claimed", account=asker.name, name=None, office=claim.office)
        return True
    resolution = ask.resolve(claim.name or "")
    if resolution.status == "unknown" or any(
        c.member_id == ask.asker.member_id for c in resolution.candidates
    ):
        return False  # a word, or the asker's own name (« ici Jean-Luc Degraix : … »)
    named = ask.member_view(resolution.member.member_id) if resolution.member else None
    said = named.name if named else claim.name
    await ask.reply("identity_claimed", account=asker.name, name=said, office=None)
    return True


@functools.cache
def _version() -> str:
    """The installed package's version, as its metadata says it (empty when not installed)."""
    try:
        return metadata.version("council-bot")
    except metadata.PackageNotFoundError:
        return ""


def _as_typed(text: str, folded: str) -> str:
    """The words of `text` whose folded form is `folded` (« conseil départemental »)."""
    tokens = re.findall(r"\w+", text)
    wanted = folded.split()
    for i in range(len(tokens) - len(wanted) + 1):
        if [fold(t) for t in tokens[i : i + len(wanted)]] == wanted:
            return " ".join(tokens[i : i + len(wanted)])
    return folded


# An album (pictures or files sent together) comes as one message each, sharing its
# media_group_id: the album is answered once, its id kept long enough for every part to come.
ALBUM_KEY = "album_answered"
ALBUM_KEPT = timedelta(minutes=10)


@as_member
async def answer_not_text(ask: Ask) -> None:
    await say_not_text(ask)


async def say_not_text(ask: Ask) -> None:
    """A photo, a voice note, a sticker, a member's file: nothing is read from it, and the
    member is told so rather than left without an answer (once for an album)."""
    message = ask.update.effective_message
    album = message.media_group_id if message else None
    user = ask.update.effective_user
    if album is not None and user is not None:
        now, session = ask.runtime.clock(), ask.session
        if (
            chat_state.get(session=session, telegram_user_id=user.id, key=ALBUM_KEY, now=now)
            == album
        ):
            return
        chat_state.put(
            session=session,
            telegram_user_id=user.id,
            key=ALBUM_KEY,
            value=album,
            now=now,
            ttl=ALBUM_KEPT,
        )
    caption = (message.caption or "") if message else ""
    # the photo of the signed sheet, its roll call in the caption: the secretariat's order,
    # told to type it (it was « n'est pas lue comme une question »)
    order = ask.asker.secretariat and (read_roll_call(caption) is not None or order_said(caption))
    await ask.reply("not_text", caption=bool(caption), order=order)


@as_member
async def stale_button(ask: Ask) -> None:
    """A button no feature recognises (forged, or from an older version): one answer."""
    await ask.reply("stale_button")


@as_member
async def answer_unknown_command(ask: Ask) -> None:
    """/commande inconnue: say so and show what exists; a command a slip away from one that
    exists (« /deliberations », « /membres », « /seanse ») is offered back, never run."""
    message = ask.update.effective_message
    typed = ((message.text or "") if message else "").split(maxsplit=1)[0]
    name = typed.lstrip("/").split("@")[0].lower()
    known = sorted(
        {
            command
            for handler in every_handler(ask.context.application)
            if isinstance(handler, CommandHandler)
            for command in handler.commands
        }
    )
    near = [c for c in known if name and _slip(name, c)]
    if near:
        nearest = min(Levenshtein.distance(name, c) for c in near)
        near = sorted(near, key=lambda c: Levenshtein.distance(name, c))
        best = [c for c in near if Levenshtein.distance(name, c) == nearest]
    else:  # « /delib 417 », « /assidu »: the beginning of one command only
        best = near = [c for c in known if len(name) >= 4 and c.startswith(name)]
    if len(best) == 1 and best[0] in _READING_COMMANDS and await _run_as(ask, best[0]):
        return
    await ask.reply("unknown_command", near=near[:3])


# Commands that only read: a slip of one of them (« /membres Degraix », « /deliberations 417 »,
# « /seancess ») is run as if typed right, as a name a letter away is found; a command that
# acts (a proxy, a presence, a convocation) is only offered back, never run.
_READING_COMMANDS = frozenset(
    {
        "actions",
        "suivi",
        "deliberation",
        "aide",
        "help",
        "settings",
        "membre",
        "mes_pouvoirs",
        "assiduite",
        "quorum",
        "feuille",
        "seances",
        "seance",
        "presents",
        "absents",
        "pouvoirs",
    }
)


async def _run_as(ask: Ask, command: str) -> bool:
    """Answer the message as the command `command` with the same argument; False when no
    handler of that command takes it."""
    message = ask.update.message
    application = ask.context.application
    if message is None or not message.text:
        return False
    _, _, rest = message.text.partition(" ")
    text = f"/{command} {rest}".rstrip()
    data = ask.update.to_dict()
    data["message"]["text"] = text
    data["message"]["entities"] = [
        {"type": "bot_command", "offset": 0, "length": len(command) + 1}
    ]
    update = Update.de_json(data, ask.context.bot)
    for handler in every_handler(application):
        if isinstance(handler, CommandHandler) and command in handler.commands:
            check = handler.check_update(update)
            if check is None or check is False:
                return False
            context = CustomContext.from_update(update, application)  # type: ignore[arg-type]
            await handler.handle_update(update, application, check, context)
            return True
    return False


def _slip(typed: str, command: str) -> bool:
    """Whether a typed command name is a slip of a known one: a letter or two away (one for
    short names), or the known one with an ending added (« /membres », « /pouvoirs_du »)."""
    reach = 1 if len(command) < 6 else 2
    if Levenshtein.distance(typed, command, score_cutoff=reach) <= reach:
        return True
    return typed.startswith(command) and len(typed) - len(command) <= 2


def register(application: CouncilApp) -> None:
    # After every feature's commands and buttons, in the same group: the first matching handler
    # of a group answers. (Sentences and what is not text are registered by sentences.py,
    # before the commands: their filters take neither.)
    application.add_handler(MessageHandler(filters.COMMAND, answer_unknown_command))
    application.add_handler(CallbackQueryHandler(stale_button))
