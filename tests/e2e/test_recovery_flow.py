"""A hacked account recovered end to end through the API: the path the product exists for."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from recovery_app.domain.model import Role
from tests.support.desk import body_of, running_desk


async def test_hacked_account_is_recovered_and_the_attacker_locked_out(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        alice = await desk.agent("alice")
        bob = await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)

        case = await desk.verified_case(
            "evil@attacker.test",
            problem_started_at=(desk.clock.now() - timedelta(days=3)).isoformat(),
        )
        # The old e-mail (removed by the attacker) and the phone both predate the attack.
        assert (await desk.prove(case, "email_code", ann.old_email))["level"] == 1
        assert (await desk.prove(case, "sms_code", ann.phone))["level"] == 2
        await desk.assign(case, alice, sam)

        view = (
            await desk.client.get(f"/api/v1/agent/cases/{case.reference}", headers=alice.headers)
        ).json()
        assert view["verification"]["level"] == 2
        suspicious = [c for c in view["account"]["contacts"] if c["suspicious"]]
        assert [c["id"] for c in suspicious] == [ann.attacker_email_id]
        assert view["account"]["second_factor_suspicious"] is True

        async def restore(action: str, **target: int) -> dict[str, object]:
            response = await desk.client.post(
                f"/api/v1/agent/cases/{case.reference}/restore",
                json={"action": action, "target": target, "reason": "Owner proved L2"},
                headers=alice.headers,
            )
            assert response.status_code == 201, response.text
            body: dict[str, object] = response.json()
            return body

        removal = await restore("remove_contact", contact_id=ann.attacker_email_id)
        assert removal["status"] == "pending_approval"
        factor = await restore("remove_factor")
        original = await restore("restore_contact", contact_id=ann.old_email_id)
        for request in (removal, factor, original):
            decided = await desk.client.post(
                f"/api/v1/agent/restore-requests/{request['id']}/decision",
                json={"approve": True, "note": "evidence checked"},
                headers=bob.headers,
            )
            assert decided.status_code == 200, decided.text
            assert decided.json()["status"] == "on_hold"

        desk.clock.advance(timedelta(hours=25))
        await desk.background.run_once()  # the holds are over: the changes happen
        await desk.sign_in(alice)  # her session ended overnight (12 h absolute)
        revoke = await restore("revoke_sessions")
        assert revoke["status"] == "executed"
        reset = await restore("send_reset_link")
        assert reset["status"] == "executed"
        done = await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/complete", headers=alice.headers
        )
        assert done.status_code == 200, done.text
        assert done.json()["state"] == "restored"

        me = await desk.client.get(
            "/api/v1/platform/me", headers={"Authorization": f"Bearer {ann.attacker_session_token}"}
        )
        assert me.status_code == 401
        reset_mail = body_of(await desk.wait_for_message(ann.old_email, subject="new password"))
        assert "https://help.recovery.test/reset#" in reset_mail
