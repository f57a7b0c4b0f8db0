"""The flow a person was last in: remembered by its id, named in the language of each turn.

Leaving a flow keeps its id in the conversation's settings (`LAST_FLOW_ID`), never its title: a
title is shown in the language of the turn that shows it ("La última vez estábamos en: Primeros
auxilios tras un rechazo"), which may not be the language the person left in. Conversations saved
before kept the title itself (`LAST_FLOW_TITLE`); it is found again among the titles of every
language, so it too is named in today's language. Flows see both as the built-in variables
`last_flow` (the title) and `last_flow_id`.
"""

from __future__ import annotations

from bot.flows.model import FlowSet
from bot.i18n import language

LAST_FLOW_ID = "last_flow_id"
LAST_FLOW_TITLE = "last_flow_title"


def remember_left(meta: dict[str, object], flow_id: str) -> None:
    """Keep `flow_id` as the flow the person was last in ("" for none)."""
    meta[LAST_FLOW_ID] = flow_id
    meta.pop(LAST_FLOW_TITLE, None)


def _id_of_title(title: str, flows: FlowSet) -> str:
    for lang in (flows, *flows.languages.values()):
        for flow in lang.flows.values():
            if flow.title == title:
                return flow.id
    return ""


def last_flow(meta: dict[str, object], base: FlowSet, lang: str | None = None) -> tuple[str, str]:
    """`(id, title)` of the flow the person was last in, titled in `lang` (the turn's language
    when not given) from `base`, the flows with all their translations; a title kept by an older
    conversation that names no flow is shown as it is."""
    flow_id = str(meta.get(LAST_FLOW_ID) or "")
    old_title = str(meta.get(LAST_FLOW_TITLE) or "")
    if not flow_id and old_title:
        flow_id = _id_of_title(old_title, base)
    flow = base.in_language(lang or language()).get(flow_id) if flow_id else None
    if flow is None:
        return flow_id, old_title
    return flow_id, flow.title or flow_id
