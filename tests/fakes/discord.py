"""A fake Discord (REST API v10 and gateway) on 127.0.0.1 for running the real discord.py client.

`FakeDiscord` is one aiohttp server on a free port. REST lives under `/api/v10`: every request is
recorded as a `Call` with its JSON body (multipart `payload_json` parsed, files kept) and answered
with `Content-Type` exactly `application/json`. The gateway lives at `/gateway`: HELLO, IDENTIFY ->
READY, RESUME -> RESUMED, heartbeats, and `dispatch()` to push events (routed to the shard that
owns a guild, DMs to shard 0, as Discord does). Like Discord, a session identified without the
message content intent gets server messages that do not mention the bot with their content, embeds
and attachments blanked; DMs and mentions keep theirs. Tests inject failures with `fail()` and
await what the bot did with `wait_for()`; nothing here sleeps a fixed time.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web

from tests.fakes import discord_payloads as p

Payload = dict[str, Any]
MESSAGE_CONTENT = 1 << 15
"""The privileged message content intent's bit."""
Predicate = Callable[["Call"], bool]


@dataclass
class Call:
    """One REST request the client made."""

    method: str
    path: str  # without the /api/v10 prefix, e.g. "/channels/5/messages"
    query: dict[str, str]
    json: Any
    files: list[tuple[str, bytes]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)
    status: int = 0
    response: Any = None  # the JSON the fake answered with

    @property
    def ok(self) -> bool:
        """Discord accepted the request (2xx: 204 for an answer sent without `with_response`)."""
        return 200 <= self.status < 300

    @property
    def sent_message(self) -> Payload | None:
        """The message object this call created or edited, as the fake answered it."""
        r = self.response if isinstance(self.response, dict) else {}
        if self.path.endswith("/callback"):
            res = r.get("resource") or {}
            msg = res.get("message")
            return msg if isinstance(msg, dict) else None
        return r if "id" in r and "content" in r else None

    @property
    def creates_message(self) -> bool:
        """A call that posts or edits message content (where allowed_mentions matters)."""
        if self.method == "POST" and re.fullmatch(r"/channels/\d+/messages", self.path):
            return True
        if re.fullmatch(r"/webhooks/\d+/[^/]+(/messages/[^/]+)?", self.path):
            return self.method in ("POST", "PATCH")
        if self.path.endswith("/callback") and isinstance(self.json, dict):
            return self.json.get("type") in (4, 7)
        return False

    @property
    def message_body(self) -> Payload:
        """The message part of the body (interaction callbacks wrap it in `data`)."""
        body = self.json if isinstance(self.json, dict) else {}
        if self.path.endswith("/callback"):
            inner = body.get("data")
            return inner if isinstance(inner, dict) else {}
        return body


@dataclass
class Failure:
    method: str
    path: re.Pattern[str]
    status: int
    body: Payload
    times: int
    headers: dict[str, str]


@dataclass
class Session:
    """One gateway connection."""

    ws: web.WebSocketResponse
    shard: tuple[int, int] = (0, 1)
    session_id: str = ""
    identified: bool = False
    seq: int = 0
    ops: list[int] = field(default_factory=list)
    intents: int = 0


