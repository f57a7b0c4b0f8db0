"""Crisis and support resources: loading the deployment's file, picking a locale, one short message.

`load_resources(path)` reads `dialogues/resources.yaml` (lines per locale, the emergency number,
deployment extras, an optional human contact per platform) and checks all of it, reporting every
problem as `file:line:col: what is wrong; how to fix it` like the flow files. Values are read as
written (YAML `0800 123` stays a phone number, not the integer 800123). `Resources.for_locale`
picks the person's language in their country (the language of their message, when known, else
their locale's), then the exact locale, then any line for their country, then their language on
its own, then `default`; lines with a text or chat option always come first. Each line may carry
when it was `checked` and its `source`. `BUILTIN` (from `bot.safety.helplines`) is the same set
of lines, kept in code so the bot can always give resources, even when the file is missing or
broken.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from bot.core.context import Services
from bot.flows.model import Pos
from bot.flows.problems import Problem, sorted_problems
from bot.i18n.current import N_, SOURCE, _
from bot.i18n.current import language as current_language
from bot.primitives.yaml_nodes import compose
from bot.safety.helplines import HELPLINES

LINE_KEYS = ("name", "text", "chat", "call", "web", "hours", "checked", "source")
WAYS = ("text", "chat", "call", "web")
PLATFORMS = ("slack", "discord", "console")
_LOCALE = re.compile(r"^[a-z]{2,3}(?:-(?:[A-Z]{2}|[0-9]{3}))?$")


HOURS = (N_("free, 24/7"), N_("free, confidential lines in many countries"), N_("24/7"))
"""English opening hours the shipped lines use, marked so that they are translated."""


@dataclass(frozen=True, slots=True)
class Line:
    """One service: its name and how to reach it (text, chat address, number, finder page)."""

    name: str
    text: str = ""
    chat: str = ""
    call: str = ""
    web: str = ""
    hours: str = ""
    checked: str = ""
    """When the number was last checked (YYYY-MM-DD)."""
    source: str = ""
    """The page it was checked against."""

    @property
    def text_or_chat(self) -> bool:
        return bool(self.text or self.chat)

    def describe(self) -> str:
        """`988 Lifeline: text or call 988, or chat at 988lifeline.org (free, 24/7)`."""
        ways: list[str] = []
        if self.text and self.text == self.call:
            ways.append(_("text or call {number}").format(number=self.text))
        elif self.text:
            ways.append(_("text {number}").format(number=self.text))
        if self.chat:
            ways.append(_("chat at {site}").format(site=self.chat))
        if self.call and self.call != self.text:
            ways.append(_("call {number}").format(number=self.call))
        if self.web:
            ways.append(_("visit {site}").format(site=self.web))
        hours = f" ({_(self.hours)})" if self.hours else ""
        either = _(", or ")
        return f"{self.name}: {either.join(ways)}{hours}"


@dataclass(frozen=True, slots=True)
class LocaleResources:
    """What one person sees: lines (text or chat first, then extras) and the emergency number."""

    locale: str
    emergency: str
    lines: tuple[Line, ...]


@dataclass(frozen=True, slots=True)
class Contact:
    """A deployment's named contact on one platform (a channel or user id)."""

    name: str
    target: str


@dataclass(frozen=True, slots=True)
class _Locale:
    emergency: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Resources:
    """Every locale's lines, the deployment's extras and its optional contact."""

    locales: Mapping[str, _Locale]
    extras: tuple[Line, ...] = ()
    contact_name: str = ""
    contacts: Mapping[str, str] = field(default_factory=dict)

    def _pick(self, locale: str, language: str | None = None) -> str:
        tag = (locale or "").replace("_", "-").strip()
        lang, _, region = tag.partition("-")
        lang, region = lang.lower(), region.lower()
        spoken = (language or lang).lower()
        by_fold = {k.lower(): k for k in self.locales}
        wanted = [f"{spoken}-{region}", f"{lang}-{region}"] if region else []
        wanted += [tag.lower()] if not region else []
        for candidate in wanted:
            if candidate in by_fold:
                return by_fold[candidate]
        if region:
            for key in self.locales:
                if key.lower().endswith("-" + region):
                    return key
        for candidate in (spoken, lang):
            if candidate in by_fold:
                return by_fold[candidate]
        return "default"

    def for_locale(self, locale: str, language: str | None = None) -> LocaleResources:
        """Lines for `locale`, in the `language` the person wrote in when known: es-MX, then
        any *-MX, then es, then default (a French message from fr-CA or en-CA gets fr-CA)."""
        key = self._pick(locale, language)
        spec = self.locales[key]
        ordered = tuple(sorted(spec.lines, key=lambda ln: not ln.text_or_chat))
        return LocaleResources(key, spec.emergency, ordered + self.extras)

    def contact_for(self, platform: str) -> Contact | None:
        """The deployment's contact on this platform, or None when there is none."""
        target = self.contacts.get(platform)
        if not target or not self.contact_name:
            return None
        return Contact(self.contact_name, target)


