"""Repairing a typed answer that was not understood at a choices step: never punish.

`Repairs` (the base of `bot.core.answers.Answers`) owns what a miss says: two close options are
offered back ("Did you mean A or B?", as buttons), but words saying it all seems pointless are met
kindly first; "idk" at "What would help most?" starts simple (`bot.core.shy`); an unsure answer
elsewhere in the everyday flows ("idk man" in the plan) is told that's fine and the question asked
again simply (the next time, its options in the plainest words), never counted as a miss; otherwise
the question is asked again, naming its options (never the same words twice running). Only a flow
that is not patient sends someone to the menu, after repeated misses.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.core.context import TurnContext
from bot.core.model import Choices, Option, StepRef, Text, UnderstoodKind
from bot.core.rewordings import OTHERWISE, REASK, reworded
from bot.core.shy import NO_RUSH, QUIET, QUIET_MOOD, START_SIMPLE, gentle_default, unsure_only
from bot.core.walker import Walker
from bot.flows.model import ChoiceOption, Step
from bot.i18n import N_, _
from bot.understanding.freetext import reads_as_hopeless
from bot.understanding.matcher import Match
from bot.understanding.quiet import quiet_only

MISSES_BEFORE_MENU = 2
DID_YOU_MEAN = "did_you_mean"
NAMED_AT_MOST = 5
SPILL_FROM = frozenset(
    {"welcome", "menu", "vent", "ghosted", "reframe", "plan", "mood", "resume", "help",
     "checkin_mood", "checkin_reconnect", "checkin_weekly", "checkin_feedback"}
)  # fmt: skip
"""Flows whose choices steps take venting or a pasted draft that answers nothing (not the crisis,
safety-plan, settings or data flows, where free text means something else)."""
HEAVY = N_(
    "That's a heavy thing to be asking, and it makes sense after news like this. There's no rush "
    "here. If it ever feels like too much, type help to see who you can reach right now."
)
UNSURE_SAID = "unsure_said"
"""Meta key: the last miss was told it's fine to be unsure (so the next is asked differently)."""
UNSURE_OK = N_(
    "That's okay, you don't have to be sure. Pick whichever feels closest; you can change it later."
)


