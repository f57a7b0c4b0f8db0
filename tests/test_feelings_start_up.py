"""Every feelings lexicon is read when the bot starts, not inside the first turn that needs one
(reading one stalls every conversation waiting behind that turn)."""

from __future__ import annotations

from bot.app import warm_up
from bot.understanding import feelings


def test_start_up_reads_every_feelings_lexicon() -> None:
    feelings._loaded.cache_clear()
    warm_up()
    files = sorted(feelings.LEXICON_FILE.parent.glob("feelings*.yaml"))
    assert len(files) >= 2
    assert feelings._loaded.cache_info().currsize == len(files)
