"""The ask at the end of a run-on sentence is kept when the jab before it goes ("..., so please
just tell me what the successful candidate had", "... and I'd just like some feedback"), a long
sentence is cut between two clauses rather than inside one ("... on a Sunday which."), and a
company named after a saint keeps its whole name ("at St. Jude's")."""

from __future__ import annotations

import pytest

from bot.safety.draft_asks import trailing_ask
from bot.safety.draft_runon import split_run_on
from bot.safety.draft_sentences import _shorten
from bot.safety.drafts import review


@pytest.mark.parametrize(
    ("draft", "ask"),
    [
        ("Guess 9 years in teaching counts for nothing at your school, so please just tell me "
         "what the successful candidate had that I didn't.",
         "tell me what the successful candidate had that I didn't"),
        ("I waited 3 weeks for nothing, please just tell me the reason.", "tell me the reason"),
        ("Four interviews and a form letter and just explain what I did wrong.",
         "explain what I did wrong"),
    ],
)  # fmt: skip
def test_the_ask_at_the_end_of_a_run_on_is_kept(draft: str, ask: str) -> None:
    assert ask in review(draft).rewrite


def test_the_statement_before_the_ask_is_sorted_on_its_own() -> None:
    split = trailing_ask("I did 3 rounds, so please tell me why.")
    assert split is not None
    assert split[0] == "I did 3 rounds."


def test_a_saints_name_is_the_whole_company() -> None:
    rewrite = review(
        "Guess 14 years in nursing counts for nothing at St. Jude's. Tell me why."
    ).rewrite
    assert "at St. Jude's" in rewrite
    assert "at St." + "\n" not in rewrite


def test_a_run_on_turns_to_its_ask_in_a_piece_of_its_own() -> None:
    pieces = split_run_on(
        "so I drove two hours to your office and met the whole team and then nobody said a "
        "word which honestly tells me everything about you and I'd just like some feedback on "
        "my presentation"
    )
    assert pieces[-1] == "I'd just like some feedback on my presentation"


def test_a_long_sentence_is_cut_between_clauses_not_inside_one() -> None:
    draft = (
        "so I took two days off work unpaid to come to your office and meet Karen from HR and "
        "the whole product team and then nobody so much as said thank you and now I get "
        "rejected by a bot at 11pm on a Sunday which honestly tells me everything about how "
        "you treat people and I'd just like some feedback on what I could have done better"
    )
    rewrite = review(draft).rewrite
    assert "which." not in rewrite
    assert "I'd like some feedback on what I could have done better" in rewrite
    first = _shorten(draft.removeprefix("so ").split(" and I'd")[0])[0]
    assert first.endswith("said thank you.")
