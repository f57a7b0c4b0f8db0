"""Mood history: recording a 1-5 score and/or a few words, and showing the trend.

`mood_record` stores through the store's `add_mood` (the words are encrypted there).
`mood_show` takes each local day's latest score and draws the days as a compact sparkline
(`3 Mar ▁▃▅▆█ 17 Mar`), the lowest block for 1 and the full block for 5. It sets variables for
the flow to phrase: `mood_trend`, `has_moods`, `mood_count`, `mood_days` and `mood_change`
(`up`, `down` or `steady`, comparing the earlier half of the days with the later half).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

from bot.checkins import access
from bot.checkins.prefs import Prefs
from bot.checkins.timing import to_wall
from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.core.ports import MoodEntry
from bot.i18n.spoken import format_month_day

BLOCKS = "▁▂▃▄▅▆▇█"
MAX_WORDS = 1000
DEFAULT_DAYS = 14


def register(registry: ActionRegistry) -> None:
    registry.register("mood_record", sets=["mood_saved"], optional=["score_var", "words_var"])(
        mood_record
    )
    registry.register(
        "mood_show",
        sets=["mood_trend", "has_moods", "mood_count", "mood_days", "mood_change"],
        optional=["days"],
    )(mood_show)


def parse_score(value: object) -> int | None:
    """A 1-5 score from `3`, `"3"`, `"3/5"`, `" 4 "`; None for anything else."""
    text = str(value if value is not None else "").strip().split("/")[0].strip()
    if text.isdigit() and 1 <= int(text) <= 5:
        return int(text)
    return None


async def mood_record(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Store the score in variable `score_var` and the words in `words_var` (either may be
    unset); sets `mood_saved` to `yes` when something was stored."""
    score_var, words_var = args.get("score_var"), args.get("words_var")
    score = parse_score(ctx.vars.get(str(score_var))) if score_var else None
    words_raw = ctx.vars.get(str(words_var)) if words_var else None
    words = str(words_raw).strip()[:MAX_WORDS] if words_raw not in (None, "") else None
    if score is None and not words:
        ctx.vars["mood_saved"] = "no"
        return
    await ctx.tx.add_mood(ctx.key, score, words or None, at=ctx.now)
    ctx.vars["mood_saved"] = "yes"


def sparkline(days: Sequence[tuple[date, float]]) -> str:
    """`3 Mar ▁▃▅ 5 Mar` from (day, score) pairs, oldest first."""
    if not days:
        return ""
    marks = "".join(BLOCKS[round((min(5.0, max(1.0, s)) - 1) / 4 * 7)] for _, s in days)
    first, last = days[0][0], days[-1][0]
    start = format_month_day(first)
    if len(days) == 1:
        return f"{start} {marks}"
    return f"{start} {marks} {format_month_day(last)}"


def daily(entries: Sequence[MoodEntry], tz: ZoneInfo) -> list[tuple[date, float]]:
    """The latest score of each local day, oldest first (entries with words only are skipped):
    "awful" in the morning and "a 3" by evening is a 3 for that day, how they feel now. Scores
    stamped with the very same moment have no latest, so they are averaged."""
    by_day: dict[date, dict[datetime, list[int]]] = defaultdict(lambda: defaultdict(list))
    for e in entries:
        if e.score is not None:
            by_day[to_wall(e.created_at, tz).date()][e.created_at].append(e.score)
    latest = {d: at[max(at)] for d, at in by_day.items()}
    return [(d, sum(v) / len(v)) for d, v in sorted(latest.items())]


def change(days: Sequence[tuple[date, float]]) -> str:
    if len(days) < 2:
        return "steady"
    half = len(days) // 2
    early = sum(s for _, s in days[:half]) / half
    late = sum(s for _, s in days[-half:]) / half
    if late - early >= 0.5:
        return "up"
    if early - late >= 0.5:
        return "down"
    return "steady"


async def mood_show(ctx: TurnContext, args: Mapping[str, Any]) -> None:
    """Set `mood_trend` to the sparkline of the last `days` answered days (default 14)."""
    try:
        limit = max(1, min(60, int(args.get("days") or DEFAULT_DAYS)))
    except (TypeError, ValueError):
        limit = DEFAULT_DAYS
    prefs = await access.load(ctx) if access.has_sql(ctx) else Prefs()
    entries = await ctx.tx.list_moods(ctx.key)
    days = daily(entries, access.person_zone(ctx, prefs))[-limit:]
    ctx.vars["mood_count"] = str(sum(1 for e in entries if e.score is not None))
    ctx.vars["mood_days"] = str(len(days))
    ctx.vars["has_moods"] = "yes" if days else "no"
    ctx.vars["mood_trend"] = sparkline(days)
    ctx.vars["mood_change"] = change(days)
