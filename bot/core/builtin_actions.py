"""The core's own actions: variables, the person's plan checklist, and resuming after an interrupt.

`set` and `clear_vars` change variables; `plan_add`, `plan_show` and `plan_tick` keep the plan
(stored encrypted as items of kind `plan` or `thought`; a step is ticked by its number or its
words); `plan_skip` passes over a suggested step already in the plan, one skipped earlier in
the conversation, or one that contacts the employer when the person wants no more contact with
them, saying so; `resume_interrupted` takes the person back to where a crisis interrupt or a
check-in found them, only when they ask for it;
`resume_flow` takes them back into a flow they left ("Pick up where we left off"): to the flow's
`resume` step when it names one (where it shows again what they wrote), else to the question they
were at, else to its start.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from bot.core import language
from bot.core.actions import ActionRegistry
from bot.core.context import Redirect, TurnContext
from bot.core.model import Part, Text
from bot.core.plan_passed import PASSED_SAID, note_passed, offered, passed_before
from bot.core.walker import LEFT_AT, Walker
from bot.i18n import N_, _
from bot.understanding.plan_done import (
    bare_number,
    done_said,
    leaving_said,
    removal_said,
    step_meant,
    tick_meant,
)
from bot.understanding.plan_words import step_named, without_lead_in

PLAN_KINDS = ("plan", "thought")
NO_CONTACT_SAID = "no_contact_said"
NO_CONTACT = N_(
    "You'd rather not be in touch with them again, so I'll leave out the steps that contact them."
)
JUST_SENT = N_(
    "You've just sent them your message, so I'll leave out the steps that write to them again "
    "for now. If you want to reach out later, we can look at it then."
)
YES = ("true", "yes", "1")
TICK_DONE = "tick_done"
"""Set by `plan_named`: "done" or "undone" when the words said which ("I haven't applied")."""
PLAN_LAST = "plan_last"
"""The number of the step last ticked or unticked, for "no lo hice" or "borrarlo" right after."""
TICK_MISSED = "tick_missed"
"""Meta key: the step to tick was not found once; a second miss leaves the question."""
TICK_LEFT = "tick_left"
JUST_ADDED = "plan_just_added"
"""Meta: the steps the last turn that added any put in the plan, with that turn's time, so
"remove that one" right after knows which."""
"""Set by `plan_named`: "yes" when a step was only mentioned (a question), so nothing is ticked."""


def register(registry: ActionRegistry) -> None:
    """Add the core actions to `registry` (with `choose_language`, behind the `language` flow)."""
    language.register(registry)

    @registry.register("set", sets=lambda a: [str(a.get("name", ""))], required=["name", "value"])
    async def set_var(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Set variable `name` to `value`."""
        ctx.vars[str(args["name"])] = args["value"]

    @registry.register("clear_vars", required=["names"])
    async def clear_vars(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Delete the listed variables (for "vent and let go")."""
        names = args["names"]
        for name in names if isinstance(names, list) else [names]:
            ctx.vars.pop(str(name), None)

    @registry.register("plan_add", required=["item"], optional=["kind", "own"], sets=["plan_added"])
    async def plan_add(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Add an entry to the person's plan checklist (skipped if it is already there); sets
        `plan_added` to `yes`, or `no` when nothing was added. With `own`, the item is in their
        words, kept without a lead-in naming it a step ("un paso: llamar a Ana")."""
        item = str(args["item"]).strip()
        if str(args.get("own") or "").lower() in YES:
            item = without_lead_in(item)
        kind = str(args.get("kind") or "plan")
        ctx.vars["plan_added"] = "no"
        if not item:
            return
        existing = await ctx.tx.list_items(ctx.key, kind)
        if any(i.data.get("text") == item for i in existing):
            return
        await ctx.tx.add_item(ctx.key, kind, {"text": item, "done": False})
        ctx.vars["plan_added"] = "yes"
        was = ctx.meta.get(JUST_ADDED)
        now = ctx.now.isoformat()
        same = isinstance(was, list) and len(was) > 1 and was[0] == now
        ctx.meta[JUST_ADDED] = [*(was if same and isinstance(was, list) else [now]), item]

    @registry.register(
        "plan_skip", required=["to"], optional=["item", "contact", "step", "skip_id", "quiet"]
    )
    async def plan_skip(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Go on to step `to` instead of suggesting this one: when `contact` is true and the
        person wants no more contact with the employer (`no_contact`) or has just sent the
        message the review flagged (`sent_hard`), said so once; when `item` is in their plan
        already ("Go through the suggested steps" again); or when they passed on `step` (its
        option `skip_id`, `skip` unless said) earlier in this conversation
        (`bot.core.plan_passed`), said once unless `quiet`."""
        flow = ctx.conv.flow
        note_passed(ctx)
        contact = str(args.get("contact") or "").lower() in YES
        away = "no_contact" if ctx.vars.get("no_contact") == "yes" else None
        if away is None and ctx.vars.get("sent_hard") == "yes":
            away = "sent_hard"  # they just sent the message the review flagged
        if contact and away is not None:
            if not ctx.meta.get(NO_CONTACT_SAID):
                line = JUST_SENT if away == "sent_hard" else NO_CONTACT
                ctx.say(_(line))
                ctx.meta[NO_CONTACT_SAID] = True
            ctx.redirect = Redirect(flow, str(args["to"]))
            return
        item = str(args.get("item") or "").strip()
        existing = await ctx.tx.list_items(ctx.key, "plan") if item else []
        if any(i.data.get("text") == item for i in existing):
            ctx.say(_("Already in your plan: {item}").format(item=item))
            ctx.redirect = Redirect(flow, str(args["to"]))
            return
        step = str(args.get("step") or "")
        if step and passed_before(ctx, step):
            if str(args.get("quiet") or "").lower() not in YES and not ctx.meta.get(PASSED_SAID):
                ctx.say(_("I've left out the steps you skipped earlier."))
                ctx.meta[PASSED_SAID] = True
            ctx.redirect = Redirect(flow, str(args["to"]))
        elif step:
            offered(ctx, step, str(args.get("skip_id") or "skip"))

    @registry.register("plan_show", sets=["plan_count"], optional=["only", "quiet_empty"])
    async def plan_show(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Show the checklist, numbered; `only: done|open` filters it. An empty plan is said
        so, unless `quiet_empty` (the flow offers a first step in its own words)."""
        note_passed(ctx)
        ctx.meta.pop(TICK_MISSED, None)
        only = str(args.get("only") or "")
        entries = await _plan(ctx)
        if only == "done":
            entries = [e for e in entries if e[1].get("done")]
        elif only == "open":
            entries = [e for e in entries if not e[1].get("done")]
        ctx.vars["plan_count"] = len(entries)
        if not entries:
            if only != "done" and str(args.get("quiet_empty") or "").lower() not in YES:
                ctx.say(_("There's nothing in your plan yet, and that's okay."))
            return
        parts: list[Part] = [
            Part(_("Your plan:") if only != "done" else _("What you've done since:"))
        ]
        for n, (_id, data) in enumerate(entries, 1):
            box = "[x]" if data.get("done") else "[ ]"
            parts.append(Part(f"\n{n}. {box} "))
            parts.append(Part(str(data.get("text", "")), from_user=True))
        ctx.say(Text(tuple(parts)))

    @registry.register("plan_tick", required=["number_var"], sets=["plan_ticked"])
    async def plan_tick(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Tick (or untick) the entry named in variable `number_var`: by its number, or by its
        words ("the landlord one"). Sets `plan_ticked` to `yes`, or `no` when none was found, or
        `left` when they give up ("olvídalo") or miss a second time: the question is not asked
        a third time."""
        raw = str(ctx.vars.get(str(args["number_var"])) or "").strip().rstrip(".")
        entries = await _plan(ctx)
        texts = [str(data.get("text", "")) for _id, data in entries]
        number = step_named(raw, texts)
        wanted = str(ctx.vars.pop(TICK_DONE, None) or "") or done_said(raw)
        if number is None and wanted:
            number = step_meant(raw, texts)  # "I haven't applied": "Apply for ..."
        ctx.vars["plan_ticked"] = "no"
        if _left_as_it_is(ctx, raw, number, len(entries), "plan_ticked"):
            return  # "olvídalo", or a second miss: no third ask
        if number is None or not 1 <= number <= len(entries):
            ctx.meta[TICK_MISSED] = 1
            ctx.say(
                _("I couldn't find that number. Entries in your plan: {count}.").format(
                    count=len(entries)
                )
                if raw.isdigit() or number is not None
                else _("I couldn't find a step like that in your plan.")
            )
            return
        item_id, data = entries[number - 1]
        done = not data.get("done") if wanted not in ("done", "undone") else wanted == "done"
        ctx.vars["plan_ticked"] = "yes"
        if bool(data.get("done")) == done:
            ctx.say(_("That one is already ticked off.") if done else _("That one isn't ticked."))
            return
        data = dict(data, done=done)
        ctx.meta[PLAN_LAST] = number
        await ctx.tx.update_item(ctx.key, item_id, data)
        ctx.say(_("Ticked off. Nice work.") if data["done"] else _("Marked as not done yet."))

    @registry.register(
        "plan_named",
        required=["text_var", "into"],
        sets=lambda a: [str(a.get("into", "")), TICK_DONE, TICK_LEFT],
    )
    async def plan_named(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Put in variable `into` the number of the plan step named in variable `text_var`, else
        in the words just typed ("can you tick off the landlord one"), or empty when none is
        named; a number counts only in digits ("tick one" names no step), and a bare number that
        picked the option leading here ("3" for "Remove a step") names none. Words that only mention
        a step, in a question or a request ("what should I say to the landlord"), name none and
        set `tick_left`; `tick_done` is "done" or "undone" when the words say which ("I talked to
        my landlord", "I haven't applied"). Words in `text_var` naming no step are said so."""
        kept = str(ctx.vars.get(str(args["text_var"])) or "").strip()
        said = kept or (ctx.turn.text or "")
        if bare_number(said):
            kept = said = ""  # "3", "el 3" at the plan's menu picked the option, never step 3
        entries = await _plan(ctx)
        texts = [str(data.get("text", "")) for _id, data in entries]
        meant = tick_meant(said, texts) if said else None
        number = meant[0] if meant else None
        found = number is not None and 1 <= number <= len(entries)
        wanted: str = (meant[1] or "") if meant else ""
        if said and removal_said(said):  # "quita el 3", "no lo hice, quiero borrarlo"
            wanted = "remove"
        if not found and (wanted == "remove" or done_said(said) == "undone"):
            last = ctx.meta.get(PLAN_LAST)  # "no lo hice" right after a tick: that step
            number = step_meant(said, texts) or (last if isinstance(last, int) else None)
            found = number is not None and 1 <= number <= len(entries)
            wanted = wanted or "undone"
        ctx.vars[str(args["into"])] = str(number) if found else ""
        ctx.vars[TICK_DONE] = wanted
        ctx.vars[TICK_LEFT] = "yes" if not found and step_meant(said, texts) else "no"
        if kept and not found:
            ctx.meta[TICK_MISSED] = 1  # "which number did you do?" next: asked once only
            ctx.say(_("I couldn't find a step like that in your plan."))

    @registry.register("plan_remove", required=["number_var"], sets=["plan_removed"])
    async def plan_remove(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Take the entry named in variable `number_var` (its number or words) out of the plan.
        Sets `plan_removed` to `yes`, or `no` when none was found, or `left` when they give up
        ("ninguno", "olvídalo", "never mind") or miss a second time: never asked a third time."""
        raw = str(ctx.vars.get(str(args["number_var"])) or "").strip().rstrip(".")
        ctx.vars.pop(TICK_DONE, None)
        entries = await _plan_kinds(ctx)
        texts = [str(data.get("text", "")) for _id, data in entries]
        number = step_named(raw, texts) or step_meant(raw, texts)
        ctx.vars["plan_removed"] = "no"
        if _left_as_it_is(ctx, raw, number, len(entries), "plan_removed"):
            return  # "ninguno", or a second miss: no third ask
        if number is None or not 1 <= number <= len(entries):
            ctx.meta[TICK_MISSED] = 1
            ctx.say(_("Please type the number of the step, like 1 or 2, or a few of its words."))
            return
        (item_id, kind), data = entries[number - 1]
        await ctx.tx.delete_items(ctx.key, kind, item_id)
        ctx.meta.pop(PLAN_LAST, None)
        ctx.vars["plan_removed"] = "yes"
        ctx.say(_("Removed from your plan: {item}").format(item=data.get("text", "")))

    @registry.register("resume_interrupted")
    async def resume_interrupted(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Go back to where the person was before an interruption, if anywhere."""
        place = ctx.meta.pop("resume", None)
        if isinstance(place, list) and len(place) == 2:
            ctx.redirect = Redirect(str(place[0]), str(place[1]), reprompt=True)
        else:
            ctx.say(_("There's nothing to go back to, so here's the menu."))
            ctx.redirect = Redirect("menu")

    @registry.register("resume_flow", required=["flow"])
    async def resume_flow(ctx: TurnContext, args: Mapping[str, Any]) -> None:
        """Go back into flow `flow` where the person left it (see the module docstring)."""
        flow_id = str(args["flow"])
        ctx.redirect = Redirect(flow_id)
        walker = ctx.services.find(Walker)
        if walker is None:
            return
        flow = walker.flows.get(flow_id)
        if flow is not None and flow.resume in flow.steps:
            ctx.redirect = Redirect(flow_id, flow.resume)
            return
        left = ctx.meta.get(LEFT_AT)
        if isinstance(left, list) and len(left) == 2 and left[0] == flow_id:
            step = walker.flows.step(flow_id, str(left[1]))
            if step is not None and step.kind in ("choices", "capture"):
                ctx.redirect = Redirect(flow_id, str(left[1]), reprompt=True)


def _left_as_it_is(ctx: TurnContext, raw: str, number: int | None, count: int, var: str) -> bool:
    """At "which step?", no step named and a way out said, or a second miss: the plan is left
    as it is (`var` says so to the flow) and True; otherwise False."""
    missed = ctx.meta.pop(TICK_MISSED, 0)
    if number is not None and 1 <= number <= count:
        return False
    if not (leaving_said(raw) or (isinstance(missed, int) and missed >= 1)):
        return False
    ctx.vars[var] = "left"
    ctx.say(_("Okay, I've left your plan as it is."))
    return True


async def _plan(ctx: TurnContext) -> list[tuple[int, dict[str, Any]]]:
    return [(item_id, data) for (item_id, _kind), data in await _plan_kinds(ctx)]


async def _plan_kinds(ctx: TurnContext) -> list[tuple[tuple[int, str], dict[str, Any]]]:
    out: list[tuple[tuple[int, str], dict[str, Any]]] = []
    for kind in PLAN_KINDS:
        out.extend(((i.id, kind), i.data) for i in await ctx.tx.list_items(ctx.key, kind))
    out.sort(key=lambda e: e[0][0])
    return out
