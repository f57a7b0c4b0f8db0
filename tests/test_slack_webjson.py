"""The Web API's JSON through orjson changes nothing on the wire or in what callers get back.

A reply posted by `Outbox.post` reaches Slack as the very bytes and headers slack_sdk's own
`chat_postMessage` sends on the bot's session (escapes, emoji, quotes, line separators included),
and the caller gets the same answer. An answer read by the session's `OrjsonResponse` is what
aiohttp's own `json()` reads, for odd answers too (a NaN, huge integers, lone surrogates, control
characters, an empty body, a wrong content type, a charset other than UTF-8), errors included.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot.adapters.slack.blocks import SlackMessage, section
from bot.adapters.slack.outbox import DirectMessages, Outbox
from bot.adapters.slack.sender import make_client
from bot.adapters.slack.webjson import make_session, read_json

ANSWERS: dict[str, tuple[bytes, str]] = {
    "plain": (b'{"ok": true, "ts": "1.000100", "n": 12, "f": 1.5e-3}', "application/json"),
    "unicode": ('{"ok":true,"t":"Ánimo 💪 \\u00e9 \\ud83d\\udcaa"}'.encode(), "application/json"),
    "utf8_charset": ('{"ok":true,"t":"café"}'.encode(), "application/json; charset=utf-8"),
    "latin1": ('{"ok":true,"t":"café"}'.encode("latin-1"), "application/json; charset=latin-1"),
    "nan": (b'{"ok":true,"x":NaN,"y":-Infinity,"z":1e400}', "application/json"),
    "huge_int": (b'{"ok":true,"n":123456789012345678901234567890}', "application/json"),
    "huge_negative": (b'{"ok":true,"n":-9223372036854775809}', "application/json"),
    "u64": (b'{"n":18446744073709551615,"f":[5e-324,-0.0,0.1,-0]}', "application/json"),
    "digits_in_text": (b'{"ok":true,"t":"12345678901234567890"}', "application/json"),
    "lone_surrogate": (b'{"ok":true,"t":"\\ud800","u":"\\udfff\\ud800"}', "application/json"),
    "control_character": (b'{"ok":true,"t":"a\x01b"}', "application/json"),
    "duplicate_keys": (b'{"ok":false,"ok":true}', "application/json"),
    "deep": (b"[" * 500 + b"1" + b"]" * 500, "application/json"),
    "empty": (b"  \n", "application/json"),
    "not_json": (b"{ok: true", "application/json"),
    "trailing": (b'{"ok":true} x', "application/json"),
    "html": (b"<html>busy</html>", "text/html"),
}


@dataclass
class Seen:
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, Seen]]:
    seen = Seen()

    async def api(request: web.Request) -> web.Response:
        seen.requests.append((dict(request.headers), await request.read()))
        return web.json_response({"ok": True, "channel": "D1", "ts": "1.000100"})

    async def answer(request: web.Request) -> web.Response:
        body, ctype = ANSWERS[request.match_info["name"]]
        return web.Response(body=body, headers={"Content-Type": ctype})

    app = web.Application()
    app.router.add_post("/api/{method}", api)
    app.router.add_get("/answer/{name}", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        await runner.cleanup()


async def test_a_reply_is_the_same_bytes_as_chat_post_message(
    server: tuple[str, Seen],
) -> None:
    url, seen = server
    said = 'Ánimo, "café" y 💪 &amp; <más> \\ \u2028'
    blocks = [section(said), {"type": "actions", "elements": [{"type": "button", "value": "{}"}]}]
    session = make_session()
    try:
        client = make_client("xoxb-test", f"{url}/api/", session)
        outbox = Outbox(client, DirectMessages(client))
        ours = await outbox.post("D1", SlackMessage(text=said, blocks=blocks))
        theirs = await client.chat_postMessage(
            channel="D1", text=said, blocks=blocks, unfurl_links=False
        )
    finally:
        await session.close()
    assert ours == theirs.data
    (ours_headers, ours_body), (theirs_headers, theirs_body) = seen.requests
    assert ours_body == theirs_body
    assert json.loads(ours_body)["blocks"] == blocks
    for name in ("Content-Type", "Content-Length", "Authorization", "User-Agent"):
        assert ours_headers.get(name) == theirs_headers.get(name), name
    assert set(ours_headers) == set(theirs_headers)


def _shape(value: Any) -> list[str]:
    """`value` written out token by token without recursion (a repr of 1,000 nested lists would
    overflow the stack); a NaN compares by its repr."""
    out: list[str] = []
    todo: list[Any] = [value]
    while todo:
        item = todo.pop()
        if isinstance(item, dict):
            out.append("{")
            for key in reversed(list(item)):
                todo += [item[key], repr(key)]
        elif isinstance(item, list):
            out.append(f"[{len(item)}")
            todo += reversed(item)
        else:
            out.append(f"{type(item).__name__}:{item!r}")
    return out


async def _read(session: aiohttp.ClientSession, url: str) -> tuple[str, Any]:
    """What `json()` gives for the answer at `url`: ("ok", value) or ("error", its type)."""
    async with session.get(url) as resp:
        try:
            return "ok", _shape(await resp.json())
        except Exception as exc:  # the error itself is part of what must be the same
            return "error", type(exc)


@pytest.mark.parametrize("name", sorted(ANSWERS))
async def test_an_answer_reads_as_aiohttp_reads_it(server: tuple[str, Seen], name: str) -> None:
    url, _ = server
    ours_session, plain_session = make_session(), aiohttp.ClientSession()
    try:
        ours = await _read(ours_session, f"{url}/answer/{name}")
        theirs = await _read(plain_session, f"{url}/answer/{name}")
    finally:
        await ours_session.close()
        await plain_session.close()
    assert repr(ours) == repr(theirs)  # repr: a NaN is not equal to itself
    assert ours[0] == (
        "error" if name in ("not_json", "trailing", "html", "control_character") else "ok"
    )


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_read_json_reads_as_json_does(name: str) -> None:
    body, ctype = ANSWERS[name]
    text = body.decode("latin-1" if "latin-1" in ctype else "utf-8").strip()

    def outcome(read: Any) -> str:
        try:
            return repr(_shape(read(text)))
        except RecursionError:
            return "RecursionError"
        except ValueError as exc:  # json's own error, whoever reads
            return type(exc).__name__ if not isinstance(exc, json.JSONDecodeError) else "decode"

    if text:
        assert outcome(read_json) == outcome(json.loads)
