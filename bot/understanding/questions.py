"""Common questions answered anywhere in a conversation: loading `questions.yaml` and matching.

`load_questions(path)` reads and checks the file (every problem as `file:line:col: what; fix`,
like the flow files); `QuestionBook.match(text)` finds the question a message asks, if it asks
one confidently: the message must read as a question (a question mark, or a question word first),
and its best example must score at least `THRESHOLD` (rapidfuzz token-set and token-sort ratios
over folded words), ahead of the next question's best by `MARGIN`. Deterministic, offline, and
fast: the examples are folded once at load time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from rapidfuzz import fuzz, process
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.flows.model import Pos
from bot.flows.problems import FlowError, Problem
from bot.primitives.text import fold
from bot.primitives.turn_memo import within_turn_numbers_kept
from bot.primitives.yaml_nodes import compose
from bot.understanding.question_words import SHORT
from bot.understanding.question_words import SPAN as _SPAN

FILENAME = "questions.yaml"
THRESHOLD = 82.0
MARGIN = 4.0
TOPIC_WORDS = 3
"""At most this many words in a topic typed alone that asks its question ("seguro de desempleo")."""
MIN_EXAMPLES = 3
_ID = re.compile(r"^[a-z][a-z0-9_]*$")
_QUESTION_START = re.compile(
    r"^(?:how|what|whats|what's|when|why|who|where|which|should|shall|can|could|is|isn'?t|are|"
    r"do|does|did|will|would|am|may|must|have|has|any|anyone|tell me|i wonder|wondering|"
    r"como|cuando|cuanto|cuanta|cuantos|cuantas|donde|quien|cual|por que|puedo|debo|deberia|"
    r"se puede|vale la pena|es normal|que (?:pasa|hago|debo|puedo|onda con)|"
    r"i (?:want|need|wanna|would like) to know (?:if|whether|how)|"
    r"(?:quiero|quisiera|necesito) saber (?:si|como|cuando|donde))\b"
)
_DOUBT = re.compile(
    r"^(?:i'?m|im|i am) not sure (?:if |whether |that )?(?:anyone|anybody|they|companies|employers|"
    r"people|someone)\b|^i doubt (?:anyone|anybody|they|companies|employers)\b"
    r"|^no (?:se|estoy segur[oa]) (?:si |de que )?(?:alguien|nadie|las empresas|me)\b"
    r"|^dudo que (?:alguien|me|las empresas)\b"
)
"""A doubt said as a statement ("I'm not sure anyone hires a woman of fifty-eight") asks too."""
_TAG = re.compile(r"[\s,?]*(?:yes or no|or not|si o no|o no)\W*$")
"""A tag asking for a plain answer ("can i ask them for feedback? yes or no"): not part of
which question is asked."""
_FILLER = re.compile(r"^(?:(?:ok|okay|so|um|hmm|hey|hi|and|but|also|quick question|btw|oh)\W+)+")
_CLAUSES = re.compile(r"[,.;:!]+\s+|\s+(?:but|so|and)\s+")
MIN_CLAUSE_WORDS = 3
PLAIN_QUESTION_WORDS = 14
OUTRIGHT_WORDS = 20
_SAYS_QUESTION = re.compile(
    r"(?<!\w)(?:(?:this|it) (?:is|was|s) (?:a |my )?question|i (?:have|got|asked) a question|"
    r"my question|(?:es|era) (?:una )?pregunta|tengo una pregunta|mi pregunta)(?!\w)"
)
_SENTENCES = re.compile(r"[.;:!?…]+\s*")
_STOP = frozenset(
    "a an the i me my you your it its is are am be do does to of for in on at and or so".split()
    + "actually really honestly just lol lmao haha tbh stuff even".split()  # fillers
)


@dataclass(frozen=True, slots=True)
class Question:
    """One common question: its id, how people type it, and the short answer."""

    id: str
    examples: tuple[str, ...]
    answer: str
    pos: Pos


@dataclass(frozen=True, slots=True)
class Match:
    question: Question
    score: float
    """0-100: how closely the message matches the question's nearest example."""


@within_turn_numbers_kept
def reads_as_question(text: str) -> bool:
    """Whether a message asks something (not every message with "how" in it does): a question
    mark, a question word first, a sentence of it starting with one ("no. company. how long
    they keep my passport"), or saying it is a question ("no this is question"). Read once a
    turn."""
    if "?" in text:
        return True
    said = _FILLER.sub("", fold(text))
    if _QUESTION_START.match(said) is not None or _SAYS_QUESTION.search(said):
        return True
    if _DOUBT.match(said):
        return True
    return any(_QUESTION_START.match(part.strip()) for part in _SENTENCES.split(said)[1:])


def says_question(text: str) -> bool:
    """Whether the message says it is a question ("no this is question", "es una pregunta")."""
    return _SAYS_QUESTION.search(fold(text)) is not None


def asked_outright(text: str) -> bool:
    """A message, however broken its English, that is plainly a question: short, and ending in
    "?", or with a sentence ending in "?" or starting with a question word, or saying "this is
    question" ("how long they keep my data? i send them cv", "no. company. how long they keep
    my passport")."""
    said = text.strip()
    if "\n" in said or len(said.split()) > OUTRIGHT_WORDS:
        return False
    return asked_plainly(said) or reads_as_question(said)


