"""``GET /api/v1/health``: 200 when the server can serve, 503 with a problem when not."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from fastapi import APIRouter
from redis.exceptions import RedisError

from recovery_app import __version__
from recovery_app.schemas.common import Health
from recovery_app.server.api.deps import StateDep
from recovery_app.server.problems import ProblemError, problem_openapi
from recovery_app.storage import migrate
from recovery_app.storage.database import DatabaseConfigError, check_connection

router = APIRouter(tags=["service"])
log = logging.getLogger(__name__)


@router.get("/health", response_model=Health, responses=problem_openapi(503))
async def health(state: StateDep) -> Health:
    """Ready when the database answers, its schema is the one this server ships,
    and Redis (when configured) answers."""
    try:
        await check_connection(state.engine)
        revision = await migrate.current_revision(state.engine)
    except DatabaseConfigError as exc:
        log.warning("health check: database unavailable", extra={"reason": str(exc)})
        raise ProblemError(
            503,
            "database_unavailable",
            "Database unavailable",
            "The server cannot reach its database. Try again in a moment.",
        ) from exc
    head = migrate.head_revision()
    if revision != head:
        raise ProblemError(
            503,
            "schema_out_of_date",
            "Database not migrated",
            f"The database schema is at {revision or 'nothing'}, this server needs {head}. "
            "Run 'recovery-server migrate'.",
        )
    if state.redis is not None:
        try:
            await state.redis.ping()
        except RedisError as exc:
            log.warning("health check: redis unavailable", extra={"reason": str(exc)})
            raise ProblemError(
                503,
                "bus_unavailable",
                "Event bus unavailable",
                "The server cannot reach Redis, which it needs to share live events. "
                "Try again in a moment.",
            ) from exc
    return Health(
        status="ok",
        bus="redis" if state.redis is not None else "in-process",
        version=__version__,
        database="ok",
        schema_revision=head,
        server_time=datetime.now(UTC),
    )
