"""Requests that work from anywhere in a conversation, as inspectors (after the crisis check).

- `forget_anywhere`: "forget me", "delete my data", "borra mis datos", "olvídame", alone or inside
  a sentence, start the forget flow, which asks before erasing anything; where a draft is asked
  for, only a bare request does ("Delete my details. I'm done with you people." is the draft).
- `erase_confirmed`: at the forget flow's "Shall I erase it all?", delete words ("fine, erase
  it", "ugh fine, erase everything then", "bueno, bórralo todo") are its yes, never "No, keep
  it"; asking to erase only part ("just the stuff about my manager") gets an honest line that
  only everything (or the draft alone) can be erased, and the question again; a question
  about erasing ("does this also delete my account?") erases nothing; a draft deleted there is
  remembered (`draft_erased`), so keeping the rest never says nothing was erased.
- `resume_anywhere`: "pick up where we left off" goes back to the question a crisis check or a
  check-in interrupted, else asks the waiting question again, else goes back into the flow left
  (after a restart too), and says plainly when there is nothing to pick up (to someone the bot
  holds nothing about, such as after "forget me", that nothing was kept).
- `stop_anywhere`: "stop" said as a sentence of its own in a short message ("none. stop", "no
  no. this is not message. I am confuse. stop") is the stop command, at any step (the bot tells
  people to type stop); not in the care flows, whose own options take it.
- `done_anywhere`: a bare "im done" ("i'm so done", "ya me cansé") while a question waits is met
  gently with the done flow's offer to stop or take a break (never read as an option such as
  the vent's "I'm done for now"); going on asks the waiting question again. The crisis check
  has read the words first.
- `draft_deleted`: "delete the draft", "remove my draft", "borra el borrador" (and "delete it"
  at the draft flow's own questions) deletes the draft held unsent, with a line saying so and
  that nothing was sent; "forget" still erases everything. Where the question waiting has its
  own delete option (the held draft's), that option answers.
- `not_a_draft`: in the draft flow, words about this conversation ("no im not writing anything.
  i asked how long companies take to reply", "eso no era un mensaje, era mi pregunta") are never
  reviewed as a draft: the question in them is answered, and when they say there is no draft,
  any draft made of their words is let go and the draft step left kindly (to the menu).
"""

from __future__ import annotations

import re

from bot.core.commands import stop_said
from bot.core.context import Redirect, TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.core.walker import LEFT_AT
from bot.flows.model import Step
from bot.i18n import N_, _, language
from bot.understanding.erase_said import erase_said, partial_erase
from bot.understanding.normal import norm
from bot.understanding.questions import THRESHOLD, QuestionBook, reads_as_question
from bot.understanding.questions_asked import MAX_ANSWERED, questions_in
from bot.understanding.quiet import done_only
from bot.understanding.requests import forget_asked, resume_asked, to_the_bot
from bot.understanding.wording import asks

