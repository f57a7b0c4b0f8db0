"""Encryption at rest for everything a person wrote, with key rotation.

Keys are Fernet keys (urlsafe base64 of 32 bytes). `BOUNCEBACK_SECRET_KEY` may hold several,
comma-separated: the first encrypts, all of them decrypt, so an operator rotates by putting a new
key first and running `bounceback keys rotate`. The console's embedded default keeps a local key
file readable only by its owner, created only while the database holds no encrypted data (see
`bot.store.open`); an empty or garbage key file is one clear line, never a traceback.

New tokens are AES-256-GCM (authenticated, like Fernet, at a small fraction of Fernet's cost a
turn): `ENVELOPE` (two bytes no Fernet token starts with), a random 96-bit nonce, then the
ciphertext and tag, under a key derived from the Fernet key with HKDF-SHA256. Fernet tokens
written before still decrypt with the same keys, and `rotate` rewrites them in the new form.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF


class KeyError_(ValueError):
    """A secret key is missing or malformed; the message says how to make one."""


HOW_TO_MAKE_A_KEY = "run `bounceback keygen` and set BOUNCEBACK_SECRET_KEY to what it prints"


def generate_key() -> str:
    return Fernet.generate_key().decode("ascii")


def parse_keys(value: str | None) -> list[str]:
    """Split a comma-separated key list, checking each key."""
    keys = [k.strip() for k in (value or "").split(",") if k.strip()]
    for i, k in enumerate(keys, 1):
        try:
            Fernet(k.encode("ascii"))
        except (ValueError, UnicodeEncodeError):
            raise KeyError_(
                f"BOUNCEBACK_SECRET_KEY key #{i} is not a valid Fernet key "
                f"(urlsafe base64 of 32 bytes); {HOW_TO_MAKE_A_KEY}"
            ) from None
    return keys


def read_key_file(path: Path) -> list[str] | None:
    """The keys in the local key file (comma-separated, newest first), None when there is none;
    an empty or unreadable file is a KeyError_ naming the file and what to do."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeyError_(
            f"cannot read the key file {path} ({exc.strerror}); check its owner"
        ) from None
    fix = "restore the key from a backup, or set BOUNCEBACK_SECRET_KEY to the key in use"
    try:
        keys = parse_keys(raw.decode("ascii"))
    except (UnicodeDecodeError, KeyError_):
        raise KeyError_(f"the key file {path} does not hold a valid key; {fix}") from None
    if not keys:
        raise KeyError_(f"the key file {path} is empty; {fix}")
    return keys


def create_key_file(path: Path) -> str:
    """Create the local key file (mode 0600) with a fresh key and return the key."""
    path.parent.mkdir(parents=True, exist_ok=True)
    key = generate_key()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(key + "\n")
    return key


ENVELOPE = b"\xbb\x01"
"""The first bytes of an AES-GCM token (format version 1); Fernet tokens start with "g"."""
NONCE = 12


def _aead(key: str) -> AESGCM:
    """The AES-256-GCM key derived from a Fernet key (never the Fernet key's own halves)."""
    raw = base64.urlsafe_b64decode(key.encode("ascii"))
    hkdf = HKDF(algorithm=SHA256(), length=32, salt=None, info=b"bounceback store aes-gcm v1")
    return AESGCM(hkdf.derive(raw))


class Cipher:
    """Encrypts with the first key; decrypts with any of them (AES-GCM tokens and older Fernet
    ones)."""

    def __init__(self, keys: list[str]) -> None:
        if not keys:
            raise KeyError_(f"no secret key is set; {HOW_TO_MAKE_A_KEY}")
        self._fernet = MultiFernet([Fernet(k.encode("ascii")) for k in keys])
        self._aeads = [_aead(k) for k in keys]

    def encrypt(self, data: bytes) -> bytes:
        nonce = os.urandom(NONCE)
        return ENVELOPE + nonce + self._aeads[0].encrypt(nonce, data, ENVELOPE)

    def _open(self, token: bytes) -> bytes:
        if not token.startswith(ENVELOPE):
            return self._fernet.decrypt(token)
        head = len(ENVELOPE) + NONCE
        nonce, sealed = token[len(ENVELOPE) : head], token[head:]
        for aead in self._aeads:
            try:
                return aead.decrypt(nonce, sealed, ENVELOPE)
            except InvalidTag:
                continue
        raise InvalidToken

    def decrypt(self, token: bytes) -> bytes:
        try:
            return self._open(token)
        except (InvalidToken, ValueError):
            raise KeyError_(
                "stored data cannot be decrypted with the configured keys; keep the old key in "
                "BOUNCEBACK_SECRET_KEY (comma-separated, new key first) until data is rotated"
            ) from None

    def rotate(self, token: bytes) -> bytes:
        """Re-encrypt `token` under the first key (KeyError_ when no key opens it), as an
        AES-GCM token whatever form it was in."""
        try:
            return self.encrypt(self._open(token))
        except (InvalidToken, ValueError):
            raise KeyError_("a stored token cannot be decrypted with any of the keys") from None
