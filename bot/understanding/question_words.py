"""The words of a common question that are not which question it is: lengths of time ("after 3
weeks") and words typed short ("pa", "xq", "u"), read in full as the examples have them."""

from __future__ import annotations

import re

SPAN = re.compile(
    r"(?<!\w)(?:(?:after|for|in|within|over|like|about|almost|nearly)\s+)*"
    r"(?:\d+|a|an|one|two|three|four|five|six|a few|few|a couple of|couple of|couple)\s+"
    r"(?:days?|weeks?|months?|hours?|wks?)(?!\w)"
)
"""A length of time ("after 3 weeks"): a detail of the question, not which question it is."""


SHORT = {
    "pa": "para", "pal": "para el", "q": "que", "k": "que", "xq": "porque", "pq": "porque",
    "porq": "porque", "tb": "tambien", "tmb": "tambien", "d": "de", "x": "por",
    "u": "you", "ur": "your", "r": "are", "bc": "because", "cuz": "because", "abt": "about",
    "wat": "what", "wut": "what", "hw": "how"
}  # fmt: skip
"""Words typed short ("pa comer", "xq", "u", "abt"), read in full as the examples have them."""
