"""Typed calls of a person recovering an account (``/api/v1/cases...``), and file checks.

Every call takes the app's one :class:`~recovery_app.client.api.ApiClient` and,
after opening, the :class:`~recovery_app.client.case_session.CaseSession`
whose bearer token authorises it. Failures raise the client errors of
:mod:`recovery_app.client.errors`; a wrong code is *not* an error but an
:class:`AnswerOut` with ``outcome == "wrong"``. Locked and expired challenges
arrive as ``ApiProblemError`` with the codes :data:`LOCKED` and :data:`EXPIRED`.

The evidence checks here mirror the server's (type by content signature, size
limit) so a person learns before uploading that a file will be refused.
"""

from __future__ import annotations

from typing import TypeVar

from pydantic import BaseModel, ValidationError

from recovery_app.client.api import ApiClient
from recovery_app.client.case_session import CaseSession
from recovery_app.client.errors import UnexpectedResponseError
from recovery_app.schemas.cases import (
    AnswerOut,
    CaseStatusOut,
    ChallengeOut,
    EvidenceOut,
    Language,
    OpenCaseOut,
    RequesterMethod,
)

ModelT = TypeVar("ModelT", bound=BaseModel)

LOCKED = "challenge_locked"
EXPIRED = "challenge_expired"
# The server's default upload limit (RECOVERY_MAX_UPLOAD_BYTES); the server refuses more.
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"
_SIGNATURES = ((b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG), (b"%PDF-", PDF))
_EXTENSIONS = {JPEG: "jpg", PNG: "png", PDF: "pdf"}


def _parse(model: type[ModelT], content: bytes, what: str) -> ModelT:
    try:
        return model.model_validate_json(content)
    except ValidationError as exc:
        raise UnexpectedResponseError(f"{what}: {exc.error_count()} invalid fields") from exc


def _path(case: CaseSession, tail: str = "") -> str:
    return f"/cases/{case.reference}{tail}"


async def open_case(
    api: ApiClient, kind: str, identifier: str, reply_contact: str, language: Language = "en"
) -> OpenCaseOut:
    """Open a case. The answer looks the same whether or not the account exists."""
    body = {
        "kind": kind,
        "identifier": identifier.strip(),
        "reply_contact": reply_contact.strip(),
        "language": language,
    }
    response = await api.request("POST", "/cases", json=body)
    return _parse(OpenCaseOut, response.content, "POST /cases")


async def case_status(api: ApiClient, case: CaseSession) -> CaseStatusOut:
    response = await api.request("GET", _path(case), headers=case.headers())
    return _parse(CaseStatusOut, response.content, "GET /cases/{reference}")


async def resend_reply_code(api: ApiClient, case: CaseSession) -> None:
    """A new code to the reply contact; the older one stops working."""
    await api.request("POST", _path(case, "/reply-contact/resend"), headers=case.headers())


async def reply_step_id(api: ApiClient, case: CaseSession) -> str | None:
    """The id of the pending reply-contact code, or None when there is none."""
    status = await case_status(api, case)
    for step in status.pending:
        if step.purpose == "reply_contact":
            return step.id
    return None


async def start_challenge(
    api: ApiClient, case: CaseSession, method: RequesterMethod
) -> ChallengeOut:
    response = await api.request(
        "POST", _path(case, "/challenges"), json={"method": method}, headers=case.headers()
    )
    return _parse(ChallengeOut, response.content, "POST /challenges")


async def answer_challenge(
    api: ApiClient, case: CaseSession, challenge_id: str, answer: str
) -> AnswerOut:
    response = await api.request(
        "POST",
        _path(case, f"/challenges/{challenge_id}/answer"),
        json={"answer": answer.strip()},
        headers=case.headers(),
    )
    return _parse(AnswerOut, response.content, "POST /answer")


async def upload_evidence(
    api: ApiClient, case: CaseSession, challenge_id: str, data: bytes
) -> EvidenceOut:
    """Upload a document or selfie file (checked with :func:`evidence_problem` first)."""
    kind = sniff(data) or "application/octet-stream"
    name = f"evidence.{_EXTENSIONS.get(kind, 'bin')}"
    response = await api.request(
        "POST",
        _path(case, f"/challenges/{challenge_id}/evidence"),
        files={"file": (name, data, kind)},
        headers=case.headers(),
    )
    return _parse(EvidenceOut, response.content, "POST /evidence")


async def request_support(api: ApiClient, case: CaseSession) -> CaseStatusOut:
    response = await api.request("POST", _path(case, "/support"), headers=case.headers())
    return _parse(CaseStatusOut, response.content, "POST /support")


async def abandon_case(api: ApiClient, case: CaseSession) -> None:
    await api.request("DELETE", _path(case), headers=case.headers())


def sniff(data: bytes) -> str | None:
    """The real type of ``data`` from its first bytes (JPEG, PNG or PDF), or None."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            return kind
    return None


def evidence_problem(
    head: bytes, size: int, method: str, limit: int = MAX_UPLOAD_BYTES
) -> str | None:
    """Why the server would refuse this file, before sending it: a problem code, or None.

    ``head`` is the file's first bytes (16 are enough), ``size`` its length.
    Selfies must be photos; documents may also be PDF scans.
    """
    if size > limit:
        return "payload_too_large"
    kind = sniff(head)
    if kind is None or (method == "selfie" and kind == PDF):
        return "unsupported_file"
    return None
