"""Recovery logic, notifications and agents (SECURITY-CHECKS 13–21, 24–27, 31, 36)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from recovery_app.domain.model import RestoreAction, Role
from recovery_app.storage.directory import SqlAccountDirectory
from recovery_app.storage.models import Account, Contact
from tests.support.desk import AgentHandle, Desk, HackedAccount, OpenedCase, body_of, running_desk


@dataclass
class Scene:
    desk: Desk
    ann: HackedAccount
    case: OpenedCase
    alice: AgentHandle
    bob: AgentHandle
    sam: AgentHandle

    async def restore(self, action: str, agent: AgentHandle | None = None, **target: int) -> Any:
        return await self.desk.client.post(
            f"/api/v1/agent/cases/{self.case.reference}/restore",
            json={"action": action, "target": target, "reason": "tested by the suite"},
            headers=(agent or self.alice).headers,
        )

    async def decide(self, request_id: str, agent: AgentHandle, approve: bool = True) -> Any:
        return await self.desk.client.post(
            f"/api/v1/agent/restore-requests/{request_id}/decision",
            json={"approve": approve, "note": "checked"},
            headers=agent.headers,
        )


@pytest.fixture
async def scene(tmp_path: Path) -> AsyncIterator[Scene]:
    """Ann's hacked account, her case verified only to the reply contact, assigned to Alice."""
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        alice, bob = await desk.agent("alice"), await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("ann")
        await desk.assign(case, alice, sam)
        yield Scene(desk, ann, case, alice, bob, sam)


ACTIONS_NEEDING = {
    "revoke_sessions": 1,
    "send_reset_link": 2,
    "remove_contact": 2,
    "remove_factor": 2,
    "restore_contact": 2,
    "remove_second_factor": 3,
    "reinstate": 2,
}


async def test_server_refuses_every_restore_action_below_its_level(scene: Scene) -> None:
    for action in RestoreAction:  # L0: nothing proven
        response = await scene.restore(action.value, contact_id=scene.ann.attacker_email_id)
        assert response.status_code == 403, action
        assert response.json()["code"] == "gate_not_met"
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)  # L1
    for action, needed in ACTIONS_NEEDING.items():
        if needed > 1:
            response = await scene.restore(action, contact_id=scene.ann.attacker_email_id)
            assert response.status_code == 403, action
            assert "L2" in response.json()["detail"] or "L3" in response.json()["detail"]
    assert (await scene.restore("revoke_sessions")).status_code == 201


async def test_code_by_email_or_sms_alone_can_never_remove_a_second_factor(scene: Scene) -> None:
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)
    await scene.desk.prove(scene.case, "sms_code", scene.ann.phone)  # L2 from codes alone
    response = await scene.restore("remove_second_factor")
    assert response.status_code == 403
    assert response.json()["code"] == "gate_not_met"


async def test_account_with_second_factor_needs_two_proofs_for_a_reset_link(scene: Scene) -> None:
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)
    assert (await scene.restore("send_reset_link")).status_code == 403  # L1 is not enough
    code = scene.ann.backup_codes[0]
    challenge = await scene.desk.start(scene.case, "backup_code")
    answer = await scene.desk.answer(scene.case, challenge["id"], code)
    assert answer.json()["level"] == 2
    assert (await scene.restore("send_reset_link")).status_code == 201


async def test_knowledge_answers_add_nothing_to_the_level(scene: Scene) -> None:
    for method in ("security_question", "old_password", "date_of_birth"):
        response = await scene.desk.client.post(
            f"/api/v1/cases/{scene.case.reference}/challenges",
            json={"method": method},
            headers=scene.case.headers,
        )
        assert response.status_code == 422
    # The old password typed as an answer to a code proves nothing either.
    challenge = await scene.desk.start(scene.case, "email_code")
    answer = await scene.desk.answer(scene.case, challenge["id"], "correct horse battery staple")
    assert answer.json()["outcome"] == "wrong"
    assert answer.json()["level"] == 0


async def test_every_step_refuses_to_run_before_the_previous_one(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.hacked_account()
        case = await desk.open_case("ann")  # reply contact not verified yet
        early = await desk.client.post(
            f"/api/v1/cases/{case.reference}/challenges",
            json={"method": "email_code"},
            headers=case.headers,
        )
        assert early.status_code == 409
        assert early.json()["code"] == "step_out_of_order"
        support = await desk.client.post(
            f"/api/v1/cases/{case.reference}/support", headers=case.headers
        )
        assert support.status_code == 409
        agent = await desk.agent("alice")
        view = await desk.client.get(f"/api/v1/agent/cases/{case.reference}", headers=agent.headers)
        assert view.status_code == 404  # not assigned: nothing to see


async def test_reset_links_use_the_configured_base_url_whatever_the_host_header(
    scene: Scene,
) -> None:
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)
    await scene.desk.prove(scene.case, "sms_code", scene.ann.phone)
    response = await scene.desk.client.post(
        f"/api/v1/agent/cases/{scene.case.reference}/restore",
        json={"action": "send_reset_link", "reason": "owner verified"},
        headers={**scene.alice.headers, "Host": "evil.example", "X-Forwarded-Host": "evil.example"},
    )
    assert response.status_code == 201
    mail = body_of(await scene.desk.wait_for_message(scene.ann.old_email, subject="password"))
    assert "https://help.recovery.test/reset#" in mail
    assert "evil.example" not in mail


