"""Reading the gettext catalogues of each language that sits beside the flows.

The layout is the one every translation tool knows: `locales/<lang>/LC_MESSAGES/<domain>.po`, next
to the flow files. A flow's texts are in `<flow id>.po`, each entry's `msgctxt` being its key
(`vent.heard.more.label`) and its `msgid` the English it translates; the common questions are in
`questions.po`; texts written in code are in `bot.po`, keyed by their English. A language is any
folder under `locales/` with an `LC_MESSAGES` folder: adding one needs no code.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from babel.core import Locale, UnknownLocaleError
from babel.messages.pofile import PoFileError, read_po

from bot.flows.model import Pos
from bot.flows.problems import Problem

log = logging.getLogger(__name__)

LOCALES = "locales"
CODE_DOMAIN = "bot"
QUESTIONS_DOMAIN = "questions"


@dataclass(frozen=True, slots=True)
class Entry:
    """One translation as the catalogue holds it."""

    key: str
    source: str
    text: str
    pos: Pos
    fuzzy: bool = False


@dataclass(slots=True)
class Language:
    """Every catalogue of one language: domain -> key -> entry; and what could not be read."""

    code: str
    domains: dict[str, dict[str, Entry]] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def entry(self, domain: str, key: str) -> Entry | None:
        return self.domains.get(domain, {}).get(key)

    def text(self, domain: str, key: str, source: str) -> str | None:
        """The translation of `source` under `key`: None when missing, fuzzy or stale."""
        found = self.entry(domain, key)
        if found is None or found.fuzzy or not found.text.strip() or found.source != source:
            return None
        return found.text

    def code_texts(self) -> dict[str, str]:
        """English -> translation of the texts written in code (current ones only)."""
        return {
            e.source: e.text
            for e in self.domains.get(CODE_DOMAIN, {}).values()
            if e.text.strip() and not e.fuzzy
        }


def locales_dir(paths: Sequence[str | Path]) -> Path | None:
    """The `locales` folder beside the first flow directory (or file) given that has one."""
    for given in paths:
        path = Path(given)
        base = path if path.is_dir() else path.parent
        if (base / LOCALES).is_dir():
            return base / LOCALES
    return None


def language_codes(root: Path) -> list[str]:
    """The languages that have catalogues under `root`, sorted."""
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if (p / "LC_MESSAGES").is_dir())


def language_name(code: str) -> str:
    """The language's own name for itself ("español"), or the code when unknown."""
    try:
        return str(Locale.parse(code).get_display_name(code) or code)
    except (ValueError, UnknownLocaleError):
        return code


def read_language(root: Path, code: str) -> Language:
    """Every `.po` catalogue of `code` under `root`; unreadable ones become problems."""
    lang = Language(code)
    folder = root / code / "LC_MESSAGES"
    for file in sorted(folder.glob("*.po")):
        lang.files[file.stem] = file
        try:
            stat = file.stat()
            entries = dict(_read_entries(str(file), stat.st_mtime_ns, stat.st_size))
        except (PoFileError, OSError, UnicodeDecodeError, ValueError) as exc:
            lang.problems.append(
                Problem(
                    Pos(str(file), _line_of(exc), 1),
                    f"cannot read this catalogue ({exc})",
                    "fix the gettext syntax, or regenerate it with `bounceback i18n`",
                )
            )
            continue
        lang.domains[file.stem] = entries
    return lang


@lru_cache(maxsize=512)
def _read_entries(file: str, mtime_ns: int, size: int) -> Mapping[str, Entry]:
    """The entries of one catalogue file, parsed once per version of the file (its change time
    and size are part of the key, so an edited catalogue is read again)."""
    del mtime_ns, size  # only the cache key
    with open(file, "rb") as handle:
        catalog = read_po(handle, locale=None, abort_invalid=True)
    entries: dict[str, Entry] = {}
    for message in catalog:
        if not message.id or not isinstance(message.id, str):
            continue
        text = message.string if isinstance(message.string, str) else ""
        key = message.context or message.id
        pos = Pos(file, message.lineno or 1, 1)
        entries[key] = Entry(key, message.id, text, pos, message.fuzzy)
    return entries


def read_languages(root: Path | None) -> Mapping[str, Language]:
    """Every language under `root` (none when there is no `locales` folder)."""
    if root is None:
        return {}
    return {code: read_language(root, code) for code in language_codes(root)}


def _line_of(exc: Exception) -> int:
    line = getattr(exc, "lineno", None)
    return int(line) if isinstance(line, int) and line > 0 else 1
