"""Routes for the chat features: attachments, history, private notes, canned responses,
transfer and escalation, transcripts and the survey at close.

Thin: each route reads the request, calls one service and shapes the answer.
Requesters use their case token (a wrong token, another case and a missing case
are the same 404); agents reach only cases assigned to them; canned responses are
kept by supervisors. Files are sent as downloads (``Content-Disposition:
attachment``, ``nosniff``, ``no-store``).
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Any, Literal
from urllib.parse import quote

from fastapi import APIRouter, File, Form, Path, Query, UploadFile
from fastapi.responses import Response

from recovery_app.domain.model import Role
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.schemas.cases import Language, RevealIn
from recovery_app.schemas.chat import (
    MAX_ID,
    AttachmentOut,
    CannedIn,
    CannedOut,
    EscalateIn,
    HandoverOut,
    MessageOut,
    NoteIn,
    NoteOut,
    RenderedOut,
    SurveyIn,
    SurveyOut,
    TransferIn,
)
from recovery_app.server.api.agent_auth import CurrentAgent, require_role
from recovery_app.server.api.deps import StateDep
from recovery_app.server.api.requester import CallerDep, CaseToken
from recovery_app.server.problems import problem_openapi
from recovery_app.services import attachments, canned, surveys, transcripts, transfers

router = APIRouter(tags=["chat"])

Supervisor = Annotated[AgentPrincipal, require_role(Role.SUPERVISOR, Role.ADMIN)]
AttachmentId = Annotated[
    str, Path(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_-]+$", description="From upload.")
]
CannedId = Annotated[int, Path(ge=1, le=MAX_ID)]
After = Annotated[int, Query(ge=0, le=MAX_ID, description="Only messages after this seq.")]
Limit = Annotated[int, Query(ge=1, le=500)]
Thumbnail = Annotated[bool, Query(description="The preview image (at most 320 px) instead.")]
Format = Annotated[Literal["text", "pdf"], Query(alias="format")]
UploadedFile = Annotated[UploadFile, File(description="A JPEG or PNG photo, or a PDF.")]
ClientIdForm = Annotated[
    str | None,
    Form(
        max_length=64,
        pattern=r"^[A-Za-z0-9._:-]+$",
        description="The client's message id; resending it stores nothing new.",
    ),
]

_REQUESTER_ERRORS = problem_openapi(404, 409, 422)
_AGENT_ERRORS = problem_openapi(401, 404, 409, 422)
_UPLOAD_ERRORS = problem_openapi(401, 404, 409, 413, 415, 422)
_FILE_TYPES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"image/jpeg": {}, "image/png": {}, "application/pdf": {}}}
}
_TRANSCRIPT_TYPES: dict[int | str, dict[str, Any]] = {
    200: {"content": {"text/plain": {}, "application/pdf": {}}}
}


def _download(data: bytes, media_type: str, filename: str) -> Response:
    fallback = "".join(
        ch if ch.isascii() and (ch.isalnum() or ch in "._- ") else "_" for ch in filename
    )
    return Response(
        data,
        media_type=media_type,
        headers={
            "Content-Disposition": (
                f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"
            ),
            "Cache-Control": "no-store",
            "X-Content-Type-Options": "nosniff",
        },
    )


def _file(item: attachments.AttachmentFile) -> Response:
    return _download(item.data, item.content_type, item.filename)


def _attachment_out(info: attachments.AttachmentInfo) -> AttachmentOut:
    return AttachmentOut.model_validate(info, from_attributes=True)


def _messages_out(items: list[transcripts.HistoryItem]) -> list[MessageOut]:
    return [
        MessageOut(
            seq=item.seq,
            sender=item.sender,
            sender_role=item.sender_role,
            sender_name=item.sender_name,
            kind=item.kind,
            body=item.body,
            at=item.at,
            attachment=_attachment_out(item.attachment) if item.attachment else None,
        )
        for item in items
    ]


async def _transcript_response(transcript: transcripts.Transcript, output: str) -> Response:
    if output == "pdf":
        pdf = await asyncio.to_thread(transcripts.as_pdf, transcript)
        return _download(pdf, "application/pdf", transcript.filename("pdf"))
    text = transcripts.as_text(transcript).encode()
    return _download(text, "text/plain; charset=utf-8", transcript.filename("txt"))


def _canned_out(view: canned.CannedView) -> CannedOut:
    return CannedOut(
        id=view.id,
        language=view.language,
        shortcut=view.shortcut,
        title=view.title,
        body=view.body,
        variables=list(view.variables),
    )


def _canned_input(body: CannedIn) -> canned.CannedInput:
    return canned.CannedInput(body.language, body.shortcut, body.title, body.body)


def _survey_out(status: surveys.SurveyStatus) -> SurveyOut:
    return SurveyOut.model_validate(status, from_attributes=True)


# -- the requester ----------------------------------------------------------------------


@router.post(
    "/cases/{reference}/attachments",
    status_code=201,
    response_model=AttachmentOut,
    responses=_UPLOAD_ERRORS,
)
async def upload_attachment(
    reference: str,
    file: UploadedFile,
    token: CaseToken,
    state: StateDep,
    caller: CallerDep,
    is_id_document: Annotated[
        bool, Form(description="An ID document: agents see it blurred until they reveal it.")
    ] = False,
    client_id: ClientIdForm = None,
) -> AttachmentOut:
    """Send a photo or PDF in your chat. Its type is checked from its content."""
    data = await file.read(state.settings.max_upload_bytes + 1)
    info = await attachments.upload_by_requester(
        state.services,
        reference,
        token,
        attachments.NewFile(file.filename, data, client_id),
        is_id_document=is_id_document,
        caller=caller,
    )
    return _attachment_out(info)


@router.get(
    "/cases/{reference}/attachments/{attachment_id}",
    responses={**_FILE_TYPES, **_REQUESTER_ERRORS},
)
async def download_attachment(
    reference: str,
    attachment_id: AttachmentId,
    token: CaseToken,
    state: StateDep,
    thumbnail: Thumbnail = False,
) -> Response:
    """A file of your own chat."""
    return _file(
        await attachments.read_for_requester(
            state.services, reference, token, attachment_id, thumbnail=thumbnail
        )
    )


@router.get(
    "/cases/{reference}/messages", response_model=list[MessageOut], responses=_REQUESTER_ERRORS
)
async def requester_messages(
    reference: str, token: CaseToken, state: StateDep, after: After = 0, limit: Limit = 200
) -> list[MessageOut]:
    """Your chat in order, after ``after`` (for history and catching up)."""
    items = await transcripts.history_for_requester(
        state.services, reference, token, after=after, limit=limit
    )
    return _messages_out(items)


@router.get("/cases/{reference}/transcript", responses={**_TRANSCRIPT_TYPES, **_REQUESTER_ERRORS})
async def requester_transcript(
    reference: str, token: CaseToken, state: StateDep, output: Format = "text"
) -> Response:
    """Your whole chat as a text file or a PDF, times in UTC."""
    transcript = await transcripts.transcript_for_requester(state.services, reference, token)
    return await _transcript_response(transcript, output)


@router.get("/cases/{reference}/survey", response_model=SurveyOut, responses=_REQUESTER_ERRORS)
async def survey_status(reference: str, token: CaseToken, state: StateDep) -> SurveyOut:
    """Whether you answered the survey, and whether it is open."""
    return _survey_out(await surveys.status(state.services, reference, token))


@router.post(
    "/cases/{reference}/survey",
    status_code=201,
    response_model=SurveyOut,
    responses=_REQUESTER_ERRORS,
)
async def answer_survey(
    reference: str, body: SurveyIn, token: CaseToken, state: StateDep, caller: CallerDep
) -> SurveyOut:
    """ "Was your access restored?" Once per case, when it is finished."""
    given = surveys.SurveyAnswer(body.access_restored, body.rating, body.comment)
    return _survey_out(await surveys.answer(state.services, reference, token, given, caller))


# -- the assigned agent -----------------------------------------------------------------


@router.post(
    "/agent/cases/{reference}/attachments",
    status_code=201,
    response_model=AttachmentOut,
    responses=_UPLOAD_ERRORS,
)
async def agent_upload_attachment(
    reference: str,
    file: UploadedFile,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
    client_id: ClientIdForm = None,
) -> AttachmentOut:
    """Send a photo or PDF in the chat of a case assigned to you."""
    data = await file.read(state.settings.max_upload_bytes + 1)
    info = await attachments.upload_by_agent(
        state.services,
        agent.id,
        reference,
        attachments.NewFile(file.filename, data, client_id),
        caller,
    )
    return _attachment_out(info)


@router.get(
    "/agent/cases/{reference}/attachments/{attachment_id}",
    responses={**_FILE_TYPES, **_AGENT_ERRORS},
)
async def agent_download_attachment(
    reference: str,
    attachment_id: AttachmentId,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
    thumbnail: Thumbnail = False,
) -> Response:
    """A file of the chat. ID documents come blurred: reveal them with a reason."""
    item = await attachments.read_for_agent(
        state.services,
        agent.id,
        reference,
        attachment_id,
        thumbnail=thumbnail,
        reveal_reason=None,
        caller=caller,
    )
    return _file(item)


@router.post(
    "/agent/cases/{reference}/attachments/{attachment_id}/reveal",
    responses={**_FILE_TYPES, **_AGENT_ERRORS},
)
async def agent_reveal_attachment(
    reference: str,
    attachment_id: AttachmentId,
    body: RevealIn,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
) -> Response:
    """The original file, with a reason that goes to the audit log."""
    item = await attachments.read_for_agent(
        state.services,
        agent.id,
        reference,
        attachment_id,
        thumbnail=False,
        reveal_reason=body.reason,
        caller=caller,
    )
    return _file(item)


@router.get(
    "/agent/cases/{reference}/messages", response_model=list[MessageOut], responses=_AGENT_ERRORS
)
async def agent_messages(
    reference: str, agent: CurrentAgent, state: StateDep, after: After = 0, limit: Limit = 200
) -> list[MessageOut]:
    """The chat of a case assigned to you, private notes included."""
    items = await transcripts.history_for_agent(
        state.services, agent.id, reference, after=after, limit=limit
    )
    return _messages_out(items)


@router.post(
    "/agent/cases/{reference}/notes",
    status_code=201,
    response_model=NoteOut,
    responses=_AGENT_ERRORS,
)
async def add_note(
    reference: str, body: NoteIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> NoteOut:
    """A private note for agents. The requester never sees it, nor does any transcript."""
    note = await transfers.add_note(
        state.services, agent, reference, body.body, client_id=body.client_id, caller=caller
    )
    return NoteOut(seq=note.seq, created_at=note.created_at)


@router.get("/agent/canned", response_model=list[CannedOut], responses=problem_openapi(401, 422))
async def search_canned(
    _: CurrentAgent,
    state: StateDep,
    language: Language | None = None,
    q: Annotated[str | None, Query(max_length=100, description="Shortcut, title or text.")] = None,
) -> list[CannedOut]:
    """Prepared replies, best match first."""
    found = await canned.search(state.services, language=language, query=q)
    return [_canned_out(view) for view in found]


@router.post(
    "/agent/cases/{reference}/canned/{canned_id}/render",
    response_model=RenderedOut,
    responses=_AGENT_ERRORS,
)
async def render_canned(
    reference: str, canned_id: CannedId, agent: CurrentAgent, state: StateDep
) -> RenderedOut:
    """A prepared reply filled in for this case; check it, then send it."""
    rendered = await canned.render_for_case(state.services, agent, reference, canned_id)
    return RenderedOut(text=rendered.text, unknown_variables=list(rendered.unknown_variables))


@router.post(
    "/agent/cases/{reference}/transfer", response_model=HandoverOut, responses=_AGENT_ERRORS
)
async def transfer_case(
    reference: str, body: TransferIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> HandoverOut:
    """Hand the chat to another online agent; the note stays private."""
    handover = await transfers.transfer(
        state.services, agent, reference, body.agent_id, body.note, caller
    )
    return HandoverOut(
        state=handover.state,
        assigned_agent_id=handover.assigned_agent_id,
        escalated=handover.escalated,
    )


@router.post(
    "/agent/cases/{reference}/escalate", response_model=HandoverOut, responses=_AGENT_ERRORS
)
async def escalate_case(
    reference: str, body: EscalateIn, agent: CurrentAgent, state: StateDep, caller: CallerDep
) -> HandoverOut:
    """Pass the case to a supervisor: one who is online now, or the queue for the next one."""
    handover = await transfers.escalate(state.services, agent, reference, body.note, caller)
    return HandoverOut(
        state=handover.state,
        assigned_agent_id=handover.assigned_agent_id,
        escalated=handover.escalated,
    )


@router.get("/agent/cases/{reference}/transcript", responses={**_TRANSCRIPT_TYPES, **_AGENT_ERRORS})
async def agent_transcript(
    reference: str,
    agent: CurrentAgent,
    state: StateDep,
    caller: CallerDep,
    output: Format = "text",
) -> Response:
    """The chat as the requester's transcript shows it (no notes). Audited."""
    transcript = await transcripts.transcript_for_agent(state.services, agent.id, reference, caller)
    return await _transcript_response(transcript, output)


