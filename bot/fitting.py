"""Fitting the next steps to what a person says in passing: money pressure, a follow-up already
sent, and who sent them here.

- `notice_in_passing` (an inspector, before the situation is picked up) remembers a money worry
  said in any words ("it has to pay by the 1st", "sin dinero") as `worry: money`, and a
  follow-up already sent ("i followed up twice, nothing") as `followed_up: yes`, so the
  ghosted conversation does not tell them to follow up again. Money said in the middle of the
  plan, at an interview step and not as an answer or a common question, takes the plan to its
  money step ("hello?? money. rent." at "when should I remind you?"); pressed again later in
  the plan, or asked elsewhere in words no common question matches, it is acknowledged with
  where money help is, and the waiting question is asked again. The first acknowledgement is
  said once per conversation in that wording; each later mention gets another money line in
  turn, never the same line twice in a row. After the plan's money question, a money step asked
  for by name ("add the unemployment one too") is added to the plan. A mortgage said ("it's a
  mortgage", "tengo hipoteca") is kept as `housing: mortgage`: from then on its lender or bank
  is named, never a landlord.
- `money_housing` (an action) words the plan's housing step for rent or for a mortgage, and
  `money_benefits` its unemployment step for the person's country (Mexico has no national
  unemployment insurance: the AFORE's unemployment withdrawal or local support instead; a
  country not known here: check what it offers).
- `arrival` (an action for the welcome) sets `came` to `sent` or `trying` when the first message
  says someone sent them ("my daughter said try it") or they are trying it out.
- `situation_since` (an action) sets `since_said` to how long ago in the person's amount
  ("5 weeks", "5 semanas"), so it is said back as they said it, or to "" when not known.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.engine import Engine
from bot.core.model import UnderstoodKind
from bot.i18n import N_, _, language
from bot.i18n.zones import country
from bot.understanding.arrival import came_because
from bot.understanding.money_words import (
    followed_up_said,
    money_said,
    money_steps_added,
    mortgage_said,
)
from bot.understanding.plan_done import tick_meant
from bot.understanding.questions import QuestionBook, asked_in
from bot.understanding.scoring import says_option
from bot.understanding.situation_told import since_days, since_said

PLAN_FLOW = "plan"
SINCE_SAID = "since_said"
PLAN_LIST = "show"
"""The plan's step list, where a step named by its words is ticked off."""
MONEY_STEP = "fit_money"
MONEY_START = "money_start"
"""Where the money steps begin: a line fitting a layoff or a rejection, then `fit_money`."""
MONEY_OFFERED = "money_offered"
"""Set by the plan's money step: money said again later in the same plan is no reason to go back."""
FOLLOWED_UP = "followed_up"
CAME = "came"
NOT_HEARD_IN = frozenset({"draft", "crisis", "crisis_followup", "safetyplan", "grounding"})
"""Flows whose free text is not about the job search (a draft to the employer, a safety plan)."""
ANSWERED_IN = frozenset({"welcome", "ghosted", "plan", "reframe", "menu", "mood"})
"""Conversations where money pressed in passing is answered; safety and settings are left be."""
MONEY_STEPS = frozenset(
    {
        MONEY_STEP,
        MONEY_START,
        "money_lost",
        "money_rejected",
        "fit",
        "add_money",
        "add_benefits",
        "add_landlord",
        "add_bridge",
    }
)
MONEY_HEARD = N_(
    "Money comes first right now, I hear you. Ask me about unemployment support, short-term work "
    "or talking to your landlord, or type plan and we'll start with money."
)
"""Money pressed, in a question nothing else answers, outside the plan."""
MONEY_IN_PLAN = N_(
    "Money comes first right now, I hear you. We started this plan with it, and you can ask me "
    "about unemployment support, short-term work or talking to your landlord any time."
)
"""Money pressed again in the plan, after its money step."""
MONEY_AGAIN = N_(
    "Money is still on my mind too. You can ask me how to apply for unemployment support, or "
    "what to say to your landlord or lender."
)
"""Money pressed again later: one of the lines said in turn after the first."""
MONEY_STEP_NOW = N_(
    "That pressure is real, and it's okay to put money first. One small step today: find your "
    "unemployment office's claim page, or ask me what to say to your landlord or lender."
)
MONEY_BRIDGE = N_(
    "Short of money and waiting on a job is a hard mix. Short-term work, like temp shifts, can "
    "tide you over while you keep applying. Ask me about it any time."
)
MONEY_LATER = (MONEY_STEP_NOW, MONEY_AGAIN, MONEY_BRIDGE)
"""Money pressed again: a different line each time, in turn, none twice in a row."""
HOUSING = "housing"
"""`mortgage` once they say they pay a mortgage: the lender or bank is named, never a landlord."""
MORTGAGE = "mortgage"
FOR_MORTGAGE = {
    MONEY_HEARD: N_(
        "Money comes first right now, I hear you. Ask me about unemployment support, short-term "
        "work or talking to your mortgage lender, or type plan and we'll start with money."
    ),
    MONEY_IN_PLAN: N_(
        "Money comes first right now, I hear you. We started this plan with it, and you can ask "
        "me about unemployment support, short-term work or talking to your mortgage lender any "
        "time."
    ),
    MONEY_AGAIN: N_(
        "Money is still on my mind too. You can ask me how to apply for unemployment support, or "
        "what to say to your mortgage lender or bank."
    ),
    MONEY_STEP_NOW: N_(
        "That pressure is real, and it's okay to put money first. One small step today: find "
        "your unemployment office's claim page, or ask me what to say to your mortgage lender or "
        "bank."
    ),
}
"""The money lines for someone with a mortgage."""
HOUSING_LINE = "money_housing_line"
HOUSING_LABEL = "money_housing_label"
HOUSING_ITEM = "money_housing_item"
HOUSING_WORDS = {
    HOUSING_LINE: (
        N_(
            "Second, talk to your landlord or lender before the due date and ask about paying in "
            "parts. Third, look at short-term work, like a temp agency or shifts, as a bridge "
            "while you search."
        ),
        N_(
            "Second, call your mortgage lender or bank before the payment is due and ask about "
            "paying in parts or pausing payments for a while. Third, look at short-term work, "
            "like a temp agency or shifts, as a bridge while you search."
        ),
    ),
    HOUSING_LABEL: (N_("Talk to my landlord or lender"), N_("Talk to my mortgage lender or bank")),
    HOUSING_ITEM: (
        N_("Talk to my landlord or lender before the due date about paying in parts"),
        N_("Call my mortgage lender or bank before the payment is due about paying in parts"),
    ),
}
"""The plan's housing step, in the words for rent and for a mortgage."""
BENEFITS_LINE = "money_benefits_line"
BENEFITS_LABEL = "money_benefits_label"
BENEFITS_ITEM = "money_benefits_item"
COUNTRY_SAID = "country_locale"
"""Meta key (kept by the crisis check): the locale of the country the person said they are in."""
WITH_BENEFITS = frozenset(
    "US GB IE CA AU NZ ES DE FR IT PT NL BE AT CH SE DK NO FI AR CL UY".split()
)
"""Countries with unemployment support from a national office to apply to."""
BENEFITS_WORDS: dict[str, tuple[str, str, str]] = {
    "office": (
        N_(
            "Three things can help this week. First, apply for unemployment support through your "
            "country's unemployment office; it can take weeks to come through, so sooner is "
            "better."
        ),
        N_("Unemployment support"),
        N_("Apply for unemployment support at my country's unemployment office"),
    ),
    "MX": (
        N_(
            "Three things can help this week. First, Mexico has no national unemployment "
            "insurance, but if you've paid into an AFORE you may be able to take out part of it "
            "once you've been 46 days without work (the retiro parcial por desempleo). It lowers "
            "your retirement savings, so weigh it up. If you live in Mexico City, it also has its "
            "own unemployment support."
        ),
        N_("AFORE withdrawal or local support"),
        N_("See if I can take out part of my AFORE for unemployment, or get local support"),
    ),
    "other": (
        N_(
            "Three things can help this week. First, check what support your country offers "
            "people out of work, and apply soon if there is some; it can take weeks to come "
            "through."
        ),
        N_("Support for people out of work"),
        N_("Check what support my country offers people out of work, and apply"),
    ),
}
"""The plan's first money step, by the country: a national unemployment office to apply to
(or no country known), Mexico's own options, or a country not known here: check what it offers."""
SURE_ANSWER = 0.8
"""A message saying money is taken as an option only when it matches that option this surely,
or says one of its words ("i need money now" is no "Skip this one"; "low. rent due" is "2")."""
ABOUT_MONEY_WORDS = 12
"""Outside the plan, a money statement this short is answered; a longer one is a story told."""
MONEY_ADDED = N_("Added that one too.")
MONEY_ADDED_TWO = N_("Added both of those too.")
MONEY_ADDED_ALL = N_("Added all of those too.")
"""A money step asked for after the money question was answered, now in the plan."""
HEARD = "money_heard"
"""Bookkeeping: how often money pressed in passing was acknowledged in this conversation."""
HEARD_LAST = "money_heard_last"
"""Bookkeeping: money was answered in the turn before."""
ADD_STEP = {"benefits": "add_benefits", "landlord": "add_landlord", "bridge": "add_bridge"}
"""The plan's money steps a person can still ask for by name, and the steps that add them."""


