"""Opening the store at start, so a bot never runs on a store it cannot use.

In order: the SQLite file is created readable by its owner only and checked with
`PRAGMA quick_check`; migrations run; the keys are settled (the console's local key file is
created only while the database holds no encrypted data, never beside data it could not open);
the key check is verified (`bot.store.keys`); and a write is tried. Any problem is a
`StoreRefused` whose message is the one line the command prints before exiting 2.
"""

from __future__ import annotations

import asyncio

from bot.core.ports import StoreUnavailable
from bot.settings import Settings
from bot.store import migrate
from bot.store.crypto import HOW_TO_MAKE_A_KEY, Cipher, KeyError_, create_key_file
from bot.store.faults import STORE_ERRORS, StoreRefused, quick_check, refusal, sqlite_path, where
from bot.store.keys import holds_data, verify
from bot.store.sql import SqlStore, make_engine


async def _settle_keys(settings: Settings, store_has_data: bool) -> list[str]:
    if settings.secret_keys:
        return settings.secret_keys
    url = settings.database_url
    if settings.key_file is None:
        raise StoreRefused(f"BOUNCEBACK_SECRET_KEY is not set; {HOW_TO_MAKE_A_KEY}")
    if store_has_data:
        raise StoreRefused(
            f"the key file {settings.key_file} is missing but the database {where(url)} holds "
            "encrypted data; restore the key file from a backup (or set BOUNCEBACK_SECRET_KEY "
            "to the key in use), or move the database away to start fresh"
        )
    settings.secret_keys = [create_key_file(settings.key_file)]
    return settings.secret_keys


TRIES = 3
"""Attempts at opening the store when it only failed for now (busy, slow, not yet up)."""
PASSING = ("timeout", "unreachable", "locked")
"""Faults that may pass in a moment: a busy machine, a server still starting, a lock."""


async def open_store(settings: Settings, *, wait: float = 1.0) -> SqlStore:
    """The store for `settings`, checked and ready; StoreRefused (one line) when it is not.
    A fault that may pass (`PASSING`: several bots started at once on a busy machine) is tried
    again, up to `TRIES` times, `wait` seconds apart and then twice that."""
    for attempt in range(1, TRIES + 1):
        try:
            return await _open_once(settings)
        except StoreRefused as exc:
            if attempt == TRIES or exc.cause not in PASSING:
                raise
        await asyncio.sleep(wait * attempt)
    raise AssertionError("unreachable")  # pragma: no cover - the loop returns or raises


async def _open_once(settings: Settings) -> SqlStore:
    url = settings.database_url
    try:
        engine = make_engine(
            url,
            connect_timeout=settings.db_connect_timeout,
            statement_timeout=settings.db_statement_timeout,
        )
    except OSError as exc:
        raise refusal(exc, url) from None
    try:
        path = sqlite_path(url)
        if path is not None and path.stat().st_size > 0:
            finding = quick_check(path)
            if finding is not None:
                raise StoreRefused(
                    f"the database {path} is damaged (quick_check: {finding}); restore it from "
                    "a backup, or move it away to start fresh"
                )
        if settings.migrate:
            await migrate.upgrade(engine)
        needs_key_file = not settings.secret_keys
        keys = await _settle_keys(settings, needs_key_file and await holds_data(engine))
        cipher = Cipher(keys)
        await verify(engine, cipher, url)
        store = SqlStore(engine, cipher)
        try:
            await store.probe_write()
        except BaseException:
            await store.close()
            raise
        return store
    except StoreRefused:
        await engine.dispose()
        raise
    except KeyError_ as exc:
        await engine.dispose()
        raise StoreRefused(str(exc)) from None
    except StoreUnavailable as exc:
        await engine.dispose()
        raise refusal(exc.__cause__ or exc, url) from None
    except STORE_ERRORS as exc:
        await engine.dispose()
        raise refusal(exc, url) from None
