"""A supervisor sees and clears the guess budgets behind a case (issue 11, check 37).

An attack can empty an account's anonymous pool (it refills by itself within
``guess_refill_hours``); a supervisor who has checked the case can fill it up
at once. Clearing is audited with the reason; the audit row names the pools and
what was left in them, never a code or answer.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.errors import NotFoundError
from recovery_app.services import audit, guess_budgets
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Case

_HOUR = timedelta(hours=1)


def _pools(services: Services, case: Case) -> dict[str, guess_budgets.Pool]:
    """The pools a supervisor may see and clear: the account's and the case's own."""
    settings = services.settings
    who = guess_budgets.subject(case.account_id, case.identifier_hash)
    pools = dict(guess_budgets.account_pools(settings, who))
    if case.account_id is not None:
        pools["sign_in"] = guess_budgets.sign_in_pool(settings, case.account_id)
    pools["case"] = guess_budgets.case_pool(settings, case.id)
    pools["starts_account"] = guess_budgets.Pool(
        f"start:acct:{who}", settings.challenge_starts_per_account_per_hour, _HOUR
    )
    pools["starts_case"] = guess_budgets.Pool(
        f"start:case:{case.id}", settings.challenge_starts_per_case_per_hour, _HOUR
    )
    return pools


async def _case(session: AsyncSession, reference: str) -> Case:
    case = await session.scalar(select(Case).where(Case.reference == reference.strip().upper()))
    if case is None:
        raise NotFoundError("There is no case with this reference.")
    return case


async def budget(services: Services, reference: str) -> list[guess_budgets.PoolState]:
    """How much of each pool is left for the case's account and the case itself."""
    now = services.clock.now()
    async with services.read() as session:
        case = await _case(session, reference)
        return [
            await guess_budgets.state(session, pool, now, name)
            for name, pool in _pools(services, case).items()
        ]


async def clear(
    services: Services, supervisor_id: int, reference: str, reason: str, caller: Caller
) -> list[guess_budgets.PoolState]:
    """Fill every pool of the case's account and of the case up again (audited)."""
    now = services.clock.now()
    async with services.write() as session:
        case = await _case(session, reference)
        pools = _pools(services, case)
        before = {
            name: (await guess_budgets.state(session, pool, now, name)).left
            for name, pool in pools.items()
        }
        await guess_budgets.clear(session, list(pools.values()))
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=supervisor_id,
            action="guess_budget.cleared",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"reason": reason, "left_before": before},
        )
        return [await guess_budgets.state(session, pool, now, name) for name, pool in pools.items()]
