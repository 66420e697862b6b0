"""Chat calls over REST that the live socket does not carry: history pages, attachments,
transcripts and (for requesters) answering a challenge shown in the chat.

Two implementations of one :class:`ChatBackend` protocol, so the chat view works the
same for a requester (case token) and an agent (session token):

::

    chat = RequesterChat(api, case)            # /cases/{ref}/...
    chat = AgentChat(api, reference, token)    # /agent/cases/{ref}/...
    older = await chat.history(before_seq=120, limit=100)

The server only pages forward (``after``); :meth:`history` turns "the page before
``before_seq``" into that. No Qt here.
"""

from __future__ import annotations

import asyncio
import mimetypes
from pathlib import Path
from typing import Literal, Protocol

from pydantic import TypeAdapter, ValidationError

from recovery_app.client.api import ApiClient
from recovery_app.client.case_session import CaseSession
from recovery_app.client.errors import UnexpectedResponseError
from recovery_app.schemas.cases import AgentChallengeOut, AnswerOut, CaseStatusOut
from recovery_app.schemas.chat import AttachmentOut, MessageOut
from recovery_app.schemas.queue import AssistantOut, QueueStatusOut

__all__ = [
    "ALLOWED_TYPES",
    "MAX_ATTACHMENT_BYTES",
    "AgentChat",
    "AttachmentRefusedError",
    "ChatBackend",
    "RequesterChat",
    "SupportClient",
    "check_attachment",
    "sniff_type",
]

# The server's default upload limit (settings.max_upload_bytes); it checks again.
MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024
ALLOWED_TYPES = frozenset({"image/jpeg", "image/png", "application/pdf"})
PAGE_MAX = 500  # the server's largest page
_MESSAGES = TypeAdapter(list[MessageOut])
_CHALLENGES = TypeAdapter(list[AgentChallengeOut])


class AttachmentRefusedError(Exception):
    """The file is refused before upload: ``reason`` is ``too_large``, ``wrong_type`` or
    ``unreadable``."""

    def __init__(self, reason: Literal["too_large", "wrong_type", "unreadable"]) -> None:
        super().__init__(reason)
        self.reason = reason


def sniff_type(head: bytes) -> str | None:
    """The content type from the first bytes (as the server checks it), or None."""
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if head.startswith(b"%PDF-"):
        return "application/pdf"
    return None


