"""Where the shipped conversations live: the one answer to "which `dialogues` folder?".

The repository keeps its flows, transcripts and `resources.yaml` in `dialogues/` at the top, where
flow authors look for them; the build maps that folder into the package as `bot/dialogues`
(`setup.py`), so an installed wheel carries them without a second copy in the source tree.
`default_flows_dir()` finds them through `importlib.resources`; in a source checkout that was
not built (the package imported straight from the tree), it falls back to the checkout's own
`dialogues/`. `--flows DIR` and `BOUNCEBACK_FLOWS` override both (see `bot.settings`).
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

FOLDER = "dialogues"


def default_flows_dir() -> str:
    """The shipped `dialogues` folder, as a filesystem path."""
    packaged = resources.files("bot").joinpath(FOLDER)
    if isinstance(packaged, Path) and packaged.is_dir():
        return str(packaged)
    checkout = Path(__file__).resolve().parent.parent / FOLDER
    return str(checkout)


def default_transcripts_dir(flows_dir: str | None = None) -> str:
    """The transcripts (`tests/`) beside the first flow folder of `flows_dir`."""
    first = (flows_dir or default_flows_dir()).split(",")[0]
    return str(Path(first) / "tests")
