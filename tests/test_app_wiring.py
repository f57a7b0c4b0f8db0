"""The composition root's own behaviour: the throttled check-in notice lookup, and check-ins
routed to a platform whose adapter has not started yet."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from bot.app import App, at_most_every
from bot.core.context import Services, TurnContext
from bot.core.model import Conversation, Text, Turn, UserKey
from bot.core.ports import TransientSendError
from bot.runner import RoutingSender
from bot.store.inline import InlineConnection

KEY = UserKey("slack", "T1", "U1")


def context(conv: Conversation, now: datetime) -> TurnContext:
    return TurnContext(
        KEY,
        Turn(KEY, text="hi"),
        conv,
        tx=None,  # type: ignore[arg-type]
        now=now,
        rng=random.Random(1),
        services=Services(),
    )


async def test_the_notice_lookup_runs_at_most_once_per_period_per_person() -> None:
    calls: list[datetime] = []

    async def inspect(ctx: TurnContext, text: str) -> bool:
        calls.append(ctx.now)
        return False

    gated = at_most_every(inspect, timedelta(minutes=5), "checked_at")
    conv = Conversation()
    start = datetime(2026, 5, 1, 12, 0, tzinfo=UTC)
    for minutes in (0, 1, 4, 5, 6, 11):
        await gated(context(conv, start + timedelta(minutes=minutes)), "hi")
    assert [int((c - start).total_seconds() // 60) for c in calls] == [0, 5, 11]


async def test_a_checkin_for_a_platform_not_started_yet_is_retried_not_failed() -> None:
    router = RoutingSender()
    with pytest.raises(TransientSendError) as caught:
        await router.send(KEY, [Text.of("checking in")])
    assert caught.value.retry_after and caught.value.retry_after > 0

    sent: list[Any] = []

    class Slack:
        async def send(self, key: UserKey, replies: list[Any]) -> None:
            sent.append((key, replies))

    router.by_platform["slack"] = Slack()
    await router.send(KEY, [Text.of("checking in")])
    assert sent and sent[0][0] == KEY


async def test_a_first_message_skips_the_notice_lookup_a_returning_person_gets_it(
    app: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    inline = app.store._inline
    assert inline is not None  # a SQLite file: the turn's statements run on this engine
    statements: list[str] = []

    def seen(conn: Any, cursor: Any, statement: str, *args: Any) -> None:
        statements.append(statement)

    asked = InlineConnection.finds

    def finds(self: InlineConnection, sql: str, params: Any) -> bool:
        statements.append(sql)  # the quick check asked of the driver directly
        return asked(self, sql, params)

    monkeypatch.setattr(InlineConnection, "finds", finds)
    event.listen(inline, "before_cursor_execute", seen)
    try:
        new = UserKey("console", "local", "new-person")
        assert await app.engine.handle(Turn(new, text="hello"))
        assert not [s for s in statements if "checkins" in s]  # nobody new has check-ins
        await app.engine.handle(Turn(new, text="menu"))
        assert [s for s in statements if "checkins" in s]  # now they might: looked up
    finally:
        event.remove(inline, "before_cursor_execute", seen)
