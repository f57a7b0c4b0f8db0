"""Which language a message is written in, offline, to speak the person's language.

Uses the detector the app registers with `use_detector` (the crisis check's,
`bot.safety.language.detect`, so one message is classified once), otherwise py3langid directly
(its model ships inside the package). A message only counts when it has at least `MIN_WORDS`
words: "ok", "2" or a name say nothing about a language.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

MIN_WORDS = 3
MIN_CONFIDENCE = 0.8
KNOWN = ("en", "es", "de", "fr", "pt", "it")
_WORDS = re.compile(r"[^\W\d_]{2,}")
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


def detect_language(text: str) -> str | None:
    """The language `text` is written in (`es`), or None when it is too short to tell."""
    if len(_WORDS.findall(text)) < MIN_WORDS:
        return None
    return _detector(text)
