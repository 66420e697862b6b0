"""Who may touch a case: its requester (reference + bearer token) or the agent it is assigned to.

A wrong token, a case that is not yours, a case that does not exist: all the
same 404, so nobody learns which references exist (check 32).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import CLOSED
from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.model import CaseState
from recovery_app.security import tokens
from recovery_app.security.keys import ServerKeys
from recovery_app.storage.models import Case

CASE_TOKEN_PURPOSE = "case_token"  # noqa: S105 - a hash purpose label


def case_not_found() -> NotFoundError:
    return NotFoundError(
        "No case with this reference is open for you. Check the reference, or open a new case."
    )


def token_hash(keys: ServerKeys, token: str) -> str:
    return tokens.keyed_hash(keys.hashing, CASE_TOKEN_PURPOSE, None, token)


async def case_for_requester(
    session: AsyncSession, keys: ServerKeys, reference: str, token: str, *, lock: bool = False
) -> Case:
    query = select(Case).where(Case.reference == reference.strip().upper())
    if lock:
        query = query.with_for_update()
    case = await session.scalar(query)
    if case is None or not tokens.matches(
        case.token_hash, keys.hashing, CASE_TOKEN_PURPOSE, None, token
    ):
        # Same work either way: compare against a dummy when the case is missing.
        raise case_not_found()
    return case


async def case_for_agent(
    session: AsyncSession, reference: str, agent_id: int, *, lock: bool = False
) -> Case:
    """The case, only while it is open and assigned to ``agent_id`` (check 27)."""
    query = select(Case).where(Case.reference == reference.strip().upper())
    if lock:
        query = query.with_for_update()
    case = await session.scalar(query)
    if case is None or case.assigned_agent_id != agent_id or CaseState(case.state) in CLOSED:
        raise NotFoundError(
            "This case is not assigned to you, or it is closed. You can only open cases "
            "assigned to you."
        )
    return case
