"""``GET /api/v1/notices``: known issues and outages that clients show as a banner."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter

from recovery_app.schemas.common import ServiceNoticeOut
from recovery_app.server.api.deps import SessionDep
from recovery_app.storage.notices import active_notices

router = APIRouter(tags=["service"])


@router.get("/notices", response_model=list[ServiceNoticeOut])
async def list_notices(session: SessionDep) -> list[ServiceNoticeOut]:
    """Notices in effect now, most severe first. Open to everyone: they hold no account data."""
    rows = await active_notices(session, datetime.now(UTC))
    return [
        ServiceNoticeOut.model_validate(
            {
                "id": row.id,
                "severity": row.severity,
                "messages": row.messages,
                "starts_at": row.starts_at,
                "ends_at": row.ends_at,
            }
        )
        for row in rows
    ]