FORGET_FLOW = "forget"
FORGET_ASKS, FORGET_ERASE = "confirm", "erase"
"""The forget flow's question, and its step that erases everything."""
DONE_FLOW = "done"
DRAFT_FLOW = "draft"
AFTER_DRAFT = "after"
WELCOME_FLOW = "welcome"
ONE_OFF = (FORGET_FLOW, "goodbye")
"""Flows that are a request done, not a conversation to go back into."""
JUST_REVIEWED = frozenset({"risky", "decide", "pause_offer"})
"""The draft flow's questions right after the words typed were reviewed as a draft."""
BARE_REQUEST_WORDS = 5
"""Where a draft is asked for, only a bare request ("delete my data") is one to the bot."""
SURE_OPTION = 0.9
"""An option matched this surely is the answer ("Pick up where we left off" at the welcome)."""
STILL_HERE = N_("We're still in the middle of this, so let's carry on from here.")
BACK_THERE = N_("Here's where we left off.")
NOTHING_LEFT = N_("There's nothing to pick up yet: we haven't left anything half-way.")
NOTHING_KEPT = N_(
    "I have no earlier conversation with you to pick up. If you asked me to forget you, I erased "
    "everything then, as you asked, so we're starting fresh."
)
TAKEN_AS_DRAFT = N_("Sorry, I took your words for a draft to send. I've let that go.")
NO_DRAFT = N_("No draft needed, then. Here's the menu; type draft any time you want to write one.")
DRAFT_DELETED = N_("Done, I've deleted that draft. Nothing was sent.")
NO_DRAFT_HELD = N_("There's no draft waiting here, so there's nothing to delete.")
_DELETE_DRAFT = re.compile(
    r"^(?:(?:please|pls|can you|could you|just|ok|okay|yes|actually|si|ya|mejor|porfa)\s+)*"
    r"(?:delete|remove|erase|bin|trash|discard|get rid of|borra|borrar|elimina|eliminar|quita|"
    r"quitar|descarta|tira)\s+(?:the|my|that|this|el|mi|ese|este)\s+"
    r"(?:draft|message|reply|email|borrador|mensaje|respuesta|correo)"
    r"(?:\s+(?:please|pls|porfa|por favor|then|entonces))?$"
)
_DELETE_IT = re.compile(
    r"^(?:(?:please|pls|just|ok|okay|yes|actually|si|mejor|porfa)\s+)*"
    r"(?:(?:delete|remove|erase|bin|trash|discard|get rid of) it|borralo|eliminalo|descartalo)"
    r"(?:\s+(?:please|pls|porfa|por favor))?$"
)
"""Asking to delete the draft held ("delete the draft", "borra el borrador"); "delete it" only
where the draft is being talked about (the draft flow)."""
ONLY_EVERYTHING = N_(
    "Of what you've told me, I can only erase everything at once, not one part. The one exception "
    "is a draft of a message: type delete the draft and I'll delete only that and keep the rest."
)
DRAFT_ERASED = "draft_erased"
"""Set to "yes" when the draft is deleted at the forget flow's question, so its "keep it" line
says the draft went and the rest stayed (never "nothing was erased")."""
ASK_AWAY = N_("Of course. Ask me in a few words, and I'll answer if I can.")


def _engine(ctx: TurnContext) -> Engine | None:
    engine = ctx.services.find(Engine)
    if engine is None or ctx.conv.flow in engine.config.closed_flows:
        return None  # the care flows read every word as an answer
    return engine


def _waiting(engine: Engine, ctx: TurnContext) -> Step | None:
    step = engine.walker.current(ctx) if ctx.conv.flow else None
    return step if step is not None and step.kind in ("choices", "capture") else None


def _asks_for_draft(step: Step | None) -> bool:
    """Whether `step` asks for the draft of a reply to the employer."""
    return step is not None and step.capture is not None and step.capture.var == "draft"


def _offers_delete(step: Step | None) -> bool:
    """Whether `step` offers its own delete option (the vent's "Yes, delete it")."""
    return step is not None and any(erase_said(o.label) for o in step.choices)


def _option_says(engine: Engine, ctx: TurnContext, step: Step | None, text: str) -> bool:
    """Whether a waiting option surely takes `text` (then the flow answers it)."""
    if step is None or step.kind != "choices":
        return False
    found = engine.answers.matcher.match(ctx.conv.flow or "", step, text)
    return found.option is not None and (found.score or 0) >= SURE_OPTION


async def forget_anywhere(ctx: TurnContext, text: str) -> bool:
    """Start the forget flow when asked to erase everything, wherever the person is."""
    if ctx.conv.flow == FORGET_FLOW or not forget_asked(text):
        return False  # the words first: on nearly every message they settle it
    engine = _engine(ctx)
    if engine is None:
        return False
    step = _waiting(engine, ctx)
    if _asks_for_draft(step) and len(text.split()) > BARE_REQUEST_WORDS:
        return False  # "Delete my details. I'm done with you people." is a draft to them
    if _offers_delete(step) and not forget_asked(text, told=False):
        return False  # "delete what i wrote" answers the vent's own "Should I delete...?"
    if engine.walker.flows.get(FORGET_FLOW) is None:
        return False
    ctx.understand(UnderstoodKind.COMMAND)
    ctx.start_flow(FORGET_FLOW, remember=True)  # "no, keep it", then pick up where we were
    return True


