"""Typed calls of agent mode: sign-in and out, me, capacity, my cases, the queue,
canned replies, notes, transfer, escalation and completing a case.

An :class:`AgentApi` holds the session token (never in ``repr``) and the one
:class:`~recovery_app.client.api.ApiClient` of the app. Every call that the server
answers with 401 (the session expired, was revoked or the agent disabled) first calls
``on_unauthorized`` (the desk signs out and keeps the drafts), then raises as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import ApiProblemError, UnexpectedResponseError
from recovery_app.schemas.agent_desk import (
    AgentQueueOut,
    CapacityOut,
    ColleagueOut,
    MyCaseOut,
)
from recovery_app.schemas.agents import AgentOut, SessionOut
from recovery_app.schemas.cases import CaseStateOut
from recovery_app.schemas.chat import CannedOut, HandoverOut, MessageOut, NoteOut, RenderedOut

T = TypeVar("T")

INVALID_CREDENTIALS = "invalid_credentials"
UNAUTHENTICATED = "unauthenticated"


def _parse(kind: type[T], content: bytes, what: str) -> T:
    try:
        return TypeAdapter(kind).validate_json(content)
    except ValidationError as exc:
        raise UnexpectedResponseError(f"{what}: {exc.error_count()} invalid fields") from exc


async def sign_in(api: ApiClient, username: str, password: str, totp: str) -> SessionOut:
    """Password and TOTP code → a new session. Every wrong answer is one 401 problem."""
    response = await api.request(
        "POST",
        "/agent/sessions",
        json={"username": username.strip(), "password": password, "totp": totp.strip()},
    )
    return _parse(SessionOut, response.content, "sign-in")


class AgentApi:
    """The signed-in agent's calls. ``token`` is a secret: never shown, logged or repr'd."""

    def __init__(
        self,
        api: ApiClient,
        token: str,
        *,
        role: str = "agent",
        on_unauthorized: Callable[[], None] | None = None,
    ) -> None:
        self.api = api
        self.token = token
        # What the server said at sign-in; it only decides which views the client offers.
        # Every supervisor endpoint checks the role on the server again.
        self.role = role
        self.on_unauthorized = on_unauthorized

    def __repr__(self) -> str:
        return f"AgentApi({self.api.base_url!r}, token=<hidden>)"

    def headers(self) -> dict[str, str]:
        """The ``Authorization`` header every agent call carries."""
        return {"Authorization": f"Bearer {self.token}"}

    async def request(self, method: str, path: str, **kwargs: Any) -> bytes:
        """One call with the session header; a 401 tells ``on_unauthorized`` first."""
        try:
            response = await self.api.request(method, path, headers=self.headers(), **kwargs)
        except ApiProblemError as exc:
            if exc.status == 401 and self.on_unauthorized is not None:
                self.on_unauthorized()
            raise
        return response.content

    async def _get(self, kind: type[T], path: str, **kwargs: Any) -> T:
        return _parse(kind, await self.request("GET", path, **kwargs), f"GET {path}")

    async def _send(
        self, kind: type[T], method: str, path: str, body: BaseModel | dict[str, Any]
    ) -> T:
        payload = body.model_dump(mode="json") if isinstance(body, BaseModel) else body
        return _parse(kind, await self.request(method, path, json=payload), f"{method} {path}")

    # -- the session ------------------------------------------------------------------

    async def sign_out(self) -> None:
        await self.request("DELETE", "/agent/sessions/current")

    async def me(self) -> AgentOut:
        return await self._get(AgentOut, "/agent/me")

    async def capacity(self) -> CapacityOut:
        return await self._get(CapacityOut, "/agent/capacity")

    async def set_capacity(self, max_chats: int) -> CapacityOut:
        return await self._send(CapacityOut, "PUT", "/agent/capacity", {"max_chats": max_chats})

    # -- work ---------------------------------------------------------------------------

    async def my_cases(self) -> list[MyCaseOut]:
        return await self._get(list[MyCaseOut], "/agent/cases")

    async def queue(self, limit: int = 200) -> AgentQueueOut:
        return await self._get(AgentQueueOut, "/agent/queue", params={"limit": limit})

    async def colleagues(self) -> list[ColleagueOut]:
        return await self._get(list[ColleagueOut], "/agent/colleagues")

    async def messages(self, reference: str, after: int = 0, limit: int = 200) -> list[MessageOut]:
        return await self._get(
            list[MessageOut],
            f"/agent/cases/{reference}/messages",
            params={"after": after, "limit": limit},
        )

    async def search_canned(self, query: str = "", language: str | None = None) -> list[CannedOut]:
        params: dict[str, str] = {}
        if query.strip():
            params["q"] = query.strip()[:100]
        if language:
            params["language"] = language
        return await self._get(list[CannedOut], "/agent/canned", params=params)

    async def render_canned(self, reference: str, canned_id: int) -> RenderedOut:
        return await self._send(
            RenderedOut, "POST", f"/agent/cases/{reference}/canned/{canned_id}/render", {}
        )

    async def add_note(self, reference: str, body: str, client_id: str | None = None) -> NoteOut:
        payload: dict[str, Any] = {"body": body}
        if client_id:
            payload["client_id"] = client_id
        return await self._send(NoteOut, "POST", f"/agent/cases/{reference}/notes", payload)

    async def transfer(self, reference: str, agent_id: int, note: str) -> HandoverOut:
        return await self._send(
            HandoverOut,
            "POST",
            f"/agent/cases/{reference}/transfer",
            {"agent_id": agent_id, "note": note},
        )

    async def escalate(self, reference: str, note: str) -> HandoverOut:
        return await self._send(
            HandoverOut, "POST", f"/agent/cases/{reference}/escalate", {"note": note}
        )

    async def complete(self, reference: str) -> CaseStateOut:
        """Finish the case; the requester is offered the survey."""
        return await self._send(CaseStateOut, "POST", f"/agent/cases/{reference}/complete", {})
