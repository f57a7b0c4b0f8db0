"""The care actions and the crisis inspector, run against a small in-memory turn context."""

from __future__ import annotations

import json
import logging
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from bot.core.actions import ActionRegistry
from bot.core.context import Redirect, Services, TurnContext
from bot.core.model import Conversation, Notify, Text, Turn, UserKey
from bot.core.ports import Item, MoodEntry
from bot.safety import care_actions
from bot.safety.countries import asks_for_lines, country_locale
from bot.safety.crisis import Assessment, CrisisMemory
from bot.safety.inspector import MEANS_NOTE, REMINDER, CrisisInspector
from bot.safety.resources import Resources, parse_resources

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


@dataclass
class MemoryTx:
    """The item part of `StoreTx`, in memory; data is copied through JSON like a real store."""

    rows: dict[int, tuple[UserKey, str, str, bool]] = field(default_factory=dict)
    next_id: int = 1
    handle: Any = None

    async def add_item(
        self, key: UserKey, kind: str, data: dict[str, Any], *, free_text: bool = True
    ) -> int:
        item_id = self.next_id
        self.next_id += 1
        self.rows[item_id] = (key, kind, json.dumps(data), free_text)
        return item_id

    async def list_items(self, key: UserKey, kind: str | None = None) -> list[Item]:
        return [
            Item(i, k, json.loads(d), NOW, NOW)
            for i, (owner, k, d, _f) in sorted(self.rows.items())
            if owner == key and (kind is None or k == kind)
        ]

    async def update_item(self, key: UserKey, item_id: int, data: dict[str, Any]) -> bool:
        row = self.rows.get(item_id)
        if row is None or row[0] != key:
            return False
        self.rows[item_id] = (key, row[1], json.dumps(data), row[3])
        return True

    async def delete_items(self, key: UserKey, kind: str, item_id: int | None = None) -> int:
        gone = [
            i
            for i, r in self.rows.items()
            if r[0] == key and r[1] == kind and (item_id is None or i == item_id)
        ]
        for i in gone:
            del self.rows[i]
        return len(gone)

    async def add_mood(self, key: UserKey, score: int | None, words: str | None) -> None:
        raise NotImplementedError

    async def list_moods(self, key: UserKey) -> list[MoodEntry]:
        raise NotImplementedError


WITH_CONTACT = """
locales:
  en-US:
    emergency: "911"
    lines: [{name: Lifeline, text: "988", call: "988", chat: 988lifeline.org}]
  default: {emergency: your local emergency number, lines: [{name: Finder, web: find.example}]}
contact:
  name: the careers team
  slack: C0CAREERS
  discord: "223456789012345678"
"""


def make_ctx(
    *,
    platform: str = "slack",
    user: str = "U0PERSON",
    locale: str = "en-US",
    resources: Resources | None = None,
    tx: MemoryTx | None = None,
    flow: str | None = None,
    step: str | None = None,
    version: int = 3,
) -> TurnContext:
    services = Services()
    if resources is not None:
        services.add(resources)
    key = UserKey(platform, "W1", user)
    conv = Conversation(flow=flow, step=step, version=version)
    return TurnContext(
        key=key,
        turn=Turn(key, text="hi"),
        conv=conv,
        tx=tx or MemoryTx(),  # type: ignore[arg-type]
        now=NOW,
        rng=random.Random(1),
        services=services,
        locale=locale,
    )


@pytest.fixture
def registry() -> ActionRegistry:
    reg = ActionRegistry()
    care_actions.register(reg, Services())
    return reg


async def run(registry: ActionRegistry, name: str, ctx: TurnContext, **args: Any) -> None:
    spec = registry.get(name)
    assert spec is not None, name
    await spec.fn(ctx, args)


def said(ctx: TurnContext) -> str:
    return "\n".join(r.plain for r in ctx.replies if isinstance(r, Text))


def test_every_care_action_is_registered_with_what_it_sets(registry: ActionRegistry) -> None:
    expected = {
        "crisis_resources": {"crisis_emergency"},
        "mark_disclosed": set(),
        "draft_review": set(care_actions.DRAFT_VARS),
        "safety_plan_save": set(),
        "safety_plan_show": {"safety_plan_saved"},
        "offer_contact": {"contact_available", "contact_name"},
        "notify_contact": {"contact_notified", "contact_available"},
        "count_crisis": {"crisis_again", "crisis_round", "crisis_said"},
        "note_safe": set(),
        "safe_recently": {"safe_recently"},
        "back_after_no": set(),
        "note_back": set(),
        "drop_held_message": set(),
    }
    assert set(registry.names()) == set(expected)
    for name, sets in expected.items():
        spec = registry.get(name)
        assert spec is not None and set(spec.sets({})) == sets, name
    spec = registry.get("safety_plan_save")
    assert spec is not None and set(spec.required_args) == {"step", "var"}


