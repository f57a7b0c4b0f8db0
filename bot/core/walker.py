"""Walking a flow: arriving at steps, following targets, asking, capturing and branching.

`Walker` is the part of the engine that knows the flow model. Given a `TurnContext` it enters a
step (runs actions, says messages, then waits, branches or moves on), resolves targets (`next`,
`goto`, `call`/`then`, `end`), applies a picked option, checks captured text, and re-asks. It
never touches the database directly and never calls a platform: it only changes the context's
conversation and appends replies.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.capture_check import check_capture
from bot.core.conditions import holds
from bot.core.context import Redirect, TurnContext
from bot.core.last_flow import remember_left
from bot.core.model import Choices, Option, StepRef, Text
from bot.core.render import is_plain, render_lazily
from bot.core.render import render as render_template
from bot.core.variety import choose, message_key
from bot.flows.dataflow import BUILTINS
from bot.flows.model import ChoiceOption, FlowSet, Message, Step, Target
from bot.i18n import _, language

log = logging.getLogger(__name__)

REPROMPT = "^"
"""Stack entries whose step starts with this only re-show the question on return (help, resume)."""

GOODBYE_FLOW = "goodbye"
"""The flow that says goodbye; leaving it is not leaving a place to come back to."""
OFFERS_ANSWERED = "offers_answered"
"""Meta key: the `flow.step` of each `offer` step answered in this conversation."""
LEFT_AT = "left_at"
"""Meta key: `[flow, step]` where the person last left a flow other than the menu."""

BUILTIN_VARS = tuple(sorted(BUILTINS))

MAX_AUTO_STEPS = 64

StepObserver = Callable[[str, str], None]


class FlowBroken(RuntimeError):
    """The flows lead nowhere at runtime (a step vanished on reload, a loop without waiting)."""


class Walker:
    """Moves a person through the flows; one instance per engine, stateless between turns."""

    def __init__(
        self,
        flows: FlowSet,
        registry: ActionRegistry,
        *,
        menu_flow: str = "menu",
        on_step: StepObserver | None = None,
        varied_flows: frozenset[str] = frozenset(),
    ) -> None:
        self.base = flows
        self.varied_flows = varied_flows
        """Flows that loop (the care flows): their wordings turn and thin out as they repeat
        (`bot.core.variety`)."""
        self.registry = registry
        self.menu_flow = menu_flow
        self.on_step = on_step
        self._plain_options: dict[int, tuple[Step, tuple[Option, ...]]] = {}

    @property
    def flows(self) -> FlowSet:
        """The flows in the language of the turn being handled (`bot.i18n`)."""
        return self.base.in_language(language())

    @flows.setter
    def flows(self, flows: FlowSet) -> None:
        self.base = flows

    # ----- rendering -------------------------------------------------------------------------

    def variables(self, ctx: TurnContext) -> dict[str, object]:
        values: dict[str, object] = dict.fromkeys(BUILTIN_VARS, "")
        values.update(ctx.conv.vars)
        return values

    def render(self, ctx: TurnContext, message: Message, *, required: bool = True) -> Text | None:
        """The message in one of its wordings; None when a line that is not `required` is
        left out, having been said enough in this conversation (only in `varied_flows`)."""
        if ctx.conv.flow in self.varied_flows:
            variant = choose(ctx, message_key(message), message.variants, required=required)
            if variant is None:
                return None
        elif len(message.variants) == 1:
            variant = message.variants[0]
        else:
            variant = ctx.rng.choice(message.variants)
        return render_lazily(variant, lambda: self.variables(ctx))

    def text(self, ctx: TurnContext, message: Message) -> Text:
        """The message in one of its wordings, always said."""
        rendered = self.render(ctx, message)
        assert rendered is not None
        return rendered

    def _render_args(self, ctx: TurnContext, args: Mapping[str, Any]) -> dict[str, Any]:
        """An action's arguments, templates filled in (fresh lists and dicts each time); the
        variables are gathered once, when a template needs them. No closure that calls itself:
        that was a reference cycle keeping the turn's context until the next collection."""
        if not args:
            return {}  # most actions take none
        gathered: list[dict[str, object]] = []
        return {k: self._render_arg(ctx, v, gathered) for k, v in args.items()}

    def _render_arg(self, ctx: TurnContext, v: Any, gathered: list[dict[str, object]]) -> Any:
        if isinstance(v, str):
            if is_plain(v):
                return v
            if not gathered:
                gathered.append(self.variables(ctx))
            return render_template(v, gathered[0]).plain
        if isinstance(v, list):
            return [self._render_arg(ctx, x, gathered) for x in v]
        if isinstance(v, dict):
            return {k: self._render_arg(ctx, x, gathered) for k, x in v.items()}
        return v

    # ----- moving ----------------------------------------------------------------------------

    def start(self, ctx: TurnContext, flow_id: str, *, keep_stack: bool = False) -> bool:
        """Leave wherever the person is and begin `flow_id`. False when it does not exist."""
        flow = self.flows.get(flow_id)
        if flow is None:
            return False
        if ctx.conv.flow and ctx.conv.flow not in (flow_id, GOODBYE_FLOW):
            prev = self.flows.get(ctx.conv.flow)
            remember_left(ctx.meta, prev.id if prev else "")
            self._left(ctx)
        if not keep_stack:
            ctx.conv.stack.clear()
        ctx.meta.pop("misses", None)
        return True

    async def begin(self, ctx: TurnContext, flow_id: str, *, keep_stack: bool = False) -> None:
        if not self.start(ctx, flow_id, keep_stack=keep_stack):
            raise FlowBroken(f"flow {flow_id!r} does not exist")
        flow = self.flows.flows[flow_id]
        await self.enter(ctx, flow_id, flow.start)

    async def apply_redirect(self, ctx: TurnContext, redirect: Redirect) -> None:
        ctx.redirect = None
        if redirect.remember and ctx.conv.flow and ctx.conv.step:
            ctx.meta["resume"] = [ctx.conv.flow, ctx.conv.step]
        if redirect.replay is not None:
            if redirect.flow and redirect.step:
                ctx.conv.flow, ctx.conv.step = redirect.flow, redirect.step
            else:
                self.finish(ctx)
            ctx.replay = redirect.replay
            return
        if redirect.flow is None:
            self.finish(ctx)
            return
        if redirect.reprompt and redirect.step:
            ctx.conv.flow, ctx.conv.step = redirect.flow, redirect.step
            self.reprompt(ctx)
            return
        if redirect.step is None or redirect.flow != ctx.conv.flow:
            keep = redirect.flow == ctx.conv.flow
            if not self.start(ctx, redirect.flow, keep_stack=keep):
                raise FlowBroken(f"flow {redirect.flow!r} does not exist")
        flow = self.flows.flows[redirect.flow]
        await self.enter(ctx, redirect.flow, redirect.step or flow.start)

    def finish(self, ctx: TurnContext) -> None:
        """No flow runs any more; remember its title for a later welcome-back (not the
        goodbye's: the next welcome-back offers what came before it)."""
        if ctx.conv.flow and ctx.conv.flow != GOODBYE_FLOW:
            prev = self.flows.get(ctx.conv.flow)
            remember_left(ctx.meta, prev.id if prev else "")
            self._left(ctx)
        ctx.conv.flow = None
        ctx.conv.step = None
        ctx.conv.stack.clear()
        ctx.meta.pop("misses", None)
        ctx.meta.pop(OFFERS_ANSWERED, None)  # the conversation is over: offers may come again

    def _left(self, ctx: TurnContext) -> None:
        """Remember the flow and step being left (`LEFT_AT`), for "Pick up where we left off":
        the step's `come_back_to` when it is a question only passed through; the menu is a way
        through, not a place to come back to."""
        if ctx.conv.flow and ctx.conv.step and ctx.conv.flow != self.menu_flow:
            here = self.flows.step(ctx.conv.flow, ctx.conv.step)
            back = (here.come_back_to if here is not None else None) or ctx.conv.step
            ctx.meta[LEFT_AT] = [ctx.conv.flow, back]

    async def follow(self, ctx: TurnContext, target: Target) -> None:
        """Go where `target` says, from the current flow."""
        flow_id = ctx.conv.flow or ""
        if target.kind == "step" and target.step:
            await self.enter(ctx, flow_id, target.step)
        elif target.kind == "flow" and target.flow:
            await self.begin(ctx, target.flow, keep_stack=True)
        elif target.kind == "call" and target.flow:
            ctx.conv.stack.append((flow_id, target.step or ""))
            await self.begin(ctx, target.flow, keep_stack=True)
        else:
            await self.end_flow(ctx)

    async def end_flow(self, ctx: TurnContext) -> None:
        """The current flow ended: return to a caller, or finish."""
        if not ctx.conv.stack:
            self.finish(ctx)
            return
        flow_id, step_id = ctx.conv.stack.pop()
        if self.flows.step(flow_id, step_id.lstrip(REPROMPT)) is None:
            self.finish(ctx)
            return
        if step_id.startswith(REPROMPT):
            ctx.conv.flow, ctx.conv.step = flow_id, step_id[len(REPROMPT) :]
            self.reprompt(ctx)
        else:
            await self.enter(ctx, flow_id, step_id)

    async def enter(self, ctx: TurnContext, flow_id: str, step_id: str) -> None:
        """Arrive at a step and keep going until the person has something to answer."""
        for _moves in range(MAX_AUTO_STEPS):
            step = self.flows.step(flow_id, step_id)
            if step is None:
                raise FlowBroken(f"step {flow_id}.{step_id} does not exist")
            ctx.conv.flow, ctx.conv.step = flow_id, step_id
            if self.on_step:
                self.on_step(flow_id, step_id)
            for call in step.actions:
                spec = self.registry.get(call.name)
                if spec is None:
                    raise FlowBroken(f"action {call.name!r} is not registered ({call.pos})")
                await spec.fn(ctx, self._render_args(ctx, call.args))
                if ctx.redirect is not None or ctx.stop_flow:
                    break
            if ctx.stop_flow:
                ctx.stop_flow = False
                self.finish(ctx)
                return
            if ctx.redirect is not None:
                redirect = ctx.redirect
                await self.apply_redirect(ctx, redirect)
                return
            for n, message in enumerate(step.say, 1):
                last_is_question = n == len(step.say) and step.choices and step.ask is None
                line = self.render(ctx, message, required=bool(last_is_question))
                if line is not None:
                    ctx.say(line)
            kind = step.kind
            declined = self._answered_offer(ctx, flow_id, step)
            if declined is not None:
                await self.pick(ctx, declined)  # an offer answered already: not made again
                return
            if kind in ("choices", "capture"):
                self._prompt(ctx, step, fresh=True)
                return
            target = self._branch(ctx, step) if kind == "branch" else step.next
            if target is None or target.kind == "end":
                await self.end_flow(ctx)
                return
            if target.kind != "step":
                await self.follow(ctx, target)
                return
            step_id = target.step or ""
        raise FlowBroken(f"flow {flow_id!r} moved {MAX_AUTO_STEPS} steps without waiting")

    @staticmethod
    def _answered_offer(ctx: TurnContext, flow_id: str, step: Step) -> ChoiceOption | None:
        """The `no` option of an `offer` step answered earlier in this conversation, if so."""
        if not step.offer:
            return None
        made = ctx.meta.get(OFFERS_ANSWERED)
        if not isinstance(made, list) or f"{flow_id}.{step.id}" not in made:
            return None
        return next((o for o in step.choices if o.means == "no"), None)

    # ----- asking ----------------------------------------------------------------------------

    def _prompt(self, ctx: TurnContext, step: Step, *, fresh: bool) -> None:
        if step.choices:
            if step.ask is not None:
                prompt = self.text(ctx, step.ask)
            elif fresh and ctx.replies and isinstance(ctx.replies[-1], Text) and step.say:
                last = ctx.replies.pop()
                assert isinstance(last, Text)
                prompt = last
            elif step.say:
                prompt = self.text(ctx, step.say[-1])
            else:
                prompt = Text.of(_("Which would you like?"))
            options = self._options(ctx, step)
            asked = int(str(ctx.meta.get("asked") or 0)) + (1 if fresh else 0)
            ctx.meta["asked"] = asked
            ctx.reply(Choices(prompt, options, StepRef(ctx.conv.flow or "", step.id, asked)))
        elif step.ask is not None:
            ctx.say(self.text(ctx, step.ask))
        elif not fresh and step.say:
            ctx.say(self.text(ctx, step.say[-1]))

    def _options(self, ctx: TurnContext, step: Step) -> tuple[Option, ...]:
        """The step's buttons; made once when every label is plain text (most are)."""
        if (held := self._plain_options.get(id(step))) is not None and held[0] is step:
            return held[1]
        options = tuple(Option(o.id, self.render_label(ctx, o)) for o in step.choices)
        if all(is_plain(o.label) for o in step.choices):
            self._plain_options[id(step)] = (step, options)
        return options

    def render_label(self, ctx: TurnContext, option: ChoiceOption) -> str:
        label = option.label
        return label if is_plain(label) else render_template(label, self.variables(ctx)).plain

    async def run_actions(self, ctx: TurnContext, flow_id: str, step_id: str) -> None:
        """Run a step's actions where the person is, without moving there."""
        step = self.flows.step(flow_id, step_id)
        for call in () if step is None else step.actions:
            spec = self.registry.get(call.name)
            if spec is not None:
                await spec.fn(ctx, self._render_args(ctx, call.args))

    def reprompt(self, ctx: TurnContext) -> None:
        """Show the current step's question again (after help, a miss, or a late click)."""
        step = self.flows.step(ctx.conv.flow, ctx.conv.step)
        if step is not None and step.kind in ("choices", "capture"):
            self._prompt(ctx, step, fresh=False)

    def current(self, ctx: TurnContext) -> Step | None:
        return self.flows.step(ctx.conv.flow, ctx.conv.step)

    # ----- answering -------------------------------------------------------------------------

    async def pick(self, ctx: TurnContext, option: ChoiceOption) -> None:
        step = self.current(ctx)
        if step is not None and step.offer:
            made = ctx.meta.get(OFFERS_ANSWERED)
            done = [str(x) for x in made] if isinstance(made, list) else []
            ctx.meta[OFFERS_ANSWERED] = [*done, f"{ctx.conv.flow}.{step.id}"][-50:]
        for name, value in option.sets.items():
            ctx.conv.vars[name] = render_template(value, self.variables(ctx)).plain
        ctx.conv.vars["last_choice"] = option.id
        ctx.meta.pop("misses", None)
        ctx.meta.pop("did_you_mean", None)
        await self.follow(ctx, option.target)

    async def capture(self, ctx: TurnContext, step: Step, text: str) -> bool:
        """Check and store a typed answer; False when it was refused and the step re-asked."""
        cap = step.capture
        assert cap is not None
        value, problem = check_capture(cap, text)
        if problem is not None:
            ctx.say(self.text(ctx, cap.invalid) if cap.invalid else Text.of(problem))
            self._prompt(ctx, step, fresh=False)
            return False
        previous = ctx.conv.vars.get(cap.var)
        ctx.captured = value if isinstance(value, str) else None
        if cap.append and isinstance(previous, str) and previous and isinstance(value, str):
            value = f"{previous}\n\n{value}"  # a vent in parts: every part is kept
        ctx.conv.vars[cap.var] = value
        ctx.meta.pop("misses", None)
        target = step.next or Target("end")
        await self.follow(ctx, target)
        return True

    def _branch(self, ctx: TurnContext, step: Step) -> Target | None:
        values: dict[str, object] | None = None  # gathered once, for the first condition
        for case in step.branch:
            if case.when is None:
                return case.target
            if values is None:
                values = self.variables(ctx)
            if holds(case.when, values):
                return case.target
        return None
