"""The crisis inspector: the check every inbound text passes before any flow sees it.

`CrisisInspector` is an engine inspector. For each text it assesses the message with the person's
crisis memory (kept in `meta["crisis_memory"]`), updates that memory, and acts on the assessment's
level: a clear risk always starts the `crisis` flow; a possible risk starts `crisis_check` (a
direct question: yes or not sure opens the crisis flow, no goes back), holding the message back so
that after a no it answers the question it was written for. Either way the place the person was at
is remembered. A possible risk is remembered but not asked about when it is a command or a plain
answer to the waiting question, or when it is the very message said no to, written again soon
after (then one gentle line and the waiting question, never stored as its answer): see
`bot.safety.check_guard`. Any other possible risk after a no is asked about again, saying it has
come up again (`check_guard.ASKED_AGAIN`). It reads free-text
answers to the direct question itself ("no, figure of speech", "god no", "kind of"; "what is this?"
gets the question in plainer words), with `bot.safety.check_answers` as a second reading that only
ever leans towards yes or not sure ("no estoy seguro" is not sure, "la verdad es que sí" is yes);
an answer that is itself a possible risk ("whats even the point anymore") is taken as not sure,
never as a misunderstood button. In the crisis flows, a reply saying the means are at hand ("theyre
in the drawer next to me", `bot.safety.means_at_hand`) goes to the crisis flow's `means` step. A
detector error counts as a possible risk (logged without the text): the check fails closed. A
question about means is never taken as an answer to the step the person was on: without any sign of
distress it gets one gentle line and the question again. "I'm safe, take me back" at the crisis
flow's questions is both answers at once (`bot.safety.safe_back`); "can u just talk to me" in the
care flows is met warmly, with the lines (`talk_request`); an unclear "are you safe?" answer is
asked once more (`unclear_safe`). When the person writes in a language the
flows don't speak, one sentence in that language comes first. It also keeps the promise that the
bot says it is a bot: when more than `reminder_after` has passed since it last said so
(`meta["disclosed_at"]`, set by the `mark_disclosed` action), it adds a short reminder. It never
logs the text, and keeps the one held-back message only until the direct question is answered.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot.core.context import Redirect, TurnContext
from bot.core.model import Text, UnderstoodKind
from bot.core.variety import choose
from bot.i18n import N_, _
from bot.i18n.person import speak_if_possible
from bot.safety import crisis
from bot.safety.check_answers import lost_at_question, refine
from bot.safety.check_guard import (
    AGAIN_WITHIN,
    ASKED_AGAIN,
    is_command,
    plain_answer,
    remember_asked,
    said_no_recently,
    said_no_within,
    same_as_said_no,
    weak_in_care,
)
from bot.safety.countries import COUNTRY, asks_for_lines, country_locale, says_where, where
from bot.safety.crisis import CLEAR, POSSIBLE, Assessment, CrisisMemory
from bot.safety.crisis_actions import HELD, SAID_NO_AT, parse_time
from bot.safety.crisis_check import CONFUSED, NO, ONLY_ENGLISH, UNSURE, read_answer
from bot.safety.means_at_hand import MEANS_FLOWS, says_means_at_hand
from bot.safety.resources import resources_message
from bot.safety.safe_back import (
    SAFE_BACK_STEPS,
    safe_step,
    says_not_acting,
    says_safe_and_back,
    says_safe_outright,
)
from bot.safety.talk_request import TALK_BACK, asks_to_talk
from bot.safety.unclear_safe import UNCLEAR_ASKED, asked_again_at, unclear_safe_answer

log = logging.getLogger(__name__)

CRISIS_FLOW = "crisis"
CHECK_FLOW = "crisis_check"
CHECK_STEP = "ask"
MEANS_NOW = "crisis_means_now"
"""Variable: set when a reply in the crisis flows says the means are at hand."""
SAFE_BACK_STEP = "resume_safe"
"""The crisis flow's step for "I'm safe, take me back" (`bot.safety.safe_back`)."""
SAFE_STEP_ASKED = "lines"
"""The crisis flow's step asking "Are you safe right now?"; its yes goes to the step `safe`."""
TALK_FLOWS = frozenset({CRISIS_FLOW, "crisis_followup"})
"""Where "can u just talk to me" is met by the inspector: not the safety plan or the exercise,
whose written answers ("my sister, i just need someone to talk to") are kept as answers."""
SAFE_ASKED = frozenset({SAFE_STEP_ASKED, "resume_check", *UNCLEAR_ASKED.values()})
"""The crisis flow's steps asking whether the person is safe."""
SAFE_PLAINER = N_(
    "I'll ask more simply. I want to know if you might hurt yourself right now. You can answer "
    "yes, I'm safe; no, I'm not safe; or not sure."
)
"""Said when someone doesn't follow "Are you safe right now?" ("what is mean?", "wdym")."""
CARE_FLOWS = frozenset({"crisis", "crisis_followup", "safetyplan", "grounding"})
"""Flows that already are the crisis response: a new crisis message does not restart them."""

