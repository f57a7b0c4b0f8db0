"""Saying back what a person told about their rejection, once: the welcome's actions.

- `news_heard`: on the first message, one warm line meeting the news it tells ("hi, just got
  rejected after 4 rounds": "I'm sorry. 4 rounds and then a no: that really hurts."), said
  before the bot introduces itself; nothing for a plain "hi" (`first_news.news_line`).
- `situation_ack`: say back the situation as far as it is known ("Final round, by email:
  that's a hard one."), unless the first message's line already met the same situation.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import TurnContext
from bot.understanding.first_news import NEWS_MET, news_facts, news_line, said_back
from bot.understanding.situation import acknowledge


def register(registry: ActionRegistry) -> None:
    """Add the `news_heard` and `situation_ack` actions to `registry`."""

    @registry.register("news_heard")
    async def news_heard(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Meet the news this message tells, in one line, and remember what it met."""
        text = ctx.turn.text or ""
        line = news_line(text)
        met = news_facts(text)
        ctx.meta.pop(NEWS_MET, None)
        if line:
            ctx.say(line)
        if line and met is not None:
            ctx.meta[NEWS_MET] = met

    @registry.register("situation_ack")
    async def situation_ack(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Say back the situation as far as it is known, in one line, unless the first
        message's line met this very situation (nothing learned since)."""
        met = ctx.meta.pop(NEWS_MET, None)
        if isinstance(met, dict) and met == said_back(ctx.vars):
            return
        line = acknowledge(ctx.vars)
        if line:
            ctx.say(line)
