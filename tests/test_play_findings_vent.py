"""What outside play-testers found in the vent, kept fixed over the real bot and flows: a command
typed alone or asked for in words ("ok i want a plan") goes there, while venting that mentions
the word stays venting; broken-English questions are answered (how long a company keeps an
application) and a question never ends the chat; an angry or demanding message never gets a
glad reply; consecutive misses are worded differently; "a ONE LINE email", "6 weeks ago" and
"a little sad" are understood; "phone screen not interview" puts the stage right."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UnderstoodKind, UserKey
from bot.understanding.feelings import Lexicon
from bot.understanding.going import place_asked
from bot.understanding.questions import asked_outright
from bot.understanding.situation import pick_up
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "ari")


async def spanish(app: App) -> None:
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
        assert conv is not None
        conv.meta.update({"language": "es", "language_chosen": "yes"})
        await tx.save(KEY, conv)


async def venting(app: App, *, more: bool = True) -> None:
    await app.engine.handle(Turn(KEY, text="/vent"))
    await app.engine.handle(Turn(KEY, text="they rejected me after the interview, four rounds"))
    if more:
        await app.engine.handle(Turn(KEY, text="there's more"))


# ---- 1. commands at the vent -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "flow"),
    [
        ("plan", "plan"),
        ("menu", "menu"),
        ("draft", "draft"),
        ("checkins", "checkins"),
        ("ok i want a plan", "plan"),
        ("can we do the plan now", "plan"),
        ("show me the menu", "menu"),
        ("Let's make a plan then", "plan"),
    ],
)
@pytest.mark.parametrize("more", [True, False])
async def test_a_command_typed_at_the_vent_goes_there(
    quiet_app: App, typed: str, flow: str, more: bool
) -> None:
    await venting(quiet_app, more=more)
    out = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    assert out.understood is not None
    assert out.understood.kind in (UnderstoodKind.COMMAND, UnderstoodKind.CHOICE)
    assert (await place_of(quiet_app, KEY)).flow == flow  # an option going there is as good


@pytest.mark.parametrize(
    ("typed", "flow"),
    [
        ("plan", "plan"),
        ("menú", "menu"),
        ("quiero ver el menú", "menu"),
        ("podemos hacer el plan ahora", "plan"),
    ],
)
async def test_a_command_typed_at_the_vent_goes_there_in_spanish(
    quiet_app: App, typed: str, flow: str
) -> None:
    await venting(quiet_app)
    await spanish(quiet_app)
    await quiet_app.engine.handle(Turn(KEY, text=typed))
    assert (await place_of(quiet_app, KEY)).flow == flow


@pytest.mark.parametrize(
    "typed",
    ["my plan was to stay there 5 years", "the menu at the office party was the best part", "stop"],
)
async def test_venting_that_mentions_a_command_stays_venting(quiet_app: App, typed: str) -> None:
    await venting(quiet_app)
    await quiet_app.engine.handle(Turn(KEY, text=typed))
    conv = await place_of(quiet_app, KEY)
    if typed == "stop":
        assert conv.flow != "vent"  # the word alone still leaves
    else:
        assert (conv.flow, conv.step) == ("vent", "heard")
        assert typed in str(conv.vars.get("vent_text"))


async def test_an_option_about_the_same_place_is_taken_not_the_command(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi"))
    await put_at(quiet_app, KEY, "settings", "show", asked=True)
    out = await quiet_app.engine.handle_detailed(Turn(KEY, text="start the checkins again"))
    assert out.understood is not None and out.understood.kind is UnderstoodKind.CHOICE


def test_only_a_whole_request_names_a_place() -> None:
    assert place_asked("ok i want a plan") == "plan"
    assert place_asked("can we do the plan now") == "plan"
    assert place_asked("show me the menu") == "menu"
    assert place_asked("my plan was to stay there 5 years") is None
    assert place_asked("i wanted a plan that would work, and they laughed") is None


# ---- 2. questions in broken English ------------------------------------------------------------


@pytest.mark.parametrize(
    "typed",
    [
        "how long they keep my data? i send them cv and passport copy",
        "no, not your data. the company data. how long they keep",
        "no. company. how long they keep my passport",
        "how long do companies keep my CV?",
    ],
)
@pytest.mark.parametrize("more", [True, False])
async def test_a_broken_english_question_at_the_vent_is_answered(
    quiet_app: App, typed: str, more: bool
) -> None:
    await venting(quiet_app, more=more)
    before = await place_of(quiet_app, KEY)
    out = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    assert out.understood is not None and out.understood.kind is UnderstoodKind.QUESTION
    text = said(out.replies)
    assert "depends on the company" in text and "delete" in text
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == (before.flow, before.step)  # never ends the chat


async def test_saying_it_is_a_question_is_not_venting(quiet_app: App) -> None:
    await venting(quiet_app)
    out = await quiet_app.engine.handle_detailed(Turn(KEY, text="no this is question. gdpr?"))
    assert "question" in said(out.replies)
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == ("vent", "more")
    assert "gdpr" not in str(conv.vars.get("vent_text"))


@pytest.mark.parametrize("step", ["heard", "after", "let_go"])
async def test_an_unknown_question_starting_with_no_is_no_plain_no(
    quiet_app: App, step: str
) -> None:
    await venting(quiet_app, more=False)
    await put_at(quiet_app, KEY, "vent", step, asked=True)
    await quiet_app.engine.handle(
        Turn(KEY, text="no. what about the interview notes, do they keep")
    )
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == ("vent", step)


def test_questions_in_broken_english_read_as_questions() -> None:
    assert asked_outright("no. company. how long they keep my passport")
    assert asked_outright("no this is question")
    assert not asked_outright("my plan was to stay there 5 years")


async def test_the_company_data_question_is_answered_in_spanish(quiet_app: App) -> None:
    await venting(quiet_app)
    await spanish(quiet_app)
    out = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="¿cuánto tiempo guardan mi cv las empresas?")
    )
    assert out.understood is not None and out.understood.kind is UnderstoodKind.QUESTION
    assert "depende de la empresa" in said(out.replies).lower()


# ---- 3. no gladness for an angry person --------------------------------------------------------

GLAD = ("glad", "good to hear", "lightness", "wonderful", "great")

CROSS = [
    "neither. i want an answer to my question. ok forget the reapply thing. the email draft. "
    "show me the calmer version then",
    "are you serious. glad to hear WHAT. i want to see the calmer version of my email to jessica",
    "ok fine",
    "fine then",
    "ok then",
    "ok i want a plan",
    "whatever, fine, great",
    "wow great, thanks a lot for nothing",
    "lol ok cool",
    "why do you keep saying that",
    "i asked you a simple thing, just answer it",
    "THIS IS RIDICULOUS",
    "sure, great, another form email",
]


@pytest.mark.parametrize("text", CROSS)
def test_anger_demands_and_fillers_never_read_as_good_news(text: str) -> None:
    lexicon = Lexicon.load("en")
    assert lexicon.read(text).tone not in ("good", "upbeat")
    _rid, line = lexicon.reply(text, [])
    assert not any(word in line.lower() for word in GLAD)


@pytest.mark.parametrize(
    "text", ["i got the job!!", "had a good day today, feeling ok actually", "that helped"]
)
def test_good_news_still_reads_as_good_news(text: str) -> None:
    assert Lexicon.load("en").read(text).tone in ("good", "upbeat")


async def test_an_angry_line_in_the_vent_gets_no_praise(quiet_app: App) -> None:
    await venting(quiet_app)
    out = await quiet_app.engine.handle_detailed(Turn(KEY, text=CROSS[1]))
    assert not any(word in said(out.replies).lower() for word in GLAD)


# ---- 4. misses worded differently --------------------------------------------------------------


async def test_consecutive_misses_are_never_the_same_line(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "vent", "let_go", asked=True)
    lines = []
    for _ in range(3):
        out = await quiet_app.engine.handle_detailed(Turn(KEY, text="purple elephants"))
        assert out.understood is not None and out.understood.kind is UnderstoodKind.FALLBACK
        lines.append(said(out.replies).splitlines()[0])
    assert lines[0] != lines[1] and lines[1] != lines[2]


# ---- 5. the situation read from what was said --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "they rejected me after 4 rounds, by a ONE LINE email",
        "rejected by a one-liner",
        "just an automated email",
        "got a one line rejection",
    ],
)
def test_how_a_short_email_told_them_is_read(text: str) -> None:
    assert pick_up(text)["heard"] == "email"


async def test_a_one_line_email_is_not_asked_about_again(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi"))
    out = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="rejected after the final interview by a ONE LINE email")
    )
    assert "by email" in said(out.replies)
    assert "how did you hear" not in said(out.replies).lower()


async def test_weeks_ago_skips_how_long_it_has_been(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi"))
    out = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="they ghosted me after the interview, that was 6 weeks ago")
    )
    assert (await place_of(quiet_app, KEY)).flow == "ghosted"
    assert "How long has it been" not in said(out.replies)
    assert "more than three weeks" in said(out.replies)


@pytest.mark.parametrize(
    "text",
    ["i am sad little", "a little sad", "bit down", "im a bit sad today", "estoy un poco triste"],
)
def test_a_mild_sadness_gets_a_gentle_reply(text: str) -> None:
    lexicon = Lexicon.load("es" if "triste" in text else "en")
    assert lexicon.read(text).feelings == ("mild_sad",)
    _rid, line = lexicon.reply(text, [])
    assert "painful" not in line and "doloroso" not in line


def test_a_strong_sadness_beside_a_mild_one_is_kept() -> None:
    assert "sad" in Lexicon.load("en").read("devastated, and a bit sad").feelings


# ---- 6. "X not Y" puts the stage right ---------------------------------------------------------


@pytest.mark.parametrize(
    "typed", ["no it was phone not interview", "…it was phone screen not interview"]
)
async def test_phone_not_interview_puts_the_stage_right_in_the_vent(
    quiet_app: App, typed: str
) -> None:
    await venting(quiet_app)
    out = await quiet_app.engine.handle_detailed(Turn(KEY, text=typed))
    assert "phone screen" in said(out.replies)
    conv = await place_of(quiet_app, KEY)
    assert conv.vars["stage"] == "phone_screen"
    assert (conv.flow, conv.step) == ("vent", "more")


async def test_a_shouted_correction_at_a_plan_step_is_no_plain_no(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="hi"))
    await put_at(quiet_app, KEY, "plan", "applying", asked=True, stage="application")
    out = await quiet_app.engine.handle_detailed(
        Turn(KEY, text="no!! not application… PHONE SCREEN")
    )
    assert "phone screen" in said(out.replies)
    conv = await place_of(quiet_app, KEY)
    assert conv.vars["stage"] == "phone_screen"
    assert (conv.flow, conv.step) == ("plan", "applying")


def test_a_stage_denied_is_not_the_stage() -> None:
    assert pick_up("no it was phone not interview")["stage"] == "phone_screen"
    assert pick_up("it was the interview not the application")["stage"] == "interview"
    assert pick_up("never got an interview, just the application")["stage"] != "phone_screen"
