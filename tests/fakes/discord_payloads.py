"""Every hand-written Discord payload the tests and the fake server use, in one place.

Shapes follow the Discord API v10 documentation, with only the fields discord.py 2.7 reads. Ids are
strings (snowflakes), as Discord sends them. Builders take keyword arguments for what a test varies
and fill the rest with stable defaults, so payloads cannot drift apart between tests.
"""

from __future__ import annotations

import itertools
from typing import Any

APP_ID = "900000000000000001"
BOT_ID = "900000000000000001"
BOT_NAME = "Bounce Back"
USER_ID = "111111111111111111"
OTHER_USER_ID = "222222222222222222"
GUILD_ID = "333333333333333333"
GUILD_CHANNEL_ID = "444444444444444444"
DM_CHANNEL_ID = "555555555555555555"
TIMESTAMP = "2026-03-02T10:00:00.000000+00:00"

Payload = dict[str, Any]

_ids = itertools.count(700_000_000_000_000_000)


def next_id() -> str:
    """A fresh, increasing snowflake."""
    return str(next(_ids))


def user(user_id: str = USER_ID, *, name: str = "casey", bot: bool = False) -> Payload:
    return {
        "id": user_id,
        "username": name,
        "global_name": name.title(),
        "discriminator": "0",
        "avatar": None,
        "bot": bot,
        "public_flags": 0,
    }


def bot_user(bot_id: str = BOT_ID) -> Payload:
    return {**user(bot_id, name="bounceback", bot=True), "verified": True, "mfa_enabled": False}


def member(user_id: str = USER_ID) -> Payload:
    return {
        "user": user(user_id),
        "roles": [],
        "joined_at": TIMESTAMP,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "permissions": "2248473465835073",
    }


def application(app_id: str = APP_ID, owner_id: str = OTHER_USER_ID) -> Payload:
    """`GET /oauth2/applications/@me`."""
    return {
        "id": app_id,
        "name": BOT_NAME,
        "description": "Emotional first aid after a job rejection.",
        "icon": None,
        "bot_public": True,
        "bot_require_code_grant": False,
        "verify_key": "0" * 64,
        "owner": user(owner_id, name="owner"),
        "flags": 0,
        "summary": "",
        "team": None,
    }


def ready(
    gateway_url: str,
    *,
    bot_id: str = BOT_ID,
    app_id: str = APP_ID,
    session_id: str = "session-1",
    shard: list[int] | None = None,
) -> Payload:
    """The READY dispatch answering IDENTIFY."""
    data: Payload = {
        "v": 10,
        "user": bot_user(bot_id),
        "guilds": [],
        "session_id": session_id,
        "resume_gateway_url": gateway_url,
        "application": {"id": app_id, "flags": 0},
        "private_channels": [],
        "relationships": [],
    }
    if shard is not None:
        data["shard"] = shard
    return data


def dm_channel(channel_id: str = DM_CHANNEL_ID, recipient_id: str = USER_ID) -> Payload:
    return {
        "id": channel_id,
        "type": 1,
        "recipients": [user(recipient_id)],
        "last_message_id": None,
    }


def guild_channel(channel_id: str = GUILD_CHANNEL_ID, guild_id: str = GUILD_ID) -> Payload:
    return {
        "id": channel_id,
        "type": 0,
        "guild_id": guild_id,
        "name": "job-hunt",
        "position": 0,
        "permission_overwrites": [],
        "nsfw": False,
        "parent_id": None,
    }


def message(
    *,
    content: str,
    channel_id: str = DM_CHANNEL_ID,
    author: Payload | None = None,
    message_id: str | None = None,
    components: list[Payload] | None = None,
    flags: int = 0,
    guild_id: str | None = None,
    attachments: list[Payload] | None = None,
) -> Payload:
    """A message object, as MESSAGE_CREATE or a REST answer carries it."""
    data: Payload = {
        "id": message_id or next_id(),
        "channel_id": channel_id,
        "type": 0,
        "content": content,
        "author": author or user(),
        "timestamp": TIMESTAMP,
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": attachments or [],
        "embeds": [],
        "pinned": False,
        "flags": flags,
        "components": components or [],
    }
    if guild_id is not None:
        data["guild_id"] = guild_id
    return data


