"""Verification challenges: start one, answer it, and recompute the case's level.

Rules (DESIGN §3, checks 1–8): codes of 6 digits from ``secrets``, stored as keyed
hashes bound to the case and purpose; single use; expiry (10 min SMS and app,
30 min e-mail); a newer code voids older ones; 5 wrong answers kill a
challenge; at most 100 failures per account across everything, counted with an
atomic conditional UPDATE. Only contacts, devices and factors that were on the
account before the compromise window can prove anything; for anything else, and
for cases whose identifier matched no account, a challenge looks the same and
simply never passes.

Wrong answers are *results*, not exceptions: the failure counts must commit.
"""

from __future__ import annotations

import enum
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import VERIFIABLE, require, transition
from recovery_app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from recovery_app.domain.levels import LevelReport, compute_level
from recovery_app.domain.model import CaseState, ChallengeStatus, ContactKind, Level, Method
from recovery_app.security import tokens
from recovery_app.services import audit, outbox
from recovery_app.services.case_access import case_for_requester
from recovery_app.services.cases import REPLY_PURPOSE
from recovery_app.services.context import Caller, Services
from recovery_app.services.owner_notices import message_owner
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Case, Challenge

VERIFY_PURPOSE = "verify"
MAX_ATTEMPTS = 5
ACCOUNT_FAILURE_CAP = 100
APP_MINUTES = 10  # TOTP, backup code and device challenges stay open this long
EVIDENCE_HOURS = 72
REQUESTER_METHODS = frozenset(Method) - {Method.DOCUMENT, Method.SELFIE}
CODE_METHODS = frozenset({Method.EMAIL_CODE, Method.SMS_CODE})  # a message carries the code
_PHRASE_WORDS = (
    "amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "island",
    "juniper", "kestrel", "lagoon", "meadow", "north", "orchid", "prairie", "quartz",
    "river", "summit", "tundra", "umber", "valley", "willow", "zephyr",
)  # fmt: skip


class Outcome(enum.StrEnum):
    PASSED = "passed"
    WRONG = "wrong"
    LOCKED = "locked"  # this challenge, or the account's failure budget, is used up
    EXPIRED = "expired"


@dataclass(frozen=True, slots=True)
class StartedChallenge:
    public_id: str
    method: Method
    expires_at: datetime
    phrase: str | None  # selfie challenges: what to hold up, written on paper


@dataclass(frozen=True, slots=True)
class AnswerResult:
    outcome: Outcome
    attempts_left: int
    level: Level
    state: CaseState


def _minutes_for(services: Services, method: Method) -> float:
    if method is Method.EMAIL_CODE:
        return services.settings.email_code_minutes
    if method is Method.SMS_CODE:
        return services.settings.sms_code_minutes
    if method in (Method.DOCUMENT, Method.SELFIE):
        return EVIDENCE_HOURS * 60
    return APP_MINUTES


def selfie_phrase() -> str:
    words = [secrets.choice(_PHRASE_WORDS) for _ in range(2)]
    return f"{words[0]}-{words[1]}-{secrets.randbelow(90) + 10}".upper()


