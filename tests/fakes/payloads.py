"""Every hand-written Slack payload the tests, the fake Slack and the benchmark use, in one place.

Shapes follow Slack's Events API, interactivity and slash-command documentation, with the fields
slack-bolt 1.30 and the adapter read. Builders take keyword arguments for what a test varies and
fill the rest with stable defaults, so payloads cannot drift apart between tests. Discord payloads
live in `discord_payloads.py`.
"""

from __future__ import annotations

import itertools
import json
import time
from typing import Any

from tests.fakes.slack import APP_ID, BOT_ID, BOT_USER_ID, TEAM_ID

USER_ID = "UCASEY001"
OTHER_USER_ID = "UOTHER002"
CHANNEL_ID = "CGENERAL1"

Payload = dict[str, Any]

_seq = itertools.count(1)


def _ts() -> str:
    return f"{time.time():.6f}"


def dm_channel(user: str = USER_ID) -> str:
    """The DM channel id the fake's `conversations.open` gives for `user`."""
    return "D" + user


def event_callback(event: Payload, *, event_id: str | None = None, team: str = TEAM_ID) -> Payload:
    """The Events API envelope around `event` (HTTP mode's body, Socket Mode's payload)."""
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "api_app_id": APP_ID,
        "event": event,
        "type": "event_callback",
        "event_id": event_id or f"Ev{next(_seq):08d}",
        "event_time": int(time.time()),
        "authorizations": [{"team_id": team, "user_id": BOT_USER_ID, "is_bot": True}],
    }


def dm_message(
    text: str,
    *,
    user: str = USER_ID,
    event_id: str | None = None,
    subtype: str | None = None,
    bot_id: str | None = None,
    team: str = TEAM_ID,
) -> Payload:
    """A `message.im` event from `user` in their DM with the bot."""
    event: Payload = {
        "type": "message",
        "channel": dm_channel(user),
        "channel_type": "im",
        "user": user,
        "text": text,
        "ts": _ts(),
        "team": team,
    }
    if subtype is not None:
        event["subtype"] = subtype
    if bot_id is not None:
        event["bot_id"] = bot_id
    return event_callback(event, event_id=event_id, team=team)


def dm_edit(text: str, *, user: str = USER_ID) -> Payload:
    """A `message_changed` event: someone edited an earlier DM."""
    event: Payload = {
        "type": "message",
        "subtype": "message_changed",
        "channel": dm_channel(user),
        "channel_type": "im",
        "hidden": True,
        "message": {"type": "message", "user": user, "text": text, "ts": _ts()},
        "ts": _ts(),
    }
    return event_callback(event)


def bot_echo(text: str) -> Payload:
    """The bot's own message coming back as an event (Bolt must ignore it)."""
    return dm_message(text, user=BOT_USER_ID, bot_id=BOT_ID)


def app_mention(text: str, *, user: str = USER_ID, channel: str = CHANNEL_ID) -> Payload:
    event: Payload = {
        "type": "app_mention",
        "user": user,
        "text": f"<@{BOT_USER_ID}> {text}",
        "ts": _ts(),
        "channel": channel,
        "channel_type": "channel",
        "team": TEAM_ID,
    }
    return event_callback(event)


def home_opened(*, user: str = USER_ID, tab: str = "home", team: str = TEAM_ID) -> Payload:
    event: Payload = {
        "type": "app_home_opened",
        "user": user,
        "channel": dm_channel(user),
        "tab": tab,
        "event_ts": _ts(),
    }
    return event_callback(event, team=team)


