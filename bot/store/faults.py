"""Storage faults as outages: naming what went wrong with the database, and saying so at start.

A full disk, a read-only or locked file, a damaged page, a timeout or an unreachable server are
not bugs in a turn: `cause_of` names the class of fault (never the error text, which may quote
data), the store turns it into `StoreUnavailable` (the store apology, `/healthz` failing), and at
start `refusal` gives the one line that tells an operator what to do (the command exits 2).

It also owns the SQLite file itself: `secure_sqlite_file` creates the database readable only by
its owner (SQLite gives its `-wal` and `-shm` files the database file's mode) and takes group and
other access away from files an older version left open; `quick_check` runs `PRAGMA quick_check`.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from bot.store.crypto import KeyError_

STORE_ERRORS: tuple[type[BaseException], ...] = (
    OperationalError,
    DBAPIError,
    OSError,
    PoolTimeout,
    TimeoutError,
    KeyError_,
)
"""What a database (or a key that no longer opens its data) can raise when it is not usable."""


class StoreRefused(Exception):
    """The store cannot be used, found at start; the message is one line saying what to do,
    `cause` the class of the fault (`cause_of`), "other" when it was not a storage error."""

    def __init__(self, message: str, cause: str = "other") -> None:
        super().__init__(message)
        self.cause = cause


# SQLite primary result codes (sqlite3.h) and PostgreSQL SQLSTATEs, by cause.
_SQLITE_CODES = {
    13: "disk_full",
    8: "read_only",
    5: "locked",
    6: "locked",
    11: "corrupt",
    26: "corrupt",
    14: "cannot_open",
}
_PG_STATES = {
    "53100": "disk_full",
    "25006": "read_only",
    "57014": "timeout",
    "55P03": "locked",
    "XX001": "corrupt",
    "XX002": "corrupt",
}
_WORDS = (
    ("disk_full", ("database or disk is full", "no space left", "disk full")),
    ("read_only", ("readonly database", "read-only", "read only")),
    ("locked", ("database is locked", "database table is locked", "busy")),
    ("corrupt", ("malformed", "not a database", "corrupt")),
    ("timeout", ("timeout", "timed out", "canceling statement")),
    ("cannot_open", ("unable to open database",)),
    (
        "unreachable",
        (
            "connection refused",
            "connection was closed",
            "connection is closed",
            "connection reset",
            "could not connect",
            "broken pipe",
        ),
    ),
)


def _chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        e = todo.pop()
        if e is None or any(e is s for s in seen) or len(seen) > 8:
            continue
        seen.append(e)
        todo += [getattr(e, "orig", None), e.__cause__, e.__context__]
    return seen


def cause_of(exc: BaseException) -> str:
    """The class of a storage fault: disk_full, read_only, locked, corrupt, timeout,
    cannot_open, unreachable, key, or other."""
    chain = _chain(exc)
    for e in chain:
        if isinstance(e, KeyError_):
            return "key"
        code = getattr(e, "sqlite_errorcode", None)
        if isinstance(code, int) and (code & 0xFF) in _SQLITE_CODES:
            return _SQLITE_CODES[code & 0xFF]
        state = getattr(e, "sqlstate", None) or getattr(e, "pgcode", None)
        if isinstance(state, str) and state in _PG_STATES:
            return _PG_STATES[state]
    for e in chain:
        if isinstance(e, TimeoutError | PoolTimeout):
            return "timeout"
        text = str(e).lower()
        for cause, words in _WORDS:
            if any(w in text for w in words):
                return cause
    if any(isinstance(e, ConnectionError | OSError) for e in chain):
        return "unreachable"
    return "other"


def is_outage(exc: BaseException) -> bool:
    """True when `exc` means the store is not usable (rather than a bug or a conflict)."""
    if isinstance(exc, IntegrityError) or not isinstance(exc, STORE_ERRORS):
        return False
    return isinstance(exc, OperationalError | OSError | TimeoutError | PoolTimeout | KeyError_) or (
        cause_of(exc) != "other"
    )


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL; None for other databases and in-memory ones."""
    parsed = make_url(url)
    if not parsed.drivername.startswith("sqlite"):
        return None
    db = parsed.database or ""
    if not db or db == ":memory:" or "mode=memory" in url:
        return None
    return Path(db[5:] if db.startswith("file:") else db)


def where(url: str) -> str:
    """The database as an operator would name it: a file path, or host:port/name (no password)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    parsed = make_url(url)
    return f"{parsed.host or 'localhost'}:{parsed.port or 5432}/{parsed.database or ''}"


def secure_sqlite_file(url: str) -> None:
    """Create a SQLite database file (mode 0600) before SQLite would (0644), and take group and
    other access away from an existing one and its -wal and -shm files."""
    path = sqlite_path(url)
    if path is None:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        with contextlib.suppress(OSError):
            mode = name.stat().st_mode & 0o777
            if mode & 0o077:
                name.chmod(mode & 0o700)


def quick_check(path: Path) -> str | None:
    """None when `PRAGMA quick_check` finds the file sound, else its first finding."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            row = conn.execute("PRAGMA quick_check(1)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return str(exc)
    answer = str(row[0]) if row else "no answer"
    return None if answer == "ok" else answer.splitlines()[0][:200]


_ADVICE = {
    "disk_full": "has no room left to write (disk full); free some space, then start again",
    "read_only": "is read-only; give this user write access to the file and its folder, then "
    "start again",
    "locked": "is locked by another program; stop that program (or wait for it), then start again",
    "corrupt": "is damaged{detail}; restore it from a backup, or move it away to start fresh",
    "cannot_open": "cannot be opened; check the path and that this user may write to its folder",
    "timeout": "did not answer in time; check that the server is up and reachable "
    "(BOUNCEBACK_DATABASE_URL)",
    "unreachable": "cannot be reached; check that the server is up and BOUNCEBACK_DATABASE_URL",
}


_FILE_SLOW = (
    "did not open in time; the machine may be very busy, or another program may hold the file. "
    "Start again in a moment"
)


def refusal(exc: BaseException, url: str) -> StoreRefused:
    """The one line an operator reads when the store is unusable at start."""
    cause = cause_of(exc)
    path = sqlite_path(url)
    detail = ""
    if path is not None and path.exists() and cause in ("corrupt", "other"):
        finding = quick_check(path)
        if finding is not None:
            cause, detail = "corrupt", f" (quick_check: {finding})"
    advice = _ADVICE.get(cause)
    if path is not None and cause in ("timeout", "unreachable"):
        advice = _FILE_SLOW  # a file on this machine has no server to be up
    if advice is None:
        advice = f"cannot be used ({type(exc).__name__}); check it, then start again"
    return StoreRefused(f"the database {where(url)} {advice.format(detail=detail)}", cause)
