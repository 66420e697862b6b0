"""Routes for people recovering an account: open a case, prove who they are, ask for help."""

from __future__ import annotations

import html
from typing import Annotated

from fastapi import APIRouter, File, UploadFile
from fastapi.responses import HTMLResponse

from recovery_app.domain.levels import LevelReport
from recovery_app.domain.model import Method
from recovery_app.schemas.cases import (
    AnswerIn,
    AnswerOut,
    CaseStatusOut,
    ChallengeOut,
    EvidenceOut,
    LevelOut,
    OpenCaseIn,
    OpenCaseOut,
    PendingStepOut,
    StartChallengeIn,
)
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.requester import CallerDep, CaseToken
from recovery_app.server.problems import ProblemError, problem_openapi
from recovery_app.services import cases, challenges, evidence, requester, restore
from recovery_app.services.challenges import CODE_METHODS, Outcome

router = APIRouter(tags=["cases"])
_CASE_ERRORS = problem_openapi(404, 409, 422, 429)


def level_out(report: LevelReport) -> LevelOut:
    return LevelOut(
        level=int(report.level),
        proofs=sorted(report.possession_kinds),
        document_approved=report.document_approved,
        selfie_approved=report.selfie_approved,
    )


def _status_out(status: requester.CaseStatus) -> CaseStatusOut:
    case = status.case
    return CaseStatusOut(
        reference=case.reference,
        kind=case.kind,
        state=case.state,
        reply_contact_verified=case.reply_contact_verified_at is not None,
        tier=case.tier,
        verification=level_out(status.report),
        pending=[
            PendingStepOut(
                id=p.id,
                method=p.method,
                purpose=p.purpose,
                expires_at=p.expires_at,
                phrase=p.phrase,
                started_by_agent=p.by_agent,
                delivery=p.delivery,
            )
            for p in status.pending
        ],
        frozen=case.frozen,
    )


@router.post(
    "/cases", status_code=201, response_model=OpenCaseOut, responses=problem_openapi(422, 429)
)
async def open_case(body: OpenCaseIn, state: StateDep, caller: CallerDep) -> OpenCaseOut:
    """Open a case. The answer is the same whether or not the account exists."""
    opened = await cases.open_case(
        state.services,
        kind=body.kind,
        identifier=body.identifier,
        reply_contact=body.reply_contact,
        language=body.language,
        problem_started_at=body.problem_started_at,
        caller=caller,
    )
    return OpenCaseOut(reference=opened.reference, token=opened.token, state=opened.state)


@router.get("/cases/{reference}", response_model=CaseStatusOut, responses=_CASE_ERRORS)
async def case_status(reference: str, token: CaseToken, state: StateDep) -> CaseStatusOut:
    return _status_out(await requester.status(state.services, reference, token))


@router.post("/cases/{reference}/reply-contact/resend", status_code=204, responses=_CASE_ERRORS)
async def resend_reply_code(
    reference: str, token: CaseToken, state: StateDep, caller: CallerDep
) -> None:
    await cases.resend_reply_code(state.services, reference, token, caller)


@router.post(
    "/cases/{reference}/challenges",
    status_code=201,
    response_model=ChallengeOut,
    responses=_CASE_ERRORS,
)
async def start_challenge(
    reference: str, body: StartChallengeIn, token: CaseToken, state: StateDep, caller: CallerDep
) -> ChallengeOut:
    started = await challenges.start_by_requester(
        state.services, reference, token, Method(body.method), caller
    )
    return ChallengeOut(
        id=started.public_id,
        method=started.method,
        expires_at=started.expires_at,
        phrase=started.phrase,
        delivery="queued" if started.method in CODE_METHODS else None,
    )


