"""The approvals inbox API and the per-action availability in the case panel's answer."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_app.domain.model import Role
from recovery_app.storage.models import AuditEntry
from tests.support.desk import AgentHandle, Desk, HackedAccount, OpenedCase, running_desk


@dataclass
class Scene:
    desk: Desk
    ann: HackedAccount
    case: OpenedCase
    alice: AgentHandle
    bob: AgentHandle
    sam: AgentHandle

    async def view(self, agent: AgentHandle | None = None) -> dict[str, Any]:
        response = await self.desk.client.get(
            f"/api/v1/agent/cases/{self.case.reference}", headers=(agent or self.alice).headers
        )
        assert response.status_code == 200, response.text
        body: dict[str, Any] = response.json()
        return body

    async def inbox(self, agent: AgentHandle, scope: str = "decide") -> list[dict[str, Any]]:
        response = await self.desk.client.get(
            "/api/v1/agent/restore-requests",
            params={"status": "pending", "scope": scope},
            headers=agent.headers,
        )
        assert response.status_code == 200, response.text
        body: list[dict[str, Any]] = response.json()
        return body

    async def restore(self, action: str, **target: int) -> dict[str, Any]:
        response = await self.desk.client.post(
            f"/api/v1/agent/cases/{self.case.reference}/restore",
            json={"action": action, "target": target, "reason": "the owner proved it twice"},
            headers=self.alice.headers,
        )
        assert response.status_code == 201, response.text
        body: dict[str, Any] = response.json()
        return body


@pytest.fixture
async def scene(tmp_path: Path) -> AsyncIterator[Scene]:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        alice, bob = await desk.agent("alice"), await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("ann")
        await desk.assign(case, alice, sam)
        yield Scene(desk, ann, case, alice, bob, sam)


def _actions(view: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {a["action"]: a for a in view["actions"]}


async def test_case_view_says_per_action_why_it_is_blocked_and_what_it_may_change(
    scene: Scene,
) -> None:
    actions = _actions(await scene.view())
    assert all(not a["allowed"] and a["blocked"] == "level" for a in actions.values())
    assert actions["reinstate"]["approver"] == "supervisor"
    assert actions["remove_contact"]["approver"] == "agent"
    assert actions["revoke_sessions"]["approver"] is None
    assert actions["send_reset_link"]["required_level"] == 2  # Ann has an authenticator
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)
    await scene.desk.prove(scene.case, "sms_code", scene.ann.phone)
    view = await scene.view()
    actions = _actions(view)
    assert actions["revoke_sessions"]["allowed"]
    assert actions["remove_contact"]["allowed"]
    assert actions["remove_contact"]["targets"] == [scene.ann.attacker_email_id]
    assert actions["restore_contact"]["targets"] == [scene.ann.old_email_id]
    assert actions["remove_second_factor"]["blocked"] == "level"  # L3
    assert actions["reinstate"]["blocked"] == "no_target"  # the account is not disabled
    passed = [c for c in view["challenges"] if c["status"] == "passed"]
    assert {c["method"] for c in passed} >= {"email_code", "sms_code"}
    assert all(c["completed_at"] for c in passed)
    offered = set(view["offered_methods"])
    assert {"email_code", "sms_code", "backup_code", "document", "selfie"} <= offered
    assert "totp" not in offered  # the authenticator now on the account is the attacker's


async def test_inbox_offers_a_request_to_other_agents_never_to_the_requester(
    scene: Scene,
) -> None:
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)
    await scene.desk.prove(scene.case, "sms_code", scene.ann.phone)
    request = await scene.restore("remove_contact", contact_id=scene.ann.attacker_email_id)
    assert await scene.inbox(scene.alice) == []
    mine = await scene.inbox(scene.alice, "mine")
    assert [r["id"] for r in mine] == [request["id"]]
    assert mine[0]["can_decide"] is False
    offered = await scene.inbox(scene.bob)
    assert [r["id"] for r in offered] == [request["id"]]
    item = offered[0]
    assert item["can_decide"] and item["requested_by"] == "Alice"
    assert item["case"]["level"] == 2 and item["case"]["proofs"] == ["email", "phone"]
    assert item["contact"]["masked"] == "e•••@a•••.test" and item["contact"]["suspicious"]
    text = str(offered)
    assert scene.ann.attacker_email not in text and scene.ann.old_email not in text
    assert scene.ann.handle not in text.replace(scene.case.reference, "")
    assert [r["id"] for r in await scene.inbox(scene.bob)] == [request["id"]]  # the inbox polls
    async with scene.desk.services.read() as session:
        rows = (
            await session.scalars(
                select(AuditEntry).where(AuditEntry.action == "restore_request.viewed")
            )
        ).all()
    # audited once per approver and request, not once per poll
    assert [(r.actor_id, r.case_ref) for r in rows] == [(str(scene.bob.id), scene.case.reference)]
    own = await scene.desk.client.post(
        f"/api/v1/agent/restore-requests/{request['id']}/decision",
        json={"approve": True, "note": "my own"},
        headers=scene.alice.headers,
    )
    assert own.status_code == 403 and own.json()["code"] == "self_approval"
    decided = await scene.desk.client.post(
        f"/api/v1/agent/restore-requests/{request['id']}/decision",
        json={"approve": True, "note": "proofs checked"},
        headers=scene.bob.headers,
    )
    assert decided.json()["status"] == "on_hold"
    assert await scene.inbox(scene.bob) == []
    assert await scene.inbox(scene.alice, "mine") == []


async def test_reinstatement_requests_reach_only_supervisors(tmp_path: Path) -> None:
    from datetime import timedelta

    from recovery_app.domain.model import ContactKind
    from recovery_app.storage import accounts_admin
    from recovery_app.storage.models import Account

    async with running_desk(tmp_path) as desk:
        account_id = await desk.account("susp", email="susp@example.com")
        async with desk.services.write() as session:
            account = await session.get(Account, account_id)
            assert account is not None
            account.status = "suspended"
            await accounts_admin.add_contact(
                session,
                account_id,
                ContactKind.PHONE,
                "+33 6 12 34 56 78",
                added_at=desk.clock.now() - timedelta(days=400),
            )
        alice, bob = await desk.agent("alice"), await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("susp", reply="s.new@example.org", kind="disabled")
        await desk.prove(case, "email_code", "susp@example.com")
        await desk.prove(case, "sms_code", "+33612345678")
        await desk.assign(case, alice, sam)
        created = await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "reinstate", "reason": "appeal accepted"},
            headers=alice.headers,
        )
        assert created.status_code == 201
        for_bob = await desk.client.get("/api/v1/agent/restore-requests", headers=bob.headers)
        assert for_bob.json() == []
        for_sam = await desk.client.get("/api/v1/agent/restore-requests", headers=sam.headers)
        assert [r["id"] for r in for_sam.json()] == [created.json()["id"]]
        assert for_sam.json()[0]["approver"] == "supervisor"
