"""Neutral replies out as Block Kit: the outbound half of the Slack adapter's translation.

Owns how a `Text` or `Choices` reply becomes one or more Slack messages: text in `section` blocks
(every part escaped, so `<!channel>` typed by a person can never ping), long text split under the
3,000-character section limit and the 50-block message limit, a `text` fallback on every message
for notifications and screen readers, choices as buttons whose ids name the flow, step and option,
the replies of one turn packed into as few messages as possible, and the answered form of a
question (buttons dropped, the pick shown) used after a click.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypedDict

from bot.adapters.slack.events import encode_button
from bot.core.model import Choices, Text
from bot.safety.escape import SLACK_TEXT_LIMIT, slack_escape, split_message

SECTION_LIMIT = SLACK_TEXT_LIMIT
BLOCKS_PER_MESSAGE = 50
BUTTONS_PER_BLOCK = 25
BUTTON_LABEL_LIMIT = 75
FALLBACK_LIMIT = 3000

Block = dict[str, Any]


class SlackMessage(TypedDict):
    """The arguments of one `chat.postMessage` (besides the channel)."""

    text: str
    blocks: list[Block]


def render(text: Text) -> str:
    """The message as Slack mrkdwn. Flow text is plain text by contract, so every part is escaped:
    user-originated parts because they may hold `<!channel>`, bot parts so a `<` reads as itself."""
    return "".join(slack_escape(p.text) for p in text.parts)


def split_text(text: str, limit: int = SECTION_LIMIT) -> list[str]:
    """Split already-escaped mrkdwn into chunks of at most `limit` characters (never empty)."""
    return split_message(text, limit) or [text]


def fallback(mrkdwn: str) -> str:
    """The `text` of a message: what notifications show. Never empty (Slack warns otherwise)."""
    if len(mrkdwn) <= FALLBACK_LIMIT:
        return mrkdwn or " "
    return split_text(mrkdwn, FALLBACK_LIMIT - 1)[0] + "…"


def section(mrkdwn: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": mrkdwn or " "}}


def _chunk_blocks(blocks: list[Block], text: str) -> list[SlackMessage]:
    out: list[SlackMessage] = []
    for i in range(0, len(blocks), BLOCKS_PER_MESSAGE):
        part = blocks[i : i + BLOCKS_PER_MESSAGE]
        part_text = "\n".join(b["text"]["text"] for b in part if b.get("type") == "section")
        out.append(SlackMessage(text=fallback(part_text or text), blocks=part))
    return out


def text_messages(text: Text) -> list[SlackMessage]:
    """One message (more only past 50 sections, i.e. about 150,000 characters)."""
    mrkdwn = render(text)
    return _chunk_blocks([section(c) for c in split_text(mrkdwn)], mrkdwn)


def button_label(label: str) -> str:
    return label if len(label) <= BUTTON_LABEL_LIMIT else label[: BUTTON_LABEL_LIMIT - 1] + "…"


def choices_messages(choices: Choices) -> list[SlackMessage]:
    """The prompt as sections, then the options as buttons (25 per `actions` block).

    The buttons always travel in the last message, with the end of the prompt, so a long prompt
    never pushes them out of sight.
    """
    mrkdwn = render(choices.prompt)
    sections = [section(c) for c in split_text(mrkdwn)] if mrkdwn.strip() else []
    buttons: list[Block] = []
    for i, opt in enumerate(choices.options):
        action_id, value = encode_button(choices.at, opt.id, i)
        buttons.append(
            {
                "type": "button",
                "text": {"type": "plain_text", "text": button_label(opt.label), "emoji": True},
                "action_id": action_id,
                "value": value,
            }
        )
    actions: list[Block] = [
        {"type": "actions", "block_id": f"bb-choices-{n}", "elements": buttons[i : i + 25]}
        for n, i in enumerate(range(0, len(buttons), BUTTONS_PER_BLOCK))
    ]
    labels = ", ".join(slack_escape(o.label) for o in choices.options)
    text = fallback(f"{mrkdwn} ({labels})" if mrkdwn.strip() else labels)
    tail = sections[-(BLOCKS_PER_MESSAGE - len(actions)) :] if sections else []
    head = sections[: len(sections) - len(tail)]
    out = _chunk_blocks(head, mrkdwn) if head else []
    out.append(SlackMessage(text=text, blocks=[*tail, *actions]))
    return out


def messages_for(reply: Text | Choices) -> list[SlackMessage]:
    return choices_messages(reply) if isinstance(reply, Choices) else text_messages(reply)


def packed(replies: Sequence[Text | Choices]) -> list[SlackMessage]:
    """The replies of one turn in as few messages as the 50-block limit allows, in order.

    One message per turn means one notification, one API call under Slack's per-channel rate
    limit, and one use of a slash command's `response_url` (Slack allows five).
    """
    out: list[SlackMessage] = []
    for reply in replies:
        for msg in messages_for(reply):
            last = out[-1] if out else None
            if last is not None and len(last["blocks"]) + len(msg["blocks"]) <= BLOCKS_PER_MESSAGE:
                last["blocks"].extend(msg["blocks"])
                last["text"] = fallback(f"{last['text']}\n{msg['text']}")
            else:
                out.append(SlackMessage(text=msg["text"], blocks=list(msg["blocks"])))
    return out


def answered(blocks: list[Block] | None, label: str) -> list[Block]:
    """A question after it was answered: its text kept, its buttons gone, the pick shown."""
    kept = [b for b in blocks or [] if b.get("type") != "actions"]
    kept.append(
        {
            "type": "context",
            "elements": [{"type": "mrkdwn", "text": f"✓ You picked: *{slack_escape(label)}*"}],
        }
    )
    return kept


def answered_text(blocks: list[Block] | None, label: str) -> str:
    shown = "\n".join(
        b["text"]["text"] for b in blocks or [] if b.get("type") == "section" and "text" in b
    )
    note = f"You picked: {slack_escape(label)}"
    return fallback(f"{shown}\n{note}" if shown else note)
