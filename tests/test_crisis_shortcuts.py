"""The crisis check's shortcuts never change an answer: each is held equal, on every line of the
crisis and understanding development sets, to the longer way round it replaces."""

from __future__ import annotations

import contextvars
import re
from collections.abc import Collection
from functools import cache
from pathlib import Path

import yaml

from bot.primitives.turn_memo import new_turn
from bot.safety import crisis
from bot.safety.crisis import DISTRESS_BAR, MODEL_JOKE, MODEL_POSSIBLE
from bot.safety.normalise import normalise
from bot.safety.patterns import GRAM_LIMIT, pad
from bot.safety.risk_topics import distress_score, touches_risk
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted([*DATA.glob("crisis_*.yaml"), *DATA.glob("understanding_dev*.yaml")])
SCORES = [0.0, 0.1, 0.189, 0.19, 0.1901, 0.25, 0.3599, 0.36, 0.3601, 0.5, 1.0]


@cache
def dev_lines() -> list[str]:
    return [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))]


def test_the_sets_are_there() -> None:
    assert len(SETS) >= 8
    assert len(dev_lines()) > 2000


def test_distress_score_looks_for_a_topic_only_when_it_matters() -> None:
    flags = min(MODEL_JOKE, MODEL_POSSIBLE)
    for line in dev_lines():
        normal = pad(normalise(line))
        for language in ("en", None):
            named = touches_risk(normal, line, language)
            for score in SCORES:
                plain = score if score >= DISTRESS_BAR or named else min(score, flags - 0.01)
                quick = distress_score(score, normal, line, language, bars=(flags, DISTRESS_BAR))
                assert quick == plain, (line, language, score)


def _patterns_in_order(live: Collection[int]) -> list[tuple[int, list[re.Pattern[str]]]]:
    """The longer way round: every rule in order, every pattern of it, the live ones kept."""
    out = []
    for n, (_, group) in enumerate(crisis._RULES):
        patterns = [regex for pid, regex in group if pid in live]
        if patterns:
            out.append((n, patterns))
    return out


def test_the_scan_visits_the_live_patterns_in_rule_order() -> None:
    for n, line in enumerate(dev_lines()):
        text = pad(normalise(line))
        for prefilter in (True, False) if n < 200 else (True,):
            live = crisis._INDEX.live(text, prefilter)
            assert sorted(crisis._live_rules(live).items()) == _patterns_in_order(live)


def test_a_pattern_the_prefilter_leaves_out_never_matches() -> None:
    """Every pattern `live` leaves out (its key, or one of its other required parts, is not in
    the text) is one the regex itself does not match, on every line, as typed and run together
    past the length where the text is no longer cut in pieces."""
    patterns = [entry for g in range(len(crisis.RULES) + 1) for entry in crisis._INDEX.group(g)]
    lines = dev_lines()
    texts = [pad(normalise(line)) for line in lines]
    texts += [pad(normalise(" ".join(lines[i : i + 120]))) for i in range(0, 2400, 120)]
    assert any(len(t) > GRAM_LIMIT for t in texts)
    left_out = 0
    for text in texts:
        new_turn()
        live = crisis._INDEX.live(text)
        for pid, regex in patterns:
            if pid not in live:
                left_out += 1
                assert regex.search(text) is None, (regex.pattern, text[:200])
    assert left_out > len(texts) * len(patterns) * 0.9  # it does leave most of them out


def test_the_pieces_shared_within_a_turn_give_the_same_assessment() -> None:
    def in_a_turn(line: str) -> crisis.Assessment:
        new_turn()
        return crisis.assess(line)

    for line in dev_lines()[::4]:  # a quarter of the lines: the whole check runs twice on each
        outside = contextvars.Context().run(crisis.assess, line)
        assert contextvars.Context().run(in_a_turn, line) == outside, line
