"""What each question learns from its options' phrases, and how near a typed answer comes to
each option by it: the intent model, the content words, fuzzy similarity and phrases found
inside (`_scores`), and what no option's score can pass, found without scoring each phrase
(`_reach`); `says_option` for whether an answer says one of an option's own phrases.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from itertools import chain

from rapidfuzz import fuzz, process

from bot.flows.model import ChoiceOption, FlowSet
from bot.primitives.text import fold
from bot.understanding.deciding import CONSIDER, ENDING, WORD_SCALE
from bot.understanding.durations import Span, spans_of
from bot.understanding.inside import phrases_inside
from bot.understanding.intent import StepModel, Vector, grams, reach_within
from bot.understanding.normal import norm
from bot.understanding.vocabulary import learned
from bot.understanding.wording import ending
from bot.understanding.wordmodel import WordModel

Parts = tuple[Vector, list[float]]
"""An answer's n-gram vector, and each option's best score by all but the intent model."""
ROUNDING = 1e-9
"""More than any rounding error between a score and `_reach` (which are about 1e-16)."""


def phrases(option: ChoiceOption) -> list[str]:
    """What people might type for an option, as the flow author wrote it."""
    return [option.label, option.id.replace("_", " "), *option.synonyms, *option.examples]


def says_option(option: ChoiceOption, text: str) -> bool:
    """Whether `text` says one of the option's own words or phrases ("low" for "2 · low")."""
    said = f" {fold(text)} "
    return any(
        re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", said)
        for phrase in (fold(p) for p in phrases(option))
        if phrase
    )


class Scorer:
    """Learns the vocabulary of a flow set once, and each question the first time an answer is
    typed at it (a few milliseconds, instead of every question's at once, which would hold up
    whoever types first after a start or a reload), its intent model only when an answer is first
    scored phrase by phrase (`_model`); reading an answer is then fast and pure."""

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
        self._taught: dict[tuple[str, str], list[tuple[str, list[str]]]] = {}
        self._grams: dict[tuple[str, str], frozenset[str]] = {}
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
        self._taught[key] = list(zip((o.id for o in options), learned, strict=True))
        self._grams[key] = frozenset(
            chain.from_iterable(grams(p) for said in learned for p in map(norm, said) if p)
        )  # the n-grams the intent model will have: all `_reach` needs of it
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
        self._spans[key] = spans_of([o.label for o in options])

    def _scores(self, key: tuple[str, str], said: str) -> list[float]:
        return self._scored(key, self._parts(key, said))

    def _scored(self, key: tuple[str, str], parts: Parts) -> list[float]:
        query, best = parts
        return [max(a, b) for a, b in zip(self._model(key).scores_of(query), best, strict=True)]

    def _model(self, key: tuple[str, str]) -> StepModel:
        """The question's intent model, built the first time an answer comes near enough to one
        of its options to be scored phrase by phrase (most answers typed at most questions never
        do: a command, a thanks, an answer only the other language's question might take)."""
        found = self._models.get(key)
        if found is None:
            found = self._models[key] = StepModel(self.vocab, self._taught[key])
        return found

    def _heard(
        self, key: tuple[str, str], said: str, text: str
    ) -> tuple[Parts, Parts | None, float]:
        """The answer's `_parts`, its last clause's when it has one (`ending`), and what no
        option's score from both is more than (give or take a rounding error)."""
        parts = self._parts(key, said)
        last = ending(text)
        late = None if last is None else self._parts(key, self.speller.correct(norm(last)))
        reach = self._reach(key, parts)
        return parts, late, reach if late is None else max(reach, ENDING * self._reach(key, late))

    def _parts(self, key: tuple[str, str], said: str) -> Parts:
        """The answer's n-gram vector for the intent model, and each option's best score by
        everything else: its content words, fuzzy similarity and its phrases found inside."""
        best = [WORD_SCALE * score for score in self._word_models[key].scores(said)]
        flat, owner = self._flat[key]
        for _, score, row in process.extract(
            said, flat, scorer=fuzz.ratio, limit=None, score_cutoff=CONSIDER * 100
        ):
            best[owner[row]] = max(best[owner[row]], score / 100)
        for found, near in phrases_inside(said, self._exact[key]).items():
            best[found] = max(best[found], near)
        return self.vocab.vector(said), best

    def _reach(self, key: tuple[str, str], parts: Parts) -> float:
        """No option's score of the answer (`_parts`) is more than this (give or take a rounding
        error), found without scoring each of the intent model's phrases."""
        query, best = parts
        return max(reach_within(self._grams[key], query), *best) + ROUNDING

    def _reaches(self, key: tuple[str, str], said: str, text: str, floor: float) -> bool:
        """Whether `_heard(key, said, text)`'s reach is at least `floor`, found part by part.

        The reach is the most of its parts (the content words', fuzzy similarity's, phrases
        found inside and the n-gram vector's, for the answer and for its last clause scaled by
        `ENDING`), plus `ROUNDING`; adding and scaling keep the order of floats, so one part
        reaches `floor` on its own or none does. A part that cannot reach it, whatever the
        answer (a last clause's content words or phrases inside at `SURE`), is not worked out,
        and the first part that reaches it answers."""
        if self._part_reaches(key, said, lambda x: x + ROUNDING >= floor):
            return True
        last = ending(text)
        if last is None:
            return False
        late = self.speller.correct(norm(last))
        return self._part_reaches(key, late, lambda x: ENDING * (x + ROUNDING) >= floor)

    def _part_reaches(
        self, key: tuple[str, str], said: str, reaches: Callable[[float], bool]
    ) -> bool:
        """Whether any of `_parts(key, said)`'s scores (or the vector's reach) `reaches`."""
        exact = self._exact[key]
        if reaches(WORD_SCALE * (1 + ROUNDING)) and any(
            reaches(WORD_SCALE * score) for score in self._word_models[key].scores(said)
        ):
            return True
        if reaches(1.0):
            flat, _ = self._flat[key]
            for _, score, _ in process.extract(
                said, flat, scorer=fuzz.ratio, limit=None, score_cutoff=CONSIDER * 100
            ):
                if reaches(score / 100):
                    return True
        # a phrase inside is the whole answer, or at most all of it but one word and a space
        most = (
            0.9
            if said in exact or len(said) < 3
            else 0.8 + 0.1 * min(1.0, (len(said) - 2) / len(said))
        )
        if reaches(most) and any(reaches(near) for near in phrases_inside(said, exact).values()):
            return True
        return reaches(reach_within(self._grams[key], self.vocab.vector(said)))
