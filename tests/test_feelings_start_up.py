"""Every feelings lexicon, and VADER's, is read when the bot starts, not inside the first turn
that needs one (reading one stalls every conversation waiting behind that turn); which file is a
language's is found once."""

from __future__ import annotations

from bot.app import warm_up
from bot.understanding import feelings, mood


def test_start_up_reads_every_feelings_lexicon() -> None:
    feelings._loaded.cache_clear()
    warm_up()
    files = sorted(feelings.LEXICON_FILE.parent.glob("feelings*.yaml"))
    assert len(files) >= 2
    assert feelings._loaded.cache_info().currsize == len(files)


def test_start_up_reads_vaders_lexicon() -> None:
    mood._analyzer.cache_clear()
    warm_up()
    assert mood._analyzer.cache_info().currsize == 1


def test_each_languages_lexicon_file_is_the_one_found_afresh() -> None:
    for code in ("en", "en-US", "es", "es-MX", "es_419", "fr", "pt-BR", "EN"):
        assert feelings.lexicon_file(code) == feelings.lexicon_file.__wrapped__(code)
        assert feelings.lexicon_file(code) == feelings.lexicon_file(code)
