"""Where replies go in Slack and how they get there.

Owns the delivery of a list of neutral replies: into the person's direct message with the bot
(`chat.postMessage`; the DM's id comes from Slack's `conversations.open` for that person, or from
the IM of a direct message the person sent the bot, remembered per process, never from a channel
named in a click, a command or any other payload, so a click or a message in another channel can
never redirect replies, exports or check-ins there),
ephemerally through a slash command's or ephemeral button's `response_url`, or ephemerally in a
channel (`chat.postEphemeral`). Files (the `mydata` export) are always uploaded into the DM, never
into a channel; `Notify` replies go to the deployment's contact channel or user id.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any
from urllib.parse import urljoin

from slack_sdk.web.async_client import AsyncWebClient
from slack_sdk.web.async_internal_utils import _request_with_session
from slack_sdk.web.async_slack_response import AsyncSlackResponse
from slack_sdk.web.internal_utils import get_user_agent
from slack_sdk.webhook.async_client import AsyncWebhookClient

from bot.adapters.slack.blocks import SlackMessage, fallback, packed, render, section, text_messages
from bot.adapters.slack.webjson import request_body
from bot.core.model import Attachment, Choices, Notify, Reply, Text
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

_AGENT = get_user_agent()
"""slack_sdk's user agent (it works it out again for every request)."""
FILE_SENT_NOTE = "I've put the file in our direct messages, where only you can see it."


def _groups(replies: Sequence[Reply]) -> list[list[Text | Choices] | Attachment | Notify]:
    """Runs of consecutive messages (sent packed together), and files and notices on their own."""
    out: list[list[Text | Choices] | Attachment | Notify] = []
    for reply in replies:
        if isinstance(reply, Attachment | Notify):
            out.append(reply)
        elif out and isinstance(out[-1], list):
            out[-1].append(reply)
        else:
            out.append([reply])
    return out


class DirectMessages:
    """The id of each person's DM channel with the bot, asked of Slack once and remembered.

    Only `conversations.open` fills this, and the IM channel of a person's own direct message
    (`learn`, which spares a new person's first reply a `conversations.open`): a channel id read
    from a click, a command or a mention is never taken as anyone's DM, only compared with the one
    Slack gave (`is_dm`)."""

    def __init__(self, client: AsyncWebClient, limit: int = 50_000) -> None:
        self._client = client
        self._limit = limit
        self._by_user: dict[str, str] = {}

    def _remember(self, user: str, channel: str) -> None:
        if len(self._by_user) >= self._limit:
            self._by_user.pop(next(iter(self._by_user)))
        self._by_user[user] = channel

    def learn(self, user: str, channel: str) -> None:
        """`channel` carried the person's own message in their IM with the bot (a `message`
        event with `channel_type` im, from `user`; see `events.is_conversation_message`): Slack
        names that IM itself, so it is the DM `conversations.open` would give. Nothing else may
        call this; a channel already known is kept."""
        if channel.startswith("D") and user and user not in self._by_user:
            self._remember(user, channel)

    async def channel_for(self, user: str) -> str:
        known = self._by_user.get(user)
        if known:
            return known
        resp = await self._client.conversations_open(users=user)
        channel = str((resp.get("channel") or {}).get("id") or "")
        if not channel:
            raise RuntimeError("conversations.open returned no channel id")
        self._remember(user, channel)
        return channel

    async def is_dm(self, user: str, channel: str | None) -> bool:
        """True when `channel` is the person's own DM with the bot, as Slack says."""
        return bool(channel) and channel == await self.channel_for(user)


