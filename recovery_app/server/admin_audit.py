"""Audit commands: ``verify-audit``, ``export-audit-head`` and ``rotate-audit-key``.

``verify-audit`` walks the keyed chain (every row's MAC under the audit key it
names, every row after the one before it) and then compares the log with the
last exported head (``audit_head_dir/audit-head.json``, written by the server at
an interval), or with ``--head-file`` (a copy a supervisor kept) or
``--expect-head`` (a MAC printed earlier). Exit 0 only when all of that holds;
an empty log, a log with no keyed row, a missing head file or a shortened or
rewritten log exit 1 with a sentence saying which.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import sys
from pathlib import Path

from recovery_app.security.audit_keys import AuditKeyError
from recovery_app.server.admin_agents import open_admin_services
from recovery_app.server.cli import EXIT_FAILED, EXIT_OK, ConfigError
from recovery_app.server.settings import Settings
from recovery_app.services import audit, audit_head
from recovery_app.services.audit_head import AuditHead, HeadFileError, Verification

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")


def verify_audit(settings: Settings, args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (configuration errors raise, exit 2)."""
    mac = _expected_head(args.expect_head)
    head_file: Path | None = args.head_file
    if head_file is not None and not head_file.exists():
        raise ConfigError(f"--head-file {head_file} does not exist.")
    try:
        return asyncio.run(_verify(settings, mac, head_file))
    except AuditKeyError as exc:
        raise ConfigError(f"The audit keys cannot be used: {exc}") from exc


def _expected_head(value: str | None) -> str | None:
    if value is None:
        return None
    expected = value.strip().lower()
    if not _HASH_RE.fullmatch(expected):
        raise ConfigError(
            "--expect-head needs the 64 hexadecimal characters that verify-audit printed."
        )
    return expected


def _load_head(path: Path) -> AuditHead | None:
    try:
        return audit_head.read_head_file(path)
    except HeadFileError as exc:
        raise ConfigError(str(exc)) from exc


async def _verify(settings: Settings, mac: str | None, head_file: Path | None) -> int:
    default_file = settings.effective_audit_head_file
    expected: AuditHead | str | None = mac
    if mac is None:
        expected = _load_head(head_file or default_file)
    async with open_admin_services(settings) as services:
        result = await audit_head.verify(services, expected)
    report = result.report
    if report.rows == 0:
        print(
            "Audit log is empty: every server writes audit.chain_started when it starts, "
            "so an empty log means its rows were deleted or the database was replaced."
        )
        return EXIT_FAILED
    if not report.ok:
        _print_broken(result)
        return EXIT_FAILED
    if expected is None:
        print(
            f"Audit chain holds internally ({_rows(report.rows)}; head {report.head_hash}), but "
            f"there is no exported head at {default_file}, so rows removed from the end "
            "cannot be ruled out. Start the server (it exports the head every "
            f"{settings.audit_head_export_seconds:g} s), or pass --head-file or --expect-head "
            "with a head kept earlier."
        )
        return EXIT_FAILED
    if result.head_problem is not None:
        print(
            f"Audit chain holds internally ({_rows(report.rows)}; head {report.head_hash}), "
            f"but {result.head_problem}."
        )
        return EXIT_FAILED
    print(f"Audit chain holds: {_rows(report.rows)}; head {report.head_hash}")
    print(f"Last row {report.head_id}, signed with audit key '{report.head_key_id}'.")
    where = f"--expect-head {mac}" if isinstance(expected, str) else _describe(expected)
    since = result.appended_since
    print(
        f"It contains the expected head ({where}); "
        f"{_rows(since)} {'was' if since == 1 else 'were'} appended since."
    )
    return EXIT_OK


def _rows(count: int) -> str:
    return "1 row" if count == 1 else f"{count} rows"


def _describe(head: AuditHead | None) -> str:
    assert head is not None
    when = head.exported_at.isoformat() if head.exported_at else head.at.isoformat()
    return f"row {head.seq}, exported {when}"


def _print_broken(result: Verification) -> None:
    report = result.report
    if report.first_bad_id is None:
        print(f"Audit chain fails: {report.problem}.")
        return
    print(f"Audit chain broken at row {report.first_bad_id}: {report.problem}.")
    print(
        f"The rows before row {report.first_bad_id} chain correctly; the last good hash "
        f"is {report.head_hash}."
    )


def export_audit_head(settings: Settings, args: argparse.Namespace) -> int:
    """Write the current head to the head file (or ``--to``) now."""
    try:
        return asyncio.run(_export(settings, args.to, force=args.force))
    except AuditKeyError as exc:
        raise ConfigError(f"The audit keys cannot be used: {exc}") from exc


async def _export(settings: Settings, to: Path | None, *, force: bool) -> int:
    target = to or settings.effective_audit_head_file
    async with open_admin_services(settings) as services:
        try:
            head = await audit_head.export_head(services, target, force=force)
        except audit_head.HeadMovedBackError as exc:
            print(
                f"{exc} Run 'recovery-server verify-audit'; only if you know why, "
                "export anyway with --force.",
                file=sys.stderr,
            )
            return EXIT_FAILED
        except OSError as exc:
            raise ConfigError(f"The audit head cannot be written to {target}: {exc}") from exc
    if head is None:
        print("The audit log is empty: there is no head to export.", file=sys.stderr)
        return EXIT_FAILED
    print(f"Exported the audit head (row {head.seq}, key '{head.key_id}') to {target}")
    return EXIT_OK


def rotate_audit_key(settings: Settings, args: argparse.Namespace) -> int:
    """Add a new audit key that signs from now on; the old ones stay to verify old rows."""
    del args
    try:
        return asyncio.run(_rotate(settings))
    except AuditKeyError as exc:
        raise ConfigError(str(exc)) from exc


async def _rotate(settings: Settings) -> int:
    async with open_admin_services(settings) as services:
        source = services.audit_keys
        previous = source.keyring().current_id
        new_id = source.rotate()
        async with services.write() as session:
            await audit.append(
                session,
                at=services.clock.now(),
                actor_type="system",
                actor_id=None,
                action=audit.KEY_ROTATED,
                detail={"previous_key_id": previous, "new_key_id": new_id},
            )
    print(
        f"New audit key '{new_id}' signs from now on (it was '{previous}'). The older keys "
        f"stay in {source.key_file} so their rows still verify; keep that file backed up "
        "and readable by the server only. Running servers use the new key from their "
        "next audited action."
    )
    return EXIT_OK