async def test_contact_change_waits_out_the_hold_and_an_old_contact_can_cancel_it(
    scene: Scene,
) -> None:
    desk, ann = scene.desk, scene.ann
    await desk.prove(scene.case, "email_code", ann.old_email)
    await desk.prove(scene.case, "sms_code", ann.phone)
    request = (await scene.restore("remove_contact", contact_id=ann.attacker_email_id)).json()
    decided = (await scene.decide(request["id"], scene.bob)).json()
    assert decided["status"] == "on_hold"
    # Every contact that predates the compromise is told, with a way to cancel.
    notices = [
        body_of(await desk.wait_for_message(to, subject="scheduled"))
        for to in (ann.old_email, ann.phone)
    ]
    assert all("https://help.recovery.test/api/v1/cancel/" in text for text in notices)
    assert not desk.messages(ann.attacker_email)  # never the attacker's address
    link = next(w for w in notices[0].split() if "/api/v1/cancel/" in w).rstrip(".")
    desk.clock.advance(timedelta(hours=3))
    cancelled = await desk.client.post(link.replace("https://help.recovery.test", ""))
    assert cancelled.status_code == 200
    desk.clock.advance(timedelta(hours=30))
    await desk.background.run_once()
    async with desk.services.read() as session:
        contact = await session.get(Contact, ann.attacker_email_id)
        assert contact is not None
        assert contact.removed_at is None  # the change never happened
    status = (
        await desk.client.get(f"/api/v1/cases/{scene.case.reference}", headers=scene.case.headers)
    ).json()
    assert status["frozen"] is True
    assert status["state"] == "on_hold"
    await desk.sign_in(scene.alice)  # a new day, a new session
    assert (await scene.restore("revoke_sessions")).status_code in (404, 409)


async def test_high_impact_actions_need_a_second_different_agent(scene: Scene) -> None:
    await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)
    await scene.desk.prove(scene.case, "sms_code", scene.ann.phone)
    request = (await scene.restore("remove_factor")).json()
    assert request["status"] == "pending_approval"
    own = await scene.decide(request["id"], scene.alice)
    assert own.status_code == 403
    assert own.json()["code"] == "self_approval"
    assert (await scene.decide(request["id"], scene.bob)).json()["status"] == "on_hold"


async def test_reinstating_an_account_needs_a_supervisor(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        account_id = await desk.account("susp", email="susp@example.com")
        async with desk.services.write() as session:
            (await session.get(Account, account_id)).status = "suspended"  # type: ignore[union-attr]
            from recovery_app.domain.model import ContactKind
            from recovery_app.storage import accounts_admin

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
        request = await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "reinstate", "reason": "appeal accepted"},
            headers=alice.headers,
        )
        assert request.status_code == 201
        decision = {"approve": True, "note": "appeal checked"}
        url = f"/api/v1/agent/restore-requests/{request.json()['id']}/decision"
        by_agent = await desk.client.post(url, json=decision, headers=bob.headers)
        assert by_agent.status_code == 403
        assert by_agent.json()["code"] == "approver_role"
        by_supervisor = await desk.client.post(url, json=decision, headers=sam.headers)
        assert by_supervisor.json()["status"] == "executed"
        async with desk.services.read() as session:
            assert (await session.get(Account, account_id)).status == "active"  # type: ignore[union-attr]


async def test_completing_recovery_revokes_every_session_and_lists_attacker_changes(
    scene: Scene,
) -> None:
    desk = scene.desk
    await desk.prove(scene.case, "email_code", scene.ann.old_email)
    view = (
        await desk.client.get(
            f"/api/v1/agent/cases/{scene.case.reference}", headers=scene.alice.headers
        )
    ).json()
    assert [c["id"] for c in view["account"]["contacts"] if c["suspicious"]] == [
        scene.ann.attacker_email_id
    ]
    assert any(d["suspicious"] for d in view["account"]["devices"])
    assert view["account"]["second_factor_suspicious"]
    assert (await scene.restore("revoke_sessions")).status_code == 201
    done = await desk.client.post(
        f"/api/v1/agent/cases/{scene.case.reference}/complete", headers=scene.alice.headers
    )
    assert done.json()["state"] == "restored"
    me = await desk.client.get(
        "/api/v1/platform/me",
        headers={"Authorization": f"Bearer {scene.ann.attacker_session_token}"},
    )
    assert me.status_code == 401


