"""Repair, never ejection, over the real flows: "did you mean" with working buttons, re-asks
that name the options, patient flows that never leave for the menu, mood in words, any text,
a vent kept in all its parts, invisible-only text, and arbitrary text at every choice step."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import listening as understanding
from bot.core import builtin_actions
from bot.core.actions import ActionRegistry
from bot.core.context import Services
from bot.core.engine import Engine, EngineConfig
from bot.core.model import Choices, Conversation, Reply, Turn, UnderstoodKind, UserKey
from bot.flows.loader import load_flows_or_raise
from bot.safety import care_actions as care
from bot.safety.inspector import CARE_FLOWS
from bot.store import migrate
from bot.store.crypto import Cipher
from bot.store.sql import SqlStore
from tests.replies import said

DIALOGUES = Path(__file__).resolve().parent.parent / "dialogues"
KEY = UserKey("console", "local", "rae")
PATIENT = ("welcome", "vent", "reframe", "plan", "ghosted", "draft", *sorted(CARE_FLOWS))


@pytest.fixture
async def engine(tmp_path: Path) -> AsyncIterator[Engine]:
    registry = ActionRegistry()
    builtin_actions.register(registry)
    understanding.register(registry, Services())  # vent replies listen
    care.register(registry, Services())  # a crisis step missed twice shows the lines again
    flows = load_flows_or_raise([DIALOGUES])  # actions unchecked: only choice steps are driven
    store = SqlStore.open(
        f"sqlite+aiosqlite:///{tmp_path / 'r.db'}", Cipher([Fernet.generate_key().decode()])
    )
    await migrate.upgrade(store.engine)
    config = EngineConfig(patient_flows=CARE_FLOWS)
    yield Engine(flows, store, registry, Services(), config=config, seed=2)
    await store.close()


async def put(engine: Engine, flow: str, step: str, **vars_: object) -> None:
    async with engine.store.transaction() as tx:
        conv = await tx.load(KEY) or Conversation()
        conv.flow, conv.step, conv.vars = flow, step, {**conv.vars, **vars_}
        await tx.save(KEY, conv)


async def load(engine: Engine) -> Conversation:
    async with engine.store.transaction() as tx:
        conv = await tx.load(KEY)
    assert conv is not None
    return conv


async def say(engine: Engine, text: str) -> list[Reply]:
    return await engine.handle(Turn(KEY, text=text))


def buttons(replies: list[Reply]) -> Choices:
    return next(r for r in replies if isinstance(r, Choices))


async def test_two_close_candidates_are_offered_back_and_a_click_works(engine: Engine) -> None:
    await put(engine, "vent", "let_go", vent_text="it hurt")
    out = await engine.handle_detailed(Turn(KEY, text="yes keep it"))
    offer = buttons(out.replies)
    assert said(out.replies).startswith("Did you mean")
    assert {o.id for o in offer.options} == {"forget", "keep"}
    assert out.understood is not None and out.understood.kind is UnderstoodKind.FALLBACK
    await engine.handle(Turn(KEY, choice="keep", at=offer.at))
    conv = await load(engine)
    assert conv.vars["last_choice"] == "keep" and conv.vars["vent_text"] == "it hurt"


async def test_a_typed_answer_to_did_you_mean_is_taken(engine: Engine) -> None:
    await put(engine, "vent", "let_go", vent_text="it hurt")
    offer = buttons(await say(engine, "yes keep it"))
    second = [o.id for o in offer.options][1]
    await say(engine, "2")
    assert (await load(engine)).vars["last_choice"] == second


async def test_a_miss_names_the_options_in_plain_words(engine: Engine) -> None:
    await put(engine, "ghosted", "wait")
    out = said(await say(engine, "qwzx plorb"))
    assert "You could say “Show me the follow-up”, “I'll wait for now” or “Back to menu”" in out
    assert (await load(engine)).step == "wait"


@pytest.mark.parametrize("flow_id", PATIENT)
async def test_patient_flows_never_eject_and_keep_what_was_given(
    engine: Engine, flow_id: str
) -> None:
    flow = engine.flows.flows[flow_id]
    for step in [s for s in flow.steps.values() if s.choices and s.any_text is None]:
        await put(engine, flow_id, step.id, vent_text="part one", draft_text="Dear team")
        for _ in range(4):
            replies = await say(engine, "qwzx plorb vlem")
            assert replies, (flow_id, step.id)
        conv = await load(engine)
        assert conv.flow == flow_id, (flow_id, step.id)
        # a step with `on_miss` goes on to that step after repeated misses (the crisis flow's
        # plain offer of the lines), still inside the flow; every other step stays put
        assert conv.step == step.id or step.on_miss is not None, (flow_id, step.id, conv.step)
        assert conv.vars["vent_text"] == "part one" and conv.vars["draft_text"] == "Dear team"


async def test_a_flow_that_is_not_patient_still_offers_the_menu(engine: Engine) -> None:
    await put(engine, "settings", "show")
    await say(engine, "qwzx plorb")
    await say(engine, "qwzx plorb")
    assert (await load(engine)).flow == "menu"


async def test_mood_in_words_is_said_back_and_saved_like_a_tap(engine: Engine) -> None:
    await put(engine, "mood", "ask")
    out = await engine.handle_detailed(Turn(KEY, text="pretty bad honestly"))
    assert "Sounds like about a 2 today." in said(out.replies)
    assert (await load(engine)).vars["mood_score"] == "2"
    assert out.understood is not None and out.understood.choice == "2 · low"


async def test_grounding_takes_what_people_name(engine: Engine) -> None:
    await put(engine, "grounding", "see")
    await say(engine, "lamp, dog, laptop")
    conv = await load(engine)
    assert conv.step == "touch" and conv.vars["see_text"] == "lamp, dog, laptop"


async def test_wanting_to_stop_at_a_grounding_step_is_not_kept_as_a_thing_seen(
    engine: Engine,
) -> None:
    await put(engine, "grounding", "hear")
    out = await engine.handle_detailed(Turn(KEY, text="its not helping, i want to stop"))
    conv = await load(engine)
    assert "hear_text" not in conv.vars
    assert out.understood is not None and out.understood.choice == "Stop here"


async def test_mood_words_the_matcher_doubts_are_asked_about_not_guessed(engine: Engine) -> None:
    await put(engine, "mood", "ask")
    out = await engine.handle_detailed(Turn(KEY, text="fine-ish, bruised i guess, okay"))
    conv = await load(engine)
    if out.understood is not None and out.understood.kind is UnderstoodKind.CHOICE:
        assert conv.vars["mood_score"] in ("4", "5")
    else:
        assert "Did you mean" in said(out.replies) and conv.step == "ask"


async def test_every_vent_part_is_kept(engine: Engine) -> None:
    await say(engine, "/vent")
    await say(engine, "They said no after four rounds.")
    await say(engine, "There's more")
    await say(engine, "And I had turned down another offer for them.")
    await say(engine, "im done for now")
    await say(engine, "no, keep it")
    text = str((await load(engine)).vars["vent_text"])
    assert "four rounds" in text and "another offer" in text


@pytest.mark.parametrize("text", ["\u200b", "\u200d\ufeff", " \u200e\u2067\u2060 "])
async def test_invisible_only_text_is_empty_never_a_vent(engine: Engine, text: str) -> None:
    await say(engine, "/vent")
    out = said(await say(engine, text))
    assert "I didn't catch any words" in out
    conv = await load(engine)
    assert conv.step == "open" and not conv.vars.get("vent_text")


STEPS = [
    (f.id, s.id)
    for f in load_flows_or_raise([DIALOGUES]).flows.values()
    for s in f.steps.values()
    if s.choices
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(place=st.sampled_from(STEPS), text=st.text(max_size=60))
async def test_arbitrary_text_at_every_choice_step_always_gets_a_reply(
    engine: Engine, place: tuple[str, str], text: str
) -> None:
    await put(engine, *place)
    replies = await say(engine, text)
    assert replies
    assert "something went wrong" not in said(replies)


@pytest.mark.parametrize("text", ["honestly pretty bad", "so angry right now"])
async def test_a_mood_in_words_is_said_back_once(engine: Engine, text: str) -> None:
    await put(engine, "welcome", "ask_mood")
    out = await engine.handle_detailed(Turn(KEY, text=text))
    assert said(out.replies).count("Sounds like about") == 1


@pytest.mark.parametrize("text", ["That's all", "no", "thats all"])
async def test_a_flow_that_ends_without_a_word_still_says_goodbye(
    engine: Engine, text: str
) -> None:
    await put(engine, "mydata", "export")  # "That's all" ends the flow with nothing to say
    replies = await say(engine, text)
    assert "whenever you want to talk" in said(replies)
    assert (await load(engine)).flow is None
