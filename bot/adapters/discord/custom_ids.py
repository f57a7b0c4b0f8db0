"""Component custom ids: who a button belongs to, and which flow, step and option it answers.

A choice button's id is `bb1:c:<user>:<flow>:<step>:<option>` (each name percent-encoded), so a
click can be turned into a `Turn` with no memory of the message: buttons keep working after a
restart. Discord allows 100 characters; when the names are too long, the longest ones are replaced
by `!` and a short digest, which `NameBook` turns back into names. The book learns every name it
encodes and is seeded with every flow, step and option id of the loaded flows, so digests made
before a restart still resolve. The draft modal's id is `bb1:m:draft:<user>`.
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote, unquote

from bot.core.model import StepRef
from bot.flows.model import FlowSet

MAX_CUSTOM_ID = 100
CHOICE_PATTERN = re.compile(
    r"bb1:c:(?P<user>[0-9]+):(?P<flow>[^:]*):(?P<step>[^:]*):(?P<option>[^:]*)"
    r"(?::(?P<asked>[0-9]{1,9}))?"
)
DRAFT_MODAL_PATTERN = re.compile(r"bb1:m:draft:(?P<user>[0-9]+)")
DRAFT_FIELD_ID = "draft_text"
_DIGEST_LEN = 10


@dataclass(frozen=True, slots=True)
class ChoiceId:
    """A decoded choice button: the person it was shown to, the step and the option."""

    user: str
    at: StepRef
    option: str


def _digest(name: str) -> str:
    return "!" + hashlib.sha256(name.encode("utf-8")).hexdigest()[:_DIGEST_LEN]


class NameBook:
    """Digest -> name, for names too long to spell out in a custom id (bounded, oldest dropped)."""

    def __init__(self, limit: int = 50_000) -> None:
        self._names: OrderedDict[str, str] = OrderedDict()
        self._limit = limit

    def learn(self, name: str) -> str:
        d = _digest(name)
        self._names[d] = name
        self._names.move_to_end(d)
        while len(self._names) > self._limit:
            self._names.popitem(last=False)
        return d

    def learn_all(self, names: Iterable[str]) -> None:
        for n in names:
            self.learn(n)

    def learn_flows(self, flows: FlowSet) -> None:
        """Remember every flow, step and option id, so digests survive a restart."""
        for flow in flows.flows.values():
            self.learn(flow.id)
            for step in flow.steps.values():
                self.learn(step.id)
                self.learn_all(o.id for o in step.choices)

    def resolve(self, token: str) -> str | None:
        """The name a custom-id component stands for, or None for an unknown digest."""
        if token.startswith("!"):
            return self._names.get(token)
        return unquote(token)


@lru_cache(maxsize=4096)
def _quoted(name: str) -> str:
    """A flow, step or option id made safe for a custom id (the same few ids recur)."""
    return quote(name, safe="")


@lru_cache(maxsize=8192)
def _plain_rest(flow: str, step: str, option: str, asked: int) -> str:
    """A choice custom id after the person: flow, step and option as written, the asking."""
    rest = f"{_quoted(flow)}:{_quoted(step)}:{_quoted(option)}"
    return f"{rest}:{asked}" if asked else rest


def encode_choice(user: str, at: StepRef, option: str, book: NameBook) -> str:
    """The custom id of a choice button (at most 100 characters)."""
    head = f"bb1:c:{user}:"
    rest = _plain_rest(at.flow, at.step, option, at.asked)
    if len(head) + len(rest) <= MAX_CUSTOM_ID:  # the usual case: every name fits as written
        return head + rest
    names = [at.flow, at.step, option]
    tokens = [_quoted(n) for n in names]
    tail = f":{at.asked}" if at.asked else ""
    while len(head) + sum(len(t) for t in tokens) + 2 + len(tail) > MAX_CUSTOM_ID:
        longest = max(range(3), key=lambda i: len(tokens[i]) if tokens[i][:1] != "!" else -1)
        if tokens[longest].startswith("!"):
            raise ValueError("a choice custom id cannot fit in 100 characters")
        tokens[longest] = book.learn(names[longest])
    return head + ":".join(tokens) + tail


def decode_choice(custom_id: str, book: NameBook) -> ChoiceId | None:
    """The button's meaning, or None when the id is not ours or a digest is unknown."""
    m = CHOICE_PATTERN.fullmatch(custom_id)
    if m is None:
        return None
    flow = book.resolve(m.group("flow"))
    step = book.resolve(m.group("step"))
    option = book.resolve(m.group("option"))
    if flow is None or step is None or option is None:
        return None
    asked = int(m.group("asked") or 0)
    return ChoiceId(m.group("user"), StepRef(flow, step, asked), option)


def draft_modal_id(user: str) -> str:
    return f"bb1:m:draft:{user}"


def draft_modal_user(custom_id: str) -> str | None:
    m = DRAFT_MODAL_PATTERN.fullmatch(custom_id)
    return None if m is None else m.group("user")
