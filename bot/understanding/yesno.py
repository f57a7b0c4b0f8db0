"""Everyday yes, no and maybe: "sure", "yeah ok", "yh", "nah", "nope", "not really", "dunno",
and the yes/no of a few other languages people mix in ("si", "ja", "oui", "nein"), with the
everyday Spanish a Spanish speaker answers in ("sí, dale", "nel", "no sé", "más o menos").

`polarity` reads how an answer begins, after interjections ("hmm no", "oops no"); the longest
known opening wins, so "not sure" is unsure while "not really" is no. Letters drawn out for
emphasis are folded first ("yesss", "noooo"). An opening that negates a verb ("dont", "i dont",
"never") is marked, so the matcher can read "dont delete" as the opposite of deleting. Options
take part through `means: yes|no|unsure` in the flows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.understanding.normal import words

_NOT_AN_ANSWER = "-"
_PHRASES = {
    "yes": [
        "yes", "yeah", "yea", "yep", "yup", "ya", "yah", "yas", "yes please", "y", "sure", "ok",
        "okay", "k", "kk", "okey", "okie", "okk", "alright", "all right", "aight", "of course",
        "definitely", "absolutely", "certainly", "please", "please do", "go ahead", "do it",
        "lets do it", "lets go", "sounds good", "why not", "i do", "i am", "i guess so",
        "i think so", "affirmative", "totally", "for sure", "sure thing", "go on", "fine",
        "that would help", "i would like that", "id like that", "correct", "right", "yh", "ye",
        "yeh", "yee", "yesh", "yis", "ys", "yse", "yess", "ja", "jep", "jup", "jawohl", "si",
        "oui", "da", "sim", "aye", "yay", "bet", "deal", "def", "defo", "deffo", "defintely",
        "definately", "sure sure", "surely", "pls", "plz", "please yes", "yes pls", "yes plz",
        "go for it", "sounds great", "good idea", "great", "perfect", "cool", "okay then",
        "yeah go on", "why not then", "uh huh", "mhm", "mm hmm", "yep yep", "course", "ofc",
        "gladly", "would be nice", "that would be nice", "that would be good", "i would love that",
        "yes i am", "im sure", "tak", "hai", "evet", "sí",
        "si dale", "dale", "claro", "claro que si", "si claro", "si porfa", "si por favor",
        "porfa", "sale", "orale", "andale", "simon", "sip", "obvio", "bueno", "de acuerdo",
        "por supuesto", "esta bien", "me parece bien", "si quiero", "venga", "va pues", "va",
        "va que va", "ya va", "ok va",
    ],
    "no": [
        "no", "nah", "nope", "naw", "nay", "n", "not really", "not now", "not yet", "no thanks",
        "no thank you", "nothanks", "never", "rather not", "id rather not", "i would rather not",
        "no way", "not at all", "not today", "dont", "i dont", "im not", "i am not", "not",
        "no no", "hell no", "nah thanks", "pass", "skip", "negative", "na", "nop", "noo", "nö",
        "nee", "nein", "non", "niet", "nie", "hayir", "iie", "no ty", "no thx", "no thnx",
        "no tnx", "nty", "no need", "not needed", "no thanks mate", "dont bother", "dont need",
        "i dont need", "i dont want", "i dont want to", "do not", "no i dont", "not for me",
        "not interested", "not this time", "no cheers", "nah im good", "im good thanks",
        "im ok thanks", "i shouldnt", "better not", "maybe later", "later", "another time",
        "some other time", "not right now", "not at the moment", "not atm", "not rn",
        "not now thanks", "no need thanks", "i wont", "wont", "nah mate", "nope nope", "no chance",
        "no more", "changed my mind", "i changed my mind", "ive changed my mind",
        "on second thought", "on second thoughts",
        "no gracias", "nel", "para nada", "ahorita no", "ahora no", "todavia no", "aun no",
        "mejor no", "no quiero", "no hace falta", "tampoco", "no por ahora", "nop", "ya no",
        "ya estuvo", "ya basta", "ya no quiero",
    ],
    "unsure": [
        "not sure", "unsure", "dunno", "i dunno", "dont know", "i dont know", "idk", "maybe",
        "perhaps", "no idea", "not certain", "im not sure", "i am not sure", "kind of", "kinda",
        "sort of", "sorta", "hard to say", "possibly", "not sure yet", "i cant say", "cant say",
        "who knows", "i guess", "i suppose", "hmm", "unclear", "im unsure", "no clue", "50 50",
        "idk really", "dk", "dno", "donno", "dont no", "i dont no", "not really sure",
        "im not certain", "could be", "might be", "eh", "i cant tell", "cant tell", "hard to tell",
        "not quite sure", "in between", "ish", "so so", "sorta kinda", "maybe maybe not", "mixed",
        "idek", "i dont really know", "mostly", "not 100", "not 100 percent", "not entirely",
        "not completely", "partly", "more or less", "somewhat", "half and half",
        "no se", "no lo se", "ni idea", "quiza", "quizas", "tal vez", "puede ser", "a lo mejor",
        "mas o menos", "masomenos", "no estoy seguro", "no estoy segura", "no sabria decir",
        "capaz", "igual si", "no se la verdad", "la verdad no se",
    ],
    _NOT_AN_ANSWER: [
        "va a", "va al", "va mal", "va muy", "va bien", "va para", "va con", "va de", "va en",
        "va por", "va lento", "va fatal", "va igual", "va tan", "va como",
    ],
}  # fmt: skip
"""`_NOT_AN_ANSWER`: openings that start like a yes ("va" is "ok") and are not one ("va a
estar difícil": it is going to be hard)."""

NEGATORS = frozenset(
    {"dont", "i dont", "do not", "i do not", "never", "not", "i dont want", "i dont want to",
     "no dont", "please dont", "pls dont", "dont need", "i dont need", "i wont", "wont",
     "no quiero", "better not", "mejor no"}
)  # fmt: skip
"""Openings that negate what follows ("dont delete"), rather than answering no by themselves."""

CLEAR_YES = frozenset(
    {"yes", "yeah", "yep", "yup", "yes please", "sure", "ok", "okay", "of course", "definitely",
     "absolutely", "certainly", "please do", "go ahead", "do it", "correct", "for sure",
     "affirmative", "yes i am", "im sure", "go for it", "si", "sí", "claro", "claro que si",
     "si claro", "si por favor", "por supuesto", "de acuerdo", "si quiero", "si dale"}
)  # fmt: skip
"""Openings that are a yes however they are read; "ya" (Spanish "already", "enough"), "k" or
"y" are not, so they never confirm what cannot be undone (a step with `clear_yes`)."""

INTERJECTIONS = frozenset(
    "hmm hm hmmm um umm uh uhh er erm oh ohh oops ooh ah ahh well so lol haha honestly tbh "
    "actually ugh oof welp mm bueno pues mmm ay".split()
)
"""Sounds and fillers that may come before the yes or no ("hmm no", "oops, no", "bueno, no")."""

_DRAWN = re.compile(r"(\w)\1{2,}")

_INDEX: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(p.split()), meaning) for meaning, ps in _PHRASES.items() for p in ps),
    key=lambda item: -len(item[0]),
)
_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
"""The phrases by their first word, longest first: an answer is compared only with the phrases
that start with its own first word."""
for _phrase, _meaning in _INDEX:
    _BY_FIRST.setdefault(_phrase[0], []).append((_phrase, _meaning))