def dm_message(content: str, *, user_id: str = USER_ID, bot: bool = False) -> Payload:
    """MESSAGE_CREATE for a direct message to the bot (no `guild_id`)."""
    return message(content=content, author=user(user_id, bot=bot))


def _interaction(
    kind: int,
    data: Payload,
    *,
    user_id: str,
    in_guild: bool,
    context: int | None,
    app_id: str,
    locale: str,
) -> Payload:
    payload: Payload = {
        "id": next_id(),
        "application_id": app_id,
        "type": kind,
        "token": "tok-" + next_id(),
        "version": 1,
        "attachment_size_limit": 10_485_760,
        "locale": locale,
        "data": data,
        "app_permissions": "0",
        "entitlements": [],
    }
    if in_guild:
        payload["guild_id"] = GUILD_ID
        payload["guild_locale"] = "en-US"
        payload["member"] = member(user_id)
        payload["channel"] = guild_channel()
        payload["channel_id"] = GUILD_CHANNEL_ID
        payload["authorizing_integration_owners"] = {"0": GUILD_ID}
        payload["context"] = 0 if context is None else context
    else:
        payload["user"] = user(user_id)
        payload["channel"] = {"id": DM_CHANNEL_ID, "type": 1}
        payload["channel_id"] = DM_CHANNEL_ID
        payload["authorizing_integration_owners"] = {"1": user_id}
        payload["context"] = 1 if context is None else context
    return payload


def slash_command(
    name: str,
    options: dict[str, str] | None = None,
    *,
    user_id: str = USER_ID,
    in_guild: bool = False,
    context: int | None = None,
    app_id: str = APP_ID,
    locale: str = "en-US",
) -> Payload:
    """INTERACTION_CREATE type 2: `/name` with string options, in a DM or a server channel."""
    data: Payload = {
        "id": "9" + str(abs(hash(name)) % 10**17).rjust(17, "0"),
        "name": name,
        "type": 1,
        "options": [{"name": k, "type": 3, "value": v} for k, v in (options or {}).items()],
    }
    return _interaction(
        2, data, user_id=user_id, in_guild=in_guild, context=context, app_id=app_id, locale=locale
    )


def button_click(
    sent_message: Payload,
    custom_id: str,
    *,
    user_id: str = USER_ID,
    in_guild: bool = False,
    app_id: str = APP_ID,
) -> Payload:
    """INTERACTION_CREATE type 3: a click on a button of a message the bot sent."""
    data: Payload = {"custom_id": custom_id, "component_type": 2}
    payload = _interaction(
        3, data, user_id=user_id, in_guild=in_guild, context=None, app_id=app_id, locale="en-US"
    )
    payload["message"] = sent_message
    return payload


def modal_submit(
    custom_id: str,
    values: dict[str, str],
    *,
    user_id: str = USER_ID,
    in_guild: bool = False,
    app_id: str = APP_ID,
) -> Payload:
    """INTERACTION_CREATE type 5: a submitted modal with text inputs (in action rows)."""
    rows = [
        {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]}
        for k, v in values.items()
    ]
    data: Payload = {"custom_id": custom_id, "components": rows}
    return _interaction(
        5, data, user_id=user_id, in_guild=in_guild, context=None, app_id=app_id, locale="en-US"
    )


def error(code: int, message: str) -> Payload:
    """A Discord JSON error body, e.g. `error(50007, "Cannot send messages to this user")`."""
    return {"code": code, "message": message}


def rate_limited(retry_after: float, *, is_global: bool = False) -> Payload:
    return {
        "message": "You are being rate limited.",
        "retry_after": retry_after,
        "global": is_global,
    }


def buttons_of(sent: Payload) -> list[Payload]:
    """Every button in a message body the bot sent (action rows flattened)."""
    out: list[Payload] = []
    for row in sent.get("components") or []:
        out.extend(c for c in row.get("components", []) if c.get("type") == 2)
    return out
