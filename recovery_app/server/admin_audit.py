"""``recovery-server verify-audit``: check the audit log's hash chain.

Exit 0 prints ``Audit chain holds: N rows; head <hash>``; keep that hash
somewhere else (security check 33). The chain itself shows an edited, deleted,
inserted or reordered row, but not rows cut off the end: ``--expect-head``
with a hash exported earlier catches that. The exported row must still be in
the chain (rows appended since are fine); when it is gone, rows were removed
from the end or the log was replaced, and the command exits 1.
"""

from __future__ import annotations

import argparse
import asyncio
import re

from sqlalchemy import select

from recovery_app.server.admin_agents import open_admin_services
from recovery_app.server.cli import EXIT_FAILED, EXIT_OK, ConfigError
from recovery_app.server.settings import Settings
from recovery_app.services.alerts import verify_audit_log
from recovery_app.services.audit import ChainReport
from recovery_app.services.context import Services
from recovery_app.storage.models import AuditEntry

_HASH_RE = re.compile(r"^[0-9a-f]{64}$")


def verify_audit(settings: Settings, args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (configuration errors raise, exit 2)."""
    expected = _expected_head(args.expect_head)
    return asyncio.run(_verify(settings, expected))


def _expected_head(value: str | None) -> str | None:
    if value is None:
        return None
    expected = value.strip().lower()
    if not _HASH_RE.fullmatch(expected):
        raise ConfigError(
            "--expect-head needs the 64 hexadecimal characters that verify-audit printed."
        )
    return expected


async def _verify(settings: Settings, expected: str | None) -> int:
    async with open_admin_services(settings) as services:
        report = await verify_audit_log(services)
        expected_row = await _row_with_hash(services, expected) if expected else None
    if not report.ok:
        _print_broken(report)
        return EXIT_FAILED
    if expected is not None and expected_row is None:
        print(
            f"Audit chain holds internally ({report.rows} rows; head {report.head_hash}), but "
            f"the expected head {expected} is not in it: rows were removed from the end, or "
            "the log was replaced."
        )
        return EXIT_FAILED
    rows = "1 row" if report.rows == 1 else f"{report.rows} rows"
    print(f"Audit chain holds: {rows}; head {report.head_hash}")
    if expected is not None and expected_row is not None and expected != report.head_hash:
        print(
            f"The expected head is row {expected_row}; "
            f"{report.rows - expected_row} rows were appended since."
        )
    return EXIT_OK


async def _row_with_hash(services: Services, row_hash: str) -> int | None:
    async with services.read() as session:
        found: int | None = await session.scalar(
            select(AuditEntry.id).where(AuditEntry.hash == row_hash)
        )
        return found


def _print_broken(report: ChainReport) -> None:
    print(f"Audit chain broken at row {report.first_bad_id}: {report.problem}.")
    print(
        f"The rows before row {report.first_bad_id} chain correctly; the last good hash "
        f"is {report.head_hash}."
    )
