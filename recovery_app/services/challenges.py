"""Verification challenges: start one, answer it, and recompute the case's level.

Rules (DESIGN §3, checks 1–8): codes of 6 digits from ``secrets``, stored as keyed
hashes bound to the case and purpose; single use; expiry (10 min SMS and app,
30 min e-mail); a newer code voids older ones; 5 wrong answers kill a
challenge. Wrong answers are bounded per account, case and source by refilling
guess budgets (:mod:`recovery_app.services.guess_budgets`), taken before an answer
is evaluated; starting challenges is limited per case, source and account; when a
budget is spent, codes are sent long (80 bits) instead of refused, so no stranger
can lock the owner out (check 37). Only contacts, devices and factors that were on the
account before the compromise window can prove anything; for anything else, and
for cases whose identifier matched no account, a challenge looks the same and
simply never passes.

Wrong answers are *results*, not exceptions: the spent guesses must commit.
"""

from __future__ import annotations

import enum
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import VERIFIABLE, require, transition
from recovery_app.domain.errors import (
    ConflictError,
    InvalidInputError,
    NotFoundError,
    RateLimitedError,
)
from recovery_app.domain.levels import LevelReport, compute_level
from recovery_app.domain.model import CaseState, ChallengeStatus, ContactKind, Level, Method
from recovery_app.security import tokens
from recovery_app.services import audit, guess_budgets, outbox
from recovery_app.services.case_access import case_for_requester
from recovery_app.services.cases import REPLY_PURPOSE
from recovery_app.services.context import Caller, Services
from recovery_app.services.guess_budgets import GuessBudgetSpentError
from recovery_app.services.owner_notices import message_owner
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Case, Challenge

VERIFY_PURPOSE = "verify"
MAX_ATTEMPTS = 5
APP_MINUTES = 10  # TOTP, backup code and device challenges stay open this long
EVIDENCE_HOURS = 72
REQUESTER_METHODS = frozenset(Method) - {Method.DOCUMENT, Method.SELFIE}
CODE_METHODS = frozenset({Method.EMAIL_CODE, Method.SMS_CODE})  # a message carries the code
GUESSED_METHODS = frozenset({Method.TOTP, Method.BACKUP_CODE, Method.KNOWN_DEVICE})
_PHRASE_WORDS = (
    "amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "island",
    "juniper", "kestrel", "lagoon", "meadow", "north", "orchid", "prairie", "quartz",
    "river", "summit", "tundra", "umber", "valley", "willow", "zephyr",
)  # fmt: skip


