"""Operational events, reported by the code where they happen and counted by whoever listens.

An adapter calls `platform_error("slack")` at the spot where a call to its platform failed (a
refused post, a listener that raised, a dropped socket); each instrumented process's `Metrics`
listens while it is attached (`listen` returns the function that detaches it). Nothing but the
platform's name travels: no id, no text.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

Listener = Callable[[str], None]

_listeners: list[Listener] = []
_lock = threading.Lock()


def listen(listener: Listener) -> Callable[[], None]:
    """Call `listener(platform)` on every platform error from now on; returns the detacher."""
    with _lock:
        _listeners.append(listener)

    def detach() -> None:
        with _lock:
            if listener in _listeners:
                _listeners.remove(listener)

    return detach


def platform_error(platform: str) -> None:
    """A call to `platform` (`slack` or `discord`) failed."""
    with _lock:
        listeners = list(_listeners)
    for listener in listeners:
        listener(platform)