REMINDER = N_(
    "A quick reminder: I'm a bot, not a person or a counsellor. If you'd like to talk to someone, "
    "type help."
)
MEANS_NOTE = N_(
    "I can't help with that. If you're asking because you're thinking about hurting yourself, "
    "please talk to someone now: type help and I'll show you who you can reach, any time."
)
GENTLE_NOTE = N_("If things ever feel heavier, type help: there are people you can reach any time.")
"""Said once, instead of asking again, to a possible risk soon after a no."""
NOTE_GIVEN = "gentle_note_after_no"
"""Meta key: the no (its time) after which `GENTLE_NOTE` was said, so it is said once."""
PLAINER = N_(
    "Sorry, I'll ask more simply. Some words you wrote can mean wanting to die, so I'm "
    "checking: are you thinking about killing yourself? You can say yes, no, or not sure."
)
STILL_HERE = (
    N_(
        "I'm still here with you. If you might act on these thoughts, please reach out to a "
        "person now:"
    ),
    N_("I hear you, and I'm still here. Please reach a person now, any of these:"),
    N_("Still here with you. These people can help right now:"),
)
"""Said in turn when more crisis words come inside the care flows, never the same twice running."""


class AssessFn(Protocol):
    def __call__(
        self, text: str, memory: CrisisMemory | None = None, now: datetime | None = None
    ) -> Assessment: ...


UpdateFn = Callable[[CrisisMemory | None, Assessment, datetime], CrisisMemory]