async def notice_in_passing(ctx: TurnContext, text: str) -> bool:
    """Remember a money worry or a follow-up already sent; money said mid-plan, neither an
    answer nor a common question, goes to the plan's money step."""
    ctx.meta.pop(HEARD_LAST, None)
    if ctx.conv.flow in NOT_HEARD_IN:
        return False
    if mortgage_said(text):
        ctx.vars[HOUSING] = MORTGAGE
    if ctx.conv.flow == PLAN_FLOW:
        word_housing(ctx)  # "...it's a mortgage" as a step is picked; a plan begun before
    if await _add_money_step(ctx, text):
        return True
    if followed_up_said(text):
        ctx.vars[FOLLOWED_UP] = "yes"
    if not money_said(text):
        return False
    ctx.vars["worry"] = "money"
    if ctx.conv.flow not in ANSWERED_IN:
        return False
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    if engine is None or step is None or step.kind != "choices" or not ctx.conv.flow:
        return False
    if ctx.conv.flow == PLAN_FLOW and step.id in MONEY_STEPS:
        return False
    if ctx.conv.flow == PLAN_FLOW and step.id == PLAN_LIST and await _names_a_step(ctx, text):
        return False  # "the landlord one" at the step list: that step is ticked off
    found = engine.answers.matcher.match(ctx.conv.flow, step, text)
    if found.option is not None and (
        (found.score or 0) >= SURE_ANSWER or says_option(found.option, text)
    ):
        return False  # "skip it, no money for that", "low. rent due": an answer to the question
    book = ctx.services.find(QuestionBook)
    if book is not None and asked_in(book.in_language(language()), text):
        return False  # a money question: answered where they are, then asked again
    if ctx.conv.flow == PLAN_FLOW and ctx.vars.get(MONEY_OFFERED) != "yes":
        ctx.understand(UnderstoodKind.FLOW)
        ctx.start_flow(PLAN_FLOW, step=MONEY_START)
        return True
    if ctx.conv.flow != PLAN_FLOW and "?" not in text and not _about_money(engine, text):
        return False  # said in passing ("got rejected again, rent is due"): remembered
    heard = _int(ctx.meta.get(HEARD))
    ctx.meta[HEARD], ctx.meta[HEARD_LAST] = heard + 1, True
    ctx.understand(UnderstoodKind.QUESTION)
    if heard:
        line = MONEY_LATER[(heard - 1) % len(MONEY_LATER)]
    else:
        line = MONEY_HEARD if ctx.conv.flow != PLAN_FLOW else MONEY_IN_PLAN
    mortgage = ctx.vars.get(HOUSING) == MORTGAGE
    ctx.say(_(FOR_MORTGAGE.get(line, line) if mortgage else line))
    engine.walker.reprompt(ctx)
    return True


