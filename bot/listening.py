"""How understanding plugs into the engine: three inspectors and the understanding actions.

Inspectors (they see every message after the crisis check):
- `pick_up_situation` stores the facts a message states (`situation.pick_up`) in the
  conversation variables; it takes the turn only to follow them: to the ghosted flow when
  told there was no answer at the rejection questions, back to them when told there was one.
- `take_aside` acknowledges a fact put right ("it was the FINAL round") and switches the
  language when asked ("can you write it in English?"), then asks the waiting question again.
- `answer_questions` answers a common question (`questions.yaml`) wherever the person is, then
  asks the waiting question again. It never takes an answer to the waiting question: a command
  or a matching option is left to the flows, unless the message is plainly a question (short,
  ending in "?") matched surely and the option only loosely; a request to go somewhere ("no,
  can we do the plan") is the engine's. At a free-text step (a vent) it
  answers questions about the bot itself, and practical questions asked plainly; a question
  that is part of the hurt ("is it normal to feel this upset?") is the person's words. Where a
  draft is asked for, a short question about replying ("should I even send something?", "what
  should I say?") is answered and the draft asked for again, never reviewed as the draft.
- `offer_reminder` (in `bot.reminding`) takes "remind me monday" to the remind flow.

Actions (used by the flows):
- `situation_fresh`: forget facts not picked up just now (a new rejection starts clean).
- `listen`: reply to what someone wrote, naming the feeling, never repeating a line.
- `thanks_strengths`: the thank-you note's line restating the strengths the person named.
- `vent_ideas`: ideas that fit what was vented (`ideas.pick_ideas`), none said twice.
- `welcome_back`: the greeting after an absence (`reminder_day` is in `bot.reminding`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from bot import reminding
from bot.core.actions import ActionRegistry
from bot.core.answer_checks import agreeing
from bot.core.commands import GLOBAL_COMMANDS, parse_command
from bot.core.context import Services, TurnContext
from bot.core.engine import Engine
from bot.core.language import offer_languages, switch_language
from bot.core.model import UnderstoodKind
from bot.flows.model import Step
from bot.i18n import N_, _, language
from bot.i18n.current import SOURCE
from bot.primitives.text import fold
from bot.reminding import NOT_PICKED_UP_IN
from bot.understanding.arrival import met_on_return
from bot.understanding.asides import corrected, language_asked, said_aside
from bot.understanding.feelings import LEXICON_FILE, Lexicon, lexicon_file
from bot.understanding.first_news import NEWS_MET
from bot.understanding.going import place_asked
from bot.understanding.ideas import IDEAS, pick_ideas
from bot.understanding.questions import QuestionBook, asked_outright, asked_plainly, says_question
from bot.understanding.questions_asked import (
    OPTION_BEATS_QUESTION,
    SURE_OUTRIGHT,
    SURE_QUESTION,
    asked_at_paste,
    asked_while_writing,
    only_yes_no,
    questions_in,
    questions_in_either,
)
from bot.understanding.situation import FACT_VARS, PICKED_AT, contradicted, pick_up
from bot.understanding.wording import asks

SAID_RECENTLY = "said_recently"
IDEAS_GIVEN = "ideas_given"
RECENT_KEPT = 40
"""Listening replies remembered per conversation, so none is said twice while others are left."""
NO_ANSWER = N_(
    "That sounds like a question, and I'm not sure I have a good answer to it. Could you ask it "
    "in other words? Type help to see what I can help with."
)
NO_PLACE = N_("You can type menu to see what I can do, or tell me what happened.")
HEARD = (
    N_("Thank you for telling me. That sounds really hard."),
    N_("I hear you. It makes sense that this hurts."),
    N_("That's a lot to carry. Thank you for putting it into words."),
)
"""Replies to free text in a language the feelings lexicon does not know yet."""
CORRECTED = N_("Sorry, I had that wrong: they did get back to you. Thanks for putting me right.")
AT_PASTE = {
    "whether": N_(
        "You don't have to reply: saying nothing is a fine choice. If you'd like to keep the door "
        "open, a short, kind thank-you is enough, and we can look at it together first."
    ),
    "what": N_(
        "Keep it short and kind: thank them for their time, say you're disappointed but glad to "
        "have been considered, and ask them to keep you in mind. Rough words are fine; we'll "
        "shape them together."
    ),
}
"""Answers to a question typed where a draft is asked for: whether to reply, what to write."""
DRAFT_FLOW = "draft"
GHOSTED_FLOW = "ghosted"
VENT_FLOW = "vent"
WELCOME_FLOW = "welcome"
WELCOME_WHAT_HAPPENED = "what_happened"
WELCOME_ASKS = {"ask_stage": "stage", "ask_heard": "heard"}
"""The welcome's questions asking for one fact each, and that fact."""
LASTING = frozenset({"worry"})
"""Facts about the person, not one rejection, kept when a new rejection starts clean."""


