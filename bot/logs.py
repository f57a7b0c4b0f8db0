"""Structured logging: one JSON object per record on stderr, built only from event names and the
`extra` fields code passes (ids, counts, error class names). Message text and anything a person
typed never reach a log record; the privacy tests check that with a canary string."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

_STANDARD = set(logging.LogRecord("", 0, "", 0, "", None, None).__dict__) | {"message", "asctime"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "event": _event(record),
        }
        for k, v in record.__dict__.items():
            if k not in _STANDARD:
                data[k] = v if isinstance(v, str | int | float | bool | type(None)) else str(v)
        if record.exc_info and record.exc_info[0] is not None:
            data["error"] = record.exc_info[0].__name__
        return json.dumps(data, ensure_ascii=False)


def _event(record: logging.LogRecord) -> str:
    """Our own records carry an event name. A library's message may embed a payload (with what a
    person wrote) in an f-string, so only its constant %-template is kept, never the arguments."""
    msg = record.msg if isinstance(record.msg, str) else type(record.msg).__name__
    if record.name == "bot" or record.name.startswith("bot.") or record.args:
        return msg
    return "library message withheld"


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
