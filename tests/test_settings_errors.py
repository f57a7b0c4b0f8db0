"""Every bad or missing setting stops the command with exit status 2 and one line on stderr that
names the setting (beside the JSON log lines), never a traceback; so does a token the platform
refuses. Plus `--version`
and `db upgrade|downgrade|current`. Each case runs the real `bounceback` command."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot import __version__
from tests.conftest import ROOT
from tests.fakes.slack import FakeSlack
from tests.test_cli import bb

KEY = Fernet.generate_key().decode()
SLACK_HTTP = {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "s3cret", "KEY": KEY}
DISCORD = {"DISCORD_TOKEN": "t0ken", "KEY": KEY}

CASES: list[tuple[str, list[str], dict[str, str], str]] = [
    # (case, command, environment, the setting the one line must name)
    ("key missing", ["run", "slack"], {**SLACK_HTTP, "KEY": ""}, "BOUNCEBACK_SECRET_KEY"),
    ("key malformed", ["run", "slack"], {**SLACK_HTTP, "KEY": "abc"}, "BOUNCEBACK_SECRET_KEY"),
    ("key malformed, chat", ["chat"], {"KEY": "not-a-key"}, "BOUNCEBACK_SECRET_KEY"),
    ("idle minutes", ["chat"], {"BOUNCEBACK_IDLE_MINUTES": "abc"}, "BOUNCEBACK_IDLE_MINUTES"),
    ("retention", ["chat"], {"BOUNCEBACK_RETENTION_DAYS": "-3"}, "BOUNCEBACK_RETENTION_DAYS"),
    (
        "grace",
        ["chat"],
        {"BOUNCEBACK_CHECKIN_GRACE_HOURS": "soon"},
        "BOUNCEBACK_CHECKIN_GRACE_HOURS",
    ),
    ("log level", ["validate"], {"BOUNCEBACK_LOG_LEVEL": "loud"}, "BOUNCEBACK_LOG_LEVEL"),
    ("log level flag", ["--log-level", "chatty", "validate"], {}, "--log-level"),
    ("flows folder", ["validate"], {"BOUNCEBACK_FLOWS": "/no/such/flows"}, "BOUNCEBACK_FLOWS"),
    (
        "database URL",
        ["chat"],
        {"BOUNCEBACK_DATABASE_URL": "bounceback.db"},
        "BOUNCEBACK_DATABASE_URL",
    ),
    (
        "database driver",
        ["db", "current"],
        {"BOUNCEBACK_DATABASE_URL": "postgresql://u@db/bb"},
        "BOUNCEBACK_DATABASE_URL",
    ),
    ("--db", ["db", "upgrade", "--db", "mysql://u@h/d"], {}, "--db"),
    ("time zone", ["chat", "--tz", "Mars/Olympus"], {}, "--tz"),
    (
        "metrics port",
        ["run", "slack"],
        {**SLACK_HTTP, "BOUNCEBACK_METRICS_PORT": "abc"},
        "BOUNCEBACK_METRICS_PORT",
    ),
    ("http port", ["run", "slack"], {**SLACK_HTTP, "PORT": "http"}, "PORT"),
    ("http port range", ["run", "slack"], {**SLACK_HTTP, "PORT": "70000"}, "PORT"),
    ("slack token", ["run", "slack"], {"SLACK_SIGNING_SECRET": "s", "KEY": KEY}, "SLACK_BOT_TOKEN"),
    (
        "slack app token",
        ["run", "slack"],
        {**SLACK_HTTP, "SLACK_APP_TOKEN": "xoxb-wrong"},
        "SLACK_APP_TOKEN",
    ),
    (
        "slack mode",
        ["run", "slack"],
        {"SLACK_BOT_TOKEN": "xoxb-1", "KEY": KEY},
        "SLACK_SIGNING_SECRET",
    ),
    ("discord token", ["run", "discord"], {"KEY": KEY}, "DISCORD_TOKEN"),
    (
        "discord shards",
        ["run", "discord"],
        {**DISCORD, "DISCORD_SHARD_COUNT": "two"},
        "DISCORD_SHARD_COUNT",
    ),
    (
        "discord URL",
        ["run", "all"],
        {**SLACK_HTTP, **DISCORD, "DISCORD_API_URL": "ftp://x"},
        "DISCORD_API_URL",
    ),
    (
        "discord client id",
        ["discord", "invite-url"],
        {"DISCORD_CLIENT_ID": ""},
        "DISCORD_CLIENT_ID",
    ),
    (
        "SQLite, split shards",
        ["run", "discord"],
        {**DISCORD, "DISCORD_SHARD_COUNT": "2", "DISCORD_SHARD_IDS": "1"},
        "BOUNCEBACK_DATABASE_URL",
    ),
    (
        "SQLite in Kubernetes",
        ["run", "slack"],
        {**SLACK_HTTP, "KUBERNETES_SERVICE_HOST": "10.0.0.1"},
        "BOUNCEBACK_DATABASE_URL",
    ),
]


def _env(given: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in given.items() if k != "KEY"}
    env["BOUNCEBACK_SECRET_KEY"] = given.get("KEY", "")
    env.setdefault("BOUNCEBACK_METRICS_PORT", "0")
    return env


def assert_one_line(code: int, stderr: str, setting: str) -> None:
    assert code == 2, stderr
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.strip().splitlines() if not line.startswith("{")]
    assert len(lines) == 1, stderr  # besides the JSON log lines, one line for a person
    assert lines[0].startswith("bounceback: ") and setting in lines[0], lines[0]


@pytest.mark.parametrize(
    ("command", "env", "setting"), [c[1:] for c in CASES], ids=[c[0] for c in CASES]
)
def test_a_bad_setting_exits_2_with_one_line(
    tmp_path: Path, command: list[str], env: dict[str, str], setting: str
) -> None:
    out = bb(*command, env=_env(env), tmp=tmp_path)
    assert_one_line(out.returncode, out.stderr, setting)


async def _run_bot(env: dict[str, str], tmp_path: Path, *args: str) -> tuple[int, str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "DISCORD_"))}
    full.pop("BOUNCEBACK_DATABASE_URL", None)
    full.update({"XDG_DATA_HOME": str(tmp_path), **_env(env)})
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        cwd=ROOT,
        env=full,
        stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, err.decode()


@pytest.mark.parametrize("token", ["SLACK_BOT_TOKEN", "SLACK_APP_TOKEN"])
async def test_a_token_slack_refuses_exits_2(tmp_path: Path, token: str) -> None:
    async with FakeSlack() as slack:
        env = {**SLACK_HTTP, "SLACK_API_URL": slack.api_url}
        if token == "SLACK_APP_TOKEN":
            env["SLACK_APP_TOKEN"] = "xapp-1-revoked"
            slack.errors["apps.connections.open"] = "invalid_auth"
        else:
            slack.errors["auth.test"] = "invalid_auth"
        code, err = await _run_bot(env, tmp_path, "run", "slack")
    assert_one_line(code, err, token)


def test_version_prints_the_package_version() -> None:
    out = bb("--version")
    assert out.returncode == 0 and out.stdout.strip() == f"bounceback {__version__}"


def test_db_upgrade_current_and_downgrade(tmp_path: Path) -> None:
    db = ["--db", f"sqlite+aiosqlite:///{tmp_path / 'm.db'}"]
    current = bb("db", "current", *db, tmp=tmp_path)
    assert current.returncode == 0 and "base (empty)" in current.stdout, current.stderr
    up = bb("db", "upgrade", *db, tmp=tmp_path)
    assert up.returncode == 0 and "revision 0003;" in up.stdout, up.stderr
    down = bb("db", "downgrade", "base", *db, tmp=tmp_path)
    assert down.returncode == 0 and "base (empty)" in down.stdout, down.stderr
    wrong = bb("db", "downgrade", "nope", *db, tmp=tmp_path)
    assert_one_line(wrong.returncode, wrong.stderr, "revision")