async def pick_up_situation(ctx: TurnContext, text: str) -> bool:
    """Remember the stage, how they heard, how many rejections and when, if the text says; and
    forget what it says is wrong ("they did reply" after being taken as ghosted). Someone in
    the ghosted conversation who was in fact rejected is taken to the rejection questions; one
    asked how they heard who says there was no answer at all is taken to the ghosted one."""
    if ctx.conv.flow in NOT_PICKED_UP_IN:
        return False
    wrong = contradicted(text, ctx.vars)
    for name in wrong:
        ctx.vars.pop(name, None)
    facts = pick_up(text)
    if _earlier_stage(str(facts.get("stage", "")), str(ctx.vars.get("stage", ""))):
        if not corrected(text) and not wrong and not _new_rejection(ctx, text):
            del facts["stage"]  # "hours on the application" after a phone screen: still there
    if facts:
        ctx.vars.update(facts)
        ctx.meta[PICKED_AT] = ctx.now.isoformat()
    if facts.get("job_lost") and ctx.conv.flow == WELCOME_FLOW and ctx.conv.step in WELCOME_ASKS:
        ctx.understand(UnderstoodKind.ANSWER)  # "I wasn't applying for anything": no stage
        ctx.start_flow(WELCOME_FLOW, step="known_lost")
        return True
    if facts.get("heard") == "no_answer" and _unanswered_welcome_question(ctx, text):
        ctx.understand(UnderstoodKind.ANSWER)
        ctx.start_flow(GHOSTED_FLOW)  # "3 weeks of nothing" answers "how did you hear?"
        return True
    if wrong:
        ctx.say(_(CORRECTED))
        if ctx.conv.flow == GHOSTED_FLOW:
            ctx.start_flow(WELCOME_FLOW, step=WELCOME_WHAT_HAPPENED)
    return False


STAGES = ("application", "phone_screen", "interview", "final_round", "offer_stage")
"""How far someone can get, in order: a stage mentioned in passing never moves them back."""


def _earlier_stage(said: str, known: str) -> bool:
    """Whether stage `said` comes before the stage already `known` (both may be empty)."""
    if said not in STAGES or known not in STAGES:
        return False
    return STAGES.index(said) < STAGES.index(known)


_NEW_ONE = re.compile(r"\b(?:again|another|new (?:rejection|no))\b")


def _new_rejection(ctx: TurnContext, text: str) -> bool:
    """Whether `text` may tell of another rejection: said at the welcome or the menu, or with
    "again", "another"... ("got rejected again after a phone screen")."""
    return ctx.conv.flow in (None, WELCOME_FLOW, "menu") or bool(_NEW_ONE.search(fold(text)))


def _unanswered_welcome_question(ctx: TurnContext, text: str) -> bool:
    """Whether the person is asked how far they got or how they heard, and `text` answers
    neither option ("they said they'd reply by the 10th, it's been 3 weeks")."""

    engine = ctx.services.find(Engine)
    if engine is None or ctx.conv.flow != WELCOME_FLOW or ctx.conv.step not in WELCOME_ASKS:
        return False
    step = engine.walker.current(ctx)
    found = None if step is None else engine.answers.matcher.match(WELCOME_FLOW, step, text)
    return found is not None and found.option is None


async def take_aside(ctx: TurnContext, text: str) -> bool:
    """A fact put right ("it was the FINAL round") is acknowledged, or a request about the
    language ("can you write it in English?") switches it, then the waiting question (a vent
    included) is asked again; an answer to the waiting question is left to the flows."""

    engine = ctx.services.find(Engine)
    if engine is None or ctx.conv.flow in NOT_PICKED_UP_IN:
        return False
    step = engine.walker.current(ctx)
    waiting = step is not None and step.kind in ("choices", "capture") and bool(ctx.conv.flow)
    if waiting and step is not None and step.kind == "choices":
        found = agreeing(step, text, engine.answers.matcher.match(ctx.conv.flow or "", step, text))
        if found.option is not None and (found.option.sets or not corrected(text)):
            return False  # an answer ("final round"); "no, it was by phone" is no plain no
    wanted = language_asked(text)
    if wanted is not None:
        ctx.understand(UnderstoodKind.FLOW)
        if not switch_language(ctx, wanted):
            offer_languages(ctx)  # a language it does not speak: the ones it does
        elif waiting:
            engine.walker.reprompt(ctx)  # in the new language
        return True
    asked = WELCOME_ASKS.get(ctx.conv.step or "") if ctx.conv.flow == WELCOME_FLOW else None
    facts, line = said_aside(text, asked)
    own_words = step is not None and step.kind == "capture" and ctx.conv.flow != VENT_FLOW
    said_before = [getattr(r, "plain", "") for r in ctx.replies]
    if not facts or not waiting or own_words or _(CORRECTED) in said_before:
        return False  # a written answer ("what went well?"), or put right already
    ctx.vars.update(facts)
    ctx.understand(UnderstoodKind.QUESTION)
    ctx.say(line)
    engine.walker.reprompt(ctx)
    return True


