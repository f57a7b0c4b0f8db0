"""The `bounceback` command: chat, run, validate, graph, test-flows, classify, db, keygen, keys.

Each subcommand is a small function returning an exit code. Configuration comes from the
environment (see the README) and a few flags. A missing or wrong setting prints one line naming
it and the fix, and exits 2 (`SettingError`); never a traceback. Each command imports the parts
it uses inside its function, so `--help` or `validate` never loads a chat SDK (start-up time).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot import __version__
from bot.logs import setup_logging
from bot.settings import SettingError, Settings, check_flows, default_flows_dir
from bot.shipped import default_transcripts_dir
from bot.store.crypto import HOW_TO_MAKE_A_KEY, generate_key

LOG_LEVELS = ("debug", "info", "warning", "error", "critical")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="bounceback", description="Emotional first aid after a job rejection."
    )
    p.add_argument("--version", action="version", version=f"bounceback {__version__}")
    p.add_argument("--log-level", help="debug, info, warning (default), error or critical")
    sub = p.add_subparsers(dest="command", required=True)

    chat = sub.add_parser("chat", help="talk to the bot in this terminal (no tokens needed)")
    chat.add_argument("--user", default=os.environ.get("USER") or "me", help="your user id")
    chat.add_argument("--db", help="database URL (default: the embedded SQLite file)")
    chat.add_argument("--locale", help="e.g. en-US, en-GB, es-ES (speaks its language)")
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

    sch = sub.add_parser("schema", help="write the editor JSON Schemas generated from the format")
    sch.add_argument("--check", action="store_true", help="only fail when a schema file is stale")

    i18n = sub.add_parser("i18n", help="update the translation catalogues; print each coverage")
    i18n.add_argument("paths", nargs="*", help="flow directory (default: dialogues)")
    i18n.add_argument(
        "--add",
        action="append",
        default=[],
        metavar="LANG",
        help="start catalogues for a new language, e.g. --add de",
    )
    i18n.add_argument("--check", action="store_true", help="only print the coverage; write nothing")

    graph = sub.add_parser("graph", help="print a flow as a Mermaid (or Graphviz) chart")
    graph.add_argument("flow", help="flow id")
    graph.add_argument("--format", choices=["mermaid", "dot"], default="mermaid")
    graph.add_argument("--flows", help="flow directory (default: dialogues)")

    tf = sub.add_parser("test-flows", help="run the conversation transcripts in dialogues/tests")
    tf.add_argument("paths", nargs="*", help="transcript files or directories")
    tf.add_argument("--flows", help="flow directory (default: dialogues)")

    cls = sub.add_parser(
        "classify", help="crisis/hostile check: one message per stdin line, JSON out"
    )
    cls.add_argument(
        "--rewrite", action="store_true", help='add a calmer "rewrite" to each line judged hostile'
    )
    sub.add_parser("keygen", help="print a new BOUNCEBACK_SECRET_KEY")
    keys = sub.add_parser("keys", help="secret key maintenance")
    keys_sub = keys.add_subparsers(dest="keys_command", required=True)
    rot = keys_sub.add_parser(
        "rotate", help="re-encrypt everything under the first key of BOUNCEBACK_SECRET_KEY"
    )
    rot.add_argument("--db", help="database URL")

    db = sub.add_parser("db", help="database maintenance")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    up = db_sub.add_parser("upgrade", help="apply schema migrations")
    up.add_argument("--db", help="database URL")
    up.add_argument("revision", nargs="?", default="head", help="target (default: head)")
    down = db_sub.add_parser("downgrade", help="undo schema migrations (back up first)")
    down.add_argument("--db", help="database URL")
    down.add_argument("revision", help="target revision, e.g. -1 or base")
    cur = db_sub.add_parser("current", help="print the schema revision of the database")
    cur.add_argument("--db", help="database URL")

    disc = sub.add_parser("discord", help="Discord helpers")
    disc_sub = disc.add_subparsers(dest="discord_command", required=True)
    inv = disc_sub.add_parser("invite-url", help="print the link that installs the bot")
    inv.add_argument("--client-id", help="application id (default: DISCORD_CLIENT_ID)")
    inv.add_argument("--user-install", action="store_true", help="install to a person's account")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        setup_logging(_log_level(args.log_level))
    except SettingError as exc:
        print(f"bounceback: {exc}", file=sys.stderr)
        return 2
    handler = {
        "chat": _chat,
        "run": _run,
        "validate": _validate,
        "i18n": _i18n,
        "schema": _schema,
        "graph": _graph,
        "test-flows": _test_flows,
        "classify": _classify,
        "keygen": _keygen,
        "keys": _keys,
        "db": _db,
        "discord": _discord,
    }[args.command]
    try:
        return handler(args)
    except SettingError as exc:
        print(f"bounceback: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _schema(args: argparse.Namespace) -> int:
    # lazy: start-up time (pydantic is needed only to generate the schemas)
    from bot.flows.schemagen import flow_schema_file
    from bot.testing.transcript_spec import transcript_schema_file

    stale = [f for f in (flow_schema_file(), transcript_schema_file()) if f.stale]
    for file in stale:
        if args.check:
            print(f"{file.path}: stale; run `python -m bot schema`", file=sys.stderr)
        else:
            file.write()
            print(f"wrote {file.path}")
    return 1 if stale and args.check else 0


def _log_level(flag: str | None) -> str:
    name = "--log-level" if flag else "BOUNCEBACK_LOG_LEVEL"
    raw = (flag or os.environ.get("BOUNCEBACK_LOG_LEVEL", "") or "warning").strip()
    if raw.lower() not in LOG_LEVELS:
        raise SettingError(f"{name} must be one of {', '.join(LOG_LEVELS)}; got {raw!r}")
    return raw.upper()


def _settings(args: argparse.Namespace, *, require_key: bool) -> Settings:
    """Settings from the environment and the flags; `SettingError` names what is wrong."""
    tz = getattr(args, "tz", None)
    if tz:
        try:
            ZoneInfo(tz)
        except (ZoneInfoNotFoundError, ValueError):
            raise SettingError(f"--tz {tz!r} is not a time zone; e.g. --tz Europe/London") from None
    settings = Settings.from_env(
        os.environ,
        database_url=getattr(args, "db", None),
        require_key=require_key,
        locale=getattr(args, "locale", None),
        tz=tz,
        seed=getattr(args, "seed", None),
    )
    if getattr(args, "flows", None):
        settings.flows_dir = check_flows(args.flows, "--flows")
    return settings


def _flows_dir(args: argparse.Namespace) -> str:
    """`--flows`, else BOUNCEBACK_FLOWS, else the flows shipped with the bot."""
    if getattr(args, "flows", None):
        return check_flows(args.flows, "--flows")
    env = os.environ.get("BOUNCEBACK_FLOWS", "").strip()
    return check_flows(env, "BOUNCEBACK_FLOWS") if env else default_flows_dir()


def _chat(args: argparse.Namespace) -> int:
    if args.json:
        # lazy: start-up time (a command loads only the parts it uses)
        from bot.adapters.json_chat import chat_json

        return asyncio.run(chat_json(_settings(args, require_key=False), args.user))
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.adapters.console_main import chat

    settings = _settings(args, require_key=False)
    return asyncio.run(chat(settings, args.user, reload=args.reload, tz=args.tz))


def _run(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.platforms import platforms
    from bot.runner import run

    settings = _settings(args, require_key=True)
    if not settings.secret_keys:
        print(f"bounceback: BOUNCEBACK_SECRET_KEY is not set; {HOW_TO_MAKE_A_KEY}", file=sys.stderr)
        return 2
    return asyncio.run(run(settings, platforms(args.platform), reload=args.reload))


def _validate(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.app import build_registry
    from bot.core.context import Services
    from bot.flows.loader import load_flows

    paths = args.paths or _flows_dir(args).split(",")
    registry, _ = build_registry(Services())
    flows, flow_problems = load_flows(paths, registry)
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.understanding.questions import question_problems

    problems = [*flow_problems, *_resource_problems(paths), *question_problems(paths)]
    if flows is not None:
        # lazy: start-up time (Babel's extractor reads the code only when the flows load)
        from bot.i18n.tool import translation_problems

        problems.extend(translation_problems(flows, paths))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problem(s) found.", file=sys.stderr)
        return 1
    assert flows is not None
    print(f"ok: {len(flows.flows)} flows are valid.", file=sys.stderr)
    return 0


def _i18n(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.translations import run_i18n

    paths = args.paths or _flows_dir(args).split(",")
    return run_i18n(paths, add=args.add, write=not args.check)


def _resource_problems(paths: Sequence[str]) -> list[object]:
    """Problems of `resources.yaml` files among `paths` (directly named or in a directory)."""
    # lazy: start-up time (a command loads only the parts it uses)
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
    # lazy: start-up time (a command loads only the parts it uses)
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
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.flows.graph import to_dot, to_mermaid
    from bot.flows.model import FlowSet

    flows = _load_or_exit(_flows_dir(args))
    assert isinstance(flows, FlowSet)
    flow = flows.get(args.flow)
    if flow is None:
        known = ", ".join(sorted(flows.flows))
        print(f"bounceback: no flow {args.flow!r}; known flows: {known}", file=sys.stderr)
        return 2
    print(to_dot(flow) if args.format == "dot" else to_mermaid(flow))
    return 0


def _test_flows(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.testing.flows import main as transcripts_main

    flows_dir = _flows_dir(args)
    paths = args.paths or [default_transcripts_dir(flows_dir)]
    return asyncio.run(transcripts_main(paths, flows_dir))


def _classify(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.safety.classify import run as classify_run

    return classify_run(sys.stdin, sys.stdout, rewrite=bool(getattr(args, "rewrite", False)))


def _keygen(args: argparse.Namespace) -> int:
    print(generate_key())
    return 0


def _keys(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.store.keys import rotate_command

    settings = _settings(args, require_key=False)
    return asyncio.run(rotate_command(settings.database_url, settings.secret_keys, sys.stdout))


def _db(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.store import migrate
    from bot.store.sql import make_engine

    settings = _settings(args, require_key=False)

    async def go() -> None:
        engine = make_engine(settings.database_url)
        try:
            if args.db_command == "upgrade":
                await migrate.upgrade(engine, args.revision)
            elif args.db_command == "downgrade":
                await migrate.downgrade(engine, args.revision)
            revision = await migrate.current_revision(engine)
            print(
                f"database is at revision {revision or 'base (empty)'}; "
                f"the newest is {migrate.head_revision()}"
            )
        finally:
            await engine.dispose()

    try:
        asyncio.run(go())
    except migrate.RevisionError as exc:
        print(f"bounceback: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(
            f"bounceback: cannot reach the database ({exc.__class__.__name__}); check "
            "BOUNCEBACK_DATABASE_URL or --db",
            file=sys.stderr,
        )
        return 1
    return 0


def _discord(args: argparse.Namespace) -> int:
    # lazy: start-up time (a command loads only the parts it uses)
    from bot.adapters.discord.install import invite_command

    return invite_command(args.client_id, user_install=args.user_install)


if __name__ == "__main__":
    sys.exit(main())
