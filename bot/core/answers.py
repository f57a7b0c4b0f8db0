"""Answering the waiting question in words: take what was meant, or repair, never punish.

For a typed answer at a choices step: a confident match is taken; at a mood question, words are
scored 1-5 and said back (unless the matcher found other close options); at a step with
`any_text`, any other text is kept and picks that option, unless it comes close to another option
("i'd like to stop" at a grounding step is asked about, not kept as a thing seen);
two close candidates are offered back ("Did you mean A or B?", as buttons of the same question);
otherwise the question is asked again, naming its options in plain words. Only a flow that is not
patient sends someone to the menu, after repeated misses; nothing a person gave is ever cleared by
a miss.
"""

from __future__ import annotations

from collections.abc import Collection

from bot.core.context import TurnContext
from bot.core.model import Choices, Option, StepRef, Text, UnderstoodKind
from bot.core.walker import Walker
from bot.flows.model import ChoiceOption, FlowSet, Step
from bot.understanding.matcher import Match, Matcher
from bot.understanding.mood import mood_score

MISSES_BEFORE_MENU = 2
DID_YOU_MEAN = "did_you_mean"
NAMED_AT_MOST = 5
ANY_TEXT_LIMIT = 1000


class Answers:
    """Reads typed answers to choices steps for the engine; one per engine."""

    def __init__(self, walker: Walker, *, patient_flows: Collection[str], menu_flow: str) -> None:
        self.walker = walker
        self.patient_flows = patient_flows
        self.menu_flow = menu_flow
        self._matcher: Matcher | None = None

    @property
    def matcher(self) -> Matcher:
        flows: FlowSet = self.walker.flows
        if self._matcher is None or self._matcher.flows is not flows:
            self._matcher = Matcher(flows)
        return self._matcher

    def match(self, ctx: TurnContext, step: Step, text: str) -> Match:
        """What `text` means at `step`, trying the options of a pending "did you mean" first."""
        flow_id = ctx.conv.flow or ""
        pending = ctx.meta.pop(DID_YOU_MEAN, None)
        if isinstance(pending, list) and pending[:2] == [flow_id, step.id] and pending[2:]:
            narrowed = self.matcher.match(flow_id, step, text, only=[str(x) for x in pending[2:]])
            if narrowed.option is not None:
                return narrowed
        return self.matcher.match(flow_id, step, text)

    async def take(self, ctx: TurnContext, option: ChoiceOption, score: float | None) -> None:
        step = self.walker.current(ctx)
        if (
            step is not None
            and step.mood_scale
            and (option.means or "").isdigit()
            and (score or 0) < 0.95
        ):
            ctx.say(f"Sounds like about a {option.means} today.")  # read from words: say it back
        label = self.walker.render_label(ctx, option)
        ctx.understand(UnderstoodKind.CHOICE, choice=label, score=score)
        await self.walker.pick(ctx, option)

    async def free_text(self, ctx: TurnContext, step: Step, text: str) -> bool:
        """Mood words at a mood question, any text at an `any_text` step; False otherwise."""
        near = {o.id for o in self.matcher.match(ctx.conv.flow or "", step, text).candidates}
        if step.mood_scale:
            scored = mood_score(text)
            if scored is not None:
                mood, confidence = scored
                option = next((o for o in step.choices if o.means == str(mood)), None)
                if option is not None and (not near or option.id in near):
                    ctx.say(f"Sounds like about a {mood} today.")
                    await self.take(ctx, option, confidence)
                    return True
        if step.any_text is not None and not near - {step.any_text}:
            option = next((o for o in step.choices if o.id == step.any_text), None)
            if option is not None:
                ctx.conv.vars[f"{step.id.replace('-', '_')}_text"] = text[:ANY_TEXT_LIMIT]
                label = self.walker.render_label(ctx, option)
                ctx.understand(UnderstoodKind.ANSWER, choice=label)
                await self.walker.pick(ctx, option)
                return True
        return False

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
        if found.candidates:
            self._did_you_mean(ctx, step, found.candidates)
            return
        misses = int(str(ctx.meta.get("misses") or 0)) + 1
        ctx.meta["misses"] = misses
        if misses < MISSES_BEFORE_MENU or self.patient(ctx, step):
            ctx.say(self.reask(ctx, step))
            self.walker.reprompt(ctx)
            return
        ctx.say("Let's step back to the menu; you can pick up from there.")
        ctx.conv.vars["command_args"] = ""
        await self.walker.begin(ctx, self.menu_flow)

    def reask(self, ctx: TurnContext, step: Step) -> str:
        labels = [f"“{self.walker.render_label(ctx, o)}”" for o in step.choices]
        if len(labels) > NAMED_AT_MOST:
            named = ", ".join(labels[: NAMED_AT_MOST - 1]) + " or another of the buttons"
        elif len(labels) > 1:
            named = ", ".join(labels[:-1]) + " or " + labels[-1]
        else:
            named = labels[0]
        return f"Sorry, I didn't quite get that. You could say {named}, or tap a button."

    def _did_you_mean(
        self, ctx: TurnContext, step: Step, candidates: tuple[ChoiceOption, ...]
    ) -> None:
        flow_id = ctx.conv.flow or ""
        labels = [self.walker.render_label(ctx, o) for o in candidates]
        question = (
            f"Did you mean “{labels[0]}” or “{labels[1]}”?"
            if len(labels) > 1
            else f"Did you mean “{labels[0]}”? If not, tell me in other words."
        )
        ctx.meta[DID_YOU_MEAN] = [flow_id, step.id, *(o.id for o in candidates)]
        asked = int(str(ctx.meta.get("asked") or 0))
        options = tuple(Option(o.id, label) for o, label in zip(candidates, labels, strict=True))
        ctx.reply(Choices(Text.of(question), options, StepRef(flow_id, step.id, asked)))
