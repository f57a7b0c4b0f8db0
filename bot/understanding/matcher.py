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
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from bot.flows.model import ChoiceOption, FlowSet, Step
from bot.understanding import numbers as nums
from bot.understanding.durations import Span, option_lasting, spans_of
from bot.understanding.inside import phrases_inside
from bot.understanding.intent import StepModel
from bot.understanding.normal import norm
from bot.understanding.refusals import REFUSED, refused_by_name
from bot.understanding.vocabulary import learned
from bot.understanding.wording import (
    HEDGED_WITHIN,
    RESERVATIONS,
    SOFT_OPENINGS,
    asking_option,
    asks,
    ending,
    hedged,
    negated,
)
from bot.understanding.wordmodel import WordModel
from bot.understanding.yesno import INTERJECTIONS, Polarity, clearly_yes, read

TAKE = 0.7
"""A candidate at least this good, clearly ahead of the next, is taken."""
CLOSE = 0.06
"""Two candidates within this of each other are too close to call: ask which."""
CONSIDER = 0.55
"""Below this an option is not a candidate at all."""
ALONE = 0.62
"""A lone candidate at least this good, with nothing else near (below `RIVAL`), is taken."""
RIVAL = 0.45
CAREFUL_TAKE = 0.76
CAREFUL_CLOSE = 0.1
"""An option that `means: yes` (I'm safe, erase everything, cancel them all) is taken from
words alone only when this sure and this far ahead; a plain "yes" still takes it."""
WORD_SCALE = 0.95
"""A full word-for-word match of a phrase's content words is nearly as sure as the phrase."""
QUESTION = 0.9
"""Scores of an answer that ends in a question mark are scaled by this."""
POLARITY = 0.95  # how sure a plain yes/no/maybe opening is of the option that `means` it
ASKED_TAKE = 0.85
"""An answer ending in a question mark is taken only this sure (after `QUESTION` scaling): most
such messages ask something back rather than answer."""
DURATION = 0.9
"""How sure a length of time said another way is of the one option that lasts as long."""
SPELT = 0.95
"""How sure an option's own phrase is once the answer's misspellings are put right."""
ENDING = 0.9
"""How sure the last clause of a long answer is, alone, of an option that means no yes, no or
mood ("the second paragraph is too snarky, so ill tweak it" is a change)."""


@dataclass(frozen=True, slots=True)
class Match:
    """`option` when taken (with `score`); `candidates` when two are close (or one alone, with
    its `score`); else a miss.
    `refused` marks a number that can never name an option (negative, huge, foreign digits)."""

    option: ChoiceOption | None = None
    score: float | None = None
    candidates: tuple[ChoiceOption, ...] = ()
    refused: bool = False


def phrases(option: ChoiceOption) -> list[str]:
    """What people might type for an option, as the flow author wrote it."""
    return [option.label, option.id.replace("_", " "), *option.synonyms, *option.examples]


