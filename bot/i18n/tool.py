"""What `bounceback validate` and `bounceback i18n` do with the catalogues.

`translation_problems` checks every language against the English (see `checks`), plus the
command words of each translated flow set (valid words, none shared by two flows).
`update_catalogues` writes each language's catalogues from the English source, the way
`msgmerge` does: new texts get an empty entry, a translation whose English changed is kept but
marked fuzzy with the old English beside it, and translations whose key is gone become obsolete
(`#~`) entries. `--add xx` starts a new language the same way.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import write_po

from bot.flows.model import FlowSet
from bot.flows.problems import Problem
from bot.i18n.catalogs import Language, language_codes, locales_dir, read_language
from bot.i18n.checks import Coverage, coverage, language_problems
from bot.i18n.keys import Source
from bot.i18n.sources import all_sources
from bot.primitives.text import command_key

_WORD = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")
FIXED_DATE = datetime(2026, 1, 1, tzinfo=UTC)
"""Catalogue headers carry no changing dates, so only real changes show in version control."""
LIST_NOTE = "A list: one item per line, as many as you like (the English ones keep working)."


def translation_problems(flows: FlowSet, paths: Sequence[str | Path]) -> list[Problem]:
    """Every problem of every language's catalogues beside the flows in `paths`."""
    root = locales_dir(paths)
    if root is None:
        return []
    sources = all_sources(flows, paths)
    problems: list[Problem] = []
    for code in language_codes(root):
        problems.extend(language_problems(read_language(root, code), sources, root))
        problems.extend(_command_problems(flows.in_language(code), code))
    return problems


def _command_problems(flows: FlowSet, code: str) -> list[Problem]:
    out: list[Problem] = []
    owner: dict[str, str] = {}
    for flow in flows.flows.values():
        for word in flow.triggers.commands:
            if not _WORD.match(command_key(word)):
                out.append(
                    Problem(
                        flow.pos,
                        f"the {code} command word {word!r} of `{flow.id}` is not a valid command",
                        "use letters, digits, _ or -, at most 32 (spaces between words are fine)",
                    )
                )
            elif owner.setdefault(command_key(word), flow.id) != flow.id:
                out.append(
                    Problem(
                        flow.pos,
                        f"the {code} command word {word!r} is used by "
                        f"`{owner[command_key(word)]}` and `{flow.id}`",
                        "give each flow its own words",
                    )
                )
    return out


def coverage_report(flows: FlowSet, paths: Sequence[str | Path]) -> list[Coverage]:
    """Each language's coverage of the English texts."""
    root = locales_dir(paths)
    if root is None:
        return []
    sources = all_sources(flows, paths)
    return [coverage(read_language(root, code), sources) for code in language_codes(root)]


def update_catalogues(
    flows: FlowSet, paths: Sequence[str | Path], add: Sequence[str] = ()
) -> list[Path]:
    """Bring every language's catalogues (and any new ones in `add`) up to the English."""
    given = Path(paths[0])
    root = locales_dir(paths) or (given if given.is_dir() else given.parent) / "locales"
    sources = all_sources(flows, paths)
    written: list[Path] = []
    for code in sorted({*language_codes(root), *add}):
        lang = read_language(root, code)
        folder = root / code / "LC_MESSAGES"
        folder.mkdir(parents=True, exist_ok=True)
        for domain, texts in sources.items():
            path = folder / f"{domain}.po"
            catalog = _catalog(code, domain, texts, lang)
            with path.open("wb") as out:
                write_po(out, catalog, width=100, include_previous=True)
            written.append(path)
    return written


def _catalog(code: str, domain: str, texts: list[Source], lang: Language) -> Catalog:
    catalog = Catalog(
        locale=code,
        domain=domain,
        project="Bounce Back",
        fuzzy=False,
        copyright_holder="the Bounce Back contributors",
        msgid_bugs_address="",
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
    )
    keyed = domain != "bot"
    kept: set[str] = set()
    for source in texts:
        entry = lang.entry(domain, source.key)
        string, flags, previous = "", set(), None
        if entry is not None and entry.text.strip():
            string = entry.text
            if entry.fuzzy or entry.source != source.text:
                flags.add("fuzzy")
                previous = entry.source if entry.source != source.text else None
        where = Path(source.pos.file)
        location = (f"{where.parent.name}/{where.name}", source.pos.line)
        catalog.add(
            source.text,
            string,
            locations=[location],
            flags=flags,
            auto_comments=[LIST_NOTE] if source.is_list else [],
            previous_id=previous or (),
            context=source.key if keyed else None,
        )
        kept.add(source.key)
    for key, entry in lang.domains.get(domain, {}).items():
        if key not in kept and entry.text.strip():
            context = key if keyed else None
            found = Message(entry.source, entry.text, context=context)
            catalog.obsolete[(entry.source, context) if context else entry.source] = found
    return catalog


def print_coverage(report: Sequence[Coverage], names: Mapping[str, str]) -> list[str]:
    """One line per language: code, name, translated of total, percent (rounded down: one text
    missing is never shown as 100.0%)."""
    return [
        f"{c.code} ({names.get(c.code, c.code)}): {c.done}/{c.total} texts translated "
        f"({math.floor(c.percent * 10) / 10:.1f}%)"
        for c in report
    ]