# ----- resources and disclosure ----------------------------------------------------------------


async def test_crisis_resources_for_the_locale(registry: ActionRegistry) -> None:
    ctx = make_ctx(locale="en-US")
    await run(registry, "crisis_resources", ctx)
    text = said(ctx)
    assert text.startswith("• 988 Suicide and Crisis Lifeline: text or call 988")
    assert "741741" in text and text.endswith("call 911.")
    assert ctx.vars["crisis_emergency"] == "911"

    uk = make_ctx(locale="en-GB")
    await run(registry, "crisis_resources", uk)
    assert "Samaritans: call 116 123" in said(uk) and uk.vars["crisis_emergency"] == "999 or 112"

    brazil = make_ctx(locale="pt-BR")
    await run(registry, "crisis_resources", brazil)
    assert "CVV" in said(brazil) and "188" in said(brazil)

    canada_fr = make_ctx(locale="en-CA")
    canada_fr.meta["crisis_language"] = "fr"  # the person wrote in French
    await run(registry, "crisis_resources", canada_fr)
    assert "9-8-8 Ligne d'aide" in said(canada_fr)

    spanish_unknown_country = make_ctx(locale="en")
    spanish_unknown_country.meta["crisis_language"] = "es"
    await run(registry, "crisis_resources", spanish_unknown_country)
    assert "024" in said(spanish_unknown_country) and "800 911 2000" in said(
        spanish_unknown_country
    )

    elsewhere = make_ctx(locale="ja-JP")
    await run(registry, "crisis_resources", elsewhere)
    assert "findahelpline.com" in said(elsewhere)


def test_every_shipped_line_says_when_and_where_it_was_checked() -> None:
    from bot.safety.helplines import HELPLINES

    countries = {"ES", "MX", "AR", "CO", "DE", "AT", "CH", "FR", "BE", "CA", "BR", "PT", "IT"}
    assert countries <= {key.partition("-")[2] for key in HELPLINES}
    for key, (_emergency, lines) in HELPLINES.items():
        for line in lines:
            assert line["checked"] == "2026-12-06" and line["source"], key


async def test_crisis_resources_use_the_configured_file(registry: ActionRegistry) -> None:
    ctx = make_ctx(resources=parse_resources(WITH_CONTACT))
    await run(registry, "crisis_resources", ctx)
    assert said(ctx) == (
        "• Lifeline: text or call 988, or chat at 988lifeline.org\n• In an emergency, call 911."
    )


async def test_mark_disclosed_records_the_time(registry: ActionRegistry) -> None:
    ctx = make_ctx()
    await run(registry, "mark_disclosed", ctx)
    assert ctx.meta["disclosed_at"] == NOW.isoformat()
    assert ctx.replies == []


# ----- draft review ----------------------------------------------------------------------------


async def test_draft_review_sets_variables_and_keeps_the_draft(registry: ActionRegistry) -> None:
    tx = MemoryTx()
    ctx = make_ctx(tx=tx)
    draft = "Hi Tom, thanks for nothing. You wasted my time on the QA lead role, you clowns!!!"
    ctx.vars["draft"] = draft
    await run(registry, "draft_review", ctx)
    assert ctx.vars["draft_hostile"] == "yes"
    assert 0.5 <= float(str(ctx.vars["draft_score"])) <= 1
    reasons = str(ctx.vars["draft_reasons"]).splitlines()
    assert all(r.startswith("• ") for r in reasons) and len(reasons) >= 3
    assert any("sarcasm" in r for r in reasons) and any("insult" in r for r in reasons)
    assert str(ctx.vars["draft_suggestions"]).startswith("• ")
    rewrite = str(ctx.vars["draft_rewrite"])
    assert rewrite.startswith("Hi Tom,") and "QA lead role" in rewrite and "clowns" not in rewrite
    items = await tx.list_items(ctx.key, "draft")
    assert len(items) == 1 and items[0].data["text"] == draft and items[0].data["hostile"] is True
    assert tx.rows[items[0].id][3] is True  # free text: the retention job may purge it
    assert ctx.replies == []


