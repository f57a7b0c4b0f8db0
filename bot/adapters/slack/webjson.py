"""The HTTP session the Slack adapter shares, and its requests' JSON through orjson.

Owns `make_session` (the bot's one `aiohttp.ClientSession`: 30-second total timeout, the JSON of
slack_sdk's `json=` calls written by orjson) and `request_body` (a request's JSON as the bytes
that go on the wire, for a caller that hands aiohttp bytes instead of an object to serialise and
then encode again). Both write the same compact JSON, so Slack receives the same bytes either way.
Responses are read by aiohttp's own `json()`: orjson would read an integer past 64 bits as a
float, and telling such a number apart costs more than orjson saves on a reply's answer.
"""

from __future__ import annotations

from typing import Any

import aiohttp
import orjson


def _json_text(obj: Any) -> str:
    """A Web API request's JSON body as text (slack_sdk's calls with `json=`), through orjson
    (several times quicker than `json`)."""
    return orjson.dumps(obj).decode()


def request_body(obj: Any) -> bytes:
    """A Web API request's JSON body: the bytes aiohttp sends for `_json_text(obj)`."""
    return orjson.dumps(obj)


def make_session() -> aiohttp.ClientSession:
    """The Slack adapter's HTTP session (Web API calls, `response_url`, file uploads)."""
    return aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30), json_serialize=_json_text)
