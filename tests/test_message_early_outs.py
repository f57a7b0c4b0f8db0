"""Early outs in checks run on every message give what the checks gave without them: a "stop"
said on its own (English and Spanish words for the command), a message made only of goodbyes
and thanks, and an amount of time said on its own or around a silence, over the development
sets' lines and made-up texts."""

from __future__ import annotations

import contextvars
import re
from pathlib import Path

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core import commands
from bot.core.commands import GLOBAL_WORDS, STOP_WORDS, stop_said
from bot.i18n.current import _, use_language
from bot.primitives.text import fold
from bot.understanding import freetext, situation, situation_told
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted(DATA.glob("understanding_dev*.yaml")) + sorted(DATA.glob("crisis_dev*.yaml"))
MADE_UP = [
    "stop",
    "ok stop",
    "STOP.",
    "please just stop now",
    "parar",
    "ya parar por favor",
    "stop, i need a minute",
    "thanks, bye",
    "ok thanks. gotta go",
    "im done, going to bed. thanks i guess",
    "bye!",
    "thanks",
    "the interview, 5 weeks.",
    "cinco semanas",
    "ghosted for 3 weeks",
    "no reply for ten days",
    "2 months after the final interview",
    "hace un mes",
    "",
]


def lines() -> list[str]:
    return [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))] + MADE_UP


def stop_said_unshortened(text: str) -> bool:
    said = " ".join(text.lower().replace("’", "'").split())
    if not said or len(said.split()) > STOP_WORDS:
        return False
    word = fold(_(GLOBAL_WORDS["stop"]))
    local = said if word == "stop" else said.replace(word, "stop")
    return commands._STOP.search(local) is not None


def all_closing_unshortened(said: str) -> bool:
    parts = [freetext._HEDGE_END.sub("", p) for p in freetext._PARTS.split(said.strip(" .!,")) if p]
    leaving = [bool(freetext._LEAVING.match(p)) for p in parts]
    closing = all(
        go or bool(freetext._THANKS.match(p)) for p, go in zip(parts, leaving, strict=True)
    )
    return len(parts) > 1 and any(leaving) and closing


def bare_amount_unshortened(said: str) -> tuple[str, int] | None:
    m = situation_told._amounts(situation._NUM_ANY)[0].search(said.strip())
    count = None if m is None else situation._any_number(m.group(1))
    if m is None or count is None:
        return situation_told.silence_for(said, situation._NUM_ANY, situation._any_number)
    unit, days = situation_told._BARE_UNITS[m.group(2)]
    return f"{count} {unit}{'s' if count != 1 else ''} ago", count * days


def bare_amount(said: str) -> tuple[str, int] | None:
    return situation_told.bare_amount(said, situation._NUM_ANY, situation._any_number)


def said(text: str) -> str:
    return re.sub(r"\s+", " ", text.lower())


def test_stop_said_as_without_the_early_out() -> None:
    texts = lines()
    assert [stop_said(t) for t in texts] == [stop_said_unshortened(t) for t in texts]
    assert sum(stop_said(t) for t in texts) >= 3


def test_stop_said_in_another_language_as_without_the_early_out() -> None:
    texts = lines()

    def both() -> tuple[list[bool], list[bool]]:
        use_language("es", {GLOBAL_WORDS["stop"]: "Parar"})
        return [stop_said(t) for t in texts], [stop_said_unshortened(t) for t in texts]

    fast, slow = contextvars.copy_context().run(both)
    assert fast == slow
    assert any(fast)


def test_all_closing_as_without_the_early_out() -> None:
    texts = [said(t) for t in lines()]
    assert [freetext._all_closing(t) for t in texts] == [all_closing_unshortened(t) for t in texts]
    assert any(freetext._all_closing(t) for t in texts)


def test_an_amount_of_time_as_without_the_early_out() -> None:
    texts = [situation._said(t) for t in lines()]
    assert [bare_amount(t) for t in texts] == [bare_amount_unshortened(t) for t in texts]
    assert sum(1 for t in texts if bare_amount(t)) >= 5


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdegkhimnoprstuwy 0123456789.!,;'?", max_size=50))
def test_any_text(text: str) -> None:
    assert stop_said(text) == stop_said_unshortened(text)
    assert freetext._all_closing(text) == all_closing_unshortened(text)
    assert bare_amount(text) == bare_amount_unshortened(text)