async def test_draft_review_of_a_kind_draft_in_another_variable(registry: ActionRegistry) -> None:
    tx = MemoryTx()
    ctx = make_ctx(tx=tx)
    ctx.vars["reply"] = "Thank you for letting me know. I'd love to stay in touch."
    await run(registry, "draft_review", ctx, var="reply")
    assert ctx.vars["draft_hostile"] == "no"
    assert ctx.vars["draft_reasons"] == ""
    assert len(await tx.list_items(ctx.key, "draft")) == 1


async def test_an_empty_draft_is_not_stored(registry: ActionRegistry) -> None:
    tx = MemoryTx()
    ctx = make_ctx(tx=tx)
    await run(registry, "draft_review", ctx)
    assert ctx.vars["draft_hostile"] == "no"
    assert tx.rows == {}


# ----- safety plan -----------------------------------------------------------------------------


async def test_safety_plan_is_one_item_updated_in_place(registry: ActionRegistry) -> None:
    tx = MemoryTx()
    ctx = make_ctx(tx=tx)
    ctx.vars.update(a="I stop replying to friends", b="skip", c="My sister Jo, 07700 900123")
    await run(registry, "safety_plan_save", ctx, step=1, var="a")
    await run(registry, "safety_plan_save", ctx, step="2", var="b")  # skipped
    await run(registry, "safety_plan_save", ctx, step=4, var="c")
    ctx.vars["a"] = "I sleep all day"
    await run(registry, "safety_plan_save", ctx, step=1, var="a")
    ctx.vars["a"] = "Skip"
    await run(registry, "safety_plan_save", ctx, step=1, var="a")  # keeps the earlier answer
    items = await tx.list_items(ctx.key, "safety_plan")
    assert len(items) == 1
    assert items[0].data["steps"] == {"1": "I sleep all day", "4": "My sister Jo, 07700 900123"}
    assert tx.rows[items[0].id][3] is False  # kept until the person says forget
    other = make_ctx(tx=tx, user="U0OTHER")
    await run(registry, "safety_plan_show", other)
    assert other.vars["safety_plan_saved"] == "no"


@pytest.mark.parametrize("step", [0, 7, "two", None])
async def test_safety_plan_step_must_be_one_to_six(registry: ActionRegistry, step: object) -> None:
    ctx = make_ctx()
    ctx.vars["a"] = "x"
    with pytest.raises(ValueError, match="between 1 and 6"):
        await run(registry, "safety_plan_save", ctx, step=step, var="a")


async def test_safety_plan_show_lists_six_steps_and_resources(registry: ActionRegistry) -> None:
    tx = MemoryTx()
    ctx = make_ctx(tx=tx)
    await run(registry, "safety_plan_show", ctx)
    assert ctx.vars["safety_plan_saved"] == "no" and ctx.replies == []
    ctx.vars["w"] = "<!everyone> I go quiet"
    await run(registry, "safety_plan_save", ctx, step=1, var="w")
    await run(registry, "safety_plan_show", ctx)
    assert ctx.vars["safety_plan_saved"] == "yes"
    (reply,) = ctx.replies
    assert isinstance(reply, Text)
    text = reply.plain
    for n, title in enumerate(care_actions.PLAN_STEPS, 1):
        assert f"{n}. {title}" in text
    assert text.count("(not filled in yet)") == 5
    assert "988" in text.split("5. ")[1].split("6. ")[0]  # the lines sit under part 5
    user_parts = [p.text for p in reply.parts if p.from_user]
    assert user_parts == ["<!everyone> I go quiet"]  # escaped by the adapter
    assert reply.render(lambda s: s.replace("<", "&lt;")).count("&lt;!everyone>") == 1


# ----- contact ---------------------------------------------------------------------------------


async def test_offer_contact_only_when_configured_for_the_platform(
    registry: ActionRegistry,
) -> None:
    none = make_ctx()
    await run(registry, "offer_contact", none)
    assert none.vars["contact_available"] == "no" and none.vars["contact_name"] == ""
    res = parse_resources(WITH_CONTACT)
    slack = make_ctx(resources=res)
    await run(registry, "offer_contact", slack)
    assert slack.vars["contact_available"] == "yes"
    assert slack.vars["contact_name"] == "the careers team"
    console = make_ctx(resources=res, platform="console", user="me")
    await run(registry, "offer_contact", console)
    assert console.vars["contact_available"] == "no"


