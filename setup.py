"""Packaging that pyproject.toml cannot say on its own: `dialogues/` (kept at the top of the
repository for flow authors) is built into the package as `bot.dialogues`, with every `*.yaml`
file in it and its subfolders (the flows, `resources.yaml`, the transcripts in `tests/` that
`bounceback test-flows` runs). Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["bot", "bot.*"]), "bot.dialogues"],
    package_dir={"bot.dialogues": "dialogues"},
)