@dataclass(frozen=True, slots=True)
class Polarity:
    """What an opening means, how many words it took (with interjections before it), and
    whether it negates the words after it."""

    meaning: str | None
    took: int = 0
    negates: bool = False


def fold_drawn(word: str) -> str:
    """`"yesss" -> "yes"`, `"noooo" -> "no"`: letters drawn out for emphasis, folded."""
    return _DRAWN.sub(r"\1", word)


@within_turn_numbers_kept
def read(text: str) -> Polarity:
    """The yes/no/maybe an answer opens with, if any (read once a turn: the matcher at each
    question in each language asks)."""
    said = [fold_drawn(w) for w in words(text)]
    skip = 0
    while skip < len(said) - 1 and said[skip] in INTERJECTIONS:
        skip += 1
    for start in dict.fromkeys((skip, 0)):
        head = said[start:]
        for phrase, meaning in _BY_FIRST.get(head[0], ()) if head else ():
            if tuple(head[: len(phrase)]) == phrase:
                if meaning == _NOT_AN_ANSWER:
                    return Polarity(None)
                negates = meaning == "no" and " ".join(phrase) in NEGATORS
                return Polarity(meaning, start + len(phrase), negates and len(head) > len(phrase))
    return Polarity(None)


def clearly_yes(text: str, opening: Polarity) -> bool:
    """Whether the yes `text` opens with (`opening`, from `read`) is a clear one (`CLEAR_YES`)."""
    said = [fold_drawn(w) for w in words(text)]
    head = [w for w in said[: opening.took] if w not in INTERJECTIONS]
    return " ".join(head) in CLEAR_YES


def polarity(text: str) -> tuple[str | None, int]:
    """`("yes" | "no" | "unsure" | None, how many words the opening took)`."""
    found = read(text)
    return found.meaning, found.took
