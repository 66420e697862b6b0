"""The published OpenAPI schema states the rules the server checks (issue 11 point 6).

Schemathesis (tests/fuzz/test_openapi_fuzz.py) proves it broadly; these pin the
rules the issue named, in the schema and at the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.desk import running_desk


def _body_schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


async def test_the_schema_states_contact_text_and_capacity_rules(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        spec = (await desk.client.get("/openapi.json")).json()
    opening = _body_schema(spec, "OpenCaseIn")["properties"]
    assert "pattern" in opening["reply_contact"] and "pattern" in opening["identifier"]
    for model, field in (
        ("NoteIn", "body"),
        ("CannedIn", "title"),
        ("CannedIn", "body"),
        ("RevealIn", "reason"),
    ):
        assert "pattern" in _body_schema(spec, model)["properties"][field], (model, field)
    assert _body_schema(spec, "CapacityIn")["properties"]["max_chats"]["maximum"] == 8


async def test_the_schema_states_the_report_period_rules(tmp_path: Path) -> None:
    """A date-time range cannot be a JSON Schema bound, so the parameters say it in words;
    the server refuses what they rule out with 422 `invalid_input`."""
    async with running_desk(tmp_path) as desk:
        spec = (await desk.client.get("/openapi.json")).json()
    for path in (
        "/api/v1/supervisor/reports/distributions",
        "/api/v1/supervisor/reports/queue-history",
    ):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert "2000 and 2100" in params["from"]["description"]
        assert "400 days" in params["from"]["description"]
        assert "2000 and 2100" in params["to"]["description"]
        assert params["from"]["schema"]["anyOf"][0]["format"] == "date-time"


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("identifier", "oliver\x00brandt"),
        ("identifier", "oliver\x1bbrandt"),
        ("reply_contact", "me\x00@example.org"),
        ("reply_contact", "000"),
        ("reply_contact", "not a contact"),
    ],
)
async def test_control_characters_and_non_contacts_are_refused_when_opening_a_case(
    tmp_path: Path, field: str, value: str
) -> None:
    body = {"kind": "forgot_password", "identifier": "someone", "reply_contact": "a@b.example"}
    body[field] = value
    async with running_desk(tmp_path) as desk:
        response = await desk.client.post("/api/v1/cases", json=body)
    assert response.status_code == 422
    problem = response.json()
    assert problem["code"] == "validation_failed"
    assert "\x00" not in response.text  # the value is never echoed


async def test_a_missing_case_token_is_401_whatever_the_reference(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        unknown = await desk.client.get("/api/v1/cases/RD-AAAA-BBBB-CCCC")
    assert unknown.status_code == 401
    assert unknown.json()["code"] == "unauthenticated"
