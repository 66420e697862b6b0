"""The audit chain's head, kept outside the database: export, read, and check against it.

A chain, keyed or not, cannot show rows cut off its end. The head — last seq,
its MAC, the key id and the row's time — is therefore written at a set interval
(``audit_head_export_seconds``) to ``audit-head.json`` in a folder outside the
database folder (``audit_head_dir``), atomically (write, fsync, rename).
Supervisors can also fetch it (``GET /api/v1/supervisor/audit/head``) and keep a
copy. ``recovery-server verify-audit`` compares the log with the last exported
head: the row it names must still be there with the same MAC; rows appended
since are fine.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from recovery_app.services import audit
from recovery_app.services.audit import ChainReport
from recovery_app.services.context import Services
from recovery_app.storage.models import AuditEntry

log = logging.getLogger(__name__)

HEAD_FORMAT = 1
_MAC_RE = re.compile(r"^[0-9a-f]{64}$")


class HeadFileError(Exception):
    """The head file cannot be read or is not a head export; the message says which."""


@dataclass(frozen=True, slots=True)
class AuditHead:
    """The last row of the chain as exported: seq, MAC, key id, the row's time."""

    seq: int
    mac: str
    key_id: str | None
    at: datetime
    exported_at: datetime | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "format": HEAD_FORMAT,
            "seq": self.seq,
            "mac": self.mac,
            "key_id": self.key_id,
            "at": self.at.isoformat(),
            "exported_at": self.exported_at.isoformat() if self.exported_at else None,
        }

    @classmethod
    def from_json(cls, data: object, *, source: str) -> AuditHead:
        try:
            if not isinstance(data, dict) or data.get("format") != HEAD_FORMAT:
                raise ValueError("not an audit head export")
            seq, mac, key_id = data["seq"], data["mac"], data.get("key_id")
            if not isinstance(seq, int) or seq < 1 or not _MAC_RE.fullmatch(str(mac)):
                raise ValueError("seq or mac is malformed")
            if key_id is not None and not isinstance(key_id, str):
                raise ValueError("key_id is malformed")
            exported = data.get("exported_at")
            return cls(
                seq=seq,
                mac=str(mac),
                key_id=key_id,
                at=datetime.fromisoformat(str(data["at"])),
                exported_at=datetime.fromisoformat(exported) if exported else None,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise HeadFileError(f"{source} is not a valid audit head export ({exc}).") from exc


async def current_head(services: Services) -> AuditHead | None:
    """The last row in the database (whether or not the chain holds)."""
    async with services.read() as session:
        row = await audit.head(session)
    if row is None:
        return None
    return AuditHead(row.id, row.hash, row.key_id, row.at, services.clock.now())


def write_head_file(path: Path, head: AuditHead) -> None:
    """Write ``head`` to ``path`` atomically: a reader sees the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(head.to_json(), handle, indent=2)
            handle.write("\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where possible
        fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def read_head_file(path: Path) -> AuditHead | None:
    """The exported head, or None when there is no file."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise HeadFileError(f"The audit head file {path} cannot be read: {exc}.") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise HeadFileError(f"{path} is not a valid audit head export (not JSON).") from exc
    return AuditHead.from_json(data, source=str(path))


class HeadMovedBackError(Exception):
    """The log no longer holds the head exported last; the old export is kept."""


async def still_holds(services: Services, exported: AuditHead) -> str | None:
    """None when the row of ``exported`` is still in the log with the same MAC."""
    async with services.read() as session:
        row = await session.scalar(select(AuditEntry).where(AuditEntry.id == exported.seq))
    if row is None:
        return (
            f"the log no longer has row {exported.seq} of the exported head: rows were "
            "removed from the end, or the log was replaced"
        )
    if row.hash != exported.mac or row.key_id != exported.key_id:
        return (
            f"row {exported.seq} is not the row of the exported head: the log was "
            "rewritten from there on, or replaced"
        )
    return None


async def export_head(
    services: Services, path: Path | None = None, *, force: bool = False
) -> AuditHead | None:
    """Write the current head to the head file (default: the configured one).

    An export never replaces a head the log no longer holds (that would hide rows cut
    off the end and written again): it raises :class:`HeadMovedBackError` instead,
    unless ``force``."""
    target = path or services.settings.effective_audit_head_file
    head = await current_head(services)
    if head is None:
        return None
    if not force:
        try:
            previous = await asyncio.to_thread(read_head_file, target)
        except HeadFileError:
            previous = None  # unreadable: replace it
        if previous is not None and (previous.seq, previous.mac) != (head.seq, head.mac):
            problem = await still_holds(services, previous)
            if problem is not None:
                raise HeadMovedBackError(f"Not exporting the audit head to {target}: {problem}.")
    await asyncio.to_thread(write_head_file, target, head)
    return head


@dataclass(frozen=True, slots=True)
class HeadCheck:
    """How the log compares with an exported head: ``problem`` is None when it holds."""

    problem: str | None = None
    appended_since: int = 0


async def check_against_head(
    services: Services, report: ChainReport, expected: AuditHead | str
) -> HeadCheck:
    """The exported head (or just its MAC) must still be in the log, unchanged.

    Call only when ``report`` says the chain holds."""
    async with services.read() as session:
        if isinstance(expected, str):
            row = await session.scalar(select(AuditEntry).where(AuditEntry.hash == expected))
            if row is None:
                return HeadCheck(
                    f"the expected head {expected} is not in the log (it ends at row "
                    f"{report.head_id}): rows were removed from the end, or the log was replaced"
                )
            return HeadCheck(None, report.head_id - row.id)
        row = await session.scalar(select(AuditEntry).where(AuditEntry.id == expected.seq))
    if row is None or expected.seq > report.head_id:
        return HeadCheck(
            f"the log ends at row {report.head_id} but the exported head is row "
            f"{expected.seq} ({expected.mac}): rows were removed from the end, or the "
            "log was replaced"
        )
    if row.hash != expected.mac or row.key_id != expected.key_id:
        return HeadCheck(
            f"row {expected.seq} is not the row of the exported head ({expected.mac}): "
            "the log was rewritten from there on, or replaced"
        )
    return HeadCheck(None, report.head_id - expected.seq)


class HeadExporter:
    """Exports the head at start, every ``audit_head_export_seconds`` when it moved, and
    at stop. Survives its own errors (a full disk is logged, not fatal)."""

    def __init__(self, services: Services) -> None:
        self._services = services
        self._seconds = services.settings.audit_head_export_seconds
        self._task: asyncio.Task[None] | None = None
        self._last: tuple[int, str] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="audit-head-export")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        with contextlib.suppress(Exception):
            await self.export_once()

    async def export_once(self) -> None:
        try:
            head = await current_head(self._services)
        except Exception as exc:  # not migrated yet, or the database is away: /health says so
            log.warning(
                "audit head not exported: the database cannot be read (%s)", type(exc).__name__
            )
            return
        path = self._services.settings.effective_audit_head_file
        if head is None:
            return
        if self._last == (head.seq, head.mac) and path.exists():
            return
        try:
            exported = await export_head(self._services, path)
        except HeadMovedBackError as exc:
            if self._last != (-1, ""):
                log.error("%s Run 'recovery-server verify-audit'.", exc)
            self._last = (-1, "")  # say it once, keep checking
            return
        if exported is not None:
            self._last = (exported.seq, exported.mac)

    async def _run(self) -> None:
        while True:
            try:
                await self.export_once()
            except Exception:
                log.exception("exporting the audit head failed; trying again later")
            await asyncio.sleep(self._seconds)


