"""Several of a plan question's steps picked in one message ("2 and 4", "Unemployment support and
short-term work. I don't have a landlord, it's a mortgage"): at a plan question whose options
add steps to the plan, each option picked, by its number or in its own words, is added, none
lost, and the plan goes on from where the last one picked leads.

`several_picked` is an inspector: one option picked is left to the flow's own answer matching.
A part said with a "no" in it ("I don't have a landlord") picks nothing; a step doubted or turned
down on its own ("lo del seguro no sé si aplica acá") is said to be left out and the question
asked again, and beside "all three" ("las tres, menos el seguro") it is left out of the three;
with "the rest" said too ("not the landlord one, the rest yes"), the option it names without its
"no" is the one left out and every other single step is added. `hurried_plan`, another,
takes someone tired of going step by step ("whatever. just give me my plan") at a plan question
to the short version (`plan.quick`): the steps that fit in one list, to add all at once.
`own_step_added`, a third, adds a step of their own said with "pon"/"agrega"/"add" at any plan
question ("y tmb pon ir a la profedet el lunes"), in their words, and says what it added, after
adding the question's options picked before it ("las tres. y agrega ir a la profedet"); "I
want to add a step" at the question asking which step to tick or remove goes to `plan.own`;
`wrong_one_ticked`: "noo ese no!!" right after a tick unticks that step.
`pointed_step_removed`: "quítalo, acá no hay eso", "remove that one" take out the step pointed
at (the one just added, or the unemployment step when it does not exist where they live).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from bot.core.builtin_actions import JUST_ADDED, PLAN_LAST, TICK_DONE
from bot.core.context import Redirect, TurnContext
from bot.core.engine import Engine
from bot.core.model import Part, Text, UnderstoodKind
from bot.flows.model import ChoiceOption, Step
from bot.i18n import N_, _
from bot.primitives.text import fold
from bot.understanding.normal import words
from bot.understanding.plan_done import pointed_removal, wrong_one_said
from bot.understanding.plan_words import (
    GENERIC,
    hurried,
    own_step,
    said_before_adding,
    shares_words,
)
from bot.understanding.scoring import says_option

PLAN_FLOW = "plan"
QUICK, FIT, QUICK_VAR = "quick", "fit", "plan_quick"
QUICK_STEPS = frozenset({"quick_all", "quick_own"})
ADDS = "plan_add"
SURE_PART = 0.8
"""A part of the message picks an option only when it matches it this surely, or says its words."""
ADDED_BOTH = N_("Added both.")
ADDED_ALL = N_("Added all of those.")
ADDED_ONE = N_("Added that one, and left the other out.")
ADDED_OWN = N_("Added to your plan:")
HAD_OWN = N_("That's already in your plan:")
REMOVED = N_("Removed from your plan: {item}")
BENEFITS_ITEM = "money_benefits_item"
"""The plan's unemployment step as worded for the person's country (`bot.fitting`): the one
step that may not exist where they live ("acá no hay eso")."""
JUST_NOW = timedelta(minutes=15)
"""How recent the steps added must be for "remove that one" to point at them."""
PICKED_ONE = N_("Added what you picked.")
LEFT_OUT = N_("Okay, I've left that one out.")
PICKED_SEVERAL = N_("Added the ones you picked.")
OWN, SHOW = "own", "show"
EDITING = frozenset({"tick", "remove_ask", OWN})
"""The plan's questions that capture which step to tick or remove, or a step of their own."""

