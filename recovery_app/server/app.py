"""The FastAPI application factory."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from redis.asyncio import Redis
from sqlalchemy.ext.asyncio import async_sessionmaker

from recovery_app import __version__
from recovery_app.domain.clock import Clock, SystemClock
from recovery_app.schemas.common import Problem
from recovery_app.security import passwords
from recovery_app.security.keys import load_or_create
from recovery_app.server.api.routes import (
    agent_cases,
    agent_desk,
    agents,
    cases,
    chat,
    health,
    notices,
    platform,
    queue,
    supervisor,
)
from recovery_app.server.live import endpoint as live_endpoint
from recovery_app.server.live.bus import Bus, InProcessBus
from recovery_app.server.live.hub import Hub
from recovery_app.server.live.redis_bus import RedisBus
from recovery_app.server.middleware import BodySizeLimitMiddleware, RequestContextMiddleware
from recovery_app.server.problems import install_problem_handlers, problem_openapi
from recovery_app.server.settings import Settings
from recovery_app.server.state import ServerState
from recovery_app.services import audit
from recovery_app.services.context import Services
from recovery_app.services.maintenance import BackgroundWork
from recovery_app.storage.database import create_engine, normalize_url

API_PREFIX = "/api/v1"


log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None, *, clock: Clock | None = None) -> FastAPI:
    """Build the app. The database is opened on startup and closed on shutdown.

    Migrations are not run here: ``recovery-server serve`` applies them before
    it starts listening, and tests do it in their fixtures.
    """
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(passwords.prepare)
        engine = create_engine(normalize_url(settings.effective_database_url))
        redis = Redis.from_url(settings.redis_url) if settings.redis_url else None
        sessions = async_sessionmaker(engine, expire_on_commit=False)
        secret = settings.secret_key.get_secret_value() if settings.secret_key else None
        # Live events: Redis pub/sub between processes when configured, else in-process.
        bus: Bus = RedisBus(redis, settings.redis_prefix) if redis is not None else InProcessBus()
        services = Services(
            settings=settings,
            engine=engine,
            sessions=sessions,
            keys=load_or_create(settings.data_dir, secret),
            clock=clock or SystemClock(),
            bus=bus,
        )
        app.state.server = ServerState(
            settings=settings, engine=engine, sessions=sessions, services=services, redis=redis
        )
        # The log is never empty once a server ran: the first keyed row seals the chain.
        # Not migrated or unreachable: /health says so; the first audited action seals it.
        try:
            async with services.write() as session:
                await audit.start_chain(session, services.clock.now())
        except Exception as exc:
            log.warning("audit chain not started yet: %s", type(exc).__name__)
        background = BackgroundWork(services)
        app.state.background = background
        hub = Hub(services)
        hub.configure(rate=settings.live_rate_per_second, burst=settings.live_burst)
        app.state.hub = hub
        await hub.start()
        background.start()
        try:
            yield
        finally:
            await hub.stop()
            await background.stop()
            await asyncio.to_thread(services.images.close)
            if redis is not None:
                await redis.aclose()
            await engine.dispose()

    app = FastAPI(
        title="Recovery Desk",
        version=__version__,
        summary="Account-recovery support: cases, verification, live chat and restore actions.",
        lifespan=lifespan,
        responses=problem_openapi(400, 401, 413, 422, 500),
        docs_url="/api/docs",
        redoc_url=None,
    )
    install_problem_handlers(app)
    app.add_middleware(
        BodySizeLimitMiddleware,
        limit=settings.max_request_bytes,
        upload_limit=settings.max_upload_bytes + 64 * 1024,  # multipart framing
    )
    app.add_middleware(RequestContextMiddleware)  # outermost: ids every request
    for module in (health, notices, cases, agents, agent_cases, supervisor, platform, chat, queue):
        app.include_router(module.router, prefix=API_PREFIX)
    app.include_router(agent_desk.router, prefix=API_PREFIX)  # the agent desk (issue #6)
    app.include_router(live_endpoint.router, prefix=API_PREFIX)  # WebSocket /api/v1/live
    _register_problem_schema(app)
    return app


def _register_problem_schema(app: FastAPI) -> None:
    """Make ``#/components/schemas/Problem`` exist even before a route returns it."""
    original = app.openapi

    def openapi() -> dict[str, object]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for name, model_schema in (
            Problem.model_json_schema(ref_template="#/components/schemas/{model}")
            .get("$defs", {})
            .items()
        ):
            components.setdefault(name, model_schema)
        problem = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        problem.pop("$defs", None)
        components["Problem"] = problem
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]
