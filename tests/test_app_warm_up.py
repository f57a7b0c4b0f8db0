"""Start-up loads what the first message would otherwise load, so no turn stalls the loop."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

PROBE = """
import asyncio, json, sys, tempfile, time
from cryptography.fernet import Fernet
from bot.app import build_app
from bot.core.model import Turn, UserKey
from bot.settings import Settings
from bot.safety import crisis_model, language

async def main():
    with tempfile.TemporaryDirectory() as tmp:
        app = await build_app(Settings(
            database_url=f"sqlite+aiosqlite:///{tmp}/warm.db",
            secret_keys=[Fernet.generate_key().decode()],
            checkins=False,
        ))
        loaded = {
            "identifier": language._identifier is not None,
            "crisis_model": crisis_model.shipped.cache_info().currsize == 1,
        }
        before = set(sys.modules)
        replies = await app.engine.handle(
            Turn(UserKey("console", "w", "u"), text="they picked someone else for the role")
        )
        loaded["imported_in_turn"] = sorted(m for m in set(sys.modules) - before
                                             if m.split(".")[0] in ("numpy", "py3langid"))
        loaded["answered"] = bool(replies)
        await app.close()
    print(json.dumps(loaded))

asyncio.run(main())
"""


def test_build_app_loads_the_language_identifier_and_crisis_model_before_any_turn() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found == {
        "identifier": True,
        "crisis_model": True,
        "imported_in_turn": [],
        "answered": True,
    }


async def test_build_app_sets_what_start_up_built_aside_from_the_garbage_collector(
    tmp_path: Path,
) -> None:
    import gc

    from cryptography.fernet import Fernet

    from bot.app import COLLECTOR_DEFAULTS, YOUNG_OBJECTS, build_app
    from bot.settings import Settings

    gc.unfreeze()
    app = await build_app(
        Settings(
            database_url=f"sqlite+aiosqlite:///{tmp_path}/heap.db",
            secret_keys=[Fernet.generate_key().decode()],
            checkins=False,
        )
    )
    try:
        # the flows, models and modules start-up built are no longer walked by a collection
        assert gc.get_freeze_count() > 10_000
        # the youngest generation waits for more new objects than the default 700
        assert gc.get_threshold() == (YOUNG_OBJECTS, *COLLECTOR_DEFAULTS[1:])
    finally:
        await app.close()
    assert gc.get_freeze_count() == 0  # closed: collectable again
    assert gc.get_threshold() == COLLECTOR_DEFAULTS  # and collected as before
