"""Neutral replies to Block Kit: escaping, splitting, fallbacks, buttons and answered questions."""

from __future__ import annotations

from bot.adapters.slack import blocks as b
from bot.adapters.slack.events import decode_button
from bot.core.model import Choices, Option, Part, StepRef, Text


def _sections(msg: b.SlackMessage) -> list[str]:
    return [blk["text"]["text"] for blk in msg["blocks"] if blk["type"] == "section"]


def test_user_text_can_never_ping_or_link() -> None:
    text = Text((Part("You wrote: "), Part("<!channel> <@U1> & <https://x|y>", from_user=True)))
    [msg] = b.text_messages(text)
    rendered = "You wrote: &lt;!channel&gt; &lt;@U1&gt; &amp; &lt;https://x|y&gt;"
    assert _sections(msg) == [rendered]
    assert msg["text"] == rendered
    assert "<!channel>" not in str(msg)


def test_bot_text_is_plain_text_too() -> None:
    [msg] = b.text_messages(Text.of("Q&A: 1 < 2"))
    assert _sections(msg) == ["Q&amp;A: 1 &lt; 2"]


def test_long_text_is_split_under_the_section_limit_and_nothing_is_lost() -> None:
    para = "word " * 700  # 3,500 characters
    text = Text.of(f"{para}\n\n{para}\n\n{'x' * 6500}")
    msgs = b.text_messages(text)
    assert len(msgs) == 1
    sections = _sections(msgs[0])
    assert len(sections) >= 5
    assert all(0 < len(s) <= b.SECTION_LIMIT for s in sections)
    assert "".join(sections).replace(" ", "").replace("\n", "") == text.plain.replace(
        " ", ""
    ).replace("\n", "")
    assert 0 < len(msgs[0]["text"]) <= b.FALLBACK_LIMIT


def test_escaped_entities_are_not_cut_in_half() -> None:
    text = Text((Part("&" * 4000, from_user=True),))
    sections = _sections(b.text_messages(text)[0])
    assert all(s.endswith(";") and not s.startswith("amp;") for s in sections)
    assert sum(s.count("&amp;") for s in sections) == 4000


def test_a_huge_text_spreads_over_several_messages_of_at_most_50_blocks() -> None:
    text = Text.of(("y" * 2999 + " ") * 120)
    msgs = b.text_messages(text)
    assert len(msgs) == 3
    assert all(len(m["blocks"]) <= b.BLOCKS_PER_MESSAGE and m["text"].strip() for m in msgs)


def test_choices_become_buttons_naming_flow_step_and_option() -> None:
    at = StepRef("welcome", "feel")
    choices = Choices(
        Text((Part("How are you, "), Part("<!here>", from_user=True), Part("?"))),
        (Option("low", "Pretty low"), Option("ok", "Okay-ish"), Option("x", "L" * 90)),
        at,
    )
    [msg] = b.choices_messages(choices)
    assert _sections(msg) == ["How are you, &lt;!here&gt;?"]
    [actions] = [blk for blk in msg["blocks"] if blk["type"] == "actions"]
    buttons = actions["elements"]
    assert [btn["text"]["text"] for btn in buttons[:2]] == ["Pretty low", "Okay-ish"]
    assert len(buttons[2]["text"]["text"]) == b.BUTTON_LABEL_LIMIT
    decoded = [decode_button(btn["action_id"], btn["value"]) for btn in buttons]
    assert decoded == [(at, "low"), (at, "ok"), (at, "x")]
    assert len({btn["action_id"] for btn in buttons}) == 3
    assert msg["text"].startswith("How are you, &lt;!here&gt;?")
    assert "Pretty low" in msg["text"]


def test_many_options_use_several_action_blocks() -> None:
    opts = tuple(Option(f"o{i}", f"Option {i}") for i in range(30))
    [msg] = b.choices_messages(Choices(Text.of("Pick"), opts, StepRef("f", "s")))
    actions = [blk for blk in msg["blocks"] if blk["type"] == "actions"]
    assert [len(a["elements"]) for a in actions] == [25, 5]
    assert len({a["block_id"] for a in actions}) == 2


def test_buttons_stay_with_the_end_of_a_long_prompt() -> None:
    prompt = Text.of(("z" * 2999 + " ") * 60)
    msgs = b.choices_messages(Choices(prompt, (Option("a", "A"),), StepRef("f", "s")))
    assert len(msgs) == 2
    assert msgs[-1]["blocks"][-1]["type"] == "actions"
    assert all(len(m["blocks"]) <= b.BLOCKS_PER_MESSAGE for m in msgs)


def test_an_answered_question_loses_its_buttons_and_shows_the_pick() -> None:
    [msg] = b.choices_messages(
        Choices(Text.of("Want to keep going?"), (Option("a", "Say <more>"),), StepRef("f", "s"))
    )
    after = b.answered(msg["blocks"], "Say <more>")
    assert not [blk for blk in after if blk["type"] == "actions"]
    assert after[0] == msg["blocks"][0]
    assert after[-1]["type"] == "context"
    assert "Say &lt;more&gt;" in after[-1]["elements"][0]["text"]
    assert b.answered_text(msg["blocks"], "A") == "Want to keep going?\nYou picked: A"
    assert b.answered(None, "A")[-1]["type"] == "context"


def test_one_turn_is_packed_into_one_message_with_the_buttons_last() -> None:
    replies: list[Text | Choices] = [
        Text.of("First."),
        Text.of("Second."),
        Choices(Text.of("Pick?"), (Option("a", "A"),), StepRef("f", "s")),
    ]
    [msg] = b.packed(replies)
    assert _sections(msg) == ["First.", "Second.", "Pick?"]
    assert msg["blocks"][-1]["type"] == "actions"
    assert msg["text"].startswith("First.\nSecond.\nPick?")
    many = [Text.of(f"line {i}") for i in range(120)]
    msgs = b.packed(many)
    assert [len(m["blocks"]) for m in msgs] == [50, 50, 20]
    assert b.packed([]) == []
