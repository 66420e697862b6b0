"""ID documents and selfies: upload by the requester, masked review and decision by an agent.

Files are type-checked from their content (not the name or the declared type),
images are checked for their pixel count from the header and decoded and
re-encoded without metadata in a bounded child process (``image_pool``, check
41), everything is stored encrypted, agents
see a blurred copy until they reveal the original with a reason (audited,
check 28), and files are deleted after the decision plus a short retention
(check 35).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import VERIFIABLE, require
from recovery_app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from recovery_app.domain.model import CaseState, ChallengeStatus, Method
from recovery_app.security import tokens
from recovery_app.security.crypto import SecretBox
from recovery_app.services import audit
from recovery_app.services.case_access import case_for_agent, case_for_requester
from recovery_app.services.challenges import level_report
from recovery_app.services.context import Caller, Services
from recovery_app.services.image_decoding import (
    JPEG,
    PDF,
    PNG,
    FileTooLargeError,
    UnsupportedFileError,
    reencode_evidence,
)
from recovery_app.storage.models import Case, Challenge, Evidence

_SIGNATURES = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG), (b"%PDF-", PDF))


@dataclass(frozen=True, slots=True)
class EvidenceFile:
    content_type: str
    data: bytes


def sniff(data: bytes) -> str | None:
    """The real type of ``data`` from its first bytes, or None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def _folder(services: Services) -> Path:
    folder = services.settings.data_dir / "evidence"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _write(box: SecretBox, path: Path, data: bytes) -> None:
    path.write_bytes(box.encrypt_bytes(data))
    path.chmod(0o600)


async def upload(
    services: Services,
    reference: str,
    token: str,
    challenge_id: str,
    data: bytes,
    caller: Caller,
) -> str:
    """Store a document or selfie for review; returns the evidence id."""
    if len(data) > services.settings.max_upload_bytes:
        raise FileTooLargeError(
            f"The file is larger than {services.settings.max_upload_bytes // (1024 * 1024)} MB. "
            "Take a smaller photo or scan."
        )
    kind = sniff(data)
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        challenge = await _evidence_challenge(session, case, challenge_id)
        method = Method(challenge.method)
    if kind is None or (method is Method.SELFIE and kind == PDF):
        wanted = "a photo (JPEG or PNG)" if method is Method.SELFIE else "a photo or a PDF scan"
        raise UnsupportedFileError(f"This file is not {wanted}. Choose another file.")
    if kind == PDF:
        clean, masked = data, None
    else:  # pixel limit from the header, then a bounded child process (check 41)
        clean, masked = await services.images.run(reencode_evidence, data)
    public_id = tokens.public_id()
    folder = _folder(services)
    path, masked_path = folder / f"{public_id}.bin", folder / f"{public_id}.masked.bin"
    await asyncio.to_thread(_write, services.box, path, clean)
    if masked is not None:
        await asyncio.to_thread(_write, services.box, masked_path, masked)
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        require_open = await _evidence_challenge(session, case, challenge_id)
        session.add(
            Evidence(
                public_id=public_id,
                case_id=case.id,
                challenge_id=require_open.id,
                kind=method.value,
                content_type=JPEG if kind != PDF else PDF,
                size=len(clean),
                path=str(path),
                masked_path=str(masked_path) if masked is not None else None,
                uploaded_at=now,
            )
        )
        await audit.append(
            session,
            at=now,
            actor_type="requester",
            actor_id=None,
            action="evidence.uploaded",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"evidence": public_id, "kind": method.value, "bytes": len(clean)},
        )
    return public_id


async def _evidence_challenge(session: AsyncSession, case: Case, challenge_id: str) -> Challenge:
    require(CaseState(case.state), VERIFIABLE, "send a document")
    challenge = await session.scalar(
        select(Challenge).where(Challenge.case_id == case.id, Challenge.public_id == challenge_id)
    )
    if challenge is None or Method(challenge.method) not in (Method.DOCUMENT, Method.SELFIE):
        raise NotFoundError("There is no document or selfie step with this id in your case.")
    if challenge.status != ChallengeStatus.PENDING.value:
        raise ConflictError("This step is finished. Ask for a new one if you need to send again.")
    return challenge


async def read_for_agent(
    services: Services,
    agent_id: int,
    reference: str,
    evidence_id: str,
    *,
    reveal_reason: str | None,
    caller: Caller,
) -> EvidenceFile:
    """The masked copy; the original only with a reason, and every reveal is audited."""
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        evidence = await session.scalar(
            select(Evidence).where(Evidence.case_id == case.id, Evidence.public_id == evidence_id)
        )
        if evidence is None or evidence.path is None:
            raise NotFoundError("This document is not (or no longer) stored.")
        if reveal_reason is None:
            if evidence.masked_path is None:
                raise ConflictError("PDF documents have no masked preview; reveal with a reason.")
            path, content_type = evidence.masked_path, JPEG
        else:
            if len(reveal_reason.strip()) < 10:
                raise InvalidInputError("Say in a sentence why you need to see the original.")
            path, content_type = evidence.path, evidence.content_type
            await audit.append(
                session,
                at=now,
                actor_type="agent",
                actor_id=agent_id,
                action="evidence.revealed",
                case_ref=case.reference,
                account_id=case.account_id,
                ip=caller.ip,
                detail={"evidence": evidence_id, "reason": reveal_reason.strip()[:500]},
            )
    data = await asyncio.to_thread(Path(path).read_bytes)
    return EvidenceFile(content_type, services.box.decrypt_bytes(data))


async def decide(
    services: Services,
    agent_id: int,
    reference: str,
    evidence_id: str,
    *,
    approve: bool,
    reason: str,
    caller: Caller,
) -> int:
    """Approve or reject; the challenge passes or fails and the level is recomputed."""
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        evidence = await session.scalar(
            select(Evidence).where(Evidence.case_id == case.id, Evidence.public_id == evidence_id)
        )
        if evidence is None:
            raise NotFoundError("This document does not belong to the case.")
        if evidence.decision is not None:
            raise ConflictError("This document was already decided.")
        challenge = await session.get(Challenge, evidence.challenge_id)
        assert challenge is not None
        evidence.decision = "approved" if approve else "rejected"
        evidence.decision_reason = reason.strip()[:1000]
        evidence.decided_by_agent_id = agent_id
        evidence.decided_at = now
        evidence.delete_after = now + timedelta(days=services.settings.evidence_retention_days)
        challenge.status = (ChallengeStatus.PASSED if approve else ChallengeStatus.FAILED).value
        challenge.completed_at = now
        await session.flush()
        case.level = int((await level_report(session, case)).level)
        case.updated_at = now
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent_id,
            action=f"evidence.{evidence.decision}",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"evidence": evidence_id, "kind": evidence.kind, "level": case.level},
        )
        return case.level


async def purge_expired(services: Services) -> int:
    """Delete evidence files whose retention after the decision has passed."""
    now = services.clock.now()
    async with services.write() as session:
        due = (
            await session.scalars(
                select(Evidence).where(Evidence.delete_after <= now, Evidence.deleted_at.is_(None))
            )
        ).all()
        for evidence in due:
            for path in (evidence.path, evidence.masked_path):
                if path:
                    await asyncio.to_thread(Path(path).unlink, missing_ok=True)
            evidence.path = None
            evidence.masked_path = None
            evidence.deleted_at = now
            await audit.append(
                session,
                at=now,
                actor_type="system",
                actor_id=None,
                action="evidence.deleted",
                detail={"evidence": evidence.public_id},
            )
        return len(due)
