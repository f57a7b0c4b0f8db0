"""A Spanish-speaking person walks the whole bot: every flow's command, every option of every
question (one click each, from a copy of the conversation that showed it), every free-text
question answered in Spanish, and every check-in flow opened as the scheduler opens it. What the
bot said comes back with where it was said, so a test can look for English in it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import count

from bot.app import App
from bot.core.model import Attachment, Choices, Conversation, Reply, Turn, UserKey
from tests.replies import said

LOCALE = "es-ES"
FREE_TEXT = "me siento fatal, me dijeron que no después de la última entrevista"
ANSWERS = {
    ("pause", "ask_date"): "hasta el 1 de marzo",
    ("settings", "ask_tz"): "Ciudad de México",
    ("settings", "ask_time"): "a las 6 de la tarde",
    ("settings", "ask_quiet"): "de 22:00 a 08:00",
}
"""What a Spanish speaker types at the questions that want a date, a place or a time."""
LIFE = (
    "recuérdame el lunes que mande el correo",
    "sí",
    "escríbeme mañana a las 9",
    "sí",
    "/seguimientos",
    "/ajustes",
    "/pausa",
    "/misdatos",
    "/olvidar",
)
"""Commands met once there is something to show: check-ins, settings, a pause, the data."""
MAX_TURNS = 1500

STOP_WORDS = frozenset(
    """the you your you're and is are was were it it's that this what how with for of to at on in
    i i'm i'll i've can will would could should here there here's back type tell any some
    check-in check-ins checkin paused until none off done today tomorrow monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september
    october november december mon tue wed thu fri sat sun jan feb apr jun jul aug sep oct nov
    dec times time zone quiet hours usual mood feeling feel felt sorry okay thanks thank please
    yes hard just about from have had been not don't can't won't we us our they them their
    when where which who why if or but so all one more next last week weeks day days month
    months morning afternoon evening night noon""".split()
)
"""English words a Spanish reply never needs (none is also a Spanish word)."""

_WORD = re.compile(r"[A-Za-zÀ-ÿ_'’-]+")  # field_names are one word
_OTHER_LANGUAGE = re.compile(r"^/(?:language|idioma) (?!es)")
_URL = re.compile(r"https?://\S+|<[^>]+>|`[^`]*`|\S+@\S+")


def english_words(text: str) -> list[str]:
    """The stop-list words in `text`, links, addresses and `code` aside."""
    plain = _URL.sub(" ", text).replace("Bounce Back", " ")
    return [w for w in _WORD.findall(plain) if w.lower().replace("’", "'") in STOP_WORDS]


@dataclass
class Walk:
    """Everything said on the walk: (where, text) pairs, and the places visited."""

    said: list[tuple[str, str]] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    visited: set[tuple[str, str, str]] = field(default_factory=set)
    turns: int = 0

    def leaks(self) -> list[str]:
        out = []
        for where, text in self.said:
            words = english_words(text)
            if words:
                out.append(f"{where}: {sorted(set(words))} in {text!r}")
        return out


class Walker:
    def __init__(self, app: App, walk: Walk) -> None:
        self.app = app
        self.walk = walk
        self.ids = count()

    def key(self) -> UserKey:
        return UserKey("console", "es", f"p{next(self.ids)}")

    async def _conv(self, key: UserKey) -> Conversation | None:
        async with self.app.store.transaction() as tx:
            return await tx.load(key)

    async def _copy(self, key: UserKey) -> UserKey:
        conv = await self._conv(key) or Conversation()
        new = self.key()
        fresh = Conversation(
            conv.flow, conv.step, list(conv.stack), dict(conv.vars), dict(conv.meta)
        )
        async with self.app.store.transaction() as tx:
            await tx.save(new, fresh)
        return new

    def _record(self, where: str, replies: list[Reply]) -> None:
        self.walk.turns += 1
        for r in replies:
            if isinstance(r, Attachment):
                self.walk.attachments.append(r.content.decode("utf-8"))
        text = said(replies)
        if text:
            self.walk.said.append((where, text))

    async def turn(self, key: UserKey, where: str, **kw: object) -> list[Reply]:
        turn = Turn(key, locale=LOCALE, tz="Europe/Madrid", **kw)  # type: ignore[arg-type]
        replies = await self.app.engine.handle(turn)
        self._record(where, replies)
        return replies

    async def open(self, key: UserKey, flow: str) -> list[Reply]:
        replies = await self.app.engine.open_flow(key, flow)
        self._record(f"open {flow}", replies)
        return replies

    async def explore(self, key: UserKey, replies: list[Reply], depth: int = 0) -> None:
        """From where `key` is now, try every option once, and answer a free-text question."""
        if self.walk.turns > MAX_TURNS or depth > 40:
            return
        choices = [r for r in replies if isinstance(r, Choices)]
        if choices:
            shown = choices[-1]
            for option in shown.options:
                place = (shown.at.flow, shown.at.step or shown.prompt.plain[:30], option.id)
                if place in self.walk.visited or _OTHER_LANGUAGE.match(option.id):
                    continue
                self.walk.visited.add(place)
                branch = await self._copy(key)
                where = f"{shown.at.flow}.{shown.at.step} -> {option.id}"
                if shown.at.step:
                    got = await self.turn(branch, where, choice=option.id, at=shown.at)
                else:
                    got = await self.turn(branch, where, text=option.id)
                await self.explore(branch, got, depth + 1)
            return
        conv = await self._conv(key)
        if conv is None or not conv.flow or not conv.step:
            return
        place = (conv.flow, conv.step, "text")
        if place in self.walk.visited:
            return
        self.walk.visited.add(place)
        answer = ANSWERS.get((conv.flow, conv.step), FREE_TEXT)
        got = await self.turn(key, f"{conv.flow}.{conv.step} <- text", text=answer)
        await self.explore(key, got, depth + 1)


async def walk_everything(app: App) -> Walk:
    """Every command, option and check-in, as a Spanish speaker."""
    walk = Walk()
    walker = Walker(app, walk)
    flows = app.engine.flows.in_language("es")
    first = walker.key()
    await walker.explore(first, await walker.turn(first, "hola", text="hola"))
    life = walker.key()
    await walker.turn(life, "hola", text="hola")
    for typed in LIFE:
        await walker.explore(life, await walker.turn(life, typed, text=typed))
    for flow in sorted(flows.flows.values(), key=lambda f: f.id):
        if flow.id.startswith("checkin_"):
            key = walker.key()
            await walker.turn(key, "hola", text="hola")
            await walker.explore(key, await walker.open(key, flow.id))
        for word in flow.triggers.commands[:1]:
            key = walker.key()
            await walker.turn(key, "hola", text="hola")
            await walker.explore(key, await walker.turn(key, f"/{word}", text=f"/{word}"))
    return walk
