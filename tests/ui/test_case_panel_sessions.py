"""Verification sessions and evidence review in the case panel: the agent asks, the requester
answers in their own client (here: the REST API), the panel shows only the outcome and the
new level, never a code; evidence stays blurred until revealed with an audited reason."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtWidgets import QVBoxLayout

from tests.support.case_panel_scene import PanelScene, panel_scene
from tests.ui.conftest import eventually
from ui.agent.case_panel import CasePanel


async def _pending_step(scene: PanelScene, method: str) -> dict[str, Any]:
    status = await scene.desk.client.get(
        f"/api/v1/cases/{scene.case.reference}", headers=scene.case.headers
    )
    steps = [p for p in status.json()["pending"] if p["method"] == method]
    assert steps and steps[-1]["started_by_agent"], status.text
    step: dict[str, Any] = steps[-1]
    return step


def _shown(panel: CasePanel) -> str:
    return "\n".join(panel.visible_texts())


async def _panel(scene: PanelScene) -> CasePanel:
    panel = CasePanel(scene.context, scene.authority(scene.alice), scene.case.reference)
    panel.poll.setInterval(50)  # the short poll, shorter still for the test
    QVBoxLayout(scene.host).addWidget(panel)
    scene.host.show()
    await panel.refresh()
    return panel


async def test_agent_asks_for_a_proof_and_sees_only_waiting_passed_failed_and_the_level(
    tmp_path: Path,
) -> None:
    async with panel_scene(tmp_path) as scene:
        desk, ann = scene.desk, scene.ann
        panel = await _panel(scene)
        verification = panel.verification
        assert "Nothing proven yet (L0)" in verification.level_label.text()
        offered = [verification.methods.itemData(i) for i in range(verification.methods.count())]
        assert "email_code" in offered and "totp" not in offered  # the attacker's authenticator
        verification.methods.setCurrentIndex(offered.index("email_code"))
        verification.ask_button.click()
        await eventually(
            lambda: any("Waiting…" in t for t in verification.status_texts()), what="waiting"
        )
        assert panel.poll.isActive()
        code = await desk.code_sent_to(ann.old_email)
        step = await _pending_step(scene, "email_code")
        answered = await desk.answer(scene.case, step["id"], code)
        assert answered.json()["outcome"] == "passed"
        await eventually(
            lambda: any("Passed" in t for t in verification.status_texts()), what="passed"
        )
        assert "One proof (L1)" in verification.level_label.text()
        assert "e-mail" in verification.level_label.text()
        assert not panel.poll.isActive()  # nothing left to wait for

        await verification.ask("sms_code")
        sms_code = await desk.code_sent_to(ann.phone)
        step = await _pending_step(scene, "sms_code")
        wrong = "000000" if sms_code != "000000" else "111111"
        for _ in range(5):
            await desk.answer(scene.case, step["id"], wrong)
        await eventually(
            lambda: any("Failed" in t for t in verification.status_texts()), what="failed"
        )
        assert "One proof (L1)" in verification.level_label.text()
        shown = _shown(panel)
        for secret in (code, sms_code, wrong):
            assert secret not in shown
        assert ann.old_email not in shown and ann.attacker_email not in shown
        await panel.aclose()


def _photo() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), (200, 180, 160)).save(buffer, "JPEG")
    return buffer.getvalue()


async def test_evidence_is_blurred_until_revealed_with_a_reason_and_the_reveal_is_audited(
    tmp_path: Path,
) -> None:
    async with panel_scene(tmp_path) as scene:
        desk = scene.desk
        await desk.prove(scene.case, "email_code", scene.ann.old_email)
        challenge = await desk.start(scene.case, "document")
        uploaded = await desk.client.post(
            f"/api/v1/cases/{scene.case.reference}/challenges/{challenge['id']}/evidence",
            files={"file": ("id.jpg", _photo(), "image/jpeg")},
            headers=scene.case.headers,
        )
        assert uploaded.status_code == 201, uploaded.text
        evidence_id = uploaded.json()["id"]
        panel = await _panel(scene)
        item = panel.evidence.items[evidence_id]
        await eventually(lambda: not item.preview.pixmap().isNull(), what="blurred preview")
        assert not item.revealed
        assert "Blurred until revealed" in item.state.text()
        assert not [a for a, _ in await scene.audit_actions() if a == "evidence.revealed"]

        item.reveal_button.click()
        await eventually(lambda: item.dialog is not None and item.dialog.isVisible(), what="ask")
        dialog = item.dialog
        assert dialog is not None
        dialog.reason.setPlainText("short")
        assert not dialog.confirm_button.isEnabled()  # a reason is required
        dialog.reason.setPlainText("Comparing the name with the account holder")
        dialog.confirm_button.click()
        await eventually(lambda: item.revealed, what="revealed")
        assert "Original shown" in item.state.text()
        reveals = [d for a, d in await scene.audit_actions() if a == "evidence.revealed"]
        assert reveals == [
            {"evidence": evidence_id, "reason": "Comparing the name with the account holder"}
        ]

        await item.decide(approve=True, reason="Name and photo match")
        await eventually(
            lambda: "Two independent proofs (L2)" in panel.verification.level_label.text(),
            what="level raised by the reviewed document",
        )
        assert "reviewed document" in panel.verification.level_label.text()
        item = panel.evidence.items[evidence_id]
        assert "Approved" in item.state.text() and not item.approve_button.isEnabled()
        await panel.aclose()