def slash_command(
    text: str = "",
    *,
    user: str = USER_ID,
    channel: str | None = None,
    response_url: str = "",
    team: str = TEAM_ID,
) -> Payload:
    """`/bounceback <text>` form fields; in the person's DM unless `channel` is given."""
    channel_id = channel or dm_channel(user)
    return {
        "token": "legacy-verification-token",
        "team_id": team,
        "team_domain": "bounce",
        "channel_id": channel_id,
        "channel_name": "directmessage" if channel_id.startswith("D") else "general",
        "user_id": user,
        "user_name": user.lower(),
        "command": "/bounceback",
        "text": text,
        "api_app_id": APP_ID,
        "is_enterprise_install": "false",
        "response_url": response_url,
        "trigger_id": f"trig.{next(_seq)}",
    }


def block_actions(
    button: Payload,
    *,
    message: Payload | None = None,
    user: str = USER_ID,
    response_url: str = "",
    ephemeral: bool = False,
) -> Payload:
    """A click on `button` (a button element as the bot sent it) in `message` (the bot's
    message as the fake recorded it: `{"ts", "channel", "blocks", "text"}`)."""
    message = message or {}
    channel = str(message.get("channel") or dm_channel(user))
    ts = str(message.get("ts") or _ts())
    payload: Payload = {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "token": "legacy-verification-token",
        "container": {
            "type": "message",
            "message_ts": ts,
            "channel_id": channel,
            "is_ephemeral": ephemeral,
        },
        "trigger_id": f"trig.{next(_seq)}",
        "team": {"id": TEAM_ID, "domain": "bounce"},
        "channel": {"id": channel, "name": "directmessage"},
        "response_url": response_url,
        "actions": [
            {
                "action_id": button["action_id"],
                "block_id": button.get("block_id", "b1"),
                "text": button["text"],
                "value": button.get("value", ""),
                "type": "button",
                "action_ts": _ts() + str(next(_seq)),
            }
        ],
    }
    if not ephemeral:
        payload["message"] = {
            "type": "message",
            "user": BOT_USER_ID,
            "bot_id": BOT_ID,
            "ts": ts,
            "text": message.get("text", ""),
            "blocks": message.get("blocks") or [],
        }
    return payload


def home_click(action_id: str, *, user: str = USER_ID, value: str = "") -> Payload:
    """A click on an App Home button."""
    return {
        "type": "block_actions",
        "user": {"id": user, "username": user.lower(), "team_id": TEAM_ID},
        "api_app_id": APP_ID,
        "container": {"type": "view", "view_id": "V1"},
        "trigger_id": f"trig.{next(_seq)}",
        "team": {"id": TEAM_ID, "domain": "bounce"},
        "view": {"id": "V1", "type": "home", "blocks": []},
        "actions": [
            {
                "action_id": action_id,
                "block_id": "bb-home",
                "value": value or action_id,
                "type": "button",
                "text": {"type": "plain_text", "text": "x"},
                "action_ts": _ts() + str(next(_seq)),
            }
        ],
    }


def url_verification(challenge: str = "chal-123") -> Payload:
    return {
        "token": "legacy-verification-token",
        "challenge": challenge,
        "type": "url_verification",
    }


def buttons_of(call_params: Payload) -> list[Payload]:
    """The button elements of a recorded `chat.postMessage`, in order."""
    out: list[Payload] = []
    for block in call_params.get("blocks") or []:
        if block.get("type") == "actions":
            for el in block.get("elements", []):
                out.append({**el, "block_id": block.get("block_id", "")})
    return out


def as_json(payload: Payload) -> str:
    return json.dumps(payload)


def app_uninstalled(*, team: str = TEAM_ID) -> Payload:
    """The app was removed from the workspace `team`."""
    return event_callback({"type": "app_uninstalled"}, team=team)


def tokens_revoked(*, team: str = TEAM_ID, bot: bool = True, oauth: bool = False) -> Payload:
    """Tokens of the app were revoked in `team`: the bot's (`bot`) and/or users' (`oauth`)."""
    tokens: Payload = {}
    if oauth:
        tokens["oauth"] = [USER_ID]
    if bot:
        tokens["bot"] = [BOT_USER_ID]
    return event_callback({"type": "tokens_revoked", "tokens": tokens}, team=team)
