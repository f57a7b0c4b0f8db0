"""The transcript file format, defined once: typed models of a conversation test file.

A transcript file is a list of conversations; each turn makes one move (`user`, `click` or
`open`) and asserts at least one thing (`bot`, `not_bot`, `step`, `vars`, `choices`). Unknown keys
are errors, so a typo such as `stpe:` can no longer pass silently. The editor schema
`transcript.schema.json` beside this module is generated from these models by
`python -m bot schema`; `bot.testing.transcripts` validates every file against it before running.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, RootModel, WithJsonSchema
from pydantic.config import JsonDict

from bot.flows.schemagen import SchemaFile, editor_schema

SCHEMA_ID = "https://bounceback.example/transcript.schema.json"
SCHEMA_FILE = Path(__file__).with_name("transcript.schema.json")

MOVES = ("user", "click", "open")
ASSERTIONS = ("bot", "not_bot", "step", "vars", "choices")

Texts = Annotated[
    str | Annotated[list[str], Field(min_length=1, description="A list of texts, at least one.")],
    Field(title="text or list", description="Text, or a list of texts."),
]
Plain = Annotated[
    str | float | bool,
    WithJsonSchema({"type": ["string", "number", "boolean"]}),
]


def _needs_one(keys: tuple[str, ...], hint: str) -> JsonDict:
    """A turn needs at least one of `keys`; `hint` says how to fix it."""
    return {"title": "turn", "description": hint, "anyOf": [{"required": [k]} for k in keys]}


class _Spec(BaseModel):
    model_config = ConfigDict(extra="forbid", use_attribute_docstrings=True, frozen=True)


class Turn(_Spec):
    """A turn: one move (`user`, `click` or `open`), then what must hold (`bot`, `not_bot`,
    `step`, `vars` or `choices`)."""

    model_config = ConfigDict(
        title="turn",
        json_schema_extra={
            "allOf": [
                _needs_one(MOVES, "start the turn with what the person does: `user: text`"),
                _needs_one(
                    ASSERTIONS,
                    "a turn that checks nothing tests nothing: add what must hold now, "
                    "e.g. `step: flow.step` or `bot: text`",
                ),
            ]
        },
    )
    user: str | None = None
    """What the person types."""
    click: str | int | None = None
    """The button the person clicks, by option id or label."""
    open: str | None = Field(None, title="flow id")
    """Open a flow the way a scheduled check-in does, e.g. `checkin_mood`."""
    after: str | None = Field(
        None, title="duration", pattern=r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$"
    )
    """Let this much time pass before the move: `30m`, `13h`, `2d`."""
    bot: Texts | None = None
    """Each text appears in this turn's bot messages (case ignored)."""
    not_bot: Texts | None = None
    """No text appears in this turn's bot messages (case ignored)."""
    step: str | None = Field(None, title="flow.step", pattern=r"^(none|[^.\s]+\.[^.\s]+)$")
    """Where the person is now: `flow.step`, or `none` when no flow is under way."""
    vars: dict[str, Plain | None] | None = Field(None, min_length=1)
    """Variables that now hold these values."""
    choices: Texts | None = None
    """Button labels now offered."""


class Conversation(_Spec):
    """One conversation: a `name`, optional `seed`, `user`, `locale`, `tz`, and its `turns`."""

    model_config = ConfigDict(title="conversation")
    name: str = Field(min_length=1)
    """What the conversation shows, as a sentence."""
    seed: int | None = None
    """Fixes which message variants are picked."""
    user: str | int | None = None
    """The person's id (each conversation has a fresh database)."""
    locale: str | None = None
    """The person's language, e.g. `es`."""
    tz: str | None = None
    """The person's time zone, e.g. `Europe/Madrid`."""
    turns: list[Turn] = Field(min_length=1)
    """The turns, in order."""


class Transcript(RootModel[list[Conversation]]):
    """Conversation tests: a list of conversations run through the engine. See docs/flows.md."""

    model_config = ConfigDict(title="transcript")


def transcript_schema_file() -> SchemaFile:
    """`transcript.schema.json` as the models generate it."""
    return SchemaFile(SCHEMA_FILE, editor_schema(Transcript, SCHEMA_ID))
