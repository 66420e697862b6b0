"""Four eyes in the client: one agent asks through the case panel, another approves in the
inbox; the requester is never offered their own request; reinstatement needs a supervisor."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout

from recovery_app.domain.model import ContactKind, Role
from recovery_app.storage import accounts_admin
from recovery_app.storage.models import Account, Contact
from tests.support.case_panel_scene import Authority, panel_scene
from tests.support.desk import running_desk
from tests.ui.conftest import eventually
from ui.agent.approvals_inbox import ApprovalsInbox
from ui.agent.case_panel import CasePanel
from ui.agent.restore_actions import RestoreActions


async def _confirm(actions: RestoreActions, name: str, reason: str) -> list[str]:
    """Click the action, read what the dialog says will change, give a reason, confirm."""
    actions.dialog = None
    actions.buttons[name].click()
    await eventually(lambda: actions.dialog is not None and actions.dialog.isVisible(), what=name)
    dialog = actions.dialog
    assert dialog is not None
    lines = dialog.change_lines()
    assert not dialog.confirm_button.isEnabled()  # no reason yet
    dialog.reason_edit.setPlainText(reason)
    dialog.confirm_button.click()
    return lines


async def _decide(inbox: ApprovalsInbox, request_id: str, approve: bool, note: str) -> None:
    assert inbox.select(request_id)
    inbox.dialog = None
    (inbox.approve_button if approve else inbox.refuse_button).click()
    await eventually(lambda: inbox.dialog is not None and inbox.dialog.isVisible(), what="dialog")
    assert inbox.dialog is not None
    inbox.dialog.reason.setPlainText(note)
    inbox.dialog.confirm_button.click()


async def test_second_agent_approves_in_the_inbox_and_the_change_runs_after_the_hold(
    tmp_path: Path,
) -> None:
    async with panel_scene(tmp_path) as scene:
        desk, ann = scene.desk, scene.ann
        await desk.prove(scene.case, "email_code", ann.old_email)
        await desk.prove(scene.case, "sms_code", ann.phone)
        panel = CasePanel(scene.context, scene.authority(scene.alice), scene.case.reference)
        alice_inbox = ApprovalsInbox(scene.context, scene.authority(scene.alice))
        bob_inbox = ApprovalsInbox(scene.context, scene.authority(scene.bob))
        row = QHBoxLayout(scene.host)
        for widget in (panel, alice_inbox, bob_inbox):
            row.addWidget(widget)
        scene.host.resize(1500, 900)
        scene.host.show()
        await panel.refresh()

        lines = await _confirm(
            panel.restore_actions, "remove_contact", "Attacker's address, owner proved"
        )
        change, hold, told, approval = lines
        assert change.startswith("E-mail e•••@a•••.test, added ")
        assert "removed from the account" in change
        assert "24 hours" in hold
        assert "E-mail a•••@e•••.com" in told and "Phone +•• ••• ••• 00" in told
        assert "e•••@a•••.test" not in told  # never the attacker's address
        assert approval == "Another agent must approve it."
        await eventually(lambda: "waiting for another agent" in panel.notice.text(), what="asked")
        await eventually(
            lambda: any("Waiting for approval by someone else" in t for t in panel.holds.texts()),
            what="own request shown as waiting",
        )

        await alice_inbox.refresh()
        assert alice_inbox.model.rowCount() == 0  # her own request is not offered to her
        assert alice_inbox.mine_model.rowCount() == 1
        assert "waiting for another agent" in alice_inbox.mine_model.line(
            alice_inbox.mine_model.requests[0]
        )
        request_id = alice_inbox.mine_model.requests[0].id
        own = await desk.client.post(
            f"/api/v1/agent/restore-requests/{request_id}/decision",
            json={"approve": True, "note": "my own"},
            headers=scene.alice.headers,
        )
        assert own.status_code == 403 and own.json()["code"] == "self_approval"

        counts: list[int] = []
        bob_inbox.countChanged.connect(counts.append)
        await bob_inbox.refresh()
        assert counts == [1]
        assert bob_inbox.select(request_id)
        detail = bob_inbox.detail.text()
        assert "Remove the attacker's contact" in detail
        assert "Two independent proofs (L2)" in detail and "e-mail, phone" in detail
        assert "e•••@a•••.test" in detail and "Suspicious" in detail
        assert "Attacker's address, owner proved" in detail
        assert ann.attacker_email not in detail and ann.old_email not in detail
        assert bob_inbox.approve_button.isEnabled()
        await _decide(bob_inbox, request_id, True, "Two proofs checked, contact is new")
        await eventually(lambda: "on hold until" in bob_inbox.notice.text(), what="decided")
        await eventually(lambda: counts == [1, 0], what="inbox emptied")

        await panel.refresh()
        assert any("Approved; on hold until" in t for t in panel.holds.texts())
        async with desk.services.read() as session:
            contact = await session.get(Contact, ann.attacker_email_id)
            assert contact is not None and contact.removed_at is None  # not before the hold
        desk.clock.advance(timedelta(hours=25))
        await desk.background.run_once()
        async with desk.services.read() as session:
            contact = await session.get(Contact, ann.attacker_email_id)
            assert contact is not None and contact.removed_at is not None
        await desk.sign_in(scene.alice)  # a new day, a new agent session
        panel.client.authority.token = scene.alice.token  # type: ignore[attr-defined]
        await panel.refresh()
        assert any(t.endswith(": Done") for t in panel.holds.texts()), panel.notice.text()
        for widget in (panel, alice_inbox, bob_inbox):
            await widget.aclose()


async def test_reinstatement_is_offered_to_supervisors_only(tmp_path: Path) -> None:
    import httpx
    from PySide6.QtWidgets import QApplication, QWidget

    from recovery_app.client.api import ApiClient
    from ui.context import ClientContext
    from ui.i18n import LanguageManager
    from ui.notifications import Notifier

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
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)
        api = ApiClient("http://testserver", transport=httpx.ASGITransport(app=desk.app))
        host = QWidget()
        context = ClientContext(api, LanguageManager(), Notifier(host))
        panel = CasePanel(context, Authority(api, alice.token), case.reference)
        bob_inbox = ApprovalsInbox(context, Authority(api, bob.token))
        sam_inbox = ApprovalsInbox(context, Authority(api, sam.token))
        row = QHBoxLayout(host)
        for widget in (panel, bob_inbox, sam_inbox):
            row.addWidget(widget)
        host.resize(1500, 900)
        host.show()
        try:
            await panel.refresh()
            assert panel.restore_actions.buttons["reinstate"].isEnabled()
            assert (
                panel.restore_actions.reasons["reinstate"].text() == "A supervisor must approve it."
            )
            lines = await _confirm(
                panel.restore_actions, "reinstate", "Appeal accepted after checks"
            )
            assert lines[0] == "The account's status changes from suspended to active."
            assert lines[3] == "A supervisor must approve it."
            await eventually(
                lambda: "waiting for a supervisor" in panel.notice.text(), what="asked"
            )
            await bob_inbox.refresh()
            assert bob_inbox.model.rowCount() == 0  # a plain agent is not offered it
            assert bob_inbox.mine_model.rowCount() == 0
            await sam_inbox.refresh()
            assert sam_inbox.model.rowCount() == 1
            request = sam_inbox.model.requests[0]
            refused = await desk.client.post(
                f"/api/v1/agent/restore-requests/{request.id}/decision",
                json={"approve": True, "note": "bob tries anyway"},
                headers=bob.headers,
            )
            assert refused.status_code == 403 and refused.json()["code"] == "approver_role"
            await _decide(sam_inbox, request.id, True, "Appeal reviewed")
            await eventually(lambda: "Done" in sam_inbox.notice.text(), what="reinstated")
            async with desk.services.read() as session:
                account = await session.get(Account, account_id)
                assert account is not None and account.status == "active"
        finally:
            for widget in (panel, bob_inbox, sam_inbox):
                await widget.aclose()
            host.close()
            host.deleteLater()
            await api.aclose()