# -- supervisors ------------------------------------------------------------------------


@router.get(
    "/supervisor/canned", response_model=list[CannedOut], responses=problem_openapi(401, 403, 422)
)
async def list_canned(
    _: Supervisor, state: StateDep, language: Language | None = None
) -> list[CannedOut]:
    """Every prepared reply (of one language, if given)."""
    found = await canned.search(state.services, language=language, query=None, limit=10_000)
    return [_canned_out(view) for view in found]


@router.post(
    "/supervisor/canned",
    status_code=201,
    response_model=CannedOut,
    responses=problem_openapi(401, 403, 409, 422),
)
async def create_canned(
    body: CannedIn, supervisor: Supervisor, state: StateDep, caller: CallerDep
) -> CannedOut:
    view = await canned.create(state.services, supervisor, _canned_input(body), caller)
    return _canned_out(view)


@router.put(
    "/supervisor/canned/{canned_id}",
    response_model=CannedOut,
    responses=problem_openapi(401, 403, 404, 409, 422),
)
async def update_canned(
    canned_id: CannedId, body: CannedIn, supervisor: Supervisor, state: StateDep, caller: CallerDep
) -> CannedOut:
    view = await canned.update(state.services, supervisor, canned_id, _canned_input(body), caller)
    return _canned_out(view)


@router.delete(
    "/supervisor/canned/{canned_id}",
    status_code=204,
    responses=problem_openapi(401, 403, 404, 422),
)
async def delete_canned(
    canned_id: CannedId, supervisor: Supervisor, state: StateDep, caller: CallerDep
) -> None:
    await canned.delete(state.services, supervisor, canned_id, caller)
