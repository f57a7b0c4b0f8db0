"""What one turn's text or click means, and the answer to it, inside the engine's transaction.

Every text first passes the inspectors (the crisis check first) before any flow logic; then an
empty, unreadable or over-long message is said so, a person on a step a reload removed goes to the
menu, a long pause starts afresh, and the text is a global command, the answer to the waiting
question (a capture, or a choice matched from typed words), a flow command, a flow's trigger
phrase, or else the welcome. A click answers the question it was shown for, or is said to have
passed. A message an inspector held back (`Redirect.replay`) is answered at its place at the end.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime

from bot.core.answers import START_VENT, VENT_FLOW, Answers
from bot.core.command_runner import CommandRunner
from bot.core.commands import GLOBAL_COMMANDS, parse_command
from bot.core.config import EngineConfig
from bot.core.context import TurnContext
from bot.core.inbound import InboundProblem, check_inbound
from bot.core.last_flow import last_flow
from bot.core.model import StepRef, UnderstoodKind
from bot.core.notices import STALE_CHOICE, UPDATED
from bot.core.pseudonym import key_digest
from bot.core.text import command_key, fold
from bot.core.triggers import Triggers
from bot.core.walker import FlowBroken, Walker
from bot.flows.model import ChoiceOption, Step
from bot.i18n import _
from bot.understanding.feelings import Lexicon
from bot.understanding.going import place_asked
from bot.understanding.wording import REST_WORDS, words_after

log = logging.getLogger(__name__)
_FIRST_SENTENCE = re.compile(r"(?<=\w)\s*(?:[.!;:…]+|\s[-–—])\s+")
"""Where a choice typed first ends and what the person goes on to say begins."""
_PICK_WORDS = 4
"""At most this many words in a first sentence that is only the choice."""

NOT_REQUESTED = frozenset({"help"})
""""I need help" in words is no request for the help pages (the word alone still is)."""

Inspector = Callable[[TurnContext, str], Awaitable[bool]]
"""Sees every inbound text before flow logic; True means it handled the turn."""


class Dispatcher:
    """Answers one turn's text or click; `inspectors` is the engine's own list."""

    def __init__(
        self,
        walker: Walker,
        answers: Answers,
        config: EngineConfig,
        inspectors: list[Inspector],
    ) -> None:
        self.walker = walker
        self.answers = answers
        self.config = config
        self.inspectors = inspectors
        self.commands = CommandRunner(walker, config)
        self.triggers = Triggers(walker.flows)

    async def dispatch(self, ctx: TurnContext) -> None:
        turn = ctx.turn
        try:
            if turn.text is not None:
                await self._on_text(ctx, turn.text)
            elif turn.choice is not None:
                await self._on_choice(ctx, turn.choice)
            if ctx.replay is not None:  # a held-back message, answered where it was written
                text, ctx.replay = ctx.replay, None
                understood, typed = ctx.understood, ctx.turn
                ctx.turn = replace(typed, text=text)  # read as typed there ("remind me friday")
                try:
                    await self._on_text(ctx, text)
                finally:
                    ctx.turn = typed
                ctx.understood = understood
        except FlowBroken as exc:
            log.error("flow.broken", extra={"user": key_digest(ctx.key), "error": str(exc)})
            self.walker.finish(ctx)
            ctx.say(_("Sorry, I lost my place in that conversation. Here's the menu."))
            await self.commands.begin_or_note(ctx, self.config.menu_flow)

    def _place_valid(self, ctx: TurnContext) -> bool:
        """False when a reload removed the step the person was on (they go to the menu)."""
        if ctx.conv.flow is None:
            return True
        if self.walker.current(ctx) is not None:
            return True
        self.walker.finish(ctx)
        ctx.meta.pop("resume", None)
        return False

    async def _on_text(self, ctx: TurnContext, raw: str) -> None:
        text, problem = check_inbound(raw, self.config.max_text)
        if problem is InboundProblem.EMPTY:
            self._unread(
                ctx,
                _("I didn't catch any words there. Write whatever is on your mind, or type help."),
            )
            return
        for inspect in self.inspectors:
            taken = await inspect(ctx, text)
            if ctx.redirect is not None:
                await self.walker.apply_redirect(ctx, ctx.redirect)
                return
            if taken:
                return
        if problem is InboundProblem.BINARY:
            self._unread(
                ctx,
                _(
                    "That looks like a file or unreadable characters, so I couldn't read it. "
                    "Could you type it as plain words?"
                ),
            )
            return
        if problem is InboundProblem.TOO_LONG:
            self._unread(
                ctx,
                _(
                    "That's a lot to take in at once, and I can read up to {limit} "
                    "characters in a message. Could you send it in shorter parts?"
                ).format(limit=self.config.max_text),
            )
            return
        if not self._place_valid(ctx):
            await self._place_gone(ctx)
            return
        await self._on_words(ctx, text)

    def _unread(self, ctx: TurnContext, why: str) -> None:
        """A message that could not be read: say why, and ask the waiting question again."""
        ctx.understand(UnderstoodKind.FALLBACK)
        ctx.say(why)
        self.walker.reprompt(ctx)

    async def _place_gone(self, ctx: TurnContext) -> None:
        """The step the person was on is gone (a reload): say the bot changed, show the menu."""
        ctx.understand(UnderstoodKind.FALLBACK)
        ctx.say(_(UPDATED))
        await self.commands.begin_or_note(ctx, self.config.menu_flow)

    async def _on_words(self, ctx: TurnContext, text: str) -> None:
        """A readable text the inspectors let through, at a valid place."""
        idle = self._idle(ctx)
        cmd = parse_command(text)
        if cmd is not None and (cmd.explicit or cmd.word in GLOBAL_COMMANDS):
            ctx.understand(UnderstoodKind.COMMAND)
            await self.commands.run(ctx, cmd.word, cmd.args, explicit=cmd.explicit)
            return
        step = None if idle else self.walker.current(ctx)
        if step is None and await self.answers.thanked(ctx, text):
            return
        if (step is None or step.kind == "capture") and await self.answers.leaving(ctx, text):
            return
        if await self._went(ctx, step, text):
            return  # "plan" or "ok i want a plan" typed in a vent: go there
        if step is not None and step.kind == "capture":
            taken = await self.walker.capture(ctx, step, text)
            ctx.understand(UnderstoodKind.ANSWER if taken else UnderstoodKind.FALLBACK)
            return
        choices = step if step is not None and step.kind == "choices" else None
        found = None
        if choices is not None:
            found = self.answers.match(ctx, choices, text)
            command_word = (
                cmd is not None
                and not cmd.args
                and self.walker.base.by_command(cmd.word) is not None
            )
            loose = (found.score or 0) < 1.0
            if (
                loose
                and not self.answers.closes(found.option, text)  # "thats it ty", "done for now"
                and ctx.conv.flow not in self.config.closed_flows
                and await self.answers.leaving(ctx, text)
            ):
                return  # "ok goodnight" is a goodbye, not a loose "ok" to the question
            if found.option is not None and not (command_word and loose):
                if await self._answered_on(ctx, found.option, text):
                    return  # "theres more, they ...": the rest answers the step it leads to
                self._meet_feeling(ctx, found.option, text)
                await self.answers.take(ctx, found.option, found.score)
                return  # a command word on its own beats a loose match ("idioma" is not a mood)
        if cmd is not None and self.walker.base.by_command(cmd.word) is not None:
            ctx.understand(UnderstoodKind.COMMAND)
            await self.commands.run(ctx, cmd.word, cmd.args, explicit=False)
            return
        if choices is not None and found is not None and found.option is None:
            opened = [o for o in choices.choices if words_after(o, text)]
            if len(opened) == 1 and await self._answered_on(ctx, opened[0], text):
                return  # "add: update linkedin" at "Add my own step": the step is kept
        if choices is not None and await self.answers.free_text(ctx, choices, text):
            return
        if choices is not None and await self.answers.spill(ctx, choices, text):
            return
        triggered = self.triggers.flow_for(self.walker.flows, text)
        if ctx.conv.flow in self.config.closed_flows:
            triggered = None  # commands still work; phrases are answers here
        if triggered is not None and triggered == ctx.conv.flow and choices is not None:
            triggered = None  # "me rechazaron" at the welcome's own question: no start over
        if triggered and choices and await self.answers.confirm(ctx, choices, triggered):
            return
        if triggered is not None:
            ctx.understand(UnderstoodKind.FLOW)
            await self.commands.start_flow(ctx, triggered, "")
            return
        ctx.understand(UnderstoodKind.FALLBACK)
        if choices is not None and found is not None:
            await self.answers.repair(ctx, choices, found)
            return
        if idle and self.walker.base.get(self.config.welcome_flow) is None:
            ctx.say(_("Welcome back. It's been a little while, so let's start fresh."))
        await self.commands.start_flow(ctx, self.config.welcome_flow, "")

    async def _went(self, ctx: TurnContext, step: Step | None, text: str) -> bool:
        """A command word alone at a venting step (the vent's free text), or a plain request to
        go there ("can we do the plan now", "can we get back to my plan?", "show me the menu")
        at a free-text step or, when the waiting question's options do not surely take the
        words, at a choices step: run it."""
        if step is None or ctx.conv.flow in self.config.closed_flows:
            return False
        venting = step.kind == "capture" and ctx.conv.flow in self.config.venting_flows
        place = place_asked(text)
        cmd = parse_command(place) if place is not None else None
        if cmd is not None and cmd.word in NOT_REQUESTED:
            cmd = None
        if cmd is None and venting:
            cmd = parse_command(text)
        if cmd is None or cmd.args:
            return False
        flow = self.walker.flows.by_command(cmd.word)
        if cmd.word not in GLOBAL_COMMANDS and (flow is None or flow.id == ctx.conv.flow):
            return False  # "vent" typed in the vent is its words
        if step.kind == "choices":
            if place is None:
                return False  # a bare word at a question is the flows' to read
            found = self.answers.matcher.match(ctx.conv.flow or "", step, text)
            if found.option is not None and (
                (found.score or 0) >= 1.0 or _names(found.option, cmd.word)
            ):
                return False  # "start the checkins again" at "Turn check-ins back on"
        elif not venting and place is None:
            return False  # a whole-message request ("can we get back to my plan?") goes there
        ctx.understand(UnderstoodKind.COMMAND)
        await self.commands.run(ctx, cmd.word, "", explicit=False)
        return True

    async def _answered_on(self, ctx: TurnContext, option: ChoiceOption, text: str) -> bool:
        """An option's words and then the answer to the free-text step it leads to ("theres
        more, honestly i keep thinking about it"): the rest is kept as that answer, not lost."""
        target = option.target
        if target.kind == "flow" and target.flow == VENT_FLOW and not option.sets:
            rest = words_after(option, text) or self._after_pick(ctx, option, text)
            if not rest:
                return False  # "vent. i'm so angry they ...": the vent starts with the rest
            ctx.understand(UnderstoodKind.ANSWER, choice=self.walker.render_label(ctx, option))
            return await self.answers.start_with(ctx, VENT_FLOW, rest, START_VENT)
        step = self.walker.flows.step(ctx.conv.flow, target.step) if target.kind == "step" else None
        if step is None or step.kind != "capture" or step.actions or step.say or option.sets:
            return False
        rest = words_after(option, text) or self._after_pick(ctx, option, text)
        if not rest:
            return False
        ctx.understand(UnderstoodKind.ANSWER, choice=self.walker.render_label(ctx, option))
        ctx.conv.vars["last_choice"] = option.id
        ctx.conv.step = step.id
        await self.walker.capture(ctx, step, rest)
        return True

    def _after_pick(self, ctx: TurnContext, option: ChoiceOption, text: str) -> str:
        """What follows a first sentence that picks `option` on its own ("desahogarme. es q
        neta me esforcé un buen"): the rest, when it has words enough; else ""."""
        parts = _FIRST_SENTENCE.split(text, maxsplit=1)
        if len(parts) != 2:
            return ""
        first, rest = parts[0].strip(), parts[1].strip()
        step = self.walker.current(ctx)
        if step is None or len(rest.split()) < REST_WORDS or len(first.split()) > _PICK_WORDS:
            return ""
        found = self.answers.match(ctx, step, first)
        return rest if found.option is not None and found.option.id == option.id else ""

    def _meet_feeling(self, ctx: TurnContext, option: ChoiceOption, text: str) -> None:
        """A feeling said along with a choice ("dejarlos como están. la neta me siento como
        zombie todo el día") is met with a line naming it before the choice is followed."""
        rest = words_after(option, text) or self._after_pick(ctx, option, text)
        if not rest:
            return
        lexicon = Lexicon.load()
        reading = lexicon.read(rest)
        if reading.tone != "hard" or not reading.feelings:
            return
        ctx.say(lexicon.reply(rest, [], lost=ctx.vars.get("job_lost") == "yes")[1])

    def _idle(self, ctx: TurnContext) -> bool:
        seen = ctx.meta.get("seen_at")
        if not ctx.conv.flow or not isinstance(seen, str):
            return False
        try:
            last = datetime.fromisoformat(seen)
        except ValueError:
            return False
        if ctx.now - last <= self.config.idle_after:
            return False
        self.walker.finish(ctx)
        ctx.conv.vars["last_flow_id"], ctx.conv.vars["last_flow"] = last_flow(
            ctx.meta, self.walker.base
        )
        return True

    async def _on_choice(self, ctx: TurnContext, choice: str) -> None:
        at = ctx.turn.at
        if at is not None and at.flow == "" and at.step == "":
            await self._on_text(ctx, choice)  # an action's ad-hoc button: its id is the answer
            return
        if not self._place_valid(ctx):
            await self._place_gone(ctx)
            return
        step = self.walker.current(ctx)
        option = None
        if step is not None and step.kind == "choices" and still_asked(ctx, at):
            option = next((o for o in step.choices if o.id == choice), None)
        if option is None:
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(_(STALE_CHOICE))
            self.walker.reprompt(ctx)
            return
        label = self.walker.render_label(ctx, option)
        ctx.understand(UnderstoodKind.CHOICE, choice=label, score=1.0)
        await self.walker.pick(ctx, option)


def _names(option: ChoiceOption, word: str) -> bool:
    """Whether `option` is itself about the place `word` names (its label, synonyms or
    examples say it): then the option, not the command, is the answer."""
    key = command_key(fold(word))
    said = (option.label, *option.synonyms, *option.examples)
    return any(key in command_key(fold(each)) for each in said)


def still_asked(ctx: TurnContext, at: StepRef | None) -> bool:
    """Whether a button shown at `at` answers the question the person is at now: the same step,
    and (when the button knows) the same asking of it, not an earlier one."""
    if at is None:
        return True
    if (at.flow, at.step) != (ctx.conv.flow, ctx.conv.step):
        return False
    return not at.asked or at.asked == ctx.meta.get("asked")
