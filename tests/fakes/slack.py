"""A fake Slack for tests and benchmarks: Web API, Socket Mode and signed HTTP events on 127.0.0.1.

One aiohttp server on port 0 plays every part of Slack the bot talks to:
- the Web API (`POST /api/<method>`, form or JSON; `GET` with a query for `users.info`),
  recording every call with its parameters and token; answers like Slack (`auth.test`,
  `apps.connections.open`, `chat.postMessage`, `conversations.open`, `users.info`,
  `views.publish`, the two-step file upload...); can fail a method once with 429 and
  `Retry-After`, or with a Slack error code (`cannot_dm_bot`);
- response URLs (`POST /respond/<tag>`) for slash commands and ephemeral buttons;
- the Socket Mode WebSocket (`/link/`): `push()` sends an envelope and records when its ack came;
- the Slack side of HTTP mode: `post_http()` signs a request (or signs it wrongly) and posts it to
  the bot's `/slack/events`;
- OAuth installs into many workspaces and token rotation (`slack_installs.OAuthSide`): tokens it
  issued are checked on every call (`token_expired`, `token_revoked` after `uninstall()`), and
  each call records the workspace of its token.
Tests await conditions on the recorded calls (`wait_calls`, `wait_for`); nothing sleeps blindly.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import itertools
import json
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import aiohttp
from aiohttp import web

from tests.fakes.slack_installs import (
    APP_ID,
    BOT_ID,
    BOT_USER_ID,
    CLIENT_ID,
    CLIENT_SECRET,
    TEAM_ID,
    Issued,
    OAuthSide,
)

__all__ = ["APP_ID", "BOT_ID", "BOT_USER_ID", "CLIENT_ID", "CLIENT_SECRET", "TEAM_ID", "FakeSlack"]

T = TypeVar("T")


@dataclass
class Call:
    """One request the bot made to the fake."""

    method: str
    params: dict[str, Any]
    token: str | None
    at: float = field(default_factory=time.perf_counter)
    result: dict[str, Any] = field(default_factory=dict)
    """What the fake answered (`ts` of a posted message, an error...)."""
    team: str | None = None
    """The workspace of the token used, when the fake issued that token."""

    def message(self) -> dict[str, Any]:
        """A posted message as a click payload needs it: ts, channel, text, blocks."""
        return {
            "ts": self.result.get("ts"),
            "channel": self.params.get("channel"),
            "text": self.params.get("text"),
            "blocks": self.params.get("blocks") or [],
        }


@dataclass
class Failure:
    status: int = 429
    error: str = "ratelimited"
    retry_after: int | None = 0
    times: int = 1


class FakeSlack(OAuthSide):
    """See the module docstring. Use as `async with FakeSlack() as slack:`."""

    def __init__(self, team_id: str = TEAM_ID, users: dict[str, dict[str, Any]] | None = None):
        self.team_id = team_id
        self.users: dict[str, dict[str, Any]] = users or {}
        self.calls: list[Call] = []
        self._by_method: dict[str, list[Call]] = {}
        self.errors: dict[str, str] = {}
        """method -> Slack error code returned with `ok: false` on every call."""
        self._failures: dict[str, Failure] = {}
        self._changed = asyncio.Condition()
        self._ts = itertools.count(1)
        self._files = itertools.count(1)
        self._envelopes = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self.connected = asyncio.Event()
        self.connections = 0
        self.pushed_at: dict[str, float] = {}
        self.acks: dict[str, dict[str, Any]] = {}
        self.ack_at: dict[str, float] = {}
        self.uploads: dict[str, bytes] = {}
        self._runner: web.AppRunner | None = None
        self._session: aiohttp.ClientSession | None = None
        self.port = 0
        self.client_id = CLIENT_ID
        self.client_secret = CLIENT_SECRET
        self.token_lifetime: int | None = None
        """Seconds an installed token lives; set it to turn token rotation on."""
        self.refreshed_lifetime = 43_200
        self.tokens: dict[str, Issued] = {}
        self.uninstalled: set[str] = set()
        self._grants = {}
        self._serial = itertools.count(1)
        self._team = team_id

    # ----- lifecycle -----------------------------------------------------------------------

    async def __aenter__(self) -> FakeSlack:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def start(self) -> None:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)  # users.info and a few others use GET
        app.router.add_post("/respond/{tag}", self._respond)
        app.router.add_post("/upload/{file_id}", self._upload)
        app.router.add_get("/link/", self._link)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = int(self._runner.addresses[0][1])
        self._session = aiohttp.ClientSession()

    async def close(self) -> None:
        for ws in list(self._sockets):
            await ws.close()
        if self._session is not None:
            await self._session.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def api_url(self) -> str:
        return self.base_url + "api/"

    def response_url(self, tag: str) -> str:
        return f"{self.base_url}respond/{tag}"

    # ----- recording and waiting -----------------------------------------------------------

    async def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._by_method.setdefault(call.method, []).append(call)
        async with self._changed:
            self._changed.notify_all()

    async def _poke(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def calls_to(self, method: str, **where: Any) -> list[Call]:
        calls = self._by_method.get(method, [])
        if not where:
            return list(calls)
        return [c for c in calls if all(c.params.get(k) == v for k, v in where.items())]

    async def wait_for(self, check: Callable[[], T | None], within: float = 10.0) -> T:
        """Wait until `check()` returns something truthy (re-checked on every recorded call)."""

        async def until() -> T:
            async with self._changed:
                while True:
                    got = check()
                    if got:
                        return got
                    await self._changed.wait()

        try:
            return await asyncio.wait_for(until(), within)
        except TimeoutError:
            names = [c.method for c in self.calls][-20:]
            raise AssertionError(f"condition not met in {within}s; last calls: {names}") from None

    async def wait_calls(
        self, method: str, n: int = 1, within: float = 10.0, **where: Any
    ) -> list[Call]:
        if not where:
            return await self.wait_for(
                lambda: list(got) if len(got := self._by_method.get(method, [])) >= n else None,
                within,
            )
        return await self.wait_for(
            lambda: got if len(got := self.calls_to(method, **where)) >= n else None, within
        )

    def fail_next(
        self,
        method: str,
        status: int = 429,
        error: str = "ratelimited",
        retry_after: int | None = 0,
        times: int = 1,
    ) -> None:
        """Answer the next `times` calls of `method` with an HTTP error (429 + Retry-After)."""
        self._failures[method] = Failure(status, error, retry_after, times)

    def posted_texts(self) -> list[str]:
        """Every text and block text the bot sent anywhere (messages, updates, views...)."""
        out: list[str] = []

        def walk(value: Any) -> None:
            if isinstance(value, dict):
                for k, v in value.items():
                    if k == "text" and isinstance(v, str):
                        out.append(v)
                    else:
                        walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)

        for c in self.calls:
            walk(c.params)
        return out

    # ----- Web API -------------------------------------------------------------------------

    @staticmethod
    async def _params(request: web.Request) -> dict[str, Any]:
        raw = await request.read()
        ctype = request.headers.get("Content-Type", "")
        if "json" in ctype and raw:
            data: dict[str, Any] = json.loads(raw)
        else:
            data = dict(urllib.parse.parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
            data.update(request.query)
        for key in ("blocks", "view", "attachments", "files"):
            if isinstance(data.get(key), str) and data[key][:1] in "[{":
                data[key] = json.loads(data[key])
        return data

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await self._params(request)
        auth = request.headers.get("Authorization", "")
        if auth.startswith("Basic "):
            client_id, _, secret = base64.b64decode(auth[6:]).decode().partition(":")
            params.setdefault("client_id", client_id)
            params.setdefault("client_secret", secret)
            auth = ""
        token = auth.removeprefix("Bearer ") if auth else params.get("token")
        issued = self.tokens.get(str(token)) if token else None
        team = issued.team if issued is not None else None
        refused = self._refused(issued)
        if refused is not None:
            body = {"ok": False, "error": refused}
            await self._record(Call(method, params, token, result=body, team=team))
            return web.json_response(body)
        failure = self._failures.get(method)
        if failure is not None and failure.times > 0:
            failure.times -= 1
            headers = (
                {"Retry-After": str(failure.retry_after)} if failure.retry_after is not None else {}
            )
            body = {"ok": False, "error": failure.error}
            await self._record(Call(method, params, token, result=body, team=team))
            return web.json_response(body, status=failure.status, headers=headers)
        if method in self.errors:
            body = {"ok": False, "error": self.errors[method]}
        elif method == "oauth.v2.access":
            body = self._oauth_access(params)
        else:
            self._team = team or self.team_id  # the workspace `_answer` speaks for (sync)
            body = self._answer(method, params)
        await self._record(Call(method, params, token, result=body, team=team))
        return web.json_response(body)

    # ----- answers -------------------------------------------------------------------------

    def _answer(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        team = self._team
        ts = f"{int(time.time())}.{next(self._ts):06d}"
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://bounce.example/",
                "team": "Bounce",
                "user": "bb",
                "team_id": team,
                "user_id": self.bot_user_of(team),
                "bot_id": BOT_ID if team == TEAM_ID else f"B{team}",
            }
        if method == "apps.connections.open":
            return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/link/"}
        if method in ("chat.postMessage", "chat.update"):
            return {
                "ok": True,
                "channel": p.get("channel"),
                "ts": p.get("ts") or ts,
                "message": {"text": p.get("text"), "blocks": p.get("blocks"), "ts": ts},
            }
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": ts}
        if method == "conversations.open":
            users = str(p.get("users") or "")
            return {"ok": True, "channel": {"id": "D" + users.split(",")[0]}}
        if method == "users.info":
            uid = str(p.get("user"))
            profile = {
                "id": uid,
                "team_id": team,
                "name": uid.lower(),
                "tz": "America/New_York",
                "tz_offset": -18000,
                "locale": "en-US",
            }
            profile.update(self.users.get(uid, {}))
            return {"ok": True, "user": profile}
        if method == "views.publish":
            return {"ok": True, "view": {"id": "V1", **(p.get("view") or {})}}
        if method == "files.getUploadURLExternal":
            fid = f"F{next(self._files):05d}"
            return {"ok": True, "upload_url": f"{self.base_url}upload/{fid}", "file_id": fid}
        if method == "files.completeUploadExternal":
            files = p.get("files") or []
            return {
                "ok": True,
                "files": [{"id": f.get("id"), "title": f.get("title")} for f in files],
            }
        return {"ok": True}

    async def _upload(self, request: web.Request) -> web.Response:
        fid = request.match_info["file_id"]
        self.uploads[fid] = await request.read()
        await self._record(Call("upload", {"file_id": fid, "size": len(self.uploads[fid])}, None))
        return web.Response(text=f"OK - {len(self.uploads[fid])}")

    async def _respond(self, request: web.Request) -> web.Response:
        params = await self._params(request)
        params["tag"] = request.match_info["tag"]
        await self._record(Call("response_url", params, None))
        return web.Response(text="ok")

    # ----- Socket Mode ---------------------------------------------------------------------

    async def _link(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        self._sockets.append(ws)
        self.connections += 1
        self.connected.set()
        await self._poke()
        try:
            async for msg in ws:
                if msg.type == aiohttp.WSMsgType.TEXT:
                    data = json.loads(msg.data)
                    env = str(data.get("envelope_id", ""))
                    self.ack_at.setdefault(env, time.perf_counter())
                    self.acks.setdefault(env, data)
                    await self._poke()
        finally:
            if ws in self._sockets:
                self._sockets.remove(ws)
            if not self._sockets:
                self.connected.clear()
            await self._poke()
        return ws

    async def push(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        envelope_id: str | None = None,
        retry_attempt: int | None = None,
    ) -> str:
        """Send an envelope (`events_api`, `slash_commands`, `interactive`); returns its id."""
        env = envelope_id or f"env-{next(self._envelopes)}"
        frame: dict[str, Any] = {
            "type": kind,
            "envelope_id": env,
            "payload": payload,
            "accepts_response_payload": kind != "events_api",
        }
        if retry_attempt is not None:
            frame["retry_attempt"] = retry_attempt
            frame["retry_reason"] = "timeout"
        ws = await self.wait_for(lambda: self._sockets[-1] if self._sockets else None)
        self.pushed_at.setdefault(env, time.perf_counter())
        await ws.send_str(json.dumps(frame))
        return env

    async def wait_ack(self, envelope_id: str, within: float = 10.0) -> dict[str, Any]:
        return await self.wait_for(lambda: self.acks.get(envelope_id), within)

    async def ask_reconnect(self) -> None:
        """Tell connected clients to reconnect (`disconnect` / `refresh_requested`)."""
        for ws in list(self._sockets):
            await ws.send_str(json.dumps({"type": "disconnect", "reason": "refresh_requested"}))

    def ack_latencies(self) -> list[float]:
        return [self.ack_at[e] - t for e, t in self.pushed_at.items() if e in self.ack_at]

    # ----- HTTP mode -----------------------------------------------------------------------

    @staticmethod
    def sign(secret: str, timestamp: str, body: str) -> str:
        base = f"v0:{timestamp}:{body}".encode()
        return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()

    async def post_http(
        self,
        url: str,
        payload: dict[str, Any],
        *,
        secret: str,
        form: bool = False,
        interactive: bool = False,
        bad_signature: bool = False,
        retry_num: int | None = None,
        timestamp: int | str | None = None,
    ) -> tuple[int, str]:
        """POST a signed Slack request to the bot: JSON for events, a form for slash commands
        (`form=True`), `payload=<json>` for interactive ones. Returns (status, body)."""
        if interactive:
            body = urllib.parse.urlencode({"payload": json.dumps(payload)})
            ctype = "application/x-www-form-urlencoded"
        elif form:
            body = urllib.parse.urlencode(payload)
            ctype = "application/x-www-form-urlencoded"
        else:
            body = json.dumps(payload)
            ctype = "application/json"
        headers = {}
        if retry_num is not None:
            headers["X-Slack-Retry-Num"] = str(retry_num)
            headers["X-Slack-Retry-Reason"] = "http_timeout"
        return await self.post_raw(
            url,
            body.encode(),
            ctype,
            secret="not-the-secret" if bad_signature else secret,
            timestamp=timestamp,
            headers=headers,
        )

    async def post_raw(
        self,
        url: str,
        body: bytes,
        ctype: str,
        *,
        secret: str,
        timestamp: int | str | None = None,
        headers: dict[str, str] | None = None,
    ) -> tuple[int, str]:
        """POST `body` as it is (malformed JSON, bad bytes, a huge body), correctly signed for
        `secret` when the body is UTF-8. Returns (status, body)."""
        ts = str(timestamp if timestamp is not None else int(time.time()))
        signature = self.sign(secret, ts, body.decode("utf-8", "replace"))
        sent = {
            "Content-Type": ctype,
            "X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": signature,
            **(headers or {}),
        }
        assert self._session is not None
        async with self._session.post(url, data=body, headers=sent) as resp:
            return resp.status, await resp.text()
