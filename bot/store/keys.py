"""The key check, and re-encrypting everything under the newest key (`bounceback keys rotate`).

At first start a token of a known constant is stored with the data (`store_meta`,
`key_check`); every later start decrypts it. When the configured keys do not open it and the
database holds encrypted data, the bot refuses to start with one line saying what to do, rather
than greeting returning people with an apology forever. A database that holds no encrypted data
simply takes the new key. `/healthz` reads the key check too, so it fails while decryption fails.

Rotation follows the key list's convention: the first key encrypts, all of them decrypt; after
`rotate` every token is under the first key and the older keys can be dropped.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from typing import Any, TextIO

from sqlalchemy import delete, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.store import migrate
from bot.store import tables as t
from bot.store.crypto import HOW_TO_MAKE_A_KEY, Cipher, KeyError_
from bot.store.engines import make_engine
from bot.store.faults import STORE_ERRORS, StoreRefused, refusal, where

KEY_CHECK = b"bounceback key check v1"
KEY_CHECK_NAME = "key_check"
_LOCK_ID = 7_340_118  # any constant; names the advisory lock of the key check

ROTATE_HINT = (
    "set BOUNCEBACK_SECRET_KEY to the key the data was written with (to change keys, put the "
    "new key first and the old one after it, comma-separated, then run `bounceback keys rotate`)"
)


def _key_check(conn: Connection) -> bytes | None:
    row = conn.execute(
        select(t.store_meta.c.data).where(t.store_meta.c.name == KEY_CHECK_NAME)
    ).first()
    return None if row is None or row.data is None else bytes(row.data)


def _opens(cipher: Cipher, token: bytes) -> bool:
    try:
        cipher.decrypt(token)
    except KeyError_:
        return False
    return True


def has_data(conn: Connection) -> bool:
    """True when any encrypted personal data is stored."""
    for table, _pk in t.ENCRYPTED:
        q = select(table.c.data).where(table.c.data.is_not(None)).limit(1)
        if conn.execute(q).first() is not None:
            return True
    return False


def _samples_open(conn: Connection, cipher: Cipher) -> bool:
    """For a database from before the key check: the first token of each table opens."""
    for table, _pk in t.ENCRYPTED:
        row = conn.execute(select(table.c.data).where(table.c.data.is_not(None)).limit(1)).first()
        if row is not None and not _opens(cipher, bytes(row.data)):
            return False
    return True


def _record(conn: Connection, cipher: Cipher) -> None:
    conn.execute(delete(t.store_meta).where(t.store_meta.c.name == KEY_CHECK_NAME))
    conn.execute(
        insert(t.store_meta).values(
            name=KEY_CHECK_NAME, data=cipher.encrypt(KEY_CHECK), updated_at=datetime.now(UTC)
        )
    )


def _verify(conn: Connection, cipher: Cipher) -> bool:
    """True when the keys open the data (recording the check when none holds); False when
    encrypted data exists that they cannot open. Processes starting together take turns (an
    advisory lock on PostgreSQL; SQLite's BEGIN IMMEDIATE already serialises them)."""
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_LOCK_ID})")
    token = _key_check(conn)
    if token is not None and _opens(cipher, token) and cipher.decrypt(token) == KEY_CHECK:
        return True
    if token is None and _samples_open(conn, cipher):
        _record(conn, cipher)
        return True
    if has_data(conn):
        return False
    _record(conn, cipher)  # nothing encrypted yet: the new key simply takes over
    return True


async def verify(engine: AsyncEngine, cipher: Cipher, url: str) -> None:
    """Check (or, at first start, record) the key check; StoreRefused when the keys are wrong."""
    async with engine.begin() as conn:
        ok = await conn.run_sync(_verify, cipher)
    if not ok:
        raise StoreRefused(
            f"the secret key does not open the data already in {where(url)}; {ROTATE_HINT}"
        )


async def holds_data(engine: AsyncEngine) -> bool:
    async with engine.connect() as conn:
        return await conn.run_sync(has_data)


def key_opens(conn: Connection, cipher: Cipher) -> bool:
    """For health: the stored key check (when there is one) decrypts with the keys in use."""
    token = _key_check(conn)
    return token is None or _opens(cipher, token)


def _rotate(conn: Connection, cipher: Cipher) -> dict[str, int]:
    counts: dict[str, int] = {}
    for table, pk_name in (*t.ENCRYPTED, (t.store_meta, "name")):
        pk: Any = table.c[pk_name]
        q = select(pk, table.c.data).where(table.c.data.is_not(None))
        if table is t.store_meta:
            q = q.where(pk == KEY_CHECK_NAME)
        rows = conn.execute(q).all()
        for key_value, blob in rows:
            try:
                fresh = cipher.rotate(bytes(blob))
            except KeyError_:
                raise StoreRefused(
                    f"a {table.name} row cannot be decrypted with any of the keys given, so "
                    f"nothing was changed; {ROTATE_HINT}"
                ) from None
            conn.execute(update(table).where(pk == key_value).values(data=fresh))
        counts[table.name] = len(rows)
    return counts


async def rotate(engine: AsyncEngine, cipher: Cipher) -> dict[str, int]:
    """Re-encrypt every token under the first key, in one transaction (all or nothing);
    returns how many rows of each table were rewritten."""
    async with engine.begin() as conn:
        return await conn.run_sync(_rotate, cipher)


async def rotate_command(url: str, keys: list[str], out: TextIO) -> int:
    """`bounceback keys rotate`: 0 when every token is now under the first key, else 2 with one
    line on stderr saying why (nothing is changed then)."""
    if not keys:
        print(f"bounceback: no secret key is set; {HOW_TO_MAKE_A_KEY}", file=sys.stderr)
        return 2
    engine = make_engine(url)
    try:
        await migrate.upgrade(engine)
        counts = await rotate(engine, Cipher(keys))
    except StoreRefused as exc:
        print(f"bounceback: {exc}", file=sys.stderr)
        return 2
    except STORE_ERRORS as exc:
        print(f"bounceback: {refusal(exc, url)}", file=sys.stderr)
        return 2
    finally:
        await engine.dispose()
    total = sum(n for name, n in counts.items() if name != t.store_meta.name)
    out.write(
        f"re-encrypted {total} record{'' if total == 1 else 's'} under the first key; the other "
        "keys can now be removed from BOUNCEBACK_SECRET_KEY\n"
    )
    return 0
