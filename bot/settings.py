"""Runtime settings from the environment and the command line, with the embedded defaults.

The embedded default store is a SQLite file in the user's data directory
(`$XDG_DATA_HOME/bounceback/bounceback.db`, else `~/.local/share/bounceback/bounceback.db`), next
to a local key file created readable only by its owner (only while the database holds no encrypted
data: a lost key is never silently replaced). `BOUNCEBACK_DATABASE_URL` and
`BOUNCEBACK_SECRET_KEY` override them; `BOUNCEBACK_DATABASE_PASSWORD`, when set, is put into the
URL as it is (so a password may hold `@`, `/` or `%` without URL-encoding). The flows default to
the ones shipped in the package (`bot.shipped`).

A bad value never gets as far as a traceback: `SettingError` carries one line naming the
setting and the fix, and the command line turns it into exit status 2.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from bot.shipped import default_flows_dir
from bot.store.crypto import KeyError_, parse_keys, read_key_file

__all__ = ["SettingError", "Settings", "data_dir", "default_database_url", "default_flows_dir"]

DRIVERS = {"sqlite+aiosqlite": "sqlite", "postgresql+asyncpg": "postgresql"}
"""The database URL schemes the store speaks, and the kind of store each is."""

URL_FIX = (
    "use postgresql+asyncpg://USER:PASSWORD@HOST:5432/DB, or sqlite+aiosqlite:///PATH for one "
    "process"
)


class SettingError(ValueError):
    """A setting is missing or wrong. The message is one line: the setting, and how to fix it."""


def data_dir(env: Mapping[str, str]) -> Path:
    base = env.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "bounceback"


def default_database_url(env: Mapping[str, str]) -> str:
    return "sqlite+aiosqlite:///" + str(data_dir(env) / "bounceback.db")


def store_kind(url: str) -> str:
    """`sqlite` or `postgresql` for a database URL that `check_database_url` accepted."""
    return DRIVERS.get(url.split("://", 1)[0], url.split("+", 1)[0].split(":", 1)[0])


def check_database_url(url: str, name: str = "BOUNCEBACK_DATABASE_URL") -> str:
    """`url` when the store can use it; else `SettingError` naming `name` and the fix."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError):
        raise SettingError(f"{name} is not a database URL; {URL_FIX}") from None
    if parsed.drivername not in DRIVERS:
        raise SettingError(
            f"{name} uses {parsed.drivername!r}, which the bot cannot use; {URL_FIX}"
        )
    if parsed.drivername.startswith("postgresql") and not parsed.host:
        raise SettingError(f"{name} names no database host; {URL_FIX}")
    return url


def with_password(url: str, password: str) -> str:
    """`url` with `password` put in as it is (no URL-encoding needed by whoever set it)."""
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def _duration(env: Mapping[str, str], name: str, unit: str, example: str) -> timedelta | None:
    raw = env.get(name, "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise SettingError(
            f"{name} must be a positive number of {unit}, got {raw!r}; e.g. {name}={example}"
        )
    return timedelta(**{unit: value})


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

    @property
    def store_kind(self) -> str:
        """`sqlite` or `postgresql`."""
        return store_kind(self.database_url)

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
        when there is none, the store creates it at first start (`key_file`).
        Raises `SettingError` (one line) for any setting that is wrong."""
        name = "--db" if database_url else "BOUNCEBACK_DATABASE_URL"
        url = database_url or env.get("BOUNCEBACK_DATABASE_URL", "").strip()
        url = check_database_url(url, name) if url else default_database_url(env)
        if env.get("BOUNCEBACK_DATABASE_PASSWORD"):
            url = with_password(url, env["BOUNCEBACK_DATABASE_PASSWORD"])
        try:
            keys = parse_keys(env.get("BOUNCEBACK_SECRET_KEY"))
        except KeyError_ as exc:
            raise SettingError(str(exc)) from None
        if store_kind(url) == "sqlite" and ":///" in url and ":memory:" not in url:
            _make_parent(Path(url.split(":///", 1)[1]), name)
        key_file = None
        if not keys and not require_key:
            key_file = data_dir(env) / "secret.key"
            try:
                keys = read_key_file(key_file) or []
            except KeyError_ as exc:
                raise SettingError(str(exc)) from None
        settings = cls(database_url=url, secret_keys=keys, env=dict(env), key_file=key_file)
        flows = env.get("BOUNCEBACK_FLOWS", "").strip()
        if flows:
            settings.flows_dir = check_flows(flows, "BOUNCEBACK_FLOWS")
        for attr, var, unit, example in (
            ("idle_after", "BOUNCEBACK_IDLE_MINUTES", "minutes", "720"),
            ("retention", "BOUNCEBACK_RETENTION_DAYS", "days", "30"),
            ("checkin_grace", "BOUNCEBACK_CHECKIN_GRACE_HOURS", "hours", "12"),
        ):
            duration = _duration(env, var, unit, example)
            if duration is not None:
                setattr(settings, attr, duration)
        for attr, var in (
            ("db_connect_timeout", "BOUNCEBACK_DB_CONNECT_TIMEOUT"),
            ("db_statement_timeout", "BOUNCEBACK_DB_STATEMENT_TIMEOUT"),
        ):
            seconds = _duration(env, var, "seconds", "5")
            if seconds is not None:
                setattr(settings, attr, seconds.total_seconds())
        for attr, value in overrides.items():
            if value is not None:
                setattr(settings, attr, value)
        return settings


def check_flows(value: str, name: str) -> str:
    """`value` (comma-separated folders or files) when each exists; else `SettingError`."""
    for part in (p.strip() for p in value.split(",")):
        if part and not Path(part).exists():
            raise SettingError(
                f"{name}: {part} does not exist; point it at a folder of flow files, or unset it "
                "to use the flows that come with the bot"
            )
    return value


def _make_parent(path: Path, name: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise SettingError(
            f"{name}: cannot create the folder {path.parent} ({exc.strerror}); set "
            "XDG_DATA_HOME or the URL to a writable place"
        ) from None