def format_resources(res: LocaleResources) -> str:
    """One short message: a bullet per line, then the emergency number."""
    bullets = [f"• {line.describe()}" for line in res.lines]
    bullets.append("• " + _("In an emergency, call {number}.").format(number=res.emergency))
    return "\n".join(bullets)


def resources_message(services: Services, locale: str, language: str | None = None) -> str:
    """The formatted lines for `locale` (and `language`) from the configured `Resources` (or
    `BUILTIN`)."""
    resources = services.find(Resources) or BUILTIN
    spoken = current_language()
    if language is None and spoken != SOURCE:
        language = spoken  # the language the person speaks with the bot, when not English
    return format_resources(resources.for_locale(locale, language))


BUILTIN = Resources(
    locales={
        key: _Locale(emergency, tuple(Line(**line) for line in lines))
        for key, (emergency, lines) in HELPLINES.items()
    }
)
"""The shipped lines, used when no resources file is configured or it cannot be read."""


class ResourcesError(Exception):
    """The resources file has problems; `problems` lists all of them, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted_problems(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def load_resources(path: str | Path) -> Resources:
    """Read and check a resources file; raise `ResourcesError` listing every problem."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problem = Problem(
            Pos(str(path), 1, 1),
            f"cannot read the file ({exc.strerror})",
            "check the resources path in your settings",
        )
        raise ResourcesError([problem]) from None
    return parse_resources(text, str(path))


def parse_resources(text: str, file: str = "<resources>") -> Resources:
    """Check resources YAML given as text (`file` names it in problems)."""
    return _Reader(file).read(text)


