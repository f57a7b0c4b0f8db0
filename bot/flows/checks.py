"""Semantic checks over built flows: everything a schema cannot see, all problems in one run.

Per flow: the start step, every target (`next`, `then`, `goto`, `call`), duplicate options,
prompts, branches ending in `else`, contradicting capture checks, dead ends, unreachable steps,
actions and their arguments (against the registry, when given), template syntax, and variables
used before every path has set them. Across flows: duplicate flow ids, duplicate command words,
unknown option ids in `choice` conditions, and loops of steps that never wait for the person.
Steps the loader could not read fully (`FlowSource.tainted`) get no graph guesses.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any

from bot.flows import template
from bot.flows.dataflow import BUILTINS, FlowSummaries, VarSet, after_actions, edges, must_set
from bot.flows.model import ActionCall, Flow, Pos, Step, Target
from bot.flows.problems import Problem
from bot.flows.reader import FlowSource, TemplateSite
from bot.flows.template import display
from bot.primitives.actions import ActionRegistry
from bot.primitives.text import fold


def check_flows(
    sources: Sequence[FlowSource], registry: ActionRegistry[Any] | None
) -> list[Problem]:
    """Every semantic problem of `sources`, checked together (targets may cross files)."""
    return _Checker(sources, registry).run()


def _suggest(word: str, known: Iterable[str], what: str) -> str:
    names = sorted(set(known))
    close = difflib.get_close_matches(word, names, n=1, cutoff=0.6)
    listed = f"{what}: {', '.join(names)}" if names else f"there are no {what} yet"
    return f"did you mean '{close[0]}'? {listed}" if close else listed


def _quoted(names: Sequence[str]) -> str:
    quoted = [f"'{n}'" for n in names]
    return ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if len(quoted) > 1 else quoted[0]


class _Checker:
    def __init__(self, sources: Sequence[FlowSource], registry: ActionRegistry[Any] | None) -> None:
        self.sources = list(sources)
        self.registry = registry
        self.problems: list[Problem] = []
        self.reached: dict[str, set[str]] = {}
        self.flows: dict[str, Flow] = {}
        for src in self.sources:
            if src.id_ok:
                self.flows.setdefault(src.flow.id, src.flow)
        self.option_ids = {
            o.id for s in self.sources for st in s.flow.steps.values() for o in st.choices
        }
        self.summaries = FlowSummaries(
            self.flows, self.action_sets, {s.flow.id: s.tainted for s in self.sources if s.id_ok}
        )

    def report(self, pos: Pos, message: str, hint: str) -> None:
        self.problems.append(Problem(pos, message, hint))

    def run(self) -> list[Problem]:
        self.duplicate_ids()
        self.duplicate_commands()
        for src in self.sources:
            self.flow(src)
        self.loops()
        return self.problems

    # -- across flows ---------------------------------------------------------------------------

    def duplicate_ids(self) -> None:
        first: dict[str, Flow] = {}
        for src in self.sources:
            flow = src.flow
            if not src.id_ok:
                continue
            if flow.id in first:
                other = first[flow.id].pos
                self.report(
                    flow.pos,
                    f"flow id '{flow.id}' is already used at {other}",
                    "each flow needs its own id: rename one of them",
                )
            else:
                first[flow.id] = flow

    def duplicate_commands(self) -> None:
        seen: dict[str, tuple[str, Pos]] = {}
        for src in self.sources:
            for word, pos in src.commands:
                key = fold(word)
                if key in seen:
                    flow_id, other = seen[key]
                    self.report(
                        pos,
                        f"command '{word}' already starts flow '{flow_id}' (at {other})",
                        "a command word starts one flow: remove or rename one of them",
                    )
                else:
                    seen[key] = (src.flow.id, pos)

    def loops(self) -> None:
        """Cycles of steps that never wait (no choices, no capture): the bot would spin."""
        node_pos: dict[tuple[str, str], Pos] = {}
        graph: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for src in self.sources:
            flow = src.flow
            if not src.id_ok or self.flows.get(flow.id) is not flow:
                continue
            for sid, step in flow.steps.items():
                if (
                    step.kind not in {"pass", "branch"}
                    or sid in src.tainted
                    or sid not in self.reached.get(flow.id, ())
                ):
                    continue
                node_pos[(flow.id, sid)] = step.pos
                graph[(flow.id, sid)] = [
                    n for e in edges(step) if (n := self.next_node(flow, e.target)) is not None
                ]
        for scc in _cycles(graph):
            names = sorted(scc, key=lambda n: (node_pos[n].file, node_pos[n].line))
            cross = len({f for f, _ in scc}) > 1
            shown = [f"{f}.{s}" if cross else s for f, s in names]
            what = (
                f"step {_quoted(shown)} goes" if len(shown) == 1 else f"steps {_quoted(shown)} go"
            )
            self.report(
                node_pos[names[0]],
                f"{what} round in a loop without waiting for an answer",
                "the bot would never stop: add `choices` or `capture` to a step on the "
                "loop, or end it",
            )

    def next_node(self, flow: Flow, target: Target) -> tuple[str, str] | None:
        if target.kind == "step" and target.step is not None and target.step in flow.steps:
            return (flow.id, target.step)
        if target.kind in {"flow", "call"} and target.flow in self.flows:
            other = self.flows[target.flow]
            return (other.id, other.start) if other.start in other.steps else None
        return None

    # -- one flow -------------------------------------------------------------------------------

    def flow(self, src: FlowSource) -> None:
        flow = src.flow
        if flow.steps and flow.start not in flow.steps:
            self.report(
                src.start_pos or flow.pos,
                f"start step '{flow.start}' is not a step of flow '{flow.id}'",
                _suggest(flow.start, flow.steps, "known steps"),
            )
        for sid, step in flow.steps.items():
            self.step_targets(src, step)
            self.step_shape(src, sid, step)
            for call in step.actions:
                self.action(call)
        for site in src.sites:
            for fault in template.problems(site.text):
                what, _, fix = fault.partition("; ")
                self.report(site.pos, f"this text has {what}", fix or "fix the braces")
        if flow.start in flow.steps:
            self.reachability(src)
            self.variables(src)

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
                    _suggest(str(target.step), flow.steps, "known steps"),
                )
            if target.kind in {"flow", "call"} and target.flow not in self.flows:
                key = "goto" if target.kind == "flow" else "call"
                self.report(
                    target.pos,
                    f"'{key}' goes to flow '{target.flow}', which does not exist",
                    _suggest(str(target.flow), self.flows, "known flows"),
                )
            if target.kind == "call" and target.step not in flow.steps:
                self.report(
                    src.then_pos.get(target.pos, target.pos),
                    f"'then' goes to '{target.step}', which is not a step of flow '{flow.id}'",
                    _suggest(str(target.step), flow.steps, "known steps"),
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
                            _suggest(str(oid), own, "options in this flow"),
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
                _suggest(step.any_text, ids, "options"),
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
                _suggest(call.name, self.registry.names(), "registered actions"),
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
                _suggest(arg, known, "it takes"),
            )

    def action_sets(self, call: ActionCall) -> VarSet:
        """What an action surely sets; unknown (None) without a registry or a known action."""
        spec = None if self.registry is None else self.registry.get(call.name)
        if spec is None:
            return None
        try:
            return frozenset(spec.sets(call.args))
        except Exception:  # a sets() that needs a missing argument: reported as such above
            return frozenset()

    # -- the step graph -------------------------------------------------------------------------

    def reachability(self, src: FlowSource) -> None:
        flow = src.flow
        seen = {flow.start}
        todo = [flow.start]
        while todo:
            step = flow.steps[todo.pop()]
            for edge in edges(step):
                dest = edge.target.step if edge.target.kind in {"step", "call"} else None
                if dest is not None and dest in flow.steps and dest not in seen:
                    seen.add(dest)
                    todo.append(dest)
        if src.id_ok:
            self.reached.setdefault(flow.id, seen)
        if seen & src.tainted:
            return  # a step we could not read may lead anywhere
        for sid, step in flow.steps.items():
            if sid not in seen and sid not in src.tainted:
                self.report(
                    step.pos,
                    f"step '{sid}' is never reached from the start step '{flow.start}'",
                    "point a `next` (or an option or a case) at it, or remove it",
                )

    def variables(self, src: FlowSource) -> None:
        flow = src.flow
        entry = must_set(flow, self.action_sets, self.summaries.returns, src.tainted)
        known = set(BUILTINS)
        for step in flow.steps.values():
            known.update(*(e.sets for e in edges(step)))
            for call in step.actions:
                known.update(self.action_sets(call) or ())
        for site in src.sites:
            if site.step not in entry:
                continue
            step = flow.steps[site.step]
            have = after_actions(
                entry[site.step], step.actions[: site.actions_before], self.action_sets
            )
            for name in dict.fromkeys(template.names(site.text)):
                if have is not None and name not in have:
                    self.unset(site, name, known)

    def unset(self, site: TemplateSite, name: str, known: set[str]) -> None:
        close = difflib.get_close_matches(name, sorted(known - {name}), n=1, cutoff=0.75)
        typo = f"did you mean '{close[0]}'? Otherwise set" if close else "set"
        self.report(
            site.pos,
            f"'{{{name}}}' may be unset when step '{site.step}' runs",
            f"{typo} it on every path from the start to here (a capture `var`, an "
            "option's `sets` or an action)",
        )


def _cycles(graph: dict[tuple[str, str], list[tuple[str, str]]]) -> list[list[tuple[str, str]]]:
    """Strongly connected parts of `graph` that contain a cycle (Tarjan, without recursion)."""
    index: dict[tuple[str, str], int] = {}
    low: dict[tuple[str, str], int] = {}
    stack: list[tuple[str, str]] = []
    on_stack: set[tuple[str, str]] = set()
    found: list[list[tuple[str, str]]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            succ = [n for n in graph.get(node, []) if n in graph]
            if i < len(succ):
                work.append((node, i + 1))
                nxt = succ[i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                part: list[tuple[str, str]] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    part.append(top)
                    if top == node:
                        break
                if len(part) > 1 or node in graph.get(node, []):
                    found.append(part)
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found
