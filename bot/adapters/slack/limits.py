"""Size and depth limits on what Slack sends, checked before any JSON is parsed.

Owns `bounded_loads` (JSON parsed only when it is short enough and nested shallowly enough, so a
deeply nested value can never reach Python's recursion limit) and the HTTP-mode guard: an aiohttp
middleware on the events path that refuses, before slack-bolt reads the request, a body over
`MAX_BODY` (413), a timestamp header that is not a number, a body that is not UTF-8, JSON that is
malformed, too deep or not an object (400). slack-bolt parses the body before it checks the
signature and answers a parse error with a 500; after this guard, it only sees bodies it can parse.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from aiohttp import web
from aiohttp.typedefs import Middleware

log = logging.getLogger(__name__)

MAX_BODY = 1024 * 1024
"""Slack's largest requests (a click on a 100-block App Home view) stay far below a megabyte."""
MAX_DEPTH = 64
"""Slack's payloads nest about ten levels deep (rich text inside blocks inside a message)."""

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def too_deep(text: str, max_depth: int = MAX_DEPTH) -> bool:
    """True when the JSON in `text` nests arrays and objects more than `max_depth` levels."""
    depth = 0
    for ch in _NOT_BRACKET.sub("", _STRING.sub("", text)):
        if ch in "[{":
            depth += 1
            if depth > max_depth:
                return True
        else:
            depth -= 1
    return False


def bounded_loads(text: str, *, max_chars: int = MAX_BODY, max_depth: int = MAX_DEPTH) -> Any:
    """`json.loads(text)`, refusing (ValueError) text too long or nested too deeply first."""
    if len(text) > max_chars:
        raise ValueError("json too long")
    if too_deep(text, max_depth):
        raise ValueError("json too deep")
    return json.loads(text)


def problem(raw: bytes, content_type: str | None, timestamp: str | None) -> str | None:
    """Why this HTTP-mode request cannot be read, or None. Mirrors how slack-bolt decides
    between a JSON body, a form with a JSON `payload` field, and a plain form."""
    if timestamp is not None and not (timestamp.isascii() and timestamp.strip().isdigit()):
        return "timestamp"
    try:
        body = raw.decode("utf-8")
    except UnicodeDecodeError:
        return "encoding"
    if not body:
        return None
    if content_type == "application/json" or body.startswith("{"):
        text: str | None = body
    elif "payload" in body:
        text = dict(parse_qsl(body, keep_blank_values=True)).get("payload")
    else:
        return None
    if text is None:
        return None
    try:
        data = bounded_loads(text)
    except (ValueError, RecursionError):
        return "json"
    return None if isinstance(data, dict) else "json"


def guard(path: str) -> Middleware:
    """The aiohttp middleware that checks requests to `path` before slack-bolt sees them."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        if request.method != "POST" or request.path != path:
            return await handler(request)
        if (request.content_length or 0) > MAX_BODY:
            log.info("slack.request_refused", extra={"reason": "size"})
            return web.Response(status=413, text="request too large")
        try:
            raw = await request.read()
        except web.HTTPRequestEntityTooLarge:
            log.info("slack.request_refused", extra={"reason": "size"})
            return web.Response(status=413, text="request too large")
        if len(raw) > MAX_BODY:
            log.info("slack.request_refused", extra={"reason": "size"})
            return web.Response(status=413, text="request too large")
        reason = problem(
            raw, request.content_type, request.headers.get("X-Slack-Request-Timestamp")
        )
        if reason is not None:
            log.info("slack.request_refused", extra={"reason": reason})
            return web.Response(status=400, text="malformed request")
        return await handler(request)

    return middleware