_NUMBERS = re.compile(r"^(?:\d+\s*(?:,|&|\+|and|y|e|or|o|plus)?\s*)+$")
_PARTS = re.compile(
    r"[.,;:!?]+|\s(?:and|&|plus|also|y|e|tambien|ademas)\s"
    r"|\s(?=(?:menos|excepto|except|salvo|but|pero|aunque|though|sin)\s)"
)
_NO = re.compile(
    r"(?<!\w)(?:dont|don'?t|do not|no|not|never|without|sin|tampoco|ni|quita\w*|saca\w*|excepto"
    r"|menos|except|skip|remove|drop|leave out)(?!\w)"
)
"""A part that says no to an option, or to take it out ("quita lo de la renta")."""
_UNSURE = re.compile(
    r"(?<!\w)(?:se si|sure (?:if|that|whether|it)|sure|creo que|think (?:it|that)|if it|whether"
    r"|(?:it |that )?(?:applies|apply|aplica|aplique|aplicaria|sirve|sirva|exists?|existe|hay)"
    r"|aca|aqui|here|for me|para mi|a mi|but|pero|aunque|though|one|el|la|lo)(?!\w)"
)
"""Words around a step said no to ("lo del seguro no sé si aplica acá"), left out to see which."""
_DOUBTED = re.compile(
    r"(?<!\w)(?:no se si|not sure|no creo|(?:don'?t|do not) think|no aplica|(?:doesn'?t|does not)"
    r" apply|no me sirve|no (?:me )?interesa|not interested|no (?:lo|la) necesito|(?:don'?t|do not)"
    r" need|no hace falta|not for me|no es para mi|(?:i'?ll |voy a )?(?:skip|saltar|paso de))(?!\w)"
)
"""A step doubted or turned down on its own ("lo del seguro no sé si aplica acá"): left out."""
_REST = re.compile(
    r"(?<!\w)(?:lo demas|los demas|las demas|el resto|lo otro|los otros|the rest|everything else"
    r"|all the others|the others|all else)(?!\w)"
)
"""A part that takes every option not said no to ("lo demás sí", "the rest yes")."""
_ADD_ONLY = re.compile(
    r"^(?:please |pls |porfa )?(?:add|include|put in|agrega\w*|anade\w*|incluye\w*|pon\w*)"
    r"(?: (?:these|those|them|both|estos|estas|esos|esas|los|las|ambos|ambas))?$"
)
"""A part that only says to add ("agrega", "add these") before the steps it lists."""


def _adds(engine: Engine, option: ChoiceOption) -> str | None:
    """The step `option` leads to, when that step adds to the plan."""
    target = option.target
    if target.kind != "step" or target.step is None:
        return None
    step = engine.walker.flows.step(PLAN_FLOW, target.step)
    if step is None or not any(call.name == ADDS for call in step.actions):
        return None
    return step.id


def _adds_one(engine: Engine, option: ChoiceOption) -> bool:
    """Whether `option` adds exactly one step ("Talk to my landlord", not "All three")."""
    to = _adds(engine, option)
    step = None if to is None else engine.walker.flows.step(PLAN_FLOW, to)
    return step is not None and sum(call.name == ADDS for call in step.actions) == 1


def picked(engine: Engine, step: Step, text: str) -> list[ChoiceOption]:
    """The options of `step` that `text` picks, by number ("2 and 4") or in words, in order."""
    return _reading(engine, step, text)[0]


def _reading(
    engine: Engine, step: Step, text: str
) -> tuple[list[ChoiceOption], list[ChoiceOption]]:
    """The options of `step` that `text` picks, and those it says no to or doubts."""
    said = fold(text).strip()
    if _NUMBERS.match(said):
        chosen = [int(n) for n in re.findall(r"\d+", said)]
        return [
            step.choices[n - 1]
            for i, n in enumerate(chosen)
            if 1 <= n <= len(step.choices) and n not in chosen[:i]
        ], []
    found: list[ChoiceOption] = []
    refused: list[ChoiceOption] = []
    rest = False
    for part in (p.strip() for p in _PARTS.split(f" {said} ")):
        if not part:
            continue
        if _ADD_ONLY.match(part):
            continue  # "agrega: A y B": the verb leads the list, it picks no "add all"
        if _REST.search(part) and not _NO.search(part):
            rest = True
            continue
        said_no = _NO.search(part) is not None
        named = " ".join(_UNSURE.sub(" ", _NO.sub(" ", part)).split()) if said_no else part
        match = engine.answers.matcher.match(PLAN_FLOW, step, named)  # "not the landlord one"
        option = match.option
        if option is None or not ((match.score or 0) >= SURE_PART or says_option(option, named)):
            continue
        into = refused if said_no else found
        if all(option.id != o.id for o in into):
            into.append(option)
    if refused and any(_adds(engine, o) and not _adds_one(engine, o) for o in found):
        found = [o for o in found if _adds_one(engine, o)]  # "las tres, menos lo del seguro"
        rest = True
    if rest and refused:
        others = [o for o in step.choices if _adds_one(engine, o)]
        found += [o for o in others if all(o.id != x.id for x in refused + found)]
    return found, refused


