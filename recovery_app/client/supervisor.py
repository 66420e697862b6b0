"""Typed calls of the supervisors' view: the live board, alerts, reports, the audit log.

Every call is made with a signed-in agent's session (:class:`AgentSession`, the duck
type of ``recovery_app.client.agent``'s signed-in agent). The server refuses all of
them to a plain agent (403 ``forbidden``); :func:`can_supervise` only mirrors that so
the desktop client does not offer a view it cannot fill.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol, TypeVar

from pydantic import TypeAdapter, ValidationError

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import UnexpectedResponseError
from recovery_app.schemas.agents import AlertOut, AuditRowOut, AuditVerifyOut
from recovery_app.schemas.queue import QueueNowOut, ServiceLevelReportOut
from recovery_app.schemas.supervision import AgentBoardOut, DistributionsOut, QueueHistoryOut

T = TypeVar("T")

SUPERVISING_ROLES = frozenset({"supervisor", "admin"})
AUDIT_PAGE = 50


class AgentSession(Protocol):
    """A signed-in agent: the API client, the session token, the role."""

    @property
    def api(self) -> ApiClient: ...

    @property
    def token(self) -> str: ...

    @property
    def role(self) -> str: ...

    def headers(self) -> dict[str, str]: ...


def role_name(role: object) -> str:
    """``"supervisor"`` for ``Role.SUPERVISOR`` or ``"supervisor"`` alike."""
    value = getattr(role, "value", role)
    return str(value).lower()


def can_supervise(agent: AgentSession | None) -> bool:
    """Whether the signed-in agent may see the supervisors' view (the server decides)."""
    role = getattr(agent, "role", None)  # an agent client without a role is not trusted
    return role is not None and role_name(role) in SUPERVISING_ROLES


@dataclass(frozen=True)
class AuditQuery:
    """Filters of the audit search; None means "any"."""

    case_ref: str | None = None
    action: str | None = None
    agent_id: int | None = None
    start: datetime | None = None
    end: datetime | None = None

    def params(self) -> dict[str, str]:
        found: dict[str, str] = {}
        if self.case_ref:
            found["case_ref"] = self.case_ref
        if self.action:
            found["action"] = self.action
        if self.agent_id is not None:
            found["agent_id"] = str(self.agent_id)
        if self.start is not None:
            found["from"] = self.start.isoformat()
        if self.end is not None:
            found["to"] = self.end.isoformat()
        return found


class SupervisorClient:
    """The supervisors' endpoints, called as ``agent``."""

    def __init__(self, agent: AgentSession) -> None:
        self.agent = agent

    async def _get(self, path: str, kind: type[T] | Any, **params: Any) -> T:
        response = await self.agent.api.request(
            "GET", path, params=params or None, headers=self.agent.headers()
        )
        try:
            result: T = TypeAdapter(kind).validate_json(response.content)
        except ValidationError as exc:
            raise UnexpectedResponseError(
                f"GET {path}: {exc.error_count()} invalid fields"
            ) from exc
        return result

    @staticmethod
    def _period(start: datetime | None, end: datetime | None) -> dict[str, str]:
        params = {}
        if start is not None:
            params["from"] = start.isoformat()
        if end is not None:
            params["to"] = end.isoformat()
        return params

    async def queue_now(self) -> QueueNowOut:
        result: QueueNowOut = await self._get("/supervisor/reports/queue", QueueNowOut)
        return result

    async def agents(self) -> list[AgentBoardOut]:
        result: list[AgentBoardOut] = await self._get("/supervisor/agents", list[AgentBoardOut])
        return result

    async def alerts(self, *, include_acknowledged: bool = False) -> list[AlertOut]:
        params = {"include_acknowledged": "true"} if include_acknowledged else {}
        result: list[AlertOut] = await self._get("/supervisor/alerts", list[AlertOut], **params)
        return result

    async def acknowledge(self, alert_id: int) -> AlertOut:
        response = await self.agent.api.request(
            "POST", f"/supervisor/alerts/{alert_id}/acknowledge", headers=self.agent.headers()
        )
        try:
            return AlertOut.model_validate_json(response.content)
        except ValidationError as exc:
            raise UnexpectedResponseError(f"acknowledge: {exc.error_count()} invalid") from exc

    async def service_levels(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> ServiceLevelReportOut:
        result: ServiceLevelReportOut = await self._get(
            "/supervisor/reports/service-levels", ServiceLevelReportOut, **self._period(start, end)
        )
        return result

    async def distributions(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> DistributionsOut:
        result: DistributionsOut = await self._get(
            "/supervisor/reports/distributions", DistributionsOut, **self._period(start, end)
        )
        return result

    async def queue_history(
        self, start: datetime | None = None, end: datetime | None = None
    ) -> QueueHistoryOut:
        result: QueueHistoryOut = await self._get(
            "/supervisor/reports/queue-history", QueueHistoryOut, **self._period(start, end)
        )
        return result

    async def audit(
        self, query: AuditQuery, *, before_id: int | None = None, limit: int = AUDIT_PAGE
    ) -> list[AuditRowOut]:
        params: dict[str, Any] = {**query.params(), "limit": str(limit)}
        if before_id is not None:
            params["before_id"] = str(before_id)
        result: list[AuditRowOut] = await self._get(
            "/supervisor/audit", list[AuditRowOut], **params
        )
        return result

    async def verify_audit(self) -> AuditVerifyOut:
        result: AuditVerifyOut = await self._get("/supervisor/audit/verify", AuditVerifyOut)
        return result
