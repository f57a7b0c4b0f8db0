"""Leaving life put as a figure, in six languages: the final ctrl-alt-del, the emergency exit,
switching off the light, taking the big jump, the big or eternal sleep outside English ("der
ewige Schlaf", not a film of that name), "me tomo el palo", with a sign that the figure is
not about a laptop, a room or a job: the literal reading ruled out ("for me, not my laptop",
"non quella della stanza", "je parle pas de reconversion"), said to be for good ("pero el
definitivo", "e basta") or easiest for everyone ("wär für alle am einfachsten").

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends `bot.safety.quiet_cues`. Every rule here is `possible`: a figure is often only a figure,
so the person is asked directly and a "no" goes straight back to where they were. The figure
alone stays calm ("where's the emergency exit", "turn off the lights when you leave", "taking the
big leap into freelancing"); "for good" counts only right after the figure, and the big jump and
the light switched off, which often mean a career change or bedtime, need the literal reading
ruled out or everyone being better off.
"""

from __future__ import annotations

from bot.safety.lexicon import CODED, Rule

_EXITS = (
    "(final |last |one last |permanent )?(ctrl alt (del|delete)|control alt delete|alt f(4|a))"
    "|emergency exit|(me tomo|tomarme|tomarse|me voy a tomar|me las tomo) el palo"
    "|salida de emergencia|notausgang|sortie de secours|saida de emergencia|uscita di emergenza"
)
"""Ways out said as figures: a key combination, an emergency exit, leaving ("tomarse el palo")."""
_JUMP = (
    "(the|take the|make the|taking the|making the) (big|final|last) (jump|leap)"
    "|(el )?gran salto|(den )?grosen sprung|(le )?grand saut|(o )?grande salto"
    "|(il )?(grande|ultimo) salto|(turn|switch|shut|turning|switching) (\\w+ )?of (the |all the )?"
    "lights?|apagar(me)? (la|las) luz\\w*|apago (la|las) luz\\w*"
    "|(das )?licht aus(machen|zumachen|knipsen|zuknipsen|mache|knipse)"
    "|eteindre (la|les) lumiere\\w*|eteins (la|les) lumiere\\w*"
    "|apagar (a|as) luz\\w*|apago (a|as) luz\\w*|spegnere (la|le) luc\\w*|spengo (la|le) luc\\w*"
)
"""The big jump and the light switched off: as often a career change or bedtime as a way out,
so they need more than "for good" ("spegnere la luce e basta, vado a dormire")."""
_NOT_LITERAL = (
    "((for|on|of) me ,? not (my|the|a)|not (my|the) (laptop|computer|pc|phone|job|career|room"
    "|lights?|office)|(i|im) (dont|do not|not) (mean|talking about)|not talking about|not (the"
    "|that) (\\w+ )?(kind|sort)|not literally|no hablo de|no me refiero a|no (el|la|los|las)"
    " (de|del) |(rede|spreche|meine) (nicht|nich) (von|vom|den|die|das)|nicht (den|die|das)"
    " (vom|von|im|aus|der)|(ne )?parle pas (de|du|des|d)|(ne )?veux pas dire|pas (celle|celui"
    "|ceux|celles) (de|du|des|d)|nao (to |tou |estou )?falando (de|do|da|em)|nao"
    " falo (de|do|da)|non (parlo|intendo|dico) (di|del|della|dello|quel\\w*)|non quel\\w* (de|di"
    "|del|della))"
)
"""The literal reading ruled out: "for me, not my laptop", "je parle pas de reconversion"."""
_FOR_GOOD = (
    "(for good|forever|once and for all|and thats it|(el|la|lo) definitiv[oa]|para siempre"
    "|y (ya|listo|chau)(?= [.,]|$)|fur immer|endgultig|und (fertig|schlus|aus)(?= [.,]|$)"
    "|pour de bon|pour toujours|definitiv\\w*|et (basta|cest tout)(?= [.,]|$)|de vez"
    "|pra sempre|para sempre|per sempre|e basta|una volta per tutte)"
)
_EASIEST = (
    "((easiest|easier|best|simplest|better) for (everyone|everybody|all of (us|you|them))"
    "|(mas facil|mejor|lo mejor) para todos|fur ale (am )?(einfachsten|besten|leichter|beser"
    "|einfacher)|(plus simple|mieux|plus facile) pour tout le monde|(mais facil|melhor)"
    " (pra|para) todos|(piu facile|piu semplice|meglio) per tutti)"
)
"""Everyone better off: the figure's way out would spare the others."""

_SLEEP = "(sueno eterno|ewige[nr]? schlaf|sommeil eternel|sono eterno|sonno eterno)"
"""The eternal sleep outside English (the English words are in `bot.safety.joke_cues`)."""
_BIG_SLEEP = (
    "(gran sueno|grosen schlaf|grand sommeil|long sommeil|dernier sommeil|grande sono"
    "|grande sonno|lungo sonno|long nap|big nap)"
)
"""The big or long sleep: a nap as often as not, so it needs the literal reading ruled out."""

RULES: tuple[Rule, ...] = (
    Rule(
        CODED,
        "may be using a figure for ending their life",
        (
            f"({_EXITS}) .{{0,80}}({_NOT_LITERAL}|{_EASIEST})",
            f"({_EXITS}) (\\w+ )?([.,] )?(pero |but |mais |aber |mas |ma )?{_FOR_GOOD}",
            f"({_JUMP}|{_BIG_SLEEP}) .{{0,80}}({_NOT_LITERAL}|{_EASIEST})",
            "(?<!film\\x20)(?<!movie\\x20)(?<!pelicula\\x20)(?<!pelicula\\x20el\\x20)(?<!film\\x20der\\x20)"
            "(?<!film\\x20le\\x20)(?<!filme\\x20o\\x20)(?<!film\\x20il\\x20)(?<!libro\\x20el\\x20)"
            + _SLEEP,
        ),
        kind="possible",
    ),
)
