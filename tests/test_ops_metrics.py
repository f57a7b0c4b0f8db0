"""Metrics: the Prometheus text format from prometheus_client, and the real engine, crisis check,
adapters' platform errors and check-in service feeding it; the process, Python and build-info
metrics; nothing personal on the page."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot import __version__
from bot.app import App
from bot.checkins.service import CheckinService
from bot.core.model import Reply, Turn, UserKey
from bot.ops import events
from bot.ops.instrument import CountedCrisis, Ops, instrument
from bot.ops.metrics import Metrics, checkin_family
from bot.ops.server import OpsConfig, OpsServer
from bot.safety.inspector import CrisisInspector

KEY = UserKey("console", "local", "U-METRICS-7731")
CANARY = "zebra-canary-4417 my manager Jordan"

SAMPLE = re.compile(
    r"^(?P<name>[a-zA-Z_:][a-zA-Z0-9_:]*)"
    r"(?:\{(?P<labels>(?:[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\n]|\\[\\\"n])*\",?)*)\})?"
    r" (?P<value>[-+]?(?:\d+\.?\d*(?:[eE][-+]?\d+)?|Inf|NaN))$"
)


def parse(text: str) -> dict[str, float]:
    """A strict reader of the text format: every line must be a comment or a valid sample,
    every sample's family must have HELP and TYPE lines first. Returns `name{labels}` -> value."""
    assert text.endswith("\n")
    typed: dict[str, str] = {}
    helped: set[str] = set()
    out: dict[str, float] = {}
    for line in text.splitlines():
        if line.startswith("# HELP "):
            helped.add(line.split()[2])
            continue
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split()
            assert kind in ("counter", "gauge", "histogram", "info"), line
            typed[name] = kind
            continue
        m = SAMPLE.match(line)
        assert m, f"not a valid sample line: {line!r}"
        name = m["name"]
        family = re.sub(r"_(bucket|sum|count)$", "", name) if name not in typed else name
        assert family in typed and family in helped, f"{name} has no HELP/TYPE"
        key = f"{name}{{{m['labels']}}}" if m["labels"] else name
        assert key not in out, f"duplicate sample {key}"
        out[key] = float(m["value"].replace("Inf", "inf"))
    return out


def test_counter_and_histogram_render_the_text_format() -> None:
    metrics = Metrics()
    metrics.observe_turn("ok", 0.003)
    metrics.observe_turn("ok", 0.2)
    metrics.observe_turn("store_unavailable", 30.0)
    metrics.platform_error("slack")
    values = parse(metrics.render())
    assert values['bounceback_turns_total{outcome="ok"}'] == 2
    assert values['bounceback_turns_total{outcome="store_unavailable"}'] == 1
    assert values['bounceback_turns_total{outcome="conflict"}'] == 0  # listed before it happens
    assert values['bounceback_turn_duration_seconds_bucket{le="0.005"}'] == 1
    assert values['bounceback_turn_duration_seconds_bucket{le="0.25"}'] == 2
    assert values['bounceback_turn_duration_seconds_bucket{le="10.0"}'] == 2
    assert values['bounceback_turn_duration_seconds_bucket{le="+Inf"}'] == 3
    assert values["bounceback_turn_duration_seconds_count"] == 3
    assert values["bounceback_turn_duration_seconds_sum"] == pytest.approx(30.203)
    assert values["bounceback_crisis_interrupts_total"] == 0
    assert values['bounceback_platform_errors_total{platform="slack"}'] == 1
    assert values['bounceback_platform_errors_total{platform="discord"}'] == 0


def test_process_python_and_build_info_are_on_the_page() -> None:
    values = parse(Metrics().render())
    assert values["process_resident_memory_bytes"] > 0
    assert values["process_start_time_seconds"] > 0
    assert any(k.startswith("python_info{") for k in values)
    assert any(k.startswith("python_gc_collections_total{") for k in values)
    build = [k for k in values if k.startswith("bounceback_build_info{")]
    assert len(build) == 1 and f'version="{__version__}"' in build[0]
    assert not any(k.endswith("_created") or "_created{" in k for k in values)


def test_two_bots_in_one_process_keep_their_own_counts() -> None:
    first, second = Metrics(), Metrics()
    first.observe_turn("ok", 0.1)
    assert first.value("bounceback_turns_total", outcome="ok") == 1
    assert second.value("bounceback_turns_total", outcome="ok") == 0


