"""The layering rule, enforced: `bot.core`, `bot.flows` and `bot.safety` import no chat SDK and no
database library, and adapters do not import each other."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
FORBIDDEN_IN_NEUTRAL = (
    "slack_bolt",
    "slack_sdk",
    "discord",
    "aiohttp",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "alembic",
    "apscheduler",
    "bot.store",
    "bot.adapters",
    "bot.checkins",
    "bot.privacy",
    "bot.app",
    "bot.cli",
    "bot.runner",
)
ADAPTERS = ("console", "slack", "discord")


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


def files(package: str) -> list[Path]:
    return sorted((BOT / package).rglob("*.py"))


@pytest.mark.parametrize("package", ["core", "flows", "safety"])
def test_neutral_packages_import_no_sdk_or_driver(package: str) -> None:
    bad = [
        f"{path.relative_to(BOT.parent)} imports {name}"
        for path in files(package)
        for name in imports_of(path)
        if any(name == f or name.startswith(f + ".") for f in FORBIDDEN_IN_NEUTRAL)
    ]
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("adapter", ADAPTERS)
def test_adapters_do_not_import_each_other(adapter: str) -> None:
    others = [a for a in ADAPTERS if a != adapter]
    paths = (
        files(f"adapters/{adapter}")
        if (BOT / "adapters" / adapter).is_dir()
        else [BOT / "adapters" / f"{adapter}.py"]
    )
    bad = [
        f"{path.name} imports {name}"
        for path in paths
        for name in imports_of(path)
        if any(name.startswith(f"bot.adapters.{o}") for o in others)
    ]
    assert not bad, "\n".join(bad)
