"""Slack payloads in, neutral `Turn`s out: the inbound half of the Slack adapter.

Owns the typed shapes of the Slack payload fields the bot reads (`TypedDict`s with only those
fields), the rules for which messages carry the conversation (a person's own plain direct message;
never the bot's own messages, edits, joins or other subtypes), the conversion of Slack's markup to
plain text (so the crisis check and the flows see what the person wrote), and the encoding of a
button's flow, step and option into its `action_id` and `value`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, Literal, TypedDict

import orjson

from bot.adapters.slack.limits import bounded_loads
from bot.core.model import StepRef, Turn, UserKey
from bot.core.text import fold

PLATFORM = "slack"
BUTTON_PREFIX = "bb|"
HOME_PREFIX = "bbhome|"
ACTION_ID_LIMIT = 255
"""Block Kit's limit for `action_id`; longer ids fall back to the button's index."""
VALUE_LIMIT = 2000
"""Block Kit's limit for a button's `value`; anything longer is not one of ours."""
VALUE_DEPTH = 2
"""Our button values are one flat JSON object."""


class MessageEvent(TypedDict, total=False):
    """The fields of a `message` or `app_mention` event the bot reads."""

    type: str
    subtype: str
    channel: str
    channel_type: str
    user: str
    bot_id: str
    text: str
    ts: str
    thread_ts: str
    team: str


class EventCallback(TypedDict, total=False):
    """The Events API envelope (`type: event_callback`)."""

    type: str
    team_id: str
    api_app_id: str
    event_id: str
    event_time: int
    event: dict[str, Any]


class ActionItem(TypedDict, total=False):
    """One entry of `actions` in a `block_actions` payload."""

    action_id: str
    block_id: str
    value: str
    action_ts: str
    text: dict[str, Any]


class Container(TypedDict, total=False):
    type: str
    message_ts: str
    channel_id: str
    is_ephemeral: bool


class BlockActions(TypedDict, total=False):
    """A button click (`type: block_actions`), from a message or from the App Home."""

    type: str
    team: dict[str, Any]
    user: dict[str, Any]
    channel: dict[str, Any]
    container: Container
    message: dict[str, Any]
    actions: list[ActionItem]
    trigger_id: str
    response_url: str
    view: dict[str, Any]


class SlashCommand(TypedDict, total=False):
    """The form fields of a slash command the bot reads."""

    command: str
    text: str
    team_id: str
    user_id: str
    channel_id: str
    channel_name: str
    trigger_id: str
    response_url: str


class HomeOpened(TypedDict, total=False):
    """An `app_home_opened` event."""

    type: str
    user: str
    channel: str
    tab: Literal["home", "messages"]


def user_key(team_id: str, user_id: str) -> UserKey:
    return UserKey(PLATFORM, team_id, user_id)


def text_of(value: object) -> str:
    """A payload field that should be text: itself, or "" for anything else (a number, a list,
    null), so an odd payload is declined instead of raising."""
    return value if isinstance(value, str) else ""


def object_of(value: object) -> dict[str, Any]:
    """A payload field that should be an object: itself, or {} for anything else."""
    return value if isinstance(value, dict) else {}


# --- Slack markup -> plain text -------------------------------------------------------------

_LINK = re.compile(r"<([^<>]*)>")


def _link_to_plain(m: re.Match[str]) -> str:
    inner = m.group(1)
    target, _, label = inner.partition("|")
    if target.startswith("@"):  # <@U123> or <@U123|name>
        return "@" + (label or target[1:])
    if target.startswith("#"):  # <#C123|general>
        return "#" + (label or target[1:])
    if target.startswith("!"):  # <!channel>, <!here>, <!subteam^S1|@team>, <!date^...|text>
        return label or "@" + target[1:].split("^", 1)[0]
    return label or target


def slack_to_plain(text: str) -> str:
    """What the person typed, without Slack's markup: `<@U1>` -> `@U1`, `&lt;` -> `<`, links ->
    their label or address. Literal `<` `>` `&` typed by the person arrive escaped and come back."""
    plain = _LINK.sub(_link_to_plain, text)
    return plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def strip_mention(text: str, bot_user_id: str | None) -> str:
    """An `app_mention` text without the leading mention of the bot."""
    if bot_user_id:
        text = re.sub(rf"<@{re.escape(bot_user_id)}(\|[^>]*)?>", "", text)
    return text.strip()


# --- which events carry the conversation ----------------------------------------------------


def is_conversation_message(event: MessageEvent, bot_user_id: str | None = None) -> bool:
    """A person's own new message in a direct message with the bot.

    Edits (`message_changed`), deletions, joins, bot messages and every other subtype are not;
    neither is anything the bot itself posted, nor a message in a thread outside the DM.
    """
    if event.get("type") != "message" or event.get("channel_type") != "im":
        return False
    if "subtype" in event or event.get("bot_id"):
        return False
    user = text_of(event.get("user"))
    if not user or (bot_user_id is not None and user == bot_user_id):
        return False
    return bool(text_of(event.get("text")).strip())


def _received(ts: object) -> datetime:
    try:
        return datetime.fromtimestamp(float(text_of(ts)), tz=UTC)
    except (ValueError, OverflowError, OSError):
        return datetime.now(tz=UTC)


def message_turn(
    body: EventCallback, event: MessageEvent, *, locale: str | None = None, tz: str | None = None
) -> Turn:
    """The `Turn` for a direct message (call only when `is_conversation_message` holds)."""
    team = text_of(body.get("team_id")) or text_of(event.get("team"))
    event_id = text_of(body.get("event_id")) or (
        f"{text_of(event.get('channel'))}:{text_of(event.get('ts'))}"
    )
    return Turn(
        key=user_key(team, text_of(event.get("user"))),
        text=slack_to_plain(text_of(event.get("text"))),
        event_id=f"slack:{event_id}",
        locale=locale,
        tz=tz,
        received_at=_received(event.get("ts")),
    )


def command_text(text: str | None, is_command: Callable[[str], bool] | None = None) -> str:
    """What `/bounceback ...` means to the engine.

    `/bounceback vent now` arrives as text `vent now` and becomes the command `/vent now`; with no
    words it is `/menu`. When `is_command` says the first word is no command (`/bounceback I
    didn't get the job`), the words go to the engine as they are, like a message in the DM, so
    they can answer a question or start a flow by its phrases.
    """
    words = slack_to_plain(text_of(text)).strip()
    if not words:
        return "/menu"
    if words.startswith("/"):
        return words
    head = words.split(maxsplit=1)[0]
    if is_command is None or is_command(fold(head)):
        return "/" + words
    return words


def command_turn(
    body: SlashCommand,
    *,
    locale: str | None = None,
    tz: str | None = None,
    is_command: Callable[[str], bool] | None = None,
) -> Turn:
    trigger = text_of(body.get("trigger_id"))
    return Turn(
        key=user_key(text_of(body.get("team_id")), text_of(body.get("user_id"))),
        text=command_text(body.get("text"), is_command),
        event_id=f"slack:cmd:{trigger}" if trigger else None,
        locale=locale,
        tz=tz,
        received_at=datetime.now(tz=UTC),
    )


# --- buttons ---------------------------------------------------------------------------------


def encode_button(at: StepRef, option_id: str, index: int) -> tuple[str, str]:
    """The `action_id` and `value` of a choice button: both name the flow, step and option.

    The action id is unique within its block (option ids are unique within a step); when it
    would pass Slack's 255-character limit it falls back to the option's index, and the value
    (JSON, well under Slack's 2000 characters) still carries everything.
    """
    action_id = f"{BUTTON_PREFIX}{at.flow}|{at.step}|{option_id}"
    if len(action_id) > ACTION_ID_LIMIT:
        action_id = f"{BUTTON_PREFIX}#{index}"
    value = orjson.dumps({"f": at.flow, "s": at.step, "o": option_id, "n": at.asked}).decode()
    return action_id, value


def decode_button(action_id: str, value: str | None) -> tuple[StepRef, str] | None:
    """The step and option id a clicked button stands for, or None for a foreign button."""
    if not isinstance(action_id, str) or not action_id.startswith(BUTTON_PREFIX):
        return None
    if isinstance(value, str) and value:
        try:
            data = bounded_loads(value, max_chars=VALUE_LIMIT, max_depth=VALUE_DEPTH)
        except ValueError:
            data = None
        if isinstance(data, dict) and all(isinstance(data.get(k), str) for k in ("f", "s", "o")):
            asked = data.get("n")
            return StepRef(data["f"], data["s"], asked if isinstance(asked, int) else 0), data["o"]
    parts = action_id[len(BUTTON_PREFIX) :].split("|")
    if len(parts) == 3 and not parts[0].startswith("#"):
        return StepRef(parts[0], parts[1]), parts[2]
    return None


def action_turn(
    body: BlockActions, *, locale: str | None = None, tz: str | None = None
) -> tuple[Turn, str] | None:
    """The `Turn` for a click on a choice button, with the button's label; None when the click
    is not on one of our choice buttons."""
    actions = body.get("actions")
    action = object_of(actions[0]) if isinstance(actions, list) and actions else {}
    decoded = decode_button(text_of(action.get("action_id")), text_of(action.get("value")))
    if decoded is None:
        return None
    at, option = decoded
    who = object_of(body.get("user"))
    team = text_of(object_of(body.get("team")).get("id")) or text_of(who.get("team_id"))
    user = text_of(who.get("id"))
    action_ts = text_of(action.get("action_ts")) or text_of(body.get("trigger_id"))
    label = text_of(object_of(action.get("text")).get("text")) or option
    turn = Turn(
        key=user_key(str(team), str(user)),
        choice=option,
        at=at,
        event_id=f"slack:act:{user}:{action_ts}" if action_ts else None,
        locale=locale,
        tz=tz,
        received_at=datetime.now(tz=UTC),
    )
    return turn, label


def encode_home_action(what: str, arg: str = "") -> str:
    """The `action_id` of an App Home button: `bbhome|pause|` or `bbhome|cancel|42`."""
    return f"{HOME_PREFIX}{what}|{arg}"


def decode_home_action(action_id: str) -> tuple[str, str] | None:
    if not isinstance(action_id, str) or not action_id.startswith(HOME_PREFIX):
        return None
    what, _, arg = action_id[len(HOME_PREFIX) :].partition("|")
    return (what, arg) if what else None
