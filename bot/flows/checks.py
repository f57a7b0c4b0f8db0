"""Semantic checks over built flows: everything a schema cannot see, all problems in one run.

Per flow: the start step, every target (`next`, `then`, `goto`, `call`), duplicate options,
prompts, branches ending in `else`, contradicting capture checks, dead ends, unreachable steps,
actions and their arguments (against the registry, when given), template syntax, and variables
used before every path has set them. Across flows: duplicate flow ids, duplicate command words,
unknown option ids in `choice` conditions, and loops of steps that never wait for the person.
Steps the loader could not read fully (`FlowSource.tainted`) get no graph guesses.

This module runs them all and owns the whole-flow ones (start step, reachability, templates,
variables, duplicate ids and commands); one step's own checks are `bot/flows/step_checks.py`,
the loop check `bot/flows/loops.py`.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from typing import Any

from bot.flows import template
from bot.flows.dataflow import BUILTINS, FlowSummaries, VarSet, after_actions, edges, must_set
from bot.flows.loops import loop_problems
from bot.flows.model import ActionCall, Flow, Pos
from bot.flows.problems import Problem, suggest
from bot.flows.reader import FlowSource, TemplateSite
from bot.flows.step_checks import StepChecks
from bot.primitives.actions import ActionRegistry
from bot.primitives.text import fold


def check_flows(
    sources: Sequence[FlowSource], registry: ActionRegistry[Any] | None
) -> list[Problem]:
    """Every semantic problem of `sources`, checked together (targets may cross files)."""
    return _Checker(sources, registry).run()


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
        self.steps = StepChecks(self.flows, self.option_ids, registry, self.report)
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
        self.problems.extend(loop_problems(self.sources, self.flows, self.reached))
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

    # -- one flow -------------------------------------------------------------------------------

    def flow(self, src: FlowSource) -> None:
        flow = src.flow
        if flow.steps and flow.start not in flow.steps:
            self.report(
                src.start_pos or flow.pos,
                f"start step '{flow.start}' is not a step of flow '{flow.id}'",
                suggest(flow.start, flow.steps, "known steps"),
            )
        if flow.steps and flow.resume and flow.resume not in flow.steps:
            self.report(
                flow.pos,
                f"resume step '{flow.resume}' is not a step of flow '{flow.id}'",
                suggest(flow.resume, flow.steps, "known steps"),
            )
        for sid, step in flow.steps.items():
            self.steps.check(src, sid, step)
            for key, there in (("on_miss", step.on_miss), ("come_back_to", step.come_back_to)):
                if there and there not in flow.steps:
                    self.report(
                        step.pos,
                        f"{key} step '{there}' is not a step of flow '{flow.id}'",
                        suggest(there, flow.steps, "known steps"),
                    )
        for site in src.sites:
            for fault in template.problems(site.text):
                what, _, fix = fault.partition("; ")
                self.report(site.pos, f"this text has {what}", fix or "fix the braces")
        if flow.start in flow.steps:
            self.reachability(src)
            self.variables(src)

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
        seen = {flow.start} | ({flow.resume} if flow.resume in flow.steps else set())
        todo = list(seen)
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