async def test_notify_contact_names_the_person_and_nothing_they_said(
    registry: ActionRegistry,
) -> None:
    ctx = make_ctx(resources=parse_resources(WITH_CONTACT))
    ctx.vars.update(vent_text="my boss humiliated me", draft="secret draft", contact_consent="yes")
    await run(registry, "notify_contact", ctx)
    notes = [r for r in ctx.replies if isinstance(r, Notify)]
    assert len(notes) == 1
    note = notes[0]
    assert note.target == "C0CAREERS"
    rendered = note.text.render(lambda s: "ESCAPED")
    assert "<@U0PERSON>" in rendered and "support" in rendered and "bot" in rendered
    assert "humiliated" not in rendered and "secret" not in rendered
    assert ctx.vars["contact_notified"] == "yes" and ctx.vars["contact_available"] == "no"
    assert "contact_consent" not in ctx.vars  # a second message needs a second yes
    again = make_ctx(resources=parse_resources(WITH_CONTACT))
    again.conv.vars.update(ctx.vars)
    await run(registry, "notify_contact", again)
    assert not [r for r in again.replies if isinstance(r, Notify)]


async def test_notify_contact_refuses_without_a_yes(
    registry: ActionRegistry, caplog: pytest.LogCaptureFixture
) -> None:
    ctx = make_ctx(resources=parse_resources(WITH_CONTACT))
    with caplog.at_level(logging.INFO):
        await run(registry, "notify_contact", ctx)
    assert ctx.replies == [] and ctx.vars["contact_notified"] == "no"
    assert "safety.contact_not_notified" in caplog.text
    nobody = make_ctx()
    nobody.vars["contact_consent"] = "yes"
    await run(registry, "notify_contact", nobody)
    assert nobody.replies == [] and nobody.vars["contact_notified"] == "no"


async def test_notify_contact_on_discord_and_unknown_ids(registry: ActionRegistry) -> None:
    ctx = make_ctx(
        resources=parse_resources(WITH_CONTACT), platform="discord", user="323456789012345678"
    )
    ctx.vars["contact_consent"] = "yes"
    await run(registry, "notify_contact", ctx)
    (note,) = ctx.replies
    assert isinstance(note, Notify) and note.target == "223456789012345678"
    assert "<@323456789012345678>" in note.text.plain
    part = care_actions.mention("slack", "not an id <!here>")
    assert part.from_user  # anything odd is escaped like user text, never a raw mention


# ----- the crisis inspector --------------------------------------------------------------------


async def test_crisis_interrupts_and_remembers(caplog: pytest.LogCaptureFixture) -> None:
    inspector = CrisisInspector()
    ctx = make_ctx(flow="vent", step="open")
    text = "I want to kill myself"
    with caplog.at_level(logging.DEBUG):
        handled = await inspector(ctx, text)
    assert handled is True
    assert ctx.redirect == Redirect("crisis", None, remember=True)
    memory = CrisisMemory.from_json(ctx.meta["crisis_memory"])
    assert memory.distress_at == NOW
    json.dumps(ctx.meta["crisis_memory"])  # stored as plain JSON
    for record in caplog.records:
        assert text not in record.getMessage() and text not in str(record.__dict__)
    assert "safety.crisis_interrupt" in caplog.text


async def test_ordinary_text_passes_through() -> None:
    ctx = make_ctx(flow="vent", step="open")
    ctx.meta["disclosed_at"] = NOW.isoformat()
    assert await CrisisInspector()(ctx, "They went with another candidate.") is False
    assert ctx.redirect is None and ctx.replies == []
    assert CrisisMemory.from_json(ctx.meta["crisis_memory"]).setback_at == NOW


async def test_memory_carries_between_messages() -> None:
    inspector = CrisisInspector()
    first = make_ctx(flow="vent", step="open")
    assert await inspector(first, "I feel so hopeless and worthless since the rejection") is False
    later = make_ctx(flow="vent", step="open")
    later.conv.meta.update(first.meta)
    assert await inspector(later, "how tall is the golden gate bridge") is True
    assert later.redirect is not None and later.redirect.flow == "crisis"


