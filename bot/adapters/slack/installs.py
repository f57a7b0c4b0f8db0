"""Where Slack installs live: each workspace's bot token and the OAuth states, on the bot's store.

Owns `SqlInstallationStore` (slack_sdk's `AsyncInstallationStore`) and `SqlOAuthStateStore`
(`AsyncOAuthStateStore`), which slack-bolt's `AsyncOAuthFlow` and its authorize step use, on the
tables `slack_installations` and `slack_oauth_states` of the bot's own database (SQLite or
PostgreSQL, created by the same Alembic migrations).

Why not slack_sdk's `AsyncSQLAlchemyInstallationStore` / `AsyncSQLAlchemyOAuthStateStore`? They
exist (async, on an `AsyncEngine`), but:
- they keep bot tokens in plain text, while this store encrypts every secret with the store's
  keys (`data` is ciphertext, rewrapped by `bounceback keys rotate` like the rest);
- they open their own transactions, so an uninstall could not erase the installation together
  with the workspace's conversations, check-ins and plans in one transaction
  (`SqlTx.delete_workspace` does, because the installation is a table of this store);
- they keep every install and every rotated token as a new row; here a workspace has one row
  (the newest install), and a rotated token only updates a row that still exists, so a rotation
  that finishes after an uninstall cannot bring the workspace back;
- going through `SqlStore.transaction()` keeps the store's SQLite write queue and its outage
  handling (`StoreUnavailable`) for these tables too.
Only the bot token is kept (the app asks for no user scopes): no person's token is ever stored.
Org-wide (Enterprise Grid) installs are not offered (`org_deploy_enabled: false`).
"""

from __future__ import annotations

import json
import logging
import secrets
from datetime import UTC, datetime, timedelta
from logging import Logger
from typing import Any

from slack_sdk.oauth.installation_store.async_installation_store import AsyncInstallationStore
from slack_sdk.oauth.installation_store.models.bot import Bot
from slack_sdk.oauth.installation_store.models.installation import Installation
from slack_sdk.oauth.state_store.async_state_store import AsyncOAuthStateStore
from sqlalchemy import delete, insert, select, update

from bot.store import tables as t
from bot.store.sql import SqlStore

log = logging.getLogger(__name__)

BOT_FIELDS = (
    "app_id",
    "enterprise_id",
    "enterprise_name",
    "team_id",
    "team_name",
    "bot_token",
    "bot_id",
    "bot_user_id",
    "bot_refresh_token",
    "bot_token_expires_at",
    "is_enterprise_install",
    "installed_at",
)
"""What is kept of an install: the bot's half of slack_sdk's `Installation`."""


def team_key(enterprise_id: str | None, team_id: str | None) -> str:
    """The row key of a workspace (or an org, for an org-wide install)."""
    return f"{enterprise_id or '-'}:{team_id or '-'}"


def _bot_record(bot: Bot, installer: str | None) -> dict[str, Any]:
    record = {name: getattr(bot, name) for name in BOT_FIELDS}
    record["bot_scopes"] = ",".join(bot.bot_scopes or [])
    record["installer"] = installer
    return record


def _expiry(record: dict[str, Any]) -> datetime | None:
    at = record.get("bot_token_expires_at")
    return datetime.fromtimestamp(int(at), UTC) if at is not None else None


def _bot(record: dict[str, Any]) -> Bot:
    fields: dict[str, Any] = {name: record.get(name) for name in BOT_FIELDS}
    return Bot(**fields, bot_scopes=str(record.get("bot_scopes") or ""))


