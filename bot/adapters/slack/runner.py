"""`bounceback run slack`: wiring slack-bolt's AsyncApp to the engine, in Socket Mode or HTTP mode.

Owns the Slack settings read from the environment (`SLACK_BOT_TOKEN`; Socket Mode when
`SLACK_APP_TOKEN` is set, else HTTP mode on `/slack/events` verified with `SLACK_SIGNING_SECRET`,
port from `PORT` or `BOUNCEBACK_HTTP_PORT`, default 3000; `SLACK_API_URL` for the Web API base;
or, instead of one bot token, `SLACK_CLIENT_ID` and `SLACK_CLIENT_SECRET` for OAuth installs into
many workspaces, HTTP mode only, see `bot.adapters.slack.oauth`),
`SlackBot` (builds the Bolt app with our Web API client, attaches the listeners, connects or
listens, and stops in order: no new requests, in-flight turns finished, connections closed), and
`serve(app, env, stop)`, which also hands the check-in scheduler a Slack `Sender`.
HTTP mode keeps no state a second worker needs, so several workers can share a load balancer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import aiohttp
from aiohttp import web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler
from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError

from bot.adapters.slack.handlers import (
    CheckinCanceller,
    EngineLike,
    HomeLoader,
    SlackHandlers,
    WorkspaceEraser,
)
from bot.adapters.slack.homedata import StoreHome
from bot.adapters.slack.installs import SqlInstallationStore, SqlOAuthStateStore
from bot.adapters.slack.intake import SocketIntake
from bot.adapters.slack.limits import guard
from bot.adapters.slack.oauth import OAuthConfig, OAuthConfigError, build_oauth
from bot.adapters.slack.sender import SlackSender, make_client, pinned_logger
from bot.adapters.slack.tracking import InFlight, error_code
from bot.adapters.slack.webjson import make_session
from bot.adapters.slack.workspaces import Workspaces
from bot.app import App
from bot.checkins.senders import RoutingSender
from bot.core.commands import GLOBAL_COMMANDS
from bot.ops.events import platform_error
from bot.ops.instrument import Ops
from bot.ops.server import ops_routes
from bot.store.sql import SqlStore

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
DEFAULT_PORT = 3000
SHUTDOWN_GRACE = 5.0


class SlackConfigError(ValueError):
    """The Slack environment is incomplete; the message says which variable to set."""


@dataclass(frozen=True, slots=True)
class SlackSettings:
    bot_token: str
    app_token: str | None = None
    signing_secret: str | None = None
    api_url: str | None = None
    port: int = DEFAULT_PORT
    host: str = "0.0.0.0"
    path: str = EVENTS_PATH
    oauth: OAuthConfig | None = None
    """OAuth installs into many workspaces (then `bot_token` is empty)."""

    @property
    def socket_mode(self) -> bool:
        return bool(self.app_token)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> SlackSettings:
        try:
            oauth = OAuthConfig.from_env(env)
        except OAuthConfigError as exc:
            raise SlackConfigError(str(exc)) from None
        token = env.get("SLACK_BOT_TOKEN", "").strip()
        if oauth is not None:
            _check_oauth_mode(env, token)
        elif not token:
            raise SlackConfigError(
                "SLACK_BOT_TOKEN is not set: copy the Bot User OAuth Token (xoxb-...) from your "
                "Slack app's OAuth & Permissions page, or set SLACK_CLIENT_ID and "
                "SLACK_CLIENT_SECRET to install into many workspaces (see deploy/slack/README.md)"
            )
        app_token = env.get("SLACK_APP_TOKEN", "").strip() or None
        if app_token and not app_token.startswith("xapp-"):
            raise SlackConfigError(
                "SLACK_APP_TOKEN must be an app-level token starting with xapp- (Basic Information "
                "> App-Level Tokens, scope connections:write); unset it to use HTTP mode"
            )
        secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
        if not app_token and not secret:
            raise SlackConfigError(
                "set SLACK_APP_TOKEN for Socket Mode, or SLACK_SIGNING_SECRET (Basic Information > "
                "Signing Secret) for HTTP mode; without either, requests cannot be trusted"
            )
        raw_port = env.get("PORT") or env.get("BOUNCEBACK_HTTP_PORT") or str(DEFAULT_PORT)
        try:
            port = int(raw_port)
        except ValueError:
            raise SlackConfigError(
                f"PORT / BOUNCEBACK_HTTP_PORT must be a number, got {raw_port!r}"
            ) from None
        return cls(
            bot_token=token,
            app_token=app_token,
            signing_secret=secret,
            api_url=env.get("SLACK_API_URL") or None,
            port=port,
            host=env.get("BOUNCEBACK_HTTP_HOST", "0.0.0.0"),
            oauth=oauth,
        )


def _check_oauth_mode(env: Mapping[str, str], token: str) -> None:
    """OAuth installs: no single bot token, HTTP mode, a signing secret."""
    if token:
        raise SlackConfigError(
            "SLACK_BOT_TOKEN and SLACK_CLIENT_ID are both set: keep SLACK_BOT_TOKEN for one "
            "workspace, or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for installs into many"
        )
    if env.get("SLACK_APP_TOKEN", "").strip():
        raise SlackConfigError(
            "SLACK_APP_TOKEN is set with SLACK_CLIENT_ID: installs into many workspaces need HTTP "
            "mode (Slack sends installers back to /slack/oauth_redirect); unset SLACK_APP_TOKEN"
        )
    if not env.get("SLACK_SIGNING_SECRET", "").strip():
        raise SlackConfigError(
            "SLACK_SIGNING_SECRET is not set: installs into many workspaces use HTTP mode, "
            "copy the Signing Secret from Basic Information > App Credentials"
        )


async def _listener_failed(error: Exception) -> None:
    """A Bolt listener raised: counted, and logged by the error's class only."""
    platform_error("slack")
    log.error("slack.listener_failed", extra={"error": type(error).__name__})