class _Reader:
    def __init__(self, file: str) -> None:
        self.file = file
        self.problems: list[Problem] = []

    def pos(self, node: Node) -> Pos:
        return Pos(self.file, node.start_mark.line + 1, node.start_mark.column + 1)

    def problem(self, node: Node, message: str, hint: str) -> None:
        self.problems.append(Problem(self.pos(node), message, hint))

    def read(self, text: str) -> Resources:
        try:
            root = compose(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
            what = str(getattr(exc, "problem", None) or "unreadable YAML").replace(";", ",")
            problem = Problem(
                Pos(self.file, line, col),
                f"YAML syntax error: {what}",
                "check the indentation and quoting near here",
            )
            raise ResourcesError([problem]) from None
        if root is None:
            raise ResourcesError(
                [
                    Problem(
                        Pos(self.file, 1, 1),
                        "the file is empty",
                        "start with `locales:` and a `default:` locale",
                    )
                ]
            )
        top = self.mapping(root, ("locales", "extras", "contact"), "the file")
        locales: dict[str, _Locale] = {}
        extras: tuple[Line, ...] = ()
        contact_name, contacts = "", dict[str, str]()
        if "locales" not in top:
            self.problem(root, "`locales` is missing", "add `locales:` with at least `default:`")
        else:
            locales = self.locales(top["locales"][1])
        if "extras" in top:
            extras = self.lines(top["extras"][1], "extras")
        if "contact" in top:
            contact_name, contacts = self.contact(top["contact"][1])
        if self.problems:
            raise ResourcesError(self.problems)
        return Resources(locales, extras, contact_name, contacts)

    def mapping(
        self, node: Node, allowed: tuple[str, ...], what: str
    ) -> dict[str, tuple[Node, Node]]:
        if not isinstance(node, MappingNode):
            self.problem(
                node,
                f"{what} must be a mapping of `key: value` lines",
                f"use keys from: {', '.join(allowed) or 'any'}",
            )
            return {}
        out: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            key = str(key_node.value) if isinstance(key_node, ScalarNode) else ""
            if key in out:
                self.problem(
                    key_node,
                    f"duplicate key '{key}' in {what}",
                    "keep one of them: YAML would silently drop the first",
                )
                continue
            if allowed and key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = (
                    f"did you mean `{close[0]}`?" if close else f"use one of: {', '.join(allowed)}"
                )
                self.problem(key_node, f"unknown key '{key}' in {what}", hint)
                continue
            out[key] = (key_node, value_node)
        return out

    def scalar(self, node: Node, what: str) -> str:
        if not isinstance(node, ScalarNode) or not str(node.value).strip():
            self.problem(node, f"{what} must be a short piece of text", 'write it as `key: "text"`')
            return ""
        return str(node.value).strip()

    def locales(self, node: Node) -> dict[str, _Locale]:
        entries = self.mapping(node, (), "`locales`")
        out: dict[str, _Locale] = {}
        for key, (key_node, value_node) in entries.items():
            if key != "default" and not _LOCALE.match(key):
                self.problem(
                    key_node,
                    f"'{key}' is not a locale tag",
                    "write a language and optional region, like `en`, `en-US`, `es-419`",
                )
                continue
            spec = self.mapping(value_node, ("emergency", "lines"), f"locale '{key}'")
            shaped = isinstance(value_node, MappingNode)
            emergency, lines = "", tuple[Line, ...]()
            if "emergency" in spec:
                emergency = self.scalar(spec["emergency"][1], "`emergency`")
            elif shaped:
                self.problem(
                    key_node,
                    f"locale '{key}' has no `emergency` number",
                    'add `emergency: "911"` (the local emergency number)',
                )
            if "lines" in spec:
                lines = self.lines(spec["lines"][1], f"locale '{key}'")
            elif shaped:
                self.problem(
                    key_node,
                    f"locale '{key}' has no `lines`",
                    "add `lines:` with at least one service people can reach",
                )
            out[key] = _Locale(emergency, lines)
        if isinstance(node, MappingNode) and "default" not in entries:
            self.problem(
                node,
                "there is no `default` locale",
                "add `default:` with lines for everyone else (findahelpline.com)",
            )
        return out

    def lines(self, node: Node, where: str) -> tuple[Line, ...]:
        if not isinstance(node, SequenceNode):
            self.problem(
                node, f"the lines of {where} must be a list", "start each line with `- name: ...`"
            )
            return ()
        if not node.value:
            self.problem(
                node,
                f"{where} has an empty list of lines",
                "add at least one line with `- name: ...`",
            )
        out: list[Line] = []
        for item in node.value:
            spec = self.mapping(item, LINE_KEYS, "a line")
            values = {k: self.scalar(v, f"`{k}`") for k, (_kn, v) in spec.items()}
            if isinstance(item, MappingNode) and "name" not in spec:
                self.problem(item, "a line has no `name`", "add `name:` with what people call it")
            if isinstance(item, MappingNode) and not any(values.get(w) for w in WAYS):
                self.problem(
                    item,
                    "a line has no way to reach it",
                    "add at least one of `text`, `chat`, `call` or `web`",
                )
            out.append(Line(**{"name": "", **values}))
        return tuple(out)

    def contact(self, node: Node) -> tuple[str, dict[str, str]]:
        spec = self.mapping(node, ("name", *PLATFORMS), "`contact`")
        name = self.scalar(spec["name"][1], "`name`") if "name" in spec else ""
        if isinstance(node, MappingNode) and "name" not in spec:
            self.problem(
                node,
                "the contact has no `name`",
                'add `name: "the careers team"`: people are told who will hear',
            )
        ids = {p: self.scalar(spec[p][1], f"`{p}`") for p in PLATFORMS if p in spec}
        if isinstance(node, MappingNode) and not ids:
            self.problem(
                node,
                "the contact has no platform id",
                "add `slack:` (a channel or user id) and/or `discord:` (a channel id)",
            )
        return name, ids