def test_checkin_results_are_all_listed() -> None:
    metrics = Metrics()
    metrics.collectors.append(lambda: [checkin_family({"sent": 3, "failed": 1})])
    values = parse(metrics.render())
    assert values['bounceback_checkins_total{result="sent"}'] == 3
    assert values['bounceback_checkins_total{result="failed"}'] == 1
    assert values['bounceback_checkins_total{result="retry"}'] == 0
    assert values['bounceback_checkins_total{result="interrupted"}'] == 0


@pytest.fixture
async def ops(app: App) -> AsyncIterator[Ops]:
    ops = instrument(app)
    yield ops
    ops.close()


async def scrape(app: App) -> tuple[str, str]:
    server = OpsServer(app, OpsConfig("127.0.0.1", 0))
    await server.start()
    try:
        async with aiohttp.ClientSession() as http:
            base = f"http://127.0.0.1:{server.port}"
            async with http.get(base + "/metrics") as resp:
                assert resp.status == 200
                assert resp.headers["Content-Type"].startswith("text/plain; version=0.0.4")
                page = await resp.text()
            async with http.get(base + "/healthz") as resp:
                health = await resp.text()
        return page, health
    finally:
        await server.stop()


async def test_real_turns_and_a_crisis_interrupt_are_counted(app: App, ops: Ops) -> None:
    await app.engine.handle(Turn(key=KEY, text="hi"))
    await app.engine.handle(Turn(key=KEY, text=CANARY))
    replies = await app.engine.handle(Turn(key=KEY, text="I want to kill myself"))
    assert any("findahelpline.com" in str(r) for r in replies)  # the crisis response
    await app.engine.handle(Turn(key=KEY, text="I want to kill myself"))  # a repeat, not new
    await app.engine.handle(Turn(key=KEY, text="hello", event_id="Ev-once"))
    await app.engine.handle(Turn(key=KEY, text="hello", event_id="Ev-once"))  # redelivered
    values = parse((await scrape(app))[0])
    assert values['bounceback_turns_total{outcome="ok"}'] == 5
    assert values['bounceback_turns_total{outcome="duplicate"}'] == 1
    assert values["bounceback_turn_duration_seconds_count"] == 6
    assert values["bounceback_crisis_interrupts_total"] == 1


async def test_nothing_personal_reaches_metrics_or_health(app: App, ops: Ops) -> None:
    await app.engine.handle(Turn(key=KEY, text=CANARY))
    await app.engine.handle(Turn(key=KEY, text=f"I want to kill myself {CANARY}"))
    page, health = await scrape(app)
    for text in (page, health):
        for secret in ("zebra", "canary", "Jordan", KEY.user, str(KEY), "kill"):
            assert secret not in text


async def test_platform_failures_are_counted_by_platform(ops: Ops) -> None:
    events.platform_error("slack")
    events.platform_error("slack")
    events.platform_error("discord")
    assert ops.metrics.value("bounceback_platform_errors_total", platform="slack") == 2
    assert ops.metrics.value("bounceback_platform_errors_total", platform="discord") == 1


async def test_a_failed_slack_post_is_counted_where_it_fails(ops: Ops) -> None:
    """The adapter reports the failure itself: no log record is read to count it."""
    from bot.adapters.slack.tracking import InFlight

    async def fails() -> None:
        raise RuntimeError("the platform said no")

    tasks = InFlight()
    tasks.spawn(fails(), "post")
    await tasks.drain(1.0)
    assert ops.metrics.value("bounceback_platform_errors_total", platform="slack") == 1


async def test_checkin_counts_come_from_the_running_service(app: App, ops: Ops) -> None:
    service = CheckinService(app.store, app.engine.prepare_flow, sender=_NoSender())
    app.services.add(service)
    service.stats["sent"] += 4
    service.stats["failed"] += 1
    values = parse(ops.metrics.render())
    assert values['bounceback_checkins_total{result="sent"}'] == 4
    assert values['bounceback_checkins_total{result="failed"}'] == 1


async def test_close_detaches_everything(app: App) -> None:
    ops = instrument(app)
    assert isinstance(app.engine.inspectors[0], CountedCrisis)
    ops.close()
    assert isinstance(app.engine.inspectors[0], CrisisInspector)
    assert ops.observe_turn not in app.engine.turn_observers
    events.platform_error("slack")
    await app.engine.handle(Turn(key=KEY, text="hi"))
    assert ops.metrics.value("bounceback_platform_errors_total", platform="slack") == 0
    assert ops.metrics.value("bounceback_turns_total", outcome="ok") == 0


class _NoSender:
    async def send(self, key: UserKey, replies: list[Reply]) -> None:
        raise AssertionError("nothing is sent in this test")
