"""Opening a recovery case and the requester's first steps.

Opening answers the same way — same fields, same work, same timing — whether or
not the identifier matches an account (check 10), and never changes or locks the
account (check 12). The only message sent is the code to the reply contact the
requester gave, which reveals nothing about the account.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import require
from recovery_app.domain.errors import InvalidInputError, RateLimitedError
from recovery_app.domain.model import CaseKind, CaseState, ChallengeStatus, Method, Subscription
from recovery_app.security import tokens
from recovery_app.services import audit, outbox, rate_limits
from recovery_app.services.case_access import case_for_requester, token_hash
from recovery_app.services.context import Caller, Services
from recovery_app.storage.directory import SqlAccountDirectory, normalize_identifier
from recovery_app.storage.models import Case, Challenge

REPLY_PURPOSE = "reply_contact"
LANGUAGES = ("en", "pl", "de", "fr", "ru")


@dataclass(frozen=True, slots=True)
class OpenedCase:
    reference: str
    token: str  # returned once; only its keyed hash is stored
    state: CaseState


async def _over_limit(session: AsyncSession, key: str, limit: int, now: datetime) -> bool:
    """Count one event for ``key`` in the last hour; True when that goes over ``limit``."""
    return await rate_limits.hit(session, key, now=now, window=timedelta(hours=1)) > limit


async def _check_limits(
    services: Services, identifier_hash: str, reply_hash: str, caller: Caller, now: datetime
) -> None:
    """Per identifier, per reply address and per network address (check 11)."""
    settings = services.settings
    async with services.sessions() as session, session.begin():
        over = [
            await _over_limit(
                session, f"case:id:{identifier_hash}", settings.cases_per_identifier_per_hour, now
            ),
            await _over_limit(
                session, f"code:to:{reply_hash}", settings.codes_per_contact_per_hour, now
            ),
            await _over_limit(
                session,
                f"case:ip:{caller.ip or '-'}",
                settings.requests_per_address_per_hour,
                now,
            ),
        ]
    if any(over):
        raise RateLimitedError(
            "Too many recovery requests were made for this account or from this place in "
            "the last hour. Wait an hour and try again; nothing you did so far is lost."
        )


def folded_identifier(identifier: str) -> str:
    """The identifier as limits count it: compatibility forms, case and spacing folded.

    ``Oliver.Brandt``, `` oliver.brandt `` and ``ＯＬＩＶＥＲ.BRANDT`` are one identifier,
    so spelling variants do not multiply anyone's allowance (check 38). An account's
    e-mail, phone and handle stay separate identifiers on purpose: counting them
    together would let an outsider see that they belong to one account.
    """
    kind, value = normalize_identifier(unicodedata.normalize("NFKC", identifier))
    if kind == "phone":
        return value
    return " ".join(value.casefold().split())


def _normalize_reply(contact: str) -> tuple[str, str]:
    kind, value = normalize_identifier(contact)
    if kind not in ("email", "phone"):
        raise InvalidInputError(
            "Give an e-mail address or a phone number (with country code) we can reply to."
        )
    return kind, value


async def open_case(
    services: Services,
    *,
    kind: CaseKind,
    identifier: str,
    reply_contact: str,
    language: str,
    problem_started_at: datetime | None,
    caller: Caller,
) -> OpenedCase:
    now = services.clock.now()
    normalized = folded_identifier(identifier)
    reply_kind, reply_value = _normalize_reply(reply_contact)
    identifier_hash = tokens.keyed_hash(services.keys.hashing, "identifier", None, normalized)
    reply_hash = tokens.keyed_hash(services.keys.hashing, "contact", None, reply_value)
    await _check_limits(services, identifier_hash, reply_hash, caller, now)

    window_start = now - timedelta(days=services.settings.compromise_window_days)
    if problem_started_at is not None:
        # The person may widen the window ("it started two months ago"), never shrink it.
        window_start = min(window_start, problem_started_at)
    token = tokens.bearer_token()
    reference = tokens.case_reference()
    language = language if language in LANGUAGES else "en"
    code = tokens.numeric_code()
    async with services.write() as session:
        directory = SqlAccountDirectory(session, services.keys, services.box, services.clock)
        account_id = await directory.find(identifier)
        case = Case(
            reference=reference,
            token_hash=token_hash(services.keys, token),
            kind=kind.value,
            state=CaseState.OPENED.value,
            account_id=account_id,
            identifier_hash=identifier_hash,
            language=language,
            tier=Subscription.FREE.value,  # read from the account when support is requested
            compromise_window_start=window_start,
            reply_contact_kind=reply_kind,
            reply_contact=reply_value,
            level=0,
            frozen=False,
            opened_at=now,
            updated_at=now,
            opened_from_ip=caller.ip,
        )
        session.add(case)
        await session.flush()
        await _new_reply_challenge(services, session, case, code, now)
        await audit.append(
            session,
            at=now,
            actor_type="requester",
            actor_id=None,
            action="case.opened",
            case_ref=reference,
            account_id=account_id,
            ip=caller.ip,
            detail={
                "kind": kind.value,
                "language": language,
                "account_found": account_id is not None,
            },
        )
    services.outbox_wakeup.set()
    return OpenedCase(reference, token, CaseState.OPENED)


async def _new_reply_challenge(
    services: Services, session: AsyncSession, case: Case, code: str, now: datetime
) -> Challenge:
    """A code to the reply contact; any older reply code of the case is voided."""
    await _void_pending(session, case.id, Method.EMAIL_CODE, REPLY_PURPOSE)
    await _void_pending(session, case.id, Method.SMS_CODE, REPLY_PURPOSE)
    email = case.reply_contact_kind == "email"
    minutes = services.settings.email_code_minutes if email else services.settings.sms_code_minutes
    challenge = Challenge(
        public_id=tokens.public_id(),
        case_id=case.id,
        method=(Method.EMAIL_CODE if email else Method.SMS_CODE).value,
        purpose=REPLY_PURPOSE,
        code_hash=tokens.keyed_hash(services.keys.hashing, REPLY_PURPOSE, case.id, code),
        status=ChallengeStatus.PENDING.value,
        attempts=0,
        created_at=now,
        expires_at=now + timedelta(minutes=minutes),
    )
    session.add(challenge)
    await session.flush()
    await outbox.enqueue(
        session,
        services.box,
        channel="email" if email else "sms",
        to=case.reply_contact or "",
        template="reply_contact_code",
        language=case.language,
        params={"code": code, "minutes": minutes},
        now=now,
        expires_at=challenge.expires_at,  # retried until the code expires, never after
        case_id=case.id,
        challenge_id=challenge.id,
    )
    return challenge


async def _void_pending(session: AsyncSession, case_id: int, method: Method, purpose: str) -> None:
    await session.execute(
        update(Challenge)
        .where(
            Challenge.case_id == case_id,
            Challenge.method == method.value,
            Challenge.purpose == purpose,
            Challenge.status == ChallengeStatus.PENDING.value,
        )
        .values(status=ChallengeStatus.VOIDED.value)
    )


async def resend_reply_code(services: Services, reference: str, token: str, caller: Caller) -> None:
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        require(CaseState(case.state), frozenset({CaseState.OPENED}), "ask for a new code")
        reply_hash = tokens.keyed_hash(
            services.keys.hashing, "contact", None, case.reply_contact or ""
        )
        if await _over_limit(
            session, f"code:to:{reply_hash}", services.settings.codes_per_contact_per_hour, now
        ):
            raise RateLimitedError(
                "We already sent several codes to this address in the last hour. "
                "Wait a little, check your spam folder, and use the newest code."
            )
        await _new_reply_challenge(services, session, case, tokens.numeric_code(), now)
        await audit.append(
            session,
            at=now,
            actor_type="requester",
            actor_id=None,
            action="case.reply_code_resent",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
        )
    services.outbox_wakeup.set()


async def pending_reply_challenge(session: AsyncSession, case: Case) -> Challenge | None:
    return await session.scalar(
        select(Challenge)
        .where(
            Challenge.case_id == case.id,
            Challenge.purpose == REPLY_PURPOSE,
            Challenge.status == ChallengeStatus.PENDING.value,
        )
        .order_by(Challenge.id.desc())
        .limit(1)
    )
