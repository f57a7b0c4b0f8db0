"""Which language a message is written in, offline, for choosing crisis resources and wording.

Uses py3langid (a maintained fork of langid.py): its model ships inside the package (about 4 MB),
loads once in about half a second and classifies a short message in about 20 microseconds. It is
restricted to the languages the crisis check knows (`LANGUAGES`), which makes it far more
reliable on short texts than an open choice among 97 languages. lingua-language-detector is more
accurate on very short texts but its wheel and memory use are many times larger; for a few words
of crisis text a wrong guess only changes which resources are listed first, and the detector
itself does not depend on the language. A message with too few letters to tell, or a low
confidence, is reported as `None` (unknown).
"""

from __future__ import annotations

import functools
import logging
import threading
from typing import Any

log = logging.getLogger(__name__)

LANGUAGES = ("en", "es", "de", "fr", "pt", "it")
MIN_LETTERS = 6
MIN_CONFIDENCE = 0.6

_lock = threading.Lock()
_identifier: Any = None


def _load() -> Any:
    global _identifier
    with _lock:
        if _identifier is None:
            # lazy: start-up time (the model loads once, on first use or at warm-up)
            from py3langid.langid import MODEL_FILE, LanguageIdentifier

            ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            ident.set_languages(list(LANGUAGES))
            _identifier = ident
    return _identifier


@functools.lru_cache(maxsize=256)
def detect(text: str) -> str | None:
    """The language of `text` among `LANGUAGES`, or None when it cannot be told. Cached: the
    crisis check and the person's language both ask about the same message in one turn."""
    if sum(1 for c in text if c.isalpha()) < MIN_LETTERS:
        return None
    ident = _identifier or _load()
    language, confidence = ident.classify(text)
    return str(language) if confidence >= MIN_CONFIDENCE else None
