"""GET /api/v1/health over a real uvicorn: ready, not migrated, database gone, Redis."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import ApiProblemError
from recovery_app.storage.migrate import head_revision
from tests.support.databases import redis_url
from tests.support.live_server import LiveServer, test_settings


async def test_health_answers_ok_with_schema_revision(live_server: LiveServer) -> None:
    async with ApiClient(live_server.url) as api:
        health = await api.health()
    assert health.status == "ok"
    assert health.database == "ok"
    assert health.schema_revision == head_revision()
    assert health.bus == "in-process"
    assert health.server_time.tzinfo is not None


async def test_health_is_503_when_database_not_migrated(data_dir: Path) -> None:
    from recovery_app.server.app import create_app

    app = create_app(test_settings(data_dir))
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.get("/api/v1/health")
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    body = response.json()
    assert body["code"] == "schema_out_of_date"
    assert "recovery-server migrate" in body["detail"]


async def test_health_is_503_when_the_database_cannot_be_reached(data_dir: Path) -> None:
    from recovery_app.server.app import create_app

    # Nothing listens on port 9: every connection attempt is refused at once.
    settings = test_settings(data_dir, database_url="postgresql://app:pw@127.0.0.1:9/recovery")
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            response = await client.get("/api/v1/health")
            other = await client.get("/api/v1/notices")
    assert response.status_code == 503
    assert response.json()["code"] == "database_unavailable"
    assert "pw" not in response.text
    assert other.status_code == 503  # a clear problem, and the server stays up
    assert other.json()["code"] == "database_unavailable"


@pytest.mark.redis
@pytest.mark.skipif(
    not redis_url(), reason="RECOVERY_TEST_REDIS_URL is not set: Redis tests skipped"
)
async def test_health_reports_the_redis_bus_when_configured(data_dir: Path) -> None:
    server = LiveServer(test_settings(data_dir, redis_url=redis_url()))
    await server.start()
    try:
        async with ApiClient(server.url) as api:
            assert (await api.health()).bus == "redis"
    finally:
        await server.stop()


async def test_health_is_503_when_redis_is_unreachable(data_dir: Path) -> None:
    # Port 9 (discard) is closed on test machines: the connection is refused at once.
    server = LiveServer(test_settings(data_dir, redis_url="redis://127.0.0.1:9/0"))
    await server.start()
    try:
        async with ApiClient(server.url) as api:
            with pytest.raises(ApiProblemError) as info:
                await api.health()
        assert info.value.code == "bus_unavailable"
    finally:
        await server.stop()
