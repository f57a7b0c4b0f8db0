"""Conversation tests as data: run transcript files (`dialogues/tests/*.yaml`) through the engine.

A transcript is a list of conversations; each has `name`, optional `seed`, `user` (id), `locale`,
`tz`, and `turns`. A turn is the person's move (`user: text`, `click: option id or label`, or
`open: flow_id`, the way a scheduled check-in opens a flow; optionally `after: 13h` to let time
pass first) followed by what must hold: `bot` (text or list:
each appears in this turn's bot messages, case-insensitive), `not_bot`, `step` (`flow.step`, or
`none`), `vars` (variables now equal to these), `choices` (labels now offered). `run_file` returns
one `Result` per conversation with every failed expectation spelled out. Each file is first
checked against `transcript.schema.json` (`bot/testing/transcript_spec.py`): a file with an
unknown key or a turn that checks nothing runs no conversation and fails at that line.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any

from bot.core.engine import Engine
from bot.core.model import Choices, Reply, Text, Turn, UserKey
from bot.core.text import fold
from bot.flows.model import Pos
from bot.flows.problems import Problem, sorted_problems
from bot.flows.schema import Shape
from bot.flows.yamldoc import parse
from bot.testing.transcript_spec import SCHEMA_FILE

EngineFactory = Callable[[int | None], AbstractAsyncContextManager[Engine]]

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d|w)\s*$")
_UNITS = {"s": "seconds", "m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


@dataclass
class Result:
    file: str
    name: str
    failures: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures


def _texts(replies: list[Reply]) -> list[str]:
    out: list[str] = []
    for r in replies:
        if isinstance(r, Text):
            out.append(r.plain)
        elif isinstance(r, Choices):
            out.append(r.prompt.plain + "\n" + "\n".join(o.label for o in r.options))
        else:
            caption = getattr(r, "caption", None) or getattr(r, "text", None)
            if isinstance(caption, Text):
                out.append(caption.plain)
            content = getattr(r, "content", None)
            if isinstance(content, bytes):
                out.append(content.decode("utf-8", errors="replace"))
    return out


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _duration(text: str) -> timedelta:
    m = _DURATION.match(str(text))
    if not m:
        raise ValueError(f"'after: {text}' is not a duration like 30m, 13h or 2d")
    return timedelta(**{_UNITS[m.group(2)]: float(m.group(1))})


class _Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


async def run_conversation(
    engine: Engine, conv: dict[str, Any], file: str, *, key_prefix: str = "t"
) -> Result:
    """Run one conversation against `engine` and collect every failed expectation."""
    name = str(conv.get("name", "unnamed"))
    result = Result(file, name)
    clock = _Clock()
    engine.clock = clock
    key = UserKey("console", key_prefix, str(conv.get("user", "tester")))
    last_choices: Choices | None = None
    for n, turn in enumerate(conv.get("turns") or [], 1):
        where = f"turn {n}"
        if "after" in turn:
            clock.now += _duration(turn["after"])
        locale, tz = conv.get("locale"), conv.get("tz")
        t: Turn | None = None
        if "open" in turn:
            pass
        elif "click" in turn:
            wanted = fold(str(turn["click"]))
            if last_choices is None:
                result.failures.append(f"{where}: click {turn['click']!r} but no buttons are shown")
                break
            option = next(
                (o for o in last_choices.options if wanted in (fold(o.id), fold(o.label))), None
            )
            if option is None:
                shown = ", ".join(f"{o.id} ({o.label})" for o in last_choices.options)
                result.failures.append(f"{where}: no button {turn['click']!r}; shown: {shown}")
                break
            if last_choices.at.step == "":
                t = Turn(key, text=option.id, locale=locale, tz=tz)
            else:
                t = Turn(key, choice=option.id, at=last_choices.at, locale=locale, tz=tz)
        else:
            t = Turn(key, text=str(turn.get("user", "")), locale=locale, tz=tz)
        if t is None:
            replies = await engine.open_flow(key, str(turn["open"]))
        else:
            replies = await engine.handle(t)
        for r in replies:
            if isinstance(r, Choices):
                last_choices = r
        said = "\n".join(_texts(replies))
        low = said.casefold()
        for want in _as_list(turn.get("bot")):
            if want.casefold() not in low:
                result.failures.append(f"{where}: bot did not say {want!r}; it said:\n{said}")
        for unwanted in _as_list(turn.get("not_bot")):
            if unwanted.casefold() in low:
                result.failures.append(f"{where}: bot said {unwanted!r}:\n{said}")
        if "choices" in turn:
            labels = [o.label for o in last_choices.options] if last_choices else []
            for label in _as_list(turn["choices"]):
                if label not in labels:
                    result.failures.append(f"{where}: no choice {label!r}; shown: {labels}")
        if "step" in turn or "vars" in turn:
            async with engine.store.transaction() as tx:
                state = await tx.load(key)
            place = f"{state.flow}.{state.step}" if state and state.flow else "none"
            if "step" in turn and str(turn["step"]) != place:
                result.failures.append(f"{where}: expected step {turn['step']}, at {place}")
            for var, value in (turn.get("vars") or {}).items():
                actual = None if state is None else state.vars.get(var)
                if str(actual) != str(value):
                    result.failures.append(f"{where}: {var} is {actual!r}, expected {value!r}")
    return result


def transcript_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        files.extend(sorted(p.glob("*.y*ml")) if p.is_dir() else [p])
    return files


@cache
def _shape() -> Shape:
    return Shape(json.loads(SCHEMA_FILE.read_text("utf-8")))


def load_transcript(file: Path) -> tuple[list[dict[str, Any]], list[Problem]]:
    """The conversations of `file`, or none and every problem of its format (file:line:col)."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return [], [
            Problem(Pos(str(file), 1, 1), f"cannot read the file ({exc})", "save it as UTF-8")
        ]
    doc, problems = parse(str(file), text)
    if doc is None:
        return [], problems
    problems.extend(issue.problem for issue in _shape().check(doc))
    if problems:
        return [], sorted_problems(problems)
    return list(doc.data), []


async def run_files(paths: list[str], factory: EngineFactory) -> list[Result]:
    """Run every conversation of every file, each on a fresh engine from `factory(seed)`."""
    results: list[Result] = []
    for file in transcript_files(paths):
        data, problems = load_transcript(file)
        if problems:
            results.append(Result(str(file), "the file's format", [str(p) for p in problems]))
        for conv in data:
            async with factory(conv.get("seed")) as engine:
                results.append(await run_conversation(engine, conv, str(file)))
    return results
