"""Answers found in play-testing: "im done, going to bed. thanks i guess" at a weekly check-in
question is a kind goodbye (not asked again, not a vent); "voy a esperar" at a draft's hold
question holds it without a reminder nobody asked for (one is offered), while words that ask
("remind me tomorrow") or a tapped button still set it; "va, agrégalo" is a yes that adds the
step ("agregar" and "añadir" are one word for the matcher)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import StepRef, Turn, UserKey
from bot.understanding.freetext import reads_as_leaving
from bot.understanding.yesno import polarity
from tests.conftest import make_settings
from tests.placing import place_of, put_at
from tests.replies import said

SUNDAY = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)
KEY = UserKey("console", "local", "kim")
SPANISH = {"locale": "es-MX", "tz": "UTC"}


@pytest.mark.parametrize(
    "text",
    [
        "im done, going to bed. thanks i guess",
        "going to bed, thanks",
        "no thanks. im done",
        "thanks, bye",
    ],
)
def test_a_goodbye_in_several_parts_is_leaving(text: str) -> None:
    assert reads_as_leaving(text)


@pytest.mark.parametrize(
    "text",
    [
        "im done, but i feel awful",
        "i guess im done with applying, its hopeless",
        "thanks, i guess",
        "im done, going to bed? or should i apply",
    ],
)
def test_words_that_go_on_are_not_leaving(text: str) -> None:
    assert not reads_as_leaving(text)


def test_va_is_a_yes() -> None:
    assert polarity("va, agregalo")[0] == "yes"
    assert polarity("va")[0] == "yes"


@pytest.mark.parametrize("text", ["va a estar difícil", "va bien el proceso", "va muy lento"])
def test_va_opening_a_sentence_is_no_yes(text: str) -> None:
    assert polarity(text)[0] is None


@pytest.fixture
async def bot(tmp_path: Path) -> AsyncIterator[App]:
    built = await build_app(make_settings(tmp_path, checkins=False))
    built.engine.clock = lambda: SUNDAY
    yield built
    await built.close()


async def _start(bot: App, **turn: str) -> None:
    await bot.engine.handle(Turn(KEY, text="hola" if turn else "hi", **turn))  # type: ignore[arg-type]


async def _listing(bot: App, **turn: str) -> str:
    await bot.engine.handle(Turn(KEY, text="menu", **turn))  # type: ignore[arg-type]
    return said((await bot.engine.handle_detailed(Turn(KEY, text="/checkins", **turn))).replies)  # type: ignore[arg-type]


@pytest.mark.parametrize("step", ["open", "step", "again"])
async def test_going_to_bed_at_the_weekly_check_in_is_a_kind_goodbye(bot: App, step: str) -> None:
    await _start(bot)
    await put_at(bot, KEY, "checkin_weekly", step, asked=True)
    reply = await bot.engine.handle_detailed(
        Turn(KEY, text="im done, going to bed. thanks i guess")
    )
    conv = await place_of(bot, KEY)
    assert conv.flow in (None, "goodbye"), said(reply.replies)
    assert "Take care" in said(reply.replies)


@pytest.mark.parametrize("step", ["decide", "risky", "send_brake"])
async def test_ill_wait_holds_the_draft_without_a_reminder(bot: App, step: str) -> None:
    await _start(bot, **SPANISH)
    await put_at(bot, KEY, "draft", step, asked=True)
    reply = await bot.engine.handle_detailed(Turn(KEY, text="voy a esperar", **SPANISH))  # type: ignore[arg-type]
    conv = await place_of(bot, KEY)
    assert (conv.flow, conv.step) == ("draft", "hold_offer"), said(reply.replies)
    assert "Te escribo" not in said(reply.replies)
    await bot.engine.handle(Turn(KEY, text="no, gracias", **SPANISH))  # type: ignore[arg-type]
    assert "No tienes seguimientos pendientes" in await _listing(bot, **SPANISH)


async def test_a_yes_to_the_offer_sets_the_reminder(bot: App) -> None:
    await _start(bot)
    await put_at(bot, KEY, "draft", "risky", asked=True)
    await bot.engine.handle(Turn(KEY, text="ill wait"))
    reply = await bot.engine.handle_detailed(Turn(KEY, text="yes please"))
    assert "I'll check in on Monday 7 December" in said(reply.replies)
    assert "1. Mon 7 Dec" in await _listing(bot)


@pytest.mark.parametrize("text", ["hold it and remind me tomorrow", "recuérdamelo mañana"])
async def test_words_that_ask_for_the_reminder_set_it(bot: App, text: str) -> None:
    turn = SPANISH if "recu" in text else {}
    await _start(bot, **turn)
    await put_at(bot, KEY, "draft", "decide", asked=True)
    reply = await bot.engine.handle_detailed(Turn(KEY, text=text, **turn))  # type: ignore[arg-type]
    assert (await place_of(bot, KEY)).step == "after", said(reply.replies)


async def test_a_tapped_hold_button_keeps_its_reminder(bot: App) -> None:
    await _start(bot)
    await put_at(bot, KEY, "draft", "risky", asked=True)
    asked = (await place_of(bot, KEY)).meta.get("asked", 0)
    at = StepRef("draft", "risky", int(asked) if isinstance(asked, int) else 0)
    reply = await bot.engine.handle_detailed(Turn(KEY, choice="hold", at=at))
    assert "I'll check in on" in said(reply.replies)


@pytest.mark.parametrize("step", ["feedback_email", "practise", "applying"])
async def test_va_agregalo_adds_the_step(bot: App, step: str) -> None:
    await _start(bot, **SPANISH)
    await put_at(bot, KEY, "plan", step, asked=True)
    reply = await bot.engine.handle_detailed(Turn(KEY, text="va, agrégalo", **SPANISH))  # type: ignore[arg-type]
    text = said(reply.replies)
    assert "¿Quisiste decir" not in text
    assert (await place_of(bot, KEY)).step != step, text
