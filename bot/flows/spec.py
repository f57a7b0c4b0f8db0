"""The flow file format, defined once: typed pydantic models of what a flow YAML file may hold.

Each class is one kind of mapping in a flow file, each field one key; the docstrings are the hints
people see when a key is wrong (in `bounceback validate` and in their editor). The editor schema
`flow.schema.json` is generated from these models (`python -m bot schema`, see
`bot/flows/schemagen.py`), and the loader validates flow files against that schema, so a new
key is added here and nowhere else; a test fails while the checked-in schema is stale.

The builder (`bot/flows/build.py`) turns the validated data into the runtime model
(`bot/flows/model.py`); a step's plain flags (`build.STEP_FLAGS`) are copied across by name.
Only `bounceback schema` and the tests import this module: the bot itself reads the generated
schema, so pydantic stays off its start-up path.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, WithJsonSchema
from pydantic.config import JsonDict

_NAME = "^[A-Za-z][A-Za-z0-9_-]*$"
_VAR = "^[A-Za-z_][A-Za-z0-9_]*$"

FlowId = Annotated[
    str,
    Field(
        title="flow id",
        pattern=_NAME,
        max_length=64,
        description="A flow id: a letter, then letters, digits, '_' or '-'.",
    ),
]
StepId = Annotated[
    str,
    Field(
        title="step id",
        pattern=_NAME,
        max_length=64,
        description="A step id: a letter, then letters, digits, '_' or '-'.",
    ),
]
StepName = Annotated[
    str,
    Field(
        title="step id",
        pattern=_NAME,
        max_length=64,
        json_schema_extra={"not": {"const": "end"}},
        description="A step id: a letter, then letters, digits, '_' or '-', but not `end` "
        "(`next: end` finishes the flow).",
    ),
]
NextStep = Annotated[
    str,
    Field(
        title="step id",
        pattern=_NAME,
        max_length=64,
        description="The step to go to next, or `end` to finish the flow.",
    ),
]
OptionId = Annotated[
    str,
    Field(
        title="option id",
        pattern=_NAME,
        max_length=64,
        description="An option id: a letter, then letters, digits, '_' or '-'.",
    ),
]
Variable = Annotated[
    str,
    Field(
        title="variable name",
        pattern=_VAR,
        max_length=64,
        description="A variable name: a letter or '_', then letters, digits or '_' "
        "(no spaces or dashes).",
    ),
]
ActionName = Annotated[
    str,
    Field(
        title="action name",
        pattern=_VAR,
        description="The name of a registered action, like `plan_add`.",
    ),
]
Text = Annotated[
    str,
    Field(
        title="text",
        min_length=1,
        description="Text: `{name}` inserts a variable, `{{` and `}}` are braces.",
    ),
]
CommandWord = Annotated[
    str,
    Field(
        title="command word",
        pattern="^[a-z0-9][a-z0-9_-]{0,31}$",
        description="A command word: lower-case letters, digits, '_' or '-', at most 32, "
        "without the '/'.",
    ),
]
# a plain value in YAML: one JSON type list, not three alternatives, so a wrong value reads well
Plain = Annotated[str | float | bool, WithJsonSchema({"type": ["string", "number", "boolean"]})]
SetValue = Annotated[
    str | float | bool,
    WithJsonSchema(
        {
            "type": ["string", "number", "boolean"],
            "description": "A plain value (not a list or mapping).",
        }
    ),
]
Args = Annotated[dict[str, Any], WithJsonSchema({"type": "object"})]
# `end: true`, `set: true`: the key only ever holds `true`
OnlyTrue = Annotated[Literal[True], WithJsonSchema({"const": True})]
Means = Literal["yes", "no", "unsure", "1", "2", "3", "4", "5", 1, 2, 3, 4, 5]


class _Spec(BaseModel):
    """Shared settings: unknown keys are errors, field docstrings are the hints."""

    model_config = ConfigDict(
        extra="forbid", use_attribute_docstrings=True, populate_by_name=True, frozen=True
    )


class Variants(_Spec):
    """`{variants: [...]}`: one of these messages, picked at random."""

    model_config = ConfigDict(title="message with variants")
    variants: list[Text] = Field(min_length=1)
    """The messages to pick from."""


Message = Annotated[
    Text | Variants,
    Field(
        title="message",
        description="A message: text, or `{variants: [...]}` to pick one at random.",
    ),
]


class Triggers(_Spec):
    """What starts this flow: command words and phrases."""

    model_config = ConfigDict(title="triggers")
    commands: list[CommandWord] | None = None
    """Words that start the flow: `/vent`, or `vent` on its own."""
    phrases: list[Text] | None = None
    """Phrases that start the flow when they appear in a message and no question is waiting."""


class Action(_Spec):
    """`{name: action_name, args: {...}}`: an action run on arrival."""

    model_config = ConfigDict(title="action")
    name: ActionName
    args: Args | None = None
    """The action's arguments (text may use `{name}` variables)."""


