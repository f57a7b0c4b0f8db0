"""Answering the waiting question in words: take what was meant, or repair, never punish.

For a typed answer at a choices step: a confident match is taken; at a mood question, words are
scored 1-5 and said back (unless the matcher found other close options); at a step with `any_text`,
any other text is kept and picks that option, unless it comes close to another option ("i'd like to
stop" at a grounding step is asked about, not kept as a thing seen); two close candidates are
offered back ("Did you mean A or B?", as buttons; a yes to one offered takes it); what else a miss
says is `bot.core.repair`'s; nothing a person gave is ever cleared by a miss. Text that answers
nothing is never thrown away (`spill`, rules in `bot.understanding.freetext`): a goodbye ends the
conversation kindly; "I don't understand" gets the question again in plainer words; a pasted message
to the employer, also after words introducing it ("here: Dear Sam, ..."), starts the draft brake
with it; a longer message ending in a plain no ("that feels humiliating... no") turns the
suggestion down (the option meaning no, or skip), outside the vent; venting is more venting where
the step offers that
(the vent's "There's more"), or starts the vent with those words; a plain question naming no feeling
is not venting, nor kept as the text of an `any_text` step.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from bot.core.answer_checks import (
    NUMBER_SAID,
    agreeing,
    asks_back,
    beside,
    confirmed,
    feels,
    hedged,
    kept_talking,
    mood_agreeing,
    mood_said,
    takes_offered,
)
from bot.core.context import TurnContext
from bot.core.match_memo import RememberingMatcher
from bot.core.model import UnderstoodKind
from bot.core.repair import DID_YOU_MEAN, SPILL_FROM, Repairs
from bot.core.walker import GOODBYE_FLOW, Walker
from bot.flows.model import ChoiceOption, FlowSet, Step
from bot.i18n import N_, _
from bot.understanding.freetext import (
    VENT_WORDS_WHILE_VENTING,
    pasted_draft,
    reads_as_leaving,
    reads_as_lost,
    reads_as_thanks,
    reads_as_venting,
)
from bot.understanding.matcher import ALONE, TAKE, Match, Matcher, asks
from bot.understanding.mood import mood_number, mood_score
from bot.understanding.numbers import between_any
from bot.understanding.other_language import elsewhere
from bot.understanding.questions import asked_plainly
from bot.understanding.quiet import plain_ok, unsure_quiet
from bot.understanding.refusals import turned_down
from bot.understanding.wording import said_outright

ANY_TEXT_LIMIT = 1000
SURE_WORDS = 0.8
"""Mood words this sure ("me corrieron y no sé qué hacer", a 2) are the mood, though a few of
their words came near another option."""
MOOD_PLAIN = "mood_plain"
"""Set to "yes" when a mood question's answer was a bare "ok" (typed, not a tapped button): the
flows then answer it without assuming the person is fine."""
VENT_FLOW, DRAFT_FLOW, DRAFT_ASKS = "vent", "draft", "open"  # DRAFT_ASKS: where it asks for one
GOODBYE = N_("Take care of yourself. I'm here whenever you want to talk: just say hi or type menu.")
START_VENT = N_("Let it out here; this space is yours.")
START_DRAFT = N_(
    "That looks like a message you'd like to send them. Let's look at it together first. "
    "I never send anything; only you can."
)


_FAREWELL = re.compile(
    r"(?<!\w)(?:bye|byee+|goodbye|good ?night|gn|nite|gtg|g2g|got ?ta go|cya|see (?:you|ya)|ttyl|"
    r"adi[oó]s|chao|chau|hasta (?:luego|mañana|manana|pronto)|buenas noches|me voy)(?!\w)"
)
"""Words that say farewell outright, as opposed to "that's all" or "done for now"."""


class Answers(Repairs):
    """Reads typed answers to choices steps for the engine; one per engine (what a miss says
    is `Repairs`')."""

    def __init__(
        self,
        walker: Walker,
        *,
        patient_flows: Collection[str],
        menu_flow: str,
        careful_flows: Collection[str] = (),
    ) -> None:
        self.walker = walker
        self.patient_flows = patient_flows
        self.careful_flows = careful_flows
        self.menu_flow = menu_flow
        self._matchers: dict[str, Matcher] = {}
        for flows in (walker.base, *walker.base.languages.values()):  # now, not in a turn
            self._matcher_in(flows)

    @property
    def matcher(self) -> Matcher:
        """The matcher of the flows in this turn's language (each learns its own examples)."""
        return self._matcher_in(self.walker.flows)

    def _matcher_in(self, flows: FlowSet) -> Matcher:
        found = self._matchers.get(flows.language)
        if found is None or found.flows is not flows:
            found = self._matchers[flows.language] = RememberingMatcher(flows)
        return found

    def _elsewhere(self, flow_id: str, step: Step, text: str, taken: Match) -> Match | None:
        """The option an answer in another language the bot speaks means (`elsewhere`)."""
        base, here = self.walker.base, self.walker.flows.language
        others = [(self._matcher_in(f), f) for f in (base, *base.languages.values())]
        there = [(m, f.step(flow_id, step.id)) for m, f in others if f.language != here]
        return elsewhere(flow_id, step, text, taken, self.matcher, there)

    def match(self, ctx: TurnContext, step: Step, text: str) -> Match:
        """What `text` means at `step`, trying the options of a pending "did you mean" first."""
        flow_id = ctx.conv.flow or ""
        pending = ctx.meta.pop(DID_YOU_MEAN, None)
        if isinstance(pending, list) and pending[:2] == [flow_id, step.id] and pending[2:]:
            narrowed = self.matcher.match(flow_id, step, text, only=[str(x) for x in pending[2:]])
            if narrowed.option is not None and flow_id not in self.careful_flows:
                return narrowed
            if narrowed.option is not None and confirmed(text, narrowed):  # "ugh" is no yes
                return hedged(step, text, narrowed)  # a doubtful yes is still "not sure"
            if narrowed.option is None and (yes := takes_offered(text, _near(step, pending[2:]))):
                return hedged(step, text, Match(yes, TAKE))  # "yes" to "Did you mean A?": A
        found = agreeing(step, text, self.matcher.match(flow_id, step, text))
        if step.mood_scale:
            found = mood_agreeing(step, text, found)
        if found.option is None:
            outright = said_outright(step.choices, text)
            found = Match(outright, TAKE) if outright is not None else found
        if flow_id in self.careful_flows:
            found = kept_talking(hedged(step, text, found))
        if step.any_text is None or found.option is None:  # "bórralo" is no new draft's text
            found = self._elsewhere(flow_id, step, text, found) or found
        if step.any_text is not None and found.option is not None and (found.score or 0) < TAKE:
            return Match()  # "took a sip of water" is what they tasted, not a loose "Stop here"
        return found

    async def take(
        self, ctx: TurnContext, option: ChoiceOption, score: float | None, *, said: bool = False
    ) -> None:
        """Pick `option`; a mood read from words is said back, once (`said`: already done)."""
        step = self.walker.current(ctx)
        if (
            not said
            and step is not None
            and step.mood_scale
            and (option.means or "").isdigit()
            and (score or 0) < 0.95
        ):
            ctx.say(mood_said(int(option.means or 0), ctx.turn.text or ""))  # read from words
        if step is not None and step.mood_scale:  # "ok" is no "glad you're fine" (`MOOD_PLAIN`)
            ctx.conv.vars[MOOD_PLAIN] = "yes" if plain_ok(ctx.turn.text) else "no"
        label = self.walker.render_label(ctx, option)
        ctx.understand(UnderstoodKind.CHOICE, choice=label, score=score)
        await self.walker.pick(ctx, option)

    async def free_text(self, ctx: TurnContext, step: Step, text: str) -> bool:
        """Mood words at a mood question, any text at an `any_text` step; False otherwise."""
        found = self.matcher.match(ctx.conv.flow or "", step, text)
        near = {o.id for o in found.candidates}
        if step.any_text is not None and len(near) == 1 and (found.score or 0) < ALONE:
            near = set()  # "un trago de agua" is what they tasted, not a loose "Parar aquí"
        if step.mood_scale:
            number = mood_number(text)
            option = next((o for o in step.choices if o.means == str(number)), None)
            if (
                option is not None
                and not asks_back(text)
                and all((o.means or "").isdigit() for o in _near(step, near))
            ):
                ctx.say(mood_said(number or 0, text))
                await self.take(ctx, option, NUMBER_SAID, said=True)
                return True
            unsure = between_any(text, step.choices) or unsure_quiet(text)  # "idk": no number
            scored = None if unsure else mood_score(text)
            if scored is not None:
                mood, confidence = scored
                option = next((o for o in step.choices if o.means == str(mood)), None)
                sure = confidence >= SURE_WORDS and found.option is None  # near only in part
                if option is not None and (sure or beside(_near(step, near) or [option], mood)):
                    ctx.say(mood_said(mood, text))
                    await self.take(ctx, option, confidence, said=True)
                    return True
        if step.any_text is not None and not near - {step.any_text} and not asks(text):
            option = next((o for o in step.choices if o.id == step.any_text), None)
            if option is not None:
                ctx.conv.vars[f"{step.id.replace('-', '_')}_text"] = text[:ANY_TEXT_LIMIT]
                label = self.walker.render_label(ctx, option)
                ctx.understand(UnderstoodKind.ANSWER, choice=label)
                await self.walker.pick(ctx, option)
                return True
        return False

    async def leaving(self, ctx: TurnContext, text: str, *, said: bool = False) -> bool:
        """A goodbye ("bye", "thanks bye", "that's all", "gtg") ends the conversation, with the
        goodbye flow (`said`: the caller has read `text` as a goodbye already)."""
        if not said and not reads_as_leaving(text):
            return False
        ctx.understand(UnderstoodKind.COMMAND)
        self.walker.finish(ctx)
        ctx.meta.pop("resume", None)
        if self.walker.flows.get(GOODBYE_FLOW) is None:
            ctx.say(_(GOODBYE))
            return True
        await self.walker.begin(ctx, GOODBYE_FLOW)  # says whether check-ins still come
        return True

    @staticmethod
    def closes(option: ChoiceOption | None, text: str) -> bool:
        """Whether `text` picks an option that is itself a way of finishing ("thats it ty" at
        "That's all, thanks"): taken as the answer rather than as a goodbye, unless it says
        farewell outright ("ok bye", "goodnight"), which gets the goodbye."""
        return (
            option is not None
            and reads_as_leaving(option.label)
            and not _FAREWELL.search(text.lower())
        )

    async def thanked(self, ctx: TurnContext, text: str) -> bool:
        """With nothing waiting, a thank-you or an "ok" ("thanks", "cool thank you") closes the
        conversation kindly instead of starting the welcome again."""
        if not reads_as_thanks(text):
            return False
        return await self.leaving(ctx, text, said=True)

    async def spill(self, ctx: TurnContext, step: Step, text: str) -> bool:
        """Text at a choices step that answers nothing: a goodbye, "I don't understand", a
        pasted draft, or venting (see the module docstring). False: not one of these."""
        if await self.leaving(ctx, text):
            return True
        if reads_as_lost(text):
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(self.plain_reask(ctx, step))
            self.walker.reprompt(ctx)
            return True
        flow_id = ctx.conv.flow or ""
        if flow_id not in SPILL_FROM:
            return False
        draft = pasted_draft(text)  # "im sending it. here: Dear Sam, ...": the draft alone
        if draft is not None:
            return await self.start_with(ctx, DRAFT_FLOW, draft, START_DRAFT, at=DRAFT_ASKS)
        more = self._more_step(flow_id, step)
        refused = turned_down(text, step.choices) if flow_id != VENT_FLOW else None
        if refused is not None:  # "ugh that feels humiliating... no": the suggestion turned down
            await self.take(ctx, refused, None)
            return True
        if more is not None and reads_as_venting(text, min_words=VENT_WORDS_WHILE_VENTING):
            option = next(o for o in step.choices if o.target.step == more.id)
            ctx.understand(UnderstoodKind.ANSWER, choice=self.walker.render_label(ctx, option))
            ctx.conv.step = more.id
            return await self.walker.capture(ctx, more, text)
        if reads_as_venting(text) and not (asked_plainly(text) and not feels(text)):
            return await self.start_with(ctx, VENT_FLOW, text, START_VENT)
        return False

    async def confirm(self, ctx: TurnContext, step: Step, triggered: str) -> bool:
        """Asking for the very thing the waiting question confirms ("delete my data" when asked
        "Shall I erase it all?") is a yes: take the option that means yes."""
        if triggered != ctx.conv.flow:
            return False
        option = next((o for o in step.choices if o.means == "yes"), None)
        if option is None:
            return False
        if asks(ctx.turn.text or ""):  # "what is a safety plan?" asks about it: not a yes
            ctx.understand(UnderstoodKind.FALLBACK)
            ctx.say(self.reask(ctx, step))
            self.walker.reprompt(ctx)
            return True
        await self.take(ctx, option, None)
        return True

    def _more_step(self, flow_id: str, step: Step) -> Step | None:
        """The step an option of `step` leads to that adds to what was written (an `append`
        capture, like the vent's "There's more"), if there is one."""
        for option in step.choices:
            target = option.target
            if target.kind != "step" or not target.step:
                continue
            nxt = self.walker.flows.step(flow_id, target.step)
            if nxt is not None and nxt.capture is not None and nxt.capture.append:
                return nxt
        return None

    async def start_with(
        self, ctx: TurnContext, flow_id: str, text: str, lead: str, at: str | None = None
    ) -> bool:
        """Start `flow_id` with `text` as the answer to its first question (a capture; or to
        step `at`), so nothing has to be typed twice. False when that step is no capture."""
        flow = self.walker.flows.get(flow_id)
        first = flow.steps.get(at or flow.start) if flow is not None else None
        if flow is None or first is None or first.capture is None:
            return False
        ctx.understand(UnderstoodKind.ANSWER)
        self.walker.start(ctx, flow_id)
        ctx.conv.flow, ctx.conv.step = flow_id, first.id
        ctx.say(_(lead))
        return await self.walker.capture(ctx, first, text)


def _near(step: Step, ids: Collection[str]) -> list[ChoiceOption]:
    return [o for o in step.choices if o.id in ids]
