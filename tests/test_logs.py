"""The log format: one JSON object per record, event names and extras only, with their types.
A library's record is kept, but its payload (which may hold what a person wrote) is redacted:
a %-template loses its arguments, a preformatted message everything from the first sign of a
payload, and its string fields their values."""

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


def test_a_library_message_keeps_its_words_but_not_its_payload() -> None:
    line = record("slack_bolt.App", f"Unhandled request ({{'text': '{SECRET}'}})")
    assert "zebracanary" not in line
    assert json.loads(line)["event"] == "Unhandled request [redacted]"
    for payload in (
        f'Failed: "{SECRET}"',
        f"Got {{'d': '{SECRET}'}}",
        f"body=[{SECRET}]",
        f"Error sending message: {SECRET}",
        f"x'{SECRET}'",
    ):
        line = record("discord.gateway", payload)
        assert "zebracanary" not in line and "boss" not in line, line
        assert json.loads(line)["event"].endswith("[redacted]")


def test_a_plain_library_message_is_kept_whole() -> None:
    line = json.loads(record("discord.client", "Shard ID None has connected to Gateway"))
    assert line["event"] == "Shard ID None has connected to Gateway"
    assert line["level"] == "warning" and line["logger"] == "discord.client"


def test_our_numbers_booleans_and_structures_stay_typed() -> None:
    from datetime import timedelta

    line = json.loads(
        record(
            "bot.ops.server",
            "ops.listening",
            port=9102,
            seconds=0.25,
            draining=False,
            shards=[0, 1],
            counts={"sent": 3},
            waited=timedelta(seconds=2),
            nothing=None,
        )
    )
    assert line["port"] == 9102 and line["seconds"] == 0.25 and line["draining"] is False
    assert line["shards"] == [0, 1] and line["counts"] == {"sent": 3}
    assert line["waited"] == 2.0 and line["nothing"] is None


def test_a_library_record_keeps_numbers_but_redacts_its_string_fields() -> None:
    line = json.loads(
        record(
            "aiohttp.server",
            "Error handling request",
            status=500,
            remote=SECRET,
            body={"t": SECRET},
        )
    )
    assert "zebracanary" not in json.dumps(line)
    assert line["status"] == 500 and line["remote"] == "[redacted]" and line["body"] == "[redacted]"


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