async def _socket_error(_message: Any) -> None:
    """The Socket Mode connection reported an error (it reconnects by itself)."""
    platform_error("slack")
    log.warning("slack.socket_error")


class SlackBot:
    """One running Slack adapter. `start()` connects (or listens), `stop()` winds down."""

    def __init__(
        self,
        engine: EngineLike,
        settings: SlackSettings,
        *,
        home_loader: HomeLoader | None = None,
        cancel_checkin: CheckinCanceller | None = None,
        known_commands: Callable[[str], bool] | None = None,
        extra_routes: list[web.RouteDef] | None = None,
        erase_workspace: WorkspaceEraser | None = None,
        store: SqlStore | None = None,
    ) -> None:
        self.engine = engine
        self._store = store
        self._erase_workspace = erase_workspace
        self._extra_routes = extra_routes
        self.settings = settings
        self._home_loader = home_loader
        self._cancel_checkin = cancel_checkin
        self._known_commands = known_commands
        self.tasks = InFlight()
        self.port: int | None = None
        self._session: aiohttp.ClientSession | None = None
        self._socket: AsyncSocketModeHandler | None = None
        self._http: web.AppRunner | None = None
        self._site: web.TCPSite | None = None
        self.bolt: AsyncApp | None = None
        self.handlers: SlackHandlers | None = None
        self.sender: SlackSender | None = None
        self.workspaces: Workspaces | None = None

    def _bolt(self, session: aiohttp.ClientSession) -> tuple[AsyncApp, Workspaces]:
        """The Bolt app and the workspaces it talks to: one token, or OAuth installs."""
        api = self.settings.api_url
        logger = pinned_logger("slack_bolt.bounceback")  # library records: payload redacted
        oauth = self.settings.oauth
        if oauth is None:
            client = make_client(self.settings.bot_token, api, session)
            bolt = AsyncApp(
                client=client,
                signing_secret=self.settings.signing_secret,
                process_before_response=True,
                request_verification_enabled=not self.settings.socket_mode,
                logger=logger,
            )
            return bolt, Workspaces.single(client)
        if self._store is None:
            raise SlackConfigError("OAuth installs need the bot's database")
        installs = SqlInstallationStore(self._store)
        client = make_client(None, api, session)
        flow, authorize, rotator = build_oauth(
            oauth, installs, SqlOAuthStateStore(self._store), client
        )
        bolt = AsyncApp(
            client=client,
            signing_secret=self.settings.signing_secret,
            process_before_response=True,
            oauth_flow=flow,
            authorize=authorize,  # type: ignore[arg-type]  # Bolt takes an AsyncAuthorize too
            installation_store=installs,
            installation_store_bot_only=True,
            logger=logger,
        )
        return bolt, Workspaces.installed(
            installs, lambda token: make_client(token, api, session), rotator
        )

    def build(self) -> AsyncApp:
        """The Bolt app with our client and listeners (needs a running event loop)."""
        self._session = make_session()
        bolt, workspaces = self._bolt(self._session)
        bolt.error(_listener_failed)
        self.workspaces = workspaces
        self.handlers = SlackHandlers(
            self.engine,
            workspaces,
            tasks=self.tasks,
            home_loader=self._home_loader,
            cancel_checkin=self._cancel_checkin,
            known_commands=self._known_commands,
            erase_workspace=self._erase_workspace,
        )
        self.handlers.attach(bolt)
        self.sender = SlackSender(workspaces)
        self.bolt = bolt
        return bolt

    async def start(self) -> None:
        """Check the bot token, then connect (Socket Mode) or listen (HTTP mode); with OAuth
        installs, each workspace's token is checked as its requests arrive."""
        bolt = self.bolt or self.build()
        if self.settings.oauth is not None:
            await self._listen(bolt)
            return
        try:
            me = await bolt.client.auth_test()
        except SlackApiError as exc:
            raise SlackConfigError(
                f"Slack refused SLACK_BOT_TOKEN ({error_code(exc)}): copy the Bot User OAuth "
                "Token (xoxb-...) again from OAuth & Permissions, and reinstall the app if its "
                "scopes changed"
            ) from None
        if self.handlers is not None:
            self.handlers.bot_user_id = str(me.get("user_id") or "") or None
        if self.settings.socket_mode:
            try:  # the Socket Mode client retries forever on a bad token: check it once first
                await bolt.client.apps_connections_open(app_token=self.settings.app_token or "")
            except SlackApiError as exc:
                raise SlackConfigError(
                    f"Slack refused SLACK_APP_TOKEN ({error_code(exc)}): make an app-level token "
                    "with the connections:write scope (Basic Information > App-Level Tokens) and "
                    "check that Socket Mode is on"
                ) from None
            self._socket = AsyncSocketModeHandler(
                bolt, self.settings.app_token, web_client=bolt.client
            )
            self._socket.client.on_error_listeners.append(_socket_error)
            self._take_messages_first(self._socket)
            await self._socket.connect_async()  # type: ignore[no-untyped-call]
            log.info("slack.started", extra={"mode": "socket"})
            return
        await self._listen(bolt)

    def _take_messages_first(self, socket: AsyncSocketModeHandler) -> None:
        """Message events skip Bolt in Socket Mode, and slack_sdk's queue as well
        (`bot.adapters.slack.intake.SocketIntake`)."""
        handlers = self.handlers
        if handlers is None:
            return
        listeners = socket.client.socket_mode_request_listeners
        bolt = socket.handle
        at = next(i for i, listener in enumerate(listeners) if listener == bolt)
        intake = SocketIntake(
            bolt, handlers.seen, handlers.take_message, lambda: handlers.bot_user_id
        )
        listeners[at] = intake
        client = socket.client
        enqueue = client.enqueue_message

        async def take_first(raw: str) -> None:
            if not await intake.early(client, raw):
                await enqueue(raw)

        client.enqueue_message = take_first  # type: ignore[method-assign, assignment]

    async def _listen(self, bolt: AsyncApp) -> None:
        """HTTP mode: events at `path`, and the install pages when OAuth is on."""
        web_app = bolt.web_app(path=self.settings.path, port=self.settings.port)
        web_app.middlewares.append(guard(self.settings.path))
        web_app.add_routes(self._extra_routes or [web.get("/healthz", _healthz)])
        self._http = web.AppRunner(web_app, access_log=None, shutdown_timeout=SHUTDOWN_GRACE)
        await self._http.setup()
        site = web.TCPSite(self._http, self.settings.host, self.settings.port)
        await site.start()
        self._site = site
        addresses = self._http.addresses
        self.port = int(addresses[0][1]) if addresses else self.settings.port
        mode = "http" if self.settings.oauth is None else "http+oauth"
        log.info("slack.started", extra={"mode": mode, "port": self.port})

    async def stop(self, grace: float = SHUTDOWN_GRACE) -> None:
        """Stop taking requests, let in-flight turns finish (up to `grace`), then disconnect."""
        if self._socket is not None:
            await self._socket.disconnect_async()  # type: ignore[no-untyped-call]
        if self._http is not None:
            # Closes the port and idle keep-alive connections, and waits for requests being
            # acknowledged; the turns they started keep running below.
            await self._http.cleanup()
            self._http = None
            self._site = None
        finished = await self.tasks.drain(grace)
        if self._socket is not None:
            await self._socket.close_async()  # type: ignore[no-untyped-call]
            self._socket = None
        if self._session is not None:
            await self._session.close()
            self._session = None
        log.info("slack.stopped", extra={"clean": finished})

    async def connected(self) -> bool:
        """True while Socket Mode is connected, or the HTTP listener is up."""
        if self._socket is not None:
            return bool(await self._socket.client.is_connected())
        return self._http is not None


