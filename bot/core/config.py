"""The engine's tunable behaviour (`EngineConfig`): which flows welcome, list and help, how long a
pause starts a conversation afresh, the longest message read, and the defaults for a person the
platform tells nothing about."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True, slots=True)
class EngineConfig:
    """Tunable behaviour; the defaults suit a community deployment."""

    welcome_flow: str = "welcome"
    menu_flow: str = "menu"
    help_flow: str = "help"
    idle_after: timedelta = timedelta(hours=12)
    max_text: int = 4000
    max_retries: int = 8
    default_locale: str = "en"
    default_tz: str = "UTC"
    patient_flows: frozenset[str] = frozenset()
    varied_flows: frozenset[str] = frozenset(
        {"crisis", "crisis_check", "crisis_followup", "safetyplan", "grounding"}
    )
    """Flows that loop, whose wordings turn and thin out as they repeat (`bot.core.variety`):
    someone in distress never reads the same line over and over."""
    closed_flows: frozenset[str] = frozenset()
    venting_flows: frozenset[str] = frozenset()
    """Flows whose free-text steps are venting: there, a command word typed alone ("plan") or
    asked for in words ("ok i want a plan") is the command, not more venting."""
    """Flows whose typed answers never start another flow by a trigger phrase (in the crisis
    flows, "i dont want to make a plan" is an answer, never the job-search plan)."""
    """Flows whose questions are re-asked however often they are missed, never left for the
    menu (the crisis conversation must not drop someone for typing something unexpected)."""