def check_attachment(path: Path, max_bytes: int = MAX_ATTACHMENT_BYTES) -> str:
    """Refuse what the server would refuse, before sending anything; return the type.

    Blocking (reads the file's first bytes): call it through ``asyncio.to_thread``.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise AttachmentRefusedError("unreadable") from exc
    if size > max_bytes:
        raise AttachmentRefusedError("too_large")
    kind = sniff_type(head)
    if kind is None:
        raise AttachmentRefusedError("wrong_type")
    return kind


def _read_checked(path: Path, max_bytes: int) -> tuple[str, bytes]:
    kind = check_attachment(path, max_bytes)
    data = path.read_bytes()
    if len(data) > max_bytes:
        raise AttachmentRefusedError("too_large")
    return kind, data


class ChatBackend(Protocol):
    """What a chat view needs besides the live socket."""

    @property
    def reference(self) -> str: ...

    async def history(self, before_seq: int | None, limit: int = 200) -> list[MessageOut]:
        """Up to ``limit`` messages with seq below ``before_seq`` (None: the newest), oldest
        first."""
        ...

    async def messages_after(self, after: int, limit: int = 200) -> list[MessageOut]: ...

    async def upload(self, path: Path, *, client_id: str | None = None) -> AttachmentOut: ...

    async def download(self, attachment_id: str, *, thumbnail: bool = False) -> bytes: ...

    async def transcript(self, fmt: Literal["text", "pdf"] = "text") -> bytes: ...


class _ChatBase:
    _prefix: str

    def __init__(self, api: ApiClient, reference: str, token: str) -> None:
        self.api = api
        self._reference = reference.strip().upper()
        self._headers = {"Authorization": f"Bearer {token}"}
        self.max_bytes = MAX_ATTACHMENT_BYTES

    def __repr__(self) -> str:  # never the token
        return f"{type(self).__name__}({self._reference!r})"

    @property
    def reference(self) -> str:
        return self._reference

    @property
    def _base(self) -> str:
        return f"{self._prefix}/cases/{self._reference}"

    async def messages_after(self, after: int, limit: int = 200) -> list[MessageOut]:
        response = await self.api.request(
            "GET",
            f"{self._base}/messages",
            params={"after": max(0, after), "limit": max(1, min(PAGE_MAX, limit))},
            headers=self._headers,
        )
        try:
            return _MESSAGES.validate_json(response.content)
        except ValidationError as exc:
            raise UnexpectedResponseError(f"messages: {exc.error_count()} invalid") from exc

    async def history(self, before_seq: int | None, limit: int = 200) -> list[MessageOut]:
        limit = max(1, min(PAGE_MAX, limit))
        if before_seq is None:
            # The newest page: walk forward (the server pages only forward).
            newest: list[MessageOut] = []
            after = 0
            while True:
                page = await self.messages_after(after, PAGE_MAX)
                newest = (newest + page)[-limit:]
                if len(page) < PAGE_MAX:
                    return newest
                after = page[-1].seq
        found: list[MessageOut] = []
        upper = before_seq  # exclusive
        while upper > 1 and len(found) < limit:
            start = max(0, upper - 1 - (limit - len(found)))
            page = [m for m in await self.messages_after(start, upper - 1 - start) if m.seq < upper]
            found = page + found
            if start == 0:
                break
            upper = start + 1  # seq numbers skipped (notes the requester cannot see): go on
        return found[-limit:]

    async def upload(self, path: Path, *, client_id: str | None = None) -> AttachmentOut:
        kind, data = await asyncio.to_thread(_read_checked, path, self.max_bytes)
        name = path.name or ("file" + (mimetypes.guess_extension(kind) or ""))
        form = {"client_id": client_id} if client_id else {}
        response = await self.api.request(
            "POST",
            f"{self._base}/attachments",
            files={"file": (name, data, kind)},
            data=form,
            headers=self._headers,
        )
        return AttachmentOut.model_validate_json(response.content)

    async def download(self, attachment_id: str, *, thumbnail: bool = False) -> bytes:
        response = await self.api.request(
            "GET",
            f"{self._base}/attachments/{attachment_id}",
            params={"thumbnail": "true"} if thumbnail else None,
            headers=self._headers,
        )
        return response.content

    async def transcript(self, fmt: Literal["text", "pdf"] = "text") -> bytes:
        response = await self.api.request(
            "GET", f"{self._base}/transcript", params={"format": fmt}, headers=self._headers
        )
        return response.content


class RequesterChat(_ChatBase):
    """The requester's chat on their own case."""

    _prefix = ""

    def __init__(self, api: ApiClient, case: CaseSession) -> None:
        super().__init__(api, case.reference, case.token)
        self.case = case

    async def answer_challenge(self, challenge_id: str, answer: str) -> AnswerOut:
        """Answer a verification an agent asked for in the chat (a wrong answer counts)."""
        response = await self.api.request(
            "POST",
            f"{self._base}/challenges/{challenge_id}/answer",
            json={"answer": answer},
            headers=self._headers,
        )
        return AnswerOut.model_validate_json(response.content)

    async def status(self) -> CaseStatusOut:
        response = await self.api.request("GET", self._base, headers=self._headers)
        return CaseStatusOut.model_validate_json(response.content)


class SupportClient:
    """The requester's support calls: the assistant, joining the queue, the queue now."""

    def __init__(self, api: ApiClient, case: CaseSession) -> None:
        self.api = api
        self.case = case
        self._base = f"/cases/{case.reference.strip().upper()}"

    def __repr__(self) -> str:
        return f"SupportClient({self.case.reference!r})"

    async def status(self) -> CaseStatusOut:
        response = await self.api.request("GET", self._base, headers=self.case.headers())
        return CaseStatusOut.model_validate_json(response.content)

    async def ask_assistant(self, text: str) -> AssistantOut:
        """FAQ answers in the case's language and a suggested next step."""
        response = await self.api.request(
            "POST", f"{self._base}/assistant", json={"text": text}, headers=self.case.headers()
        )
        return AssistantOut.model_validate_json(response.content)

    async def request_support(self) -> CaseStatusOut:
        """Join the queue; the server decides the tier from the account."""
        response = await self.api.request(
            "POST", f"{self._base}/support", headers=self.case.headers()
        )
        return CaseStatusOut.model_validate_json(response.content)

    async def queue(self) -> QueueStatusOut:
        """Position and expected wait (subscribers) or reply target and hours (free)."""
        response = await self.api.request("GET", f"{self._base}/queue", headers=self.case.headers())
        return QueueStatusOut.model_validate_json(response.content)


class AgentChat(_ChatBase):
    """An agent's chat on a case assigned to them (private notes included)."""

    _prefix = "/agent"

    def __init__(self, api: ApiClient, reference: str, agent_token: str) -> None:
        super().__init__(api, reference, agent_token)

    async def challenges(self) -> list[AgentChallengeOut]:
        """The case's verifications as agents see them: method and status, never a code."""
        response = await self.api.request("GET", self._base, headers=self._headers)
        try:
            return _CHALLENGES.validate_python(response.json().get("challenges", []))
        except (ValidationError, ValueError, AttributeError) as exc:
            raise UnexpectedResponseError("agent case: invalid challenges") from exc