async def _names_a_step(ctx: TurnContext, text: str) -> bool:
    """Whether `text` ticks or names one of the steps in the person's plan ("the landlord one",
    "I talked to my landlord"), not only mentions it ("where do I apply for unemployment")."""
    steps = [
        str(item.data.get("text", ""))
        for kind in ("plan", "thought")
        for item in await ctx.tx.list_items(ctx.key, kind)
    ]
    return tick_meant(text, steps) is not None


def _about_money(engine: Engine, text: str) -> bool:
    """Whether `text` is about money and nothing else a flow would take up: short, and no
    trigger phrase in it ("i cant pay rent" is; "got rejected again and rent is due" starts
    the rejection questions)."""
    if len(text.split()) > ABOUT_MONEY_WORDS:
        return False
    return engine.dispatcher.triggers.flow_for(engine.flows, text) is None


async def _add_money_step(ctx: TurnContext, text: str) -> bool:
    """After the plan's money question, "add the unemployment one too" adds that step, then the
    waiting question is asked again."""
    if ctx.conv.flow != PLAN_FLOW or ctx.vars.get(MONEY_OFFERED) != "yes":
        return False
    engine = ctx.services.find(Engine)
    step = None if engine is None else engine.walker.current(ctx)
    if engine is None or step is None or step.kind != "choices" or step.id == MONEY_STEP:
        return False
    names = money_steps_added(text)
    if not names:
        return False
    ctx.understand(UnderstoodKind.FLOW)
    for name in names:
        await engine.walker.run_actions(ctx, PLAN_FLOW, ADD_STEP[name])
    ctx.say(_({1: MONEY_ADDED, 2: MONEY_ADDED_TWO}.get(len(names), MONEY_ADDED_ALL)))
    engine.walker.reprompt(ctx)
    return True


