"""The crisis model's training corpus: reading the shipped line files and expanding templates.

The corpus lives in `bot/safety/model/corpus/*.txt` (format in that folder's README): `+` lines
are crisis lines, `-` lines are not, `@name = a | b` defines a slot list and `{name}` in a line
expands to at most `MAX_EXPANSIONS` combinations (or N, written `+N text` / `-N text`; a line
with a single slot expands to every item) chosen with a fixed seed. A slot inside a slot's item
is filled with one item picked with the same seed, and a slot written right after a word or
another slot ("{exp}{tail}") still starts a word of its own. `corpus_hash` is the
SHA-256 of the files' bytes, recorded in the model so a test can tell a stale model from a fresh
one. Files named `*_natural.txt` hold messages people wrote freely (no templates); their examples
are marked `natural`, and training weighs them more.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS_DIR = Path(__file__).resolve().parent / "model" / "corpus"
MAX_EXPANSIONS = 8
_SLOT = re.compile(r"\{([a-z][a-z0-9_]*)\}")
_GLUED = re.compile(r"(?<=\S)\{")
_LABEL = re.compile(r"([+-])([0-9]*) (.*)")


@dataclass(frozen=True, slots=True)
class Example:
    text: str
    crisis: bool
    language: str
    natural: bool = False
    """From a `*_natural.txt` file: a message as someone wrote it, not a template expansion."""


def corpus_files(folder: Path = CORPUS_DIR) -> list[Path]:
    """The corpus files, in a fixed order."""
    return sorted(folder.glob("*.txt"))


def corpus_hash(folder: Path = CORPUS_DIR) -> str:
    """SHA-256 over every corpus file's name and bytes."""
    digest = hashlib.sha256()
    for path in corpus_files(folder):
        digest.update(path.name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _expand(
    template: str, slots: dict[str, list[str]], rng: random.Random, limit: int = MAX_EXPANSIONS
) -> list[str]:
    template = _GLUED.sub(" {", template)  # "{exp}{tail}", "today{post}": the tail is a word
    names = list(dict.fromkeys(_SLOT.findall(template)))
    if not names:
        return [template]
    missing = [n for n in names if n not in slots]
    if missing:
        raise ValueError(f"slot {missing[0]!r} is used before it is defined")
    combos = list(itertools.product(*(slots[n] for n in names)))
    if len(names) == 1 and limit == MAX_EXPANSIONS:
        limit = len(combos)  # one slot: every item, unless the line asks for fewer
    if len(combos) > limit:
        combos = rng.sample(combos, limit)
    out = []
    for combo in combos:
        text = template
        for name, value in zip(names, combo, strict=True):
            text = text.replace("{" + name + "}", value)
        out.append(" ".join(_fill_nested(text, slots, rng).split()))
    return out


def _fill_nested(text: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    """Slots inside slot items ("@worry = {rel} said goodbye"): each filled with one item
    picked with the file's seeded generator, a few levels deep."""
    for _ in range(3):
        names = _SLOT.findall(text)
        if not names:
            break
        for name in names:
            if name not in slots:
                raise ValueError(f"slot {name!r} is used before it is defined")
            text = text.replace("{" + name + "}", rng.choice(slots[name]), 1)
    return text


def read_file(path: Path) -> list[Example]:
    """The examples of one corpus file (its name, e.g. `es.txt`, gives the language; a name
    ending in `_natural` marks natural messages)."""
    language = path.stem.split("_")[0]
    natural = path.stem.endswith("_natural")
    slots: dict[str, list[str]] = {}
    pending: list[tuple[str, bool, int]] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            name, sep, values = line[1:].partition("=")
            if not sep:
                raise ValueError(f"{path.name}:{number}: a slot needs `@name = a | b`")
            slots[name.strip()] = [v.strip() for v in values.split("|")]
        elif _LABEL.match(line):
            sign, count, rest = _LABEL.match(line).groups()  # type: ignore[union-attr]
            pending.append((rest.strip(), sign == "+", int(count or MAX_EXPANSIONS)))
        else:
            raise ValueError(f"{path.name}:{number}: a line starts with '+ ', '- ', '@' or '#'")
    # Slots may be defined after the lines that use them (a list under its group of lines).
    rng = random.Random(f"{language}-corpus")
    examples = []
    for template, crisis, limit in pending:
        for text in _expand(template, slots, rng, limit):
            if text:
                examples.append(Example(text, crisis, language, natural))
    return examples


def read_corpus(folder: Path = CORPUS_DIR) -> list[Example]:
    """Every example of every corpus file, duplicates removed, in file order."""
    seen: set[tuple[str, bool]] = set()
    out = []
    for path in corpus_files(folder):
        for example in read_file(path):
            key = (example.text, example.crisis)
            if key not in seen:
                seen.add(key)
                out.append(example)
    return out
