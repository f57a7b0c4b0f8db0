"""Each language's copy of the flows: the English flows with every translated text swapped in.

A text without a current translation (missing, marked fuzzy, or translating older English) stays
English, text by text. Lists (command words, trigger phrases, synonyms, examples, keywords) keep
their English items after the translated ones, so English answers are still understood. Ids,
targets and conditions never change, so a conversation can switch language at any step.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from bot.flows.model import Case, ChoiceOption, Flow, FlowSet, Message, Step, Triggers
from bot.i18n.catalogs import Language, read_languages
from bot.i18n.keys import TEXT_ARGS, join_list, split_list


class _Lookup:
    def __init__(self, lang: Language, domain: str) -> None:
        self.lang = lang
        self.domain = domain

    def text(self, key: str, english: str) -> str:
        return self.lang.text(self.domain, key, english) or english

    def items(self, key: str, english: tuple[str, ...]) -> tuple[str, ...]:
        if not english:
            return english
        found = self.lang.text(self.domain, key, join_list(english))
        if found is None:
            return english
        return tuple(dict.fromkeys([*split_list(found), *english]))

    def message(self, key: str, message: Message) -> Message:
        if len(message.variants) == 1:
            return replace(message, variants=(self.text(key, message.variants[0]),))
        variants = tuple(self.text(f"{key}.v{n}", v) for n, v in enumerate(message.variants, 1))
        return replace(message, variants=variants)


def _step(t: _Lookup, flow_id: str, step: Step) -> Step:
    s = f"{flow_id}.{step.id}"
    actions = tuple(
        replace(
            call,
            args={
                name: t.text(f"{s}.action.{n}.{name}", value)
                if name in TEXT_ARGS and isinstance(value, str) and value.strip()
                else value
                for name, value in call.args.items()
            },
        )
        for n, call in enumerate(step.actions, 1)
    )
    say = tuple(t.message(f"{s}.say.{n}", m) for n, m in enumerate(step.say, 1))
    ask = None if step.ask is None else t.message(f"{s}.ask", step.ask)
    capture = step.capture
    if capture is not None and capture.invalid is not None:
        capture = replace(capture, invalid=t.message(f"{s}.invalid", capture.invalid))
    choices = tuple(_option(t, f"{s}.{o.id}", o) for o in step.choices)
    branch = tuple(_case(t, f"{s}.case.{n}", c) for n, c in enumerate(step.branch, 1))
    return replace(
        step, actions=actions, say=say, ask=ask, capture=capture, choices=choices, branch=branch
    )


def _option(t: _Lookup, key: str, option: ChoiceOption) -> ChoiceOption:
    return replace(
        option,
        label=t.text(f"{key}.label", option.label),
        synonyms=t.items(f"{key}.synonyms", option.synonyms),
        examples=t.items(f"{key}.examples", option.examples),
    )


def _case(t: _Lookup, key: str, case: Case) -> Case:
    if case.when is None or not case.when.keywords:
        return case
    when = replace(case.when, keywords=t.items(f"{key}.keywords", case.when.keywords))
    return replace(case, when=when)


def translate_flow(flow: Flow, lang: Language) -> Flow:
    """`flow` in `lang`, English wherever a text has no current translation."""
    t = _Lookup(lang, flow.id)
    triggers = Triggers(
        commands=t.items(f"{flow.id}.commands", flow.triggers.commands),
        phrases=t.items(f"{flow.id}.phrases", flow.triggers.phrases),
    )
    return replace(
        flow,
        title=t.text(f"{flow.id}.title", flow.title),
        triggers=triggers,
        steps={sid: _step(t, flow.id, step) for sid, step in flow.steps.items()},
    )


def with_languages(flows: FlowSet, locales: Path | None) -> FlowSet:
    """`flows` carrying a translated copy for every language with catalogues under `locales`."""
    languages = read_languages(locales)
    if not languages:
        return flows
    copies: dict[str, FlowSet] = {}  # shared: each copy knows the others' command words
    for code, lang in languages.items():
        copies[code] = FlowSet(
            {fid: translate_flow(flow, lang) for fid, flow in flows.flows.items()},
            languages=copies,
            code_texts={code: lang.code_texts()},
            language=code,
        )
    codes = {code: lang.code_texts() for code, lang in languages.items()}
    return FlowSet(flows.flows, languages=copies, code_texts=codes, language=flows.language)
