"""The agent API end to end: sign in and out, who am I, alerts, audit search and verify."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.model import CaseKind, CaseState, RestoreAction, RestoreStatus, Role
from recovery_app.security import tokens, totp
from recovery_app.server.app import create_app
from recovery_app.services import agents, alerts, audit
from recovery_app.services.context import Services
from recovery_app.storage.models import Alert, AuditEntry, Case, RestoreRequest
from tests.support.live_server import migrate_to_head, test_settings

THRESHOLD = 3
WINDOW_MINUTES = 60


@dataclass
class Desk:
    client: httpx.AsyncClient
    services: Services
    clock: FrozenClock


@dataclass
class Signed:
    id: int
    username: str
    headers: dict[str, str]


@pytest.fixture
async def desk(data_dir: Path) -> AsyncIterator[Desk]:
    settings = test_settings(
        data_dir,
        restore_alert_threshold=THRESHOLD,
        restore_alert_window_minutes=WINDOW_MINUTES,
    )
    await migrate_to_head(settings)
    clock = FrozenClock(datetime.now(UTC))
    app = create_app(settings, clock=clock)
    transport = httpx.ASGITransport(app=app, client=("192.0.2.44", 1234))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            yield Desk(client, app.state.server.services, clock)


async def signed_in(desk: Desk, username: str, role: Role = Role.AGENT) -> Signed:
    password = f"Pebble {secrets.token_hex(6)} orchard"
    agent_id, seed = await agents.create_agent(
        desk.services, username, username.title(), role, password
    )
    response = await desk.client.post(
        "/api/v1/agent/sessions",
        json={
            "username": username,
            "password": password,
            "totp": totp.code_at(seed, totp.current_step()),
        },
    )
    assert response.status_code == 201, response.text
    return Signed(agent_id, username, {"authorization": f"Bearer {response.json()['token']}"})


# --- sessions ------------------------------------------------------------------------------


async def test_sign_in_me_and_sign_out(desk: Desk) -> None:
    password = "Harbour 2718 willow gate"
    agent_id, seed = await agents.create_agent(
        desk.services, "  Alice ", "Alice Archer", Role.SUPERVISOR, password
    )
    response = await desk.client.post(
        "/api/v1/agent/sessions",
        json={
            "username": "ALICE",
            "password": password,
            "totp": totp.code_at(seed, totp.current_step()),
        },
    )
    assert response.status_code == 201
    body = response.json()
    assert body["agent"] == {
        "id": agent_id,
        "username": "alice",
        "display_name": "Alice Archer",
        "role": "supervisor",
    }
    assert datetime.fromisoformat(body["expires_at"]) == desk.clock.now() + timedelta(hours=12)
    headers = {"authorization": f"Bearer {body['token']}"}
    me = await desk.client.get("/api/v1/agent/me", headers=headers)
    assert me.status_code == 200
    assert me.json() == body["agent"]
    assert (
        await desk.client.delete("/api/v1/agent/sessions/current", headers=headers)
    ).status_code == 204
    after = await desk.client.get("/api/v1/agent/me", headers=headers)
    assert after.status_code == 401
    assert after.headers["content-type"] == "application/problem+json"
    actions = [row.action for row in await alerts.search_audit(desk.services)]
    assert actions == [
        "agent.signed_out",
        "agent.signed_in",
        "agent.created",
        "audit.chain_started",
    ]


async def test_sign_in_body_is_validated_without_echoing_values(desk: Desk) -> None:
    response = await desk.client.post(
        "/api/v1/agent/sessions",
        json={"username": "al", "password": "hunter2-secret", "totp": "12ab56"},
    )
    assert response.status_code == 422
    assert "hunter2-secret" not in response.text
    assert {e["field"] for e in response.json()["errors"]} == {"body.username", "body.totp"}


async def test_admin_creates_an_agent_who_can_then_sign_in(desk: Desk) -> None:
    admin = await signed_in(desk, "root", Role.ADMIN)
    created = await desk.client.post(
        "/api/v1/admin/agents",
        json={
            "username": "Zoe",
            "display_name": "Zoe Z",
            "role": "supervisor",
            "password": "Violet 1618 canal bridge",
        },
        headers=admin.headers,
    )
    assert created.status_code == 201
    body = created.json()
    assert body["agent"]["username"] == "zoe"
    assert body["agent"]["status"] == "active"
    seed = body["enrolment_uri"].split("secret=")[1].split("&")[0]
    assert body["enrolment_uri"].startswith("otpauth://totp/")
    duplicate = await desk.client.post(
        "/api/v1/admin/agents",
        json={"username": "zoe", "display_name": "Zoe 2", "password": "Violet 1618 canal bridge"},
        headers=admin.headers,
    )
    assert duplicate.status_code == 409
    assert duplicate.json()["code"] == "agent_exists"
    response = await desk.client.post(
        "/api/v1/agent/sessions",
        json={
            "username": "zoe",
            "password": "Violet 1618 canal bridge",
            "totp": totp.code_at(seed, totp.current_step()),
        },
    )
    assert response.status_code == 201
    weak = await desk.client.post(
        "/api/v1/admin/agents",
        json={"username": "yan", "display_name": "Yan", "password": "yan-yan-yan-yan"},
        headers=admin.headers,
    )
    assert weak.status_code == 422
    assert weak.json()["code"] == "invalid_agent"
    missing = await desk.client.post("/api/v1/admin/agents/9999/disable", headers=admin.headers)
    assert missing.status_code == 404


# --- alerts --------------------------------------------------------------------------------


async def _case(services: Services, now: datetime) -> int:
    async with services.write() as session:
        case = Case(
            reference=tokens.case_reference(),
            token_hash=secrets.token_hex(32),
            kind=CaseKind.HACKED.value,
            state=CaseState.RESTORING.value,
            identifier_hash=secrets.token_hex(32),
            language="en",
            tier="free",
            compromise_window_start=now - timedelta(days=30),
            opened_at=now,
            updated_at=now,
        )
        session.add(case)
        await session.flush()
        return case.id


async def request_restore(
    services: Services, case_id: int, agent_id: int, action: RestoreAction, at: datetime
) -> list[Alert]:
    """What the restore service does: record the request, then let alerts look at it."""
    async with services.write() as session:
        session.add(
            RestoreRequest(
                public_id=tokens.public_id(),
                case_id=case_id,
                action=action.value,
                target={},
                status=RestoreStatus.PENDING_APPROVAL.value,
                requested_by_agent_id=agent_id,
                requested_at=at,
                reason="test",
            )
        )
        await session.flush()
        return await alerts.record_restore_activity(session, services.settings, agent_id, at)


async def test_restores_over_the_threshold_raise_one_alert_for_supervisors(desk: Desk) -> None:
    bob = await signed_in(desk, "bob")
    sue = await signed_in(desk, "sue", Role.SUPERVISOR)
    now = desk.clock.now()
    case_id = await _case(desk.services, now)
    for n in range(THRESHOLD):
        raised = await request_restore(
            desk.services,
            case_id,
            bob.id,
            RestoreAction.REVOKE_SESSIONS,
            now + timedelta(minutes=n),
        )
        assert raised == [], f"alert after only {n + 1} requests"
    at = now + timedelta(minutes=THRESHOLD)
    raised = await request_restore(
        desk.services, case_id, bob.id, RestoreAction.SEND_RESET_LINK, at
    )
    assert [a.kind for a in raised] == ["unusual_restore_activity"]
    again = await request_restore(desk.services, case_id, bob.id, RestoreAction.REVOKE_SESSIONS, at)
    assert again == [], "a second open alert of the same kind in the same window"

    listed = await desk.client.get("/api/v1/supervisor/alerts", headers=sue.headers)
    assert listed.status_code == 200
    [alert] = listed.json()
    assert alert["kind"] == "unusual_restore_activity"
    assert alert["agent_id"] == bob.id
    assert alert["detail"]["restore_requests"] == THRESHOLD + 1
    assert "bob" in alert["message"]
    assert (
        await desk.client.get("/api/v1/supervisor/alerts", headers=bob.headers)
    ).status_code == 403
    own = await desk.client.post(
        f"/api/v1/supervisor/alerts/{alert['id']}/acknowledge", headers=bob.headers
    )
    assert own.status_code == 403

    acked = await desk.client.post(
        f"/api/v1/supervisor/alerts/{alert['id']}/acknowledge", headers=sue.headers
    )
    assert acked.status_code == 200
    assert acked.json()["acknowledged_by_agent_id"] == sue.id
    assert (await desk.client.get("/api/v1/supervisor/alerts", headers=sue.headers)).json() == []
    history = await desk.client.get(
        "/api/v1/supervisor/alerts?include_acknowledged=true", headers=sue.headers
    )
    assert [a["id"] for a in history.json()] == [alert["id"]]
    async with desk.services.read() as session:
        audited = list(
            await session.scalars(
                select(AuditEntry.action).where(AuditEntry.action.startswith("alert."))
            )
        )
    assert audited == ["alert.raised", "alert.acknowledged"]


async def test_requests_outside_the_window_do_not_count(desk: Desk) -> None:
    bob = await signed_in(desk, "bob")
    now = desk.clock.now()
    case_id = await _case(desk.services, now)
    for n in range(THRESHOLD * 2):
        at = now + timedelta(minutes=n * WINDOW_MINUTES / THRESHOLD)
        raised = await request_restore(
            desk.services, case_id, bob.id, RestoreAction.REVOKE_SESSIONS, at
        )
        assert raised == []


async def test_three_second_factor_removals_in_a_row_raise_an_alert(desk: Desk) -> None:
    bob = await signed_in(desk, "bob")
    now = desk.clock.now()
    case_id = await _case(desk.services, now)
    actions = [
        RestoreAction.REMOVE_SECOND_FACTOR,
        RestoreAction.REVOKE_SESSIONS,
        RestoreAction.REMOVE_SECOND_FACTOR,
        RestoreAction.REMOVE_SECOND_FACTOR,
    ]
    for n, action in enumerate(actions):
        at = now + timedelta(minutes=30 * n)  # spread out: never over the threshold
        assert await request_restore(desk.services, case_id, bob.id, action, at) == []
    at = now + timedelta(minutes=30 * len(actions))
    raised = await request_restore(
        desk.services, case_id, bob.id, RestoreAction.REMOVE_SECOND_FACTOR, at
    )
    assert [a.kind for a in raised] == ["repeated_factor_removal"]
    async with desk.services.read() as session:
        assert await session.scalar(select(func.count(Alert.id))) == 1


async def test_an_acknowledged_alert_lets_a_new_one_be_raised(desk: Desk) -> None:
    bob = await signed_in(desk, "bob")
    sue = await signed_in(desk, "sue", Role.ADMIN)
    now = desk.clock.now()
    case_id = await _case(desk.services, now)
    for _ in range(THRESHOLD + 1):
        raised = await request_restore(
            desk.services, case_id, bob.id, RestoreAction.REVOKE_SESSIONS, now
        )
    [alert] = raised
    await desk.client.post(f"/api/v1/supervisor/alerts/{alert.id}/acknowledge", headers=sue.headers)
    raised = await request_restore(
        desk.services, case_id, bob.id, RestoreAction.REVOKE_SESSIONS, now
    )
    assert [a.kind for a in raised] == ["unusual_restore_activity"]


async def test_nobody_acknowledges_an_alert_about_themselves(desk: Desk) -> None:
    sue = await signed_in(desk, "sue", Role.SUPERVISOR)
    now = desk.clock.now()
    case_id = await _case(desk.services, now)
    for _ in range(THRESHOLD + 1):
        raised = await request_restore(
            desk.services, case_id, sue.id, RestoreAction.REVOKE_SESSIONS, now
        )
    [alert] = raised
    own = await desk.client.post(
        f"/api/v1/supervisor/alerts/{alert.id}/acknowledge", headers=sue.headers
    )
    assert own.status_code == 409
    assert own.json()["code"] == "own_alert"
    listed = await desk.client.get("/api/v1/supervisor/alerts", headers=sue.headers)
    assert [a["id"] for a in listed.json()] == [alert.id]


# --- audit ---------------------------------------------------------------------------------


async def test_audit_search_filters_pages_and_is_for_supervisors_only(desk: Desk) -> None:
    bob = await signed_in(desk, "bob")
    sue = await signed_in(desk, "sue", Role.SUPERVISOR)
    search = "/api/v1/supervisor/audit"
    assert (await desk.client.get(search, headers=bob.headers)).status_code == 403
    assert (await desk.client.get(search)).status_code == 401
    signed = await desk.client.get(f"{search}?action=agent.signed_in", headers=sue.headers)
    assert signed.status_code == 200
    rows = signed.json()
    assert [r["actor_id"] for r in rows] == [str(sue.id), str(bob.id)]  # newest first
    assert all(r["ip"] == "192.0.2.44" and r["action"] == "agent.signed_in" for r in rows)
    first_page = (await desk.client.get(f"{search}?limit=2", headers=sue.headers)).json()
    assert len(first_page) == 2
    next_page = (
        await desk.client.get(
            f"{search}?limit=2&before_id={first_page[-1]['id']}", headers=sue.headers
        )
    ).json()
    assert [r["id"] for r in next_page] == [first_page[-1]["id"] - 1, first_page[-1]["id"] - 2]
    now = desk.clock.now()
    async with desk.services.write() as session:
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=bob.id,
            action="case.viewed",
            case_ref="RD-AAAA-BBBB-CCCC",
            ip="192.0.2.44",
        )
    by_case = (
        await desk.client.get(f"{search}?case_ref=RD-AAAA-BBBB-CCCC", headers=sue.headers)
    ).json()
    assert [r["action"] for r in by_case] == ["case.viewed"]
    bad = await desk.client.get(f"{search}?case_ref=x%00y", headers=sue.headers)
    assert bad.status_code == 422


async def test_audit_verify_reports_the_chain(desk: Desk) -> None:
    bob = await signed_in(desk, "bob")
    sue = await signed_in(desk, "sue", Role.SUPERVISOR)
    assert (
        await desk.client.get("/api/v1/supervisor/audit/verify", headers=bob.headers)
    ).status_code == 403
    response = await desk.client.get("/api/v1/supervisor/audit/verify", headers=sue.headers)
    assert response.status_code == 200
    async with desk.services.read() as session:
        head = await session.scalar(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1))
        count = await session.scalar(select(func.count(AuditEntry.id)))
    assert head is not None
    assert response.json() == {
        "ok": True,
        "rows": count,
        "head_hash": head.hash,
        "first_bad_id": None,
        "problem": None,
        "head_seq": head.id,
        "head_key_id": head.key_id,
    }
