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
from bot.understanding.intent import StepModel, Vocabulary
from bot.understanding.normal import norm
from bot.understanding.numbers import MAX_REST, numbers_in, read_number
from bot.understanding.yesno import polarity

TAKE = 0.74
"""A candidate at least this good, clearly ahead of the next, is taken."""
CLOSE = 0.08
"""Two candidates within this of each other are too close to call: ask which."""
CONSIDER = 0.55
"""Below this an option is not a candidate at all."""
POLARITY = 0.95
"""How sure a plain yes/no/maybe opening is of the option that `means` it."""


@dataclass(frozen=True, slots=True)
class Match:
    """`option` when taken (with `score`); `candidates` when two are close; else a miss.
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
        self.vocab = Vocabulary(p for _, step in steps for o in step.choices for p in phrases(o))
        self._models: dict[tuple[str, str], StepModel] = {}
        self._exact: dict[tuple[str, str], dict[str, int]] = {}
        self._flat: dict[tuple[str, str], tuple[list[str], list[int]]] = {}

    def _learn(self, key: tuple[str, str], options: Sequence[ChoiceOption]) -> None:
        self._models[key] = StepModel(self.vocab, [(o.id, phrases(o)) for o in options])
        exact: dict[str, int] = {}
        flat: list[str] = []
        owner: list[int] = []
        for index, option in enumerate(options):
            for p in dict.fromkeys(norm(x) for x in phrases(option)):
                if p:
                    exact.setdefault(p, index)
                    flat.append(p)
                    owner.append(index)
        self._exact[key] = exact
        self._flat[key] = (flat, owner)

    def match(
        self, flow_id: str, step: Step, text: str, only: Sequence[str] | None = None
    ) -> Match:
        """What `text` means at `step`; `only` narrows to some options (a "did you mean")."""
        options = list(step.choices)
        if only:
            options = [o for o in options if o.id in only] or options
        said = norm(text)
        if not said:
            return Match()
        number = read_number(text)
        if number.refused:
            return Match(refused=True)
        if len(options) == len(step.choices):
            key = (flow_id, step.id)
        else:
            key = (f"{flow_id}#{'|'.join(o.id for o in options)}", step.id)
        if key not in self._models:
            self._learn(key, options)
        exact = self._exact[key].get(said)
        if exact is not None:
            return Match(options[exact], 1.0)
        if number.value is not None:
            picked = self._by_number(options, number.value, len(number.rest))
            if picked is not None:
                return Match(picked, 1.0 if not number.rest else 0.95)
        scores = self._scores(key, said)
        meaning, took = polarity(text)
        if meaning is not None:
            for index, option in enumerate(options):
                if option.means == meaning:
                    sure = self._polarity(key, said, took, index, scores)
                    scores[index] = max(scores[index], sure)
        return decide(options, scores)

    def _polarity(
        self, key: tuple[str, str], said: str, took: int, index: int, whole: Sequence[float]
    ) -> float:
        """How sure a yes/no opening is: less when the words after it name another option
        ("yes keep it" to "forget it?" is then a question back, never a guess)."""
        rest = " ".join(said.split()[took:])
        if not rest:
            return POLARITY
        after = self._scores(key, rest)
        rivals = [i for i in range(len(after)) if i != index]
        rival = max(rivals, key=lambda i: after[i], default=None)
        if rival is not None and after[rival] >= TAKE and after[rival] > after[index]:
            return whole[rival]  # as sure as the option the other words name: ask which
        return POLARITY if len(rest.split()) <= 4 else TAKE

    @staticmethod
    def _by_number(options: Sequence[ChoiceOption], n: int, rest: int) -> ChoiceOption | None:
        named = [o for o in options if n in numbers_in(o.label)]
        if len(named) == 1:
            return named[0]
        if rest <= MAX_REST and 1 <= n <= len(options):
            return options[n - 1]
        return None

    def _scores(self, key: tuple[str, str], said: str) -> list[float]:
        best = self._models[key].scores(said)
        flat, owner = self._flat[key]
        for _, score, row in process.extract(
            said, flat, scorer=fuzz.ratio, limit=None, score_cutoff=CONSIDER * 100
        ):
            best[owner[row]] = max(best[owner[row]], score / 100)
        exact = self._exact[key]
        tokens = said.split()
        for start in range(len(tokens)):  # a whole phrase of some option inside the answer
            for end in range(start + 1, min(len(tokens), start + 6) + 1):
                part = " ".join(tokens[start:end])
                index = exact.get(part)
                if index is not None and len(part) >= 4:
                    share = min(1.0, len(part) / len(said))
                    best[index] = max(best[index], 0.8 + 0.1 * share)
        return best


def decide(options: Sequence[ChoiceOption], scores: Sequence[float]) -> Match:
    """Take a clear winner, offer two close ones back, or miss."""
    ranked = sorted(range(len(options)), key=lambda i: -scores[i])
    if not ranked or scores[ranked[0]] < CONSIDER:
        return Match()
    top = ranked[0]
    second = ranked[1] if len(ranked) > 1 else None
    if second is not None and scores[second] >= CONSIDER and (scores[top] - scores[second] < CLOSE):
        return Match(candidates=(options[top], options[second]))
    if scores[top] >= TAKE:
        return Match(options[top], round(scores[top], 3))
    if second is None or scores[second] < CONSIDER:
        return Match(candidates=(options[top],))
    return Match(candidates=(options[top], options[second]))
