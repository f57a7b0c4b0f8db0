"""Every English text that has a translation key, by catalogue (domain).

- one domain per flow (its id): the flow's texts (`keys.flow_sources`);
- `questions`: the common questions' examples and answers (added by the app, `add_sources`);
- `bot`: the texts written in code, found by Babel's Python extractor wherever they are marked
  with `_()` or `N_()`; their key is the English itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from babel.messages.extract import extract_from_dir

from bot.flows.model import FlowSet, Pos
from bot.i18n.catalogs import CODE_DOMAIN
from bot.i18n.keys import Source, flow_sources

CODE_ROOT = Path(__file__).resolve().parent.parent
"""The `bot` package, whose Python files hold the texts written in code."""

_KEYWORDS: dict[str, object] = {"_": None, "N_": None}

SourceFinder = Callable[[Sequence[str | Path]], list[Source]]
_FINDERS: dict[str, SourceFinder] = {}


def add_sources(domain: str, find: SourceFinder) -> None:
    """Extract `domain`'s texts with `find(flow paths)` too (the app adds the common questions,
    `bot.questions.question_texts`, which live above this package)."""
    _FINDERS[domain] = find


def code_sources(root: Path = CODE_ROOT) -> list[Source]:
    """The texts marked `_()`/`N_()` in the Python files under `root`, first place each."""
    seen: dict[str, Source] = {}
    found = extract_from_dir(
        str(root),
        method_map=[("**.py", "python")],
        keywords=_KEYWORDS,  # type: ignore[arg-type]
        comment_tags=(),
        strip_comment_tags=True,
    )
    for filename, lineno, message, _comments, _context in found:
        if isinstance(message, str) and message and message not in seen:
            pos = Pos(str(root / filename), lineno, 1)
            seen[message] = Source(message, message, pos)
    return list(seen.values())


def all_sources(flows: FlowSet, paths: Sequence[str | Path]) -> Mapping[str, list[Source]]:
    """Every text to translate, by domain: flows, the added domains (the common questions), code."""
    out: dict[str, list[Source]] = {
        flow.id: list(flow_sources(flow)) for flow in flows.flows.values()
    }
    for domain, find in _FINDERS.items():
        found = find(paths)
        if found:
            out[domain] = found
    out[CODE_DOMAIN] = code_sources()
    return out
