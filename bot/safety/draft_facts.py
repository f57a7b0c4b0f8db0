"""The person's own facts and asks in a draft, so the calmer version can keep their real points.

`find_facts` reads what a rewrite should carry over, in the person's words and numbers as
written: how far they went (`four rounds`, `3 interviews`, `a phone screen`), the work they did
(`the unpaid take-home`, `a case study`), how long it took (`3 weeks`, `10 hours`, `two days off
work`), their experience and skills (`10 years of experience`, `Python and SQL`), dates (`on 3
March`), and what they want from the employer: the reason (`why`), feedback, or a reply. Loaded
words (insults, swearing, `pointless`) are dropped from a fact; a fact that still reads as a jab
is left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from bot.safety.draft_rules import is_clean_words

_NUM = (
    r"(?:\d+(?:\.\d+)?\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|twenty|thirty|forty|fifty|several|multiple|a couple of"
    r"|a few|a dozen|half a dozen|an?)"
)
_QUAL = r"(?:[\w'-]+ ){0,2}"
_LOADED = frozenset(
    {
        "stupid",
        "pointless",
        "useless",
        "endless",
        "ridiculous",
        "exhausting",
        "pathetic",
        "bloody",
        "damn",
        "freaking",
        "fucking",
        "stinking",
        "miserable",
        "so-called",
        "wasted",
        "fake",
        "insulting",
        "worthless",
        "bs",
        "idiotic",
    }
)
_STAGE = re.compile(
    rf"\b({_NUM} {_QUAL}(?:rounds?|interviews?|stages?|calls?|panels?|screens?|phone screens?"
    r"|video calls?|conversations|meetings|onsites?|on-sites?|assessments?|tests?|tasks?"
    r"|assignments?|presentations?))\b",
    re.IGNORECASE,
)
_COUNTED = re.compile(
    r"\b((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(?:round|stage"
    r"|step|interview|part))\b(?! (?:task|test|assignment|exercise|project|challenge|case))",
    re.IGNORECASE,
)
"""A count joined to what it counts ("your 7-stage circus", "a 6-round process"): said back as
"the 7-stage process", whatever word followed it."""
_TASK = re.compile(
    r"\b((?:an? |the |your |my )?(?:unpaid |paid |\d+-hour |\d+-page |two-day |three-day |coding "
    r"|technical |written |live )?(?:take-?home(?: tasks?| tests?| assignments?| projects?"
    r"| exercises?| challenges?)?|case stud(?:y|ies)|coding (?:tests?|challenges?|exercises?)"
    r"|technical (?:tests?|tasks?|exercises?)|(?:written )?assignments?|presentations?"
    r"|(?:online |skills |written |technical |\d+-hour )?assessments?"
    r"|portfolio(?: review)?|psychometric tests?|personality tests?"
    r"|(?:(?:(?<=the )|(?<=your )|(?<=their )|(?<=that ))['\"]?[a-z]+(?: [a-z]+)?['\"]? )?"
    r"(?:essays?|questionnaires?|video (?:answers?"
    r"|questions?))"
    rf"|(?:{_NUM} )?(?:references?|referees?)))\b",
    re.IGNORECASE,
)
_MADE = re.compile(
    r"\b(?:do|did|doing|make|made|write|wrote|prepare|prepared|create|created|build|built"
    r"|put together|deliver|delivered|design|designed) (?P<task>(?:an? |the )?(?:full |whole "
    r"|complete |detailed |entire )?(?:(?!(?:a|an|the|my|new|good|better|back-?up|to)\b)"
    r"[a-z]+ (?:plan|strategy|campaign|analysis|redesign)|(?:[\w-]+ )?(?:proposal|pitch deck"
    r"|deck|mock-?up|report|audit|roadmap|prototype))s?(?: for free)?)\b",
    re.IGNORECASE,
)
"""Work made for them that `_TASK` does not name ("a full marketing plan for free")."""
_SPAN = re.compile(
    rf"\b({_NUM} (?:full |whole |long |more )?(?:weeks?|months?|days?|hours?|evenings?|weekends?"
    r"|nights?)(?: (?:off work|of (?:unpaid |annual )?leave|off|of my (?:time|holiday)"
    r"|of work|of preparation|on (?:it|the \w+)))?)\b",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(
    rf"\b({_NUM} (?:years?|yrs?) of (?!(?:my|your|their|the|this|that|it|applying|waiting"
    r"|trying|being)\b)[a-z]+ing(?: (?!(?:for|in|to|at|with|and|but|or|clearly|obviously"
    r"|apparently|which|that|means|meant|is|was|are|were|counts?|matters?)\b)[a-z][\w-]*\b){1,2}"
    rf"|{_NUM} (?:years?|yrs?)(?:'|’)?(?: of)?(?: \w+)?(?: experience| in the (?:field|industry)"
    r"|(?= (?:in|of|with|as) ))|(?:(?<=for )|(?<=with )|(?<=over ))" + _NUM + r" years?(?! ago))",
    re.IGNORECASE,
)
_SKILL_CONTEXT = re.compile(
    r"\b(?:experience|skills?|background|expertise|certified|certification|fluent|proficient"
    r"|worked|working|built|led|using|use)\s+(?:in|with|as|on)?\s*"
    r"((?:[A-Z][\w+#./-]*|[a-z]+ (?:learning|management|design|analysis|engineering|science))"
    r"(?:(?:, | and | & |/)(?:[A-Z][\w+#./-]*|[a-z]+ (?:learning|management|design|analysis"
    r"|engineering|science)))*)"
)
_KNOWN_SKILLS = re.compile(
    r"\b(Python|SQL|Java(?:Script)?|TypeScript|React|Node(?:\.js)?|AWS|Azure|GCP|Kubernetes"
    r"|Docker|Terraform|Go|Rust|C\+\+|C#|Ruby|PHP|Swift|Kotlin|Excel|Tableau|Power BI|Figma"
    r"|Salesforce|SAP|Django|Flask|Spark|Hadoop|Linux|R|MATLAB|Photoshop|HubSpot|Jira"
    r"|machine learning|data analysis|project management|product management|UX research"
    r"|UX design|copywriting|SEO|accounting|nursing|teaching|sales|marketing)\b"
)
_DATE = re.compile(
    r"\b((?:on |since |by |until )?(?:(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?)?(?:January|February"
    r"|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr"
    r"|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?: \d{1,2}(?:st|nd|rd|th)?)?(?:,? \d{4})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{4}-\d{2}-\d{2}))\b"
)
_WHY = re.compile(
    r"\b(?:why|reasons?|explain|explanation|what (?:went wrong|happened|changed)|how come)\b",
    re.IGNORECASE,
)
_FEEDBACK = re.compile(
    r"\b(?:feedback|improve|what i could|where i (?:fell|went) short|what (?:was|were) missing"
    r"|better next time|what to work on|notes|pointers)\b",
    re.IGNORECASE,
)
_REPLY = re.compile(
    r"\b(?:reply|respond|response|answer|hear back|get back to me|update|write back|call me"
    r"|let me know|ignored|ghost\w*|no word|heard nothing|silence)\b",
    re.IGNORECASE,
)


_ASKING = re.compile(
    r"\?|\b(?:could|can|would|will|won't) you\b|\bplease\b|\bpl[sz]\b|\b(?:i'?d|i would|would)"
    r" (?:still |really |just |also )?(?:like|love|appreciate|be grateful|welcome)|\bi(?:'m| am)?"
    r" (?:still |really |just )?(?:want|need|expect|deserve|asking|ask|request|hoping|waiting)\b"
    r"|\b(?:tell|give|send|explain|show|share|let) me\b|\bat least\b|\bowe me\b|\bget back to"
    r" me\b|\bwrite back\b|\bcall me\b|\bhope to hear\b|\bwould (?:help|be (?:great|appreciated"
    r"|nice|good))\b|^\W*(?:why|how come|what(?:'?s| is| was| were)?|explain|reply|respond|answer"
    r"|send|share|tell)\b",
    re.IGNORECASE,
)
"""What makes a sentence ask for something: a question, "could you", "please", "I'd like"."""
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def asked(wish: re.Pattern[str], text: str) -> bool:
    """Whether `text` asks for what `wish` names (a reason, feedback, a reply): a sentence that
    names it and asks ("could you tell me why?", "I'd like feedback"). Naming it is not asking:
    "I don't know why I bothered" or "three weeks of silence" asks for nothing."""
    return any(wish.search(s) and _ASKING.search(s.strip()) for s in _SENTENCE.findall(text))


_KEY = re.compile(r"[\w'+#£$€%-]+")
_KEY_STOP = frozenset({"a", "an", "the", "of", "my", "your", "to", "and", "on", "in", "for", "i"})


@dataclass(frozen=True, slots=True)
class Facts:
    """What the draft says happened, and what the person asks for."""

    stages: tuple[str, ...] = ()
    tasks: tuple[str, ...] = ()
    spans: tuple[str, ...] = ()
    experience: tuple[str, ...] = ()
    skills: tuple[str, ...] = ()
    dates: tuple[str, ...] = ()
    wants_reason: bool = False
    wants_feedback: bool = False
    wants_reply: bool = False

    def phrases(self) -> tuple[str, ...]:
        """Every kept fact, in the order the rewrite uses them."""
        return self.stages + self.tasks + self.spans + self.experience + self.skills + self.dates

    def not_in(self, said: str) -> Facts:
        """Only the facts whose key words `said` does not already carry (asks unchanged)."""
        have = {w.lower() for w in _KEY.findall(said)}

        def absent(found: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(
                p
                for p in found
                if not all(w.lower() in have for w in _KEY.findall(p) if w.lower() not in _KEY_STOP)
            )

        return replace(
            self,
            stages=absent(self.stages),
            tasks=absent(self.tasks),
            spans=absent(self.spans),
            experience=absent(self.experience),
            skills=absent(self.skills),
            dates=absent(self.dates),
        )


def _tidy(phrase: str) -> str | None:
    words = [w for w in phrase.split() if w.lower().strip(",.") not in _LOADED or w == phrase]
    text = " ".join(words).strip(" ,.;:-")
    if text.isupper() or any(w.isupper() and len(w) > 3 for w in text.split()):
        text = " ".join(w.lower() if w.isupper() and len(w) > 3 else w for w in text.split())
    if not text or not is_clean_words(text):
        return None
    return text


def _unique(found: list[str], taken: list[str]) -> tuple[str, ...]:
    out: list[str] = []
    for raw in found:
        text = _tidy(raw)
        if text is None:
            continue
        low = text.lower()
        if any(low in t.lower() or t.lower() in low for t in taken + out):
            continue
        out.append(text)
    return tuple(out)


def _article(task: str) -> str:
    low = task.lower()
    if low.startswith(("a ", "an ", "the ")) or re.match(rf"(?i)^{_NUM} ", low):
        return task
    if low.startswith(("your ", "my ")):
        return "the " + task.split(" ", 1)[1]
    return "the " + task


_SAID_TWICE = re.compile(
    r"(?i)\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r" \(\d+\)"
)
"""A number word restated in digits ("five (5) rounds"): the word says it."""


def find_facts(text: str) -> Facts:
    """The facts and asks in `text` (already normalised)."""
    text = _SAID_TWICE.sub(r"\1", text)
    taken: list[str] = []
    counted = [f"the {m.group(1).lower()} process" for m in _COUNTED.finditer(text)]
    stages = _unique(counted + [m.group(1) for m in _STAGE.finditer(text)], taken)
    taken += stages
    named = [re.sub(r"(?<!\w)['\"]|['\"](?!\w)", "", m.group(1)) for m in _TASK.finditer(text)]
    named += [m["task"] for m in _MADE.finditer(text)]
    tasks = tuple(_article(t) for t in _unique(named, taken))  # "the 'culture add' essay": unquoted
    taken += tasks
    experience = _unique([m.group(1) for m in _EXPERIENCE.finditer(text)], taken)
    taken += experience
    spans = _unique([m.group(1) for m in _SPAN.finditer(text)], taken)
    taken += spans
    skill_found = [
        s for m in _SKILL_CONTEXT.finditer(text) for s in re.split(r", | and | & |/", m.group(1))
    ]
    skill_found += [m.group(1) for m in _KNOWN_SKILLS.finditer(text)]
    skills = tuple(s for s in _unique(skill_found, taken) if s.lower() not in {"i", "the", "a"})
    taken += skills
    dates = _unique([m.group(1) for m in _DATE.finditer(text)], taken)
    return Facts(
        stages=stages[:4],
        tasks=tasks[:3],
        spans=spans[:3],
        experience=experience[:2],
        skills=skills[:5],
        dates=dates[:2],
        wants_reason=asked(_WHY, text),
        wants_feedback=asked(_FEEDBACK, text),
        wants_reply=asked(_REPLY, text),
    )


def join(items: tuple[str, ...] | list[str]) -> str:
    """`a`, `a and b`, `a, b and c`."""
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def fact_sentences(facts: Facts) -> list[str]:
    """The person's facts, woven into calm first-person sentences."""
    out: list[str] = []
    did: list[str] = []
    if facts.stages:
        did.append("took part in " + join(facts.stages))
    refs = [t for t in facts.tasks if re.search(r"(?i)\brefere(?:nce|e)s?$", t)]
    tasks = [t for t in facts.tasks if t not in refs]
    if tasks:
        did.append("completed " + join(tasks))
    if refs:
        did.append("provided " + join(refs))
    hours = [s for s in facts.spans if re.search(r"hours?|evenings?|weekends?|nights?", s, re.I)]
    leave = [s for s in facts.spans if s not in hours and re.search(r"off|leave|holiday", s, re.I)]
    spans = [s for s in facts.spans if s not in hours and s not in leave]
    if did:
        sentence = "I " + join(did)
        if spans:
            sentence += " over " + join(spans)
            spans = []
        if facts.dates:
            sentence += " (" + join(facts.dates) + ")"
        out.append(sentence + ".")
    elif facts.dates and not (hours or leave):
        bare = [re.sub(r"^(?:on|since|by|until) ", "", d, flags=re.I) for d in facts.dates]
        out.append("For reference, the date I have noted is " + join(bare) + ".")
    when = f" ({join(facts.dates)})" if facts.dates and not did else ""
    if hours:
        out.append("I put " + join(hours) + f" into it{when}.")
        when = ""
    if leave:
        out.append("I took " + join(leave) + f" to be there{when}.")
    if spans:
        out.append("It has been " + join(spans) + ".")
    if facts.experience or facts.skills:
        bring = join(
            [
                e
                if re.search(r"experience|field|industry|as |\bof [a-z]+ing\b", e)
                else f"{e} of experience"
                for e in facts.experience
            ]
        )
        if facts.skills:
            bring = (bring + " with " if bring else "my experience with ") + join(facts.skills)
        out.append(f"I hoped {bring} would be a good match for the role.")
    return out


def ask_sentences(facts: Facts) -> list[str]:
    """What the person wants from them, asked kindly."""
    out: list[str] = []
    if facts.wants_reason:
        out.append(
            "Could you tell me why I wasn't selected? Knowing the reason, or any feedback you "
            "can share, would help me a lot."
        )
    elif facts.wants_feedback:
        out.append("I'd be grateful for any feedback on where I could improve.")
    if facts.wants_reply and not out:
        out.append("I'd appreciate a short reply when you have a moment.")
    return out