class Repairs:
    """What a miss at a choices step says; `Answers` adds how answers are read and taken."""

    walker: Walker
    patient_flows: Collection[str]
    menu_flow: str

    async def take(
        self, ctx: TurnContext, option: ChoiceOption, score: float | None, *, said: bool = False
    ) -> None:
        raise NotImplementedError  # `Answers.take`

    def plain_reask(self, ctx: TurnContext, step: Step) -> str:
        """The waiting question's options said in the plainest words."""
        labels = [self.walker.render_label(ctx, o) for o in step.choices]
        listed = "; ".join(f"{n}. {label}" for n, label in enumerate(labels, 1))
        how = (
            _("Type a number, for example 1.")
            if _typed(ctx)
            else _("Tap one answer, or type a number, for example 1.")
        )
        return _(
            "No problem. I'm a bot, and I'll say it simply. Please choose one: {listed}. {how}"
        ).format(listed=listed, how=how)

    def patient(self, ctx: TurnContext, step: Step) -> bool:
        flow = self.walker.flows.get(ctx.conv.flow or "")
        return (
            step.patient
            or (flow is not None and flow.patient)
            or ctx.conv.flow in self.patient_flows
        )

    async def repair(self, ctx: TurnContext, step: Step, found: Match) -> None:
        """Not understood: offer the close candidates back, or re-ask (or, rarely, the menu)."""
        ctx.understand(UnderstoodKind.FALLBACK)
        if ctx.conv.flow in SPILL_FROM and reads_as_hopeless(ctx.turn.text or ""):
            ctx.say(_(HEAVY))  # "is there a point to any of this": met kindly
            self.walker.reprompt(ctx)
            return
        if ctx.conv.flow in SPILL_FROM and (gentle := gentle_default(step, ctx.turn.text, found)):
            ctx.say(_(START_SIMPLE))  # "idk": the simplest first aid
            await self.take(ctx, gentle, None)
            return
        if ctx.conv.flow in SPILL_FROM and quiet_only(ctx.turn.text):
            self._quiet(ctx, step)  # "ok", "whatever. nvm", "idk": no menu to choose from
            return
        if found.candidates:
            self._did_you_mean(ctx, step, found.candidates)
            return
        unsure = ctx.conv.flow in SPILL_FROM and unsure_only(ctx.turn.text)  # "idk man"
        if unsure:  # never the same words twice running, never "I didn't get that"
            said_before = ctx.meta.pop(UNSURE_SAID, None)
            ctx.say(self.plain_reask(ctx, step) if said_before else _(UNSURE_OK))
            if not said_before:
                ctx.meta[UNSURE_SAID] = True
            self.walker.reprompt(ctx)
            return
        misses = int(str(ctx.meta.get("misses") or 0)) + 1
        ctx.meta["misses"] = misses
        if step.on_miss and self.patient(ctx, step):
            await self._said_otherwise(ctx, step, misses)
            return
        if misses < MISSES_BEFORE_MENU or self.patient(ctx, step):
            first = self.walker.render_label(ctx, step.choices[0])  # never the same twice:
            ctx.say(_(NO_RUSH).format(first=first) if misses % 2 == 0 else self.reask(ctx, step))
            self.walker.reprompt(ctx)
            return
        ctx.say(_("Let's step back to the menu; you can pick up from there."))
        ctx.conv.vars["command_args"] = ""
        await self.walker.begin(ctx, self.menu_flow)

    def _quiet(self, ctx: TurnContext, step: Step) -> None:
        """A few quiet words: a warm line asking for nothing, the question left waiting (its
        buttons stay where they were), never counted as a miss."""
        ctx.meta.pop(UNSURE_SAID, None)
        if step.mood_scale:
            ctx.say(_(QUIET_MOOD))
            return
        ctx.say(reworded(ctx, "quiet", QUIET, varied=True))

    async def _said_otherwise(self, ctx: TurnContext, step: Step, misses: int) -> None:
        """A step with `on_miss`: the first miss offers the same buttons under other words
        (never the question verbatim); the second goes to `on_miss`, which says it differently."""
        flow_id = ctx.conv.flow or ""
        if misses >= MISSES_BEFORE_MENU:
            ctx.meta.pop("misses", None)
            await self.walker.enter(ctx, flow_id, step.on_miss or "")
            ctx.meta["misses"] = 0
            return
        how = _("or type its number") if _typed(ctx) else _("or tap one")
        prompt = reworded(ctx, "otherwise", OTHERWISE, varied=True)
        labels = [self.walker.render_label(ctx, o) for o in step.choices]
        asked = int(str(ctx.meta.get("asked") or 0))
        options = tuple(Option(o.id, label) for o, label in zip(step.choices, labels, strict=True))
        ctx.reply(
            Choices(Text.of(prompt.format(how=how)), options, StepRef(flow_id, step.id, asked))
        )

    def reask(self, ctx: TurnContext, step: Step) -> str:
        labels = [f"“{self.walker.render_label(ctx, o)}”" for o in step.choices]
        if len(labels) > NAMED_AT_MOST:
            named = _("{some} or another of the options").format(
                some=", ".join(labels[: NAMED_AT_MOST - 1])
            )
        elif len(labels) > 1:
            named = _("{some} or {last}").format(some=", ".join(labels[:-1]), last=labels[-1])
        else:
            named = labels[0]
        how = _("or type its number") if _typed(ctx) else _("or tap a button")
        wording = reworded(ctx, "reask", REASK, varied=True)  # never the same line twice running
        return wording.format(options=named, how=how)

    def _did_you_mean(
        self, ctx: TurnContext, step: Step, candidates: tuple[ChoiceOption, ...]
    ) -> None:
        flow_id = ctx.conv.flow or ""
        labels = [self.walker.render_label(ctx, o) for o in candidates]
        question = (
            _("Did you mean “{first}” or “{second}”?").format(first=labels[0], second=labels[1])
            if len(labels) > 1
            else _("Did you mean “{first}”? If not, tell me in other words.").format(
                first=labels[0]
            )
        )
        ctx.meta[DID_YOU_MEAN] = [flow_id, step.id, *(o.id for o in candidates)]
        asked = int(str(ctx.meta.get("asked") or 0))
        options = tuple(Option(o.id, label) for o, label in zip(candidates, labels, strict=True))
        ctx.reply(Choices(Text.of(question), options, StepRef(flow_id, step.id, asked)))


def _typed(ctx: TurnContext) -> bool:
    """Whether the person types their answers (a terminal has no buttons to tap)."""
    return str(ctx.conv.vars.get("platform") or "") == "console"
