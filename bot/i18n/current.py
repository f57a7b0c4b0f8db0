"""The language of the turn being handled, and `_()` for texts written in code.

The engine sets the person's language (and that language's table of code texts) at the start of
each turn with `use_language`; it is a context variable, so turns handled concurrently in their
own tasks never see each other's. `_("English text")` returns the text in that language, or the
English itself when it has no translation. `N_()` only marks a text for extraction (a module
constant translated later with `_()`).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from types import MappingProxyType

SOURCE = "en"
"""The language flows and code are written in; every other language is a translation of it."""

_EMPTY: Mapping[str, str] = MappingProxyType({})
_current: ContextVar[tuple[str, Mapping[str, str]]] = ContextVar(
    "bounceback_language", default=(SOURCE, _EMPTY)
)


def use_language(code: str, texts: Mapping[str, str] | None = None) -> None:
    """From now on in this task, speak `code`, with `texts` (English -> translation) for code."""
    _current.set((code, texts if texts is not None else _EMPTY))


def language() -> str:
    """The language of the turn being handled (`en` outside any turn)."""
    return _current.get()[0]


def catalogue() -> Mapping[str, str]:
    """The current language's table of code texts (English -> translation; may be empty)."""
    return _current.get()[1]


def _(text: str) -> str:
    """`text` in the current language; the English when there is no translation."""
    return _current.get()[1].get(text) or text


def N_(text: str) -> str:
    """Mark `text` for translation without translating it (translate it later with `_()`)."""
    return text
