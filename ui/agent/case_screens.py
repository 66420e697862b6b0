"""Screenshot pages of the case panel, the restore confirmation and the approvals inbox.

``walk_case_panel(env, window, pane)`` is called by the agent desk's walk with
the chat pane on screen; ``walk(env)`` runs on its own against a server seeded
by ``recovery-server seed-demo``: it opens a case for the demo's hacked account
as the requester would, has the supervisor assign it to an agent, and drives a
case panel and two approvals inboxes through their pages.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import ClientError
from ui.agent.approvals_inbox import ApprovalsInbox
from ui.agent.case_panel import CasePanel
from ui.agent.restore_confirm_dialog import RestoreConfirmDialog
from ui.screen_driver import Requester, ScreenDriver
from ui.screen_env import ScreenEnv


@dataclass
class _Authority:
    api: ApiClient
    token: str = field(repr=False)

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def _until(condition: Callable[[], bool], limit: float = 10.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


def _confirm_dialog(panel: CasePanel) -> RestoreConfirmDialog | None:
    """The confirmation of the most telling action the case allows (or would allow)."""
    case = panel.case
    if case is None:
        return None
    preferred = ("remove_contact", "remove_factor", "revoke_sessions")
    actions = {a.action.value: a for a in case.actions}
    chosen = next((actions[n] for n in preferred if n in actions and actions[n].allowed), None)
    chosen = chosen or actions.get("remove_contact")
    if chosen is None:
        return None
    dialog = RestoreConfirmDialog(case, chosen, panel)
    dialog.reason_edit.setPlainText("The owner proved two original contacts")
    return dialog


def _scroll_to(panel: CasePanel, widget: QWidget) -> None:
    panel.scroll_area.verticalScrollBar().setValue(max(0, widget.y() - 8))


async def walk_case_panel(
    env: ScreenEnv,
    window: QWidget,
    pane: Any = None,
    *,
    driver: ScreenDriver | None = None,
    requester: Requester | None = None,
) -> AsyncIterator[tuple[str, QWidget]]:
    """Pages of the case panel beside a chat (``pane.case_panel``), or of ``pane`` itself.

    With ``driver`` and ``requester`` (the case as its requester holds it; a case of the
    demo's hacked account, one proof passed, a document sent), the agent also starts a
    verification session the requester answers: waiting, then passed, and the restore
    actions the second proof enables.
    """
    panel = getattr(pane, "case_panel", pane)
    if not isinstance(panel, CasePanel):
        return
    await panel.refresh()
    shot: QWidget = window if driver is not None else (pane if isinstance(pane, QWidget) else panel)
    yield "case-panel", shot

    items = list(panel.evidence.items.values())
    if items:
        item = items[0]
        await _until(lambda: not item.preview.pixmap().isNull(), 10.0)
        _scroll_to(panel, panel.evidence)
        await asyncio.sleep(0.1)
        yield "case-panel-evidence", shot
        item.reveal_button.click()
        await _until(lambda: item.dialog is not None and item.dialog.isVisible(), 5.0)
        reveal = item.dialog
        if reveal is not None:
            reveal.reason.setPlainText("Comparing the document with the selfie the person sends")
            yield "reveal-dialog", reveal
            reveal.reject()

    _scroll_to(panel, panel.restore_actions)
    await asyncio.sleep(0.1)
    yield "case-panel-actions", shot

    if driver is not None and requester is not None:
        phone = env.account("hacked")["phone"]
        before = await driver.seen(phone)
        await panel.verification.ask("sms_code")
        await panel.refresh()
        await _until(lambda: panel.verification.pending(), 5.0)
        _scroll_to(panel, panel.verification)
        await asyncio.sleep(0.1)
        yield "verification-waiting", shot
        await driver.answer_pending(requester, "sms_code", phone, before)
        await panel.refresh()
        await _until(lambda: not panel.verification.pending(), 5.0)
        _scroll_to(panel, panel.verification)
        await asyncio.sleep(0.1)
        yield "verification-passed", shot
        _scroll_to(panel, panel.restore_actions)
        await asyncio.sleep(0.1)
        yield "case-panel-actions-enabled", shot

    _scroll_to(panel, panel.timeline)
    await asyncio.sleep(0.1)
    yield "case-panel-timeline", shot
    panel.scroll_area.verticalScrollBar().setValue(0)
    dialog = _confirm_dialog(panel)
    if dialog is not None:
        dialog.show()
        await _until(dialog.isVisible, 2.0)
        yield "restore-confirm", dialog
        dialog.reject()
        dialog.deleteLater()
    if driver is not None:
        return  # the desk shows the approvals inbox in its own section
    authority = getattr(pane, "agent_api", None) or panel.client.authority
    context = getattr(window, "context", None) or panel.context
    inbox = ApprovalsInbox(context, authority)
    inbox.resize(900, 520)
    inbox.show()
    try:
        await inbox.refresh()
        if inbox.model.rowCount():
            inbox.list.setCurrentIndex(inbox.model.index(0))
        yield "approvals", inbox
    finally:
        await inbox.aclose()
        inbox.close()
        inbox.deleteLater()


# -- standalone ------------------------------------------------------------------------


async def _sign_in(api: ApiClient, env: ScreenEnv, agent: dict[str, Any]) -> dict[str, Any] | None:
    """Password and a TOTP code no other walk of this run used."""
    for _ in range(2):
        code = await env.totp_code(agent["totp_secret"])
        with contextlib.suppress(ClientError):
            response = await api.request(
                "POST",
                "/agent/sessions",
                json={"username": agent["username"], "password": agent["password"], "totp": code},
            )
            signed: dict[str, Any] = response.json()
            return signed
    return None


async def _requester_case(api: ApiClient, env: ScreenEnv) -> tuple[str, dict[str, str]]:
    """A fresh case for the hacked demo account, reply contact verified, one proof passed."""
    hacked = env.demo["accounts"]["hacked"]
    reply = f"lena.screens.{env.language}.{env.theme}@example.org"
    opened = (
        await api.request(
            "POST",
            "/cases",
            json={
                "kind": "hacked",
                "identifier": hacked["handle"],
                "reply_contact": reply,
                "language": env.language,
            },
        )
    ).json()
    reference, headers = opened["reference"], {"Authorization": f"Bearer {opened['token']}"}

    async def answer(purpose: str, method: str, address: str) -> None:
        status = (await api.request("GET", f"/cases/{reference}", headers=headers)).json()
        step = next(
            p
            for p in reversed(status["pending"])
            if p["purpose"] == purpose and p["method"] == method
        )
        code = await env.latest_code(address)
        await api.request(
            "POST",
            f"/cases/{reference}/challenges/{step['id']}/answer",
            json={"answer": code},
            headers=headers,
        )

    await answer("reply_contact", "email_code", reply)
    await api.request(
        "POST", f"/cases/{reference}/challenges", json={"method": "email_code"}, headers=headers
    )
    await answer("verify", "email_code", hacked["email"])
    await api.request("POST", f"/cases/{reference}/support", headers=headers)
    return reference, headers


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    """The case panel's pages on their own (see the module docstring)."""
    window = await env.open_window("agent")
    api: ApiClient = window.context.api
    agents = {a["username"]: a for a in env.demo["agents"]}
    agent, other, boss = agents["tomasz"], agents["maria"], agents["sam"]
    signed = await _sign_in(api, env, agent)
    supervisor = await _sign_in(api, env, boss)
    if signed is None or supervisor is None:
        return
    reference, requester = await _requester_case(api, env)
    await api.request(
        "POST",
        f"/supervisor/cases/{reference}/assign",
        json={"agent_id": signed["agent"]["id"]},
        headers={"Authorization": f"Bearer {supervisor['token']}"},
    )
    authority = _Authority(api, signed["token"])
    host = QWidget()
    host.setWindowTitle("Recovery Desk")
    host.resize(560, 900)
    panel = CasePanel(window.context, authority, reference, host)
    QVBoxLayout(host).addWidget(panel)
    host.show()
    try:
        await panel.refresh()
        async for page in walk_case_panel(env, window, panel):
            yield page
        # A verification session: the agent asks, the requester answers in their client.
        hacked = env.demo["accounts"]["hacked"]
        methods = panel.case.offered_methods if panel.case else []
        if any(m.value == "sms_code" for m in methods):
            await panel.verification.ask("sms_code")
            await _until(lambda: any("…" in t for t in panel.verification.status_texts()), 5.0)
            yield "verification-waiting", host
            status = (await api.request("GET", f"/cases/{reference}", headers=requester)).json()
            step = next(p for p in status["pending"] if p["method"] == "sms_code")
            code = await env.latest_code(hacked["phone"])
            await api.request(
                "POST",
                f"/cases/{reference}/challenges/{step['id']}/answer",
                json={"answer": code},
                headers=requester,
            )
            await panel.refresh()
            yield "verification-passed", host
        # A request that needs a second agent, and that agent's inbox.
        case = panel.case
        remove = (
            next((a for a in case.actions if a.action.value == "remove_contact"), None)
            if case
            else None
        )
        if remove is not None and remove.allowed and remove.targets:
            await panel.client.request_restore(
                reference,
                "remove_contact",
                "The owner proved two original contacts",
                {"contact_id": remove.targets[0]},
            )
            await panel.refresh()
            yield "case-panel-waiting-approval", host
            second = await _sign_in(api, env, other)
            if second is not None:
                inbox = ApprovalsInbox(window.context, _Authority(api, second["token"]))
                frame = QWidget()
                QHBoxLayout(frame).addWidget(inbox)
                frame.resize(980, 560)
                frame.show()
                try:
                    await inbox.refresh()
                    if inbox.model.rowCount():
                        inbox.list.setCurrentIndex(inbox.model.index(0))
                    yield "approvals-second-agent", frame
                finally:
                    await inbox.aclose()
                    frame.close()
                    frame.deleteLater()
    finally:
        await panel.aclose()
        host.close()
        host.deleteLater()
