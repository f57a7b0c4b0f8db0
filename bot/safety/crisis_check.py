"""The words around a crisis response: reading a free-text answer to "are you having thoughts of
ending your life?", and one sentence in the person's language when the flows don't speak it.

`rest_after_no(text)` is what a no goes on to say ("no lol. it was the final round"), so it is taken
back where the person was. `read_answer(text)` returns "yes", "no", "unsure", "confused" or None for
an answer typed in any of the six languages the crisis check knows. Natural refusals are no ("god
no", "no?? i already told you no", "omg no, 'hit me' as in go ahead", "not like that", "nah im
fine"); "kind of" and "sometimes" are yes; "maybe", "idk" and "not sure" are unsure. An answer that
is not plainly no is never read as no ("ya te dije q no" opens with "ya te dije", not with a yes): a
no with more to it ("no, but sometimes i wonder", "no... maybe") or mixed with a yes is unsure, so
the person is offered support rather than waved past. "what is this?" or "i don't understand" is
confused (the question is then put in plainer words). `ONLY_ENGLISH` holds the sentence said, in
their own language, to someone writing in a language the flows are not written in, before the
resources."""

from __future__ import annotations

import re

from bot.core.text import fold
from bot.safety.annoyed_no import names_risk
from bot.safety.crisis import assess

YES, NO, UNSURE, CONFUSED = "yes", "no", "unsure", "confused"

_LEAD = (
    r"(?:(?:omg|oh my god|oh god|god|oh|lol|lmao|haha\w*|ha|um+|uh+|erm|ugh|well|hmm+|dude|bro|"
    r"wtf|jeez|ok|okay|sorry|what|whoa|woah|wait|huh|wow|yikes|relax|goodness(?: me| gracious)?|"
    r"(?:oh )?my goodness|gosh|(?:good )?heavens(?: above)?|good grief|good lord|lord|oh dear|"
    r"dear me|gee|golly|blimey|crikey|my word|cielos|dios(?: mio)?|ay|uy|hijole|caray|vaya)"
    r"[\s,.!?]*)*"
)
"""Interjections that may come before a yes or a no ("omg no", "god no", "lol no")."""

