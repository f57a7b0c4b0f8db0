"""Taking borrowed words out before the language is asked again (`bot.i18n.detect`) skips the
word-by-word pass when no word is borrowed, the look for names when there is no capital letter,
and the search for words when they were already found: that never changes the text that is
left, on every line of the understanding and crisis development sets (as typed and in lower
case), in each language."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.i18n import detect
from tests.dev_texts import texts_in

DATA = Path(__file__).parent / "data"
SETS = sorted([*DATA.glob("understanding_dev*.yaml"), *DATA.glob("crisis_*.yaml")])


def _word_by_word(text: str, lang: str) -> str:
    borrowed = detect.BORROWED.get(lang, frozenset())
    unnamed = detect._NAMED.sub(r"\1", text)
    return detect._WORDS.sub(
        lambda m: "" if m.group(0).lower() in borrowed else m.group(0), unnamed
    )


def test_the_text_left_is_the_same() -> None:
    lines = [t for path in SETS for t in texts_in(yaml.safe_load(path.read_text("utf-8")))]
    lines += ["Sorry, Google said OK bye", "ok", "", "THANKS Bro", "ash olvídalo. bye"]
    assert len(lines) > 2000
    changed = 0
    for line in [*lines, *(t.lower() for t in lines)]:
        words = detect._WORDS.findall(line)
        for lang in detect.KNOWN:
            left = detect._without_borrowed(line, lang)
            assert left == _word_by_word(line, lang), (line, lang)
            assert detect._without_borrowed(line, lang, words) == left, (line, lang)
            changed += left != line
    assert changed
