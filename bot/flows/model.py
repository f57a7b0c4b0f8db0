"""The typed, immutable model of a conversation flow, as the loader builds it from YAML.

A `FlowSet` holds every flow by id. A `Flow` has triggers and named `Step`s. On arrival at a step
the engine runs its actions, says its messages, then either waits (choices or capture), picks a
branch, or follows `next`. Every element keeps its `Pos` (file, line, column; 1-based) so that
validation and runtime errors point at the YAML that caused them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from bot.primitives.text import command_key


@dataclass(frozen=True, slots=True)
class Pos:
    """A place in a flow file, 1-based line and column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOWHERE = Pos("<builtin>", 0, 0)


@dataclass(frozen=True, slots=True)
class Message:
    """One message; when it has several variants, one is picked at random each time."""

    variants: tuple[str, ...]
    pos: Pos = NOWHERE


TargetKind = Literal["step", "flow", "call", "end"]


@dataclass(frozen=True, slots=True)
class Target:
    """Where to go next.

    - `step`: another step of the same flow (`next: step_id`).
    - `flow`: the start of another flow, not returning (`goto: flow_id`).
    - `call`: another flow, returning to `step` of this flow when it ends
      (`call: flow_id` with `then: step_id`).
    - `end`: this flow ends (returning to a caller if there is one).
    """

    kind: TargetKind
    step: str | None = None
    flow: str | None = None
    pos: Pos = NOWHERE


@dataclass(frozen=True, slots=True)
class ChoiceOption:
    """A button. `synonyms` are other words a typed answer may use; `sets` assigns variables.

    `examples` are answers as people type them (paraphrases, typos, slang): the matcher learns
    from them. `means` says what everyday word this option stands for: `yes`, `no` or `unsure`
    (so "sure", "nah", "dunno" pick it), or `1`..`5` on a mood scale.
    """

    id: str
    label: str
    target: Target
    synonyms: tuple[str, ...] = ()
    sets: Mapping[str, str] = field(default_factory=dict)
    pos: Pos = NOWHERE
    examples: tuple[str, ...] = ()
    means: str | None = None


@dataclass(frozen=True, slots=True)
class Capture:
    """Free text saved into `var`, checked first. `invalid` is said when a check fails."""

    var: str
    required: bool = True
    max_length: int | None = None
    number: bool = False
    min: float | None = None
    max: float | None = None
    one_of: tuple[str, ...] | None = None
    invalid: Message | None = None
    pos: Pos = NOWHERE
    append: bool = False
    """Add the answer to what `var` already holds (a vent in parts) instead of replacing it."""


ConditionOp = Literal[
    "equals", "not_equals", "in", "lt", "le", "gt", "ge", "set", "unset", "contains"
]


@dataclass(frozen=True, slots=True)
class Condition:
    """A test for a branch.

    - `choice`: the id of the option last picked equals `value` (or is in `values`).
    - `var`: `op` applied to variable `var` and `value`.
    - `keywords`: variable `var` contains any of `keywords` (case- and accent-insensitive).
    """

    kind: Literal["choice", "var", "keywords"]
    var: str | None = None
    op: ConditionOp = "equals"
    value: Any = None
    keywords: tuple[str, ...] = ()
    pos: Pos = NOWHERE


@dataclass(frozen=True, slots=True)
class Case:
    """One branch: when `when` holds (or always, when it is None: the `else`), go to `target`."""

    when: Condition | None
    target: Target
    pos: Pos = NOWHERE


@dataclass(frozen=True, slots=True)
class ActionCall:
    """A named action from the registry, with its arguments (template strings allowed)."""

    name: str
    args: Mapping[str, Any] = field(default_factory=dict)
    pos: Pos = NOWHERE


StepKind = Literal["choices", "capture", "branch", "pass", "end"]


