"""Replies inside the crisis conversation that ask the bot to talk ("can u just talk to me",
"i just need someone to talk to", "háblame").

Such a reply answers none of the buttons, and the repair re-ask ("You could say ...") reads as
cold to someone reaching out. The crisis inspector meets it instead: the bot says plainly that
it is a bot and is still here, points to the people who can talk right now (the lines), and asks
the waiting question again. Plain patterns over folded text; nothing here logs the text.
"""

from __future__ import annotations

import re

from bot.i18n import N_
from bot.primitives.text import fold

_TALK = re.compile(
    r"(?<!\w)(?:(?:can|could|will|would) (?:you|u|ya) (?:just )?(?:talk|chat|speak) (?:to|with) me"
    r"|(?:just )?talk to me|(?:i )?(?:just )?(?:need|want) (?:someone|somebody|a person|you) to "
    r"talk to|(?:i )?(?:just )?(?:need|want) to talk(?: to someone| to somebody)?"
    r"|stay with me|please stay"
    r"|hablame|habla conmigo|necesito hablar(?: con alguien)?|quedate conmigo)(?!\w)"
)

_NOT = re.compile(r"(?<!\w)(?:dont|do not|not|never|no|nunca|no quiero|rather not)(?!\w)")

TALK_BACK = (
    N_(
        "I'm a bot, so I can't talk the way a person can, but I'm here and I'm reading every "
        "word. If you'd like a real conversation, the people at these lines will talk with you "
        "right now:"
    ),
    N_("I'm still here with you. For a real conversation, these people will talk with you now:"),
    N_("Still here. These people can talk with you right now:"),
)
"""Said in turn, never the same twice running."""


def asks_to_talk(text: str) -> bool:
    """Whether `text` asks the bot to talk with them, or to stay (never "i dont want to
    talk")."""
    said = fold(text).replace("'", "")
    return len(said.split()) <= 25 and bool(_TALK.search(said)) and not _NOT.search(said)
