"""Wire models used across the API: problems, health and service notices."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

# The schema is the contract (issue 11 point 6): these patterns say in the published
# OpenAPI what the server checks, so a request the schema calls valid is accepted.
# JSON Schema patterns match anywhere in the string (search, not full match).

# Unicode White_Space, spelled out: ``\s`` differs between the regex engines that read
# these patterns (pydantic's Rust engine, Python's ``re``, JavaScript), so a pattern
# that used it could call a request valid in the schema and invalid at the server.
WHITE = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# C0 and C1 control characters (NUL included) and DEL.
CONTROLS = r"\x00-\x1f\x7f-\x9f"
_HIDDEN = rf"{WHITE}{CONTROLS}\u202a-\u202e\u2066-\u2069"  # and bidi controls

# No control character: identifiers, contacts, answers.
NO_CONTROLS = rf"^[^{CONTROLS}]+$"
# At least one visible character (the server strips white space, control and bidi
# characters from texts and refuses what is left empty).
VISIBLE = rf"[^{_HIDDEN}]"
# An e-mail address (something@domain) or a phone number with 7 to 15 digits.
EMAIL_OR_PHONE = (
    rf"^(?:[^@{WHITE}{CONTROLS}]+@[^@{WHITE}{CONTROLS}]+"
    r"|\+?[ ().\-]*(?:[0-9][ ().\-]*){7,15})$"
)


def visible_text(min_visible: int = 1) -> str:
    """A pattern for text whose stripped length is at least ``min_visible``."""
    if min_visible <= 1:
        return VISIBLE
    edge = f"[^{_HIDDEN}]"
    return rf"^[{WHITE}]*{edge}[\s\S]{{{min_visible - 2},}}{edge}[{WHITE}]*$"


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
