"""``/api/v1/platform``: the built-in platform's sign-in, sessions and password reset.

The rules (identical answers for unknown accounts, second factor, disabled
accounts, no sign-in after a reset) live in :mod:`recovery_app.services.platform`;
these routes only translate HTTP. Session tokens travel only in the
``Authorization: Bearer`` header, never in a URL.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from recovery_app.schemas.platform import (
    BackupCodesOut,
    BackupCodesRequest,
    EndedSessionsOut,
    PasswordResetOut,
    PasswordResetRequest,
    PlatformDeviceOut,
    PlatformMeOut,
    PlatformSessionOut,
    PlatformSessionsOut,
    PlatformSignInOut,
    PlatformSignInRequest,
    SecurityChangeOut,
    SecurityChangesOut,
    TotpEnrolmentOut,
    TotpEnrolmentRequest,
)
from recovery_app.server.api.deps import StateDep
from recovery_app.server.problems import ProblemError, problem_openapi
from recovery_app.services import platform, platform_events, platform_self_service
from recovery_app.services.context import Caller

router = APIRouter(prefix="/platform", tags=["platform"])

_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="PlatformSession",
    description="A platform session token from POST /api/v1/platform/sessions.",
)


def _caller(request: Request) -> Caller:
    return Caller(
        ip=request.client.host if request.client else None,
        user_agent=request.headers.get("user-agent"),
    )


def _unauthenticated() -> ProblemError:
    return ProblemError(
        401,
        "unauthenticated",
        "Sign-in needed",
        "Your session has ended or is not valid. Sign in again.",
    )


async def current_platform_session(
    state: StateDep,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> platform.PlatformPrincipal:
    """The account behind the bearer token; 401 when it is unknown, revoked or expired."""
    if credentials is None or credentials.scheme.lower() != "bearer":
        raise _unauthenticated()
    principal = await platform.authenticate(state.services, credentials.credentials)
    if principal is None:
        raise _unauthenticated()
    return principal


CurrentPlatformSession = Annotated[platform.PlatformPrincipal, Depends(current_platform_session)]


@router.post(
    "/sessions",
    status_code=201,
    response_model=PlatformSignInOut,
    responses=problem_openapi(400, 401, 403, 429),
)
async def sign_in(
    body: PlatformSignInRequest, request: Request, state: StateDep
) -> PlatformSignInOut:
    """Sign in with password, then TOTP or a backup code where enrolled.

    Unknown accounts and wrong passwords answer alike (401 ``invalid_credentials``).
    """
    result = await platform.sign_in(
        state.services,
        identifier=body.identifier,
        password=body.password,
        totp_code=body.totp,
        backup_code=body.backup_code,
        device_token=body.device_token,
        device_label=body.device_label,
        caller=_caller(request),
    )
    return PlatformSignInOut(
        session_token=result.session_token,
        device_token=result.device_token,
        expires_at=result.expires_at,
        handle=result.handle,
        display_name=result.display_name,
    )


@router.get("/me", response_model=PlatformMeOut, responses=problem_openapi(401))
async def me(principal: CurrentPlatformSession) -> PlatformMeOut:
    return PlatformMeOut(
        handle=principal.handle, display_name=principal.display_name, status=principal.status
    )


@router.delete("/sessions/current", status_code=204, responses=problem_openapi(401))
async def sign_out(
    principal: CurrentPlatformSession, request: Request, state: StateDep
) -> Response:
    await platform.sign_out(state.services, principal, _caller(request))
    return Response(status_code=204)


@router.get("/sessions", response_model=PlatformSessionsOut, responses=problem_openapi(401))
async def list_sessions(principal: CurrentPlatformSession, state: StateDep) -> PlatformSessionsOut:
    """The signed-in account's own sessions and devices, for reviewing after a recovery."""
    overview = await platform.list_sessions(state.services, principal)
    return PlatformSessionsOut(
        sessions=[
            PlatformSessionOut(
                id=s.id,
                device_id=s.device_id,
                created_at=s.created_at,
                last_seen_at=s.last_seen_at,
                ip=s.ip,
                user_agent=s.user_agent,
                revoked_at=s.revoked_at,
                current=s.id == principal.session_id,
            )
            for s in overview.sessions
        ],
        devices=[
            PlatformDeviceOut(
                id=d.id,
                label=d.label,
                first_seen_at=d.first_seen_at,
                last_seen_at=d.last_seen_at,
                last_ip=d.last_ip,
                revoked_at=d.revoked_at,
                current=d.id == principal.device_id,
            )
            for d in overview.devices
        ],
    )


