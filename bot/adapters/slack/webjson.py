"""The HTTP session the Slack adapter shares, and the Web API's JSON through orjson both ways.

Owns `make_session` (the bot's one `aiohttp.ClientSession`: 30-second total timeout, the JSON of
slack_sdk's `json=` calls written by orjson, answers read through `read_json` by
`OrjsonResponse`) and `request_body` (a request's JSON as the bytes that go on the wire, for a
caller that hands aiohttp bytes instead of an object to serialise and then encode again). What
Slack receives and what callers get back are the same as with the standard `json` module: both
ways write the same compact JSON, and an answer orjson would read otherwise (19 digits in a row:
maybe an integer past 64 bits, which orjson makes a float) or refuses (a NaN, an infinite
number, a lone surrogate) is read by `json` exactly as before, errors included. One difference,
which no Slack answer comes near: lists or objects nested past Python's recursion limit (about a
thousand deep), on which `json` raises `RecursionError`, orjson reads.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp
import orjson

_DIGITS = bytes(0x30 if 0x30 <= b <= 0x39 else 0x20 for b in range(256))
"""A byte table: every digit becomes `0`, everything else a space."""
_LONG_RUN = b"0" * 19


def _json_text(obj: Any) -> str:
    """A Web API request's JSON body as text (slack_sdk's calls with `json=`), through orjson
    (several times quicker than `json`)."""
    return orjson.dumps(obj).decode()


def request_body(obj: Any) -> bytes:
    """A Web API request's JSON body: the bytes aiohttp sends for `_json_text(obj)`."""
    return orjson.dumps(obj)


def read_json(text: str) -> Any:
    """JSON text read as `json.loads` reads it, through orjson where the two agree."""
    if _LONG_RUN in text.encode("utf-8", "surrogatepass").translate(_DIGITS):
        return json.loads(text)  # maybe an integer orjson would make a float
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:  # what orjson refuses, json may take, or raise its own error
        return json.loads(text)


class OrjsonResponse(aiohttp.ClientResponse):
    """aiohttp's response, whose `json()` with the standard decoder reads through `read_json`.
    Everything else (the content-type check, an empty body read as None, the charset) is
    aiohttp's own."""

    async def json(
        self,
        *,
        encoding: str | None = None,
        loads: Any = json.loads,
        content_type: str | None = "application/json",
    ) -> Any:
        chosen = read_json if loads is json.loads else loads
        return await super().json(encoding=encoding, loads=chosen, content_type=content_type)


def make_session() -> aiohttp.ClientSession:
    """The Slack adapter's HTTP session (Web API calls, `response_url`, file uploads)."""
    return aiohttp.ClientSession(
        timeout=aiohttp.ClientTimeout(total=30),
        json_serialize=_json_text,
        response_class=OrjsonResponse,
    )
