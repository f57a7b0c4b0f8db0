"""The latest state each recent person's turn saved, kept so their next turn need not decrypt it.

A turn ends by encrypting the person's conversation and saving it; the next turn loads the same
ciphertext and decrypts it again. `Recent` remembers, for the last `LIMIT` people, the ciphertext
this process saved and the plain JSON it sealed; a load whose ciphertext is byte for byte the one
remembered uses the JSON directly. Anything else (another process saved since, keys rotated, an
erased person) misses and is decrypted as usual, and a store given other keys starts a new one,
so a key that no longer opens the stored data is still noticed. It lives only in this process's
memory, holds nothing the process did not just have, and forgets a person whose data is deleted.
"""

from __future__ import annotations

from collections import OrderedDict

LIMIT = 1024


class Recent:
    """user key -> (ciphertext saved, the plain bytes it seals), least recent dropped first."""

    def __init__(self, limit: int = LIMIT, *, sealed_by: object = None) -> None:
        self.limit = limit
        self.sealed_by = sealed_by
        """The cipher whose ciphertexts these are."""
        self._saved: OrderedDict[str, tuple[bytes, bytes]] = OrderedDict()

    def remember(self, key: str, blob: bytes, plain: bytes) -> None:
        self._saved[key] = (blob, plain)
        self._saved.move_to_end(key)
        while len(self._saved) > self.limit:
            self._saved.popitem(last=False)

    def opened(self, key: str, blob: bytes) -> bytes | None:
        """The plain bytes of `blob` when it is what this process last saved for `key`."""
        kept = self._saved.get(key)
        if kept is None or kept[0] != blob:
            return None
        return kept[1]

    def forget(self, key: str | None = None) -> None:
        """Forget one person, or everyone."""
        if key is None:
            self._saved.clear()
        else:
            self._saved.pop(key, None)
