"""The Bolt listeners: acknowledge at once, then turn Slack traffic into engine turns and replies.

Owns what happens to each kind of Slack request: a direct message is a turn whose replies go back
into the DM; a button click in the person's own DM first updates its message (buttons gone, the
pick shown, so nothing is clicked twice) and then is a turn; a click on an ephemeral message is
answered ephemerally to the clicker, and a click anywhere else is answered in the clicker's DM (the
message in that channel is left alone, a private note points to the DM). Which channel is the
person's DM is always Slack's word: its answer to `conversations.open`, or the IM in which the
person's own direct message arrived, never a channel named in a click, command or mention;
`/bounceback WORD` is the command `/WORD`, answered in the DM when typed there and ephemerally
anywhere else; a mention in a channel gets an ephemeral invitation to talk in private, with any
words the person added handled in the DM; opening the App Home publishes it; `app_uninstalled`, or
`tokens_revoked` naming the bot's token, erases everything kept about that workspace at once (one
transaction), and forgets that workspace's token and caches. Every reply, App Home and DM goes
through the `Workspace` of the team the request came from (its own bot token, its own DM and
profile caches). Every listener only acknowledges and hands the work to `InFlight`, so the engine
never delays an ack. Global middleware (`bot.adapters.slack.intake`) drops redeliveries (Socket
Mode retries, HTTP `X-Slack-Retry-Num`) already seen by this process, the engine's event-id claim
catching the rest, and hands every `message` event straight to `_on_message`.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, cast

from slack_bolt.async_app import AsyncApp, AsyncBoltContext
from slack_sdk.errors import SlackApiError

from bot.adapters.slack import events as ev
from bot.adapters.slack.blocks import SlackMessage, answered, answered_text, section
from bot.adapters.slack.home import HomeData, home_view
from bot.adapters.slack.intake import DropRepeats, MessageIntake
from bot.adapters.slack.intake import delivery_id as delivery_id
from bot.adapters.slack.tracking import InFlight, Profile, RecentIds, error_code
from bot.adapters.slack.workspaces import Workspace, Workspaces
from bot.core.model import Reply, Text, Turn, UserKey
from bot.i18n import N_, _

log = logging.getLogger(__name__)

HomeLoader = Callable[[UserKey, Profile], Awaitable[HomeData]]
CheckinCanceller = Callable[[UserKey, str], Awaitable[bool]]
WorkspaceEraser = Callable[[str], Awaitable[int]]
"""Deletes everything kept about one Slack workspace (team id); returns the rows deleted."""

HOME_COMMANDS = {
    "start": "start",
    "menu": "menu",
    "help": "help",
    "pause": "pause",
    "resume": "resume",
    "checkins": "checkins",
    "settings": "settings",
    "cancel": "checkins",
}
"""App Home buttons and the command each one runs (when a flow offers that command)."""

ANSWERED_IN_DM = N_("I've answered in our direct messages, where only you can see it.")

MENTION_INVITE = N_(
    "Hi, I'm Bounce Back, a bot. I keep our conversations private, so I won't talk about "
    "anything personal here."
)


class EngineLike(Protocol):
    async def handle(self, turn: Turn) -> list[Reply]: ...


class SlackHandlers:
    """Listeners for one Bolt app; `attach(bolt)` registers them."""

    def __init__(
        self,
        engine: EngineLike,
        workspaces: Workspaces,
        *,
        tasks: InFlight | None = None,
        home_loader: HomeLoader | None = None,
        cancel_checkin: CheckinCanceller | None = None,
        known_commands: Callable[[str], bool] | None = None,
        erase_workspace: WorkspaceEraser | None = None,
    ) -> None:
        self.engine = engine
        self.erase_workspace = erase_workspace
        self.workspaces = workspaces
        self.tasks = tasks if tasks is not None else InFlight()
        self.home_loader = home_loader
        self.cancel_checkin = cancel_checkin
        self.known_commands: Callable[[str], bool] = known_commands or (lambda _w: True)
        self.seen = RecentIds()
        self.answered_messages = RecentIds()
        self.bot_user_id: str | None = None

    # ----- registration ---------------------------------------------------------------------

    def attach(self, bolt: AsyncApp) -> None:
        bolt.use(DropRepeats(self.seen))
        bolt.use(MessageIntake(self._on_message))
        bolt.event("app_mention")(self._on_mention)
        bolt.event("app_home_opened")(self._on_home_opened)
        bolt.event("app_uninstalled")(self._on_uninstalled)
        bolt.event("tokens_revoked")(self._on_tokens_revoked)
        bolt.action(re.compile("^" + re.escape(ev.BUTTON_PREFIX)))(self._on_button)
        bolt.action(re.compile("^" + re.escape(ev.HOME_PREFIX)))(self._on_home_button)
        bolt.command(re.compile(r"^/"))(self._on_command)

    def _note_bot(self, context: AsyncBoltContext) -> str | None:
        """The bot's user id in the workspace of this request."""
        if context.bot_user_id and self.workspaces.is_single:
            self.bot_user_id = context.bot_user_id
        return context.bot_user_id or self.bot_user_id

    # ----- direct messages ------------------------------------------------------------------

    async def _on_message(self, body: dict[str, Any], context: AsyncBoltContext) -> None:
        self.take_message(body, self._note_bot(context))

    def take_message(self, body: dict[str, Any], bot_user: str | None) -> None:
        """A `message` event: a turn when it is a person's own DM (`bot_user`: the bot's id)."""
        event = cast(ev.MessageEvent, body.get("event") or {})
        if ev.is_conversation_message(event, bot_user):
            self.tasks.spawn(self._dm(cast(ev.EventCallback, body), event), "dm")

    async def _dm(self, body: ev.EventCallback, event: ev.MessageEvent) -> None:
        user = event.get("user", "")
        team = ev.text_of(body.get("team_id")) or ev.text_of(event.get("team"))
        slack = await self.workspaces.get(team)
        slack.dms.learn(user, ev.text_of(event.get("channel")))
        profile = await slack.profiles.get(user)
        turn = ev.message_turn(body, event, locale=profile.locale, tz=profile.tz)
        replies = await self.engine.handle(turn)
        await slack.outbox.to_dm(user, replies)

    # ----- mentions in channels -------------------------------------------------------------

    async def _on_mention(self, body: dict[str, Any], context: AsyncBoltContext) -> None:
        bot_user = self._note_bot(context)
        self.tasks.spawn(self._mention(cast(ev.EventCallback, body), bot_user), "mention")

    async def _mention(self, body: ev.EventCallback, bot_user: str | None) -> None:
        event = cast(ev.MessageEvent, body.get("event") or {})
        user, channel = event.get("user", ""), event.get("channel", "")
        if not user or not channel or event.get("bot_id"):
            return
        slack = await self.workspaces.get(ev.text_of(body.get("team_id")))
        words = ev.slack_to_plain(ev.strip_mention(event.get("text", ""), bot_user))
        moved = False
        if words:
            profile = await slack.profiles.get(user)
            turn = Turn(
                key=ev.user_key(body.get("team_id", ""), user),
                text=words,
                event_id=f"slack:{body.get('event_id', '')}",
                locale=profile.locale,
                tz=profile.tz,
            )
            replies = await self.engine.handle(turn)
            if replies:
                await slack.outbox.to_dm(user, replies)
                moved = True
        link = (
            f"slack://app?team={body.get('team_id', '')}&id={body.get('api_app_id', '')}"
            "&tab=messages"
        )
        where = (
            _(
                "I've sent you a direct message, or type `/bounceback` anywhere; only you will "
                "see it."
            )
            if moved
            else _(
                "Send me a direct message, or type `/bounceback` anywhere; only you will see it."
            )
        )
        text = f"{_(MENTION_INVITE)} {where}"
        msg = SlackMessage(
            text=text,
            blocks=[
                section(text),
                {
                    "type": "context",
                    "elements": [
                        {"type": "mrkdwn", "text": f"<{link}|{_('Open our direct messages')}>"}
                    ],
                },
            ],
        )
        await slack.client.chat_postEphemeral(
            channel=channel, user=user, text=msg["text"], blocks=msg["blocks"]
        )

    # ----- buttons --------------------------------------------------------------------------

    async def _on_button(self, ack: Callable[[], Awaitable[None]], body: dict[str, Any]) -> None:
        await ack()
        self.tasks.spawn(self._click(cast(ev.BlockActions, body)), "click")

    async def _click(self, body: ev.BlockActions) -> None:
        user = ev.text_of(ev.object_of(body.get("user")).get("id"))
        container = cast(ev.Container, ev.object_of(body.get("container")))
        channel = ev.text_of(container.get("channel_id")) or ev.text_of(
            ev.object_of(body.get("channel")).get("id")
        )
        ts = ev.text_of(container.get("message_ts"))
        team = ev.text_of(ev.object_of(body.get("team")).get("id")) or ev.text_of(
            ev.object_of(body.get("user")).get("team_id")
        )
        if ts and not self.answered_messages.first_time(f"{team}:{channel}:{ts}"):
            log.info("slack.click_on_answered_message")
            return
        slack = await self.workspaces.get(team)
        profile = await slack.profiles.get(user)
        parsed = ev.action_turn(body, locale=profile.locale, tz=profile.tz)
        if parsed is None:
            return
        turn, label = parsed
        url = ev.text_of(body.get("response_url"))
        ephemeral = container.get("is_ephemeral") is True
        in_dm = not ephemeral and await slack.dms.is_dm(user, channel)
        if ephemeral and url:
            await slack.outbox.replace_via_response_url(url, label, answered(None, label))
        elif in_dm and ts:
            blocks = (body.get("message") or {}).get("blocks") or []
            await slack.client.chat_update(
                channel=channel,
                ts=ts,
                blocks=answered(blocks, label),
                text=answered_text(blocks, label),
            )
        replies = await self.engine.handle(turn)
        if ephemeral and url:
            await slack.outbox.to_response_url(url, user, replies)
            return
        await slack.outbox.to_dm(user, replies)
        if not in_dm and replies:
            log.info("slack.click_outside_dm")
            await self._point_to_dm(slack, url, channel, user)

    async def _point_to_dm(self, slack: Workspace, url: str, channel: str, user: str) -> None:
        """A note only the clicker sees, in the channel of a click answered in their DM."""
        try:
            if url:
                await slack.outbox.to_response_url(url, user, [Text.of(_(ANSWERED_IN_DM))])
            elif channel:
                await slack.outbox.ephemeral(channel, user, Text.of(_(ANSWERED_IN_DM)))
        except SlackApiError as exc:  # the answer is in the DM already; the pointer is a nicety
            log.info("slack.pointer_failed", extra={"error": error_code(exc)})

    # ----- slash command --------------------------------------------------------------------

    async def _on_command(self, ack: Callable[[], Awaitable[None]], body: dict[str, Any]) -> None:
        await ack()
        self.tasks.spawn(self._command(cast(ev.SlashCommand, body)), "command")

    async def _command(self, body: ev.SlashCommand) -> None:
        user = body.get("user_id", "")
        slack = await self.workspaces.get(ev.text_of(body.get("team_id")))
        profile = await slack.profiles.get(user)
        turn = ev.command_turn(
            body, locale=profile.locale, tz=profile.tz, is_command=self.known_commands
        )
        replies = await self.engine.handle(turn)
        in_dm = await slack.dms.is_dm(user, body.get("channel_id"))
        url = body.get("response_url") or ""
        if in_dm or not url:
            await slack.outbox.to_dm(user, replies)
        else:
            await slack.outbox.to_response_url(url, user, replies)

    # ----- leaving a workspace ---------------------------------------------------------------

    async def _on_uninstalled(self, body: dict[str, Any]) -> None:
        self.tasks.spawn(self._erase(str(body.get("team_id") or "")), "erase")

    async def _on_tokens_revoked(self, body: dict[str, Any]) -> None:
        tokens = (body.get("event") or {}).get("tokens") or {}
        if isinstance(tokens, dict) and tokens.get("bot"):  # the bot can no longer be reached
            self.tasks.spawn(self._erase(str(body.get("team_id") or "")), "erase")

    async def _erase(self, team: str) -> None:
        if not team or self.erase_workspace is None:
            log.warning("slack.workspace_not_erased", extra={"known": bool(team)})
            return
        rows = await self.erase_workspace(team)
        self.workspaces.forget(team)
        log.info("slack.workspace_erased", extra={"rows": rows})

    # ----- App Home -------------------------------------------------------------------------

    async def _on_home_opened(self, body: dict[str, Any]) -> None:
        event = cast(ev.HomeOpened, body.get("event") or {})
        if event.get("tab", "home") == "home" and event.get("user"):
            team = str(body.get("team_id", ""))
            self.tasks.spawn(self.publish_home(ev.user_key(team, event["user"])), "home")

    async def publish_home(self, key: UserKey) -> None:
        slack = await self.workspaces.get(key.workspace)
        profile = await slack.profiles.get(key.user)
        data = await self.home_loader(key, profile) if self.home_loader else HomeData()
        await slack.client.views_publish(user_id=key.user, view=home_view(data))

    async def _on_home_button(
        self, ack: Callable[[], Awaitable[None]], body: dict[str, Any]
    ) -> None:
        await ack()
        self.tasks.spawn(self._home_click(cast(ev.BlockActions, body)), "home_click")

    async def _home_click(self, body: ev.BlockActions) -> None:
        actions = body.get("actions") or []
        decoded = ev.decode_home_action(actions[0].get("action_id", "")) if actions else None
        if decoded is None:
            return
        what, arg = decoded
        user = str((body.get("user") or {}).get("id", ""))
        team = str((body.get("team") or {}).get("id") or (body.get("user") or {}).get("team_id"))
        key = ev.user_key(team, user)
        if what == "cancel" and self.cancel_checkin is not None:
            await self.cancel_checkin(key, arg)
            await self.publish_home(key)
            return
        word = HOME_COMMANDS.get(what, "menu")
        if not self.known_commands(word):
            word = "menu"
        slack = await self.workspaces.get(team)
        profile = await slack.profiles.get(user)
        action_ts = actions[0].get("action_ts", "")
        turn = Turn(
            key=key,
            text=f"/{word}",
            locale=profile.locale,
            tz=profile.tz,
            event_id=f"slack:home:{user}:{action_ts}" if action_ts else None,
        )
        replies = await self.engine.handle(turn)
        await slack.outbox.to_dm(user, replies)
        await self.publish_home(key)