class SqlInstallationStore(AsyncInstallationStore):
    """slack_sdk's installation store on the bot's `SqlStore` (see the module docstring)."""

    def __init__(self, store: SqlStore) -> None:
        self.store = store

    @property
    def logger(self) -> Logger:
        return log

    def _seal(self, record: dict[str, Any]) -> bytes:
        return self.store.cipher.encrypt(json.dumps(record, separators=(",", ":")).encode())

    def _open(self, blob: bytes) -> dict[str, Any]:
        data = json.loads(self.store.cipher.decrypt(bytes(blob)))
        return data if isinstance(data, dict) else {}

    async def async_save(self, installation: Installation) -> None:
        """A new install (or a reinstall) of a workspace: its row is replaced."""
        record = _bot_record(installation.to_bot(), installation.user_id)
        key = team_key(installation.enterprise_id, installation.team_id)
        now = datetime.now(UTC)
        async with self.store.transaction() as tx:
            conn = tx.handle
            await conn.execute(delete(t.slack_installations).where(_row(key)))
            await conn.execute(
                insert(t.slack_installations).values(
                    team_key=key,
                    enterprise_id=installation.enterprise_id,
                    team_id=installation.team_id,
                    data=self._seal(record),
                    token_expires_at=_expiry(record),
                    installed_at=now,
                    updated_at=now,
                )
            )
        log.info("slack.installed", extra={"rotating": record["bot_refresh_token"] is not None})

    async def async_save_bot(self, bot: Bot) -> None:
        """A rotated token: updates the workspace's row, and only if it is still installed."""
        key = team_key(bot.enterprise_id, bot.team_id)
        async with self.store.transaction() as tx:
            conn = tx.handle
            row = (
                await conn.execute(select(t.slack_installations.c.data).where(_row(key)))
            ).first()
            if row is None:
                log.info("slack.rotated_token_dropped")
                return
            record = _bot_record(bot, self._open(row.data).get("installer"))
            await conn.execute(
                update(t.slack_installations)
                .where(_row(key))
                .values(
                    data=self._seal(record),
                    token_expires_at=_expiry(record),
                    updated_at=datetime.now(UTC),
                )
            )

    async def _record(
        self, enterprise_id: str | None, team_id: str | None
    ) -> dict[str, Any] | None:
        key = team_key(enterprise_id, team_id)
        async with self.store.transaction() as tx:
            row = (
                await tx.handle.execute(select(t.slack_installations.c.data).where(_row(key)))
            ).first()
        return None if row is None else self._open(row.data)

    async def async_find_bot(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        is_enterprise_install: bool | None = False,
    ) -> Bot | None:
        if is_enterprise_install:
            team_id = None
        record = await self._record(enterprise_id, team_id)
        return None if record is None or not record.get("bot_token") else _bot(record)

    async def async_find_installation(
        self,
        *,
        enterprise_id: str | None,
        team_id: str | None,
        user_id: str | None = None,
        is_enterprise_install: bool | None = False,
    ) -> Installation | None:
        if is_enterprise_install:
            team_id = None
        record = await self._record(enterprise_id, team_id)
        if record is None or (user_id is not None and record.get("installer") != user_id):
            return None
        bot = _bot(record)
        return Installation(
            **{name: getattr(bot, name) for name in BOT_FIELDS},
            bot_scopes=bot.bot_scopes,
            user_id=str(record.get("installer") or ""),
        )

    async def async_delete_bot(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        await self.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_installation(
        self, *, enterprise_id: str | None, team_id: str | None, user_id: str | None = None
    ) -> None:
        await self.async_delete_all(enterprise_id=enterprise_id, team_id=team_id)

    async def async_delete_all(self, *, enterprise_id: str | None, team_id: str | None) -> None:
        async with self.store.transaction() as tx:
            key = team_key(enterprise_id, team_id)
            await tx.handle.execute(delete(t.slack_installations).where(_row(key)))

    async def installed_teams(self) -> list[str]:
        """Team ids of every installed workspace (for operators and tests)."""
        async with self.store.transaction() as tx:
            rows = (await tx.handle.execute(select(t.slack_installations.c.team_id))).all()
        return sorted(str(r.team_id) for r in rows if r.team_id)


def _row(key: str) -> Any:
    return t.slack_installations.c.team_key == key


class SqlOAuthStateStore(AsyncOAuthStateStore):
    """One-time OAuth `state` values in `slack_oauth_states`, so an install begun on one worker
    can finish on another; a state is consumed once and only before it expires."""

    def __init__(self, store: SqlStore, expiration_seconds: int = 600) -> None:
        self.store = store
        self.expiration_seconds = expiration_seconds

    @property
    def logger(self) -> Logger:
        return log

    async def async_issue(self, *args: Any, **kwargs: Any) -> str:
        state = secrets.token_urlsafe(32)
        now = datetime.now(UTC)
        async with self.store.transaction() as tx:
            conn = tx.handle
            await conn.execute(
                delete(t.slack_oauth_states).where(t.slack_oauth_states.c.expire_at < now)
            )
            await conn.execute(
                insert(t.slack_oauth_states).values(
                    state=state, expire_at=now + timedelta(seconds=self.expiration_seconds)
                )
            )
        return state

    async def async_consume(self, state: str) -> bool:
        if not isinstance(state, str) or not state or len(state) > 64:
            return False
        c = t.slack_oauth_states.c
        async with self.store.transaction() as tx:
            result = await tx.handle.execute(
                delete(t.slack_oauth_states).where(
                    c.state == state, c.expire_at > datetime.now(UTC)
                )
            )
        return bool(result.rowcount == 1)