async def test_a_stand_in_assessment_is_used_with_the_stored_memory() -> None:
    seen: list[tuple[str, CrisisMemory | None, datetime | None]] = []

    def assess(
        text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment:
        seen.append((text, memory, now))
        return Assessment(crisis=text == "danger", distress=True)

    ctx = make_ctx(flow="plan", step="ask")
    ctx.meta["crisis_memory"] = {"setback_at": (NOW - timedelta(hours=1)).isoformat()}
    assert await CrisisInspector(assess)(ctx, "danger") is True
    assert seen[0][0] == "danger" and seen[0][2] == NOW
    assert seen[0][1] == CrisisMemory(setback_at=NOW - timedelta(hours=1))
    stored = CrisisMemory.from_json(ctx.meta["crisis_memory"])
    assert stored.distress_at == NOW and stored.setback_at == NOW - timedelta(hours=1)


@pytest.mark.parametrize("flow", ["crisis", "safetyplan", "grounding", "crisis_followup"])
async def test_crisis_inside_the_care_flows_does_not_restart(flow: str) -> None:
    ctx = make_ctx(flow=flow, step="somewhere")
    assert await CrisisInspector()(ctx, "I want to die") is True
    assert ctx.redirect == Redirect(flow, "somewhere", reprompt=True)
    text = said(ctx)
    assert "still here" in text and "988" in text and "911" in text


async def test_a_means_question_without_distress_gets_a_gentle_line() -> None:
    """...and the question again: it is never taken as the answer to the step."""
    ctx = make_ctx(flow="vent", step="open")
    ctx.meta["disclosed_at"] = NOW.isoformat()
    assert await CrisisInspector()(ctx, "what's the tallest building in the world") is True
    assert ctx.replies == [Text.of(MEANS_NOTE)]
    assert ctx.redirect is not None and ctx.redirect.reprompt
    assert (ctx.redirect.flow, ctx.redirect.step) == ("vent", "open")


async def test_a_pill_count_question_alone_is_asked_about_directly() -> None:
    ctx = make_ctx(flow="vent", step="open")
    ctx.meta["disclosed_at"] = NOW.isoformat()
    assert await CrisisInspector()(ctx, "how many pills would it take") is True
    assert ctx.redirect is not None and ctx.redirect.flow == "crisis_check"


async def test_disclosure_reminder_after_three_hours() -> None:
    inspector = CrisisInspector()
    fresh = make_ctx()
    fresh.meta["disclosed_at"] = (NOW - timedelta(hours=2, minutes=59)).isoformat()
    assert await inspector(fresh, "hello again") is False
    assert fresh.replies == []
    stale = make_ctx()
    stale.meta["disclosed_at"] = (NOW - timedelta(hours=3, minutes=1)).isoformat()
    assert await inspector(stale, "hello again") is False
    assert stale.replies == [Text.of(REMINDER)]
    assert "bot" in REMINDER
    assert stale.meta["disclosed_at"] == NOW.isoformat()
    first_ever = make_ctx(version=0)
    assert await inspector(first_ever, "hi") is False and first_ever.replies == []
    never_told = make_ctx(version=4)
    assert await inspector(never_told, "hi") is False and never_told.replies == [Text.of(REMINDER)]


async def test_a_country_named_in_the_care_flows_gets_its_own_lines() -> None:
    """ "im in the uk": the UK's lines, then the waiting question; later lines stay the UK's."""
    ctx = make_ctx(flow="crisis", step="choose")
    ctx.meta["disclosed_at"] = NOW.isoformat()
    assert await CrisisInspector()(ctx, "im in the uk if that matters, give me a number") is True
    text = said(ctx)
    assert "where you are" in text and "116 123" in text, text
    assert ctx.redirect is not None and ctx.redirect.reprompt
    assert (ctx.redirect.flow, ctx.redirect.step) == ("crisis", "choose")
    again = make_ctx(flow="crisis", step="choose")
    again.meta.update(ctx.meta)
    assert await CrisisInspector()(again, "what about a text line") is False  # no country: on
    assert country_locale("estoy en México") == "es-MX" and country_locale("tell us more") is None


async def test_a_number_asked_for_anywhere_gets_the_lines_for_where_they_said_they_are() -> None:
    ctx = make_ctx(flow="vent", step="open")
    ctx.meta["disclosed_at"] = NOW.isoformat()
    assert await CrisisInspector()(ctx, "im in the uk btw") is False  # kept, nothing said
    asking = make_ctx(flow="vent", step="open")
    asking.meta.update(ctx.meta)
    assert await CrisisInspector()(asking, "is there a phone number i can call, a real person")
    assert "116 123" in said(asking), said(asking)
    assert asking.redirect is not None and (asking.redirect.flow, asking.redirect.step) == (
        "vent",
        "open",
    )
    other = make_ctx(flow="vent", step="open")
    other.meta["disclosed_at"] = NOW.isoformat()
    assert await CrisisInspector()(other, "they hired someone in spain instead") is False
    assert "country_locale" not in other.meta


def test_a_question_about_the_bot_is_not_a_request_for_lines() -> None:
    assert not asks_for_lines("are you a real person?")
    assert asks_for_lines("is there an actual person here i can talk to")
