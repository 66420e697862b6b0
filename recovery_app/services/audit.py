"""The keyed audit chain: append inside a write transaction, verify the whole chain.

Each row's ``hash`` is HMAC-SHA256, under the audit key named by the row's
``key_id``, over the previous row's ``hash`` and the row's own canonical JSON
(seq, time, actor, action, case, account, address, detail, key id). The keys
are not in the database (``recovery_app.security.audit_keys``), so a party that
can write the database but cannot read a key cannot make a row that verifies:
any edited, deleted, inserted, reordered or forged row breaks the chain from
that row on. The database itself refuses UPDATE, DELETE, REPLACE/UPSERT and any
INSERT that is not the next row of the chain (migration 0008).

Rows written before the chain was keyed (migration 0008) have no ``key_id`` and
a plain SHA-256 chain. The first keyed row, ``audit.chain_started``, follows
them: its MAC covers the last plain hash, so those rows cannot change either.
A chain with no keyed row at all, or with a plain row after a keyed one, fails.

Cut-off ends are caught by the head (last seq, MAC, key id) exported outside
the database (``recovery_app.services.audit_head``).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.security.audit_keys import (
    SESSION_KEYS,
    AuditKeyError,
    AuditKeyring,
    AuditKeySource,
)
from recovery_app.security.redaction import redact_value
from recovery_app.storage.models import AuditEntry

GENESIS = "0" * 64
CHAIN_STARTED = "audit.chain_started"
KEY_ROTATED = "audit.key_rotated"


def _canonical(entry: Mapping[str, Any]) -> str:
    return json.dumps(entry, sort_keys=True, separators=(",", ":"), default=str)


def plain_hash(prev_hash: str, entry: Mapping[str, Any]) -> str:
    """The unkeyed SHA-256 of rows written before migration 0008."""
    return hashlib.sha256(f"{prev_hash}\n{_canonical(entry)}".encode()).hexdigest()


def row_mac(keyring: AuditKeyring, key_id: str, prev_hash: str, entry: Mapping[str, Any]) -> str:
    return keyring.mac(key_id, f"{prev_hash}\n{_canonical(entry)}".encode())


def content(row: AuditEntry) -> dict[str, Any]:
    """What a row's hash covers (the key id only for keyed rows)."""
    entry: dict[str, Any] = {
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
    if row.key_id is not None:
        entry["key_id"] = row.key_id
    return entry


def _jsonable(detail: dict[str, Any]) -> dict[str, Any]:
    """Plain JSON values only (times as ISO 8601), as stored and as hashed."""

    def default(value: object) -> str:
        return value.isoformat() if isinstance(value, datetime) else str(value)

    result: dict[str, Any] = json.loads(json.dumps(detail, default=default))
    return result


async def head(session: AsyncSession) -> AuditEntry | None:
    return await session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))


def _source(session: AsyncSession) -> AuditKeySource:
    source = session.info.get(SESSION_KEYS)
    if not isinstance(source, AuditKeySource):
        raise RuntimeError("audit.append needs a session from Services.write()")
    return source


