"""Runtime settings from the environment and the command line, with the embedded defaults.

The embedded default store is a SQLite file in the user's data directory
(`$XDG_DATA_HOME/bounceback/bounceback.db`, else `~/.local/share/bounceback/bounceback.db`), next
to a local key file created readable only by its owner (only while the database holds no encrypted
data: a lost key is never silently replaced). `BOUNCEBACK_DATABASE_URL` and
`BOUNCEBACK_SECRET_KEY` override them.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from bot.store.crypto import parse_keys, read_key_file

DIALOGUES = "dialogues"


def data_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bounceback"


def default_database_url(env: Mapping[str, str]) -> str:
    return "sqlite+aiosqlite:///" + str(data_dir(env) / "bounceback.db")


def default_flows_dir() -> str:
    """`dialogues/` in the working directory, else the one beside the installed package."""
    here = Path(DIALOGUES)
    if here.is_dir():
        return str(here)
    return str(Path(__file__).resolve().parent.parent / DIALOGUES)


@dataclass
class Settings:
    """Everything `build_app` needs. Construct directly in tests; `from_env` for the CLI."""

    database_url: str
    secret_keys: list[str]
    flows_dir: str = field(default_factory=default_flows_dir)
    locale: str = "en"
    tz: str = "UTC"
    idle_after: timedelta = timedelta(hours=12)
    seed: int | None = None
    migrate: bool = True
    checkins: bool = True
    checkin_grace: timedelta = timedelta(hours=12)
    retention: timedelta = timedelta(days=30)
    instance: str = field(default_factory=lambda: f"{os.uname().nodename}-{os.getpid()}")
    env: Mapping[str, str] = field(default_factory=dict)
    key_file: Path | None = None
    """The console's local key file, created at first start only while the database holds no
    encrypted data (`secret_keys` is empty until then)."""
    db_connect_timeout: float = 5.0
    db_statement_timeout: float = 5.0
    """Seconds before PostgreSQL counts as unavailable (BOUNCEBACK_DB_*_TIMEOUT)."""

    @classmethod
    def from_env(
        cls,
        env: Mapping[str, str],
        *,
        database_url: str | None = None,
        require_key: bool = True,
        **overrides: object,
    ) -> Settings:
        """Settings for a command. `require_key=False` (the console) reads the local key file;
        when there is none, the store creates it at first start (`key_file`)."""
        url = database_url or env.get("BOUNCEBACK_DATABASE_URL") or default_database_url(env)
        if url.startswith("sqlite") and ":///" in url:
            Path(url.split(":///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
        keys = parse_keys(env.get("BOUNCEBACK_SECRET_KEY"))
        key_file = None
        if not keys and not require_key:
            key_file = data_dir(env) / "secret.key"
            keys = read_key_file(key_file) or []
        settings = cls(database_url=url, secret_keys=keys, env=dict(env), key_file=key_file)
        if env.get("BOUNCEBACK_FLOWS"):
            settings.flows_dir = env["BOUNCEBACK_FLOWS"]
        if env.get("BOUNCEBACK_IDLE_MINUTES"):
            settings.idle_after = timedelta(minutes=float(env["BOUNCEBACK_IDLE_MINUTES"]))
        if env.get("BOUNCEBACK_RETENTION_DAYS"):
            settings.retention = timedelta(days=float(env["BOUNCEBACK_RETENTION_DAYS"]))
        if env.get("BOUNCEBACK_CHECKIN_GRACE_HOURS"):
            settings.checkin_grace = timedelta(hours=float(env["BOUNCEBACK_CHECKIN_GRACE_HOURS"]))
        if env.get("BOUNCEBACK_DB_CONNECT_TIMEOUT"):
            settings.db_connect_timeout = float(env["BOUNCEBACK_DB_CONNECT_TIMEOUT"])
        if env.get("BOUNCEBACK_DB_STATEMENT_TIMEOUT"):
            settings.db_statement_timeout = float(env["BOUNCEBACK_DB_STATEMENT_TIMEOUT"])
        for name, value in overrides.items():
            if value is not None:
                setattr(settings, name, value)
        return settings
