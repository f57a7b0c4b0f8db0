"""The checks of one step on its own: where it goes (steps, flows and `then` that exist, option
ids in `choice` conditions), its shape (duplicate options, a question for every wait, branches
ending in `else`, no dead end), the keys that help understand typed answers (`any_text`, `means`,
examples, `mood_scale`), contradicting capture checks, and its actions and their arguments
against the registry, when given.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Mapping
from typing import Any

from bot.flows.dataflow import edges
from bot.flows.model import ActionCall, Flow, Pos, Step
from bot.flows.problems import suggest
from bot.flows.reader import FlowSource
from bot.flows.template import display
from bot.primitives.actions import ActionRegistry
from bot.primitives.text import fold

Report = Callable[[Pos, str, str], None]
"""Where a check reports a problem: position, message, hint."""


class StepChecks:
    """Checks steps against all flows (`flows` by id, `option_ids` of every flow) and the
    action `registry`; problems go to `report`."""

    def __init__(
        self,
        flows: Mapping[str, Flow],
        option_ids: set[str],
        registry: ActionRegistry[Any] | None,
        report: Report,
    ) -> None:
        self.flows = flows
        self.option_ids = option_ids
        self.registry = registry
        self.report = report

    def check(self, src: FlowSource, sid: str, step: Step) -> None:
        """Every check of step `sid` of `src`."""
        self.step_targets(src, step)
        self.step_shape(src, sid, step)
        for call in step.actions:
            self.action(call)

    def step_targets(self, src: FlowSource, step: Step) -> None:
        flow = src.flow
        targets = [e.target for e in edges(step)]
        if step.next is not None and step.choices:
            targets.append(step.next)
        for target in targets:
            if target.kind == "step" and target.step not in flow.steps:
                self.report(
                    target.pos,
                    f"'next' goes to '{target.step}', which is not a step of flow '{flow.id}'",
                    suggest(str(target.step), flow.steps, "known steps"),
                )
            if target.kind in {"flow", "call"} and target.flow not in self.flows:
                key = "goto" if target.kind == "flow" else "call"
                self.report(
                    target.pos,
                    f"'{key}' goes to flow '{target.flow}', which does not exist",
                    suggest(str(target.flow), self.flows, "known flows"),
                )
            if target.kind == "call" and target.step not in flow.steps:
                self.report(
                    src.then_pos.get(target.pos, target.pos),
                    f"'then' goes to '{target.step}', which is not a step of flow '{flow.id}'",
                    suggest(str(target.step), flow.steps, "known steps"),
                )
        for case in step.branch:
            cond = case.when
            if cond is not None and cond.kind == "choice":
                wanted = cond.value if isinstance(cond.value, tuple) else (cond.value,)
                for oid in wanted:
                    if oid not in self.option_ids:
                        own = {o.id for s in flow.steps.values() for o in s.choices}
                        self.report(
                            cond.pos,
                            f"no option has id '{oid}'",
                            suggest(str(oid), own, "options in this flow"),
                        )

    def step_shape(self, src: FlowSource, sid: str, step: Step) -> None:
        ids: set[str] = set()
        labels: set[str] = set()
        for opt in step.choices:
            if opt.id in ids:
                self.report(
                    opt.pos,
                    f"step '{sid}' has two options with id '{opt.id}'",
                    "give each option its own id",
                )
            elif fold(opt.label) in labels:
                self.report(
                    opt.pos,
                    f"step '{sid}' has two options labelled '{opt.label}'",
                    "a typed answer could not tell them apart: change one label",
                )
            ids.add(opt.id)
            labels.add(fold(opt.label))
        self.understanding_keys(sid, step)
        if step.choices and step.ask is None and not step.say:
            self.report(
                step.pos,
                f"step '{sid}' offers choices without a question",
                'add `ask: "..."` (or a `say:` message: the last one is the question)',
            )
        cap = step.capture
        if cap is not None:
            if step.ask is None and not step.say:
                self.report(
                    step.pos,
                    f"step '{sid}' waits for an answer without asking anything",
                    'add `ask: "..."` with the question',
                )
            self.capture_checks(
                cap.var, cap.pos, cap.number, cap.min, cap.max, cap.one_of is not None
            )
        if sid in src.tainted:
            return
        if step.branch and step.branch[-1].when is not None:
            self.report(
                step.branch[-1].pos,
                f"the branch of step '{sid}' has no final 'else'",
                "add `- else:` with a target as the last case, for when nothing matches",
            )
        for case in step.branch[:-1]:
            if case.when is None:
                self.report(
                    case.pos,
                    f"'else' is not the last case of step '{sid}'",
                    "cases after `else` never run: move it to the end",
                )
        if cap is not None and step.next is None:
            self.report(
                step.pos,
                f"step '{sid}' saves '{cap.var}' but does not say where to go next",
                "add `next: step_id` to the step (or `goto`, `call` with `then`, `end: true`)",
            )
        elif not (step.choices or cap or step.branch) and step.next is None:
            self.report(
                step.pos,
                f"step '{sid}' stops without ending the flow",
                "add `next: step_id`, `goto: flow_id`, `call: flow_id` with `then:`, "
                "or `end: true`",
            )

    def understanding_keys(self, sid: str, step: Step) -> None:
        """`any_text` names an option, `means` is unique, an example belongs to one option,
        and a `mood_scale` step has options meaning 1 to 5."""
        ids = {o.id for o in step.choices}
        if step.any_text is not None and step.any_text not in ids:
            self.report(
                step.pos,
                f"'any_text' of step '{sid}' names '{step.any_text}', which "
                "is not one of its options",
                suggest(step.any_text, ids, "options"),
            )
        meant: dict[str, str] = {}
        said = {fold(o.label): o.id for o in step.choices}  # two labels: reported above
        for opt in step.choices:
            if opt.means is not None:
                if opt.means in meant:
                    self.report(
                        opt.pos,
                        f"options '{meant[opt.means]}' and '{opt.id}' of step "
                        f"'{sid}' both mean '{opt.means}'",
                        "a typed answer could not tell them apart: keep one `means`",
                    )
                meant[opt.means] = opt.id
            for example in (*opt.synonyms, *opt.examples):
                key = fold(example)
                other = said.get(key)
                if other is not None and other != opt.id:
                    self.report(
                        opt.pos,
                        f"'{example}' is an answer for both '{other}' and "
                        f"'{opt.id}' in step '{sid}'",
                        "give it to one option only, so a typed answer is not ambiguous",
                    )
                said.setdefault(key, opt.id)
        if step.mood_scale and not {"1", "2", "3", "4", "5"} <= set(meant):
            self.report(
                step.pos,
                f"step '{sid}' has 'mood_scale' but not options meaning 1 to 5",
                "add `means: 1` ... `means: 5` to the five mood options",
            )

    def capture_checks(
        self, var: str, pos: Pos, number: bool, low: float | None, high: float | None, fixed: bool
    ) -> None:
        if number and fixed:
            self.report(
                pos,
                f"the capture of '{var}' has both 'number: true' and 'one_of'",
                "an answer cannot be a number and one of fixed words: keep one",
            )
        for key, value in (("min", low), ("max", high)):
            if value is not None and not number:
                self.report(
                    pos,
                    f"the capture of '{var}' has '{key}' without 'number: true'",
                    f"add `number: true`, or remove `{key}`",
                )
        if low is not None and high is not None and low > high:
            self.report(
                pos,
                f"the capture of '{var}' has min {display(low)} above max {display(high)}",
                "no answer could pass: swap them",
            )

    def action(self, call: ActionCall) -> None:
        if self.registry is None:
            return
        spec = self.registry.get(call.name)
        if spec is None:
            self.report(
                call.pos,
                f"unknown action '{call.name}'",
                suggest(call.name, self.registry.names(), "registered actions"),
            )
            return
        known = (*spec.required_args, *spec.optional_args)
        unknown = [a for a in call.args if a not in known] if known else []
        for arg in spec.required_args:
            # a misspelt argument ('itme') is reported once, as unknown, with the fix
            if arg not in call.args and not difflib.get_close_matches(arg, unknown, cutoff=0.6):
                self.report(
                    call.pos,
                    f"action '{call.name}' needs argument '{arg}'",
                    f"add it under `args:`, like `args: {{{arg}: ...}}`",
                )
        for arg in unknown:
            self.report(
                call.pos,
                f"action '{call.name}' has no argument '{arg}'",
                suggest(arg, known, "it takes"),
            )
