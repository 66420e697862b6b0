"""Screenshot walk of the supervisors' view: live board, approvals (a request waiting),
alerts (one selected), dashboard (charts, then a chart's table), audit log (after
"Verify chain").

The demo supervisor ("sam") is signed in through the API (ui.screen_driver keeps
the session for the whole run: a TOTP code is good once) and the view is shown in
the window's page stack. Before it opens, the server gets something to supervise
through the real API: a Lena case proved twice, assigned to Tomasz, who asks to
remove the attacker's e-mail (a request waiting for a second person, refused again
when the walk ends); and, once per server, enough restore requests by Tomasz on an
Ana case to raise the "unusual restore activity" alert (more than
``restore_alert_threshold`` = 5 within the hour).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from recovery_app.client.api import ApiClient
from ui.screen_driver import ScreenDriver, memory
from ui.screen_env import ScreenEnv
from ui.supervisor.supervisor_view import SupervisorView

ALERT_REQUESTS = 6  # more than the default threshold (5) within the alert window


@dataclass
class _Signed:
    api: ApiClient
    token: str = field(repr=False)
    role: str

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


async def _work(env: ScreenEnv, driver: ScreenDriver) -> None:
    """A request waiting for approval; the restore-activity alert once per server."""
    lena, ana = env.account("hacked"), env.account("free")
    case = await driver.open_case("hacked", lena["handle"], label="lena")
    await driver.prove(case, "email_code", address=lena["email"])
    await driver.prove(case, "sms_code", address=lena["phone"])
    await driver.request_support(case)
    await driver.assign(case.reference, "tomasz")
    found = await driver.agent_case("tomasz", case.reference)
    remove = next((a for a in found["actions"] if a["action"] == "remove_contact"), None)
    if remove is None or not remove["allowed"] or not remove["targets"]:
        raise RuntimeError(f"Tomasz cannot ask to remove a contact: {remove}")
    await driver.restore(
        "tomasz",
        case.reference,
        "remove_contact",
        "Lena proved her old e-mail and phone; this address was added by the attacker",
        {"contact_id": remove["targets"][0]},
    )
    state = memory(env)
    if state.get("alert_raised"):
        return
    busy = await driver.open_case("forgot_password", ana["handle"], label="ana")
    await driver.prove(busy, "email_code", address=ana["email"])
    await driver.request_support(busy)
    await driver.assign(busy.reference, "tomasz")
    for _ in range(ALERT_REQUESTS):
        await driver.restore(
            "tomasz", busy.reference, "revoke_sessions", "Signing out every session again"
        )
    state["alert_raised"] = True


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    window = await env.open_window("agent")
    async with ScreenDriver(env) as driver:
        await _work(env, driver)
        sam = await driver.agent("sam")
        signed = _Signed(window.context.api, sam.token, sam.role)
        async for shot in _pages(window, signed):
            yield shot


async def _pages(window: QWidget, signed: _Signed) -> AsyncIterator[tuple[str, QWidget]]:
    view = SupervisorView(window.context, signed, window.pages)  # type: ignore[attr-defined]
    window.pages.addWidget(view)  # type: ignore[attr-defined]
    window.pages.setCurrentWidget(view)  # type: ignore[attr-defined]
    try:
        await _until(lambda: view.board.queue is not None)
        yield "live-board", window

        view.tabs.setCurrentWidget(view.approvals_page)
        await _until(lambda: view.approvals is not None)
        await asyncio.sleep(0.5)
        inbox = view.approvals
        if inbox is not None and inbox.model.rowCount():
            inbox.list.setCurrentIndex(inbox.model.index(0))
            await asyncio.sleep(0.1)
        yield "approvals", window

        view.tabs.setCurrentWidget(view.alerts_view)
        await _until(lambda: view.alerts_view.model.rowCount() > 0, 5.0)
        if view.alerts_view.model.rowCount():
            view.alerts_view.table.selectRow(0)
        yield "alerts", window

        view.tabs.setCurrentWidget(view.dashboard)
        await _until(lambda: view.dashboard.report is not None, 20.0)
        await asyncio.sleep(0.3)
        yield "dashboard", window
        card = view.dashboard.cards["queueAttainment"]
        card.table_button.setChecked(True)
        view.dashboard.scroll_area.ensureWidgetVisible(card.table)
        await asyncio.sleep(0.2)
        yield "dashboard-table", window

        view.tabs.setCurrentWidget(view.audit)
        await _until(lambda: view.audit.model.rowCount() > 0 and not view.audit.model.loading)
        view.audit.verify_button.click()
        await _until(lambda: view.audit.last_verify is not None)
        if view.audit.model.rowCount():
            view.audit.table.selectRow(0)
        yield "audit-log", window
    finally:
        await view.aclose()
