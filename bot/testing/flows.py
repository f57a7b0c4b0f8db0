"""The `bounceback test-flows` command: every transcript on a fresh engine over a throw-away
SQLite database, built exactly as the bot builds itself, with a pass/fail line per conversation."""

from __future__ import annotations

import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from bot.app import build_app
from bot.core.engine import Engine
from bot.flows.problems import FlowError
from bot.settings import Settings
from bot.store.crypto import generate_key
from bot.testing.transcripts import run_files


async def main(paths: list[str], flows_dir: str) -> int:
    """`bounceback test-flows`: run transcripts on a throw-away database, report, exit code."""
    with tempfile.TemporaryDirectory() as tmp:
        counter = iter(range(1_000_000))

        @asynccontextmanager
        async def factory(seed: int | None) -> AsyncIterator[Engine]:
            db = Path(tmp) / f"t{next(counter)}.db"
            settings = Settings(
                database_url=f"sqlite+aiosqlite:///{db}",
                secret_keys=[generate_key()],
                flows_dir=flows_dir,
                seed=seed if seed is not None else 1,
                checkins=False,
            )
            app = await build_app(settings)
            try:
                yield app.engine
            finally:
                await app.close()

        try:
            results = await run_files(paths, factory)
        except FlowError as exc:
            print(f"the flows are invalid:\n{exc}", file=sys.stderr)
            return 1
    failed = [r for r in results if not r.ok]
    for r in results:
        print(f"{'ok  ' if r.ok else 'FAIL'} {r.file}: {r.name}")
        for f in r.failures:
            print("     " + f.replace("\n", "\n     "))
    print(f"{len(results) - len(failed)} passed, {len(failed)} failed")
    return 1 if failed or not results else 0
