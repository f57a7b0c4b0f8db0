"""The stable key of every text a person sees in a flow, derived from where it is.

Keys are `flow.field` for a flow's own texts and `flow.step.field` for a step's; nobody writes
them by hand, and they stay the same as long as the flow, step and option ids do:

| text | key |
|---|---|
| title (a flow's description is for authors only) | `vent.title` |
| command words, trigger phrases (lists) | `vent.commands`, `vent.phrases` |
| the n-th `say` message (variant v of several) | `vent.open.say.1`, `vent.open.say.1.v2` |
| `ask`, a capture's `invalid` | `vent.open.ask`, `vent.open.invalid` |
| an option's label, synonyms, examples | `vent.heard.more.label`, `.synonyms`, `.examples` |
| a branch case's keywords (its position) | `vent.route.case.2.keywords` |
| a text argument of the n-th action | `plan.add.action.1.item` |

A list (commands, phrases, synonyms, examples, keywords) is one entry with one item per line: a
translation may have more or fewer items than the English, and the English ones keep working.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from bot.flows.model import Flow, Message, Pos

TEXT_ARGS = frozenset({"item", "text", "message", "label", "prompt", "note"})
"""Action arguments that are shown to the person (a plan item), so they are translated."""

LIST_SEPARATOR = "\n"


@dataclass(frozen=True, slots=True)
class Source:
    """One English text of a flow: its key, its wording, whether it is a list, and where."""

    key: str
    text: str
    pos: Pos
    is_list: bool = False

    @property
    def items(self) -> list[str]:
        return split_list(self.text) if self.is_list else [self.text]


def join_list(items: tuple[str, ...] | list[str]) -> str:
    return LIST_SEPARATOR.join(items)


def split_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def message_sources(key: str, message: Message) -> Iterator[Source]:
    if len(message.variants) == 1:
        yield Source(key, message.variants[0], message.pos)
        return
    for n, variant in enumerate(message.variants, 1):
        yield Source(f"{key}.v{n}", variant, message.pos)


def flow_sources(flow: Flow) -> Iterator[Source]:
    """Every translatable text of `flow`, in file order, with its key."""
    f = flow.id
    yield Source(f"{f}.title", flow.title, flow.pos)
    if flow.triggers.commands:
        yield Source(f"{f}.commands", join_list(flow.triggers.commands), flow.pos, True)
    if flow.triggers.phrases:
        yield Source(f"{f}.phrases", join_list(flow.triggers.phrases), flow.pos, True)
    for step in flow.steps.values():
        s = f"{f}.{step.id}"
        for n, call in enumerate(step.actions, 1):
            for name, value in call.args.items():
                if name in TEXT_ARGS and isinstance(value, str) and value.strip():
                    yield Source(f"{s}.action.{n}.{name}", value, call.pos)
        for n, message in enumerate(step.say, 1):
            yield from message_sources(f"{s}.say.{n}", message)
        if step.ask is not None:
            yield from message_sources(f"{s}.ask", step.ask)
        if step.capture is not None and step.capture.invalid is not None:
            yield from message_sources(f"{s}.invalid", step.capture.invalid)
        for option in step.choices:
            o = f"{s}.{option.id}"
            yield Source(f"{o}.label", option.label, option.pos)
            if option.synonyms:
                yield Source(f"{o}.synonyms", join_list(option.synonyms), option.pos, True)
            if option.examples:
                yield Source(f"{o}.examples", join_list(option.examples), option.pos, True)
        for n, case in enumerate(step.branch, 1):
            if case.when is not None and case.when.keywords:
                words = join_list(case.when.keywords)
                yield Source(f"{s}.case.{n}.keywords", words, case.when.pos, True)
