"""The JSON of a person's conversation as the store seals it, through orjson.

A turn writes the conversation and the next reads it back; the standard library's `json` took
about as long for that as encrypting it, orjson about a tenth. Anything orjson declines to write
(an integer beyond 64 bits) is written by the standard library, and anything it declines to read
(`NaN`, which the standard library writes) is read by it, so every stored state still opens.
"""

from __future__ import annotations

import json
from typing import Any

import orjson


def dump(obj: object) -> bytes:
    """Compact JSON bytes (UTF-8) for `obj`."""
    try:
        return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS)
    except TypeError:  # orjson.JSONEncodeError is a TypeError
        return json.dumps(obj, separators=(",", ":")).encode("utf-8")


def load(data: bytes) -> Any:
    """The object the JSON bytes `data` hold."""
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError:
        return json.loads(data)
