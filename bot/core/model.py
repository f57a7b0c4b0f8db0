"""The neutral conversation model shared by the engine and every adapter.

A `UserKey` names one person on one platform; a `Turn` is one thing they did (typed text or a
button click); a `Reply` is one thing the bot shows back. Text replies are made of `Part`s, each
marked as bot-written or user-originated, so every adapter can escape exactly what a person typed
(Slack `&<>`, Discord markdown and mentions) and nothing else. No platform or database imports.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

EscapeFn = Callable[[str], str]


@dataclass(frozen=True, slots=True)
class UserKey:
    """One person on one platform and workspace (Slack team, Discord application, console)."""

    platform: str
    workspace: str
    user: str

    def __str__(self) -> str:
        return f"{self.platform}:{self.workspace}:{self.user}"

    @classmethod
    def parse(cls, text: str) -> UserKey:
        platform, workspace, user = text.split(":", 2)
        return cls(platform, workspace, user)


@dataclass(frozen=True, slots=True)
class StepRef:
    """Where a button belongs: the flow and step that asked the question, and which asking it
    was (`asked` counts a person's questions; 0 when unknown), so a button left over from an
    earlier time the same step was asked is recognised as passed."""

    flow: str
    step: str
    asked: int = 0


@dataclass(frozen=True, slots=True)
class Turn:
    """One inbound action of a person.

    Exactly one of `text` (typed words, a slash-command word with its arguments) or `choice` (the id
    of a clicked option, with `at` naming the step that showed it) is set. `event_id` is the
    platform's delivery id, used to drop redelivered events. `locale` and `tz` are hints from the
    platform profile, used when the person has not set their own.
    """

    key: UserKey
    text: str | None = None
    choice: str | None = None
    at: StepRef | None = None
    event_id: str | None = None
    locale: str | None = None
    tz: str | None = None
    received_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Part:
    """A run of reply text; `from_user` marks words a person typed, which adapters escape."""

    text: str
    from_user: bool = False


@dataclass(frozen=True, slots=True)
class Text:
    """A message. Build with `Text.of("...")` for bot-written text."""

    parts: tuple[Part, ...]

    @classmethod
    def of(cls, text: str) -> Text:
        return cls((Part(text),))

    @property
    def plain(self) -> str:
        return "".join(p.text for p in self.parts)

    def render(self, escape: EscapeFn) -> str:
        """The text with every user-originated part passed through `escape`."""
        return "".join(escape(p.text) if p.from_user else p.text for p in self.parts)


@dataclass(frozen=True, slots=True)
class Option:
    """One choice of a question: a stable id and the label shown on the button."""

    id: str
    label: str


@dataclass(frozen=True, slots=True)
class Choices:
    """A question with buttons. `at` names the step, so a late click can be recognised."""

    prompt: Text
    options: tuple[Option, ...]
    at: StepRef


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file for the person (the `mydata` export)."""

    filename: str
    content: bytes
    mime: str = "application/json"
    caption: Text | None = None


@dataclass(frozen=True, slots=True)
class Notify:
    """A message for someone else (a deployment's named contact), sent only with consent.

    `target` is the platform-specific contact id from the deployment's resources file.
    """

    target: str
    text: Text


Reply = Text | Choices | Attachment | Notify


class UnderstoodKind(enum.StrEnum):
    """How the engine took one inbound turn."""

    CHOICE = "choice"
    """An option of the waiting question was picked (tapped or typed)."""
    ANSWER = "answer"
    """Free text was captured as the answer to the waiting question."""
    COMMAND = "command"
    """A command word (menu, help, stop, a flow's command)."""
    FLOW = "flow"
    """A phrase started a flow."""
    QUESTION = "question"
    """A question the bot answers wherever the person is."""
    CRISIS = "crisis"
    """The crisis check took over the turn."""
    FALLBACK = "fallback"
    """Not understood: the question is asked again (or the welcome begins)."""


@dataclass(frozen=True, slots=True)
class Understood:
    """What the engine understood a turn to be.

    `flow`/`step` name the question that was waiting when the turn arrived (None if none);
    `choice` is the label of the option taken; `score` the match confidence (1.0 exact, None when
    a score does not apply).
    """

    kind: UnderstoodKind
    flow: str | None = None
    step: str | None = None
    choice: str | None = None
    score: float | None = None


@dataclass(slots=True)
class Conversation:
    """A person's place in the conversation, as the engine keeps it between turns.

    `flow`/`step` are None when no flow runs. `stack` holds return points for `call`. `vars` are
    the person's answers and everything flows set; `meta` is engine and safety bookkeeping (never
    shown to flows). `version` is the optimistic-concurrency counter (0 = never saved).
    """

    flow: str | None = None
    step: str | None = None
    stack: list[tuple[str, str]] = field(default_factory=list)
    vars: dict[str, object] = field(default_factory=dict)
    meta: dict[str, object] = field(default_factory=dict)
    version: int = 0
    updated_at: datetime | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "flow": self.flow,
            "step": self.step,
            "stack": [list(x) for x in self.stack],
            "vars": self.vars,
            "meta": self.meta,
        }

    @classmethod
    def from_json(
        cls, data: dict[str, object], version: int, updated_at: datetime | None
    ) -> Conversation:
        stack_raw = data.get("stack") or []
        assert isinstance(stack_raw, list)
        vars_raw = data.get("vars") or {}
        meta_raw = data.get("meta") or {}
        assert isinstance(vars_raw, dict) and isinstance(meta_raw, dict)
        flow = data.get("flow")
        step = data.get("step")
        return cls(
            flow=flow if isinstance(flow, str) else None,
            step=step if isinstance(step, str) else None,
            stack=[(str(a), str(b)) for a, b in stack_raw],
            vars=dict(vars_raw),
            meta=dict(meta_raw),
            version=version,
            updated_at=updated_at,
        )


@dataclass(frozen=True, slots=True)
class Opened:
    """A flow opened for a person but not yet saved as their place (`Engine.prepare_flow`).

    `place` is where they will be once `replies` reach them, built on the saved version it
    carries: `StoreTx.save(key, place)` moves them there, or raises `VersionConflict` when
    they have written since. None when there is nothing to move (the opening failed).
    """

    replies: list[Reply]
    place: Conversation | None = None
