"""A large alternation built by `bot.primitives.alternation.any_of` (groups not capturing,
alternatives grouped by their first character) matches exactly where the plain alternation does:
checked piece by piece, and for the crisis check's risk topics on every line of the crisis and
understanding development sets, in each language."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from bot.primitives.alternation import alternatives, any_of, factored, uncaptured
from bot.safety import risk_topics
from bot.safety.normalise import collapse_runs, normalise
from bot.safety.patterns import pad
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted([*DATA.glob("crisis_*.yaml"), *DATA.glob("understanding_dev*.yaml")])


def dev_lines() -> list[str]:
    return [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))]


def test_pieces() -> None:
    assert alternatives(r"a|b(c|d)|[|(]x|\|y") == ["a", "b(c|d)", "[|(]x", r"\|y"]
    assert uncaptured(r"(a|(?:b))(?<!c)[(]\(d") == r"(?:a|(?:b))(?<!c)[(]\(d"
    assert factored(["kill", "kiss", "cut", "(x)", "k"]) == "k(?:ill|iss|)|cut|(x)"
    assert factored(["a?b", "ab"]) == "ab|a?b"  # a quantified first character stays whole


@pytest.mark.parametrize(
    "pattern",
    [r"kill\w*|kiss|cut(s|ting)?|\d+ pills|(no|not) more|k|a?b|[ab]c|rest(?! of)", r"x{2}y|xz"],
)
def test_same_matches_as_the_plain_alternation(pattern: str) -> None:
    plain = re.compile(rf"(?<![a-z])(?:{pattern})(?![a-z])")
    quick = any_of([pattern], r"(?<![a-z])", r"(?![a-z])")
    assert quick.groups == 0
    for text in [
        "kill",
        "i kills",
        "cuts and kisses",
        "3 pills",
        "not more",
        "k",
        "b",
        "ab",
        "bc",
        "rest",
        "rest of",
        "xxy",
        "xz",
        "xy",
        "kiss me",
        "skill",
    ]:
        assert (plain.search(text) is None) is (quick.search(text) is None), text


def _plain(patterns: list[str]) -> re.Pattern[str]:
    return re.compile(collapse_runs(r"(?<![a-z])(?:" + "|".join(patterns) + r")(?![a-z])"))


def test_risk_topics_match_as_the_plain_alternation() -> None:
    t = risk_topics
    by_language = {"en": t._EN, "es": t._ES, "de": t._DE, "fr": t._FR, "pt": t._PT, "it": t._IT}
    pairs = [(t._ALL, _plain([p for ps in by_language.values() for p in ps]))]
    pairs += [(t._BY_LANGUAGE[lang], _plain(ps)) for lang, ps in by_language.items()]
    normals = {n for line in dev_lines() for n in (pad(normalise(line)), normalise(line))}
    normals |= {t._EVERYDAY_USES.sub(" _ ", n) for n in normals}
    for quick, plain in pairs:
        found = [quick.search(n) is not None for n in sorted(normals)]
        assert found == [plain.search(n) is not None for n in sorted(normals)]
        assert any(found) and not all(found)


def test_uncaptured_expressions_match_the_same_spans() -> None:
    from bot.safety import everyday_cues, foreign_cues, said_lightly

    everyday = everyday_cues._EVERYDAY
    captured = [
        (everyday, re.compile(everyday.pattern.replace("(?:", "("))),
        (foreign_cues._FIND, foreign_cues._CUES),
        (said_lightly._PATTERN, re.compile(said_lightly._PATTERN.pattern.replace("(?:", "("))),
    ]
    texts = sorted({pad(normalise(line)) for line in dev_lines()})
    for quick, plain in captured:
        assert quick.groups == 0 and plain.groups > 0
        spans = [[m.span() for m in quick.finditer(text)] for text in texts]
        assert spans == [[m.span() for m in plain.finditer(text)] for text in texts]
        assert sum(map(bool, spans)) > 20
