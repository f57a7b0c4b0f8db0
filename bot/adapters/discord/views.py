"""Neutral replies -> Discord messages: escaped text split under 2,000 characters, and buttons.

`render(replies, key, book)` turns the engine's replies into `Outgoing` messages: text parts a
person typed are escaped (markdown and mentions), long text is split on paragraph, line or word
boundaries, a `Choices` becomes a prompt with a `ChoiceButton` per option (a persistent dynamic
item whose custom id carries person, flow, step and option), an `Attachment` keeps its bytes until a
`discord.File` is made at send time, and a `Notify` carries its target. `chosen()` is how a message
reads after its question was answered.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

import discord

from bot.adapters.discord.custom_ids import CHOICE_PATTERN, NameBook, encode_choice
from bot.core.model import Attachment, Choices, Notify, Reply, Text, UserKey
from bot.safety.escape import DISCORD_TEXT_LIMIT, discord_escape, split_message

MAX_CONTENT = DISCORD_TEXT_LIMIT
MAX_LABEL = 80
MAX_BUTTONS = 25
ROW = 5
"""Buttons to a row, as discord.py lays them out."""
EscapeFn = Callable[[str], str]
ACTION_ROW = discord.ComponentType.action_row.value
BUTTON = discord.ComponentType.button.value
SECONDARY = discord.ButtonStyle.secondary.value


def load_escape() -> EscapeFn:
    """How text a person typed is made harmless on Discord (markdown and mentions escaped)."""
    return discord_escape


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One Discord message to send. `view` is built fresh per send (views are single-use)."""

    content: str
    buttons: tuple[tuple[str, str], ...] = ()  # (custom_id, label)
    attachment: Attachment | None = None
    notify: str | None = None  # a Notify target: the message goes there, not to the person

    def view(self) -> discord.ui.View | None:
        return ButtonRows(self.buttons) if self.buttons else None

    def file(self) -> discord.File | None:
        if self.attachment is None:
            return None
        return discord.File(io.BytesIO(self.attachment.content), filename=self.attachment.filename)


class ButtonRows(discord.ui.View):
    """A stopped view of ready-made choice buttons: the components a view of `ChoiceButton`s
    sends (five to a row, in order), without building discord.py items for every message. It is
    never kept in the in-memory view store: a click comes back through the `ChoiceButton`
    dynamic item the client registers, matched on the custom id."""

    def __init__(self, buttons: tuple[tuple[str, str], ...]) -> None:
        super().__init__(timeout=None)
        self._rows = button_rows(buttons)
        self.stop()

    def to_components(self) -> list[dict[str, Any]]:
        return self._rows


def button_rows(buttons: tuple[tuple[str, str], ...]) -> list[dict[str, Any]]:
    """The components of choice buttons, five to a row in order, as discord.py lays out a view
    of `ChoiceButton`s."""
    return [
        {
            "type": ACTION_ROW,
            "components": [
                {"type": BUTTON, "style": SECONDARY, "disabled": False, "label": label,
                 "custom_id": custom_id}
                for custom_id, label in buttons[start : start + ROW]
            ],
        }
        for start in range(0, len(buttons), ROW)
    ]  # fmt: skip


def split_text(text: str) -> list[str]:
    """Pieces of at most 2,000 characters, cut at paragraph, line, then word boundaries."""
    return split_message(text, MAX_CONTENT)


@lru_cache(maxsize=4096)
def _label(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def render(replies: list[Reply], key: UserKey, book: NameBook, escape: EscapeFn) -> list[Outgoing]:
    """Discord messages for `replies`, in order. Consecutive texts (and the prompt of a question
    after them) share a message while they fit, so a turn reads as few messages, not many."""
    out: list[Outgoing] = []
    pending: list[str] = []

    def flush() -> None:
        out.extend(Outgoing(c) for c in split_text("\n\n".join(pending)))
        pending.clear()

    for reply in replies:
        if isinstance(reply, Text):
            pending.append(reply.render(escape))
        elif isinstance(reply, Choices):
            prompt = reply.prompt.render(escape)
            options = reply.options[:MAX_BUTTONS]
            if len(reply.options) > MAX_BUTTONS:
                listing = "\n".join(f"{i}. {o.label}" for i, o in enumerate(reply.options, 1))
                prompt = f"{prompt}\n{listing}\n(Type the number of your answer.)"
            chunks = split_text("\n\n".join([*pending, prompt])) or ["\u200b"]
            pending.clear()
            out.extend(Outgoing(c) for c in chunks[:-1])
            buttons = tuple(
                (encode_choice(key.user, reply.at, o.id, book), _label(o.label)) for o in options
            )
            out.append(Outgoing(chunks[-1], buttons=buttons))
        elif isinstance(reply, Attachment):
            flush()
            caption = reply.caption.render(escape) if reply.caption else ""
            chunks = split_text(caption)
            out.extend(Outgoing(c) for c in chunks[:-1])
            out.append(Outgoing(chunks[-1] if chunks else "", attachment=reply))
        elif isinstance(reply, Notify):
            flush()
            chunks = split_text(reply.text.render(escape))
            out.extend(Outgoing(c, notify=reply.target) for c in chunks)
    flush()
    return out


def chosen(content: str, label: str) -> str:
    """The question's text once answered: the prompt, then the choice, with no buttons."""
    suffix = f"\n\n**You chose:** {label}"
    room = MAX_CONTENT - len(suffix)
    if len(content) > room:
        content = content[: room - 1].rstrip("\\") + "…"
    return content + suffix


class ClickHandler(Protocol):
    async def on_click(
        self, interaction: discord.Interaction[Any], custom_id: str, label: str
    ) -> None: ...


class ChoiceButton(
    discord.ui.DynamicItem[discord.ui.Button[discord.ui.View]],
    template=CHOICE_PATTERN,
):
    """A choice button that works after a restart: its meaning is all in its custom id."""

    def __init__(self, custom_id: str, label: str) -> None:
        super().__init__(
            discord.ui.Button(label=label, custom_id=custom_id, style=discord.ButtonStyle.secondary)
        )

    @classmethod
    async def from_custom_id(
        cls,
        interaction: discord.Interaction[Any],
        item: discord.ui.Item[Any],
        match: re.Match[str],
        /,
    ) -> ChoiceButton:
        label = getattr(item, "label", None) or ""
        return cls(match.group(0), label)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        handler: ClickHandler | None = getattr(interaction.client, "click_handler", None)
        if handler is not None:
            await handler.on_click(interaction, self.item.custom_id or "", self.item.label or "")