_JUST_TIRED = (
    r" (?:(?:just|simply|only|merely|really|so|very) )*(?:tired|exhausted|worn out|sleepy|busy"
    r"|stressed|disappointed|frustrated|fed up|venting)\b(?! of\b| with (?:life|living|it all)\b)"
)
"""After "i am": a plain state given as the reason for a no ("I am simply tired"), not a yes."""
_UNSURE = re.compile(
    r"\b(not sure|unsure|dont know|don'?t know|do not know|idk|dunno|maybe|perhaps|possibly|"
    r"i guess|i suppose|hard to say|no idea|not certain|no lo se|no se|quiza|quizas|tal vez|"
    r"weiss nicht|keine ahnung|vielleicht|je sais pas|je ne sais pas|peut-etre|peut etre|"
    r"nao sei|talvez|non lo so|forse|boh)\b"
)
_YES_START = re.compile(
    _LEAD + r"(yes|yeah|yea|yep|yup|ya(?! te (?:lo )?dije| dije)|sort of|sorta|kind of|kinda|"
    r"a little|a bit|sometimes|often|lately|i am(?!" + _JUST_TIRED + r")|i do|i have|"
    r"i (?:think|believe) so|honestly yes|si|ja|oui|sim|"
    r"un poco|un peu|ein bisschen|um pouco|a veces|a volte|parfois|manchmal|as vezes)\b"
    r"(?! not\b| fine\b| ok\b| okay\b)"
)
_YES_ANY = re.compile(
    r"\b(yes|yeah|sometimes|kind of|kinda|sort of|sorta|a little|a bit|lately|every day|"
    r"all the time|i am having|i have been|i do want|(?<!not that )(?<!mean )(?<!said )"
    r"(?<!say )i want to die|i think about it|"
    r"thinking about it|a veces|a volte|parfois|manchmal|as vezes)\b"
)
_NO_START = re.compile(
    _LEAD + r"(no+(?! one\b| point\b| reason\b| hope\b| future\b| way out\b| longer\b| more\b)|"
    r"(?:i )?(?:don'?t|do not) (?:think|believe) so|not that i know of|not that i'?m aware of|"
    r"i wouldn'?t say so|creo que no|no lo creo|nope|nah+|naw|not at all|not really|"
    r"never(?! mind)|hell no|no way(?! out)|of course not|"
    r"absolutely not|definitely not|certainly not|not like that|not at all|nein|non|nao|"
    r"para nada|pas du tout|gar nicht|per niente|de jeito nenhum|claro que no|nada)\b"
)
_NO_ANY = re.compile(
    r"\b(figure of speech|just an expression|expression|saying|as in|not literally|"
    r"not like that|not what i meant|dont mean it|don'?t mean (?:it|that|like that)|"
    r"i dont mean|didn'?t mean|did not mean|i meant|"
    r"(?:i'?m|im|i am) (?:fine|ok|okay|good|alright|all right|safe)|i'?m not suicidal|"
    r"im not suicidal|not suicidal|(?:i'?m|im|i am) not going to (?:do anything|hurt myself|"
    r"kill myself|do it)|i won'?t (?:do anything|hurt myself|kill myself)|"
    r"i don'?t want to die|i do not want to die|not that i (?:want|wanna|wanted) to die|"
    r"(?:doesn'?t|doesnt|does not) mean i (?:want|wanna) to die|"
    r"(?:never|didn'?t|didnt|did not) (?:say|said) i (?:want|wanted|wanna) to die|"
    r"joking|kidding|jk|exaggerat\w*|hyperbole|"
    r"not serious|forma de hablar|estoy bien|redewendung|mir geht'?s gut|facon de parler|"
    r"ca va|forca de expressao|estou bem|modo di dire|sto bene)\b"
)
_MORE = re.compile(
    r"\b(but|though|although|except|however|sometimes|lately|used to|wish|burden|"
    r"tired of(?! (?:this|that|the (?:job|search|process|waiting|rejections?|applications?)"
    r"|job hunting|job searching|applying|rejections?|interviews?|waiting)\b"
    r"(?! (?:life|world|existence|all|whole life)\b))|"
    r"no point|disappear|hopeless|pero|aber|mais|mas|ma)\b(?! (?:thanks|thank you|thx|ty)\b)"
)
"""After a no, words that say there is more to it: then the answer is not plainly no. Being
tired of this (the search, the rejections) is the reason given for the no ("no not like that,
just tired of this"); tired of it all, of living or of this life is more."""
_CONFUSED = re.compile(
    r"\b(what is this|what'?s this|what do you mean|what does that mean|i don'?t understand|"
    r"i dont understand|not understand|no entiendo|que significa|je comprends pas|"
    r"je ne comprends pas|versteh\w* nicht|nao entendo|non capisco)\b|^(what|que|huh|wut|"
    r"was|quoi|cosa|como)$"
)


def read_answer(text: str) -> str | None:
    """ "yes", "no", "unsure", "confused", or None when the answer is none of those. When the
    whole message reads as none of them, its sentences are read one by one ("What a question.
    No, I don't believe so. I am simply tired." is no): a no with a yes is not sure, and a no
    with more to it ("but sometimes...") is not sure too."""
    said = fold(text)
    if not said:
        return None
    said = said.replace("’", "'")
    whole = _read(said)
    if whole == NO and _goes_on_to_risk(said, text):
        return UNSURE  # "No, thanks. I won't be a bother to anyone much longer": not a no
    if whole is not None:
        return whole
    if names_risk(said):
        return None  # "q?? no... ya no quiero vivir": left to the detector (and to support)
    parts = [part.strip(" ,") for part in _SENTENCES.split(said)]
    readings = {_read(part) for part in parts if part} - {None}
    readings.discard(CONFUSED)
    if UNSURE in readings or readings == {YES, NO}:
        return UNSURE
    if readings == {NO}:
        return UNSURE if _UNSURE.search(said) or _MORE.search(said) else NO
    return YES if readings == {YES} else None