async def several_picked(ctx: TurnContext, text: str) -> bool:
    """Add every plan step `text` picks at the plan's waiting question, when it picks two or
    more, then go on as the last one picked does."""
    if ctx.conv.flow != PLAN_FLOW:
        return False
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    if engine is None or step is None or step.kind != "choices":
        return False
    options, refused = _reading(engine, step, text)
    doubted = _DOUBTED.search(fold(text)) is not None and "?" not in text
    if not options and refused and doubted and all(_adds(engine, o) for o in refused):
        ctx.understand(UnderstoodKind.ANSWER)  # "lo del seguro no sé si aplica acá"
        ctx.say(_(LEFT_OUT))
        engine.walker.reprompt(ctx)
        return True
    adding = [(o, _adds(engine, o)) for o in options]
    if not options or any(to is None for _o, to in adding):
        return False
    if len(options) < 2 and not (_REST.search(fold(text)) and _NO.search(fold(text))):
        return False  # one option: the question's own reading of it
    ctx.understand(UnderstoodKind.ANSWER, choice=engine.walker.render_label(ctx, options[-1]))
    await _add_picked(ctx, engine, adding)
    ctx.say(_(ADDED_ONE if len(options) == 1 else ADDED_BOTH if len(options) == 2 else ADDED_ALL))
    return True


async def _add_picked(
    ctx: TurnContext, engine: Engine, adding: list[tuple[ChoiceOption, str | None]]
) -> None:
    """Run the steps that add the options picked, then go on where the last one leads."""
    for option, to in adding:
        ctx.conv.vars["last_choice"] = option.id
        await engine.walker.run_actions(ctx, PLAN_FLOW, str(to))
    last = engine.walker.flows.step(PLAN_FLOW, str(adding[-1][1]))
    after = None if last is None else last.next
    if after is not None and after.kind == "step" and after.step is not None:
        ctx.redirect = Redirect(PLAN_FLOW, after.step)
    else:
        ctx.redirect = Redirect(PLAN_FLOW, str(adding[-1][1]))


def _picked_too(engine: Engine, step: Step, text: str) -> list[tuple[ChoiceOption, str | None]]:
    """The options said before the step of their own ("las tres. y agrega ..."), each with the
    step that adds it; none unless every one picked adds to the plan."""
    before = said_before_adding(text)
    options = picked(engine, step, before) if before.strip() else []
    adding = [(o, _adds(engine, o)) for o in options]
    return [] if any(to is None for _o, to in adding) else adding


async def hurried_plan(ctx: TurnContext, text: str) -> bool:
    """At a plan question, "just give me my plan" goes to the plan's short version."""
    if ctx.conv.flow != PLAN_FLOW or ctx.conv.step in QUICK_STEPS or not hurried(text):
        return False
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    if engine is None or step is None or step.kind != "choices":
        return False
    if engine.walker.flows.step(PLAN_FLOW, QUICK) is None:
        return False
    ctx.understand(UnderstoodKind.COMMAND)
    ctx.conv.vars[QUICK_VAR] = "yes"  # `fit` goes to the short version
    ctx.redirect = Redirect(PLAN_FLOW, FIT)
    return True


def _offered(engine: Engine, step: Step) -> list[str]:
    """The plan steps the options of `step` would add (the flows are in the person's language)."""
    items: list[str] = []
    for option in step.choices:
        to = _adds(engine, option)
        there = None if to is None else engine.walker.flows.step(PLAN_FLOW, to)
        for call in () if there is None else there.actions:
            item = str(call.args.get("item") or "") if call.name == ADDS else ""
            items += [item] if item and "{" not in item else []
    return items


