"""Readable names, in the person's language, for the values a `mydata` export holds.

The conversation's values are stored under internal names (`mood_score`, `welcome_back`,
`mood_plain`); `labelled(values, working=...)` gives them back under plain names in the
person's language ("How you felt, 1 to 5", a yes or a no said in it too), drops working values
that hold nothing (an empty greeting is not something remembered about anyone), and keeps a name
it has no label for as it is, so nothing held is left out of the file.
"""

from __future__ import annotations

from typing import Any

from bot.i18n import N_, _

ANSWERS = {
    "add_when": N_("When you asked for a check-in"),
    "cancel_pick": N_("Which check-in you picked to cancel"),
    "contact_consent": N_("Whether I may message your contact"),
    "crisis_via": N_("Where the hard moment came up"),
    "days_ago": N_("How many days ago you heard"),
    "draft": N_("The reply you wrote to the employer"),
    "evidence": N_("What speaks against the harsh thought"),
    "feedback_point": N_("Feedback you got"),
    "harsh_thought": N_("The harsh thought"),
    "heard": N_("How you heard"),
    "heard_when": N_("When you heard"),
    "job_lost": N_("Whether you lost your job"),
    "kinder_thought": N_("The kinder thought"),
    "mood_score": N_("How you felt, 1 to 5"),
    "mood_words": N_("How you felt, in your words"),
    "move_when": N_("When to move a check-in to"),
    "no_contact": N_("Whether you want no more contact with the employer"),
    "own_item": N_("A step of your own"),
    "pause_for": N_("How long to pause check-ins"),
    "quiet_input": N_("Your quiet hours, as you wrote them"),
    "rejections": N_("How many rejections"),
    "remove_number": N_("Which plan step to remove"),
    "sp_1": N_("Safety plan: warning signs"),
    "sp_2": N_("Safety plan: what helps me get through it"),
    "sp_3": N_("Safety plan: people and places that distract me"),
    "sp_4": N_("Safety plan: people I can ask for help"),
    "sp_5": N_("Safety plan: professionals and lines I can reach"),
    "sp_6": N_("Safety plan: making my surroundings safer"),
    "stage": N_("How far you got"),
    "strengths": N_("What went well"),
    "tick_number": N_("Which plan step you ticked"),
    "time_input": N_("A time you gave"),
    "tz_input": N_("Your time zone, as you wrote it"),
    "vent_text": N_("What you let out"),
    "work_on": N_("What to work on"),
    "worry": N_("What worries you most"),
}
"""Plain names for what the person gave (`bot.privacy.actions.answer_vars`)."""
WORKING = {
    "platform": N_("Where we talk"),
    "last_flow_id": N_("The last conversation we had (its name inside the bot)"),
    "last_flow": N_("The last conversation we had"),
    "welcome_back": N_("The greeting after a time away"),
    "came": N_("Why you came (someone sent you, or trying it out)"),
    "mood_plain": N_("Whether your mood was said in words"),
    "mood_saved": N_("Whether your mood was saved"),
    "plan_count": N_("How many steps your plan has"),
    "plan_added": N_("Whether a step was just added to your plan"),
    "money_offered": N_("Whether money steps were offered"),
    "checkin_scheduled": N_("Whether a check-in was just booked"),
    "checkin_when": N_("When the last check-in booked comes"),
    "crisis_unsafe": N_("Whether you said you were not safe"),
    "crisis_asked": N_("Whether I asked directly about ending your life"),
    "contact_available": N_("Whether a contact is set up"),
}
"""Plain names for the working values seen most; any other keeps its own name."""


YES_NO = {"yes": N_("yes"), "no": N_("no")}
"""A yes or a no kept in a value, said in the person's language."""


def _said(value: Any) -> Any:
    return _(YES_NO[value]) if isinstance(value, str) and value in YES_NO else value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def labelled(values: dict[str, Any], *, working: bool = False) -> dict[str, Any]:
    """`values` under plain names in the person's language; working values holding nothing are
    left out (`working`)."""
    names = WORKING if working else ANSWERS
    return {
        _(names[k]) if k in names else k: _said(v)
        for k, v in values.items()
        if not (working and _empty(v))
    }