async def answer_questions(ctx: TurnContext, text: str) -> bool:
    """Answer a common question, then ask the waiting question again."""

    every = ctx.services.find(QuestionBook)
    engine = ctx.services.find(Engine)
    book = None if every is None else every.in_language(language())
    if every is None or book is None or engine is None or not len(book):
        return False
    cmd = parse_command(text)
    if cmd is not None and (
        cmd.explicit or cmd.word in GLOBAL_COMMANDS or engine.flows.by_command(cmd.word)
    ):
        return False
    if _goes_somewhere(engine, text):
        return False  # "no. can we do the reply thing": a request, not a question
    step = engine.walker.current(ctx)
    if step is not None and _asked_for_draft(ctx, step) and _answered_at_paste(ctx, book, text):
        engine.walker.reprompt(ctx)  # "Paste or type what you'd like to send."
        return True
    found = questions_in_either(every, language(), text)  # a question in Spanish, too
    outright = asked_outright(text)
    if not found:
        return _unanswered(ctx, engine, step, text) if outright else False
    plainly = asked_plainly(text) or outright  # "no. company. how long they keep my passport"
    if step is not None and step.kind == "choices":
        found_option = engine.answers.matcher.match(ctx.conv.flow or "", step, text)
        score = found[0].score
        sure = score >= SURE_QUESTION
        loose = (found_option.score or 0) < OPTION_BEATS_QUESTION
        asked = ((asked_plainly(text) or outright) and sure and loose) or (
            outright and score >= SURE_OUTRIGHT and only_yes_no(found_option.option, text)
        )
        if found_option.option is not None and not asked:
            return False  # an answer to the waiting question, not a question
        if found_option.candidates and not sure and not (asks(text) or outright):
            return False  # a near miss at an option, and no question asked
    if step is not None and step.kind == "capture" and not asked_while_writing(found, plainly):
        return False
    ctx.understand(UnderstoodKind.QUESTION, score=round(found[0].score / 100, 3))
    for each in found:
        ctx.say(each.question.answer)
    if step is not None and step.kind in ("choices", "capture"):
        engine.walker.reprompt(ctx)
    else:
        ctx.say(_(NO_PLACE))
    return True


def _goes_somewhere(engine: Engine, text: str) -> bool:
    """Whether `text` asks to go to a flow ("no, just take me to the plan"): the engine's."""
    cmd = parse_command(place_asked(text) or "")
    return cmd is not None and not cmd.args and engine.flows.by_command(cmd.word) is not None


def _asked_for_draft(ctx: TurnContext, step: Step) -> bool:
    """Whether the waiting question asks for the draft of a reply to the employer."""
    return ctx.conv.flow == DRAFT_FLOW and step.capture is not None and step.capture.var == "draft"


def _answered_at_paste(ctx: TurnContext, book: QuestionBook, text: str) -> bool:
    """Where a draft is asked for, a short question about replying at all ("should I even send
    something?") or about what to write ("what should I say?") is answered, never reviewed as
    the draft: by the common question it surely is, else by a line about replying."""
    kind = asked_at_paste(text)
    if kind is None:
        return False
    found = questions_in(book, text)
    ctx.understand(UnderstoodKind.QUESTION)
    if found and found[0].score >= SURE_QUESTION:
        for each in found:
            ctx.say(each.question.answer)
    else:
        ctx.say(_(AT_PASTE[kind]))
    return True


def _unanswered(ctx: TurnContext, engine: Engine, step: Step | None, text: str) -> bool:
    """A question asked outright that the question book cannot answer, at a choices step where
    it would be taken as a plain yes or no ("no, what about gdpr" at "Do you want to keep
    going?"), or in a vent saying it is a question ("no this is question. gdpr?"): say so and
    ask again, rather than keep it as venting or end the conversation on a question."""
    if step is None or ctx.conv.flow in engine.config.closed_flows:
        return False
    if step.kind == "capture" and not (ctx.conv.flow == VENT_FLOW and says_question(text)):
        return False  # in a vent, "why me?" is venting; "this is question" is not
    if step.kind == "choices":
        found = engine.answers.matcher.match(ctx.conv.flow or "", step, text)
        if (found.score or 0) >= 1.0 or not only_yes_no(found.option, text, found.score or 0):
            return False
    elif step.kind != "capture":
        return False
    ctx.understand(UnderstoodKind.QUESTION)
    ctx.say(_(NO_ANSWER))
    engine.walker.reprompt(ctx)
    return True


