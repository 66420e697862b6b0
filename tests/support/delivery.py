"""Helpers for the delivery tests: time passing during an outage, the outbox, alerts.

Time is compressed, the outage is not: the desk's clock is moved in steps, and at every
step the dispatcher really tries the SMTP port (and gets a refused connection while the
mail server is stopped).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import select

from recovery_app.storage.models import OutboxMessage
from tests.support.desk import AgentHandle, Desk, OpenedCase

STEP = timedelta(seconds=10)


async def let_time_pass(
    desk: Desk, duration: timedelta, *, step: timedelta = STEP, case: OpenedCase | None = None
) -> list[str | None]:
    """Move the clock ``duration`` in ``step``s, running a dispatcher round at each; with
    ``case``, the delivery state of its newest code step after each round."""
    states: list[str | None] = []
    passed = timedelta(0)
    while passed < duration:
        desk.clock.advance(step)
        passed += step
        await desk.background.dispatcher.dispatch_once()
        if case is not None:
            states.append(await delivery_of(desk, case))
    return states


async def delivery_of(desk: Desk, case: OpenedCase, purpose: str = "verify") -> str | None:
    """The ``delivery`` of the case's newest pending code step (None: no such step)."""
    response = await desk.client.get(f"/api/v1/cases/{case.reference}", headers=case.headers)
    assert response.status_code == 200, response.text
    steps = [p for p in response.json()["pending"] if p["purpose"] == purpose]
    steps = [p for p in steps if p["method"] in ("email_code", "sms_code")]
    return steps[-1]["delivery"] if steps else None


async def outbox_rows(desk: Desk, template: str | None = None) -> list[OutboxMessage]:
    query = select(OutboxMessage).order_by(OutboxMessage.id)
    if template is not None:
        query = query.where(OutboxMessage.template == template)
    async with desk.services.read() as session:
        return list(await session.scalars(query))


async def alerts(desk: Desk, supervisor: AgentHandle) -> list[dict[str, Any]]:
    """Every alert, as a supervisor reads them over the API."""
    response = await desk.client.get(
        "/api/v1/supervisor/alerts",
        params={"include_acknowledged": "true"},
        headers=supervisor.headers,
    )
    assert response.status_code == 200, response.text
    found: list[dict[str, Any]] = response.json()
    return found