@router.post(
    "/password-reset",
    response_model=PasswordResetOut,
    responses=problem_openapi(400, 404, 422),
)
async def reset_password(
    body: PasswordResetRequest, request: Request, state: StateDep
) -> PasswordResetOut:
    """Set a new password from a reset link. Ends every session and signs nobody in."""
    await platform.reset_password(state.services, body.token, body.new_password, _caller(request))
    return PasswordResetOut()


# -- self-service after recovery ------------------------------------------------------


@router.post(
    "/totp",
    response_model=TotpEnrolmentOut,
    responses=problem_openapi(400, 401, 403, 422, 429),
)
async def enrol_totp(
    body: TotpEnrolmentRequest,
    principal: CurrentPlatformSession,
    request: Request,
    state: StateDep,
) -> TotpEnrolmentOut:
    """Set up an authenticator: the client's own seed, confirmed by its current code.

    Replaces any earlier authenticator and voids its unused backup codes. Needs a
    sign-in within the last 30 minutes; attempts are limited per account.
    """
    enrolled_at = await platform_self_service.enrol_totp(
        state.services, principal, body.seed, body.code, _caller(request)
    )
    return TotpEnrolmentOut(enrolled_at=enrolled_at)


@router.put(
    "/backup-codes",
    response_model=BackupCodesOut,
    responses=problem_openapi(400, 401, 403, 409, 422),
)
async def replace_backup_codes(
    body: BackupCodesRequest,
    principal: CurrentPlatformSession,
    request: Request,
    state: StateDep,
) -> BackupCodesOut:
    """Replace the backup codes with ten the client generated (stored hashed only)."""
    count = await platform_self_service.replace_backup_codes(
        state.services, principal, body.codes, _caller(request)
    )
    return BackupCodesOut(count=count)


@router.delete("/sessions/others", response_model=EndedSessionsOut, responses=problem_openapi(401))
async def end_other_sessions(
    principal: CurrentPlatformSession, request: Request, state: StateDep
) -> EndedSessionsOut:
    """End every session of the account except the one making this request."""
    ended = await platform_self_service.end_other_sessions(
        state.services, principal, _caller(request)
    )
    return EndedSessionsOut(ended=ended)


@router.delete(
    "/sessions/{session_id}", status_code=204, responses=problem_openapi(401, 404, 409, 422)
)
async def end_session(
    session_id: Annotated[int, Path(ge=1, le=2**62)],
    principal: CurrentPlatformSession,
    request: Request,
    state: StateDep,
) -> Response:
    """End one other session of the account (the current one: sign out instead)."""
    await platform_self_service.end_session(state.services, principal, session_id, _caller(request))
    return Response(status_code=204)


@router.delete(
    "/devices/{device_id}",
    response_model=EndedSessionsOut,
    responses=problem_openapi(401, 404, 409, 422),
)
async def revoke_device(
    device_id: Annotated[int, Path(ge=1, le=2**62)],
    principal: CurrentPlatformSession,
    request: Request,
    state: StateDep,
) -> EndedSessionsOut:
    """Revoke one other device of the account and end its sessions."""
    ended = await platform_self_service.revoke_device(
        state.services, principal, device_id, _caller(request)
    )
    return EndedSessionsOut(ended=ended)


@router.get("/security-events", response_model=SecurityChangesOut, responses=problem_openapi(401))
async def security_events(principal: CurrentPlatformSession, state: StateDep) -> SecurityChangesOut:
    """Recent security changes of the account, newest first, suspicious ones marked."""
    changes = await platform_events.list_security_changes(state.services, principal)
    return SecurityChangesOut(
        events=[
            SecurityChangeOut(
                id=c.id,
                kind=c.kind,
                at=c.at,
                actor=c.actor,
                ip=c.ip,
                user_agent=c.user_agent,
                detail=c.detail,
                suspicious=c.suspicious,
                reasons=list(c.reasons),
            )
            for c in changes
        ]
    )
