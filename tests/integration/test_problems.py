"""Every error is a problem+json body with a stable code and a sentence; inputs never echoed."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from pydantic import BaseModel

from recovery_app.server.app import create_app
from tests.support.live_server import migrate_to_head, test_settings


class _Echo(BaseModel):
    identifier: str
    count: int


@pytest.fixture
async def app_client(data_dir: Path) -> AsyncIterator[tuple[FastAPI, httpx.AsyncClient]]:
    settings = test_settings(data_dir, max_request_bytes=4096)
    await migrate_to_head(settings)
    app = create_app(settings)

    # Test-only routes that exercise the server's error paths.
    @app.post("/api/v1/_test/echo")
    async def echo(body: _Echo) -> dict[str, str]:
        return {"ok": body.identifier}

    @app.get("/api/v1/_test/crash")
    async def crash() -> None:
        raise RuntimeError("password=hunter2 leaked into an exception")

    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            yield app, client


def _assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, object]:
    assert response.status_code == status
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == code
    assert body["status"] == status
    assert body["type"] == f"urn:recovery-desk:problem:{code}"
    assert isinstance(body["detail"], str)
    assert body["detail"].endswith(".")
    assert body["request_id"] == response.headers["x-request-id"]
    return body  # type: ignore[no-any-return]


async def test_unknown_path_is_not_found_problem(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client
    _assert_problem(await client.get("/api/v1/no-such-thing"), 404, "not_found")


async def test_wrong_method_is_method_not_allowed_problem(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client
    _assert_problem(await client.delete("/api/v1/health"), 405, "method_not_allowed")


async def test_invalid_body_names_fields_without_echoing_values(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client
    response = await client.post(
        "/api/v1/_test/echo", json={"identifier": "secret-value-42", "count": "lots"}
    )
    body = _assert_problem(response, 422, "validation_failed")
    assert "secret-value-42" not in response.text
    assert "lots" not in response.text
    assert body["errors"] == [{"field": "body.count", "message": body["errors"][0]["message"]}]  # type: ignore[index]
    assert "body.count" in str(body["detail"])


async def test_malformed_json_is_a_validation_problem(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client
    response = await client.post(
        "/api/v1/_test/echo", content=b"{not json", headers={"content-type": "application/json"}
    )
    _assert_problem(response, 422, "validation_failed")


async def test_declared_oversized_body_is_refused_before_reading(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client
    response = await client.post(
        "/api/v1/_test/echo", content=b"x" * 5000, headers={"content-type": "application/json"}
    )
    body = _assert_problem(response, 413, "payload_too_large")
    assert "4 KiB" in str(body["detail"])


async def test_streamed_oversized_body_is_refused(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(10):
            yield b'{"identifier": "' + b"x" * 1000

    response = await client.post(
        "/api/v1/_test/echo", content=chunks(), headers={"content-type": "application/json"}
    )
    _assert_problem(response, 413, "payload_too_large")


async def test_unexpected_error_is_500_problem_and_logged_without_secret(
    app_client: tuple[FastAPI, httpx.AsyncClient], caplog: pytest.LogCaptureFixture
) -> None:
    _, client = app_client
    with caplog.at_level(logging.ERROR):
        response = await client.get("/api/v1/_test/crash")
    body = _assert_problem(response, 500, "internal_error")
    assert "hunter2" not in response.text
    assert "Traceback" not in response.text
    assert "request id" in str(body["detail"])
    assert any(r.getMessage() == "unhandled error" for r in caplog.records)


async def test_server_keeps_serving_after_errors(
    app_client: tuple[FastAPI, httpx.AsyncClient],
) -> None:
    _, client = app_client
    await client.get("/api/v1/_test/crash")
    await client.post("/api/v1/_test/echo", content=b"x" * 5000)
    assert (await client.get("/api/v1/health")).status_code == 200