def _new_row(
    last: AuditEntry | None,
    keyring: AuditKeyring,
    *,
    at: datetime,
    actor_type: str,
    actor_id: str | int | None,
    action: str,
    case_ref: str | None,
    account_id: int | None,
    ip: str | None,
    detail: Mapping[str, Any] | None,
) -> AuditEntry:
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
        key_id=keyring.current_id,
        hash="",
    )
    row.hash = row_mac(keyring, keyring.current_id, row.prev_hash, content(row))
    return row


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
    named like a secret is stored as "[redacted]". On an empty log, or one that
    ends in rows from before the keyed chain, an ``audit.chain_started`` row
    comes first.
    """
    keyring = _source(session).keyring()
    last = await head(session)
    if last is None or last.key_id is None:
        last = await _start(session, keyring, last, at)
    row = _new_row(
        last,
        keyring,
        at=at,
        actor_type=actor_type,
        actor_id=actor_id,
        action=action,
        case_ref=case_ref,
        account_id=account_id,
        ip=ip,
        detail=detail,
    )
    session.add(row)
    await session.flush()
    return row


async def _start(
    session: AsyncSession, keyring: AuditKeyring, last: AuditEntry | None, at: datetime
) -> AuditEntry:
    legacy = await session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    row = _new_row(
        last,
        keyring,
        at=at,
        actor_type="system",
        actor_id=None,
        action=CHAIN_STARTED,
        case_ref=None,
        account_id=None,
        ip=None,
        detail={"unkeyed_rows_before": legacy},
    )
    session.add(row)
    await session.flush()
    return row


async def start_chain(session: AsyncSession, at: datetime) -> AuditEntry | None:
    """Write ``audit.chain_started`` if the log is empty or ends in unkeyed rows.

    Called when a server starts, so a log that has ever been served is never empty."""
    keyring = _source(session).keyring()
    last = await head(session)
    if last is not None and last.key_id is not None:
        return None
    return await _start(session, keyring, last, at)


@dataclass(frozen=True, slots=True)
class ChainReport:
    """Result of a verification: ``first_bad_id`` is None when the chain holds.

    ``head_hash``/``head_id``/``head_key_id`` describe the last row that chains."""

    rows: int
    head_hash: str
    first_bad_id: int | None = None
    problem: str | None = None
    head_id: int = 0
    head_key_id: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None and self.problem is None


async def _rows(session: AsyncSession) -> AsyncIterator[AuditEntry]:
    result = await session.stream_scalars(select(AuditEntry).order_by(AuditEntry.id))
    async for row in result:
        yield row


async def verify_chain(session: AsyncSession, keyring: AuditKeyring) -> ChainReport:
    """Walk the log in seq order and name the first row that does not chain.

    An empty log, or one without a keyed row, is a failure: nothing in it is protected."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    head_key: str | None = None
    keyed = False

    def broken(bad_id: int, problem: str) -> ChainReport:
        return ChainReport(count, prev_hash, bad_id, problem, expected_id - 1, head_key)

    async for row in _rows(session):
        count += 1
        if row.id != expected_id:
            return broken(expected_id, f"row {expected_id} is missing (next row is {row.id})")
        if row.prev_hash != prev_hash:
            return broken(row.id, f"row {row.id} does not follow the row before it")
        if row.key_id is None:
            if keyed:
                return broken(row.id, f"row {row.id} has no audit key id after keyed rows")
            if plain_hash(prev_hash, content(row)) != row.hash:
                return broken(row.id, f"row {row.id} was changed")
        else:
            if keyring.key(row.key_id) is None:
                return broken(
                    row.id,
                    f"row {row.id} names the audit key '{row.key_id}', which is not "
                    "configured (forged, or a key was removed from the key file)",
                )
            if not hmac.compare_digest(
                row_mac(keyring, row.key_id, prev_hash, content(row)), row.hash
            ):
                return broken(
                    row.id,
                    f"row {row.id} was changed or forged (its MAC does not match "
                    f"the audit key '{row.key_id}')",
                )
            keyed = True
        prev_hash, expected_id, head_key = row.hash, row.id + 1, row.key_id
    if count == 0:
        return ChainReport(0, GENESIS, None, "the audit log is empty")
    if not keyed:
        return ChainReport(
            count,
            prev_hash,
            None,
            "the audit log has no keyed row: start the server once so it seals the "
            "older rows with audit.chain_started",
            expected_id - 1,
            None,
        )
    return ChainReport(count, prev_hash, head_id=expected_id - 1, head_key_id=head_key)


__all__ = [
    "CHAIN_STARTED",
    "GENESIS",
    "KEY_ROTATED",
    "AuditKeyError",
    "ChainReport",
    "append",
    "content",
    "head",
    "plain_hash",
    "row_mac",
    "start_chain",
    "verify_chain",
]
