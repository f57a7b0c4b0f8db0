"""The care actions flows call: crisis resources, the bot disclosure, draft review, the safety
plan, and telling a deployment's contact, only with the person's yes.

`register(registry, services)` adds `crisis_resources`, `mark_disclosed`, `draft_review`,
`safety_plan_save`, `safety_plan_show`, `offer_contact` and `notify_contact`, and the crisis
conversation's own actions (`bot.safety.crisis_actions`). The safety plan is read back in the
person's language (the `bot` catalogue); their own answers stay as they wrote them. What a
person wrote (drafts, safety plan answers) goes to the store as encrypted items and back into
replies as user-originated text, so adapters escape it; none of it is ever logged. A contact is
told only that the person would like support, never anything they said.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from bot.core.actions import ActionRegistry
from bot.core.context import Services, TurnContext
from bot.core.model import Notify, Part, Text
from bot.core.text import fold
from bot.i18n import N_, _
from bot.safety import crisis_actions, draft_held
from bot.safety.countries import where
from bot.safety.drafts import review
from bot.safety.resources import BUILTIN, Resources, format_resources
from bot.understanding.freetext import without_lead_in

log = logging.getLogger(__name__)

SAFETY_PLAN = "safety_plan"
DRAFT = "draft"

PLAN_STEPS = (
    N_("Warning signs that a hard moment is starting"),
    N_("Things I can do on my own to cope"),
    N_("People and places that take my mind off it"),
    N_("People I can ask for help"),
    N_("Professionals and services I can contact"),
    N_("Making my surroundings safer"),
)
"""The six parts of a Stanley-Brown safety plan, in the person's own words (headings in English;
the read-back says them in the person's language)."""

SKIP_WORDS = frozenset(
    {"skip", "pass", "next", "later", "-", "n/a", "na"}
    | {"saltar", "salta", "saltala", "paso", "siguiente", "luego", "despues", "mas tarde"}
)
"""Answers that leave a part of the safety plan as it was, in English and Spanish (folded)."""
DRAFT_VARS = (
    "draft_hostile",
    "draft_score",
    "draft_reasons",
    "draft_suggestions",
    "draft_rewrite",
    "draft_risk",
)

_NO_CALMER = (
    N_(
        "I couldn't make a calmer version I'd trust: mine kept too much of the sting. "
        "Your draft is still here, as you wrote it."
    ),
    N_("Keep the facts: what happened, how many rounds, what you did for them."),
    N_("Keep your ask, if you have one (a reason, feedback, staying in touch), said once."),
    N_("Drop the lines that are there to sting: the sarcasm, the digs, the parting shot."),
)
"""Said, with the review's own suggestions, when no calmer version could be trusted."""

_SLACK_USER = re.compile(r"^[UW][A-Z0-9]{2,}$")
_DISCORD_USER = re.compile(r"^[0-9]{15,21}$")


def _resources(ctx: TurnContext) -> Resources:
    return ctx.services.find(Resources) or BUILTIN


def _bullets(lines: tuple[str, ...]) -> str:
    return "\n".join(f"• {line}" for line in lines)


def mention(platform: str, user: str) -> Part:
    """How a contact's message names the person: a real mention on Slack and Discord."""
    if platform == "slack" and _SLACK_USER.match(user):
        return Part(f"<@{user}>")
    if platform == "discord" and _DISCORD_USER.match(user):
        return Part(f"<@{user}>")
    return Part(user, from_user=True)


async def _plan_item(ctx: TurnContext) -> tuple[int | None, dict[str, str]]:
    items = await ctx.tx.list_items(ctx.key, SAFETY_PLAN)
    if not items:
        return None, {}
    item = items[0]
    steps = item.data.get("steps")
    return item.id, {str(k): str(v) for k, v in (steps or {}).items()}