async def start_challenge(
    services: Services,
    case: Case,
    session: AsyncSession,
    method: Method,
    *,
    agent_id: int | None,
    caller: Caller,
) -> StartedChallenge:
    """Create a challenge for ``case`` (in the caller's write transaction)."""
    require(CaseState(case.state), VERIFIABLE, "start a verification")
    if case.frozen:
        raise ConflictError("This case is frozen for review; verification is paused.")
    now = services.clock.now()
    await session.execute(  # a newer challenge of the same method voids older ones
        update(Challenge)
        .where(
            Challenge.case_id == case.id,
            Challenge.method == method.value,
            Challenge.purpose == VERIFY_PURPOSE,
            Challenge.status == ChallengeStatus.PENDING.value,
        )
        .values(status=ChallengeStatus.VOIDED.value)
    )
    minutes = _minutes_for(services, method)
    challenge = Challenge(
        public_id=tokens.public_id(),
        case_id=case.id,
        method=method.value,
        purpose=VERIFY_PURPOSE,
        status=ChallengeStatus.PENDING.value,
        attempts=0,
        started_by_agent_id=agent_id,
        created_at=now,
        expires_at=now + timedelta(minutes=minutes),
        phrase=selfie_phrase() if method is Method.SELFIE else None,
    )
    code = None
    if method in (Method.EMAIL_CODE, Method.SMS_CODE):
        code = tokens.numeric_code()
        challenge.code_hash = tokens.keyed_hash(
            services.keys.hashing, VERIFY_PURPOSE, case.id, code
        )
    session.add(challenge)
    await session.flush()
    if code is not None:  # after the flush: the messages name the challenge they carry
        await _send_code(services, session, case, challenge, code, int(minutes), now)
    await audit.append(
        session,
        at=now,
        actor_type="agent" if agent_id else "requester",
        actor_id=agent_id,
        action="challenge.started",
        case_ref=case.reference,
        account_id=case.account_id,
        ip=caller.ip,
        detail={"method": method.value, "challenge": challenge.public_id},
    )
    services.outbox_wakeup.set()
    return StartedChallenge(challenge.public_id, method, challenge.expires_at, challenge.phrase)


async def _send_code(
    services: Services,
    session: AsyncSession,
    case: Case,
    challenge: Challenge,
    code: str,
    minutes: int,
    now: datetime,
) -> None:
    """Send the code to every eligible contact, retried until the code expires. With no
    account or no such contact, a decoy stands in, so the delivery state the requester
    reads is the same either way (check 10)."""
    kind = ContactKind.EMAIL if challenge.method == Method.EMAIL_CODE else ContactKind.PHONE
    sent = 0
    if case.account_id is not None:
        sent = await message_owner(
            services,
            session,
            case,
            "verification_code",
            now,
            kinds=(kind,),
            expires_at=challenge.expires_at,
            challenge_id=challenge.id,
            code=code,
            minutes=minutes,
        )
    if sent == 0:
        await outbox.enqueue_decoy(
            session,
            channel="email" if kind is ContactKind.EMAIL else "sms",
            now=now,
            expires_at=challenge.expires_at,
            case_id=case.id,
            challenge_id=challenge.id,
        )


async def start_by_requester(
    services: Services, reference: str, token: str, method: Method, caller: Caller
) -> StartedChallenge:
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        return await start_challenge(services, case, session, method, agent_id=None, caller=caller)


async def _challenge(session: AsyncSession, case: Case, public_id: str) -> Challenge:
    challenge = await session.scalar(
        select(Challenge).where(Challenge.case_id == case.id, Challenge.public_id == public_id)
    )
    if challenge is None:
        raise NotFoundError("This verification does not exist for your case. Start a new one.")
    return challenge


async def _proves(
    services: Services, session: AsyncSession, case: Case, challenge: Challenge, answer: str
) -> bool:
    method = Method(challenge.method)
    if method in (Method.EMAIL_CODE, Method.SMS_CODE):
        return tokens.matches(
            challenge.code_hash, services.keys.hashing, challenge.purpose, case.id, answer.strip()
        )
    if case.account_id is None:
        return False
    directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
    facts = await directory.facts(case.account_id)
    window = case.compromise_window_start
    if method is Method.TOTP:
        # An authenticator enrolled inside the window may be the attacker's: it proves nothing.
        enrolled = facts.totp_enrolled_at
        return bool(enrolled and enrolled < window) and await directory.check_totp(
            case.account_id, answer
        )
    if method is Method.BACKUP_CODE:
        return await directory.use_backup_code(case.account_id, answer, before=window)
    if method is Method.KNOWN_DEVICE:
        return await directory.check_device(case.account_id, answer, before=window)
    raise InvalidInputError("Documents and selfies are reviewed by an agent, not answered.")