async def own_step_added(ctx: TurnContext, text: str) -> bool:
    """At a plan question, "pon ir a la profedet el lunes" adds that step in their words."""
    if ctx.conv.flow != PLAN_FLOW:
        return False
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    own = own_step(text)
    if engine is None or step is None or own is None:
        return False
    asked = step.kind == "choices" or (step.kind == "capture" and step.id in EDITING)
    if not asked:
        return False  # an answer of theirs ("what would you do better?") is kept as said
    if not own:
        if step.id not in EDITING | {SHOW, "existing"} or step.id == OWN:
            return False  # "add it" at a suggestion: the question's own answer
        ctx.understand(UnderstoodKind.COMMAND)
        ctx.redirect = Redirect(PLAN_FLOW, OWN)  # "QUIERO AGREGAR UN PASO" at "which number?"
        return True
    if step.kind == "choices":
        match = engine.answers.matcher.match(PLAN_FLOW, step, own)
        option = match.option
        if option is not None and ((match.score or 0) >= SURE_PART or says_option(option, own)):
            return False  # "add the landlord one": an option of the question
        if any(shares_words(own, item) for item in _offered(engine, step)):
            return False  # "add practising interviews": the step suggested here
    adding = _picked_too(engine, step, text) if step.kind == "choices" else []
    ctx.understand(UnderstoodKind.COMMAND)
    if adding:  # "las tres. y agrega ...": what they picked, then their own step
        await _add_picked(ctx, engine, adding)
        ctx.say(_(PICKED_ONE if len(adding) == 1 else PICKED_SEVERAL))
    kept = await ctx.tx.list_items(ctx.key, "plan")
    said = [w for w in words(own) if w not in GENERIC] or words(own)
    had = any(all(w in words(str(i.data.get("text", ""))) for w in said) for i in kept)
    if not had:
        await ctx.tx.add_item(ctx.key, "plan", {"text": own, "done": False})
    ctx.say(Text((Part(_(HAD_OWN if had else ADDED_OWN) + " "), Part(own, from_user=True))))
    if adding:
        pass  # on where the options picked lead
    elif step.kind == "capture" or step.id in (SHOW, "existing"):
        ctx.redirect = Redirect(PLAN_FLOW, SHOW)
    else:
        engine.walker.reprompt(ctx)  # the suggestion they were asked about, still open
    return True


async def wrong_one_ticked(ctx: TurnContext, text: str) -> bool:
    """Right after a tick, "noo ese no!!" at the plan list unticks the step just ticked."""
    last = ctx.meta.get(PLAN_LAST)
    if ctx.conv.flow != PLAN_FLOW or ctx.conv.step != SHOW or not isinstance(last, int):
        return False
    if not wrong_one_said(text):
        return False
    ctx.understand(UnderstoodKind.COMMAND)
    ctx.vars["tick_number"], ctx.vars[TICK_DONE] = str(last), "undone"
    ctx.redirect = Redirect(PLAN_FLOW, "ticked")
    return True


def _just_added(ctx: TurnContext) -> list[str]:
    """The steps the last turn that added any put in the plan, when it was moments ago."""
    raw = ctx.meta.get(JUST_ADDED)
    if not isinstance(raw, list) or len(raw) < 2:
        return []
    try:
        when = datetime.fromisoformat(str(raw[0]))
    except ValueError:
        return []
    return [str(t) for t in raw[1:]] if ctx.now - when <= JUST_NOW else []


async def pointed_step_removed(ctx: TurnContext, text: str) -> bool:
    """In the plan, "quítalo, acá no hay eso", "remove that one", "not that, we don't have it"
    take out the step pointed at: the one step just added, or, said not to exist where they
    live, the unemployment step in their plan; the question waiting is asked again."""
    if ctx.conv.flow != PLAN_FLOW:
        return False
    not_here = pointed_removal(text)
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    if not_here is None or engine is None or step is None:
        return False
    if step.kind == "capture" and step.id not in EDITING:
        return False  # their own words, kept as said
    kept = {str(i.data.get("text", "")): i for i in await ctx.tx.list_items(ctx.key, "plan")}
    recent = [t for t in _just_added(ctx) if t in kept]
    benefits = str(ctx.vars.get(BENEFITS_ITEM) or "")
    if not_here and benefits in kept:
        target = benefits
    elif len(recent) == 1:
        target = recent[0]
    else:
        return False  # several just added and none pointed at: the flow's own "which one?"
    ctx.understand(UnderstoodKind.COMMAND)
    await ctx.tx.delete_items(ctx.key, "plan", kept[target].id)
    ctx.meta.pop(JUST_ADDED, None)
    ctx.say(_(REMOVED).format(item=target))
    if step.kind == "capture" or step.id in (SHOW, "existing"):
        ctx.redirect = Redirect(PLAN_FLOW, SHOW)
    else:
        engine.walker.reprompt(ctx)
    return True
