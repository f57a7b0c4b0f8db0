"""More coded and internet words for suicide and self-harm in English, for the crisis check.

Part of the crisis lexicon (see `bot.safety.lexicon` for the pattern syntax and rule kinds); it
extends the lexicon's slang rule, which is full. Game and computer words for ending one's life
("despawn irl", "alt f4 myself", "commit neck rope"), British slang ("neck myself"), euphemisms
for death said of oneself ("the dirt nap", "the long sleep"), self-harm scars and cut depths as
the self-harm community names them ("arms look like a barcode", "cut to beans", "hit styro"),
and broken English for ending oneself ("i will make finish of me"). Each is narrow on purpose:
"despawn from linkedin for a week", "a long nap after the interview", "a barcode scanner job"
and "six feet of paperwork" stay calm.
"""

from __future__ import annotations

from bot.safety.lexicon import CODED, EXPLICIT, SELF_HARM, Rule

# fmt: off
RULES = (
    Rule(CODED, "uses a slang word for suicide", (
        "(want|going|about|ready|need|like|gonna|might|should) (to )?despawn(?! (from|in|on|of|"
        "for a|until|till|til|off|after|before|at))",
        "despawn (irl|in real life|for real|forever|permanently|for good|from (life|existence|"
        "this world|earth))",
        "(alt (f4|fa|f four)|ctrl alt (del|delete)|control alt delete|uninstall) (<me>|my life|"
        "life|my existence)",
        "neck (<me>|meself)|commit (neck|neck rope|rope|sudoku|toaster bath|die|unalive|"
        "self delete)",
        "(the|a|my) (dirt nap|eternal (sleep|nap)|forever (nap|sleep))|the long "
        "(nap|sleep)(?! (after|before|on|this|tomorrow|today|tonight i))",
        "(about|thinking|thoughts|think|of) (the )?s word( ?ing)?(?! (like|for|as|in)(?![a-z]))",
    )),
    Rule(EXPLICIT, "mentions ending their life", (
        "(make|do|put|making) (an |a )?(end|finish|finishing) (of|to|on|with) (<me>|me|my life)",
    )),
    Rule(SELF_HARM, "mentions cutting", (
        "(arms?|legs?|thighs?|wrists?|skin|stomach) (\\w+ )?(look|looks|looking|are|is|like) "
        "(like )?(a )?barcode",
        "barcode (arms?|legs?|thighs?|wrists?|scars?|cuts?)",
        "(cut|cuts|cutting|got|get|went|go|hit|hitting|reached) (down )?(to|into) (styro|"
        "styrofoam|beans|dermis|fat layer)",
        "(styro|beans) (cuts?|again|level|deep|tonight)",
    )),
)
# fmt: on
"""Coded words and broken English, each a clear risk unless denied or said to the reader."""
