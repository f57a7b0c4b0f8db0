"""Which language a message is written in, offline, to speak the person's language.

Uses the detector the app registers with `use_detector` (the crisis check's,
`bot.safety.language.detect`, so one message is classified once), otherwise py3langid directly
(its model ships inside the package). A message only counts when it has at least `MIN_WORDS`
words of its own language: "ok", "2" or a name say nothing about a language, and neither do the
English words everyone borrows (`BORROWED`: "bye", "sorry", "random") or names written with a
capital letter inside a sentence ("Google"), so "ash olvídalo. bye" is not English. Those words are
left out and what remains is asked again: both answers must agree. `own_words` counts what is left,
which `bot.i18n.person` weighs before leaving the language already in use.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from bot.primitives.turn_memo import within_turn

MIN_WORDS = 3
MIN_CONFIDENCE = 0.8
KNOWN = ("en", "es", "de", "fr", "pt", "it")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_NAMED = re.compile(r"(?<=[^\s.!?¡¿])(\s+)[^\W\d_]*[A-ZÁÉÍÓÚÑ][^\W\d_]*")
BORROWED: dict[str, frozenset[str]] = {
    "en": frozenset(
        """ok okay oki okey okis bye bai byebye sorry sry thanks thank thx ty cool random crush
        nice please plis pls wow lol lmao omg hello hi hey yes yeah yep nope bro sis fan team
        boss job jobs online email mail feedback meeting call chat link post spam fail cringe
        mood vibe vibes weekend ghosting ghosted stalker chill whatever damn crazy wtf idk super
        startup manager recruiter hr linkedin whatsapp fuck shit fck""".split()
    )
}
"""Per language: its words people mix into messages in other languages; they never tell which
language a message is in."""
_lock = threading.Lock()
_identifier: Any = None


def _own_detect(text: str) -> str | None:
    global _identifier
    with _lock:
        if _identifier is None:
            # lazy: start-up time (the model loads on the first message that asks)
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            ident.set_languages(list(KNOWN))
            _identifier = ident
    found, confidence = _identifier.classify(text)
    return str(found) if confidence >= MIN_CONFIDENCE else None


_detector: Callable[[str], str | None] = _own_detect


def use_detector(detect: Callable[[str], str | None]) -> None:
    """Classify messages with `detect` from now on (the composition root's choice)."""
    global _detector
    _detector = detect


def _without_borrowed(text: str, lang: str, words: list[str] | None = None) -> str:
    """`text` without names inside a sentence and without the words of `lang` others borrow;
    `words` are the text's `_WORDS`, when already found."""
    borrowed = BORROWED.get(lang, frozenset())
    if text.lower() == text:  # no capital letter, so no name to take out
        unnamed = text
    else:
        unnamed, words = _NAMED.sub(r"\1", text), None
    if words is None:
        words = _WORDS.findall(unnamed)
    if borrowed.isdisjoint(map(str.lower, words)):
        return unnamed  # no borrowed word: nothing to take out, word by word
    return _WORDS.sub(lambda m: "" if m.group(0).lower() in borrowed else m.group(0), unnamed)


def own_words(text: str, lang: str) -> int:
    """How many words of `text` count as evidence for `lang` (not borrowed, not names)."""
    return len(_WORDS.findall(_without_borrowed(text, lang)))


@within_turn
def detect_language(text: str) -> str | None:
    """The language `text` is written in (`es`), or None when it is too short to tell (told
    once a turn: the person's language and several checks ask)."""
    words = _WORDS.findall(text)
    if len(words) < MIN_WORDS:
        return None
    found = _detector(text)
    if found is None:
        return None
    rest = _without_borrowed(text, found, words)
    if rest == text:
        return found
    if len(_WORDS.findall(rest)) < MIN_WORDS:
        return None
    return found if _detector(rest) == found else None