def word_housing(ctx: TurnContext) -> None:
    """The plan's housing step in the right words: a mortgage lender or bank for someone who
    said they pay a mortgage, else a landlord or lender."""
    mortgage = ctx.vars.get(HOUSING) == MORTGAGE
    for name, (rent, lender) in HOUSING_WORDS.items():
        ctx.vars[name] = _(lender if mortgage else rent)


def word_benefits(ctx: TurnContext) -> None:
    """The plan's unemployment step for the person's country (the one they said, else their
    locale's): `BENEFITS_WORDS`."""
    said = ctx.meta.get(COUNTRY_SAID)
    code = country(said if isinstance(said, str) and said else ctx.locale)
    which = "office" if code is None or code in WITH_BENEFITS else code
    line, label, item = BENEFITS_WORDS.get(which, BENEFITS_WORDS["other"])
    ctx.vars[BENEFITS_LINE], ctx.vars[BENEFITS_LABEL] = _(line), _(label)
    ctx.vars[BENEFITS_ITEM] = _(item)


def _int(value: object) -> int:
    return value if isinstance(value, int) else 0


def register(registry: ActionRegistry, services: Services) -> None:
    """Add the `arrival`, `money_housing` and `situation_since` actions to `registry`."""

    @registry.register("situation_since", sets=[SINCE_SAID])
    async def situation_since(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """`since_said`: how long ago it was, in the amount the person said (else worked out
        from the days kept), or empty when nothing says how long."""
        said = since_said(str(ctx.vars.get("heard_when") or ""))
        ctx.vars[SINCE_SAID] = said or since_days(ctx.vars.get("days_ago"))

    @registry.register("money_housing", sets=list(HOUSING_WORDS))
    async def money_housing(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        word_housing(ctx)

    @registry.register("money_benefits", sets=[BENEFITS_LINE, BENEFITS_LABEL, BENEFITS_ITEM])
    async def money_benefits(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        word_benefits(ctx)

    @registry.register("arrival", sets=[CAME])
    async def arrival(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """`came`: `sent` when this message says someone sent them, `trying` when they are
        trying it out, else empty."""
        ctx.vars[CAME] = came_because(ctx.turn.text or "") or ""
