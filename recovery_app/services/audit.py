"""The hash-chained audit log: append inside a write transaction, verify the whole chain.

Each row's hash is SHA-256 over the previous row's hash and the row's own
canonical JSON (id, time, actor, action, case, account, address, detail). Any
edited, deleted, inserted or reordered row breaks the chain from that row on.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.security.redaction import redact_value
from recovery_app.storage.models import AuditEntry

GENESIS = "0" * 64


def row_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    canonical = json.dumps(entry, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(f"{prev_hash}\n{canonical}".encode()).hexdigest()


def _content(row: AuditEntry) -> dict[str, Any]:
    return {
        "id": row.id,
        "at": row.at.isoformat(),
        "actor_type": row.actor_type,
        "actor_id": row.actor_id,
        "action": row.action,
        "case_ref": row.case_ref,
        "account_id": row.account_id,
        "ip": row.ip,
        "detail": row.detail,
    }


def _jsonable(detail: dict[str, Any]) -> dict[str, Any]:
    """Plain JSON values only (times as ISO 8601), as stored and as hashed."""

    def default(value: object) -> str:
        return value.isoformat() if isinstance(value, datetime) else str(value)

    result: dict[str, Any] = json.loads(json.dumps(detail, default=default))
    return result


async def head(session: AsyncSession) -> AuditEntry | None:
    return await session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))


async def append(
    session: AsyncSession,
    *,
    at: datetime,
    actor_type: str,
    actor_id: str | int | None,
    action: str,
    case_ref: str | None = None,
    account_id: int | None = None,
    ip: str | None = None,
    detail: Mapping[str, Any] | None = None,
) -> AuditEntry:
    """Append one row. Call inside ``Services.write()`` so the head cannot move meanwhile.

    ``detail`` passes through the log redaction rules as a last guard: a field
    named like a secret is stored as "[redacted]".
    """
    last = await head(session)
    row = AuditEntry(
        id=(last.id + 1) if last else 1,
        at=at,
        actor_type=actor_type,
        actor_id=str(actor_id) if actor_id is not None else None,
        action=action,
        case_ref=case_ref,
        account_id=account_id,
        ip=ip,
        detail=_jsonable({k: redact_value(k, v) for k, v in (detail or {}).items()}),
        prev_hash=last.hash if last else GENESIS,
        hash="",
    )
    row.hash = row_hash(row.prev_hash, _content(row))
    session.add(row)
    await session.flush()
    return row


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Result of a verification: ``first_bad_id`` is None when the chain holds."""

    rows: int
    head_hash: str
    first_bad_id: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


async def _rows(session: AsyncSession) -> AsyncIterator[AuditEntry]:
    result = await session.stream_scalars(select(AuditEntry).order_by(AuditEntry.id))
    async for row in result:
        yield row


async def verify_chain(session: AsyncSession) -> ChainReport:
    """Walk the log in id order and name the first row that does not chain."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    async for row in _rows(session):
        count += 1
        if row.id != expected_id:
            return ChainReport(
                count,
                prev_hash,
                expected_id,
                f"row {expected_id} is missing (next row is {row.id})",
            )
        if row.prev_hash != prev_hash:
            return ChainReport(
                count, prev_hash, row.id, f"row {row.id} does not follow the row before it"
            )
        if row_hash(prev_hash, _content(row)) != row.hash:
            return ChainReport(count, prev_hash, row.id, f"row {row.id} was changed")
        prev_hash, expected_id = row.hash, row.id + 1
    return ChainReport(count, prev_hash)