async def _healthz(_request: web.Request) -> web.Response:
    return web.Response(text="ok")


def bot_for_app(app: App, settings: SlackSettings) -> SlackBot:
    """A `SlackBot` on a built `bot.app.App`: its engine, flows, store and services."""
    home = StoreHome(
        app.store,
        app.engine.flows,
        app.services,
        checkins_on=bool(getattr(app.settings, "checkins", True)),
    )

    def known(word: str) -> bool:
        return word in GLOBAL_COMMANDS or app.engine.flows.by_command(word) is not None

    routes = ops_routes(app, metrics=False) if app.services.find(Ops) else None

    async def erase(team: str) -> int:
        """The workspace's installation, conversations, check-ins and plans, in one go."""
        async with app.store.transaction() as tx:
            return int(await tx.delete_workspace("slack", team))

    return SlackBot(
        app.engine,
        settings,
        home_loader=home.load,
        cancel_checkin=home.cancel,
        known_commands=known,
        extra_routes=routes,
        erase_workspace=erase,
        store=app.store,
    )


async def serve(app: App, env: Mapping[str, str], stop: asyncio.Event) -> None:
    """Run the Slack adapter for `app` (a built `bot.app.App`) until `stop` is set."""
    settings = SlackSettings.from_env(env)
    bot = bot_for_app(app, settings)
    bot.build()
    _register_sender(app, bot)
    try:
        await bot.start()

        ops = app.services.find(Ops)
        if ops is not None:
            ops.health.watch("slack_connection", bot.connected)
        await stop.wait()
    finally:
        await bot.stop()


def _register_sender(app: App, bot: SlackBot) -> None:
    """Give the check-in scheduler a way to DM Slack users (`RoutingSender`, when running)."""
    router = app.services.find(RoutingSender)
    if router is not None and bot.sender is not None:
        router.register("slack", bot.sender)
