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
    without = tmp_path / "data"
    without.mkdir()
    for path in DATA.glob("*.yaml"):
        if path.name != "understanding_dev7.yaml":
            (without / path.name).write_bytes(path.read_bytes())
    (tmp_path / "with").mkdir()
    (tmp_path / "without").mkdir()
    write(DATA, tmp_path / "with")
    write(without, tmp_path / "without")
    made = sorted(p.name for p in (tmp_path / "with").iterdir())
    for name in made:
        assert (tmp_path / "with" / name).read_bytes() == (tmp_path / "without" / name).read_bytes()
