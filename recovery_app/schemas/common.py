"""Wire models used across the API: problems, health and service notices."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class FieldProblem(BaseModel):
    """One invalid field of a request. The offending value is never echoed back."""

    field: str = Field(description="Where the field is, e.g. 'body.identifier'.")
    message: str


class Problem(BaseModel):
    """RFC 9457 problem details, with a stable machine-readable ``code``."""

    type: str = Field(description="URI naming the kind of problem.")
    title: str
    status: int
    detail: str = Field(description="What went wrong and what to do, as a sentence.")
    code: str = Field(description="Stable identifier clients translate, e.g. 'not_found'.")
    request_id: str | None = None
    errors: list[FieldProblem] | None = None


class Health(BaseModel):
    """Answer of ``GET /api/v1/health`` when the server is ready."""

    status: Literal["ok"]
    version: str
    database: Literal["ok"]
    schema_revision: str
    bus: Literal["in-process", "redis"] = Field(
        description="How live events reach other server processes."
    )
    server_time: datetime


class ServiceNoticeOut(BaseModel):
    """A known issue or outage, shown as a banner."""

    id: int
    severity: Literal["info", "warning", "outage"]
    messages: dict[str, str]
    starts_at: datetime
    ends_at: datetime | None
