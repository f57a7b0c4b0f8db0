"""The points a draft's calmer version keeps, said in the person's language.

`describe(points)` names what the rewrite kept from the draft (their thanks, a request for
feedback, asking why, each kept fact, who it is addressed to, the role, the company and who signs
it) as short lines for the person to check. Every label goes through the catalogue, so a
Spanish draft review says "tu propio agradecimiento", never "your own thanks"; the kept facts and
names are the person's own words and are shown as they wrote them. Never logged.
"""

from __future__ import annotations

from bot.i18n import N_, _
from bot.safety.draft_rewrite import Points

THANKS = N_("your own thanks")
FEEDBACK = N_("a request for feedback")
WHY = N_("asking why")
KEPT = N_("kept: {fact}")
TO = N_("addressed to: {name}")
ROLE = N_("role: {role}")
COMPANY = N_("company: {company}")
SIGNED = N_("signed: {name}")

LABELS = (THANKS, FEEDBACK, WHY, KEPT, TO, ROLE, COMPANY, SIGNED)
"""Every point label, in English (the catalogue's keys)."""


def describe(points: Points) -> tuple[str, ...]:
    """The points the rewrite keeps, in plain words in the turn's language."""
    out = [_(THANKS)] if points.parts.thanks else []
    if points.wants_feedback:
        out.append(_(FEEDBACK))
    if points.facts.wants_reason:
        out.append(_(WHY))
    out += [_(KEPT).format(fact=fact) for fact in points.facts.phrases()]
    if points.recipient:
        out.append(_(TO).format(name=points.recipient))
    if points.role:
        out.append(_(ROLE).format(role=points.role))
    if points.company:
        out.append(_(COMPANY).format(company=points.company))
    if points.signer:
        out.append(_(SIGNED).format(name=points.signer))
    return tuple(out)
