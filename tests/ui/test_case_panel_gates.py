"""The case panel's restore actions mirror the server's gates, and the server enforces them."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout

from recovery_app.domain.model import RestoreAction
from tests.support.case_panel_scene import panel_scene
from tests.ui.conftest import eventually
from ui.agent.case_panel import CasePanel


async def test_every_action_below_its_gate_is_disabled_with_the_reason_and_refused(
    tmp_path: Path,
) -> None:
    async with panel_scene(tmp_path) as scene:
        panel = CasePanel(scene.context, scene.authority(scene.alice), scene.case.reference)
        QVBoxLayout(scene.host).addWidget(panel)
        scene.host.show()
        await panel.refresh()
        buttons, reasons = panel.restore_actions.buttons, panel.restore_actions.reasons
        assert not any(button.isEnabled() for button in buttons.values())
        assert reasons["revoke_sessions"].text().startswith("Needs one proof (L1)")
        assert reasons["send_reset_link"].text() == "Needs two proofs (L2): two more proofs"
        assert reasons["remove_contact"].text() == "Needs two proofs (L2): two more proofs"
        assert reasons["remove_second_factor"].text() == "Needs a reviewed document and selfie (L3)"
        assert buttons["reinstate"].toolTip() == "Needs two proofs (L2): two more proofs"
        for action in RestoreAction:  # the gate bypass: straight to the API
            refused = await scene.restore(
                action.value, scene.alice, contact_id=scene.ann.attacker_email_id
            )
            assert refused.status_code == 403, action
            assert refused.json()["code"] == "gate_not_met"

        await scene.desk.prove(scene.case, "email_code", scene.ann.old_email)  # L1
        await panel.refresh()
        assert buttons["revoke_sessions"].isEnabled()
        assert reasons["revoke_sessions"].text() == "Runs at once, no approval needed."
        for name in ("send_reset_link", "remove_contact", "remove_factor", "restore_contact"):
            assert not buttons[name].isEnabled(), name
            assert reasons[name].text() == "Needs two proofs (L2): one more proof", name
            refused = await scene.restore(name, scene.alice, contact_id=scene.ann.attacker_email_id)
            assert refused.json()["code"] == "gate_not_met", name
        assert "Verification: " not in panel.verification.level_label.text()
        assert "One proof (L1)" in panel.verification.level_label.text()

        await scene.desk.prove(scene.case, "sms_code", scene.ann.phone)  # L2
        await panel.refresh()
        for name in ("send_reset_link", "remove_contact", "remove_factor", "restore_contact"):
            assert buttons[name].isEnabled(), name
        assert reasons["remove_contact"].text() == "Another agent must approve it."
        assert not buttons["remove_second_factor"].isEnabled()
        assert reasons["remove_second_factor"].text() == "Needs a reviewed document and selfie (L3)"
        assert not buttons["reinstate"].isEnabled()
        assert reasons["reinstate"].text() == "The account is not disabled."
        assert "Two independent proofs (L2)" in panel.verification.level_label.text()
        assert "e-mail, phone" in panel.verification.level_label.text()
        await eventually(lambda: panel.isVisible(), what="panel shown")
        # A language switch re-renders every part from the case it holds (no reload).
        scene.context.languages.set_language("de")
        try:
            await asyncio.sleep(0.05)  # LanguageChange is delivered through the event loop
            if QCoreApplication.translate("CasePanel", "Case %1") != "Case %1":  # merged .qm
                await eventually(lambda: panel.title.text().startswith("Fall"), what="German")
            assert reasons["reinstate"].text() and not buttons["reinstate"].isEnabled()
            assert buttons["remove_contact"].isEnabled()
        finally:
            scene.context.languages.set_language("en")
        await eventually(lambda: panel.title.text().startswith("Case"), what="English again")
        await panel.aclose()