class _Targets(_Spec):
    """The keys that say where to go; a step, an option and a branch case take one of them."""

    next: NextStep | None = None
    goto: FlowId | None = Field(
        None, description="Go to the start of another flow and do not come back."
    )
    call: FlowId | None = Field(
        None, description="Run another flow, then come back to the step named in `then`."
    )
    then: StepId | None = Field(
        None,
        description="With `call`: the step of this flow to come back to when the called flow ends.",
    )
    end: OnlyTrue | None = None
    """`end: true` finishes this flow (back to the caller, if any)."""


# `dependentRequired`: a key that needs others next to it
def _needs(pairs: dict[str, str]) -> JsonDict:
    return {key: [need] for key, need in pairs.items()}


_CALL_THEN = {"call": "then", "then": "call"}


class Option(_Targets):
    """A button: `id`, `label`, optional `synonyms`, `sets` and a target (or the step's `next`)."""

    model_config = ConfigDict(
        title="option", json_schema_extra={"dependentRequired": _needs(_CALL_THEN)}
    )
    id: OptionId
    label: str = Field(
        title="button label",
        min_length=1,
        max_length=75,
        description="The button text: Slack allows 75 characters, Discord 80: keep it short.",
    )
    synonyms: list[Text] | None = None
    """Other words a typed answer may use for this option."""
    examples: list[Text] | None = None
    """Answers as people type them (paraphrases, typos, slang): the matcher learns from them.
    Write 3 to 20, by meaning as well as by wording."""
    means: Means | None = None
    """The everyday answer this option stands for: `yes`, `no` or `unsure` (so "sure", "nah",
    "dunno" pick it), or 1-5 on a mood scale."""
    sets: (
        Annotated[
            dict[Variable, SetValue],
            Field(
                title="sets",
                description="Variables to set when this option is picked: `{name: value}`.",
            ),
        ]
        | None
    ) = None


class Capture(_Spec):
    """Wait for free text and save it in `var`, after the checks."""

    model_config = ConfigDict(title="capture")
    var: Variable = Field(description="The variable that keeps the answer.")
    required: bool | None = None
    """Whether an empty answer is refused (default true)."""
    max_length: int | None = Field(None, ge=1)
    """The longest answer accepted, in characters."""
    number: bool | None = None
    """`true`: the answer must be a number."""
    min: float | None = None
    """With `number: true`: the smallest number accepted."""
    max: float | None = None
    """With `number: true`: the largest number accepted."""
    one_of: list[Text] | None = Field(None, min_length=1)
    """The only answers accepted (case and accents ignored)."""
    invalid: Message | None = Field(
        None, description="What to say when a check fails, before asking again."
    )
    append: bool | None = None
    """`true`: add the answer to what `var` already holds (a vent in parts), never replace it."""


# the tests a condition on a variable may make; each needs `var` next to it
VAR_TESTS = ("equals", "not_equals", "in", "lt", "le", "gt", "ge", "set", "unset", "contains")


class Condition(_Spec):
    """`{choice: id}`, `{var: x, equals: y}` (or not_equals, in, lt, le, gt, ge, set, unset,
    contains) or `{var: x, keywords: [...]}`."""

    model_config = ConfigDict(
        title="condition",
        json_schema_extra={
            "dependentRequired": _needs(dict.fromkeys((*VAR_TESTS, "keywords"), "var"))
        },
    )
    choice: OptionId | Annotated[list[OptionId], Field(min_length=1)] | None = Field(
        None, title="choice", description="The id of the option picked last, or a list of ids."
    )
    var: Variable | None = Field(None, description="The variable to test.")
    equals: Plain | None = None
    """Holds when the variable equals this value."""
    not_equals: Plain | None = None
    """Holds when the variable differs from this value."""
    in_: list[Plain] | None = Field(None, alias="in", min_length=1)
    """Holds when the variable is one of these values."""
    lt: float | None = None
    """Holds when the variable is a number below this."""
    le: float | None = None
    """Holds when the variable is a number at most this."""
    gt: float | None = None
    """Holds when the variable is a number above this."""
    ge: float | None = None
    """Holds when the variable is a number at least this."""
    set: OnlyTrue | None = None
    """`set: true` holds when the variable has a value."""
    unset: OnlyTrue | None = None
    """`unset: true` holds when the variable has no value."""
    contains: str | None = None
    """Holds when the variable contains this text."""
    keywords: list[Text] | None = Field(None, min_length=1)
    """Holds when the variable contains any of these words or phrases."""


