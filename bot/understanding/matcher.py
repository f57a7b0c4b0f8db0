"""Which option of a question a typed answer means, or the two it might mean, or none.

In order: an exact phrase (label, id, synonym or example, in normal form) is certain; a number
picks the option whose label names it, or the option in that position; an everyday yes/no/maybe
picks the option that `means` it; otherwise each option is scored by fuzzy similarity with its
phrases (rapidfuzz, for typos), whole phrases found inside the answer, and the intent model
learned from the flows' examples. A clear winner is taken; two close candidates are offered back
as "did you mean"; nothing close is a miss.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.flows.model import ChoiceOption, Step
from bot.understanding import numbers as nums
from bot.understanding.deciding import (
    ALONE,
    ASKED_TAKE,
    CAREFUL_TAKE,
    CLOSE,
    CONSIDER,
    DURATION,
    ENDING,
    POLARITY,
    QUESTION,
    RIVAL,
    SPELT,
    TAKE,
    Match,
    decide,
)
from bot.understanding.durations import option_lasting
from bot.understanding.erase_said import erase_said, keeps
from bot.understanding.normal import norm
from bot.understanding.refusals import REFUSED, refused_by_name
from bot.understanding.scoring import Scorer, phrases
from bot.understanding.unsent import not_sending, sends
from bot.understanding.wording import (
    SOFT_OPENINGS,
    asking_option,
    asks,
    hedged,
    negated,
    reserved,
)
from bot.understanding.yesno import INTERJECTIONS, Polarity, clearly_yes, read


class Matcher(Scorer):
    """Reads typed answers at a question (`match`), from what each question learned
    (`bot.understanding.scoring.Scorer`)."""

    def match(
        self, flow_id: str, step: Step, text: str, only: Sequence[str] | None = None
    ) -> Match:
        """What `text` means at `step`; `only` narrows to some options (a "did you mean")."""
        options = list(step.choices)
        if only:
            # in the order offered: "1" at "Did you mean A or B?" is A, whatever the step's order
            options = [o for i in only for o in options if o.id == i] or options
        said = norm(text)
        if not said:
            return Match()
        number = nums.read_number(text)
        if number.refused:
            return Match(refused=True)
        if len(options) == len(step.choices):
            key = (flow_id, step.id)
        else:
            key = (f"{flow_id}#{'|'.join(o.id for o in options)}", step.id)
        if key not in self._grams:
            self._learn(key, options)
        if (exact := self._exact[key].get(said)) is not None:
            return Match(options[exact], 1.0)
        if (refusal := refused_by_name(text, options)) is not None:  # "no weekly"
            return Match(refusal, REFUSED)
        hedge = nums.between_any(text, options) if step.mood_scale else None
        if hedge is not None:  # "somewhere between 3 and 4": ask which
            pair = [o for n in hedge for o in options if o.means == str(n)]
            if len(pair) == 2:
                return Match(candidates=(pair[0], pair[1]))
        if (picked := numbered(step, options, text, number)) is not None:
            return Match(picked, 1.0 if not number.rest else 0.95)
        lasting = option_lasting([o.label for o in options], self._spans[key], text)
        if lasting is not None:  # "ten days" is "One to three weeks", whatever words are nearest
            return Match(options[lasting], DURATION)
        said = self.speller.correct(said)
        if (spelt := self._exact[key].get(said)) is not None:  # "chek-in setings", put right
            return Match(options[spelt], SPELT)
        opening = read(text)
        if opening.meaning == "yes" and step.clear_yes and not clearly_yes(text, opening):
            opening = Polarity(None)  # "ya" never confirms erasing everything
        parts, last, reach = self._heard(key, said, text)
        if opening.meaning is None and reach < CONSIDER:
            return Match()  # no option near enough to be a candidate, without scoring each phrase
        scores = self._scored(key, parts)
        if last is not None:  # "..., so im sending it": the meaning comes last
            late = self._scored(key, last)
            for i, o in enumerate(options):  # a yes, no or mood is read from the whole answer
                if not o.means:
                    scores[i] = max(scores[i], ENDING * late[i])
        if asks(text):  # a question back is rarely an answer: less sure
            scores = [
                s if asking_option(o) else s * QUESTION
                for o, s in zip(options, scores, strict=True)
            ]
        if opening.meaning is not None:
            self._apply_polarity(key, options, said, opening, scores, text)
        if not_sending(text):  # "definitely not send mine" is never "Send mine anyway"
            scores = [0.0 if sends(o) else s for o, s in zip(options, scores, strict=True)]
        if erase_said(text):  # "DELETE what I said" is never "No, keep it"
            scores = [0.0 if keeps(o) else s for o, s in zip(options, scores, strict=True)]
        ranked = max(range(len(options)), key=lambda i: scores[i]) if options else None
        return decide(
            options,
            scores,
            hedged=hedged(said, opening),
            asked=text.rstrip().endswith("?")
            and not (ranked is not None and asking_option(options[ranked])),
            unsure=opening.meaning == "unsure",
        )

    def _filler(
        self, key: tuple[str, str], said: str, opening: Polarity, meant: int | None
    ) -> bool:
        """Whether a yes or no opening is not one: its words belong to another option's label
        ("later" to "Add it to my plan for later"), or a soft opening ("ok", "please") only
        leads into words that name another option ("ok that's it for me" is done)."""
        head = said.split()[: opening.took]
        rest = " ".join(said.split()[opening.took :])
        if not rest:
            return False
        after = self._scores(key, rest)
        named = max(range(len(after)), key=lambda i: after[i])
        if named == meant or after[named] < TAKE:
            return False
        spoken = {w for w in head if w not in INTERJECTIONS}
        label = set(norm(self._options[key][named].label).split())
        if spoken and spoken <= label:
            return True  # "later, put it on the plan": "later" is in "Add it to my plan for later"
        return opening.meaning == "yes" and set(head) <= SOFT_OPENINGS

    def _apply_polarity(
        self,
        key: tuple[str, str],
        options: Sequence[ChoiceOption],
        said: str,
        opening: Polarity,
        scores: list[float],
        text: str,
    ) -> None:
        """Raise the option that `means` the opening; "dont delete" rules deleting out."""
        rest = " ".join(said.split()[opening.took :])
        meant = next((i for i, o in enumerate(options) if o.means == opening.meaning), None)
        if self._filler(key, said, opening, meant):
            return
        scope = negated(text, opening.took) if opening.negates else ""
        if scope:
            after = self._scores(key, scope)
            named = max(range(len(after)), key=lambda i: after[i])
            if self._refusing(key, named) and scores[named] >= TAKE:
                return  # "dont text me after 10pm" is "Quiet hours", an option of not doing
            if after[named] >= TAKE and named != meant and scores[named] <= after[named] + CLOSE:
                scores[named] = min(scores[named], CONSIDER - 0.01)  # "dont X" is never X
                if meant is not None and meant != named:
                    scores[meant] = max(scores[meant], TAKE + CLOSE)
                return
        if meant is not None and not opening.negates:
            led = self._led_into(key, options, rest, meant)
            if led is not None:  # "no, it was a figure of speech": the words after the no answer
                scores[led] = max(scores[led], self._scores(key, rest)[led])
                scores[meant] = min(scores[meant], scores[led] - CLOSE - 0.01)
                return
        if not opening.negates and opening.meaning in OPPOSITE:
            self._rule_out(key, options, rest, OPPOSITE[opening.meaning], scores)
        if meant is not None:
            sure = self._polarity(key, rest, meant, scores, text, plain=not opening.negates)
            scores[meant] = max(scores[meant], sure)

    def _refusing(self, key: tuple[str, str], index: int) -> bool:
        """Whether the option is itself about not doing something: it means no plain no, and
        its people's words say "dont ..." or "not ..." ("Quiet hours": "not at night")."""
        if self._options[key][index].means is not None:
            return False
        flat, owner = self._flat[key]
        said = (p for p, o in zip(flat, owner, strict=True) if o == index)
        return any(p.split()[0] in NEGATIONS for p in said)

    def _led_into(
        self, key: tuple[str, str], options: Sequence[ChoiceOption], rest: str, index: int
    ) -> int | None:
        """The option that the words after a yes/no opening name, when it is no plain yes or
        no of its own and the words do not also name the opening's option ("no, just an
        expression" to "are you safe?" picks "I didn't mean it like that")."""
        if not rest or len(options) < 2:  # a "Did you mean" of one option has no rival
            return None
        after = self._scores(key, rest)
        rival = max((i for i in range(len(after)) if i != index), key=lambda i: after[i])
        if options[rival].means is None and after[rival] >= TAKE and after[index] < CONSIDER:
            return rival
        return None

    def _rule_out(
        self,
        key: tuple[str, str],
        options: Sequence[ChoiceOption],
        rest: str,
        meaning: str,
        scores: list[float],
    ) -> None:
        """A plain "no" opening rules out the option that means yes (and a "yes" the one that
        means no), unless the words after it name that option more than any other ("yes keep
        it" to "shall I delete it?" is asked about, never guessed)."""
        opposite = next((i for i, o in enumerate(options) if o.means == meaning), None)
        if opposite is None:
            return
        if rest:
            after = self._scores(key, rest)
            others = [after[i] for i in range(len(after)) if i != opposite]
            if after[opposite] >= CONSIDER and after[opposite] > max(others, default=0.0) + CLOSE:
                return
        scores[opposite] = min(scores[opposite], CONSIDER - 0.01)

    def _polarity(
        self,
        key: tuple[str, str],
        rest: str,
        index: int,
        whole: Sequence[float],
        text: str,
        *,
        plain: bool = True,
    ) -> float:
        """How sure a yes/no opening is: less when the words after it name another option
        ("yes keep it" to "forget it?" is then a question back, never a guess)."""
        if not rest:
            return POLARITY
        after = self._scores(key, rest)
        rivals = [i for i in range(len(after)) if i != index]
        rival = max(rivals, key=lambda i: after[i], default=None)
        if rival is not None and after[rival] >= TAKE and after[rival] > after[index]:
            return whole[rival]  # as sure as the option the other words name: ask which
        said = rest.split()
        if reserved(said, text):
            return TAKE  # "yes but wait", "sure, but after i copy it": less sure
        if len(said) <= 4:
            return POLARITY
        if not plain:
            return TAKE
        if len(said) <= PLAIN_REST:
            return POLARITY  # "sure ill try to calm down first": the rest goes with the yes
        named = rival is None or after[rival] < CONSIDER or after[index] >= after[rival]
        return CAREFUL_TAKE if named else TAKE

    def may_take(self, flow_id: str, step: Step, text: str, sure: float) -> bool:
        """Whether `match` might take an option of `step` at least `sure` (as its score rounds);
        False only when it surely would not, found without scoring each phrase."""
        said = norm(text)
        number = nums.read_number(text)
        if not said or number.refused:
            return False  # a miss, or a number that names nothing
        key = (flow_id, step.id)
        if key not in self._grams:
            self._learn(key, step.choices)
        spelt = self.speller.correct(said)
        if (
            said in self._exact[key]
            or spelt in self._exact[key]
            or numbered(step, step.choices, text, number) is not None
            or refused_by_name(text, step.choices) is not None
            or option_lasting([o.label for o in step.choices], self._spans[key], text) is not None
            or read(text).meaning is not None
        ):
            return True  # taken (or not) by a rule of its own before any scoring, or raised after
        return self._reaches(key, spelt, text, sure - 0.0005)


def numbered(
    step: Step, options: Sequence[ChoiceOption], text: str, number: nums.NumberReading
) -> ChoiceOption | None:
    """The option the number said in `text` names, by its label or its place (none when the
    answer asks something, "until 3?", or says a quantity at a mood scale)."""
    in_question = bool(number.rest) and asks(text)
    if number.value is None or (step.mood_scale and number.quantity) or in_question:
        return None
    return nums.by_number(options, number.value, number.rest, number.quantity)


OPPOSITE = {"yes": "no", "no": "yes"}
NEGATIONS = frozenset("dont not no never stop".split())
PLAIN_REST = 8
"""At most this many words after a yes or no that name no other option keep it sure."""
__all__ = [
    "ALONE",
    "ASKED_TAKE",
    "CLOSE",
    "CONSIDER",
    "RIVAL",
    "TAKE",
    "Match",
    "Matcher",
    "asks",
    "decide",
    "phrases",
]
