"""Encryption at rest: AES-GCM tokens for everything written now, Fernet tokens written by older
versions still read, and rotation rewrites both under the newest key in the new form."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import select, update

from bot.app import build_app
from bot.core.model import Turn, UserKey
from bot.store import tables as t
from bot.store.crypto import ENVELOPE, Cipher, KeyError_
from bot.store.keys import KEY_CHECK, rotate_command
from tests.conftest import make_settings

A = UserKey("console", "local", "a")


def new_key() -> str:
    return Fernet.generate_key().decode()


def test_a_token_opens_with_its_key_and_no_other() -> None:
    key, other = new_key(), new_key()
    token = Cipher([key]).encrypt(b"they went with someone else")
    assert token.startswith(ENVELOPE) and b"someone" not in token
    assert Cipher([key]).decrypt(token) == b"they went with someone else"
    assert Cipher([other, key]).decrypt(token) == b"they went with someone else"
    with pytest.raises(KeyError_):
        Cipher([other]).decrypt(token)


def test_the_same_words_never_make_the_same_token() -> None:
    cipher = Cipher([new_key()])
    assert cipher.encrypt(b"same") != cipher.encrypt(b"same")


@pytest.mark.parametrize("cut", [0, 3, 10, 20])
def test_a_changed_or_cut_token_is_refused(cut: int) -> None:
    cipher = Cipher([new_key()])
    token = bytearray(cipher.encrypt(b"words"))
    token[-1] ^= 1
    with pytest.raises(KeyError_):
        cipher.decrypt(bytes(token))
    with pytest.raises(KeyError_):
        cipher.decrypt(cipher.encrypt(b"words")[:cut])


def test_fernet_tokens_from_before_still_open_and_rotate_into_the_new_form() -> None:
    old, new = new_key(), new_key()
    legacy = Fernet(old.encode()).encrypt(b"written by an older version")
    assert Cipher([old]).decrypt(legacy) == b"written by an older version"
    fresh = Cipher([new, old]).rotate(legacy)
    assert fresh.startswith(ENVELOPE)
    assert Cipher([new]).decrypt(fresh) == b"written by an older version"
    with pytest.raises(KeyError_):
        Cipher([new]).decrypt(legacy)


async def test_a_database_of_fernet_rows_reads_on_and_rotates(tmp_path: Path) -> None:
    old, new = new_key(), new_key()
    first = await build_app(make_settings(tmp_path, secret_keys=[old]))
    await first.engine.handle(Turn(A, text="vent"))
    async with first.store.transaction() as tx:
        await tx.add_mood(A, 2, "flat")
    cipher, fernet = Cipher([old]), Fernet(old.encode())
    async with first.store.transaction() as tx:  # as an older version would have written them
        for table, pk_name in (*t.ENCRYPTED, (t.store_meta, "name")):
            pk = table.c[pk_name]
            q = select(pk, table.c.data).where(table.c.data.is_not(None))
            for key_value, blob in (await tx.handle.execute(q)).all():
                legacy = fernet.encrypt(cipher.decrypt(bytes(blob)))
                await tx.handle.execute(update(table).where(pk == key_value).values(data=legacy))
    await first.close()

    again = await build_app(make_settings(tmp_path, secret_keys=[old]))
    async with again.store.transaction() as tx:
        conv = await tx.load(A)
    assert conv is not None and conv.flow == "vent"
    await again.close()

    with (tmp_path / "out.txt").open("w") as fh:
        assert await rotate_command(make_settings(tmp_path).database_url, [new, old], fh) == 0
    only_new = await build_app(make_settings(tmp_path, secret_keys=[new]))
    async with only_new.store.transaction() as tx:
        tokens = [
            bytes(r.data)
            for table, _ in (*t.ENCRYPTED, (t.store_meta, None))
            for r in await tx.handle.execute(select(table.c.data).where(table.c.data.is_not(None)))
        ]
        assert await tx.load(A) is not None
    assert len(tokens) >= 3 and all(token.startswith(ENVELOPE) for token in tokens)
    assert KEY_CHECK in [Cipher([new]).decrypt(token) for token in tokens]
    await only_new.close()