class Matcher:
    """Learns the vocabulary of a flow set once, and each question the first time an answer is
    typed at it (a few milliseconds, instead of every question's at once, which would hold up
    whoever types first after a start or a reload); `match` is then fast and pure."""

    def __init__(self, flows: FlowSet) -> None:
        self.flows = flows
        steps = [
            (flow.id, step)
            for flow in flows.flows.values()
            for step in flow.steps.values()
            if step.choices
        ]
        self._shared: dict[str, list[str]] = {}
        for _, step in steps:
            for o in step.choices:
                self._shared.setdefault(norm(o.label), []).extend(phrases(o))
        every = tuple(p for _, step in steps for o in step.choices for p in phrases(o))
        self.vocab, self.words, self.speller = learned(every)
        self._models: dict[tuple[str, str], StepModel] = {}
        self._word_models: dict[tuple[str, str], WordModel] = {}
        self._exact: dict[tuple[str, str], dict[str, int]] = {}
        self._flat: dict[tuple[str, str], tuple[list[str], list[int]]] = {}
        self._spans: dict[tuple[str, str], list[Span | None]] = {}
        self._options: dict[tuple[str, str], tuple[ChoiceOption, ...]] = {}

    def _phrases(self, options: Sequence[ChoiceOption]) -> list[list[str]]:
        """Each option's phrases, with those of every option of the same label elsewhere in the
        flows ("Back to menu" learns from all of them), less any a sibling option claims."""
        own = [list(dict.fromkeys(norm(p) for p in phrases(o))) for o in options]
        claimed = [set(p) for p in own]
        out: list[list[str]] = []
        for index, option in enumerate(options):
            others = set().union(*(c for i, c in enumerate(claimed) if i != index))
            pooled = (norm(p) for p in self._shared.get(norm(option.label), ()))
            out.append(list(dict.fromkeys([*own[index], *(p for p in pooled if p not in others)])))
        return out

    def _learn(self, key: tuple[str, str], options: Sequence[ChoiceOption]) -> None:
        learned = self._phrases(options)
        self._models[key] = StepModel(
            self.vocab, list(zip((o.id for o in options), learned, strict=True))
        )
        self._word_models[key] = WordModel(self.words, learned)
        exact: dict[str, int] = {}
        flat: list[str] = []
        owner: list[int] = []
        for index, said in enumerate(learned):
            for p in said:
                if p:
                    exact.setdefault(p, index)
                    flat.append(p)
                    owner.append(index)
        self._exact[key] = exact
        self._flat[key] = (flat, owner)
        self._options[key] = tuple(options)

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
        if key not in self._models:
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
        in_question = bool(number.rest) and asks(text)  # "until 3?" names no option
        if (
            number.value is not None
            and not (step.mood_scale and number.quantity)
            and not in_question
        ):
            picked = nums.by_number(options, number.value, number.rest, number.quantity)
            if picked is not None:
                return Match(picked, 1.0 if not number.rest else 0.95)
        spans = self._spans.get(key)
        if spans is None:
            spans = self._spans[key] = spans_of([o.label for o in options])
        lasting = option_lasting([o.label for o in options], spans, text)
        if lasting is not None:  # "ten days" is "One to three weeks", whatever words are nearest
            return Match(options[lasting], DURATION)
        said = self.speller.correct(said)
        if (spelt := self._exact[key].get(said)) is not None:  # "chek-in setings", put right
            return Match(options[spelt], SPELT)
        scores = self._scores(key, said)
        if (last := ending(text)) is not None:  # "..., so im sending it": the meaning comes last
            late = self._scores(key, self.speller.correct(norm(last)))
            for i, o in enumerate(options):  # a yes, no or mood is read from the whole answer
                if not o.means:
                    scores[i] = max(scores[i], ENDING * late[i])
        if asks(text):  # a question back is rarely an answer: less sure
            scores = [
                s if asking_option(o) else s * QUESTION
                for o, s in zip(options, scores, strict=True)
            ]
        opening = read(text)
        if opening.meaning == "yes" and step.clear_yes and not clearly_yes(text, opening):
            opening = Polarity(None)  # "ya" never confirms erasing everything
        if opening.meaning is not None:
            self._apply_polarity(key, options, said, opening, scores, text)
        ranked = max(range(len(options)), key=lambda i: scores[i]) if options else None
        return decide(
            options,
            scores,
            hedged=hedged(said, opening),
            asked=text.rstrip().endswith("?")
            and not (ranked is not None and asking_option(options[ranked])),
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
            sure = self._polarity(key, rest, meant, scores, plain=not opening.negates)
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
        if RESERVATIONS.intersection(said[: HEDGED_WITHIN + 1]):
            return TAKE  # "yes but wait", "sure, but after i copy it": less sure
        if len(said) <= 4:
            return POLARITY
        if not plain:
            return TAKE
        if len(said) <= PLAIN_REST:
            return POLARITY  # "sure ill try to calm down first": the rest goes with the yes
        named = rival is None or after[rival] < CONSIDER or after[index] >= after[rival]
        return CAREFUL_TAKE if named else TAKE

    def _scores(self, key: tuple[str, str], said: str) -> list[float]:
        best = self._models[key].scores(said)
        for place, score in enumerate(self._word_models[key].scores(said)):
            best[place] = max(best[place], WORD_SCALE * score)
        flat, owner = self._flat[key]
        for _, score, row in process.extract(
            said, flat, scorer=fuzz.ratio, limit=None, score_cutoff=CONSIDER * 100
        ):
            best[owner[row]] = max(best[owner[row]], score / 100)
        for found, near in phrases_inside(said, self._exact[key]).items():
            best[found] = max(best[found], near)
        return best


OPPOSITE = {"yes": "no", "no": "yes"}
NEGATIONS = frozenset("dont not no never stop".split())
PLAIN_REST = 8
"""At most this many words after a yes or no that name no other option keep it sure."""
__all__ = ["Match", "Matcher", "asks", "decide", "phrases"]


def decide(
    options: Sequence[ChoiceOption],
    scores: Sequence[float],
    *,
    hedged: bool = False,
    asked: bool = False,
) -> Match:
    """Take a clear winner, offer two close ones back, or miss. A `yes` option is never taken
    from a hedged answer ("ok-ish", "safe i guess"): that is asked about instead. An answer
    that asks something back ("can it be every two weeks?") is taken only when it is sure;
    otherwise the nearest option is offered back ("Did you mean ...?")."""
    ranked = sorted(range(len(options)), key=lambda i: -scores[i])
    if not ranked or scores[ranked[0]] < CONSIDER:
        return Match()
    top = ranked[0]
    best = scores[top]
    runner = scores[ranked[1]] if len(ranked) > 1 else 0.0
    careful = options[top].means == "yes" and (best < POLARITY or hedged)
    take, close = (CAREFUL_TAKE, CAREFUL_CLOSE) if careful else (TAKE, CLOSE)
    if careful and hedged:
        take = 1.01
    if runner >= CONSIDER and best - runner < close:
        return Match(candidates=(options[top], options[ranked[1]]))
    if asked:
        take = max(take, ASKED_TAKE)
    if best >= take or (not careful and not asked and best >= ALONE and runner < RIVAL):
        return Match(options[top], round(best, 3))
    if runner < CONSIDER:
        return Match(score=round(best, 3), candidates=(options[top],))
    return Match(candidates=(options[top], options[ranked[1]]))
