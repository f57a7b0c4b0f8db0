"""Delete words in an answer, read from the person's words (English, Spanish).

- `erase_said(text)`: "fine, erase it", "ugh fine, erase everything then", "yes delete it all",
  "bueno, bórralo todo" ask for something to be erased; "don't delete it", "no borres nada" do
  not.
- `partial_erase(text)`: "not everything everything, just the stuff about my manager", "just the
  email pls", "solo lo de mi jefe", "solo el correo" ask to erase only part of what was told,
  which the bot cannot do.
- `keeps(option)`: an option of keeping things ("No, keep it"), which delete words never choose.
"""

from __future__ import annotations

import re

from bot.flows.model import ChoiceOption
from bot.primitives.text import fold

MAX_WORDS = 30
"""An answer to "Shall I erase it all?" is short; anything longer is not read here."""
_ERASE = re.compile(
    r"(?<!\w)(?:delete|deleted|erase|erased|wipe|wiped|remove|clear|forget|scrap|nuke|purge|"
    r"borra|borralo|borrarlo|borrar|borres|bórralo|elimina|eliminalo|eliminar|olvida|olvidalo)"
    r"(?!\w)"
)
_NEGATED = re.compile(
    r"(?<!\w)(?:don'?t|dont|do not|never|not|no|nunca|ni)\s+(?:\w+\s+)?(?:delete|erase|wipe|"
    r"remove|clear|forget|scrap|borr\w*|elimin\w*|olvid\w*)(?!\w)"
    r"|(?<!\w)(?:keep|save|guarda|guardalo|conserva)(?!\w)"
)
_PARTIAL = re.compile(
    r"(?<!\w)(?:not everything|not all(?: of it)?|only (?:the|some|part|what|about|that|my)|"
    r"just (?:the|some|part|what|about|that|one|a few|my)|(?:some|part|bits|parts) of it|"
    r"the (?:stuff|part|bits?|things?) about|"
    r"no todo|solo (?:lo|la|el|los|las|mi|mis|una|unas|parte|eso|lo que)|"
    r"(?:nada mas|nomas) (?:lo|la|el|los|las|mi|mis)|solamente|"
    r"(?:una |la )?parte de|lo de mi|lo de la|lo del)(?!\w)"
)
_DRAFT = re.compile(r"(?<!\w)(?:draft|borrador)(?!\w)")
"""Only the draft is something the bot can delete alone: `bot.anywhere.draft_deleted` does."""
_KEEPS = re.compile(r"(?<!\w)(?:keep|don'?t (?:delete|erase)|guarda|guardalo|conserva)(?!\w)")


def _said(text: str) -> str | None:
    said = " ".join(fold(text or "").split())
    return said if said and len(said.split()) <= MAX_WORDS else None


def erase_said(text: str) -> bool:
    """Whether `text` asks for something to be erased, not negated (see the module docstring)."""
    said = _said(text)
    if said is None or _DRAFT.search(said):
        return False  # "just delete the draft": that one alone
    return bool(_ERASE.search(said)) and not _NEGATED.search(said)


def partial_erase(text: str) -> bool:
    """Whether `text` asks to erase only part of what was told (never the draft alone)."""
    said = _said(text)
    return said is not None and bool(_PARTIAL.search(said)) and not _DRAFT.search(said)


def keeps(option: ChoiceOption) -> bool:
    """Whether `option` is one of keeping things ("No, keep it", "Keep them as they are")."""
    return option.id == "keep" or bool(_KEEPS.search(fold(option.label)))
