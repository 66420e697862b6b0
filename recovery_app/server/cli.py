"""``recovery-server``: serve the API and run admin commands.

Every option can also be given as a ``RECOVERY_*`` environment variable
(``--database-url`` is ``RECOVERY_DATABASE_URL``); an option on the command
line wins. Exit codes: 0 done, 1 failed while running, 2 wrong configuration,
3 command not available in this version.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections.abc import Sequence
from pathlib import Path

from pydantic import ValidationError

from recovery_app import __version__
from recovery_app.server.settings import Settings

EXIT_OK, EXIT_FAILED, EXIT_CONFIG, EXIT_UNAVAILABLE = 0, 1, 2, 3


class ConfigError(Exception):
    """Something in the configuration is wrong; the message says how to fix it."""


def _storage_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database-url",
        metavar="URL",
        help="sqlite:///FILE or postgresql://USER@HOST/DB (default: SQLite in the data folder)",
    )
    parser.add_argument(
        "--data-dir", metavar="DIR", type=Path, help="folder for the database, mail and uploads"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recovery-server",
        description="Recovery Desk server and admin commands.",
        epilog="Every option also reads from RECOVERY_<OPTION> (e.g. RECOVERY_DATABASE_URL).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="migrate the database, then serve the API")
    serve.add_argument("--host", metavar="H", help="address to listen on (default 127.0.0.1)")
    serve.add_argument(
        "--port", metavar="P", type=int, help="port to listen on (default 8000; 0 picks a free one)"
    )
    _storage_options(serve)
    serve.add_argument(
        "--redis-url", metavar="URL", help="redis://HOST:PORT/0 to share live events"
    )
    serve.add_argument("--tls-cert", metavar="F", type=Path, help="PEM certificate for HTTPS")
    serve.add_argument("--tls-key", metavar="F", type=Path, help="PEM private key for HTTPS")

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    _storage_options(migrate)

    create_agent = commands.add_parser(
        "create-agent", help="create a support agent and print their TOTP enrolment"
    )
    _storage_options(create_agent)
    create_agent.add_argument("--username", required=True, help="sign-in name (lower case)")
    create_agent.add_argument("--name", required=True, help="display name shown to users")
    create_agent.add_argument("--role", choices=("agent", "supervisor", "admin"), default="agent")
    create_agent.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the initial password from standard input (default: generate one)",
    )
    verify = commands.add_parser(
        "verify-audit",
        help="check the audit log's keyed chain against the last exported head",
    )
    _storage_options(verify)
    verify.add_argument(
        "--expect-head",
        metavar="HASH",
        help="check against this head MAC printed earlier instead of the exported head "
        "(rows cut off the end or a rewritten log fail)",
    )
    verify.add_argument(
        "--head-file",
        metavar="FILE",
        type=Path,
        help="check against this copy of audit-head.json instead of the exported head",
    )
    export_head = commands.add_parser(
        "export-audit-head", help="write the audit chain's head to the head file now"
    )
    _storage_options(export_head)
    export_head.add_argument(
        "--to", metavar="FILE", type=Path, help="write here instead of the configured head file"
    )
    export_head.add_argument(
        "--force",
        action="store_true",
        help="replace an exported head even if the log no longer holds it",
    )
    rotate = commands.add_parser(
        "rotate-audit-key",
        help="add a new audit key to the key file; it signs from now on, old rows still verify",
    )
    _storage_options(rotate)
    seed = commands.add_parser(
        "seed-demo",
        help="migrate, then fill the database with a demo platform (once per database); "
        "writes DATA_DIR/demo.json",
    )
    _storage_options(seed)
    return parser


def settings_from(args: argparse.Namespace) -> Settings:
    """Settings from the environment, overridden by the options that were given."""
    overrides = {
        key: value for key, value in vars(args).items() if key != "command" and value is not None
    }
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'setting'}: {err['msg']}"
            for err in exc.errors()
        )
        raise ConfigError(f"Invalid setting ({problems}).") from exc


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        settings = settings_from(args)
        if args.command == "serve":
            from recovery_app.server.runner import serve

            return serve(settings)
        if args.command == "migrate":
            from recovery_app.server.runner import migrate_database

            return asyncio.run(migrate_database(settings))
        if args.command == "create-agent":
            from recovery_app.server.admin_agents import create_agent

            return create_agent(settings, args)
        if args.command == "verify-audit":
            from recovery_app.server.admin_audit import verify_audit

            return verify_audit(settings, args)
        if args.command == "export-audit-head":
            from recovery_app.server.admin_audit import export_audit_head

            return export_audit_head(settings, args)
        if args.command == "rotate-audit-key":
            from recovery_app.server.admin_audit import rotate_audit_key

            return rotate_audit_key(settings, args)
        if args.command == "seed-demo":
            from recovery_app.server.admin_demo import run_seed_demo

            return run_seed_demo(settings, args)
    except ConfigError as exc:
        print(f"recovery-server: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return EXIT_FAILED
    print(
        f"recovery-server: '{args.command}' is not available in this version.",
        file=sys.stderr,
    )
    return EXIT_UNAVAILABLE


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
