"""The server's log: one JSON object a line, an access line per request, no secrets."""

from __future__ import annotations

import io
import json

import httpx

from tests.support.live_server import LiveServer


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
