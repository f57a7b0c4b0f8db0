"""Replies inside the crisis conversation that say "I'm safe, take me back" in one go.

"I'm safe, take me back", "im safe now, go back to what we were doing" or "ya estoy bien,
regresemos" answer two things at once: they are safe right now, and they would like to go back
to what they were doing. The crisis inspector sends such a reply to the crisis flow's `safe_back`
step (noted as safe, then back where they were) instead of asking either question again. Only a
plain statement counts: a "not safe", "no estoy bien", or doubt in the words ("i guess im ok",
"creo que estoy bien") is left to the flow's own question, which hears doubt as "not sure".
`says_not_acting` hears "no im not gonna do anything" at "are you safe?" as safe, not as the no
it opens with; `says_safe_outright` hears "No, estoy bien", "nah im fine" or "dije NO. estoy a
salvo, nomas quebrado" as safe too (the no answers the worry, not the question), unless the words
say unsafe or doubt. `safe_step` picks where a safe answer goes: "i didnt mean it like that. im
safe" at "Are you safe right now?" is both safe and the "I didn't mean it like that" answer (back
where they were after the direct question), not only safe. Plain patterns over folded text;
nothing here logs the text.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from bot.primitives.text import fold

SAFE_BACK_STEPS = frozenset(
    {"lines", "choose", "choose_with_contact", "choose_now", "choose_now_with_contact",
     "lines_plain_show", "resume_check"}
)  # fmt: skip
"""The crisis flow's questions where "I'm safe, take me back" is heard as both answers (not the
question about means at hand: there, being safe is not enough to go back without asking)."""

_SAFE = re.compile(
    r"(?<!\w)(?:(?:i'?m|im|i am|i feel|feeling|i'?m feeling|im feeling)\s+(?:\w+\s+)?"
    r"(?:safe|ok|okay|fine|alright|all right|good|better)"
    r"|(?:i'?m|im|i am)\s+(?:safe|ok|okay|fine|alright)|safe now|all good now|its fine now"
    r"|(?:i'?m|im|i am) (?:not|never) (?:in )?(?:any )?danger|no estoy en (?:ningun )?peligro"
    r"|(?:ya\s+)?(?:estoy|me siento)\s+(?:\w+\s+)?(?:bien|a salvo|segur[oa]|tranquil[oa]|mejor)"
    r"|ya estoy bien|todo bien)(?!\w)"
)
_BACK = re.compile(
    r"(?<!\w)(?:take me back|go back|going back|back to (?:what|where|the|my|before|it)|"
    r"get back to|carry on|lets continue|continue|where we were|what we were doing|"
    r"return to|back to the \w+ (?:question|thing)|"
    r"regres(?:emos|ar|amos|a|ame)|volv(?:amos|er|amos a lo|e)|sigamos|seguir con|continuemos|"
    r"continuar|donde (?:estabamos|ibamos)|en lo que estabamos|lo de antes)(?!\w)"
)
_NOT = re.compile(
    r"(?<!\w)(?:not|no|dont|don'?t|never|isnt|nunca|tampoco|ni)\s+(?:\w+\s+)?"
    r"(?:safe|ok|okay|fine|alright|good|bien|a salvo|segur[oa])(?!\w)"
    r"|(?<!\w)(?:no estoy|no me siento)(?!\w)"
)
_DOUBT = re.compile(
    r"(?<!\w)(?:i guess|i think|i suppose|maybe|probably|kind of|kinda|sort of|sorta|idk|dunno|"
    r"not sure|unsure|for now i guess|creo|supongo|quiza\w*|tal vez|mas o menos|no se)(?!\w)"
)


_NOT_ACTING = re.compile(
    r"(?<!\w)(?:(?:not|never) (?:gonna|going to) (?:do anything|hurt myself|do it|try anything)"
    r"|(?:i )?(?:wont|will not) (?:do anything|hurt myself|do it)"
    r"|no (?:voy a|pienso) hacer(?:me)? nada|no me voy a hacer dano)(?!\w)"
)
_BUT = re.compile(r"(?<!\w)(?:but|though|unless|tonight|yet|pero|aunque|todavia|aun)(?!\w)")


def says_not_acting(text: str) -> bool:
    """Whether `text` says plainly, with no doubt or "but", that they won't act on the thoughts
    ("no im not gonna do anything"), an answer to "are you safe?" that opens with a no."""
    said = fold(text).replace("'", "")
    if len(said.split()) > 20 or _DOUBT.search(said) or _BUT.search(said):
        return False
    return bool(_NOT_ACTING.search(said))


def says_safe_and_back(text: str) -> bool:
    """Whether `text` says plainly that they are safe and would like to go back."""
    said = fold(text)
    if len(said.split()) > 25 or _NOT.search(said) or _DOUBT.search(said):
        return False
    return bool(_SAFE.search(said) and _BACK.search(said))


_OPEN_NO = re.compile(
    r"^(?:no+|nah+|nope|naw)(?:\s*[,.!;]+\s*|\s+(?=(?:i'?m|im|i am|i feel|ya)(?!\w)))"
)
"""A no that opens the answer and answers the worry: "no, estoy bien", "no im good". Without
a comma a Spanish "no estoy bien" is kept whole: it says not well."""


def says_safe_outright(text: str) -> bool:
    """Whether `text` says plainly that they are safe ("estoy a salvo", "no, ya estoy bien", "no im
    good"), whatever no comes before or around it, with nothing saying unsafe or doubt."""
    said = fold(text).strip()
    if len(said.split()) > 25 or _DOUBT.search(said) or _BUT.search(said):
        return False
    said = _OPEN_NO.sub("", said, count=1)
    said = _NO_DANGER.sub(" im safe ", said)  # "i'm not in any danger" says safe
    return bool(_SAFE.search(said)) and not _NOT.search(said) and not _UNSAFE.search(said)


_NO_DANGER = re.compile(
    r"(?<!\w)(?:(?:i'?m|im|i am) )?(?:not|never) (?:in )?(?:any )?danger(?: at all)?"
    r"|(?:i'?m|im|i am) out of danger|no danger|(?:no estoy|no me siento) en (?:ningun )?peligro"
    r"|(?:estoy )?fuera de peligro|no corro (?:ningun )?peligro(?!\w)"
)
"""A danger said not to be there: a way of saying safe, not a word of danger."""
_UNSAFE = re.compile(
    r"(?<!\w)(?:mal|fatal|peligro|danger|unsafe|hurt myself|hacerme dano|lastimarme|matarme"
    r"|kill myself|morir|die|dying)(?!\w)"
)
"""Words that say unsafe or unwell beside a safe word ("estoy bien mal")."""


_MEANT_OTHERWISE = re.compile(
    r"(?<!\w)(?:(?:didn'?t|did not|dont|don'?t|do not) mean (?:it|that)|not (?:like that|what i"
    r" meant|literally)|figure of speech|just an expression|just a saying|(?:was|just) joking"
    r"|was kidding|(?:you )?misunderstood|was exaggerating|no lo dije (?:en serio|asi)"
    r"|(?:era|es) (?:solo )?una (?:forma|manera) de hablar|no me referia a eso)(?!\w)"
)
"""Words saying the worrying message was not meant that way."""
SAID_SAFE = "crisis_said_safe"
"""Variable: set when a safe answer also said it was not meant that way; the crisis flow's
`meant_otherwise` step then notes them safe."""
MEANT_STEP = "meant_otherwise"


def safe_step(step: str, text: str, variables: MutableMapping[str, object], *, asked: str,
              back: str) -> str:  # fmt: skip
    """Where a safe answer typed at the crisis flow's `step` goes: at the question `asked`
    ("Are you safe right now?") a safe answer that also says it was not meant that way ("i
    didnt mean it like that. im safe") goes to `MEANT_STEP` with `SAID_SAFE` set in `variables`,
    else to "safe"; at the question before going back, to `back`."""
    if step != asked:
        return back
    if _MEANT_OTHERWISE.search(fold(text)):
        variables[SAID_SAFE] = "yes"
        return MEANT_STEP
    return "safe"