async def erase_confirmed(ctx: TurnContext, text: str) -> bool:
    """At "Shall I erase it all?", delete words are a yes; part of it, an honest word and the
    question again (see the module docstring)."""
    if ctx.conv.flow != FORGET_FLOW or ctx.conv.step != FORGET_ASKS:
        return False
    engine = _engine(ctx)
    if engine is None or engine.walker.flows.step(FORGET_FLOW, FORGET_ERASE) is None:
        return False
    if partial_erase(text):
        ctx.understand(UnderstoodKind.ANSWER)
        ctx.say(_(ONLY_EVERYTHING))
        engine.walker.reprompt(ctx)
        return True
    if not erase_said(text) or asks(text):
        return False  # "does this also delete my account on the job site?" asks, never erases
    ctx.understand(UnderstoodKind.ANSWER)
    ctx.start_flow(FORGET_FLOW, step=FORGET_ERASE)
    return True


async def stop_anywhere(ctx: TurnContext, text: str) -> bool:
    """End the conversation kindly when a short message says "stop" on its own."""
    engine = _engine(ctx) if stop_said(text) else None
    if engine is None:
        return False
    ctx.understand(UnderstoodKind.COMMAND)
    await engine.dispatcher.commands.run(ctx, "stop", "", explicit=False)
    return True


async def done_anywhere(ctx: TurnContext, text: str) -> bool:
    """Offer to stop or pause when a bare "im done" is said at a waiting question."""
    engine = _engine(ctx)
    if engine is None or ctx.conv.flow in (DONE_FLOW, None) or not done_only(text):
        return False
    step = _waiting(engine, ctx)
    if step is None or engine.walker.flows.get(DONE_FLOW) is None:
        return False
    ctx.understand(UnderstoodKind.COMMAND)
    ctx.meta["resume"] = [ctx.conv.flow, step.id]  # "keep going": that question again
    ctx.start_flow(DONE_FLOW)
    return True


async def resume_anywhere(ctx: TurnContext, text: str) -> bool:
    """Go back to where the conversation was left (see the module docstring)."""
    engine = _engine(ctx) if resume_asked(text) else None
    if engine is None:
        return False
    step = _waiting(engine, ctx)
    if _option_says(engine, ctx, step, text):
        return False
    ctx.understand(UnderstoodKind.COMMAND)
    flows = engine.walker.flows
    interrupted = ctx.meta.pop("resume", None)
    if isinstance(interrupted, list) and len(interrupted) == 2:
        there = flows.step(str(interrupted[0]), str(interrupted[1]))
        if there is not None and there.kind in ("choices", "capture"):
            ctx.say(_(BACK_THERE))
            ctx.redirect = Redirect(str(interrupted[0]), str(interrupted[1]), reprompt=True)
            return True
    entry = (engine.config.menu_flow, engine.config.welcome_flow, WELCOME_FLOW, *ONE_OFF)
    if step is not None and ctx.conv.flow not in entry:
        ctx.say(_(STILL_HERE))
        engine.walker.reprompt(ctx)
        return True
    left = ctx.meta.get(LEFT_AT)
    flow = flows.get(str(left[0])) if isinstance(left, list) and len(left) == 2 else None
    if isinstance(left, list) and flow is not None and flow.id not in entry:
        ctx.say(_(BACK_THERE))
        there = flows.step(flow.id, str(left[1]))
        if flow.resume in flow.steps:
            ctx.redirect = Redirect(flow.id, flow.resume)
        elif there is not None and there.kind in ("choices", "capture"):
            ctx.redirect = Redirect(flow.id, str(left[1]), reprompt=True)
        else:
            ctx.redirect = Redirect(flow.id)
        return True
    ctx.say(_(NOTHING_KEPT if ctx.conv.version == 0 else NOTHING_LEFT))  # 0: nothing held at all
    if step is not None:
        engine.walker.reprompt(ctx)
    else:
        ctx.redirect = Redirect(engine.config.menu_flow)
    return True


