"""Loading flow files: find them, parse each once, check shape and meaning, build the `FlowSet`.

`load_flows(paths, registry)` reads files and directories (a directory's own `*.yaml`/`*.yml`
files, sorted, without `resources.yaml`, `questions.yaml` or subdirectories such as
`dialogues/tests/`) and returns the flows only when there is no problem at all, with every
problem found, sorted by file, line and column. File names stay as the caller wrote them.
`load_flows_or_raise` raises `FlowError` instead. The steps: YAML to positioned data
(`yamldoc`), JSON Schema (`schema`), the typed model (`build`), then the checks across all flows
(`checks`).
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from bot.flows.build import build_flow
from bot.flows.checks import check_flows
from bot.flows.model import FlowSet, Pos
from bot.flows.problems import FlowError, Problem, sorted_problems
from bot.flows.reader import FlowSource
from bot.flows.schema import check_shape
from bot.flows.yamldoc import parse
from bot.i18n.catalogs import locales_dir
from bot.i18n.translate import with_languages
from bot.primitives.actions import ActionRegistry

__all__ = ["FlowError", "Problem", "load_flows", "load_flows_or_raise"]

log = logging.getLogger(__name__)

SUFFIXES = (".yaml", ".yml")
SKIPPED = frozenset({"resources.yaml", "resources.yml", "questions.yaml"})


def load_flows(
    paths: Sequence[str | Path], registry: ActionRegistry[Any] | None = None
) -> tuple[FlowSet | None, list[Problem]]:
    """All flows in `paths` and no problems, or None and every problem found.

    Without a `registry`, action names and arguments are not checked, and an action is assumed
    to possibly set any variable.
    """
    files, problems = _find_files(paths)
    sources: list[FlowSource] = []
    for file in files:
        source, found = _load_file(file)
        problems.extend(found)
        if source is not None:
            sources.append(source)
    shape_at = {p.pos for p in problems}
    problems.extend(p for p in check_flows(sources, registry) if p.pos not in shape_at)
    result = sorted_problems(problems)
    log.info("flows.loaded files=%d flows=%d problems=%d", len(files), len(sources), len(result))
    if result:
        return None, result
    flows = FlowSet({s.flow.id: s.flow for s in sources})
    return with_languages(flows, locales_dir(paths)), []


def load_flows_or_raise(
    paths: Sequence[str | Path], registry: ActionRegistry[Any] | None = None
) -> FlowSet:
    """Like `load_flows`, but raise `FlowError` (listing every problem) when there is any."""
    flows, problems = load_flows(paths, registry)
    if flows is None:
        raise FlowError(problems)
    return flows


def _find_files(paths: Sequence[str | Path]) -> tuple[list[str], list[Problem]]:
    files: list[str] = []
    problems: list[Problem] = []
    seen: set[Path] = set()

    def add(name: str, path: Path) -> None:
        real = path.resolve()
        if real not in seen:
            seen.add(real)
            files.append(name)

    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                p.name
                for p in path.iterdir()
                if p.suffix in SUFFIXES and p.name not in SKIPPED and p.is_file()
            )
            if not found:
                problems.append(
                    Problem(
                        Pos(str(path), 1, 1),
                        "no flow files in this directory",
                        "flow files end in .yaml or .yml; check the path",
                    )
                )
            for name in found:
                add(str(path / name), path / name)
        elif path.is_file():
            add(str(given), path)
        else:
            problems.append(
                Problem(
                    Pos(str(given), 1, 1),
                    "no such file or directory",
                    "check the path: give flow files or a directory of them",
                )
            )
    return files, problems


def _load_file(file: str) -> tuple[FlowSource | None, list[Problem]]:
    """One flow file, built: parsed and checked once per version of the file (its change time
    and size are part of the cache key, so an edited file is read again), handed out as a copy
    the caller may change."""
    try:
        stat = Path(file).stat()
    except OSError:
        return _read_file(file)
    source, problems = _read_file_once(file, stat.st_mtime_ns, stat.st_size)
    if source is not None:
        source = dataclasses.replace(
            source,
            commands=list(source.commands),
            then_pos=dict(source.then_pos),
            sites=list(source.sites),
            tainted=set(source.tainted),
        )
    return source, list(problems)


@lru_cache(maxsize=256)
def _read_file_once(
    file: str, mtime_ns: int, size: int
) -> tuple[FlowSource | None, tuple[Problem, ...]]:
    del mtime_ns, size  # only the cache key
    source, problems = _read_file(file)
    return source, tuple(problems)


def _read_file(file: str) -> tuple[FlowSource | None, list[Problem]]:
    try:
        raw = Path(file).read_bytes()
    except OSError as exc:
        return None, [
            Problem(
                Pos(file, 1, 1),
                f"cannot read the file ({exc.strerror})",
                "check that it exists and is readable",
            )
        ]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before.rsplit(b"\n", 1)[-1].decode("utf-8", "replace")) + 1
        return None, [
            Problem(
                Pos(file, line, col),
                "the file is not UTF-8 text",
                "save it as UTF-8 (most editors offer this in 'Save as')",
            )
        ]
    doc, problems = parse(file, text)
    if doc is None:
        return None, problems
    issues = check_shape(doc)
    problems.extend(i.problem for i in issues)
    if not isinstance(doc.data, dict):
        return None, problems
    source, found = build_flow(doc, issues)
    problems.extend(found)
    return source, problems
