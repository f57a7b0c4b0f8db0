"""What happens to a Slack request before any Bolt listener.

Owns `delivery_id` (the id naming one delivery of a request), `DropRepeats` (a delivery already
seen in this process is acknowledged at once with nothing run: Socket Mode retries, HTTP
`X-Slack-Retry-Num`; the engine's event-id claim catches the rest) and `MessageIntake` (every
`message` event goes straight to the handler of direct messages, which keeps only a person's own
DM, instead of through Bolt's matching of every listener). Both are Bolt global middleware
objects, so Bolt calls them directly instead of working out a function's arguments for every
request; both run after Bolt's own (request verification, authorization, the bot's own events
ignored). In Socket Mode, `SocketIntake` stands in front of Bolt: a `message` event envelope is
checked for a repeat, handed to the DM handler and acknowledged (an empty ack, as Bolt's would
be) without a Bolt request being built; everything else goes to Bolt as before. Bolt's own steps
have nothing to do there: Socket Mode has no signature to verify, its one bot token was checked
at start (`auth.test`, whose user id the DM handler uses to skip the bot's own messages).
`SocketIntake.early` does the same one step sooner, on the envelope's text as the socket hands it
over: a `message` event is read (through orjson, as `json` reads it), taken and acknowledged there
and then, without slack_sdk's queue, its task for every envelope, its request object or the
standard `json`'s parse; anything else is left to slack_sdk as it comes.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncBoltContext
from slack_bolt.middleware.async_middleware import AsyncMiddleware
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.socket_mode.async_client import AsyncBaseSocketModeClient
from slack_sdk.socket_mode.request import SocketModeRequest
from slack_sdk.socket_mode.response import SocketModeResponse

from bot.adapters.slack import events as ev
from bot.adapters.slack.tracking import RecentIds
from bot.adapters.slack.webjson import read_json
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

MessageHandler = Callable[[dict[str, Any], AsyncBoltContext], Awaitable[None]]
Next = Callable[[], Awaitable[BoltResponse]]
SocketListener = Callable[[Any, SocketModeRequest], Awaitable[None]]
"""A Socket Mode request listener (slack_sdk calls it with its client and the request)."""


def delivery_id(body: dict[str, Any]) -> str | None:
    """The id that names one delivery of a request, for dropping repeats."""
    if body.get("type") == "event_callback" and body.get("event_id"):
        return f"ev:{ev.text_of(body['event_id'])}"
    if body.get("type") == "block_actions":
        actions = body.get("actions")
        action = ev.object_of(actions[0]) if isinstance(actions, list) and actions else {}
        user = ev.text_of(ev.object_of(body.get("user")).get("id"))
        stamp = ev.text_of(action.get("action_ts"))
        return f"act:{user}:{stamp}:{ev.text_of(action.get('action_id'))}"
    if body.get("command") and body.get("trigger_id"):
        return f"cmd:{ev.text_of(body['trigger_id'])}"
    return None


class DropRepeats(AsyncMiddleware):
    """A delivery already seen (by `delivery_id`) is answered at once, with nothing run."""

    def __init__(self, seen: RecentIds) -> None:
        self.seen = seen

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Next
    ) -> BoltResponse:
        key = delivery_id(req.body)
        if key is not None and not self.seen.first_time(key):
            retry = req.headers.get("x-slack-retry-num", [None])[0]
            log.info("slack.redelivery_dropped", extra={"retry": retry or "-"})
            return BoltResponse(status=200, body="")
        await next()
        return resp


def is_message_event(body: dict[str, Any]) -> bool:
    """An Events API delivery of a `message` event (any subtype, any channel)."""
    event = body.get("event") if body.get("type") == "event_callback" else None
    return isinstance(event, dict) and event.get("type") == "message"


class MessageIntake(AsyncMiddleware):
    """Every `message` event handed to `handle` (which only spawns the turn), then acknowledged
    with an empty 200, as a listener's return would be; any other request goes on."""

    def __init__(self, handle: MessageHandler) -> None:
        self.handle = handle

    async def async_process(
        self, *, req: AsyncBoltRequest, resp: BoltResponse, next: Next
    ) -> BoltResponse:
        if is_message_event(req.body):
            await self.handle(req.body, req.context)
            return BoltResponse(status=200, body="")  # acknowledged: the listeners are not asked
        await next()
        return resp


class SocketIntake:
    """A Socket Mode request listener: `message` event envelopes are handled here (a repeat is
    only acknowledged), anything else goes on to `bolt` (Bolt's own listener)."""

    def __init__(
        self,
        bolt: SocketListener,
        seen: RecentIds,
        take: Callable[[dict[str, Any], str | None], None],
        bot_user: Callable[[], str | None],
    ) -> None:
        self.bolt = bolt
        self.seen = seen
        self.take = take
        self.bot_user = bot_user

    async def __call__(self, client: AsyncBaseSocketModeClient, req: SocketModeRequest) -> None:
        body = req.payload
        if req.type != "events_api" or not isinstance(body, dict) or not is_message_event(body):
            await self.bolt(client, req)
            return
        self._take(body, req.retry_attempt)
        await client.send_socket_mode_response(SocketModeResponse(envelope_id=req.envelope_id))

    async def early(self, client: AsyncBaseSocketModeClient, raw: str) -> bool:
        """An envelope's text as it comes off the socket: a `message` event is taken and
        acknowledged (the ack slack_sdk would send) here; True when so, False to leave the
        envelope to slack_sdk (anything else, text that is not JSON, or when the client has raw
        message listeners, which must see every envelope)."""
        if '"events_api"' not in raw or client.message_listeners:
            return False
        try:
            envelope = read_json(raw)
        except (ValueError, RecursionError):
            return False  # slack_sdk reads it again and says what is wrong
        if not isinstance(envelope, dict) or envelope.get("type") != "events_api":
            return False
        body, envelope_id = envelope.get("payload"), envelope.get("envelope_id")
        if not isinstance(body, dict) or not isinstance(envelope_id, str):
            return False
        if not is_message_event(body):
            return False
        self._take(body, envelope.get("retry_attempt"))
        try:
            await client.send_message(json.dumps({"envelope_id": envelope_id}))
        except Exception as exc:  # as slack_sdk after a listener's failure: logged, not raised
            platform_error("slack")
            log.error("slack.ack_failed", extra={"error": type(exc).__name__})
        return True

    def _take(self, body: dict[str, Any], retry: object) -> None:
        """A `message` event once: a repeat is only acknowledged; a failure is logged by class."""
        key = delivery_id(body)
        if key is not None and not self.seen.first_time(key):
            log.info("slack.redelivery_dropped", extra={"retry": retry or "-"})
            return
        try:
            self.take(body, self.bot_user())
        except Exception as exc:  # acknowledged all the same, as Bolt does after an error
            platform_error("slack")
            log.error("slack.listener_failed", extra={"error": type(exc).__name__})
