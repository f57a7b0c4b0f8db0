"""Safe output: what a person typed can never ping, link or restyle; long messages split cleanly."""

from __future__ import annotations

import ast
import random
import string
import time
from pathlib import Path

import discord.utils
import pytest

from bot.safety.escape import (
    DISCORD_TEXT_LIMIT,
    SLACK_TEXT_LIMIT,
    discord_escape,
    slack_escape,
    split_message,
)


def test_slack_escape_turns_control_characters_into_entities() -> None:
    assert slack_escape("<!everyone> & <@U123|me> > you") == (
        "&lt;!everyone&gt; &amp; &lt;@U123|me&gt; &gt; you"
    )
    assert slack_escape("&amp;") == "&amp;amp;"  # typed entities stay literal text
    assert slack_escape("plain words") == "plain words"


def test_slack_escape_leaves_no_way_to_mention() -> None:
    for attack in ["<!channel>", "<!here>", "<@U0123ABC>", "<#C123>", "<https://x.y|click>"]:
        assert "<" not in slack_escape(attack) and ">" not in slack_escape(attack)


@pytest.mark.parametrize(
    "text",
    [
        "@everyone look",
        "@here now",
        "<@123456789012345678> hi",
        "<@!123456789012345678>",
        "<@&123456789012345678> role",
        "**bold** __under__ ~~strike~~ ||spoiler|| `code`",
        "> quote\n>>> block quote\n# heading\n## sub\n- list item\n  - nested",
        "[click me](https://evil.example/x_y)",
        "see https://example.com/a_b*c for more",
        "back\\slash and under_score",
        "",
    ],
)
def test_discord_escape_matches_discord_py(text: str) -> None:
    expected = discord.utils.escape_mentions(discord.utils.escape_markdown(text))
    assert discord_escape(text) == expected


def test_discord_escape_matches_discord_py_on_random_text() -> None:
    rng = random.Random(7)
    alphabet = string.ascii_letters + string.digits + " *_~|`>#-[]()@!&\\\n:/." + "\u00e9"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        if rng.random() < 0.2:
            text += " @everyone <@123456789012345678> https://x.io/a_b"
        expected = discord.utils.escape_mentions(discord.utils.escape_markdown(text))
        assert discord_escape(text) == expected, text


def test_discord_escape_breaks_mass_mentions() -> None:
    out = discord_escape("@everyone and @here")
    assert "@everyone" not in out and "@here" not in out
    assert "\u200b" in out


def test_safety_package_imports_no_platform_library() -> None:
    import bot.safety.escape

    folder = Path(bot.safety.escape.__file__).parent
    for path in folder.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                root = name.split(".")[0]
                assert root not in {
                    "discord",
                    "slack_sdk",
                    "slack_bolt",
                    "sqlalchemy",
                    "aiosqlite",
                    "asyncpg",
                    "aiohttp",
                }, f"{path.name}: {name}"


def test_platform_limits() -> None:
    assert SLACK_TEXT_LIMIT == 3000
    assert DISCORD_TEXT_LIMIT == 2000


def test_short_text_is_one_piece() -> None:
    assert split_message("hello there", 100) == ["hello there"]
    assert split_message("", 100) == []
    assert split_message("   \n\n ", 100) == []


def test_splits_on_paragraphs_first() -> None:
    text = "First paragraph here.\n\nSecond one is here.\n\nThird."
    assert split_message(text, 25) == ["First paragraph here.", "Second one is here.", "Third."]
    assert split_message(text, 45) == ["First paragraph here.\n\nSecond one is here.", "Third."]


def test_splits_on_lines_when_a_paragraph_is_too_long() -> None:
    text = "line one\nline two\nline three\n\nnext"
    assert split_message(text, 19) == ["line one\nline two", "line three\n\nnext"]


def test_splits_on_words_when_a_line_is_too_long() -> None:
    text = "the quick brown fox jumps over the lazy dog"
    pieces = split_message(text, 10)
    assert pieces == ["the quick", "brown fox", "jumps over", "the lazy", "dog"]


def test_cuts_inside_a_word_only_when_it_is_longer_than_the_limit() -> None:
    pieces = split_message("ok " + "x" * 25 + " end", 10)
    assert pieces == ["ok", "x" * 10, "x" * 10, "x" * 5 + " end"]


def test_hard_cut_never_splits_an_entity_or_an_escape() -> None:
    word = "a" * 8 + "&amp;" + "b" * 8
    pieces = split_message(word, 10)
    assert all(len(p) <= 10 for p in pieces)
    assert "".join(pieces) == word
    assert any("&amp;" in p for p in pieces)
    escaped = "a" * 9 + "\\*" + "b" * 5
    pieces = split_message(escaped, 10)
    assert "".join(pieces) == escaped
    assert not pieces[0].endswith("\\")


def test_split_rejects_a_nonsense_limit() -> None:
    with pytest.raises(ValueError, match="at least 1"):
        split_message("x", 0)


def test_random_texts_never_exceed_the_limit_and_keep_every_word() -> None:
    rng = random.Random(3)
    words = ["a", "tiny", "medium", "considerably", "x" * 40, "\n", "\n\n", "word."]
    for _ in range(300):
        limit = rng.randint(5, 60)
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 80)))
        pieces = split_message(text, limit)
        assert all(0 < len(p) <= limit for p in pieces)
        assert "".join(pieces).replace(" ", "").replace("\n", "") == text.replace(" ", "").replace(
            "\n", ""
        )
        originals = text.split()
        too_long = [w for w in originals if len(w) > limit]
        for p in pieces:  # a word is only ever cut when it is longer than the limit
            for w in p.split():
                assert w in originals or any(w in long for long in too_long), w


def test_platform_sized_split_of_a_long_reply() -> None:
    paragraph = ("This is a sentence of a long reply. " * 20).strip()
    text = "\n\n".join([paragraph] * 12)
    for limit in (SLACK_TEXT_LIMIT, DISCORD_TEXT_LIMIT):
        pieces = split_message(text, limit)
        assert all(len(p) <= limit for p in pieces)
        assert all(p.startswith("This is") and p.endswith("reply.") for p in pieces)


@pytest.mark.parametrize(
    "text",
    [
        "[a](b" * 40,
        "[" * 200,
        "[a](b)" + "[" * 50,
        "[x](" + ")" * 30,
        "[](" * 30 + ")",
        "a [b] (c) [d](e) [f](g)h)\n[i](j",
        "[[x](y)](z)",
        "[a](\n)b)",
    ],
)
def test_masked_links_match_discord_py(text: str) -> None:
    expected = discord.utils.escape_mentions(discord.utils.escape_markdown(text))
    assert discord_escape(text) == expected


def test_hostile_bracket_text_is_escaped_quickly() -> None:
    started = time.perf_counter()
    assert discord_escape("[a](b" * 800) == "[a](b" * 800  # no `)`: not a link
    assert discord_escape("[" * 4000) == "[" * 4000
    assert discord_escape("[a](b)" + "[" * 4000) == "\\[a](b)" + "[" * 4000
    assert time.perf_counter() - started < 2.0  # discord.py's own pattern takes many seconds
