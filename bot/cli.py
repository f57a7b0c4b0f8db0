"""The `bounceback` command: chat, run, validate, graph, test-flows, classify, db, keygen.

Each subcommand is a small function returning an exit code. Configuration comes from the
environment (see the README) and a few flags; errors print one clear line and exit non-zero.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from bot.settings import Settings, default_flows_dir


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bounceback", description="Emotional first aid after a job rejection."
    )
    p.add_argument("--log-level", default=os.environ.get("BOUNCEBACK_LOG_LEVEL", "WARNING"))
    sub = p.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="talk to the bot in this terminal (no tokens needed)")
    chat.add_argument("--user", default=os.environ.get("USER") or "me", help="your user id")
    chat.add_argument("--db", help="database URL (default: the embedded SQLite file)")
    chat.add_argument("--locale", help="e.g. en-US, en-GB")
    chat.add_argument("--tz", help="IANA time zone, e.g. Europe/London")
    chat.add_argument("--flows", help="flow directory (default: dialogues)")
    chat.add_argument("--reload", action="store_true", help="reload flows when their files change")
    chat.add_argument("--seed", type=int, help="fix the random choice of message variants")
    chat.add_argument(
        "--json",
        action="store_true",
        help="one JSON object per input line: what was understood, the replies",
    )

    run = sub.add_parser("run", help="run the bot on Slack, Discord or both")
    run.add_argument("platform", choices=["slack", "discord", "all"])
    run.add_argument("--flows", help="flow directory (default: dialogues)")
    run.add_argument("--reload", action="store_true", help="reload flows when their files change")

    val = sub.add_parser("validate", help="check flow files; one file:line:col line per problem")
    val.add_argument("paths", nargs="*", help="files or directories (default: dialogues)")

    graph = sub.add_parser("graph", help="print a flow as a Mermaid (or Graphviz) chart")
    graph.add_argument("flow", help="flow id")
    graph.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")
    graph.add_argument("--flows", help="flow directory (default: dialogues)")

    tf = sub.add_parser("test-flows", help="run the conversation transcripts in dialogues/tests")
    tf.add_argument("paths", nargs="*", help="transcript files or directories")
    tf.add_argument("--flows", help="flow directory (default: dialogues)")

    sub.add_parser("classify", help="crisis/hostile check: one message per stdin line, JSON out")
    sub.add_parser("keygen", help="print a new BOUNCEBACK_SECRET_KEY")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="apply schema migrations")
    up.add_argument("--db", help="database URL")

    disc = sub.add_parser("discord", help="Discord helpers")
    disc_sub = disc.add_subparsers(dest="discord_command", required=True)
    inv = disc_sub.add_parser("invite-url", help="print the link that installs the bot")
    inv.add_argument("--client-id", help="application id (default: DISCORD_CLIENT_ID)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    from bot.logs import setup_logging

    setup_logging(args.log_level)
    handler = {
        "chat": _chat,
        "run": _run,
        "validate": _validate,
        "graph": _graph,
        "test-flows": _test_flows,
        "classify": _classify,
        "keygen": _keygen,
        "db": _db,
        "discord": _discord,
    }[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        return 130


def _settings(args: argparse.Namespace, *, require_key: bool) -> Settings:
    from bot.store.crypto import KeyError_

    try:
        settings = Settings.from_env(
            os.environ,
            database_url=getattr(args, "db", None),
            require_key=require_key,
            locale=getattr(args, "locale", None),
            tz=getattr(args, "tz", None),
            seed=getattr(args, "seed", None),
        )
    except KeyError_ as exc:
        raise SystemExit(f"bounceback: {exc}") from None
    if getattr(args, "flows", None):
        settings.flows_dir = args.flows
    return settings


def _chat(args: argparse.Namespace) -> int:
    if args.json:
        from bot.adapters.json_chat import chat_json

        return asyncio.run(chat_json(_settings(args, require_key=False), args.user))
    from bot.adapters.console_main import chat

    return asyncio.run(chat(_settings(args, require_key=False), args.user, reload=args.reload))


def _run(args: argparse.Namespace) -> int:
    from bot.runner import run

    settings = _settings(args, require_key=True)
    if not settings.secret_keys:
        from bot.store.crypto import HOW_TO_MAKE_A_KEY

        print(f"bounceback: BOUNCEBACK_SECRET_KEY is not set; {HOW_TO_MAKE_A_KEY}", file=sys.stderr)
        return 2
    return asyncio.run(run(settings, args.platform, reload=args.reload))


def _validate(args: argparse.Namespace) -> int:
    from bot.app import build_registry
    from bot.core.context import Services
    from bot.flows.loader import load_flows

    paths = args.paths or [default_flows_dir()]
    registry, _ = build_registry(Services())
    flows, flow_problems = load_flows(paths, registry)
    from bot.understanding.questions import question_problems

    problems = [*flow_problems, *_resource_problems(paths), *question_problems(paths)]
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    assert flows is not None
    print(f"ok: {len(flows.flows)} flows are valid.", file=sys.stderr)
    return 0


def _resource_problems(paths: Sequence[str]) -> list[object]:
    """Problems of `resources.yaml` files among `paths` (directly named or in a directory)."""
    from bot.safety.resources import ResourcesError, load_resources

    problems: list[object] = []
    for raw in paths:
        path = Path(raw)
        candidate = path / "resources.yaml" if path.is_dir() else path
        if candidate.name != "resources.yaml" or not candidate.exists():
            continue
        try:
            load_resources(candidate)
        except ResourcesError as exc:
            problems.extend(exc.problems)
    return problems


def _load_or_exit(flows_dir: str) -> object:
    from bot.app import build_registry
    from bot.core.context import Services
    from bot.flows.loader import load_flows

    registry, _ = build_registry(Services())
    flows, problems = load_flows(flows_dir.split(","), registry)
    if flows is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        raise SystemExit(1)
    return flows


def _graph(args: argparse.Namespace) -> int:
    from bot.flows.graph import to_dot, to_mermaid
    from bot.flows.model import FlowSet

    flows = _load_or_exit(args.flows or default_flows_dir())
    assert isinstance(flows, FlowSet)
    flow = flows.get(args.flow)
    if flow is None:
        known = ", ".join(sorted(flows.flows))
        print(f"bounceback: no flow {args.flow!r}; known flows: {known}", file=sys.stderr)
        return 2
    print(to_dot(flow) if args.format == "dot" else to_mermaid(flow))
    return 0


def _test_flows(args: argparse.Namespace) -> int:
    from bot.testflows import main as transcripts_main

    flows_dir = args.flows or default_flows_dir()
    paths = args.paths or [str(Path(flows_dir.split(",")[0]) / "tests")]
    return asyncio.run(transcripts_main(paths, flows_dir))


def _classify(args: argparse.Namespace) -> int:
    from bot.safety.classify import run as classify_run

    return classify_run(sys.stdin, sys.stdout)


def _keygen(args: argparse.Namespace) -> int:
    from bot.store.crypto import generate_key

    print(generate_key())
    return 0


def _db(args: argparse.Namespace) -> int:
    from bot.store import migrate
    from bot.store.sql import make_engine

    settings = _settings(args, require_key=False)

    async def go() -> None:
        engine = make_engine(settings.database_url)
        try:
            await migrate.upgrade(engine)
            print(f"database is at revision {await migrate.current_revision(engine)}")
        finally:
            await engine.dispose()

    asyncio.run(go())
    return 0


def _discord(args: argparse.Namespace) -> int:
    from bot.adapters.discord.runner import invite_url

    client_id = args.client_id or os.environ.get("DISCORD_CLIENT_ID")
    if not client_id:
        print(
            "bounceback: set DISCORD_CLIENT_ID or pass --client-id (the application id from "
            "the Discord developer portal)",
            file=sys.stderr,
        )
        return 2
    print(invite_url(client_id))
    return 0


if __name__ == "__main__":
    sys.exit(main())
