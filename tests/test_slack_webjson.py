"""A reply's JSON written straight to bytes changes nothing on the wire or in what comes back.

A reply posted by `Outbox.post` reaches Slack as the very bytes and headers slack_sdk's own
`chat_postMessage` sends on the bot's session (escapes, emoji, quotes, line separators included),
and the caller gets the same answer.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

import pytest
from aiohttp import web

from bot.adapters.slack.blocks import SlackMessage, section
from bot.adapters.slack.outbox import DirectMessages, Outbox
from bot.adapters.slack.sender import make_client
from bot.adapters.slack.webjson import make_session


@dataclass
class Seen:
    requests: list[tuple[dict[str, str], bytes]] = field(default_factory=list)


@pytest.fixture
async def server() -> AsyncIterator[tuple[str, Seen]]:
    seen = Seen()

    async def api(request: web.Request) -> web.Response:
        seen.requests.append((dict(request.headers), await request.read()))
        return web.json_response({"ok": True, "channel": "D1", "ts": "1.000100"})

    app = web.Application()
    app.router.add_post("/api/{method}", api)
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