class Case(_Targets):
    """A branch case: `when:` a condition, or `else:` as the last case, and a target."""

    model_config = ConfigDict(
        title="case",
        json_schema_extra={
            "anyOf": [{"required": ["when"]}, {"required": ["else"]}],
            "dependentRequired": _needs(_CALL_THEN),
        },
    )
    when: Condition | None = None
    else_: Annotated[Literal[True] | None, WithJsonSchema({"enum": [None, True]})] = Field(
        None, alias="else"
    )
    """The case taken when no other case holds: write `else:` with nothing after it, as the last
    case."""


class Step(_Targets):
    """On arrival: actions, then say, then choices, capture, branch or a target."""

    model_config = ConfigDict(
        title="step",
        json_schema_extra={"dependentRequired": _needs({"args": "action", **_CALL_THEN})},
    )
    actions: list[Action] | None = None
    """Actions to run on arrival, in order."""
    action: ActionName | None = Field(
        None, description="One action to run on arrival (short for `actions:`)."
    )
    args: Args | None = None
    """With `action:`: the action's arguments."""
    say: (
        Annotated[
            Text | Variants | Annotated[list[Message], Field(min_length=1)],
            Field(
                title="say",
                description="Messages to say: text, `{variants: [...]}`, or a list of those.",
            ),
        ]
        | None
    ) = None
    ask: Message | None = Field(None, description="The question for `choices` or `capture`.")
    choices: list[Option] | None = Field(None, min_length=1)
    """Buttons to offer: the step waits for one."""
    patient: bool | None = None
    """`true`: on a miss, ask again however often; never leave for the menu."""
    clear_yes: bool | None = None
    """`true`: what the `yes` option does cannot be undone (erasing everything), so only a clear
    yes ("yes", "sí", "go ahead") takes it; a loose one ("ya", "k") is asked about."""
    any_text: OptionId | None = Field(
        None,
        description="The option any unmatched typed text picks; the text is kept in the "
        "variable `<step>_text`.",
    )
    mood_scale: bool | None = None
    """`true`: typed words are scored 1-5 for mood and taken as the option whose `means` is
    that number."""
    offer: bool | None = None
    """`true`: an offer (a check-in, a pause). Once answered or declined, it is not made again
    in that conversation: arriving again goes on the way its `means: no` option goes."""
    on_miss: StepId | None = Field(
        None,
        description="At a choices step: the step a second miss in a row goes to, to say it "
        "differently (the first miss re-asks in other words, never the question verbatim).",
    )
    come_back_to: StepId | None = Field(
        None,
        description='A question only passed through ("which number did you do?"): the step of '
        'this flow that "pick up where we left off" comes back to when the flow was left here, '
        "instead of this question.",
    )
    capture: Capture | None = None
    branch: list[Case] | None = Field(None, min_length=1)
    """Cases tried in order, first match wins, the last one must be `else:`."""


class Flow(_Spec):
    """A Bounce Back conversation flow: one flow per file. See docs/flows.md."""

    model_config = ConfigDict(title="flow")
    id: FlowId = Field(description="The flow's id, used by `goto`, `call` and transcript tests.")
    title: Text | None = Field(
        None, description="A short human name for the flow (shown as `last_flow`)."
    )
    description: str | None = None
    """What the flow is for (for people editing flows)."""
    triggers: Triggers | None = None
    start: StepId | None = Field(
        None, description="The first step (by default the first step listed)."
    )
    resume: StepId | None = Field(
        None,
        description='The step where "Pick up where we left off" comes back into this flow '
        "(to show again what the person wrote); without it, they return to the question they "
        "were at.",
    )
    steps: dict[StepName, Step] = Field(
        title="steps",
        min_length=1,
        description="The flow's steps by id, e.g. `open:`, `heard:`.",
    )
    patient: bool | None = None
    """`true`: every question of this flow is asked again on a miss, never left for the menu
    (first-aid and care flows)."""