@router.post(
    "/cases/{reference}/challenges/{challenge_id}/answer",
    response_model=AnswerOut,
    responses=_CASE_ERRORS,
)
async def answer_challenge(
    reference: str,
    challenge_id: str,
    body: AnswerIn,
    token: CaseToken,
    state: StateDep,
    caller: CallerDep,
) -> AnswerOut:
    """Answer a code, TOTP, backup code or device token. A wrong answer still counts."""
    result = await challenges.answer_challenge(
        state.services, reference, token, challenge_id, body.answer, caller
    )
    if result.outcome is Outcome.LOCKED:
        raise ProblemError(
            423,
            "challenge_locked",
            "Too many wrong answers",
            "This verification is locked after too many wrong answers. Start a new one, "
            "or choose another way to prove it is you.",
        )
    if result.outcome is Outcome.EXPIRED:
        raise ProblemError(
            410,
            "challenge_expired",
            "Code expired",
            "This code has expired or was replaced by a newer one. Ask for a new code.",
        )
    return AnswerOut(
        outcome=result.outcome.value,
        attempts_left=result.attempts_left,
        level=int(result.level),
        state=result.state,
    )


@router.post(
    "/cases/{reference}/challenges/{challenge_id}/evidence",
    status_code=201,
    response_model=EvidenceOut,
    responses=problem_openapi(404, 409, 413, 415, 422),
)
async def upload_evidence(
    reference: str,
    challenge_id: str,
    file: Annotated[UploadFile, File(description="JPEG or PNG photo, or a PDF scan")],
    token: CaseToken,
    state: StateDep,
    caller: CallerDep,
) -> EvidenceOut:
    data = await file.read(state.settings.max_upload_bytes + 1)
    public_id = await evidence.upload(state.services, reference, token, challenge_id, data, caller)
    return EvidenceOut(id=public_id)


@router.post("/cases/{reference}/support", response_model=CaseStatusOut, responses=_CASE_ERRORS)
async def request_support(
    reference: str, token: CaseToken, state: StateDep, caller: CallerDep
) -> CaseStatusOut:
    return _status_out(await requester.request_support(state.services, reference, token, caller))


@router.delete("/cases/{reference}", status_code=204, responses=_CASE_ERRORS)
async def abandon_case(
    reference: str, token: CaseToken, state: StateDep, caller: CallerDep
) -> None:
    await requester.abandon(state.services, reference, token, caller)


_PAGE = (
    "<!doctype html><html lang=en><meta charset=utf-8>"
    "<meta name=viewport content='width=device-width'><title>Recovery Desk</title>"
    "<body style='font-family:sans-serif;max-width:36em;margin:3em auto;line-height:1.5'>{}"
)


@router.get("/cancel/{token}", response_class=HTMLResponse)
async def confirm_cancel(token: str) -> HTMLResponse:
    """The link in the e-mail only asks: mail scanners that open links must not freeze
    a case by themselves, so the freeze needs the button (a POST)."""
    safe = html.escape(token, quote=True)
    return HTMLResponse(
        _PAGE.format(
            "<h1>Was this not you?</h1><p>If someone else is trying to recover or change "
            "your account, press the button. Every pending change is cancelled and the "
            "recovery case is frozen until our team has reviewed it. This gives nobody "
            f"access to your account.</p><form method=post action='{safe}'>"
            "<button type=submit>This wasn't me — stop it</button></form>"
        ),
        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )


@router.post("/cancel/{token}", response_class=HTMLResponse, responses=problem_openapi(404))
async def cancel_change(token: str, state: StateDep, caller: CallerDep) -> HTMLResponse:
    """ "This wasn't me": cancels pending changes and freezes the case. Grants no access."""
    if not await restore.cancel_by_owner(state.services, token, caller):
        raise ProblemError(
            404,
            "not_found",
            "Link not valid",
            "This link is not valid. If you are worried about your account, contact support.",
        )
    return HTMLResponse(
        _PAGE.format(
            "<p>Thank you. The change was cancelled and the recovery case is frozen for "
            "review. Nobody can change your account through it until our team has "
            "checked it.</p>"
        ),
        headers={"Cache-Control": "no-store", "Referrer-Policy": "no-referrer"},
    )
