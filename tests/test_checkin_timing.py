"""Pure check-in time arithmetic: horizons, DST in London and New York (both directions), quiet
hours, long horizons, the readers for what people type, and the pacer's arithmetic."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.checkins.pacing import Pacer, Pacing, Rule
from bot.checkins.prefs import match_timezone, parse_date, parse_pause, parse_quiet
from bot.checkins.timing import (
    Horizon,
    Quiet,
    TimingError,
    add_months,
    human_when,
    next_free_wall,
    parse_horizon,
    parse_time_of_day,
    plan_wall,
    to_utc,
    to_wall,
    zone,
)
from bot.core.model import UserKey

LONDON = zone("Europe/London")
NEW_YORK = zone("America/New_York")
NO_QUIET = Quiet(time(0), time(0))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1d", Horizon(days=1)),
        ("3d", Horizon(days=3)),
        ("2w", Horizon(days=14)),
        ("3mo", Horizon(months=3)),
        ("1y", Horizon(months=12)),
        ("2 weeks", Horizon(days=14)),
        ("a month", Horizon(months=1)),
        ("4h", Horizon(span=timedelta(hours=4))),
        ("30min", Horizon(span=timedelta(minutes=30))),
    ],
)
def test_parse_horizon(text: str, expected: Horizon) -> None:
    assert parse_horizon(text) == expected


@pytest.mark.parametrize("text", ["", "soon", "3m", "2 fortnights", "-1d"])
def test_parse_horizon_rejects_with_a_hint(text: str) -> None:
    with pytest.raises(TimingError, match="like 1d, 2w, 3mo"):
        parse_horizon(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00", time(10)),
        ("9", time(9)),
        ("9am", time(9)),
        ("6.30 pm", time(18, 30)),
        ("12am", time(0)),
        ("12pm", time(12)),
        ("18h30", time(18, 30)),
        ("evening", time(18)),
        ("ten", time(10)),  # a number in words is the clock time
    ],
)
def test_parse_time_of_day(text: str, expected: time) -> None:
    assert parse_time_of_day(text) == expected


@pytest.mark.parametrize("text", ["25:00", "13pm", "teatime", "10:75"])
def test_parse_time_of_day_rejects_without_echoing(text: str) -> None:
    with pytest.raises(TimingError) as err:
        parse_time_of_day(text)
    assert text not in str(err.value)


# ----- DST: the check-in keeps its local wall-clock time -----------------------------------


@pytest.mark.parametrize(
    ("tz", "before", "after_offset_h"),
    [
        # spring forward: London 29 Mar 2026 (GMT -> BST), New York 8 Mar 2026 (EST -> EDT)
        ("Europe/London", datetime(2026, 3, 28, 12, tzinfo=UTC), 1),
        ("America/New_York", datetime(2026, 3, 7, 17, tzinfo=UTC), -4),
        # fall back: London 25 Oct 2026 (BST -> GMT), New York 1 Nov 2026 (EDT -> EST)
        ("Europe/London", datetime(2026, 10, 24, 12, tzinfo=UTC), 0),
        ("America/New_York", datetime(2026, 10, 31, 16, tzinfo=UTC), -5),
    ],
)
def test_ten_oclock_stays_ten_oclock_across_the_change(
    tz: str, before: datetime, after_offset_h: int
) -> None:
    zi = zone(tz)
    for horizon in (Horizon(days=1), Horizon(days=14), Horizon(months=3)):
        wall = plan_wall(before, horizon, zi, time(10), Quiet())
        assert wall.time() == time(10)
        due = to_utc(wall, zi)
        assert to_wall(due, zi).time() == time(10)
    next_day = to_utc(plan_wall(before, Horizon(days=1), zi, time(10), Quiet()), zi)
    assert next_day.hour == 10 - after_offset_h
    # a naive "add 24 hours" would have been an hour off
    naive = to_utc(datetime.combine(to_wall(before, zi).date(), time(10)), zi) + timedelta(days=1)
    assert naive != next_day


@pytest.mark.parametrize(
    ("tz", "wall", "expected_utc", "expected_wall"),
    [
        # the skipped hour moves forward by the size of the gap
        (
            "Europe/London",
            datetime(2026, 3, 29, 1, 30),
            datetime(2026, 3, 29, 1, 30, tzinfo=UTC),
            datetime(2026, 3, 29, 2, 30),
        ),
        (
            "America/New_York",
            datetime(2026, 3, 8, 2, 30),
            datetime(2026, 3, 8, 7, 30, tzinfo=UTC),
            datetime(2026, 3, 8, 3, 30),
        ),
        # the repeated hour takes the first occurrence (still summer time)
        (
            "Europe/London",
            datetime(2026, 10, 25, 1, 30),
            datetime(2026, 10, 25, 0, 30, tzinfo=UTC),
            datetime(2026, 10, 25, 1, 30),
        ),
        (
            "America/New_York",
            datetime(2026, 11, 1, 1, 30),
            datetime(2026, 11, 1, 5, 30, tzinfo=UTC),
            datetime(2026, 11, 1, 1, 30),
        ),
    ],
)
def test_gap_moves_forward_and_repeat_takes_first(
    tz: str, wall: datetime, expected_utc: datetime, expected_wall: datetime
) -> None:
    zi = zone(tz)
    due = to_utc(wall, zi)
    assert due == expected_utc
    assert to_wall(due, zi) == expected_wall
    # and the same through planning, with quiet hours off
    day_before = to_utc(wall - timedelta(days=1), zi)
    planned = plan_wall(day_before, Horizon(days=1), zi, wall.time(), NO_QUIET)
    assert to_utc(planned, zi) == expected_utc


def test_hour_horizons_are_exact_spans_across_dst() -> None:
    start = datetime(2026, 3, 8, 5, 0, tzinfo=UTC)  # 00:00 EST in New York
    wall = plan_wall(start, Horizon(span=timedelta(hours=4)), NEW_YORK, time(10), NO_QUIET)
    assert to_utc(wall, NEW_YORK) == start + timedelta(hours=4)
    assert wall == datetime(2026, 3, 8, 5, 0)  # 4 real hours later the clocks say 05:00 EDT


# ----- quiet hours and long horizons --------------------------------------------------------


def test_quiet_hours_across_midnight() -> None:
    q = Quiet()
    assert q.contains(time(21)) and q.contains(time(23, 59)) and q.contains(time(8, 59))
    assert not q.contains(time(9)) and not q.contains(time(20, 59))
    assert q.leave(datetime(2026, 5, 1, 22, 30)) == datetime(2026, 5, 2, 9, 0)
    assert q.leave(datetime(2026, 5, 1, 6, 0)) == datetime(2026, 5, 1, 9, 0)
    assert q.leave(datetime(2026, 5, 1, 12, 0)) == datetime(2026, 5, 1, 12, 0)
    day = Quiet(time(13), time(14))
    assert day.leave(datetime(2026, 5, 1, 13, 30)) == datetime(2026, 5, 1, 14, 0)
    assert not NO_QUIET.contains(time(3))


def test_planned_time_leaves_quiet_hours() -> None:
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)
    wall = plan_wall(now, Horizon(days=2), LONDON, time(22, 30), Quiet())
    assert wall == datetime(2026, 5, 4, 9, 0)
    late = plan_wall(now, Horizon(span=timedelta(hours=10)), LONDON, time(10), Quiet())
    assert late == datetime(2026, 5, 2, 9, 0)  # 23:00 BST lands at the end of quiet hours


def test_months_beyond_platform_limits_and_month_ends() -> None:
    now = datetime(2026, 1, 31, 12, tzinfo=UTC)
    wall = plan_wall(now, Horizon(months=6), NEW_YORK, time(10), Quiet())
    assert wall == datetime(2026, 7, 31, 10, 0)
    assert to_utc(wall, NEW_YORK) - now > timedelta(days=120)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)
    assert add_months(date(2026, 11, 30), 3) == date(2027, 2, 28)


def test_next_free_wall_skips_busy_days_and_the_past() -> None:
    busy = {date(2026, 5, 2), date(2026, 5, 3)}
    found = next_free_wall(
        datetime(2026, 5, 2, 10),
        LONDON,
        Quiet(),
        after=datetime(2026, 5, 1, 12, tzinfo=UTC),
        is_free=lambda d: d not in busy,
    )
    assert found == datetime(2026, 5, 4, 10)
    past = next_free_wall(
        datetime(2026, 5, 1, 10),
        LONDON,
        Quiet(),
        after=datetime(2026, 5, 1, 12, tzinfo=UTC),
        is_free=lambda d: True,
    )
    assert past == datetime(2026, 5, 2, 10)


def test_human_when_reads_after_on() -> None:
    assert human_when(datetime(2026, 3, 3, 10), today=date(2026, 3, 1)) == (
        "Tuesday 3 March at 10:00"
    )
    assert human_when(datetime(2027, 1, 5, 9), today=date(2026, 12, 1)).endswith("2027 at 09:00")


# ----- what people type ---------------------------------------------------------------------


def test_parse_pause_periods_and_dates() -> None:
    now = datetime(2026, 5, 1, 12, tzinfo=UTC)  # 13:00 in London
    two_weeks = parse_pause("2 weeks", now, LONDON)
    assert two_weeks == datetime(2026, 5, 14, 23, tzinfo=UTC)  # 15 May 00:00 BST
    assert parse_pause("until 2026-12-01", now, LONDON) == datetime(2026, 12, 1, 0, tzinfo=UTC)
    assert parse_pause("till Dec 1", now, LONDON) == datetime(2026, 12, 1, 0, tzinfo=UTC)
    assert parse_pause("a month", now, LONDON) == datetime(2026, 5, 31, 23, tzinfo=UTC)
    for bad in ("2026-04-01", "forever and ever", "2029-01-01", "2026-02-30"):
        with pytest.raises(TimingError):
            parse_pause(bad, now, LONDON)


def test_parse_date_without_year_is_the_next_one() -> None:
    today = date(2026, 5, 1)
    assert parse_date("1 March", today) == date(2027, 3, 1)
    assert parse_date("June 3rd", today) == date(2026, 6, 3)
    assert parse_date("tomorrow", today) == date(2026, 5, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Europe/London", "Europe/London"),
        ("london", "Europe/London"),
        ("New York", "America/New_York"),
        ("america/new_york", "America/New_York"),
        ("UTC", "UTC"),
        ("Berlin", "Europe/Berlin"),
        ("uk", "Europe/London"),
    ],
)
def test_match_timezone(text: str, expected: str) -> None:
    assert match_timezone(text) == expected


def test_match_timezone_unknown_does_not_echo() -> None:
    with pytest.raises(TimingError) as err:
        match_timezone("@everyone land")
    assert "@everyone" not in str(err.value)


def test_parse_quiet() -> None:
    assert parse_quiet("22:00-08:00") == Quiet(time(22), time(8))
    assert parse_quiet("10pm to 7am") == Quiet(time(22), time(7))
    assert parse_quiet("none") == NO_QUIET


# ----- pacing arithmetic --------------------------------------------------------------------


def test_pacer_spaces_sends_per_scope_with_bursts() -> None:
    t = [0.0]
    pacer = Pacer(
        Pacing({"slack": (Rule("user", 1.0), Rule("workspace", 2.0, burst=2.0))}),
        monotonic=lambda: t[0],
    )
    a1, a2, b1 = (UserKey("slack", "T1", u) for u in ("u1", "u2", "u3"))
    other = UserKey("slack", "T2", "u1")
    # workspace T1: burst of 2, then one every 0.5 s
    assert [pacer.reserve(k) for k in (a1, a2, b1)] == [0.0, 0.0, 0.5]
    # the same person's DM channel: one a second
    assert pacer.reserve(a1) == pytest.approx(1.0)
    # another workspace is not held up by T1's backlog
    assert pacer.reserve(other) == 0.0
    # unpaced platforms never wait
    assert pacer.reserve(UserKey("console", "local", "x")) == 0.0
    t[0] = 10.0
    pacer.forget_idle()
    assert pacer.reserve(a1) == 0.0
