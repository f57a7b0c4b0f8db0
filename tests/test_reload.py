"""Reloading flows while the bot runs: a valid edit is taken (people on steps that still exist
stay there), an invalid edit keeps the old flows and reports every problem, and the watcher
notices changed files by itself."""

from __future__ import annotations

import asyncio
import io
import os
import shutil
from pathlib import Path

from bot.app import build_app
from bot.core.model import Text, Turn, UserKey
from bot.reload import reload_once, watch_flows
from tests.conftest import DIALOGUES, make_settings

KEY = UserKey("console", "local", "reloader")


def copy_dialogues(tmp_path: Path) -> Path:
    target = tmp_path / "dialogues"
    shutil.copytree(DIALOGUES, target, ignore=shutil.ignore_patterns("tests"))
    return target


async def test_a_valid_edit_is_taken_and_people_keep_their_place(tmp_path: Path) -> None:
    flows = copy_dialogues(tmp_path)
    app = await build_app(make_settings(tmp_path, flows_dir=str(flows)))
    try:
        await app.engine.handle(Turn(KEY, text="/vent"))
        vent = flows / "vent.yaml"
        vent.write_text(vent.read_text().replace("This is your space.", "This space is yours."))
        assert await reload_once(app) is True
        async with app.store.transaction() as tx:
            conv = await tx.load(KEY)
        assert conv is not None and conv.flow == "vent"
        replies = await app.engine.handle(Turn(KEY, text="/vent"))
        assert any(isinstance(r, Text) and "This space is yours." in r.plain for r in replies)
    finally:
        await app.close()


async def test_an_invalid_edit_keeps_the_old_flows_and_reports_why(tmp_path: Path) -> None:
    flows = copy_dialogues(tmp_path)
    app = await build_app(make_settings(tmp_path, flows_dir=str(flows)))
    try:
        before = app.engine.flows
        vent = flows / "vent.yaml"
        vent.write_text(vent.read_text().replace("next: heard", "next: nowhere_at_all", 1))
        err = io.StringIO()
        assert await reload_once(app, err) is False
        assert app.engine.flows is before
        assert "vent.yaml:" in err.getvalue() and "nowhere_at_all" in err.getvalue()
        replies = await app.engine.handle(Turn(KEY, text="/vent"))
        assert replies  # still answering on the old flows
    finally:
        await app.close()


async def test_the_watcher_notices_a_changed_file(tmp_path: Path) -> None:
    flows = copy_dialogues(tmp_path)
    app = await build_app(make_settings(tmp_path, flows_dir=str(flows)))
    watcher = asyncio.create_task(watch_flows(app, io.StringIO(), interval=0.05))
    try:
        before = app.engine.flows
        await asyncio.sleep(0)  # the watcher takes its first look at the files
        menu = flows / "menu.yaml"
        menu.write_text(menu.read_text() + "\n")
        os.utime(menu, (menu.stat().st_atime, menu.stat().st_mtime + 5))
        for _ in range(200):
            if app.engine.flows is not before:
                break
            await asyncio.sleep(0.02)
        assert app.engine.flows is not before
    finally:
        watcher.cancel()
        await app.close()