@dataclass(frozen=True, slots=True)
class Step:
    """One named step. Order on arrival: actions, say, then choices | capture | branch | next."""

    id: str
    actions: tuple[ActionCall, ...] = ()
    say: tuple[Message, ...] = ()
    ask: Message | None = None
    choices: tuple[ChoiceOption, ...] = ()
    capture: Capture | None = None
    branch: tuple[Case, ...] = ()
    next: Target | None = None
    pos: Pos = NOWHERE
    patient: bool = False
    """Re-ask however often the answer is missed; never leave for the menu."""
    any_text: str | None = None
    """The option that any unmatched typed text picks (the text is kept in `<step>_text`)."""
    mood_scale: bool = False
    """Free text is scored 1-5 for mood and taken as the option that `means` that number."""
    offer: bool = False
    """An offer: once answered in a conversation, arriving again goes on as its `no` option."""
    clear_yes: bool = False
    """Only a clear yes takes the option that means yes: it cannot be undone."""
    on_miss: str | None = None
    """At a choices step: where a second miss in a row goes, to say it differently."""
    come_back_to: str | None = None
    """A question only passed through ("which number did you do?"): the step to come back to
    after leaving the flow here, instead of this question."""

    @property
    def kind(self) -> StepKind:
        if self.choices:
            return "choices"
        if self.capture is not None:
            return "capture"
        if self.branch:
            return "branch"
        if self.next is not None and self.next.kind != "end":
            return "pass"
        return "end"


@dataclass(frozen=True, slots=True)
class Triggers:
    """Command words (`/vent`, `vent`) and phrases ("didn't get the job") that start a flow."""

    commands: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Flow:
    """A conversation: id, title, triggers, the first step and the steps by id."""

    id: str
    title: str
    start: str
    steps: Mapping[str, Step]
    triggers: Triggers = Triggers()
    description: str = ""
    pos: Pos = NOWHERE
    patient: bool = False
    """Every question of this flow is re-asked on a miss, never left for the menu."""
    resume: str = ""
    """The step where "Pick up where we left off" comes back in, or empty."""


@dataclass(frozen=True, slots=True, eq=False)
class FlowSet:
    """Every loaded flow by id, plus the lookups the engine needs.

    `languages` holds the same flows in each translated language (built from the catalogues
    beside the flows, English wherever a text has no translation) and `code_texts` each
    language's translations of the texts written in code; `language` is this set's own.
    """

    flows: Mapping[str, Flow]
    languages: Mapping[str, FlowSet] = field(default_factory=dict)
    code_texts: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    language: str = "en"
    _commands: list[dict[str, Flow | None]] = field(
        default_factory=list, init=False, repr=False, compare=False
    )
    """The command index (`by_command`), once built."""

    def in_language(self, code: str) -> FlowSet:
        """These flows in language `code` (this set itself when it has no such language)."""
        return self.languages.get(code, self)

    def get(self, flow_id: str) -> Flow | None:
        return self.flows.get(flow_id)

    def step(self, flow_id: str | None, step_id: str | None) -> Step | None:
        if flow_id is None or step_id is None:
            return None
        flow = self.flows.get(flow_id)
        return None if flow is None else flow.steps.get(step_id)

    def by_command(self, word: str) -> Flow | None:
        """The flow this command word starts; a word of another language counts too (`idioma`
        works for someone the bot speaks English with). Words match by `command_key`: spaces,
        case and accents aside ("mis datos" is "misdatos", "ánimo" is "animo")."""
        if not self._commands:
            self._commands.append(self._command_index())
        return self._commands[0].get(command_key(word))

    def _command_index(self) -> dict[str, Flow | None]:
        """Each command key and its flow, built on the first lookup (every language's set is
        complete by then): this set's own flows first, in order, then the other languages'."""
        index: dict[str, Flow | None] = {}
        for flow in self.flows.values():
            for command in flow.triggers.commands:
                index.setdefault(command_key(command), flow)
        for other in self.languages.values():
            for flow in other.flows.values():
                for command in flow.triggers.commands:
                    index.setdefault(command_key(command), self.flows.get(flow.id))
        return index