def asked_plainly(text: str) -> bool:
    """A short message that ends in a question mark: plainly a question, not a vent or an
    answer that happens to hold one ("do you store this?", "can you give me a template?")."""
    said = text.strip()
    if "?" in said:
        said = _TAG.sub("?", said)  # "can i ask them for feedback? yes or no"
    return said.endswith("?") and len(said.split()) <= PLAIN_QUESTION_WORDS and "\n" not in said


def _words(text: str) -> str:
    said = re.sub(r"[^\w\s']", " ", _SPAN.sub(" ", _TAG.sub("", fold(text)))).replace("'", "")
    return " ".join(w for w in (SHORT.get(w, w) for w in said.split()) if w not in _STOP)


class QuestionBook:
    """Every question with its examples, folded once for matching."""

    def __init__(self, questions: list[Question]) -> None:
        self.questions = questions
        self.languages: dict[str, QuestionBook] = {}
        """The same questions in each translated language (`bot.i18n.questions`)."""
        self._owners: list[int] = []
        self._examples: list[str] = []
        for n, q in enumerate(questions):
            for example in q.examples:
                self._owners.append(n)
                self._examples.append(_words(example))

    def __len__(self) -> int:
        return len(self.questions)

    def in_language(self, code: str) -> QuestionBook:
        """This book in language `code` (itself when it has no such translation)."""
        return self.languages.get(code, self)

    def get(self, qid: str) -> Question | None:
        return next((q for q in self.questions if q.id == qid), None)

    def scores(self, text: str) -> list[tuple[float, Question]]:
        """Each question's best score for `text`, best first."""
        said = _words(text)
        if not said:
            return []
        best: dict[int, float] = {}
        hits = process.extract(
            said, self._examples, scorer=fuzz.token_set_ratio, limit=24, score_cutoff=40
        )
        for example, _set_score, index in hits:
            owner = self._owners[index]
            best[owner] = max(best.get(owner, 0.0), _score(said, example))
        ranked = sorted(best.items(), key=lambda kv: (-kv[1], kv[0]))
        return [(score, self.questions[n]) for n, score in ranked]

    def match(self, text: str, *, threshold: float = THRESHOLD) -> Match | None:
        """The question `text` asks, when it reads as one and matches confidently: the whole
        message, or else its last clause after a lead-in ("before i answer, do you save this?")."""
        found = self._match(text, threshold)
        if found is None and text.rstrip().endswith("?"):
            clauses = [c for c in _CLAUSES.split(text) if c.strip()]
            if len(clauses) > 1 and len(clauses[-1].split()) >= MIN_CLAUSE_WORDS:
                found = self._match(clauses[-1], threshold)
        return found

    def _match(self, text: str, threshold: float) -> Match | None:
        if not reads_as_question(text):
            return self._topic(text)
        ranked = self.scores(text)
        if not ranked or ranked[0][0] < threshold:
            return None
        if len(ranked) > 1 and ranked[0][0] - ranked[1][0] < MARGIN:
            return None
        return Match(ranked[0][1], ranked[0][0])

    def _topic(self, text: str) -> Match | None:
        """A topic typed alone that is word for word one question's example ("seguro de
        desempleo", "paro"): asked, with no question mark needed."""
        said = _words(text)
        if not said or len(said.split()) > TOPIC_WORDS:
            return None
        owners = {self._owners[n] for n, example in enumerate(self._examples) if example == said}
        return Match(self.questions[owners.pop()], 100.0) if len(owners) == 1 else None


def _score(a: str, b: str) -> float:
    """Token-set rewards a message containing an example's words; token-sort keeps a long
    message from matching a short example on one shared word."""
    return 0.5 * fuzz.token_set_ratio(a, b) + 0.5 * fuzz.token_sort_ratio(a, b)


# ----- loading --------------------------------------------------------------------------------


def asked_in(book: QuestionBook, text: str, most: int = 2) -> list[Match]:
    """The questions `text` asks: the whole message, or each of its "?" parts ("so the
    operators can read it? how long do you keep it?" asks two; a last part asking something
    counts without its "?"; one asked before a detail, "i was offered severance. can it be
    negotiated? two weeks to sign", counts alone, as its last sentence if that matches more
    closely), at most `most`."""
    whole = book.match(text)
    pieces = text.split("?")
    parts = [p.strip() + "?" for p in pieces[:-1] if p.strip()]
    tail = pieces[-1].strip(" .…")
    if parts and reads_as_question(tail):  # "30 days from when? is there a backup"
        parts.append(tail + "?")
    if len(parts) < 2:
        if parts and tail:  # "offered severance. can it be negotiated? two weeks to sign"
            last = [p.strip() for p in re.split(r"[.!…]+\s+", parts[0]) if p.strip()][-1]
            asked = {parts[0], last}  # "what? i asked for a check in" asks nothing of the book
            asked = {a for a in asked if len(a.split()) >= MIN_CLAUSE_WORDS}
            tried = [m for m in (whole, *map(book.match, sorted(asked))) if m]
            whole = max(tried, key=lambda m: m.score) if tried else None
        return [whole] if whole is not None else []
    found: list[Match] = []
    for part in parts:
        match = book.match(part)
        if match is not None and all(m.question.id != match.question.id for m in found):
            found.append(match)
    if not found and whole is not None:
        found.append(whole)
    return found[:most]