def _step_number(raw: object) -> int:
    try:
        number = int(str(raw).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= len(PLAN_STEPS):
        raise ValueError(
            f"safety_plan_save needs `step` between 1 and {len(PLAN_STEPS)}, got {raw!r}; "
            "fix the step's args in the flow"
        )
    return number


def register(registry: ActionRegistry, services: Services) -> None:
    """Add the care actions to `registry` (`services` may hold `Resources`)."""
    del services  # looked up per turn through ctx.services, so reloads take effect
    crisis_actions.register(registry)

    @registry.register("crisis_resources", sets=["crisis_emergency"])
    async def crisis_resources(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Say the support lines for the person's locale (text or chat first) and 911-style
        emergency number; sets `crisis_emergency` to that number."""
        language = ctx.meta.get("crisis_language")
        spoken = language if isinstance(language, str) else None
        res = _resources(ctx).for_locale(where(ctx.meta, ctx.locale), spoken)
        ctx.vars["crisis_emergency"] = res.emergency
        ctx.say(format_resources(res))

    @registry.register("mark_disclosed")
    async def mark_disclosed(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Note that the bot has just said it is a bot (the inspector reminds after 3 hours)."""
        ctx.meta["disclosed_at"] = ctx.now.isoformat()

    @registry.register("draft_review", sets=DRAFT_VARS, optional=["var"])
    async def draft_review(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Review the draft in variable `var` (default `draft`), without a few words typed
        before its greeting (`without_lead_in`), and hold it as the person's one
        `draft` item (replacing any other); `draft_risk` names what in it could follow them."""
        var = str(args.get("var") or "draft")
        text = without_lead_in(str(ctx.vars.get(var) or ""))  # "ok fine: Hi Jenna, ..."
        if text and text != ctx.vars.get(var):
            ctx.vars[var] = text
        result = review(text)
        ctx.vars["draft_hostile"] = "yes" if result.hostile else "no"
        ctx.vars["draft_score"] = result.score
        ctx.vars["draft_reasons"] = _bullets(result.reasons)
        said = () if result.trusted else tuple(_(t) for t in _NO_CALMER)
        ctx.vars["draft_suggestions"] = _bullets(said + result.suggestions)
        ctx.vars["draft_rewrite"] = result.rewrite
        ctx.vars["draft_risk"] = draft_held.risk_words(result.families)
        if text.strip():
            await draft_held.keep(
                ctx,
                {
                    "text": text,
                    "hostile": result.hostile,
                    "score": result.score,
                    "rewrite": result.rewrite,
                    "reviewed_at": ctx.now.isoformat(),
                },
            )
        log.info("safety.draft_reviewed")

    @registry.register("safety_plan_save", required=["step", "var"])
    async def safety_plan_save(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Save variable `var` as part `step` (1-6) of the person's safety plan; "skip" keeps
        what was there."""
        number = _step_number(args["step"])
        answer = str(ctx.vars.get(str(args["var"])) or "").strip()
        if not answer or fold(answer) in SKIP_WORDS:
            return
        item_id, steps = await _plan_item(ctx)
        steps[str(number)] = answer
        data = {"steps": steps, "updated_at": ctx.now.isoformat()}
        if item_id is None:
            await ctx.tx.add_item(ctx.key, SAFETY_PLAN, data, free_text=False)
        else:
            await ctx.tx.update_item(ctx.key, item_id, data)

    @registry.register("safety_plan_show", sets=["safety_plan_saved"])
    async def safety_plan_show(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Show the saved safety plan, with the support lines under part 5; sets
        `safety_plan_saved` to yes or no (and says nothing when there is no plan)."""
        _id, steps = await _plan_item(ctx)
        ctx.vars["safety_plan_saved"] = "yes" if steps else "no"
        if not steps:
            return
        parts: list[Part] = [Part(_("Your safety plan:"))]
        for n, title in enumerate(PLAN_STEPS, 1):
            parts.append(Part(f"\n{n}. {_(title)}: "))
            answer = steps.get(str(n))
            parts.append(Part(answer, from_user=True) if answer else Part(_("(not filled in yet)")))
            if n == 5:
                lines = format_resources(_resources(ctx).for_locale(where(ctx.meta, ctx.locale)))
                always = _("Any time, day or night:")
                parts.append(Part(f"\n   {always}\n   " + lines.replace("\n", "\n   ")))
        ctx.say(Text(tuple(parts)))

    @registry.register("offer_contact", sets=["contact_available", "contact_name"])
    async def offer_contact(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Whether this deployment has a contact on the person's platform (`contact_available`
        yes/no) and their display name (`contact_name`)."""
        contact = _resources(ctx).contact_for(ctx.key.platform)
        ctx.vars["contact_available"] = "yes" if contact else "no"
        ctx.vars["contact_name"] = contact.name if contact else ""

    @registry.register("notify_contact", sets=["contact_notified", "contact_available"])
    async def notify_contact(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Tell the deployment's contact that this person would like support. Only from a step
        reached by the person's yes: that option must set `contact_consent: "yes"`."""
        contact = _resources(ctx).contact_for(ctx.key.platform)
        consent = str(ctx.vars.pop("contact_consent", "") or "")
        if contact is None or fold(consent) != "yes":
            log.warning(
                "safety.contact_not_notified",
                extra={"reason": "no contact" if contact is None else "no consent"},
            )
            ctx.vars["contact_notified"] = "no"
            return
        text = Text(
            (
                Part("Hi, this is Bounce Back, the support bot. "),
                mention(ctx.key.platform, ctx.key.user),
                Part(
                    " asked me to let you know they would like some support right now. Could you "
                    "reach out to them when you can? I haven't shared anything they told me, only "
                    "that they asked for this."
                ),
            )
        )
        ctx.reply(Notify(contact.target, text))
        ctx.vars["contact_notified"] = "yes"
        ctx.vars["contact_available"] = "no"
        log.info("safety.contact_notified")