async def test_paid_tier_changes_the_queue_never_the_verification_bar(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("vip", subscriber=True, email="vip@example.com")
        alice, sam = await desk.agent("alice"), await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("vip", reply="vip.new@example.org")
        queued = (
            await desk.client.post(f"/api/v1/cases/{case.reference}/support", headers=case.headers)
        ).json()
        assert queued["tier"] == "verified"  # read from the account on the server
        await desk.client.post(
            f"/api/v1/supervisor/cases/{case.reference}/assign",
            json={"agent_id": alice.id},
            headers=sam.headers,
        )
        refused = await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "send_reset_link", "reason": "vip asks"},
            headers=alice.headers,
        )
        assert refused.status_code == 403  # L0, subscriber or not


async def test_restore_is_one_transaction_a_failure_leaves_the_account_as_it_was(
    scene: Scene, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = scene.desk
    await desk.prove(scene.case, "email_code", scene.ann.old_email)

    async def sessions_revoked_then_crash(self: SqlAccountDirectory, *args: object) -> int:
        await original(self, *args)
        raise RuntimeError("disk full")

    original = SqlAccountDirectory.revoke_sessions_and_devices
    monkeypatch.setattr(
        SqlAccountDirectory, "revoke_sessions_and_devices", sessions_revoked_then_crash
    )
    failed = await scene.restore("revoke_sessions")
    assert failed.status_code == 500
    me = await desk.client.get(
        "/api/v1/platform/me",
        headers={"Authorization": f"Bearer {scene.ann.attacker_session_token}"},
    )
    assert me.status_code == 200  # nothing was revoked: the transaction rolled back
    monkeypatch.undo()
    retried = await scene.restore("revoke_sessions")  # and it can be retried safely
    assert retried.status_code == 201
    assert retried.json()["status"] == "executed"


async def test_agent_reads_a_case_only_while_it_is_assigned_and_open(scene: Scene) -> None:
    desk = scene.desk
    url = f"/api/v1/agent/cases/{scene.case.reference}"
    assert (await desk.client.get(url, headers=scene.alice.headers)).status_code == 200
    assert (await desk.client.get(url, headers=scene.bob.headers)).status_code == 404
    await desk.client.post(
        f"/api/v1/supervisor/cases/{scene.case.reference}/assign",
        json={"agent_id": scene.bob.id},
        headers=scene.sam.headers,
    )
    assert (await desk.client.get(url, headers=scene.alice.headers)).status_code == 404
    assert (await desk.client.get(url, headers=scene.bob.headers)).status_code == 200


async def test_requester_cannot_reach_another_case_by_changing_the_reference(
    scene: Scene,
) -> None:
    desk = scene.desk
    other = await desk.open_case("ann", reply="someone.else@example.org")
    changed = await desk.client.post(
        f"/api/v1/cases/{other.reference}/support", headers=scene.case.headers
    )
    assert changed.status_code == 404
    mine = await desk.client.get(f"/api/v1/cases/{other.reference}", headers=other.headers)
    assert mine.json()["state"] == "opened"  # nothing happened to the other case
    response = await desk.client.get(f"/api/v1/cases/{other.reference}", headers=scene.case.headers)
    assert response.json()["code"] == "not_found"
    missing = await desk.client.get("/api/v1/cases/RD-AAAA-BBBB-CCCC", headers=other.headers)
    assert missing.json() == {**response.json(), "request_id": missing.json()["request_id"]}
    challenge = await desk.start(scene.case, "email_code")
    stolen = await desk.client.post(
        f"/api/v1/cases/{other.reference}/challenges/{challenge['id']}/answer",
        json={"answer": "123456"},
        headers=other.headers,
    )
    assert stolen.status_code in (404, 409)


async def test_agents_never_see_codes_and_contacts_are_masked_until_revealed(
    scene: Scene,
) -> None:
    desk = scene.desk
    started = await desk.client.post(
        f"/api/v1/agent/cases/{scene.case.reference}/challenges",
        json={"method": "email_code"},
        headers=scene.alice.headers,
    )
    assert started.status_code == 201
    code = await desk.code_sent_to(scene.ann.old_email)
    view = await desk.client.get(
        f"/api/v1/agent/cases/{scene.case.reference}", headers=scene.alice.headers
    )
    assert code not in started.text + view.text
    assert scene.ann.old_email not in view.text
    assert "a•••@e•••.com" in view.text
    no_reason = await desk.client.post(
        f"/api/v1/agent/cases/{scene.case.reference}/contacts/{scene.ann.old_email_id}/reveal",
        json={"reason": "x"},
        headers=scene.alice.headers,
    )
    assert no_reason.status_code == 422
    revealed = await desk.client.post(
        f"/api/v1/agent/cases/{scene.case.reference}/contacts/{scene.ann.old_email_id}/reveal",
        json={"reason": "The owner asks which address we used"},
        headers=scene.alice.headers,
    )
    assert revealed.json()["value"] == scene.ann.old_email
    audit = await desk.client.get(
        "/api/v1/supervisor/audit",
        params={"case_ref": scene.case.reference},
        headers=scene.sam.headers,
    )
    assert "contact.revealed" in audit.text