async def draft_deleted(ctx: TurnContext, text: str) -> bool:
    """Delete the draft held unsent when asked to, wherever the person is (see above)."""
    engine = _engine(ctx)
    said = norm(text)
    asked = _DELETE_DRAFT.match(said) or (
        ctx.conv.flow == DRAFT_FLOW and _DELETE_IT.match(said) is not None
    )
    if engine is None or not asked:
        return False
    step = _waiting(engine, ctx)
    if _asks_for_draft(step) or _option_says(engine, ctx, step, text):
        return False  # their draft's own words, or the held draft's own "Delete it"
    held = engine.walker.registry.get("draft_held")
    if held is None:
        return False
    await held.fn(ctx, {})
    ctx.understand(UnderstoodKind.COMMAND)
    if ctx.vars.get("held_draft_found") != "yes" and not ctx.vars.get("draft"):
        ctx.say(_(NO_DRAFT_HELD))
    else:
        await _let_go(engine, ctx)
        ctx.say(_(DRAFT_DELETED))
        if ctx.conv.flow == FORGET_FLOW:
            ctx.vars[DRAFT_ERASED] = "yes"
        if ctx.conv.flow == DRAFT_FLOW and engine.walker.flows.step(DRAFT_FLOW, AFTER_DRAFT):
            ctx.redirect = Redirect(DRAFT_FLOW, AFTER_DRAFT)  # "Anything else right now?"
            return True
    if step is not None:
        engine.walker.reprompt(ctx)
    return True


async def not_a_draft(ctx: TurnContext, text: str) -> bool:
    """Words about this conversation where a draft is asked for or was just reviewed."""
    engine = _engine(ctx)
    if engine is None or ctx.conv.flow != DRAFT_FLOW:
        return False
    step = _waiting(engine, ctx)
    asked_for = _asks_for_draft(step)
    if step is None or not (asked_for or step.id in JUST_REVIEWED):
        return False  # a draft held from before ("held") is not let go on a misreading
    said = to_the_bot(text)
    if said is None or _option_says(engine, ctx, step, text):
        return False
    book = ctx.services.find(QuestionBook)
    answers = _answers(book.in_language(language()), said.question) if book else []
    ctx.understand(UnderstoodKind.QUESTION)
    if not asked_for:
        ctx.say(_(TAKEN_AS_DRAFT))
        await _let_go(engine, ctx)
    for answer in answers:
        ctx.say(answer)
    if said.not_writing or not asked_for:
        ctx.say(_(NO_DRAFT))
        ctx.redirect = Redirect(engine.config.menu_flow)
        return True
    if not answers:
        ctx.say(_(ASK_AWAY))
    engine.walker.reprompt(ctx)
    return True


async def _let_go(engine: Engine, ctx: TurnContext) -> None:
    """Let go of the draft made of words that were not one (nothing was sent)."""
    release = engine.walker.registry.get("draft_release")
    if release is not None:
        await release.fn(ctx, {})
    for name in ("draft", "draft_rewrite"):
        ctx.vars.pop(name, None)


def _answers(book: QuestionBook, question: str) -> list[str]:
    """The answers to the common questions `question` asks ("how long companies take to reply",
    "si vale la pena escribirles"): as a question, else by its words alone."""
    if not question or not len(book):
        return []
    if reads_as_question(question):
        found = questions_in(book, question)
        if found:
            return [m.question.answer for m in found[:MAX_ANSWERED]]
    ranked = book.scores(question)
    if not ranked or ranked[0][0] < THRESHOLD:
        return []
    if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < 4.0:
        return []
    return [ranked[0][1].answer]
