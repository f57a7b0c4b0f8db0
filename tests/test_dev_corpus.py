"""The crisis model's development corpus files are what `bot.safety.dev_corpus` writes from the
development sets, and the untuned halves stay out of them."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.safety.dev_corpus import CORPUS, write

DATA = Path(__file__).parent / "data"


def test_the_shipped_files_are_what_the_script_writes(tmp_path: Path) -> None:
    counts = write(DATA, tmp_path)
    assert counts["answers"] > 0 and counts["en"] > 0
    for made in sorted(tmp_path.iterdir()):
        assert made.read_text("utf-8") == (CORPUS / made.name).read_text("utf-8"), made.name


def test_only_the_tuned_halves_of_the_newest_sets_are_trained_on(tmp_path: Path) -> None:
    write(DATA, tmp_path)
    trained = {
        line.split(" ", 1)[1]
        for made in tmp_path.iterdir()
        for line in made.read_text("utf-8").splitlines()
        if line[:2] in ("+ ", "- ")
    }
    for name in ("crisis_dev9a", "crisis_dev9b", "crisis_dev10", "crisis_dev11"):
        items = yaml.safe_load((DATA / f"{name}.yaml").read_text("utf-8"))["items"]
        unseen = [" ".join(str(i["text"]).split()) for i in items[1::2]]
        tuned = [" ".join(str(i["text"]).split()) for i in items[0::2]]
        assert sum(text in trained for text in unseen) <= len(unseen) // 20, name
        assert sum(text in trained for text in tuned) >= len(tuned) * 9 // 10, name


def test_the_newest_answer_set_is_not_trained_on(tmp_path: Path) -> None:
    write(DATA, tmp_path)
    answers = (tmp_path / "mixed_answers_natural.txt").read_text("utf-8").splitlines()
    trained = {line[2:] for line in answers if line.startswith("- ")}
    items = yaml.safe_load((DATA / "understanding_dev7.yaml").read_text("utf-8"))["items"]
    texts = [" ".join(str(i["text"]).replace("{", "(").replace("}", ")").split()) for i in items]
    assert sum(text in trained for text in texts) <= len(texts) // 20
