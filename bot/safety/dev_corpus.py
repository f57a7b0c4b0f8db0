"""Write the crisis model's development corpus files from the labelled development sets.

`python -m bot.safety.dev_corpus` (from the repository root) writes `*_dev_natural.txt` (the
crisis development sets' lines, crisis lines and near misses alike) and
`mixed_answers_natural.txt` (typed answers to the bot's own questions, none of them a crisis)
into `bot/safety/model/corpus/`, then `python -m bot.safety.train` builds the model from them.
Only sets or halves the rules were tuned on are written: the odd halves of the newest crisis
sets (`crisis_dev9a`, `crisis_dev9b`, `crisis_dev10`, `crisis_dev11`), of the everyday-chat set
and of the understanding sets are never trained on, and the understanding sets newer than the
model's last retrain (`understanding_dev7`) not at all, so they still measure the model on
unseen text.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from typing import Any

import yaml

CORPUS = Path(__file__).resolve().parent / "model" / "corpus"
LANGUAGES = ("en", "es", "de", "fr", "pt", "it")
WHOLE = tuple(f"crisis_dev{n}.yaml" for n in (2, 3, 4, 5, 6, 7, "8a", "8b", "_multilingual"))
"""Sets trained on whole (every one was tuned on whole)."""
EVEN_HALF = (
    "crisis_dev9a.yaml",
    "crisis_dev9b.yaml",
    "crisis_dev10.yaml",
    "crisis_dev11.yaml",
    "crisis_everyday_chat_dev.yaml",
)
"""Sets trained on their even-numbered items only."""
ANSWER_SETS = tuple(f"understanding_dev{n}.yaml" for n in ("", 2, 3, 4, 5, 6))
"""Typed-answer sets whose even halves are trained on; newer ones stay wholly unseen."""
_HEAD = (
    "# Crisis-check development lines, written freely from the category descriptions"
    " (crisis lines\n# and near misses alike): the sets the rules were tuned on, and the tuned"
    " (even) halves of the\n# newest ones. Their other halves are never trained on: they measure"
    " the model on unseen text.\n"
)
_ANSWERS_HEAD = (
    "# Typed answers to the bot's own questions (the even halves of the understanding development\n"
    "# sets; the odd halves stay unseen): none of them a crisis.\n"
)


def _clean(text: str) -> str:
    return " ".join(text.replace("{", "(").replace("}", ")").split())


def _items(path: Path) -> list[dict[str, Any]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    raw = data.get("items") if isinstance(data, dict) else data
    return [i for i in raw or [] if isinstance(i, dict) and "text" in i and "crisis" in i]


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(line for line in lines if line.split(" ", 1)[-1]))


def write(data: Path, out: Path = CORPUS) -> dict[str, int]:
    """Write the files from the sets in `data`; the number of lines written to each."""
    by_language: dict[str, list[str]] = defaultdict(list)
    for name in sorted(WHOLE + EVEN_HALF):
        items = _items(data / name)
        for item in items[0::2] if name in EVEN_HALF else items:
            language = str(item.get("language") or "en")
            sign = "+" if item["crisis"] else "-"
            by_language[language if language in LANGUAGES else "mixed"].append(
                f"{sign} {_clean(str(item['text']))}"
            )
    counts = {}
    for language, rows in sorted(by_language.items()):
        lines = _unique(rows)
        (out / f"{language}_dev_natural.txt").write_text(_HEAD + "\n".join(lines) + "\n", "utf-8")
        counts[language] = len(lines)
    answers: list[str] = []
    for path in (data / name for name in ANSWER_SETS):
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))["items"]
        texts = [str(i["text"]) for i in raw if i.get("text")]
        answers += [f"- {_clean(t)}" for t in texts[0::2]]
    lines = _unique(answers)
    (out / "mixed_answers_natural.txt").write_text(_ANSWERS_HEAD + "\n".join(lines) + "\n", "utf-8")
    counts["answers"] = len(lines)
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=Path("tests/data"))
    print(write(parser.parse_args().data))


if __name__ == "__main__":
    main()
