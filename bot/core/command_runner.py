"""Running the commands a person types: `stop` leaves the conversation, `menu` lists what there
is, `help` opens help and keeps their place to come back to, and any other word starts the flow
that offers it (or says the command is unknown). Recognising commands is `bot.core.commands`.
"""

from __future__ import annotations

from bot.core.commands import MAX_WORDS
from bot.core.config import EngineConfig
from bot.core.context import TurnContext
from bot.core.walker import REPROMPT, Walker
from bot.flows.model import Flow
from bot.i18n import _


class CommandRunner:
    """Runs one recognised command for a turn."""

    def __init__(self, walker: Walker, config: EngineConfig) -> None:
        self.walker = walker
        self.config = config

    async def run(self, ctx: TurnContext, word: str, args: str, *, explicit: bool) -> None:
        if word == "stop":
            self.walker.finish(ctx)
            ctx.meta.pop("resume", None)
            ctx.say(
                _(
                    "Okay, I'll stop here. I'm around whenever you want to talk: type menu or "
                    "help any time."
                )
            )
            return
        if word == "menu":
            await self.start_flow(ctx, self.config.menu_flow, args)
            return
        if word == "help":
            help_flow = self.config.help_flow
            if ctx.conv.flow and ctx.conv.step and ctx.conv.flow != help_flow:
                ctx.conv.stack.append((ctx.conv.flow, REPROMPT + ctx.conv.step))
                ctx.conv.vars["command_args"] = args
                await self.walker.begin(ctx, help_flow, keep_stack=True)
            else:
                await self.start_flow(ctx, help_flow, args)
            return
        flow, args = self._flow_for(word, args)
        if flow is None:
            ctx.say(
                _("I don't know the command /{word}. Type help to see what I can do.").format(
                    word=word[:40]
                )
            )
            self.walker.reprompt(ctx)
            return
        await self.start_flow(ctx, flow.id, args)

    def _flow_for(self, word: str, args: str) -> tuple[Flow | None, str]:
        """The flow `word` starts and the words left for it; a command word written as several
        words counts too, the longest first (`/plan de seguridad` is `plandeseguridad`, not
        `plan` with "de seguridad")."""
        rest = args.split()
        for taken in range(min(len(rest), MAX_WORDS - 1), 0, -1):
            flow = self.walker.flows.by_command(word + "".join(rest[:taken]))
            if flow is not None:
                return flow, " ".join(rest[taken:])
        return self.walker.flows.by_command(word), args

    async def start_flow(self, ctx: TurnContext, flow_id: str, args: str) -> None:
        """Start `flow_id` with `args` as the command's words."""
        ctx.conv.vars["command_args"] = args
        await self.begin_or_note(ctx, flow_id)

    async def begin_or_note(self, ctx: TurnContext, flow_id: str) -> None:
        """Start `flow_id`, or say the bot is here when the flows have no such flow."""
        if self.walker.flows.get(flow_id) is None:
            self.walker.finish(ctx)
            ctx.say(_("I'm here. Type help to see what I can do."))
            return
        await self.walker.begin(ctx, flow_id)
