"""Reloading flows while the bot runs: poll the flow files' modification times, and on a change
load and validate them all; a valid set replaces the engine's flows, an invalid edit keeps the old
ones and reports every problem."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TextIO

from bot.app import App, flow_paths
from bot.flows.loader import load_flows

log = logging.getLogger(__name__)


def _stamp(paths: list[Path]) -> dict[str, float]:
    out: dict[str, float] = {}
    for base in paths:
        files = sorted(base.glob("*.y*ml")) if base.is_dir() else [base]
        for f in files:
            try:
                out[str(f)] = f.stat().st_mtime
            except OSError:
                continue
    return out


async def reload_once(app: App, err: TextIO | None = None) -> bool:
    """Load the flows again; True when the new set was taken."""
    flows, problems = load_flows(flow_paths(app.settings), app.registry)
    if flows is None:
        log.error("flows.reload_rejected", extra={"problems": len(problems)})
        if err is not None:
            err.write("Flow edit rejected; keeping the previous flows:\n")
            err.writelines(f"{p}\n" for p in problems)
            err.flush()
        return False
    app.flows = flows
    app.engine.replace_flows(flows)
    log.info("flows.reloaded", extra={"flows": len(flows.flows)})
    return True


async def watch_flows(app: App, err: TextIO | None = None, interval: float = 1.0) -> None:
    """Poll until cancelled; reload on any change."""
    paths = flow_paths(app.settings)
    seen = _stamp(paths)
    while True:
        await asyncio.sleep(interval)
        now = _stamp(paths)
        if now != seen:
            seen = now
            await reload_once(app, err)
