"""Spanish in full: a Spanish speaker walks every flow, command, option and check-in and hears no
English; days, times and spans typed in Spanish are understood; dates are written in Spanish; the
Slack Home tab and Discord's own notes follow the person's language."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.app import App
from bot.checkins import repo
from bot.checkins.prefs import match_timezone, parse_pause, parse_quiet
from bot.checkins.timing import Horizon, TimingError, human_when, parse_horizon, parse_time_of_day
from bot.core.model import Choices, Turn, UserKey
from bot.i18n import use_language
from bot.privacy.summary import summary
from tests.fakes import discord_payloads as dp
from tests.fakes import payloads as p
from tests.fakes.discord import FakeDiscord
from tests.fakes.discord_harness import Handled, running_bot
from tests.fakes.slack import TEAM_ID
from tests.fakes.slack_harness import Harness
from tests.replies import said
from tests.spanish_walk import english_words, walk_everything

MADRID = ZoneInfo("Europe/Madrid")
NOW = datetime(2026, 12, 6, 12, tzinfo=UTC)  # a Sunday


@pytest.fixture
def spanish(app: App) -> Iterator[None]:
    use_language("es", app.engine.flows.code_texts.get("es"))
    yield
    use_language("en")  # the language is a context variable: leave the next test in English


async def test_a_spanish_speaker_hears_no_english_in_any_flow_command_or_check_in(
    app: App,
) -> None:
    app.engine.clock = lambda: NOW  # "el lunes" is 7 December whatever day the tests run
    walk = await walk_everything(app)
    assert walk.turns > 250  # every option of every question was tried
    places = {f"{flow}.{step}" for flow, step, _ in walk.visited}
    for reached in (
        "checkins.manage",
        "settings.show",
        "pause.ask",
        "forget.confirm",
        "plan.weekly",
    ):
        assert reached in places, reached
    listed = [text for where, text in walk.said if where == "/seguimientos"]
    assert any("lun 7 dic, 09:00" in text for text in listed), listed
    data = [text for where, text in walk.said if where == "/misdatos"]
    assert any("- el idioma en que te hablo: español" in text for text in data), data
    assert walk.attachments and all("what_these_mean" in a for a in walk.attachments)
    for export in walk.attachments:
        notes = " ".join(json.loads(export)["what_these_mean"].values())
        assert not english_words(notes), notes
    assert walk.leaks() == []


def test_the_stop_list_catches_english_and_spares_spanish_names_and_links() -> None:
    assert english_words("Your plan is empty so far.") == ["Your", "is", "so"]
    assert english_words("el Sunday 13 December at 10:00") == ["Sunday", "December", "at"]
    assert english_words("Soy Bounce Back. Mira https://988lifeline.org/chat y `checkins`.") == []
    assert english_words("Te escribo el lunes 7 de diciembre a las 10:00.") == []


@pytest.mark.usefixtures("spanish")
def test_spanish_spans_days_and_times_are_read() -> None:
    assert parse_horizon("dentro de una semana") == Horizon(days=7)
    assert parse_horizon("en 3 días") == Horizon(days=3)
    assert parse_horizon("2 semanas") == Horizon(days=14)
    assert parse_horizon("un mes") == Horizon(months=1)
    assert parse_time_of_day("a las 9") == time(9)
    assert parse_time_of_day("a las 6 de la tarde") == time(18)
    assert parse_time_of_day("9 y media") == time(9, 30)
    assert parse_time_of_day("por la tarde") == time(14)
    assert parse_time_of_day("18:30") == time(18, 30)  # what everyone writes still works
    assert parse_pause("2 semanas", NOW, MADRID).date() == date(2026, 12, 19)
    assert parse_pause("hasta el 1 de marzo", NOW, MADRID).date() == date(2027, 2, 28)
    assert parse_quiet("de 22:00 a 08:00").start == time(22)
    assert parse_quiet("ninguna").start == parse_quiet("ninguna").end
    assert match_timezone("Ciudad de México") == "America/Mexico_City"
    assert match_timezone("estoy en Madrid") == "Europe/Madrid"
    assert match_timezone("España") == "Europe/Madrid"


@pytest.mark.usefixtures("spanish")
def test_dates_and_read_errors_are_in_spanish() -> None:
    when = human_when(datetime(2026, 12, 8, 10), today=date(2026, 12, 6))
    assert when == "martes 8 de diciembre a las 10:00"
    assert human_when(datetime(2027, 1, 4, 9), today=date(2026, 12, 6)).endswith(
        "de 2027 a las 09:00"
    )
    with pytest.raises(TimingError) as caught:
        parse_time_of_day("cuando sea")
    assert "no entendí la hora" in str(caught.value)
    text = summary({"moods": [{"score": 2}], "checkins": [{"status": "pending"}] * 2})
    assert "- 1 registro de cómo te sentías" in text and "- 2 seguimientos pendientes" in text
    assert not english_words(text)


@pytest.mark.parametrize(
    ("typed", "day", "at", "offer"),
    [
        ("recuérdame el lunes que mande el correo", "2026-12-07", "10:00", "el lunes"),
        ("escríbeme mañana a las 9", "2026-12-07", "09:00", "mañana a las 09:00"),
        ("recuérdame dentro de una semana", "2026-12-13", "10:00", "el domingo 13 de diciembre"),
        ("¿me puedes escribir en 3 días?", "2026-12-09", "10:00", "el miércoles 9 de diciembre"),
    ],
)
async def test_a_reminder_asked_in_spanish_lands_on_that_day(
    app: App, typed: str, day: str, at: str, offer: str
) -> None:
    app.engine.clock = lambda: NOW
    key = UserKey("console", "es", "rem")

    async def turn(**kw: object) -> list[object]:
        t = Turn(key, locale="es-ES", tz="Europe/Madrid", **kw)  # type: ignore[arg-type]
        return list(await app.engine.handle(t))

    await turn(text="hola")
    asked = await turn(text=typed)
    shown = [r for r in asked if isinstance(r, Choices)][-1]
    assert f"Sí, escríbeme {offer}" in [o.label for o in shown.options]
    done = said(await turn(choice="yes", at=shown.at))  # type: ignore[arg-type]
    assert "Está bien, te escribo el " in done and not english_words(done)
    async with app.store.transaction() as tx:
        [row] = await repo.upcoming(tx.handle, str(key))
    assert row.local_time == f"{day}T{at}"


async def test_spanish_mood_words_are_understood(app: App) -> None:
    for n, (words, mood) in enumerate((("fatal", "1"), ("regular", "3"), ("estoy fatal", "1"))):
        key = UserKey("console", "es", f"mood{n}")
        await app.engine.handle(Turn(key, text="hola", locale="es-ES"))
        await app.engine.handle(Turn(key, text=words, locale="es-ES"))
        async with app.store.transaction() as tx:
            conv = await tx.load(key)
        assert conv is not None and str(conv.vars.get("mood_score")) == mood, words


async def test_the_slack_home_tab_follows_a_spanish_profile(bot: Harness, app: App) -> None:
    bot.slack.users[p.USER_ID] = {"locale": "es-ES", "tz": "Europe/Madrid"}
    key = UserKey("slack", TEAM_ID, p.USER_ID)
    async with app.store.transaction() as tx:
        await tx.add_item(key, "plan", {"text": "pedir feedback", "done": False})
        await tx.add_mood(key, 2, None)
        await tx.add_mood(key, 4, None)
        await repo.insert_checkin(
            tx.handle,
            user_key=str(key),
            flow="checkin_mood",
            due_at=datetime(2031, 3, 4, 9, tzinfo=UTC),
            local_time="2031-03-04T10:00",
            tz="Europe/Madrid",
            requested=True,
            now=datetime.now(UTC),
        )
    await bot.event(p.home_opened())
    [pub] = await bot.slack.wait_calls("views.publish")
    texts: list[str] = []

    def collect(node: object) -> None:
        if isinstance(node, dict):
            for name, value in node.items():
                if name == "text" and isinstance(value, str):
                    texts.append(value)
                else:
                    collect(value)
        elif isinstance(node, list):
            for item in node:
                collect(item)

    collect(pub.params["view"])
    shown = "\n".join(texts)
    assert "Próximos seguimientos" in shown and "mar 4 mar, 10:00" in shown
    assert "Tu plan" in shown and "Hablarlo" in shown
    assert english_words(shown) == [], shown


@pytest.mark.timeout(60)
async def test_discord_notes_follow_a_spanish_client(app: App) -> None:
    async with FakeDiscord() as fake, running_bot(app.engine, fake) as client:
        handled = Handled(client)
        mark = fake.mark()
        await fake.interaction(dp.slash_command("rejected", in_guild=True, locale="es-ES"))
        await handled.wait(1)
        text = "\n".join(fake.texts(mark))
    assert "Hola, soy Bounce Back, el bot que acabas de usar" in text  # the DM hello
    assert "Aquí solo tú ves mis respuestas" in text  # the note pointing to it
    assert "Soy un bot" in text  # the flow itself, from the client's locale
    assert english_words(text) == [], text