class CrisisInspector:
    """`await inspector(ctx, text)`: True when it took over the turn (a crisis)."""

    def __init__(
        self,
        assess: AssessFn | None = None,
        update_memory: UpdateFn | None = None,
        *,
        reminder_after: timedelta = timedelta(hours=3),
    ) -> None:
        self.assess: AssessFn = assess or crisis.assess
        self.update_memory: UpdateFn = update_memory or crisis.update_memory
        self.reminder_after = reminder_after

    async def __call__(self, ctx: TurnContext, text: str) -> bool:
        memory = CrisisMemory.from_json(ctx.meta.get("crisis_memory"))
        try:
            found = self.assess(text, memory, ctx.now)
            ctx.meta["crisis_memory"] = self.update_memory(memory, found, ctx.now).to_json()
        except Exception as exc:  # fail closed: an error is a possible risk, never a pass
            log.warning("safety.detector_failed error=%s", type(exc).__name__)
            found = Assessment(crisis=True, level=POSSIBLE, reasons=("the check failed",))
        at_check = ctx.conv.flow == CHECK_FLOW and ctx.conv.step == CHECK_STEP
        in_care = ctx.conv.flow in CARE_FLOWS or ctx.conv.flow == CHECK_FLOW
        if ctx.conv.flow in MEANS_FLOWS and ctx.conv.step and says_means_at_hand(text):
            log.info("safety.means_at_hand")
            ctx.understand(UnderstoodKind.CRISIS)
            ctx.meta.pop(HELD, None)
            ctx.vars[MEANS_NOW] = "yes"  # the crisis flow starts at its `means` step
            ctx.redirect = Redirect(CRISIS_FLOW)
            return True
        if (
            not found.crisis
            and ctx.conv.flow == CRISIS_FLOW
            and ctx.conv.step in SAFE_BACK_STEPS
            and says_safe_and_back(text)
        ):
            log.info("safety.safe_and_back")
            ctx.understand(UnderstoodKind.ANSWER)  # the step it goes to says it is glad
            ctx.redirect = Redirect(CRISIS_FLOW, SAFE_BACK_STEP)
            return True
        at_safe = not found.crisis and ctx.conv.flow == CRISIS_FLOW and ctx.conv.step in SAFE_ASKED
        if at_safe and lost_at_question(text):
            log.info("safety.safe_question_plainer")
            ctx.understand(UnderstoodKind.QUESTION)
            ctx.say(_(SAFE_PLAINER))
            ctx.redirect = Redirect(CRISIS_FLOW, ctx.conv.step, reprompt=True)
            return True
        if at_safe and (says_not_acting(text) or says_safe_outright(text)):
            log.info("safety.says_safe")
            ctx.understand(UnderstoodKind.CHOICE, choice="safe")
            step = ctx.conv.step or ""
            first = step if step == UNCLEAR_ASKED[SAFE_STEP_ASKED] else SAFE_STEP_ASKED
            safe = safe_step(step, text, ctx.vars, asked=first, back=SAFE_BACK_STEP)
            ctx.redirect = Redirect(CRISIS_FLOW, safe)
            return True
        if at_safe and unclear_safe_answer(text):  # asked once more; unclear again is not safe
            log.info("safety.safe_answer_unclear")
            ctx.understand(UnderstoodKind.ANSWER)
            ctx.redirect = Redirect(CRISIS_FLOW, asked_again_at(ctx.conv.step or "", ctx.vars))
            return True
        if (
            not found.crisis
            and ctx.conv.flow in TALK_FLOWS
            and ctx.conv.step
            and asks_to_talk(text)
        ):
            log.info("safety.asks_to_talk")
            ctx.understand(UnderstoodKind.QUESTION)
            ctx.say(_(choose(ctx, "inspector:talk", TALK_BACK, required=True) or TALK_BACK[0]))
            ctx.say(resources_message(ctx.services, where(ctx.meta, ctx.locale)))
            ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
            return True
        if found.level != CLEAR and in_care and self._told_where(ctx, text):
            return True
        if found.level != CLEAR and not in_care and self._lines_asked(ctx, text):
            return True
        if not at_check:
            ctx.meta.pop(HELD, None)  # the question it was held for has passed
        if at_check and found.level != CLEAR:
            return self._answer(ctx, text, found)
        if found.crisis:
            self._language(ctx, found)
            if ctx.conv.flow in CARE_FLOWS and ctx.conv.step:
                if self._plainly_not_new(ctx, text, found) or weak_in_care(found):
                    return False  # already in the care flows: their answer, not a new worry
                log.info("safety.crisis_repeat")
                ctx.understand(UnderstoodKind.CRISIS)
                still = choose(ctx, "inspector:still_here", STILL_HERE, required=True)
                ctx.say(_(still or STILL_HERE[0]))
                ctx.say(
                    resources_message(ctx.services, where(ctx.meta, ctx.locale), found.language)
                )
                ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
                return True
            if found.level == POSSIBLE:
                if self._not_asked(ctx, text, found):
                    if ctx.redirect is not None:
                        return True  # the same words again: never stored as an answer
                    self._remind(ctx)
                    return False
                log.info("safety.crisis_check")
                ctx.understand(UnderstoodKind.CRISIS)
                self._foreign(ctx, found, with_resources=True)
                if said_no_within(ctx, AGAIN_WITHIN):  # it has come up again since a no: say so
                    again = choose(ctx, "inspector:asked_again", ASKED_AGAIN, required=True)
                    ctx.say(_(again or ASKED_AGAIN[0]))
                remember_asked(ctx.meta, found, text)  # a no holds back the same kind of signal
                if not at_check:
                    ctx.meta[HELD] = text  # answered where it was written after a no
                ctx.start_flow(CHECK_FLOW, remember=not at_check)
                return True
            ctx.meta.pop(HELD, None)
            ctx.vars["crisis_asked"] = ""  # a clear risk: not the direct question's yes
            log.info("safety.crisis_interrupt")
            ctx.understand(UnderstoodKind.CRISIS)
            self._foreign(ctx, found, with_resources=False)
            ctx.start_flow(CRISIS_FLOW, remember=not at_check)
            return True
        if found.means_seeking:
            log.info("safety.means_question")
            ctx.say(_(MEANS_NOTE))
            if ctx.conv.flow and ctx.conv.step:  # never stored as the answer to a question
                ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
                return True
        self._remind(ctx)
        return False

    @staticmethod
    def _told_where(ctx: TurnContext, text: str) -> bool:
        """In the care flows, a message naming the country the person is in ("im in the uk",
        "can you give me a number. uk") gets that country's lines, then the waiting question."""
        found = country_locale(text)
        if found is None or found == ctx.meta.get(COUNTRY) or len(text.split()) > 30:
            return False
        ctx.meta[COUNTRY] = found
        log.info("safety.country_lines")
        ctx.understand(UnderstoodKind.QUESTION)
        ctx.say(_("Here are the lines for where you are:"))
        ctx.say(resources_message(ctx.services, found))
        if ctx.conv.flow and ctx.conv.step:
            ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
        return True

    @staticmethod
    def _lines_asked(ctx: TurnContext, text: str) -> bool:
        """Anywhere: where the person says they are is kept for the lines ("im in the uk"), and
        a request for a number or a person ("is there a phone number i can call") gets the lines
        for there at once, then the waiting question."""
        where_said = says_where(text)
        if where_said is not None:
            ctx.meta[COUNTRY] = where_said
        if not asks_for_lines(text):
            return False
        log.info("safety.lines_asked")
        ctx.understand(UnderstoodKind.QUESTION)
        ctx.say(_("Here are people you can reach, any time:"))
        ctx.say(resources_message(ctx.services, where(ctx.meta, ctx.locale)))
        if ctx.conv.flow and ctx.conv.step:
            ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
        return True

    @staticmethod
    def _plainly_not_new(ctx: TurnContext, text: str, found: Assessment) -> bool:
        """A possible risk (never a question about means) in a command or a plain answer."""
        if found.level != POSSIBLE or found.means_seeking:
            return False
        return is_command(ctx, text) or plain_answer(ctx, text)

    def _not_asked(self, ctx: TurnContext, text: str, found: Assessment) -> bool:
        """A possible risk that goes on to the flows, remembered but not asked about: a
        command, a plain answer to the waiting question, or soon after a no (once, a gentle
        line). A question about means is always asked about."""
        if found.means_seeking:
            return False
        if self._plainly_not_new(ctx, text, found):
            log.info("safety.crisis_check_skipped reason=answer")
            return True
        if not said_no_recently(ctx):
            return False
        said_no = str(ctx.meta.get(SAID_NO_AT) or "")
        later = said_no < ctx.now.isoformat()  # not the held message, replayed after the no
        if later and not same_as_said_no(ctx.meta, text):
            log.info("safety.crisis_check_again")
            return False  # anything but the same words again is asked about again
        log.info("safety.crisis_check_skipped reason=said_no")
        if later and ctx.meta.get(NOTE_GIVEN) != said_no:
            ctx.meta[NOTE_GIVEN] = said_no
            ctx.say(_(GENTLE_NOTE))
        if later and ctx.conv.flow and ctx.conv.step:  # asked again, never stored as the answer
            ctx.redirect = Redirect(ctx.conv.flow, ctx.conv.step, reprompt=True)
        return True

    def _answer(self, ctx: TurnContext, text: str, found: Assessment) -> bool:
        """A typed answer to the direct question: no goes back, yes or not sure to support;
        a confused answer gets the question in plainer words. Words that are themselves a
        possible risk, and no plain answer, count as not sure. What it was taken as is recorded
        (a choice of `yes`, `no` or `unsure`, or a question), as the engine does for its own
        answers."""
        answer = refine(text, read_answer(text))  # a second reading, never towards no
        if answer is None and found.crisis and not is_command(ctx, text):
            answer = UNSURE
        if answer is None:
            return False  # the flow's own buttons and synonyms, then its repair
        log.info("safety.crisis_check_answer")
        if answer == CONFUSED:
            ctx.understand(UnderstoodKind.QUESTION)
            ctx.say(_(PLAINER))
            ctx.redirect = Redirect(CHECK_FLOW, CHECK_STEP, reprompt=True)
            return True
        ctx.understand(UnderstoodKind.CHOICE, choice=answer)
        ctx.redirect = Redirect(CHECK_FLOW, {NO: "no", UNSURE: "unsure"}.get(answer, "yes"))
        return True

    @staticmethod
    def _language(ctx: TurnContext, found: Assessment) -> None:
        if found.language:
            ctx.meta["crisis_language"] = found.language
        else:
            ctx.meta.pop("crisis_language", None)

    @staticmethod
    def _foreign(ctx: TurnContext, found: Assessment, *, with_resources: bool) -> None:
        """One sentence in their language when the flows don't speak it (then resources); when
        they do, the conversation switches to it (`bot.i18n`) and the flow says the rest."""
        if found.language and speak_if_possible(ctx, found.language):
            return
        line = ONLY_ENGLISH.get(found.language or "")
        if line is None:
            return
        ctx.say(line)
        if with_resources:
            ctx.say(resources_message(ctx.services, where(ctx.meta, ctx.locale), found.language))

    def _remind(self, ctx: TurnContext) -> None:
        said = parse_time(ctx.meta.get("disclosed_at"))
        if said is None:
            if ctx.conv.version == 0:
                return  # a first message: the welcome flow says it is a bot
        elif ctx.now - said <= self.reminder_after:
            return
        ctx.say(_(REMINDER))
        ctx.meta["disclosed_at"] = ctx.now.isoformat()


FIRST_CONTACT = N_(
    "Hi, I'm Bounce Back. I'm a bot, not a therapist or a crisis service. What you tell me is "
    "private: it's encrypted and never logged, and workspace and server admins can't read it. The "
    "people who run this service hold the key, so they could decrypt it."
)


def disclose_on_first_contact(ctx: TurnContext) -> None:
    """An engine finisher: a person's very first turn always says the bot is a bot. The welcome
    flow says so itself (and marks it with `mark_disclosed`); any other first turn, such as a
    first `/draft`, gets this line in front of its answer."""
    if ctx.conv.version == 0 and "disclosed_at" not in ctx.meta:
        ctx.replies.insert(0, Text.of(_(FIRST_CONTACT)))
        ctx.meta["disclosed_at"] = ctx.now.isoformat()
