"""The slash commands: one `app_commands.CommandTree` with the same words as every platform.

`/rejected` starts the first-aid conversation; `/vent`, `/reframe`, `/plan`, `/ghosted`, `/mood`,
`/grounding`, `/safetyplan`, `/checkins`, `/settings`, `/resume`, `/help`, `/forget`, `/mydata`,
`/menu` and `/pause` run their flows; `/draft` opens a modal. Some take an
optional text option, passed on as the command's words (so the crisis check sees it too). The tree
allows installing to a server and to a person's own account, and use in servers, the bot DM and
private channels.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Optional

import discord
from discord import app_commands

from bot.i18n import N_

CommandFn = Callable[[discord.Interaction[Any], str, str | None], Awaitable[None]]
DraftFn = Callable[[discord.Interaction[Any]], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class SlashCommand:
    name: str
    description: str
    option: str | None = None  # name of an optional text option
    option_description: str = ""


COMMANDS: tuple[SlashCommand, ...] = (
    SlashCommand(
        "rejected",
        N_("Just heard no? Start here: a few minutes of first aid, privately."),
        "what_happened",
        N_("What happened, in your own words (optional; only you will see it)"),
    ),
    SlashCommand(
        "vent",
        N_("A private place to let it out."),
        "message",
        N_("What's on your mind (optional; only you will see it)"),
    ),
    SlashCommand(
        "reframe",
        N_("Look at what happened from a kinder, fairer angle."),
        "thought",
        N_("The thought that keeps coming back (optional)"),
    ),
    SlashCommand("plan", N_("Make a small, concrete plan for what comes next.")),
    SlashCommand("ghosted", N_("No answer after applying or interviewing? Talk it through.")),
    SlashCommand("mood", N_("Note how you're feeling today, and see how it has been going.")),
    SlashCommand("grounding", N_("A short exercise to feel steadier right now.")),
    SlashCommand("safetyplan", N_("Write down what helps when things get hard, for later.")),
    SlashCommand("draft", N_("Check a message before you send it to a recruiter.")),
    SlashCommand("checkins", N_("See or change when I check in on you.")),
    SlashCommand("settings", N_("Your time zone, quiet hours and how often I check in.")),
    SlashCommand("resume", N_("Pick up where we left off.")),
    SlashCommand("help", N_("What I can do, and people you can reach right now.")),
    SlashCommand("menu", N_("Everything I can help with.")),
    SlashCommand(
        "pause",
        N_("Pause check-ins for a while."),
        "how_long",
        N_("For how long, e.g. 2 weeks (optional)"),
    ),
    SlashCommand("forget", N_("Delete everything I keep about you.")),
    SlashCommand("mydata", N_("Get a copy of everything I keep about you.")),
)

ALLOWED_INSTALLS = app_commands.AppInstallationType(guild=True, user=True)
ALLOWED_CONTEXTS = app_commands.AppCommandContext(guild=True, dm_channel=True, private_channel=True)


def _name(spec: SlashCommand) -> app_commands.locale_str:
    """The command's name, localised per client language by the tree's translator."""
    return app_commands.locale_str(spec.name)


def _text(spec: SlashCommand) -> app_commands.locale_str:
    return app_commands.locale_str(spec.description)


def _command(
    spec: SlashCommand, on_command: CommandFn, on_draft: DraftFn
) -> app_commands.Command[Any, ..., None]:
    if spec.name == "draft":

        async def draft(interaction: discord.Interaction[Any]) -> None:
            await on_draft(interaction)

        return app_commands.Command(name=_name(spec), description=_text(spec), callback=draft)

    if spec.option is None:

        async def plain(interaction: discord.Interaction[Any]) -> None:
            await on_command(interaction, spec.name, None)

        return app_commands.Command(name=_name(spec), description=_text(spec), callback=plain)

    async def with_text(interaction: discord.Interaction[Any], text: Optional[str] = None) -> None:  # noqa: UP045
        await on_command(interaction, spec.name, text)

    with_text.__annotations__ = {
        "interaction": discord.Interaction,
        "text": Optional[str],  # noqa: UP045
        "return": None,
    }
    app_commands.describe(text=app_commands.locale_str(spec.option_description))(with_text)
    app_commands.rename(text=spec.option)(with_text)
    return app_commands.Command(name=_name(spec), description=_text(spec), callback=with_text)


def build_tree(
    client: discord.Client, on_command: CommandFn, on_draft: DraftFn
) -> app_commands.CommandTree[Any]:
    """The command tree for `client`, every command calling back into the bridge."""
    tree: app_commands.CommandTree[Any] = app_commands.CommandTree(
        client, allowed_installs=ALLOWED_INSTALLS, allowed_contexts=ALLOWED_CONTEXTS
    )
    for spec in COMMANDS:
        tree.add_command(_command(spec, on_command, on_draft))
    return tree


async def sync_tree(tree: app_commands.CommandTree[Any], guild_id: int | None) -> int:
    """Publish the commands: to one server at once when `guild_id` is set, else globally."""
    if guild_id is not None:
        guild = discord.Object(id=guild_id)
        tree.copy_global_to(guild=guild)
        synced = await tree.sync(guild=guild)
    else:
        synced = await tree.sync()
    return len(synced)