class FakeDiscord:
    """The fake server. Use as `async with FakeDiscord() as fake:`; read `api_url`/`gateway_url`."""

    def __init__(self, *, app_id: str = p.APP_ID, bot_id: str = p.BOT_ID) -> None:
        self.app_id = app_id
        self.bot_id = bot_id
        self.calls: list[Call] = []
        self.sessions: list[Session] = []
        self.identifies = 0
        self.identify_payloads: list[Payload] = []
        self.observers: list[Callable[[Call], None]] = []  # told of every call as it arrives
        self.resumes = 0
        self.messages: dict[str, Payload] = {}  # every message the bot created, by id
        self.channels: dict[str, str] = {}  # DM channel id -> recipient id
        self.gateway_bot_shards = 1
        self._failures: list[Failure] = []
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self._sessions_seen = 0
        self.port = 0

    # lifecycle -------------------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application(client_max_size=32 * 1024 * 1024)
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        self._runner = web.AppRunner(app, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        server = site._server
        assert server is not None and server.sockets  # type: ignore[attr-defined]
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]
        return self

    async def close(self) -> None:
        for s in list(self.sessions):
            if not s.ws.closed:
                await s.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> FakeDiscord:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    # waiting ---------------------------------------------------------------------------------

    async def _notify(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    async def wait_until(self, cond: Callable[[], bool], within: float = 10.0) -> None:
        """Wait until `cond()` holds (checked after every request and gateway frame)."""

        async def _wait() -> None:
            async with self._changed:
                await self._changed.wait_for(cond)

        try:
            await asyncio.wait_for(_wait(), within)
        except TimeoutError:
            raise AssertionError(
                f"condition not met within {within}s; calls so far:\n" + self.describe()
            ) from None

    async def wait_for(
        self, pred: Predicate, *, count: int = 1, after: int = 0, within: float = 10.0
    ) -> list[Call]:
        """Wait until `count` calls from index `after` on match `pred`; return them."""

        def matching() -> list[Call]:
            return [c for c in self.calls[after:] if pred(c)]

        await self.wait_until(lambda: len(matching()) >= count, within)
        return matching()

    async def wait_connected(self, sessions: int = 1, within: float = 10.0) -> None:
        """Wait until `sessions` gateway connections have been identified."""
        await self.wait_until(lambda: self.identifies >= sessions, within)

    def describe(self) -> str:
        return "\n".join(f"  {c.method} {c.path} {json.dumps(c.json)[:300]}" for c in self.calls)

    def mark(self) -> int:
        """The index of the next call: pass as `after=` to wait only for newer calls."""
        return len(self.calls)

    # failure injection -----------------------------------------------------------------------

    def fail(
        self,
        method: str,
        path_regex: str,
        status: int,
        body: Payload,
        *,
        times: int = 1,
        headers: dict[str, str] | None = None,
    ) -> None:
        """Answer the next `times` matching requests with `status` and `body` instead."""
        self._failures.append(
            Failure(method, re.compile(path_regex), status, body, times, headers or {})
        )

    # gateway ---------------------------------------------------------------------------------

    async def dispatch(self, event: str, data: Payload, *, shard: int | None = None) -> None:
        """Send a gateway DISPATCH to the session of the shard that owns it."""
        if shard is None:
            guild_id = data.get("guild_id")
            shard = None if guild_id is None else int(guild_id) >> 22
        live = [s for s in self.sessions if s.identified and not s.ws.closed]
        if not live:
            raise AssertionError("no gateway session is connected; await wait_connected() first")
        count = live[0].shard[1]
        wanted = 0 if shard is None else shard % count
        target = next((s for s in reversed(live) if s.shard[0] == wanted), None)
        if target is None:
            raise AssertionError(f"no connected session for shard {wanted}")
        if event == "MESSAGE_CREATE" and not target.intents & MESSAGE_CONTENT:
            data = self._without_content(data)
        await self._send_dispatch(target, event, data)

    def _without_content(self, data: Payload) -> Payload:
        """What Discord sends a bot without the message content intent."""
        mentioned = any(str(u.get("id")) == self.bot_id for u in data.get("mentions") or [])
        if data.get("guild_id") is None or mentioned:
            return data
        return {**data, "content": "", "embeds": [], "attachments": [], "components": []}

    async def _send_dispatch(self, s: Session, event: str, data: Payload) -> None:
        s.seq += 1
        await s.ws.send_str(json.dumps({"op": 0, "t": event, "s": s.seq, "d": data}))

    async def interaction(self, payload: Payload) -> None:
        await self.dispatch("INTERACTION_CREATE", payload)

    async def reconnect(self, within: float = 10.0) -> None:
        """Send op 7 RECONNECT on every live session and wait for each to RESUME."""
        live = [s for s in self.sessions if s.identified and not s.ws.closed]
        before = self.resumes
        for s in live:
            await s.ws.send_str(json.dumps({"op": 7, "d": None}))
        await self.wait_until(lambda: self.resumes >= before + len(live), within)

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse(autoping=True)
        await ws.prepare(request)
        s = Session(ws)
        self.sessions.append(s)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            op = frame.get("op")
            d = frame.get("d") or {}
            s.ops.append(op)
            if op == 1:
                await ws.send_str(json.dumps({"op": 11}))
            elif op == 2:
                self.identify_payloads.append({k: v for k, v in d.items() if k != "token"})
                shard = d.get("shard") or [0, 1]
                s.shard = (int(shard[0]), int(shard[1]))
                s.intents = int(d.get("intents") or 0)
                self._sessions_seen += 1
                s.session_id = f"session-{self._sessions_seen}"
                ready = p.ready(
                    self.gateway_url,
                    bot_id=self.bot_id,
                    app_id=self.app_id,
                    session_id=s.session_id,
                    shard=list(s.shard) if d.get("shard") else None,
                )
                s.identified = True
                await self._send_dispatch(s, "READY", ready)
                self.identifies += 1
            elif op == 6:
                old = next((o for o in self.sessions if o.session_id == d.get("session_id")), None)
                if old is not None:
                    s.shard, s.session_id, s.seq = old.shard, old.session_id, old.seq
                    old.identified = False
                s.identified = True
                await self._send_dispatch(s, "RESUMED", {})
                self.resumes += 1
            await self._notify()
        s.identified = False
        await self._notify()
        return ws

    # REST ------------------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        path = "/" + request.match_info["tail"]
        body: Any = None
        files: list[tuple[str, bytes]] = []
        ctype = request.headers.get("Content-Type", "")
        if ctype.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if part.name == "payload_json":  # type: ignore[union-attr]
                    body = json.loads(await part.text())  # type: ignore[union-attr]
                else:
                    files.append((part.filename or "", bytes(await part.read())))  # type: ignore[union-attr]
        elif request.can_read_body:
            raw = await request.read()
            body = json.loads(raw) if raw else None
        call = Call(request.method, path, dict(request.query), body, files, dict(request.headers))
        self.calls.append(call)
        for observe in self.observers:
            observe(call)
        try:
            for f in self._failures:
                if f.times > 0 and f.method == request.method and f.path.fullmatch(path):
                    f.times -= 1
                    call.status, call.response = f.status, f.body
                    return self._json(f.body, f.status, f.headers)
            status, answer = self._answer(call)
            if call.path.endswith("/callback") and "with_response" not in call.query:
                status = 204  # like Discord: the callback's message is not sent back
            call.status, call.response = status, answer  # kept for tests either way
            return self._json(answer, status)
        finally:
            await self._notify()

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        if status == 204:
            return web.Response(status=204)
        resp = web.Response(status=status, body=json.dumps(data).encode(), headers=headers)
        resp.headers["Content-Type"] = "application/json"
        return resp

    def _created(self, channel_id: str, body: Any, files: list[tuple[str, bytes]]) -> Payload:
        b = body if isinstance(body, dict) else {}
        msg = p.message(
            content=b.get("content") or "",
            channel_id=channel_id,
            author=p.bot_user(self.bot_id),
            components=b.get("components"),
            flags=int(b.get("flags") or 0),
            attachments=[
                {"id": p.next_id(), "filename": name, "size": len(data), "url": "", "proxy_url": ""}
                for name, data in files
            ],
        )
        self.messages[msg["id"]] = msg
        return msg

    def _answer(self, c: Call) -> tuple[int, Any]:
        path, m = c.path, c.method
        if path == "/users/@me" and m == "GET":
            return 200, p.bot_user(self.bot_id)
        if path == "/oauth2/applications/@me":
            return 200, p.application(self.app_id)
        if path == "/gateway/bot":
            return 200, {
                "url": self.gateway_url,
                "shards": self.gateway_bot_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 1000,
                    "reset_after": 0,
                    "max_concurrency": 1,
                },
            }
        if path == "/gateway":
            return 200, {"url": self.gateway_url}
        if re.fullmatch(r"/applications/\d+(/guilds/\d+)?/commands", path) and m == "PUT":
            cmds = c.json if isinstance(c.json, list) else []
            return 200, [
                {**cmd, "id": p.next_id(), "application_id": self.app_id, "version": "1"}
                for cmd in cmds
            ]
        if path == "/users/@me/channels" and m == "POST":
            recipient = str((c.json or {}).get("recipient_id"))
            channel_id = next((k for k, v in self.channels.items() if v == recipient), None)
            channel_id = channel_id or p.next_id()
            self.channels[channel_id] = recipient
            return 200, p.dm_channel(channel_id, recipient)
        if (mu := re.fullmatch(r"/users/(\d+)", path)) and m == "GET":
            return 200, p.user(mu.group(1))
        if (mc := re.fullmatch(r"/channels/(\d+)/messages", path)) and m == "POST":
            return 200, self._created(mc.group(1), c.json, c.files)
        if (mi := re.fullmatch(r"/interactions/(\d+)/[^/]+/callback", path)) and m == "POST":
            return 200, self._callback(mi.group(1), c)
        if re.fullmatch(r"/webhooks/\d+/[^/]+", path) and m == "POST":
            return 200, self._created(p.DM_CHANNEL_ID, c.json, c.files)
        if (mw := re.fullmatch(r"/webhooks/\d+/[^/]+/messages/([^/]+)", path)) and m == "PATCH":
            msg_id = mw.group(1)
            base = self.messages.get(msg_id) or p.message(content="", message_id=p.next_id())
            updated = {**base, **(c.json if isinstance(c.json, dict) else {})}
            if msg_id != "@original":
                self.messages[msg_id] = updated
            return 200, updated
        if re.fullmatch(r"/webhooks/\d+/[^/]+/messages/[^/]+", path) and m == "DELETE":
            return 204, None
        return 200, {}

    def _callback(self, interaction_id: str, c: Call) -> Payload:
        body = c.json if isinstance(c.json, dict) else {}
        kind = body.get("type")
        data = body.get("data") or {}
        flags = int(data.get("flags") or 0)
        answer: Payload = {
            "interaction": {
                "id": interaction_id,
                "type": 2,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & 64),
            }
        }
        if kind in (4, 7):
            msg = self._created(p.DM_CHANNEL_ID, data, c.files)
            answer["interaction"]["response_message_id"] = msg["id"]
            answer["resource"] = {"type": kind, "message": msg}
        return answer

    # views of what the bot sent --------------------------------------------------------------

    def message_calls(self, after: int = 0) -> list[Call]:
        """Every call from `after` on that created or edited a message."""
        return [c for c in self.calls[after:] if c.creates_message]

    def texts(self, after: int = 0) -> list[str]:
        """The text content of every message created or edited from `after` on."""
        return [str(c.message_body.get("content") or "") for c in self.message_calls(after)]
