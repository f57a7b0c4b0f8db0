"""Checking a typed answer to a question that keeps what is written (a `capture` step): empty,
too long, not a number, out of range or not one of the allowed answers, each said kindly."""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.flows.model import Capture
from bot.i18n import _

_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)?$")


def check_capture(cap: Capture, text: str) -> tuple[object, str | None]:
    """The value to store, or a kind explanation of what is wrong with the answer."""
    value = text.strip()
    if not value:
        if cap.required:
            return None, _("I didn't catch anything there. Could you write a few words?")
        return "", None
    if cap.max_length is not None and len(value) > cap.max_length:
        return None, _(
            "That's more than I can keep in one go ({limit} characters). "
            "Could you shorten it a little?"
        ).format(limit=cap.max_length)
    if cap.number:
        if not _NUMBER.match(value):
            return None, _("Could you answer with a number?")
        num = float(value.replace(",", "."))
        if (cap.min is not None and num < cap.min) or (cap.max is not None and num > cap.max):
            lo = "" if cap.min is None else f"{cap.min:g}"
            hi = "" if cap.max is None else f"{cap.max:g}"
            anything = _("any")
            return None, _("Could you pick a number between {low} and {high}?").format(
                low=lo or anything, high=hi or anything
            )
        return (int(num) if num.is_integer() else num), None
    if cap.one_of is not None:
        for allowed in cap.one_of:
            if fold(allowed) == fold(value):
                return allowed, None
        return None, _("Could you answer with one of: {choices}?").format(
            choices=", ".join(cap.one_of)
        )
    return value, None
