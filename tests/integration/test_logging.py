"""The server's log: one JSON object a line, an access line per request, no secrets."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import httpx
import pytest

from recovery_app.server.log_config import configure_logging
from tests.support.live_server import LiveServer


@pytest.fixture
def server_log() -> Iterator[io.StringIO]:
    """Capture what the server's configured handler writes."""
    root = logging.getLogger()
    saved_handlers, saved_level = root.handlers[:], root.level
    configure_logging("info", "json")
    stream = io.StringIO()
    handler = root.handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    handler.setStream(stream)
    try:
        yield stream
    finally:
        root.handlers[:] = saved_handlers
        root.setLevel(saved_level)
        logging.getLogger("uvicorn.access").disabled = False


async def test_access_log_has_path_but_never_query_or_auth_header(
    live_server: LiveServer, server_log: io.StringIO
) -> None:
    async with httpx.AsyncClient(base_url=live_server.url) as client:
        await client.get(
            "/api/v1/health?token=query-secret-123",
            headers={"Authorization": "Bearer header-secret-456"},
        )
    lines = [json.loads(line) for line in server_log.getvalue().splitlines()]
    access = [line for line in lines if line["logger"] == "recovery_app.access"]
    assert access, "no access line was written"
    assert access[-1]["msg"] == "GET /api/v1/health 200"
    assert access[-1]["status"] == 200
    assert access[-1]["client_ip"] == "127.0.0.1"
    assert len(access[-1]["request_id"]) == 16
    text = server_log.getvalue()
    assert "query-secret-123" not in text
    assert "header-secret-456" not in text


async def test_every_log_line_is_json_with_utc_time(
    live_server: LiveServer, server_log: io.StringIO
) -> None:
    async with httpx.AsyncClient(base_url=live_server.url) as client:
        await client.get("/api/v1/nowhere")
    lines = server_log.getvalue().splitlines()
    assert lines
    for line in lines:
        entry = json.loads(line)
        assert entry["ts"].endswith("+00:00")
        assert {"level", "logger", "msg"} <= entry.keys()
