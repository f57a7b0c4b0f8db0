"""The log format: one JSON object per record, event names and extras only. A library's message
(which may embed a payload with what a person wrote) is withheld unless it is a constant
template."""

from __future__ import annotations

import json
import logging

from bot.logs import JsonFormatter

SECRET = "my boss said zebracanary"


def record(name: str, msg: str, args: tuple[object, ...] = (), **extra: object) -> str:
    rec = logging.LogRecord(name, logging.WARNING, __file__, 1, msg, args, None)
    rec.__dict__.update(extra)
    return JsonFormatter().format(rec)


def test_our_records_keep_the_event_and_the_extras() -> None:
    line = json.loads(record("bot.core.engine", "turn.failed", user="ab12", error="KeyError"))
    assert line["event"] == "turn.failed" and line["user"] == "ab12" and line["error"] == "KeyError"
    assert line["level"] == "warning" and line["logger"] == "bot.core.engine"


def test_a_library_message_with_a_payload_is_withheld() -> None:
    line = record("slack_bolt.App", f"Unhandled request ({{'text': '{SECRET}'}})")
    assert "zebracanary" not in line
    assert json.loads(line)["event"] == "library message withheld"


def test_a_library_template_keeps_its_words_but_never_its_arguments() -> None:
    line = record("aiohttp.access", "Error handling request %s", (SECRET,))
    assert "zebracanary" not in line
    assert json.loads(line)["event"] == "Error handling request %s"


def test_an_exception_is_named_not_quoted() -> None:
    try:
        raise ValueError(SECRET)
    except ValueError:
        import sys

        rec = logging.LogRecord("bot.x", logging.ERROR, __file__, 1, "boom", (), sys.exc_info())
    line = JsonFormatter().format(rec)
    assert "zebracanary" not in line and json.loads(line)["error"] == "ValueError"
