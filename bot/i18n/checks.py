"""Checking translations like flows: every problem as `file:line:col: what; how to fix`.

For each language under `locales/`: a text with no translation (reported at the English text, so
the author sees what is untranslated), a translation of English that has since changed or one
marked fuzzy (stale), a translation whose key no longer exists (extra), a `{name}` placeholder
that differs from the English, a stray brace, a button label over the limit, and command words
that are not valid or that two flows share. `coverage` says how much of each language is done.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.flows import template
from bot.flows.model import Pos
from bot.flows.problems import Problem
from bot.i18n.catalogs import CODE_DOMAIN, Language
from bot.i18n.keys import Source, split_list

LABEL_LIMIT = 75
_FIX = "run `bounceback i18n` to update the catalogue, then translate it"


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of a language's texts have a current translation."""

    code: str
    done: int
    total: int

    @property
    def percent(self) -> float:
        return 100.0 if self.total == 0 else 100.0 * self.done / self.total


def _placeholders(text: str) -> list[str]:
    return sorted(template.names(text))


def _format_names(text: str) -> list[str]:
    """`{name}` fields of a code text (formatted with `str.format`)."""
    return sorted(template.names(text.replace("{{", "").replace("}}", "")))


def language_problems(
    lang: Language, sources: Mapping[str, list[Source]], root: Path
) -> list[Problem]:
    """Every problem of one language's catalogues against the English `sources`."""
    problems = list(lang.problems)
    catalogue = f"{lang.code}/LC_MESSAGES"
    for domain, texts in sources.items():
        file = root / lang.code / "LC_MESSAGES" / f"{domain}.po"
        keys = set()
        for source in texts:
            keys.add(source.key)
            entry = lang.entry(domain, source.key)
            if entry is None or not entry.text.strip():
                problems.append(
                    Problem(
                        source.pos,
                        f"no {lang.code} translation of `{source.key}`",
                        f"add it to {file}; {_FIX}",
                    )
                )
                continue
            if entry.fuzzy or entry.source != source.text:
                problems.append(
                    Problem(
                        entry.pos,
                        f"stale {lang.code} translation of `{source.key}`: the English "
                        "has changed since it was translated",
                        "check the translation against the new English, then remove the fuzzy "
                        f"flag or the old msgid ({_FIX})",
                    )
                )
                continue
            problems.extend(_text_problems(lang.code, domain, source, entry.text, entry.pos))
        if lang.files.get(domain) is None and texts:
            continue
        for key, entry in lang.domains.get(domain, {}).items():
            if key not in keys:
                problems.append(
                    Problem(
                        entry.pos,
                        f"extra {lang.code} translation `{key}`: no English text has "
                        "this key any more",
                        f"remove it ({_FIX}; it is kept as obsolete)",
                    )
                )
    for domain, file in lang.files.items():
        if domain not in sources:
            problems.append(
                Problem(
                    Pos(str(file), 1, 1),
                    f"extra catalogue {catalogue}/{file.name}: no flow has the id `{domain}`",
                    "rename it to the flow's id, or delete it",
                )
            )
    return problems


def _text_problems(code: str, domain: str, source: Source, text: str, pos: Pos) -> list[Problem]:
    out: list[Problem] = []
    if source.is_list:
        if not split_list(text):
            out.append(
                Problem(pos, f"the {code} list `{source.key}` is empty", "write one item per line")
            )
        return out
    names = _format_names if domain == CODE_DOMAIN else _placeholders
    if names(text) != names(source.text):
        want = ", ".join("{" + n + "}" for n in sorted(set(names(source.text)))) or "none"
        out.append(
            Problem(
                pos,
                f"placeholders differ from the English in `{source.key}`",
                f"use exactly the English placeholders ({want}); never translate "
                "the name inside braces",
            )
        )
    if domain != CODE_DOMAIN:
        for what in template.problems(text):
            out.append(
                Problem(
                    pos,
                    f"in `{source.key}`: {what.split(';')[0]}",
                    "write '{{' or '}}' for a literal brace",
                )
            )
    if source.key.endswith(".label") and len(text) > LABEL_LIMIT:
        out.append(
            Problem(
                pos,
                f"the {code} label `{source.key}` is {len(text)} characters",
                f"keep button labels to {LABEL_LIMIT} characters (Slack's limit)",
            )
        )
    return out


def coverage(lang: Language, sources: Mapping[str, list[Source]]) -> Coverage:
    """How many of the English texts `lang` translates, and how many there are."""
    total = done = 0
    for domain, texts in sources.items():
        for source in texts:
            total += 1
            if lang.text(domain, source.key, source.text) is not None:
                done += 1
    return Coverage(lang.code, done, total)
