"""What play-testers of the console chat found about being understood, kept fixed over the real
bot and flows: Spanish context (stage, how they heard, how long ago, corrections) is picked up
as English is; following up again is a common question in both languages; interviews said not
to be reached are the application; and money said again and again keeps getting a money line,
never the same one twice in a row; after a no to the direct safety question nothing given is
lost; a question where a draft is asked for is answered; and a first vent reply says back what
was vented, so different vents open differently."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from bot.app import App, build_app
from bot.core.model import Conversation, Turn, UserKey
from bot.i18n import use_language
from bot.questions import find_questions
from bot.safety.crisis_check import rest_after_no
from bot.understanding.asides import corrected
from bot.understanding.feelings import Lexicon
from bot.understanding.questions_asked import asked_at_paste, questions_in
from bot.understanding.situation import acknowledge, pick_up
from tests.conftest import make_settings
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "lucia")
DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
ES = "es-MX"


async def say(app: App, text: str, locale: str | None = None) -> str:
    return said(await app.engine.handle(Turn(KEY, text=text, locale=locale)))


async def place(app: App) -> Conversation:
    return await place_of(app, KEY)


# ---- 1. Spanish context ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        (
            "me ghostearon después de la entrevista final hace 5 semanas",
            {"stage": "final_round", "heard": "no_answer", "days_ago": 35},
        ),
        ("nunca respondieron a mi postulación", {"stage": "application", "heard": "no_answer"}),
        ("no me contestaron tras la entrevista", {"stage": "interview", "heard": "no_answer"}),
        ("me rechazaron por correo tras la llamada inicial", {"stage": "phone_screen"}),
        ("me dijeron que no en la entrevista telefónica", {"stage": "phone_screen"}),
        ("era la última ronda", {"stage": "final_round"}),
        ("ya casi me daban la oferta y me la quitaron", {"stage": "offer_stage"}),
        ("me llamaron ayer para decirme que no", {"heard": "call", "days_ago": 1}),
        ("me llegó por correo hace 3 días", {"heard": "email", "days_ago": 3}),
        ("ya van 2 meses sin respuesta", {"heard": "no_answer", "days_ago": 60}),
        ("hace una semana", {"days_ago": 7}),
    ],
)
def test_spanish_context_is_picked_up(text: str, facts: dict[str, object]) -> None:
    found = pick_up(text)
    assert {name: found.get(name) for name in facts} == facts


@pytest.mark.parametrize(
    ("text", "stage"),
    [("no, fue la entrevista final", "final_round"), ("era la última ronda", "final_round")],
)
def test_spanish_corrections_are_corrections(text: str, stage: str) -> None:
    assert corrected(text) == {"stage": stage}


async def test_what_is_known_is_said_back_in_spanish(quiet_app: App) -> None:
    first = await say(quiet_app, "me rechazaron por correo después de la entrevista final", ES)
    assert first.startswith("Lo siento. En la ronda final, por correo: eso es duro.")
    assert "En la ronda final, por correo" not in await say(quiet_app, "2", ES)  # said once
    use_language("en")
    assert acknowledge({"stage": "final_round", "heard": "email"}) == (
        "Final round, by email: that's a hard one."
    )


async def test_a_spanish_ghosting_after_the_final_round_asks_none_of_it_again(
    quiet_app: App,
) -> None:
    typed = await say(quiet_app, "me ghostearon después de la entrevista final hace 5 semanas", ES)
    assert "¿Hasta dónde llegaste" not in typed  # the stage
    assert "¿Y cómo te enteraste?" not in typed  # how they heard
    assert "¿Cuánto tiempo ha pasado" not in typed  # how long
    assert "más de tres semanas" in typed
    conv = await place(quiet_app)
    assert conv.flow == "ghosted"
    assert conv.vars.get("stage") == "final_round" and conv.vars.get("days_ago") == 35


async def test_spanish_context_after_the_mood_question_asks_none_of_it_again(
    quiet_app: App,
) -> None:
    await say(quiet_app, "hola", ES)
    await say(quiet_app, "me dejaron sin respuesta tras la última ronda, hace 5 semanas", ES)
    typed = await say(quiet_app, "2", ES)
    assert "¿Hasta dónde llegaste" not in typed and "¿Cuánto tiempo ha pasado" not in typed
    assert (await place(quiet_app)).flow == "ghosted"


async def test_a_spanish_trigger_phrase_starts_its_flow(quiet_app: App) -> None:
    await say(quiet_app, "hola", ES)
    await say(quiet_app, "nunca me respondieron", ES)
    assert (await place(quiet_app)).flow == "ghosted"


async def test_a_spanish_correction_puts_the_stage_right(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "offer", asked=True, stage="interview", heard="call")
    typed = await say(quiet_app, "no, fue la entrevista final", ES)
    assert "ronda final" in typed
    assert (await place(quiet_app)).vars.get("stage") == "final_round"


# ---- 2. following up again -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "question"),
    [
        ("es", "¿y si les vuelvo a escribir?"),
        ("es", "¿debería volver a escribirles?"),
        ("es", "¿les escribo otra vez?"),
        ("en", "what if i write to them again?"),
        ("en", "should i email them again?"),
    ],
)
def test_following_up_again_is_a_common_question(lang: str, question: str) -> None:
    book = find_questions([DIALOGUES])
    assert book is not None
    found = questions_in(book.in_language(lang), question)
    assert found and found[0].question.id == "follow_up_again"


@pytest.mark.parametrize(("flow", "step"), [("vent", "heard"), ("ghosted", "open")])
async def test_following_up_again_is_answered_in_spanish(
    quiet_app: App, flow: str, step: str
) -> None:
    await say(quiet_app, "hola", ES)
    await put_at(quiet_app, KEY, flow, step, asked=True)
    out = await quiet_app.engine.handle(Turn(KEY, text="¿y si les vuelvo a escribir?", locale=ES))
    assert "segunda vez" not in said(out)
    assert "uno más una o dos semanas después" in said(out)
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == (flow, step)


# ---- 3. interviews not reached ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i dont even get to interviews anymore",
        "i never get interviews",
        "i can't even get an interview",
        "ya ni siquiera llego a las entrevistas",
        "nunca me llaman a entrevista",
    ],
)
def test_interviews_not_reached_are_the_application(text: str) -> None:
    assert pick_up(text).get("stage") == "application"


def test_an_interview_reached_is_still_the_interview() -> None:
    assert pick_up("they said no after the interview")["stage"] == "interview"
    assert pick_up("i didnt get past the interview")["stage"] == "interview"
    assert pick_up("i got to the final interview")["stage"] == "final_round"


async def test_no_interviews_anymore_is_not_taken_as_the_interview(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_stage", asked=True)
    await say(quiet_app, "i dont even get to interviews anymore")
    assert (await place(quiet_app)).vars.get("stage") == "application"


# ---- 6. money again and again ----------------------------------------------------------------

MONEY_LINES = ("Money comes first", "pressure is real", "still on my mind", "Short-term work")


@pytest.mark.parametrize(
    ("flow", "step", "asked"),
    [
        ("plan", "applying", "Add it to your plan for this week?"),
        ("welcome", "ask_stage", "How far had you got with them?"),
    ],
)
async def test_money_said_again_and_again_keeps_getting_a_money_line(
    quiet_app: App, flow: str, step: str, asked: str
) -> None:
    await put_at(quiet_app, KEY, flow, step, asked=True, worry="money", money_offered="yes")
    typed = []
    for text in ["i cant pay rent", "i need money now"] * 3:
        out = await quiet_app.engine.handle(Turn(KEY, text=text))
        typed.append(said(out))
    for each in typed:
        assert any(line in each for line in MONEY_LINES) and asked in each
    firsts = [each.split("\n")[0] for each in typed]
    assert all(a != b for a, b in pairwise(firsts))
    assert len(set(firsts[:4])) == 4
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == (flow, step)


async def test_money_said_at_a_question_is_no_loose_answer_to_it(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "plan", "applying", asked=True, worry="money", money_offered="yes")
    await say(quiet_app, "i need money now")
    assert (await place(quiet_app)).step == "applying"  # not "Skip this one"


async def test_an_answer_naming_its_option_beside_money_is_still_the_answer(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_mood", asked=True)
    await say(quiet_app, "low. rent due")
    conv = await place(quiet_app)
    assert conv.vars.get("mood_score") == "2" and conv.vars.get("worry") == "money"


# ---- 4. after a no to the direct question ----------------------------------------------------

QUESTION = "Are you having thoughts of ending your life?"


@pytest.mark.parametrize(
    ("answer", "rest"),
    [
        ("no", ""),
        ("no lol", ""),
        ("nah, figure of speech lol", ""),
        ("no lol. it was the final round", "it was the final round"),
        ("no, final round", "final round"),
        ("no, its just an expression. i feel so stupid", "i feel so stupid"),
        ("No, estoy bien. fue la entrevista final", "fue la entrevista final"),
    ],
)
def test_what_a_no_goes_on_to_say(answer: str, rest: str) -> None:
    assert rest_after_no(answer) == rest


async def test_an_answer_given_with_the_no_is_taken_where_they_were(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_stage", asked=True)
    assert QUESTION in await say(quiet_app, "ugh i want to die lol")
    typed = await say(quiet_app, "no lol. it was the final round")
    assert "How far had you got" not in typed and "how did you hear?" in typed
    assert (await place(quiet_app)).vars.get("stage") == "final_round"


async def test_the_situation_in_the_held_message_is_kept_after_a_no(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "welcome", "ask_mood", asked=True)
    assert QUESTION in await say(
        quiet_app, "i want to die lol, 5 weeks of silence after the final round"
    )
    assert "1 is awful, 5 is okay" in await say(quiet_app, "no")
    typed = await say(quiet_app, "2")
    assert "How far had you got" not in typed
    assert "How long has it been" not in typed
    conv = await place(quiet_app)
    assert conv.flow == "ghosted" and conv.vars.get("stage") == "final_round"


async def test_a_vent_goes_on_with_what_the_no_said(quiet_app: App) -> None:
    await say(quiet_app, "/vent")
    assert QUESTION in await say(quiet_app, "ugh i want to die lol")
    await say(
        quiet_app, "no, its just an expression. i just feel so stupid for getting my hopes up"
    )
    vented = str((await place(quiet_app)).vars.get("vent_text"))
    assert "i want to die lol" in vented and "getting my hopes up" in vented


# ---- 5. a question where a draft is asked for ------------------------------------------------

PASTE = "Paste or type what you'd like to send."


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("should I even send something?", "whether"),
        ("is it worth replying?", "whether"),
        ("¿vale la pena responder?", "whether"),
        ("what should I say?", "what"),
        ("can you help me write it?", "what"),
        ("¿qué les digo?", "what"),
        ("should I expect to hear from you?", None),
        ("Can you tell me why I was rejected?", None),
        ("Why did you pick someone else?", None),
        ("Thank you for letting me know. Could you share feedback?", None),
    ],
)
def test_a_question_at_the_paste_prompt_is_told_from_a_draft(text: str, kind: str | None) -> None:
    assert asked_at_paste(text) == kind


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("should I even send something?", "You don't have to reply"),
        ("what should I say?", "Keep it short and kind"),
    ],
)
async def test_a_question_at_the_paste_prompt_is_answered_not_reviewed(
    quiet_app: App, text: str, answer: str
) -> None:
    assert PASTE in await say(quiet_app, "/draft")
    typed = await say(quiet_app, text)
    assert answer in typed and PASTE in typed
    assert "reads calm" not in typed and "What would you like to do?" not in typed
    conv = await place(quiet_app)
    assert (conv.flow, conv.step) == ("draft", "open") and not conv.vars.get("draft")
    reviewed = await say(quiet_app, "Thank you for letting me know. I'd love to hear any feedback.")
    assert "What would you like to do?" in reviewed  # the draft that follows is reviewed


async def test_a_question_at_the_paste_prompt_is_answered_in_spanish(quiet_app: App) -> None:
    await say(quiet_app, "/borrador", ES)
    typed = await say(quiet_app, "¿debería siquiera mandar algo?", ES)
    assert "No tienes que responder" in typed and "Pega o escribe" in typed


# ---- 7. the first vent reply reflects what was said ------------------------------------------

VENTS = [
    ("they ghosted me after three rounds", "no answer"),
    ("i spent two weeks preparing a presentation for them", "real work"),
    ("they went with an internal candidate", "someone else"),
    ("they said no after the final round", "that close"),
    ("i blew the interview, i froze on the easy question", "interview"),
]


async def first_vent_reply(tmp_path: Path, text: str, locale: str | None = None) -> str:
    built = await build_app(make_settings(tmp_path, checkins=False))
    try:
        await built.engine.handle(Turn(KEY, text="/vent", locale=locale))
        replies = await built.engine.handle(Turn(KEY, text=text, locale=locale))
        return said(replies).split("\n")[0]
    finally:
        await built.close()


async def test_different_vents_open_differently_and_say_what_they_were_about(
    tmp_path: Path,
) -> None:
    firsts = []
    for n, (text, about) in enumerate(VENTS):
        first = await first_vent_reply(tmp_path / str(n), text)
        assert about in first, (text, first)
        firsts.append(first)
    assert len(set(firsts)) == len(firsts)


async def test_different_spanish_vents_open_differently(tmp_path: Path) -> None:
    texts = ["me ghostearon después de la entrevista final", "me preparé semanas para nada"]
    firsts = [await first_vent_reply(tmp_path / t[:5], t, ES) for t in texts]
    assert "respuesta" in firsts[0] and "trabajo" in firsts[1]


def test_a_feeling_is_still_named_first_and_a_cross_message_gets_no_topic() -> None:
    lexicon = Lexicon.load("en")
    rid, _line = lexicon.reply("i feel so stupid, they ghosted me", [])
    assert rid.startswith("stupid.")
    used = [f"stupid.{n}" for n in range(len(lexicon.replies["stupid"]))]
    assert lexicon.reply("i feel so stupid, they ghosted me", used)[0] == "about_silence.0"
    assert not lexicon.reply("why do you keep saying that again", [])[0].startswith("about_")


def test_vents_naming_no_feeling_and_no_topic_do_not_all_open_alike() -> None:
    lexicon = Lexicon.load("en")
    texts = ["i dont even know what to say", "it is what it is", "so that happened", "yeah"]
    assert len({lexicon.reply(t, [])[0] for t in texts}) > 1
