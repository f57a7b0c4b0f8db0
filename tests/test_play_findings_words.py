"""What people playing the bot found about words, each kept fixed over the real bot and flows: a
mood number said among words wins over the words' sentiment, listening replies match the tone
of what was written and never repeat, and a complaint typed at the draft brake's choice is not
taken as one of its options."""

from __future__ import annotations

import pytest

from bot.app import App
from bot.core.model import Turn, UnderstoodKind, UserKey
from bot.understanding.feelings import Lexicon
from bot.understanding.mood import mood_number
from tests.placing import place_of, put_at
from tests.replies import said

KEY = UserKey("console", "local", "sam")


async def spanish(app: App) -> None:
    async with app.store.transaction() as tx:
        conv = await tx.load(KEY)
        assert conv is not None
        conv.meta.update({"language": "es", "language_chosen": "yes"})
        await tx.save(KEY, conv)


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("honestly a 1", "1"),
        ("like a 4, pretty awful", "4"),
        ("solid 3, pretty great actually", "3"),
        ("a 2 i guess, feeling kind of ok", "2"),
    ],
)
@pytest.mark.parametrize(
    ("flow", "step"), [("mood", "ask"), ("welcome", "ask_mood"), ("checkin_mood", "open")]
)
async def test_a_number_said_wins_over_the_words_around_it(
    quiet_app: App, flow: str, step: str, text: str, mood: str
) -> None:
    await put_at(quiet_app, KEY, flow, step, asked=True)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.CHOICE
    assert (await place_of(quiet_app, KEY)).vars["mood_score"] == mood
    assert f"about a {mood}" in said(typed.replies)


@pytest.mark.parametrize(
    ("text", "mood"),
    [("como un 2", "2"), ("como un 2, fatal", "2"), ("un cuatro, más o menos", "4")],
)
async def test_a_number_said_in_spanish_wins_too(quiet_app: App, text: str, mood: str) -> None:
    await put_at(quiet_app, KEY, "mood", "ask", asked=True)
    await spanish(quiet_app)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.CHOICE
    assert (await place_of(quiet_app, KEY)).vars["mood_score"] == mood


def test_numbers_that_count_something_in_spanish_are_not_a_mood() -> None:
    assert mood_number("uno de esos días") is None
    assert mood_number("dos semanas esperando") is None
    assert mood_number("un 2 de 5") == 2


async def test_asking_about_the_scale_is_not_a_mood(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "checkin_mood", "open", asked=True)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text="what happens if i pick 1?"))
    assert typed.understood is not None and typed.understood.kind is not UnderstoodKind.CHOICE
    assert "mood_score" not in (await place_of(quiet_app, KEY)).vars


async def vent_reply(app: App, text: str) -> str:
    """What the vent says back to `text`, typed as more venting."""
    conv = await place_of(app, KEY)
    if (conv.flow, conv.step) != ("vent", "more"):
        await app.engine.handle(Turn(KEY, text="there's more"))
    return said(await app.engine.handle(Turn(KEY, text=text)))


@pytest.mark.parametrize(
    ("text", "tone_words"),
    [
        ("actually had a nice walk today and i feel ok", ("glad", "good to hear")),
        ("im doing alright today honestly", ("glad", "good to hear")),
        ("i need to update my cv and send 3 applications tomorrow", ("Got it", "noted")),
        ("ok so my plan is to email the recruiter on monday", ("Got it", "noted")),
    ],
)
async def test_a_bright_or_practical_message_in_the_vent_is_not_met_with_sympathy(
    quiet_app: App, text: str, tone_words: tuple[str, ...]
) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    heard = said(await quiet_app.engine.handle(Turn(KEY, text=text)))
    assert "painful" not in heard and "hurts" not in heard, heard
    assert any(w in heard for w in tone_words), heard


def test_a_hard_message_keeps_its_sympathy() -> None:
    lexicon = Lexicon.load("en")
    assert lexicon.read("got rejected again, need to update my cv").tone == ""
    assert lexicon.read("they picked someone else after five rounds").tone == ""
    assert lexicon.read("not doing ok at all").tone == ""
    assert lexicon.read("i hate this").tone == "hard"
    assert Lexicon.load("es").read("tengo que actualizar mi cv y mandar dos solicitudes").tone == (
        "practical"
    )
    assert Lexicon.load("es").read("hoy tuve un buen día, me siento bien").tone == "upbeat"