class Outcome(enum.StrEnum):
    PASSED = "passed"
    WRONG = "wrong"
    LOCKED = "locked"  # this challenge had its five tries, or is closed
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
    if method in CODE_METHODS:
        # A spent budget does not refuse the owner: the code becomes unguessable.
        challenge.long_code = await _budget_spent(services, session, case, now)
        code = tokens.long_code() if challenge.long_code else tokens.numeric_code()
        stored = tokens.normalize_long_code(code) if challenge.long_code else code
        challenge.code_hash = tokens.keyed_hash(
            services.keys.hashing, VERIFY_PURPOSE, case.id, stored
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
        detail={
            "method": method.value,
            "challenge": challenge.public_id,
            "long_code": challenge.long_code,
        },
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
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        require(CaseState(case.state), VERIFIABLE, "start a verification")
        await _check_start_limits(services, session, case, method, caller, now)
        return await start_challenge(services, case, session, method, agent_id=None, caller=caller)


def _who(case: Case) -> str:
    return guess_budgets.subject(case.account_id, case.identifier_hash)


async def has_proven_contact(session: AsyncSession, case: Case) -> bool:
    """True once a code reached the requester at a contact from before the compromise
    window: only the owner (or whoever holds their old inbox or phone) gets that far."""
    passed = await session.scalar(
        select(Challenge.id)
        .where(
            Challenge.case_id == case.id,
            Challenge.purpose == VERIFY_PURPOSE,
            Challenge.status == ChallengeStatus.PASSED.value,
            Challenge.method.in_([m.value for m in CODE_METHODS]),
        )
        .limit(1)
    )
    return passed is not None


async def _answer_pools(
    services: Services, session: AsyncSession, case: Case, ip: str | None
) -> list[guess_budgets.Pool]:
    proven = await has_proven_contact(session, case)
    return guess_budgets.answer_pools(services.settings, _who(case), case.id, proven=proven, ip=ip)


async def _budget_spent(
    services: Services, session: AsyncSession, case: Case, now: datetime
) -> bool:
    """True when the account's or the case's pool cannot take one more wrong answer."""
    pools = (await _answer_pools(services, session, case, None))[:2]  # not the source's
    return any([await guess_budgets.retry_after(session, p, now) > 0 for p in pools])


async def _check_start_limits(
    services: Services,
    session: AsyncSession,
    case: Case,
    method: Method,
    caller: Caller,
    now: datetime,
) -> None:
    """Starting is limited per case, source and account; a factor that is guessed
    (TOTP, backup code, device) also needs a guess left in its pools."""
    proven = await has_proven_contact(session, case)
    guessed = method in GUESSED_METHODS
    if guessed:
        for pool in await _answer_pools(services, session, case, caller.ip):
            wait = await guess_budgets.retry_after(session, pool, now)
            if wait > 0:
                raise GuessBudgetSpentError(_SPENT_START, retry_after=wait)
    starts = guess_budgets.start_pools(
        services.settings, _who(case), case.id, guessable=guessed, proven=proven, ip=caller.ip
    )
    empty = await guess_budgets.take_all(session, starts, now)
    if empty is not None:
        raise RateLimitedError(
            "Too many verifications were started for this case or account just now. "
            "Wait a moment and try again.",
            retry_after=await guess_budgets.retry_after(session, empty, now),
        )


_SPENT_START = (
    "Too many wrong answers were given for this account recently, so this way of proving "
    "it is paused for now. Ask for a code to an e-mail address or phone number that was "
    "on the account before the problem started (it always works), or try again later."
)
_SPENT_ANSWER = (
    "Too many wrong answers were given for this account recently, so this answer was not "
    "checked. Ask for a new code: it will be a longer one that always works, or try again "
    "later."
)


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
    if method in CODE_METHODS:
        given = tokens.normalize_long_code(answer) if challenge.long_code else answer.strip()
        return tokens.matches(
            challenge.code_hash, services.keys.hashing, challenge.purpose, case.id, given
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
        result = await _judge(services, session, case, challenge, answer, now, caller)
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
    caller: Caller,
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
    # Guesses are taken before the answer is evaluated and given back when it was right.
    # The reply-contact code proves the requester's own address, not the account, and a
    # long code cannot be guessed: both have their five tries but spend no pool.
    pools: list[guess_budgets.Pool] = []
    if challenge.purpose == VERIFY_PURPOSE and not challenge.long_code:
        pools = await _answer_pools(services, session, case, caller.ip)
        empty = await guess_budgets.take_all(session, pools, now)
        if empty is not None:
            wait = await guess_budgets.retry_after(session, empty, now)
            raise GuessBudgetSpentError(_SPENT_ANSWER, retry_after=wait)
    moved = await session.execute(  # conditional: parallel answers cannot pass five
        update(Challenge)
        .where(Challenge.id == challenge.id, Challenge.attempts < MAX_ATTEMPTS)
        .values(attempts=Challenge.attempts + 1)
        .returning(Challenge.attempts)
    )
    attempts = moved.scalar()
    await session.refresh(challenge)
    if attempts is None:  # five answers were already evaluated
        await _give_back(session, pools, now)
        challenge.status = ChallengeStatus.LOCKED.value
        return result(Outcome.LOCKED)
    if await _proves(services, session, case, challenge, answer):
        await _give_back(session, pools, now)
        challenge.status = ChallengeStatus.PASSED.value
        challenge.completed_at = now
        await _after_pass(session, case, challenge, now)
        return result(Outcome.PASSED)
    if attempts >= MAX_ATTEMPTS:
        challenge.status = ChallengeStatus.LOCKED.value
        return result(Outcome.LOCKED)
    return result(Outcome.WRONG)


async def _give_back(session: AsyncSession, pools: list[guess_budgets.Pool], now: datetime) -> None:
    for pool in pools:
        await guess_budgets.give_back(session, pool, now)


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
