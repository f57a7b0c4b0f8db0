"""`bounceback i18n`: bring every language's catalogues up to the English, print coverage.

It loads the flows with the app's actions (`bot.app.build_registry`), so it sits above the
composition root, next to the command line that runs it.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from bot.app import build_registry
from bot.core.context import Services
from bot.flows.loader import load_flows
from bot.i18n.catalogs import language_name
from bot.i18n.tool import coverage_report, print_coverage, update_catalogues


def run_i18n(paths: Sequence[str], *, add: Sequence[str] = (), write: bool = True) -> int:
    """Update (unless `write` is False) and report; 1 when the English flows are invalid."""
    registry, _ = build_registry(Services())
    flows, problems = load_flows(paths, registry)
    if flows is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print("fix the English flows first (bounceback validate)", file=sys.stderr)
        return 1
    if write:
        written = update_catalogues(flows, paths, add)
        print(f"updated {len(written)} catalogue(s)", file=sys.stderr)
        flows, _problems = load_flows(paths, registry)
        assert flows is not None
    report = coverage_report(flows, paths)
    if not report:
        print("no languages yet: start one with `bounceback i18n --add LANG`", file=sys.stderr)
    for line in print_coverage(report, {c.code: language_name(c.code) for c in report}):
        print(line)
    return 0