def register(registry: ActionRegistry, services: Services) -> None:
    """Add the understanding actions to `registry`."""
    reminding.register(registry)  # reminder_day, reminder_made

    @registry.register("situation_fresh", optional=["within_minutes"])
    async def situation_fresh(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Forget situation facts but those this very message states (with `within_minutes`,
        all of them if some were picked up that recently): a new rejection starts clean. A
        money worry is kept: rent is still due after the next rejection."""
        typed = ctx.turn.text or ""
        ctx.meta.pop(NEWS_MET, None)  # met on an earlier first message: not this one
        picked = ctx.meta.get(PICKED_AT)
        within = timedelta(minutes=float(str(args.get("within_minutes") or 0)))
        if isinstance(picked, str) and within:
            with contextlib.suppress(ValueError):
                if ctx.now - datetime.fromisoformat(picked) <= within:
                    return
        for name in set(FACT_VARS) - set(pick_up(typed)) - LASTING:
            ctx.vars.pop(name, None)
        ctx.vars.pop("since_told", None)  # how long since, as answered (the ghosted flow)

    @registry.register("welcome_back", sets=["welcome_back"])
    async def welcome_back(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """`welcome_back` is a greeting ("Good to see you again. ") only after a real absence
        (longer than the engine's idle time since the last message), else empty (a correction
        or a miss never gets a welcome-back reset), then a line meeting a bad feeling said."""

        engine = ctx.services.find(Engine)
        away = engine.config.idle_after if engine is not None else timedelta(hours=12)
        seen = ctx.meta.get("seen_at")
        greet = False
        if isinstance(seen, str):
            with contextlib.suppress(ValueError):
                greet = ctx.now - datetime.fromisoformat(seen) > away
        hello = _("Good to see you again. ") if greet else ""
        ctx.vars["welcome_back"] = hello + met_on_return(ctx.turn.text or "")  # met first

    @registry.register("thanks_strengths", sets=["strengths_line"])
    async def thanks_strengths(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """The thank-you note's line about the person's strengths: theirs when they named them
        in the interview review, otherwise a placeholder to fill in."""
        named = str(ctx.vars.get("strengths") or "").strip().rstrip(".")
        ctx.vars["strengths_line"] = (
            _(
                "I was glad to show what I can bring ({strengths}), and I'd love to bring it to a "
                "future role with you."
            ).format(strengths=named)
            if named
            else _("[One or two strengths you showed, e.g. how you handled the case study.]")
        )

    @registry.register("vent_ideas", required=["text_var"])
    async def vent_ideas(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Say the ideas that fit the words in `text_var`, none already said here."""
        words = str(ctx.vars.get(str(args["text_var"])) or "")
        raw = ctx.meta.get(IDEAS_GIVEN)
        given = [str(i) for i in raw] if isinstance(raw, list) else []
        picked = pick_ideas(words, Lexicon.load().read(words).feelings, given)
        ctx.meta[IDEAS_GIVEN] = [*given, *picked]
        for idea in picked:
            ctx.say(_(IDEAS[idea]))

    @registry.register("listen", required=["text_var"], sets=["heard_tone"])
    async def listen(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Reply to the words just captured (else `text_var`) in their tone, naming their
        feeling, never with a line already said in this conversation while another is left;
        silent when there are no words.
        Sets `heard_tone` to `good` (good news or upbeat), `hard` (a painful feeling named) or
        ``."""
        words = (ctx.captured or str(ctx.vars.get(str(args["text_var"])) or "")).strip()
        ctx.vars["heard_tone"] = ""
        if not words:
            return
        if language() != SOURCE and lexicon_file(language()) == LEXICON_FILE:
            # no feelings lexicon in this language: a warm, plain reply from the catalogue
            raw = ctx.meta.get(SAID_RECENTLY)
            heard = [str(r) for r in raw if str(r).isdigit()] if isinstance(raw, list) else []
            n = (int(heard[-1]) + 1) % len(HEARD) if heard else 0
            ctx.meta[SAID_RECENTLY] = [str(n)]
            ctx.say(_(HEARD[n]))
            return
        reading = Lexicon.load().read(words)
        if reading.tone in ("good", "upbeat"):
            ctx.vars["heard_tone"] = "good"
        elif reading.tone == "hard":
            ctx.vars["heard_tone"] = "hard"
        recent_raw = ctx.meta.get(SAID_RECENTLY)
        recent = [str(r) for r in recent_raw] if isinstance(recent_raw, list) else []
        lost = ctx.vars.get("job_lost") == "yes"  # laid off: no "rejection" lines
        rid, line = Lexicon.load().reply(words, recent, lost=lost)
        if rid in recent:
            recent.remove(rid)
        ctx.meta[SAID_RECENTLY] = [*recent, rid][-RECENT_KEPT:]
        ctx.say(line)
