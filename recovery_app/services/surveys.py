"""The satisfaction survey at close: "Was your access restored?", a rating and a comment.

It can be answered once per case, by its requester, once the case is closed
(restored, rejected or abandoned) or while the account is being restored. The
answer is stored in ``surveys`` and a system message (kind ``survey``,
``{"event": "survey_answered", "access_restored": ..., "rating": ...}``) records it
in the chat; the comment itself stays out of the chat.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from recovery_app.domain.case_flow import CLOSED
from recovery_app.domain.errors import ConflictError, InvalidInputError
from recovery_app.domain.model import CaseState
from recovery_app.security import tokens
from recovery_app.services import audit, messages
from recovery_app.services.case_access import case_for_requester
from recovery_app.services.chat_posts import (
    clean_text,
    conversation_channel,
    publish,
    system_body,
)
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Case, Survey

ANSWERABLE = CLOSED | frozenset({CaseState.RESTORING})
MAX_COMMENT = 2000


@dataclass(frozen=True, slots=True)
class SurveyAnswer:
    access_restored: bool
    rating: int  # 1..5
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class SurveyStatus:
    answered: bool
    can_answer: bool
    answered_at: datetime | None = None
    access_restored: bool | None = None
    rating: int | None = None


def _status(case: Case, survey: Survey | None) -> SurveyStatus:
    if survey is None:
        return SurveyStatus(answered=False, can_answer=CaseState(case.state) in ANSWERABLE)
    return SurveyStatus(
        answered=True,
        can_answer=False,
        answered_at=survey.answered_at,
        access_restored=survey.access_restored,
        rating=survey.rating,
    )


async def status(services: Services, reference: str, token: str) -> SurveyStatus:
    """Whether the requester answered the survey of their case, and whether they can now."""
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        return _status(case, await session.get(Survey, case.id))


async def answer(
    services: Services, reference: str, token: str, given: SurveyAnswer, caller: Caller
) -> SurveyStatus:
    """Store the requester's answer (once; 409 after) and note it in the chat."""
    if not 1 <= given.rating <= 5:
        raise InvalidInputError("Rate from 1 (bad) to 5 (very good).")
    comment = clean_text(given.comment or "", MAX_COMMENT) or None
    now = services.clock.now()
    try:
        async with services.write() as session:
            case = await case_for_requester(session, services.keys, reference, token)
            if await session.get(Survey, case.id) is not None:
                raise _already_answered()
            if CaseState(case.state) not in ANSWERABLE:
                raise ConflictError(
                    "The survey opens when your case is finished. Thank you for waiting."
                )
            survey = Survey(
                case_id=case.id,
                access_restored=given.access_restored,
                rating=given.rating,
                comment=comment,
                answered_at=now,
            )
            session.add(survey)
            await session.flush()
            stored = await messages.append(
                session,
                case,
                sender=messages.SYSTEM,
                client_id=f"survey:{tokens.public_id()}",
                kind="survey",
                body=system_body(
                    "survey_answered",
                    {"access_restored": given.access_restored, "rating": given.rating},
                ),
                now=now,
            )
            await audit.append(
                session,
                at=now,
                actor_type="requester",
                actor_id=None,
                action="survey.answered",
                case_ref=case.reference,
                account_id=case.account_id,
                ip=caller.ip,
                detail={"access_restored": given.access_restored, "rating": given.rating},
            )
            result = _status(case, survey)
            event = stored.event(case.reference)
    except IntegrityError:  # answered by a parallel request in another process
        raise _already_answered() from None
    await publish(services, conversation_channel(stored.message.conversation_id), event)
    return result


def _already_answered() -> ConflictError:
    return ConflictError("You have already answered the survey for this case. Thank you!")
