"""Everyday yes, no and maybe: "sure", "yeah ok", "nah", "not really", "dunno".

`polarity` reads how an answer begins; the longest known opening wins, so "not sure" is unsure
while "not really" is no. Options take part through `means: yes|no|unsure` in the flows.
"""

from __future__ import annotations

from bot.understanding.normal import words

_PHRASES = {
    "yes": [
        "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yas", "yess", "yes please", "y", "sure",
        "ok", "okay", "k", "kk", "okey", "alright", "all right", "aight", "of course",
        "definitely", "absolutely", "certainly", "please", "please do", "go ahead", "do it",
        "lets do it", "lets go", "sounds good", "why not", "i do", "i am", "i guess so",
        "i think so", "affirmative", "totally", "for sure", "sure thing", "go on", "fine",
        "that would help", "i would like that", "id like that", "correct", "right",
    ],
    "no": [
        "no", "nah", "nope", "naw", "nay", "n", "not really", "not now", "not yet",
        "no thanks", "no thank you", "nothanks", "never", "rather not", "id rather not",
        "i would rather not", "no way", "not at all", "not today", "dont", "i dont", "im not",
        "i am not", "not", "no no", "hell no", "nah thanks", "pass", "skip", "negative",
    ],
    "unsure": [
        "not sure", "unsure", "dunno", "i dunno", "dont know", "i dont know", "idk", "maybe",
        "perhaps", "no idea", "not certain", "im not sure", "i am not sure", "kind of",
        "kinda", "sort of", "sorta", "hard to say", "possibly", "not sure yet",
        "i cant say", "cant say", "who knows", "i guess", "i suppose", "hmm", "unclear",
        "im unsure", "no clue", "50 50",
    ],
}  # fmt: skip

_INDEX: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(p.split()), meaning) for meaning, ps in _PHRASES.items() for p in ps),
    key=lambda item: -len(item[0]),
)


_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _meaning in _INDEX:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _meaning))
"""The openings by their first word, longest first (only those can match an answer)."""


def polarity(text: str) -> tuple[str | None, int]:
    """`("yes" | "no" | "unsure" | None, how many words the opening took)`."""
    said = words(text)
    if not said:
        return None, 0
    for phrase, meaning in _BY_FIRST.get(said[0], ()):
        if tuple(said[: len(phrase)]) == phrase:
            return meaning, len(phrase)
    return None, 0
