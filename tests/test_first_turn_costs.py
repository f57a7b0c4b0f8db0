"""A new person's first turn, made cheaper, answers exactly as before: each shortcut is held equal
to the plain path it stands in for, and the turn leaves nothing behind for the garbage collector.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.app import App
from bot.core.commands import GLOBAL_WORDS, Command, canonical, parse_command
from bot.core.conditions import holds
from bot.core.context import TurnContext
from bot.core.model import Text, Turn, UserKey
from bot.core.render import is_plain, render, render_lazily
from bot.core.render import render as render_template
from bot.core.text import fold
from bot.core.walker import Walker
from bot.i18n.current import SOURCE, _, use_language
from bot.i18n.zones import locale_zone

pytestmark = pytest.mark.timeout(60)


@contextmanager
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def first_turn(n: int, text: str = "/rejected") -> Turn:
    return Turn(key=UserKey("discord", "1", str(700 + n)), text=text, event_id=f"ft:{n}")


# ---- action arguments ---------------------------------------------------------------------------


def plain_render_args(walker: Walker, ctx: TurnContext, args: dict[str, Any]) -> dict[str, Any]:
    """Every argument's templates filled in, the way the walker always did it."""
    values = walker.variables(ctx)

    def conv(v: Any) -> Any:
        if isinstance(v, str):
            return v if is_plain(v) else render_template(v, values).plain
        if isinstance(v, list):
            return [conv(x) for x in v]
        if isinstance(v, dict):
            return {k: conv(x) for k, x in v.items()}
        return v

    return {k: conv(v) for k, v in args.items()}


ARG_TEXT = st.sampled_from(["plain", "{name}", "{{x}}", "a {missing} b", "", "}"])
ARGS = st.recursive(
    ARG_TEXT | st.integers() | st.booleans() | st.none(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text("ab", max_size=2), inner),
    max_leaves=8,
)


@pytest.fixture
async def walker_ctx(app: App) -> tuple[Walker, TurnContext]:
    seen: list[TurnContext] = []

    async def spy(ctx: TurnContext, text: str) -> bool:
        seen.append(ctx)
        return False

    app.engine.inspectors = [spy, *app.engine.inspectors]
    await app.engine.handle(first_turn(1))
    ctx = seen[0]
    ctx.conv.vars["name"] = "Sam *b*"
    return app.engine.walker, ctx


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(args=st.dictionaries(st.text("xyz", max_size=3), ARGS, max_size=4))
def test_action_arguments_are_what_the_plain_rendering_gives(
    walker_ctx: tuple[Walker, TurnContext], args: dict[str, Any]
) -> None:
    walker, ctx = walker_ctx
    got = walker._render_args(ctx, args)
    assert got == plain_render_args(walker, ctx, args)
    assert got is not args
    for key, value in args.items():  # lists and dicts are fresh: an action may change its own
        if isinstance(value, list | dict):
            assert got[key] is not value


# ---- nothing left for the collector -------------------------------------------------------------


async def test_a_first_turn_leaves_no_cycles_behind(app: App) -> None:
    await app.engine.handle(first_turn(0))  # warm: what is built once is built here
    with collector_off():
        for n in range(2, 6):
            replies = await app.engine.handle(first_turn(n))
            assert replies
        del replies
        assert gc.collect() == 0


# ---- command words ---------------------------------------------------------------------------


def canonical_plainly(word: str) -> str:
    """The English command of a word in the current language, worked out afresh every time."""
    for english, marked in GLOBAL_WORDS.items():
        if word == fold(_(marked)):
            return english
    return word


CATALOGUES: list[dict[str, str]] = [
    {},
    {"help": "ayuda", "menu": "Menú", "stop": "parar"},
    {"help": "Hilfe!", "menu": "hilfe", "stop": "Stop"},  # two commands share a word
]


@given(
    word=st.sampled_from(["help", "menu", "stop", "ayuda", "menu", "parar", "hilfe", "rejected"])
    | st.text("ahelpmnustoy", max_size=6),
    which=st.integers(0, len(CATALOGUES) - 1),
)
def test_a_command_word_is_read_as_the_plain_reading_gives(word: str, which: int) -> None:
    use_language("xx", CATALOGUES[which])
    try:
        assert canonical(word) == canonical_plainly(word)
    finally:
        use_language(SOURCE)


async def test_command_words_in_every_shipped_language(app: App) -> None:
    for code, texts in app.flows.code_texts.items():
        use_language(code, texts)
        try:
            for marked in GLOBAL_WORDS.values():
                word = fold(_(marked))
                assert canonical(word) == canonical_plainly(word)
                assert parse_command("/" + word) == Command(canonical_plainly(word), "", True)
        finally:
            use_language(SOURCE)


# ---- a locale's zone ---------------------------------------------------------------------------


def test_a_locales_zone_is_what_working_it_out_gives() -> None:
    from babel.localedata import locale_identifiers

    for locale in [*locale_identifiers(), "en-US", "es-MX", "pt_BR", "es", "", None, "xx-ZZ"]:
        for spelled in {locale, locale.replace("_", "-")} if locale else {locale}:
            assert locale_zone(spelled) == locale_zone.__wrapped__(spelled), spelled


# ---- the first step's words ----------------------------------------------------------------------


@given(st.text(alphabet="ab {}_nme", max_size=24))
def test_a_plain_message_made_once_is_the_message_made_afresh(template: str) -> None:
    made = render_lazily(template, lambda: {"name": "Sam"})
    assert made == render(template, {"name": "Sam"})
    if is_plain(template):
        assert made == Text.of(template)
        assert made is render_lazily(template, dict)  # the same one, which never changes


async def test_branching_reads_the_variables_as_the_plain_walk_does(app: App) -> None:
    walker = app.engine.walker
    seen: list[TurnContext] = []

    async def spy(ctx: TurnContext, text: str) -> bool:
        seen.append(ctx)
        return False

    app.engine.inspectors = [spy, *app.engine.inspectors]
    await app.engine.handle(first_turn(9))
    ctx = seen[0]
    for flow in app.flows.flows.values():
        for step in flow.steps.values():
            if step.kind != "branch":
                continue
            for returning in ("yes", "no"):
                ctx.conv.vars["is_returning"] = returning
                plain = next(
                    (
                        c.target
                        for c in step.branch
                        if c.when is None or holds(c.when, walker.variables(ctx))
                    ),
                    None,
                )
                assert walker._branch(ctx, step) == plain, (flow.id, step.id)
