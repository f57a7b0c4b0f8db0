"""What the engine itself says when it cannot do what a turn asked: the apologies for a store
outage or a bug, a click on a question that has passed, and a place lost to an update.

Marked for translation here (`N_`) and translated where they are said, so adapters, tests and the
benchmarks can recognise them.
"""

from __future__ import annotations

from bot.i18n import N_

SORRY_STORE = N_(
    "Sorry, I'm having trouble on my side and couldn't save that. Please try again in a minute; "
    "if you need someone right now, type help to see helplines and people you can reach."
)
STALE_CHOICE = N_("That question has already passed, so I've left it as it was.")
SORRY_BUG = N_(
    "Sorry, something went wrong on my side. Type menu to start again, or help for support options."
)

UPDATED = N_("I've been updated since we last talked, so I've lost our place. Here's the menu.")
