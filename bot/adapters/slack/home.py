"""The App Home tab, as a pure function of plain data.

Owns the `HomeData` record (what the tab shows: upcoming check-ins, the plan checklist, the mood
trend, settings, crisis resources) and `home_view`, which turns it into the Block Kit `home` view
for `views.publish`. Gathering the data lives in `homedata.py`; nothing here does I/O, so the view
is tested without Slack. Everything a person wrote (plan entries) is escaped. Its fixed wording is
in the language of the person the data was loaded for (`homedata` sets it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.adapters.slack.blocks import Block
from bot.adapters.slack.events import encode_home_action
from bot.i18n import N_, _
from bot.i18n.zones import zone_label
from bot.safety.escape import slack_escape

MAX_CHECKINS = 10
MAX_PLAN = 25
MAX_MOODS = 14
SPARKS = "▁▂▃▄▅▆▇█"

ABOUT = N_(
    "I'm *Bounce Back*, a bot that offers a little first aid after a job rejection: a private "
    "place to vent, a pause before you reply to them, a kinder look at what happened, and a plan "
    "for what comes next.\n"
    "I'm a bot, not a therapist or a crisis service."
)
PRIVACY = N_(
    "*Private by default.* What you tell me is encrypted and never logged, and workspace admins "
    "can't see these conversations. The people who run this service hold the key, so they could "
    "decrypt them. Type `forget` in our messages to delete everything I keep about you, or "
    "`mydata` for a copy."
)
DEFAULT_RESOURCES = (
    "US: call or text 988, or chat at 988lifeline.org. Crisis Text Line: text HOME to 741741.",
    "UK and Ireland: Samaritans on 116 123.",
    "Elsewhere: findahelpline.com. In an emergency, call your local emergency number.",
)


@dataclass(frozen=True, slots=True)
class HomeCheckin:
    """An upcoming check-in: its id (for the cancel button), what it is, when (local time)."""

    id: str
    label: str
    when: str


@dataclass(frozen=True, slots=True)
class HomePlanItem:
    text: str
    done: bool = False


@dataclass(frozen=True, slots=True)
class HomeMood:
    """One mood answer: the day (already formatted) and the 1-5 score."""

    day: str
    score: int


@dataclass(frozen=True, slots=True)
class HomeSettings:
    tz: str = "UTC"
    tz_from_profile: bool = True
    quiet_start: str = "21:00"
    quiet_end: str = "09:00"
    paused_until: str | None = None


@dataclass(frozen=True, slots=True)
class HomeData:
    """Everything the Home tab shows, as plain values."""

    checkins: tuple[HomeCheckin, ...] = ()
    plan: tuple[HomePlanItem, ...] = ()
    moods: tuple[HomeMood, ...] = ()
    settings: HomeSettings = HomeSettings()
    resources: tuple[str, ...] = DEFAULT_RESOURCES
    checkins_known: bool = True
    """False when the check-in service is not running: the section then says so."""


def _md(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def _button(label: str, what: str, arg: str = "", style: str | None = None) -> dict[str, Any]:
    button: dict[str, Any] = {
        "type": "button",
        "text": {"type": "plain_text", "text": label, "emoji": True},
        "action_id": encode_home_action(what, arg),
        "value": arg or what,
    }
    if style:
        button["style"] = style
    return button


def _header(text: str) -> Block:
    return {"type": "header", "text": {"type": "plain_text", "text": text, "emoji": True}}


def sparkline(scores: list[int]) -> str:
    """1-5 scores as bars: `[1, 3, 5]` -> `▁▅█`."""
    out = []
    for s in scores:
        s = min(5, max(1, s))
        out.append(SPARKS[round((s - 1) * (len(SPARKS) - 1) / 4)])
    return "".join(out)


def _checkins(data: HomeData) -> list[Block]:
    blocks: list[Block] = [_header(_("Upcoming check-ins"))]
    if not data.checkins_known:
        blocks.append(_md(_("Check-ins aren't switched on in this workspace.")))
        return blocks
    paused = data.settings.paused_until
    if paused:
        blocks.append(
            _md(_("Check-ins are paused until {date}.").format(date=slack_escape(paused)))
        )
    if not data.checkins:
        blocks.append(
            _md(
                _(
                    "Nothing planned. I can check in on you later if you'd like; "
                    "the first-aid conversation offers it."
                )
            )
        )
    for c in data.checkins[:MAX_CHECKINS]:
        block = _md(f"*{slack_escape(c.when)}*  {slack_escape(c.label)}")
        block["accessory"] = _button(_("Cancel"), "cancel", c.id, "danger")
        blocks.append(block)
    if len(data.checkins) > MAX_CHECKINS:
        blocks.append(
            _md(
                _("…and {count} more. Type `checkins` in our messages to see them all.").format(
                    count=len(data.checkins) - MAX_CHECKINS
                )
            )
        )
    controls = [
        _button(_("Resume check-ins"), "resume")
        if paused
        else _button(_("Pause check-ins"), "pause"),
        _button(_("Manage check-ins"), "checkins"),
    ]
    blocks.append({"type": "actions", "block_id": "bb-home-checkins", "elements": controls})
    return blocks


def _plan(data: HomeData) -> list[Block]:
    blocks: list[Block] = [_header(_("Your plan"))]
    if not data.plan:
        blocks.append(
            _md(_("No steps yet. Type `plan` in our messages and we'll make one together."))
        )
        return blocks
    lines = [f"{'☑' if p.done else '☐'}  {slack_escape(p.text)}" for p in data.plan[:MAX_PLAN]]
    done = sum(1 for p in data.plan if p.done)
    blocks.append(_md("\n".join(lines)[:2900]))
    blocks.append(
        {
            "type": "context",
            "elements": [
                {
                    "type": "mrkdwn",
                    "text": _("{done} of {total} done. Type `plan` to tick one off.").format(
                        done=done, total=len(data.plan)
                    ),
                }
            ],
        }
    )
    return blocks


def _moods(data: HomeData) -> list[Block]:
    blocks: list[Block] = [_header(_("How you've been feeling"))]
    moods = data.moods[-MAX_MOODS:]
    if not moods:
        blocks.append(_md(_("No mood check-ins yet. Type `mood` in our messages to add one.")))
        return blocks
    line = sparkline([m.score for m in moods])
    span = (
        moods[0].day
        if len(moods) == 1
        else _("{start} to {end}").format(start=moods[0].day, end=moods[-1].day)
    )
    blocks.append(
        _md(_("`{line}`  {span} (1 is low, 5 is good)").format(line=line, span=slack_escape(span)))
    )
    return blocks


def _settings(data: HomeData) -> list[Block]:
    s = data.settings
    source = _(" (from your Slack profile)") if s.tz_from_profile else ""
    block = _md(
        _(
            "Time zone: *{zone}*{source}\n"
            "Quiet hours: {start} to {end}, when I never send check-ins"
        ).format(
            zone=slack_escape(zone_label(s.tz)),
            source=source,
            start=slack_escape(s.quiet_start),
            end=slack_escape(s.quiet_end),
        )
    )
    block["accessory"] = _button(_("Change"), "settings")
    return [_header(_("Settings")), block]


def home_view(data: HomeData) -> dict[str, Any]:
    """The `home` view for `views.publish`."""
    blocks: list[Block] = [
        _header("Bounce Back"),
        _md(_(ABOUT)),
        _md(_(PRIVACY)),
        {
            "type": "actions",
            "block_id": "bb-home-start",
            "elements": [
                _button(_("Talk it through"), "start", style="primary"),
                _button(_("Menu"), "menu"),
                _button(_("Help"), "help"),
            ],
        },
        {"type": "divider"},
        _header(_("If you're struggling right now")),
        _md("\n".join(slack_escape(r) for r in data.resources) or DEFAULT_RESOURCES[-1]),
        {"type": "divider"},
        *_checkins(data),
        {"type": "divider"},
        *_plan(data),
        {"type": "divider"},
        *_moods(data),
        {"type": "divider"},
        *_settings(data),
    ]
    return {"type": "home", "blocks": blocks[:100]}