async def test_listening_replies_never_repeat_in_a_conversation(quiet_app: App) -> None:
    await quiet_app.engine.handle(Turn(KEY, text="/vent"))
    lines = [said(await quiet_app.engine.handle(Turn(KEY, text="they said no again")))]
    texts = [
        "and i'm so angry about it",
        "i'm angry at myself too",
        "still angry honestly",
        "whatever",
        "it is what it is",
        "i need to update my cv anyway",
        "i'll apply to two more tomorrow",
        "had a good day yesterday though",
        "feeling ok right now",
        "i went for a walk, that helped",
        "the interviewer was angry too, weirdly",
        "anyway",
        "yeah",
        "so",
    ]
    for text in texts:
        lines.append(await vent_reply(quiet_app, text))
    heard = [line.split("\n")[0] for line in lines]
    assert len(set(heard)) == len(heard), heard


COMPLAINTS = [
    "i just hate how they treated me",
    "they made me wait a month and then said no",
    "they told me to wait and then picked someone else",
]


@pytest.mark.parametrize("text", COMPLAINTS)
@pytest.mark.parametrize(
    ("flow", "step"), [("draft", "risky"), ("draft", "decide"), ("checkin_draft", "how")]
)
async def test_a_complaint_at_the_draft_brake_is_not_taken_as_an_option(
    quiet_app: App, flow: str, step: str, text: str
) -> None:
    await put_at(quiet_app, KEY, flow, step, asked=True, draft="You wasted my time.")
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None
    assert typed.understood.kind is not UnderstoodKind.CHOICE, typed.understood
    conv = await place_of(quiet_app, KEY)
    assert (conv.flow, conv.step) == (flow, step)
    assert conv.vars.get("draft") == "You wasted my time."  # nothing given is lost
    assert "Did you mean" not in said(typed.replies)


async def test_a_complaint_in_spanish_at_the_draft_brake_is_not_taken_either(
    quiet_app: App,
) -> None:
    await put_at(
        quiet_app, KEY, "draft", "risky", asked=True, draft="Me hicieron perder el tiempo."
    )
    await spanish(quiet_app)
    text = "me tuvieron esperando un mes y luego nada"
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None and typed.understood.kind is not UnderstoodKind.CHOICE
    assert (await place_of(quiet_app, KEY)).step == "risky"


@pytest.mark.parametrize(
    ("text", "label"),
    [("ok i think ill wait and look at it again", "Hold it and remind me tomorrow")],
)
async def test_the_person_choosing_with_the_same_word_is_still_understood(
    quiet_app: App, text: str, label: str
) -> None:
    await put_at(quiet_app, KEY, "draft", "decide", asked=True, draft="You wasted my time.")
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None and typed.understood.choice == label


@pytest.mark.parametrize(
    ("flow", "step", "text", "label"),
    [
        ("checkin_mood", "better", "hoy no", "Not today"),
        ("checkins", "manage", "cancélalos todos", "Cancel all of them"),
        ("welcome", "returning_plain", "otro rechazo", "Another rejection, or something new"),
    ],
)
async def test_a_short_answer_in_another_language_the_bot_speaks_is_understood(
    quiet_app: App, flow: str, step: str, text: str, label: str
) -> None:
    """Too short to tell its language, so the turn is in English: the same question in Spanish
    understands it surely, and that option is taken."""
    await put_at(quiet_app, KEY, flow, step, asked=True)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text=text))
    assert typed.understood is not None and typed.understood.choice == label


async def test_nonsense_is_not_taken_in_another_language_either(quiet_app: App) -> None:
    await put_at(quiet_app, KEY, "vent", "heard", asked=True)
    typed = await quiet_app.engine.handle_detailed(Turn(KEY, text="xyzzy plugh"))
    assert typed.understood is not None and typed.understood.kind is UnderstoodKind.FALLBACK


def test_a_mood_number_denied_is_not_the_mood_meant() -> None:
    assert mood_number("no wait i am not 5... i feel bad") is None
    assert mood_number("not a 5, more like a 2") == 2
    assert mood_number("no un 4, más bien un 2") == 2
    assert mood_number("its a 4") == 4
