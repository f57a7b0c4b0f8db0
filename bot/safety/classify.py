"""The `bounceback classify` command: label each input line as a crisis and/or a lash-out.

One message per input line, one JSON object per output line, in order:
`{"crisis": bool, "level": "clear" | "possible" | null, "language": "en" | ... | null,
"hostile": bool, "categories": [...], "reasons": [...], "hostile_reasons": [...],
"distress": bool, "means_seeking": bool}`. `crisis` is true for both levels of risk: "clear"
gets the full crisis response in chat, "possible" a direct question. The lines are one
conversation, so crisis memory carries from line to line (distress, then a question about
bridges, is a crisis). With `--rewrite`, hostile lines also carry `"rewrite"`. `hostile` comes
from the draft review in `bot.safety.drafts` (would this
be a lash-out if sent to a recruiter); without it, `hostile` is false. Input is read as bytes
where possible and decoded leniently, and a very long line is read and assessed in pieces, so
binary or huge input never stops the command.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, TextIO

from bot.safety import lexicon
from bot.safety.crisis import CLEAR, Assessment, CrisisMemory, assess, update_memory

log = logging.getLogger(__name__)

PIECE_CHARS = 64 * 1024
"""A line longer than this is assessed piece by piece, each piece overlapping the last."""
OVERLAP_CHARS = 512


@dataclass(frozen=True, slots=True)
class _Hostility:
    hostile: bool
    reasons: tuple[str, ...]
    rewrite: str = ""


ReviewFn = Callable[[str], _Hostility]


def _load_review() -> ReviewFn:
    try:
        from bot.safety import drafts  # lazy: start-up time; `classify` may run without it
    except ImportError:
        log.info("classify.no_draft_review")
        return lambda _text: _Hostility(False, ())

    def review(text: str) -> _Hostility:
        try:
            result: Any = drafts.review(text)
            return _Hostility(
                bool(result.hostile),
                tuple(str(r) for r in result.reasons),
                str(result.rewrite) if result.hostile else "",
            )
        except Exception as exc:  # one odd line must not stop the stream
            log.warning("classify.draft_review_failed error=%s", type(exc).__name__)
            return _Hostility(False, ())

    return review


def _lines(stdin: TextIO) -> Iterator[Iterator[str]]:
    """Each input line as an iterator of its pieces (newline removed), bytes decoded leniently."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return _byte_lines(buffer)
    return _text_lines(stdin)


def _byte_lines(buffer: Any) -> Iterator[Iterator[str]]:
    while True:
        first: bytes = buffer.readline(PIECE_CHARS)
        if not first:
            return
        yield _byte_pieces(buffer, first)


def _byte_pieces(buffer: Any, first: bytes) -> Iterator[str]:
    chunk = first
    while True:
        ended = chunk.endswith(b"\n")
        yield chunk.rstrip(b"\r\n").decode("utf-8", errors="replace")
        if ended:
            return
        chunk = buffer.readline(PIECE_CHARS)
        if not chunk:
            return


def _text_lines(stdin: TextIO) -> Iterator[Iterator[str]]:
    while True:
        first = stdin.readline(PIECE_CHARS)
        if not first:
            return
        yield _text_pieces(stdin, first)


def _text_pieces(stdin: TextIO, first: str) -> Iterator[str]:
    chunk = first
    while True:
        ended = chunk.endswith("\n")
        yield chunk.rstrip("\r\n")
        if ended:
            return
        chunk = stdin.readline(PIECE_CHARS)
        if not chunk:
            return


def _merge(parts: list[Assessment]) -> Assessment:
    if len(parts) == 1:
        return parts[0]
    found = {c for part in parts for c in part.categories}
    levels = [p.level for p in parts if p.level is not None]
    return Assessment(
        crisis=any(p.crisis for p in parts),
        level=CLEAR if CLEAR in levels else (levels[0] if levels else None),
        score=max(p.score for p in parts),
        language=next((p.language for p in parts if p.language), None),
        categories=tuple(c for c in lexicon.CATEGORIES if c in found),
        reasons=tuple(dict.fromkeys(r for p in parts for r in p.reasons)),
        distress=any(p.distress for p in parts),
        means_seeking=any(p.means_seeking for p in parts),
        setback=any(p.setback for p in parts),
    )


def _classify_line(
    pieces: Iterator[str], memory: CrisisMemory, now: datetime, review: ReviewFn
) -> tuple[Assessment, _Hostility]:
    parts: list[Assessment] = []
    hostile: list[_Hostility] = []
    tail = ""
    for piece in pieces:
        text = tail + piece
        parts.append(assess(text, memory, now))
        if text.strip():
            hostile.append(review(text))
        tail = piece[-OVERLAP_CHARS:]
    if not parts:
        parts = [Assessment()]
    verdict = _Hostility(
        any(h.hostile for h in hostile),
        tuple(dict.fromkeys(r for h in hostile for r in h.reasons)),
        next((h.rewrite for h in hostile if h.rewrite), ""),
    )
    return _merge(parts), verdict


def run(stdin: TextIO, stdout: TextIO, *, rewrite: bool = False) -> int:
    """Classify every line of `stdin`, writing one JSON object per line to `stdout`; with
    `rewrite`, a line judged hostile also gets `"rewrite"`: the calmer version that keeps its
    points."""
    review = _load_review()
    memory = CrisisMemory()
    for pieces in _lines(stdin):
        now = datetime.now(UTC)
        assessment, hostility = _classify_line(pieces, memory, now, review)
        memory = update_memory(memory, assessment, now)
        record = {
            "crisis": assessment.crisis,
            "level": assessment.level,
            "language": assessment.language,
            "hostile": hostility.hostile,
            "categories": list(assessment.categories),
            "reasons": list(assessment.reasons),
            "hostile_reasons": list(hostility.reasons),
            "distress": assessment.distress,
            "means_seeking": assessment.means_seeking,
        }
        if rewrite and hostility.hostile:
            record["rewrite"] = hostility.rewrite
        try:
            stdout.write(json.dumps(record) + "\n")
            stdout.flush()
        except BrokenPipeError:
            return 0
    return 0