class Outbox:
    """Posts replies for one bot token."""

    def __init__(self, client: AsyncWebClient, dms: DirectMessages) -> None:
        self.client = client
        self.dms = dms
        self._url: str | None = None

    async def post(self, channel: str, msg: SlackMessage) -> dict[str, Any]:
        """`chat.postMessage`, sent as slack_sdk's `chat_postMessage` sends it: the same bytes,
        headers, session, retry handlers (connection errors, 429 after `Retry-After`, 5xx) and
        `SlackApiError` for a refusal; only the per-call work that does not change between
        replies (the URL joined, the user agent worked out) is done once, the JSON is written
        straight to bytes (`webjson.request_body`), not to text aiohttp encodes again, and a
        slack_sdk response object is made only for a refusal's error."""
        client = self.client
        headers = {"Content-Type": "application/json;charset=utf-8", "User-Agent": _AGENT}
        if client.token:
            headers["Authorization"] = f"Bearer {client.token}"
        headers.update(client.headers)
        body: dict[str, Any] = {"channel": channel, "text": msg["text"], "blocks": msg["blocks"]}
        body["unfurl_links"] = False
        req_args = {
            "headers": headers,
            "data": request_body({**client.default_params, **body}),
            "ssl": client.ssl,
            "proxy": client.proxy,
        }
        if self._url is None:
            self._url = urljoin(client.base_url, "chat.postMessage")
        res = await _request_with_session(
            current_session=client.session,
            timeout=client.timeout,
            logger=client.logger,
            http_verb="POST",
            api_url=self._url,
            req_args=req_args,
            retry_handlers=client.retry_handlers,
        )
        data = res.get("data")
        if res.get("status_code") == 200 and isinstance(data, dict) and data.get("ok", False):
            return dict(data)  # what `validate` passes; a refusal gets its `SlackApiError` below
        resp = AsyncSlackResponse(
            client=client, http_verb="POST", api_url=self._url, req_args=req_args, **res
        ).validate()  # type: ignore[no-untyped-call]  # slack_sdk's own check, untyped
        return dict(resp.data) if isinstance(resp.data, dict) else {}

    async def upload(self, user: str, reply: Attachment) -> None:
        channel = await self.dms.channel_for(user)
        caption = render(reply.caption) if reply.caption else None
        await self.client.files_upload_v2(
            channel=channel,
            content=reply.content,
            filename=reply.filename,
            title=reply.filename,
            initial_comment=caption,
        )

    async def notify(self, reply: Notify) -> None:
        for msg in text_messages(reply.text):
            await self.post(reply.target, msg)

    async def to_dm(self, user: str, replies: Sequence[Reply]) -> None:
        """Every reply into the person's DM (the one `conversations.open` gives)."""
        for group in _groups(replies):
            if isinstance(group, Attachment):
                await self.upload(user, group)
            elif isinstance(group, Notify):
                await self.notify(group)
            else:
                dm = await self.dms.channel_for(user)
                for msg in packed(group):
                    await self.post(dm, msg)

    async def to_response_url(self, url: str, user: str, replies: Sequence[Reply]) -> None:
        """Every reply ephemerally through `response_url` (a slash command or an ephemeral
        message's button); files still go to the DM, with a note here saying so."""
        hook = AsyncWebhookClient(url, session=self.client.session, timeout=10)
        for group in _groups(replies):
            if isinstance(group, Attachment):
                await self.upload(user, group)
                await hook.send(
                    text=FILE_SENT_NOTE,
                    blocks=[section(FILE_SENT_NOTE)],
                    response_type="ephemeral",
                    replace_original=False,
                )
            elif isinstance(group, Notify):
                await self.notify(group)
            else:
                for msg in packed(group):
                    resp = await hook.send(
                        text=msg["text"],
                        blocks=msg["blocks"],
                        response_type="ephemeral",
                        replace_original=False,
                    )
                    if resp.status_code >= 300:
                        platform_error("slack")
                        log.warning("slack.response_url_failed", extra={"status": resp.status_code})

    async def replace_via_response_url(self, url: str, text: str, blocks: list[Any]) -> None:
        hook = AsyncWebhookClient(url, session=self.client.session, timeout=10)
        await hook.send(text=fallback(text), blocks=blocks, replace_original=True)

    async def ephemeral(self, channel: str, user: str, text: Text) -> None:
        for msg in text_messages(text):
            await self.client.chat_postEphemeral(
                channel=channel, user=user, text=msg["text"], blocks=msg["blocks"]
            )