@dataclass(frozen=True, slots=True)
class Verification:
    """The chain walked, then compared with an exported head (when there is one)."""

    report: ChainReport
    expected: AuditHead | str | None
    head_problem: str | None = None
    appended_since: int = 0

    @property
    def ok(self) -> bool:
        return self.report.ok and self.head_problem is None

    @property
    def problem(self) -> str | None:
        return self.report.problem or self.head_problem


async def verify(services: Services, expected: AuditHead | str | None) -> Verification:
    """Walk the chain under the configured keys, then check it against ``expected``."""
    async with services.read() as session:
        report = await audit.verify_chain(session, services.audit_keys.keyring())
    if not report.ok or expected is None:
        return Verification(report, expected)
    check = await check_against_head(services, report, expected)
    return Verification(report, expected, check.problem, check.appended_since)


async def verify_against_exported_head(services: Services) -> Verification:
    """What the supervisor's "verify" runs: the chain, and the last exported head."""
    try:
        expected = await asyncio.to_thread(
            read_head_file, services.settings.effective_audit_head_file
        )
    except HeadFileError as exc:
        async with services.read() as session:
            report = await audit.verify_chain(session, services.audit_keys.keyring())
        return Verification(report, None, str(exc).rstrip("."))
    return await verify(services, expected)