_SENTENCES = re.compile(r"[.!?;\n…]+")


def _goes_on_to_risk(said: str, text: str) -> bool:
    """Whether a message read as a no goes on, in a sentence that is no answer itself, to what
    the crisis check reads as a risk ("No, thanks. I won't be a bother to anyone much longer";
    not "that doesn't mean i want to die", which is all one denial)."""
    rest = [p.strip(" ,") for p in _SENTENCES.split(said) if p.strip(" ,")]
    rest = [p for p in rest if _read(p) is None]
    return (
        bool(rest)
        and assess(text).level is not None
        and any(assess(p).level is not None for p in rest)
    )


def _read(said: str) -> str | None:
    """The reading of folded `said` as one answer."""
    no = _NO_START.match(said) is not None or _NO_ANY.search(said) is not None
    yes = _YES_START.match(said) is not None or _YES_ANY.search(said) is not None
    if not no and not yes and _CONFUSED.search(said):
        return CONFUSED
    if _UNSURE.search(said) or (yes and no):
        return UNSURE
    if no:
        return UNSURE if _MORE.search(said) else NO
    if yes:
        return YES
    return None


_FILLER = re.compile(
    _LEAD + r"(?:(?:thanks|thank you|thx|ty|gracias|im fine|i'?m fine|im ok|i'?m ok|just saying|"
    r"lol|haha|honestly|tbh|seriously|really)[\s,.!?]*)*"
)
"""Words beside a no that add nothing to take back ("no lol", "no thanks")."""
_SAID_NO = re.compile(
    r"\b(?:told you|said|say|saying|answered|dije|te dije|digo)(?: (?:it|that|already|ya|que))*"
    r" (?:no|nope|nah|im fine|i'?m fine|im ok|i'?m ok|estoy bien)\b"
)
"""The no said again ("i already told you no"): part of the no, nothing to take back."""


def rest_after_no(text: str) -> str:
    """What a no to the direct question goes on to say, as typed: "no lol. it was the final
    round" -> "it was the final round", "no, just an expression. i feel so stupid" -> "i feel so
    stupid"; "" when it says only no. Sentences that are part of the no are left out."""
    kept: list[str] = []
    for sentence in re.split(r"(?<=[.!?;])\s+|\s*[.!?;]+\s*$|\n+", text.strip()):
        part = sentence.strip(" ,.!?;")
        if not part:
            continue
        if read_answer(part) == NO:
            opening = _NO_START.match(fold(part))
            part = part[opening.end() :].strip(" ,.!?;-") if opening else ""
            if not part or read_answer(part) is not None:
                continue
        plain = fold(part)
        if _FILLER.fullmatch(plain) or _SAID_NO.search(plain):
            continue
        kept.append(part)
    return ". ".join(kept)


ONLY_ENGLISH = {
    "es": (
        "Soy un bot y por ahora solo hablo inglés, pero aquí tienes a quién puedes llamar o "
        "escribir ahora mismo:"
    ),
    "de": (
        "Ich bin ein Bot und spreche bisher nur Englisch, aber hier sind Menschen, die du jetzt "
        "erreichen kannst:"
    ),
    "fr": (
        "Je suis un bot et je ne parle qu'anglais pour l'instant, mais voici qui tu peux "
        "joindre maintenant :"
    ),
    "pt": (
        "Sou um bot e, por enquanto, só falo inglês, mas aqui estão pessoas com quem você pode "
        "falar agora:"
    ),
    "it": "Sono un bot e per ora parlo solo inglese, ma ecco chi puoi contattare adesso:",
}
"""One sentence per language the flows don't speak: said before the resources."""