def question_files(paths: list[Path] | list[str]) -> list[Path]:
    """The `questions.yaml` among `paths` (directly named, or in a named directory)."""
    out: list[Path] = []
    for raw in paths:
        path = Path(raw)
        candidate = path / FILENAME if path.is_dir() else path
        if candidate.name == FILENAME and candidate.exists():
            out.append(candidate)
    return out


def question_problems(paths: list[Path] | list[str]) -> list[Problem]:
    """Every problem of the questions files among `paths` (for `bounceback validate`)."""
    problems: list[Problem] = []
    for file in question_files(paths):
        try:
            load_questions(file)
        except FlowError as exc:
            problems.extend(exc.problems)
    return problems


def load_questions(path: str | Path) -> QuestionBook:
    """Read and check a questions file; raise `FlowError` listing every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise FlowError(
            [
                Problem(
                    Pos(str(path), 1, 1),
                    f"cannot read the file ({exc.strerror})",
                    "check that questions.yaml is next to the flows",
                )
            ]
        ) from None
    return parse_questions(text, str(path))


def parse_questions(text: str, file: str = FILENAME) -> QuestionBook:
    problems: list[Problem] = []

    def problem(node: Node | None, message: str, hint: str) -> None:
        line, col = (node.start_mark.line + 1, node.start_mark.column + 1) if node else (1, 1)
        problems.append(Problem(Pos(file, line, col), message, hint))

    try:
        root = compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = str(getattr(exc, "problem", None) or "unreadable YAML").replace(";", ",")
        raise FlowError(
            [
                Problem(
                    Pos(file, line, col),
                    f"YAML syntax error: {what}",
                    "check the indentation and quoting near here",
                )
            ]
        ) from None
    items = _mapping(root).get("questions") if isinstance(root, MappingNode) else None
    if not isinstance(items, SequenceNode):
        problem(
            root,
            "the file has no `questions:` list",
            "start with `questions:` and a list of entries with id, examples and answer",
        )
        raise FlowError(problems)
    out: list[Question] = []
    seen: dict[str, Pos] = {}
    owner_of: dict[str, str] = {}
    for node in items.value:
        q = _question(node, file, problem)
        if q is None:
            continue
        if q.id in seen:
            problem(
                node,
                f"question id {q.id!r} is used twice (first at line {seen[q.id].line})",
                "give each question its own id",
            )
            continue
        seen[q.id] = q.pos
        for example in q.examples:
            other = owner_of.setdefault(_words(example), q.id)
            if other != q.id:
                problem(
                    node,
                    f"example {example!r} of {q.id!r} is also an example of {other!r}",
                    "keep each example under one question",
                )
        out.append(q)
    if problems:
        raise FlowError(problems)
    return QuestionBook(out)


def _mapping(node: Node) -> dict[str, Node]:
    if not isinstance(node, MappingNode):
        return {}
    return {str(k.value): v for k, v in node.value if isinstance(k, ScalarNode)}


def _question(node: Node, file: str, problem: object) -> Question | None:
    report = problem  # a callable (node, message, hint)
    assert callable(report)
    if not isinstance(node, MappingNode):
        report(node, "a question must be a mapping", "write `- id: ...` with examples and answer")
        return None
    fields = _mapping(node)
    for key, value in fields.items():
        if key not in ("id", "examples", "answer"):
            report(value, f"unknown key {key!r}", "a question has only id, examples and answer")
    qid_node = fields.get("id")
    qid = str(qid_node.value) if isinstance(qid_node, ScalarNode) else ""
    if not _ID.match(qid):
        report(
            qid_node or node,
            "a question needs an `id` in lower_snake_case",
            "for example `id: data_retention`",
        )
        return None
    examples_node = fields.get("examples")
    examples: list[str] = []
    if isinstance(examples_node, SequenceNode):
        for ex in examples_node.value:
            if isinstance(ex, ScalarNode) and str(ex.value).strip():
                examples.append(str(ex.value).strip())
            else:
                report(ex, "an example must be a line of text", "write it as people type it")
    if len(examples) < MIN_EXAMPLES:
        report(
            examples_node or node,
            f"question {qid!r} has {len(examples)} examples",
            f"give at least {MIN_EXAMPLES}, written the way people type the question",
        )
    answer_node = fields.get("answer")
    answer = str(answer_node.value).strip() if isinstance(answer_node, ScalarNode) else ""
    if not answer:
        report(
            answer_node or node,
            f"question {qid!r} has no answer",
            "add `answer:` with a short, plain reply",
        )
    pos = Pos(file, node.start_mark.line + 1, node.start_mark.column + 1)
    return Question(qid, tuple(examples), answer, pos)
