"""Proactive Slack messages (check-ins) and the Web API client they share with the bot.

Owns `make_client` (an `AsyncWebClient` on `SLACK_API_URL` with slack_sdk's retry handlers for
connection errors, rate limits and server errors), `SlackSender` (the `bot.core.ports.Sender` for
Slack: `conversations.open` then `chat.postMessage` in the person's DM) and `send_error`, which maps
a Slack failure to `TransientSendError` (try again later: rate limits, 5xx, timeouts, a token being
fixed) or `PermanentSendError` (this person cannot be reached: `cannot_dm_bot`, `user_not_found`,
`account_inactive`, `channel_not_found`...). Only error codes are logged, never message text.
Each check-in goes out through the person's own workspace (`bot.adapters.slack.workspaces`): with
OAuth installs, that workspace's token; a workspace that is no longer installed is permanent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackRequestError, SlackTokenRotationError
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
    AsyncServerErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.adapters.slack.outbox import DirectMessages
from bot.adapters.slack.workspaces import NotInstalled, Workspaces
from bot.core.model import Reply, UserKey
from bot.core.ports import PermanentSendError, SendError, TransientSendError
from bot.ops.events import platform_error

log = logging.getLogger(__name__)

DEFAULT_API_URL = "https://slack.com/api/"
WEB_API_LOGGER = "slack_sdk.web.bounceback"
"""The Web API client's logger (see `pinned_logger`)."""

OPERATOR_ERRORS = frozenset(
    {"invalid_auth", "not_authed", "token_revoked", "token_expired", "missing_scope"}
)
"""Codes that are the deployment's to fix (token, scopes): nothing the person did, so check-ins
wait and are tried again instead of being given up."""

OPERATOR_RETRY_AFTER = 600.0


def api_url(url: str | None) -> str:
    """The Web API base URL with the trailing `/` slack_sdk needs."""
    base = (url or DEFAULT_API_URL).strip()
    return base if base.endswith("/") else base + "/"


def pinned_logger(name: str = WEB_API_LOGGER) -> logging.Logger:
    """The logger `name`, its own level set to the level in force for it now. slack_sdk and
    slack-bolt build their debug lines (a Web API request's JSON, what a reply says, and the
    response) whenever the logger's own level is unset, as it usually is, even when nothing
    prints them; pinned, they are built only when DEBUG is on (then their records go through the
    log's redaction like any library record). Taken again each time a client or app is built."""
    logger = logging.getLogger(name)
    logger.setLevel(logging.NOTSET)
    logger.setLevel(logger.getEffectiveLevel())
    return logger


def make_client(
    token: str | None, base_url: str | None = None, session: aiohttp.ClientSession | None = None
) -> AsyncWebClient:
    """The bot's Web API client: retried once or twice on connection errors, on 429 (after the
    `Retry-After` Slack asks for) and on 500/503, before an error reaches the caller."""
    return AsyncWebClient(
        token=token,
        base_url=api_url(base_url),
        session=session,
        timeout=30,
        logger=pinned_logger(),
        retry_handlers=[
            AsyncConnectionErrorRetryHandler(max_retry_count=2),
            AsyncRateLimitErrorRetryHandler(max_retry_count=1),
            AsyncServerErrorRetryHandler(max_retry_count=2),
        ],
    )


def _header(headers: Mapping[str, Any] | None, name: str) -> str | None:
    for key, value in (headers or {}).items():
        if key.lower() == name.lower():
            return str(value[0] if isinstance(value, list | tuple) else value)
    return None


def send_error(exc: BaseException) -> SendError:
    """The `SendError` for a failed Web API call."""
    if isinstance(exc, SlackApiError):
        resp = exc.response
        status = int(getattr(resp, "status_code", 0) or 0)
        data = resp.data if isinstance(getattr(resp, "data", None), dict) else {}
        code = str(data.get("error") or f"http_{status}")
        if status == 429 or code == "ratelimited":
            after = _header(getattr(resp, "headers", None), "Retry-After")
            return TransientSendError("ratelimited", float(after) if after else 1.0)
        if status >= 500 or code in {
            "internal_error",
            "fatal_error",
            "service_unavailable",
            "request_timeout",
        }:
            return TransientSendError(code)
        if code in OPERATOR_ERRORS:
            return TransientSendError(code, OPERATOR_RETRY_AFTER)
        return PermanentSendError(code)
    if isinstance(exc, aiohttp.ClientError | TimeoutError | SlackRequestError):
        return TransientSendError(type(exc).__name__)
    return TransientSendError("unexpected_error")


class SlackSender:
    """`bot.core.ports.Sender` for Slack: a check-in opens the DM in the person's workspace and
    posts there. Built on one client (one token) or on `Workspaces` (a token per workspace)."""

    def __init__(
        self, client: AsyncWebClient | Workspaces, dms: DirectMessages | None = None
    ) -> None:
        if isinstance(client, Workspaces):
            self.workspaces = client
        else:
            self.workspaces = Workspaces.single(client, dms)

    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        try:
            workspace = await self.workspaces.get(key.workspace)
            await workspace.outbox.to_dm(key.user, replies)
        except NotInstalled as e:
            platform_error("slack")
            log.warning("slack.checkin_send_failed", extra={"kind": "not_installed"})
            raise PermanentSendError("not_installed") from e
        except SlackTokenRotationError as e:
            platform_error("slack")
            log.warning("slack.checkin_send_failed", extra={"kind": "token_rotation_failed"})
            raise TransientSendError("token_rotation_failed", OPERATOR_RETRY_AFTER) from e
        except (TimeoutError, SlackApiError, SlackRequestError, aiohttp.ClientError) as e:
            err = send_error(e)
            code = err.code if isinstance(err, PermanentSendError) else getattr(err, "reason", "")
            platform_error("slack")
            log.warning(
                "slack.checkin_send_failed", extra={"kind": type(err).__name__, "code": code}
            )
            raise err from e
