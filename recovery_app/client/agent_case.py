"""Typed calls behind the agent's case panel and the approvals inbox.

Every call carries the signed-in agent's bearer header, taken from an
:class:`AgentAuthority` (the agent desk's ``AgentApi`` is one; tests use a small
stand-in). Nothing here ever receives a code or a secret: the server answers
with levels, outcomes and masked contacts only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from pydantic import TypeAdapter, ValidationError

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import UnexpectedResponseError
from recovery_app.schemas.approvals import ApprovalRequestOut
from recovery_app.schemas.cases import (
    AgentCaseOut,
    ChallengeOut,
    LevelOut,
    RestoreOut,
    RevealedContactOut,
)

T = TypeVar("T")


class AgentAuthority(Protocol):
    """What the panel needs of the signed-in agent: the app's API client and a header."""

    api: ApiClient

    def headers(self) -> dict[str, str]: ...


@dataclass(frozen=True, slots=True)
class EvidenceImage:
    """An evidence file as the server sent it (a masked JPEG, or the original)."""

    content_type: str
    data: bytes = b""

    def __repr__(self) -> str:  # never dump image bytes into logs
        return f"EvidenceImage({self.content_type!r}, {len(self.data)} bytes)"


def _parse(kind: type[T], content: bytes, what: str) -> T:
    try:
        return TypeAdapter(kind).validate_json(content)
    except ValidationError as exc:
        raise UnexpectedResponseError(f"{what}: {exc.error_count()} invalid fields") from exc


class AgentCaseClient:
    """The case panel's calls on one server, as the agent behind ``authority``."""

    def __init__(self, authority: AgentAuthority) -> None:
        self.authority = authority

    async def _call(self, method: str, path: str, **kwargs: Any) -> bytes:
        response = await self.authority.api.request(
            method, path, headers=self.authority.headers(), **kwargs
        )
        return response.content

    async def _call_file(self, method: str, path: str, **kwargs: Any) -> EvidenceImage:
        response = await self.authority.api.request(
            method, path, headers={**self.authority.headers(), "Accept": "*/*"}, **kwargs
        )
        kind = response.headers.get("content-type", "application/octet-stream")
        return EvidenceImage(kind.split(";")[0].strip(), response.content)

    # -- the case ------------------------------------------------------------------

    async def case(self, reference: str) -> AgentCaseOut:
        """The panel: level and proofs, evidence, account timeline, actions (audited read)."""
        content = await self._call("GET", f"/agent/cases/{reference}")
        return _parse(AgentCaseOut, content, "case")

    async def start_challenge(self, reference: str, method: str) -> ChallengeOut:
        """Ask the requester for a proof; the agent only ever sees its outcome."""
        content = await self._call(
            "POST", f"/agent/cases/{reference}/challenges", json={"method": method}
        )
        return _parse(ChallengeOut, content, "challenge")

    async def reveal_contact(self, reference: str, contact_id: int, reason: str) -> str:
        content = await self._call(
            "POST",
            f"/agent/cases/{reference}/contacts/{contact_id}/reveal",
            json={"reason": reason},
        )
        return _parse(RevealedContactOut, content, "contact").value

    # -- evidence ------------------------------------------------------------------

    async def masked_evidence(self, reference: str, evidence_id: str) -> EvidenceImage:
        return await self._call_file("GET", f"/agent/cases/{reference}/evidence/{evidence_id}")

    async def reveal_evidence(self, reference: str, evidence_id: str, reason: str) -> EvidenceImage:
        """The original; the server writes the reason to the audit log."""
        return await self._call_file(
            "POST",
            f"/agent/cases/{reference}/evidence/{evidence_id}/reveal",
            json={"reason": reason},
        )

    async def decide_evidence(
        self, reference: str, evidence_id: str, *, approve: bool, reason: str
    ) -> LevelOut:
        content = await self._call(
            "POST",
            f"/agent/cases/{reference}/evidence/{evidence_id}/decision",
            json={"approve": approve, "reason": reason},
        )
        return _parse(LevelOut, content, "evidence decision")

    # -- restore actions and approvals ---------------------------------------------

    async def request_restore(
        self, reference: str, action: str, reason: str, target: dict[str, Any] | None = None
    ) -> RestoreOut:
        """Run the action, or file it for a second person's approval (the server decides)."""
        content = await self._call(
            "POST",
            f"/agent/cases/{reference}/restore",
            json={"action": action, "target": target or {}, "reason": reason},
        )
        return _parse(RestoreOut, content, "restore")

    async def pending_requests(
        self, scope: Literal["decide", "mine"] = "decide"
    ) -> list[ApprovalRequestOut]:
        """Requests waiting for approval: those you may decide, or your own (``mine``)."""
        content = await self._call(
            "GET", "/agent/restore-requests", params={"status": "pending", "scope": scope}
        )
        return _parse(list[ApprovalRequestOut], content, "approvals")

    async def decide_request(self, request_id: str, *, approve: bool, note: str) -> RestoreOut:
        content = await self._call(
            "POST",
            f"/agent/restore-requests/{request_id}/decision",
            json={"approve": approve, "note": note},
        )
        return _parse(RestoreOut, content, "decision")