async def answer_challenge(
    services: Services,
    reference: str,
    token: str,
    public_id: str,
    answer: str,
    caller: Caller,
) -> AnswerResult:
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        challenge = await _challenge(session, case, public_id)
        if Method(challenge.method) in (Method.DOCUMENT, Method.SELFIE):
            raise InvalidInputError("Upload a photo for this step; an agent will review it.")
        allowed = (
            frozenset({CaseState.OPENED}) if challenge.purpose == REPLY_PURPOSE else VERIFIABLE
        )
        require(CaseState(case.state), allowed, "answer this verification")
        result = await _judge(services, session, case, challenge, answer, now)
        await audit.append(
            session,
            at=now,
            actor_type="requester",
            actor_id=None,
            action=f"challenge.{result.outcome.value}",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={
                "method": challenge.method,
                "purpose": challenge.purpose,
                "challenge": challenge.public_id,
                "attempts": challenge.attempts,
            },
        )
        return result


async def _judge(
    services: Services,
    session: AsyncSession,
    case: Case,
    challenge: Challenge,
    answer: str,
    now: datetime,
) -> AnswerResult:
    def result(outcome: Outcome) -> AnswerResult:
        left = max(0, MAX_ATTEMPTS - challenge.attempts)
        return AnswerResult(outcome, left, Level(case.level), CaseState(case.state))

    status = ChallengeStatus(challenge.status)
    if status is ChallengeStatus.PENDING and now >= challenge.expires_at:
        challenge.status = ChallengeStatus.EXPIRED.value
        return result(Outcome.EXPIRED)
    if status in (ChallengeStatus.EXPIRED, ChallengeStatus.VOIDED):
        return result(Outcome.EXPIRED)
    if status is not ChallengeStatus.PENDING:
        return result(Outcome.LOCKED)
    directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
    # The reply-contact code proves the requester's own address, not the account: it has
    # its own five tries but does not touch the account's failure budget.
    account_id = case.account_id if challenge.purpose == VERIFY_PURPOSE else None
    if account_id is not None and await directory.failures(account_id) >= ACCOUNT_FAILURE_CAP:
        challenge.status = ChallengeStatus.LOCKED.value
        return result(Outcome.LOCKED)
    if await _proves(services, session, case, challenge, answer):
        challenge.status = ChallengeStatus.PASSED.value
        challenge.completed_at = now
        await _after_pass(session, case, challenge, now)
        return result(Outcome.PASSED)
    return await _count_failure(session, directory, account_id, challenge, result)


async def _count_failure(
    session: AsyncSession,
    directory: SqlAccountDirectory,
    account_id: int | None,
    challenge: Challenge,
    result: Callable[[Outcome], AnswerResult],
) -> AnswerResult:
    # Both counters move with conditional UPDATEs, so parallel guesses cannot overshoot.
    moved = await session.execute(
        update(Challenge)
        .where(Challenge.id == challenge.id, Challenge.attempts < MAX_ATTEMPTS)
        .values(attempts=Challenge.attempts + 1)
        .returning(Challenge.attempts)
    )
    attempts = moved.scalar()
    await session.refresh(challenge)
    within_budget = True
    if account_id is not None:
        within_budget = await directory.add_failure(account_id, ACCOUNT_FAILURE_CAP)
    if attempts is None or attempts >= MAX_ATTEMPTS or not within_budget:
        challenge.status = ChallengeStatus.LOCKED.value
        return result(Outcome.LOCKED)
    return result(Outcome.WRONG)


async def _after_pass(
    session: AsyncSession, case: Case, challenge: Challenge, now: datetime
) -> None:
    if challenge.purpose == REPLY_PURPOSE:
        case.reply_contact_verified_at = now
        case.state = transition(CaseState(case.state), CaseState.VERIFYING).value
    else:
        case.level = int((await level_report(session, case)).level)
    case.updated_at = now


async def level_report(session: AsyncSession, case: Case) -> LevelReport:
    """Recompute the level from this case's passed verification challenges."""
    if case.account_id is None:
        return compute_level([])
    methods = await session.scalars(
        select(Challenge.method).where(
            Challenge.case_id == case.id,
            Challenge.purpose == VERIFY_PURPOSE,
            Challenge.status == ChallengeStatus.PASSED.value,
        )
    )
    return compute_level(Method(m) for m in methods)
