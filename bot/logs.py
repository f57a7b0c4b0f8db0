"""Structured logging: one JSON object per record on stderr. Message text and anything a person
typed never reach a line; the privacy tests check that with a canary string.

Our own records (`bot.*`) carry an event name and the `extra` fields code passes (ids, counts,
durations, flags, error class names); numbers and booleans stay numbers and booleans, lists and
mappings stay JSON. A library's record is kept, with its payload redacted: a %-template keeps its
constant words and drops its arguments; a preformatted message keeps only its leading plain
words (at most eight, up to the first quote, bracket, colon or other sign of a payload), since a
library may put a request body, with what a person wrote, into an f-string; its own extra
fields keep numbers and booleans, and every string becomes `REDACTED`. An exception is named by
its class, never quoted.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Mapping
from datetime import UTC, datetime, timedelta

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {
    "message",
    "asctime",
    "taskName",
}
REDACTED = "[redacted]"
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 _\-]{0,79}")
"""The leading words of a library message kept before anything that may be a payload."""
_WORDS = 8
"""At most this many of them."""


def _ours(record: logging.LogRecord) -> bool:
    return record.name == "bot" or record.name.startswith("bot.")


def _value(value: object) -> object:
    """A JSON value for one of our extras, keeping its structure."""
    if isinstance(value, str | int | float | bool | type(None)):
        return value
    if isinstance(value, timedelta):
        return value.total_seconds()
    if isinstance(value, Mapping):
        return {str(k): _value(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_value(v) for v in value]
    return str(value)


def _redacted(value: object) -> object:
    """A library's extra: numbers and booleans stay; anything that could hold text does not."""
    if isinstance(value, bool | int | float | type(None)):
        return value
    return REDACTED


def library_event(record: logging.LogRecord) -> str:
    """A library record's message without its payload (see the module docstring)."""
    msg = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
    if record.args:
        return msg  # the constant template; the arguments are the payload
    m = _PLAIN.match(msg)
    kept = " ".join((m.group(0) if m else "").split()[:_WORDS])
    if kept == msg.rstrip():
        return kept
    return f"{kept} {REDACTED}" if kept else REDACTED


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        ours = _ours(record)
        msg = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
        data: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": msg if ours else library_event(record),
        }
        for k, v in record.__dict__.items():
            if k not in _STANDARD and k not in data:
                data[k] = _value(v) if ours else _redacted(v)
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
        return json.dumps(data, ensure_ascii=False)


def setup_logging(level: str = "WARNING") -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in (
        "aiosqlite",
        "sqlalchemy",
        "asyncio",
        "apscheduler",
        "discord",
        "slack_bolt",
        "slack_sdk",
        "aiohttp",
    ):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, root.level))
