"""Rendering a template: a plain template reads as written without gathering anyone's variables,
and gives exactly what the full renderer gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core.render import is_plain, render, render_lazily

VARIABLES = {"name": "Sam <b>", "n": 3.0, "items": ["a", "b"]}


def test_a_plain_template_never_gathers_the_variables() -> None:
    def gather() -> dict[str, object]:
        raise AssertionError("a plain template needs no variables")

    assert render_lazily("Which would you like?", gather).plain == "Which would you like?"
    assert render_lazily("", gather) == render("", {})


def test_a_template_with_a_variable_or_a_brace_is_filled_in() -> None:
    gathered: list[bool] = []

    def gather() -> dict[str, object]:
        gathered.append(True)
        return VARIABLES

    text = render_lazily("Hi {name}, {{literal}} {n}", gather)
    assert gathered == [True]
    assert text.plain == "Hi Sam <b>, {literal} 3"
    assert [p.from_user for p in text.parts] == [False, True, False, True]
    assert not is_plain("}}") and render_lazily("}}", gather).plain == "}"


@given(st.text(alphabet="ab {}_nme", max_size=24))
def test_lazily_rendered_text_is_what_the_renderer_gives(template: str) -> None:
    assert render_lazily(template, lambda: VARIABLES) == render(template, VARIABLES)
