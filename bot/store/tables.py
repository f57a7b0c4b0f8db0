"""Every table Bounce Back keeps, declared once (SQLAlchemy Core). Migrations mirror this file.

Columns holding what a person wrote (`data`, `text`) store ciphertext (`bot.store.crypto`), never
plain text.
`user_key` is `platform:workspace:user` (see `UserKey`); every table that holds anything about a
person has it, so `forget` can delete by it everywhere.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

conversations = Table(
    "conversations",
    metadata,
    Column("user_key", String(255), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("data", LargeBinary, nullable=False),  # encrypted JSON of Conversation.to_json()
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

processed_events = Table(
    "processed_events",
    metadata,
    Column("event_id", String(255), primary_key=True),
    Column("user_key", String(255), nullable=False, index=True),
    Column("created_at", DateTime(timezone=True), nullable=False, index=True),
)

moods = Table(
    "moods",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(255), nullable=False, index=True),
    Column("score", Integer, nullable=True),  # 1..5
    Column("data", LargeBinary, nullable=True),  # encrypted words, when given
    Column("created_at", DateTime(timezone=True), nullable=False),
)

items = Table(
    "items",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(255), nullable=False),
    Column("kind", String(32), nullable=False),  # plan, draft, thought, safety_plan, vent
    Column("data", LargeBinary, nullable=False),  # encrypted JSON
    Column("free_text", Boolean, nullable=False, default=False),  # subject to retention
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_items_user_kind", "user_key", "kind"),
)

checkins = Table(
    "checkins",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("user_key", String(255), nullable=False, index=True),
    Column("flow", String(64), nullable=False),
    Column("due_at", DateTime(timezone=True), nullable=False),  # UTC
    Column("local_time", String(32), nullable=False),  # wall-clock ISO, e.g. 2026-03-29T10:00
    Column("tz", String(64), nullable=False),
    Column("status", String(16), nullable=False),  # pending sending sent failed cancelled
    Column("attempts", Integer, nullable=False, default=0),
    Column("last_error", String(255), nullable=True),
    Column("requested", Boolean, nullable=False, default=False),  # the person asked for it
    Column("notified", Boolean, nullable=False, default=False),  # told about a failure
    Column("claimed_by", String(64), nullable=True),
    Column("claimed_at", DateTime(timezone=True), nullable=True),
    Column("sent_at", DateTime(timezone=True), nullable=True),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
    Index("ix_checkins_status_due", "status", "due_at"),
)

preferences = Table(
    "preferences",
    metadata,
    Column("user_key", String(255), primary_key=True),
    Column("tz", String(64), nullable=True),
    Column("locale", String(16), nullable=True),
    Column("preferred_time", String(5), nullable=True),  # HH:MM local
    Column("quiet_start", String(5), nullable=False, default="21:00"),
    Column("quiet_end", String(5), nullable=False, default="09:00"),
    Column("paused_until", DateTime(timezone=True), nullable=True),
    Column("max_per_day", Integer, nullable=False, default=1),
    Column("opted_out", Boolean, nullable=False, default=False),
    Column("extra", Text, nullable=True),  # JSON of small non-personal settings
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

store_meta = Table(
    "store_meta",
    metadata,
    Column("name", String(64), primary_key=True),  # key_check, probe
    Column("data", LargeBinary, nullable=True),  # key_check: a token of a known constant
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
"""Facts about the store itself, never about a person: the key check (see `bot.store.keys`)."""

slack_installations = Table(
    "slack_installations",
    metadata,
    Column("team_key", String(80), primary_key=True),  # ENTERPRISE:TEAM, "-" for none
    Column("enterprise_id", String(32), nullable=True),
    Column("team_id", String(32), nullable=True, index=True),
    Column("data", LargeBinary, nullable=False),  # encrypted JSON: the bot token and its details
    Column("token_expires_at", DateTime(timezone=True), nullable=True),  # token rotation
    Column("installed_at", DateTime(timezone=True), nullable=False),
    Column("updated_at", DateTime(timezone=True), nullable=False),
)
"""One row per Slack workspace that installed the app through OAuth (see
`bot.adapters.slack.installs`): its bot token, never a person's."""

slack_oauth_states = Table(
    "slack_oauth_states",
    metadata,
    Column("state", String(64), primary_key=True),
    Column("expire_at", DateTime(timezone=True), nullable=False, index=True),
)
"""OAuth `state` values of installs under way, each used once (any worker may finish one)."""

ENCRYPTED = (
    (conversations, "user_key"),
    (moods, "id"),
    (items, "id"),
    (slack_installations, "team_key"),
)
"""Every table with an encrypted `data` column, with its primary key (what `keys rotate` walks)."""

WORKSPACE_TABLES = {"slack": ((slack_installations, "team_id"),)}
"""Per platform, the tables keyed by workspace rather than by person, with that column: what
`delete_workspace` empties besides the personal tables."""

PERSONAL_TABLES = (conversations, processed_events, moods, items, checkins, preferences)
"""Every table with a `user_key`: what `forget` empties and `mydata` exports."""
