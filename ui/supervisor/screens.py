"""Screenshot walk of the supervisors' view: live board, approvals, alerts (one selected),
dashboard (charts, then a chart's table), audit log (after "Verify chain").

Signs the demo supervisor ("sam") in through the API and shows the view in the
window's page stack. A TOTP code is good once, and walks run once per language and
theme in one process, so the session token is reused while it lasts.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from PySide6.QtWidgets import QWidget

from recovery_app.client import agent as agent_client
from recovery_app.client.api import ApiClient
from recovery_app.client.errors import ClientError
from recovery_app.security import totp
from ui.screen_env import ScreenEnv
from ui.supervisor.supervisor_view import SupervisorView

_TOKENS: dict[str, tuple[str, str]] = {}  # server url → (token, role)


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


async def _sign_in(env: ScreenEnv, api: ApiClient) -> _Signed | None:
    cached = _TOKENS.get(env.url)
    if cached is not None:
        signed = _Signed(api, *cached)
        try:
            await api.request("GET", "/agent/me", headers=signed.headers())
            return signed
        except ClientError:
            _TOKENS.pop(env.url, None)
    sam = next(a for a in env.demo["agents"] if a["role"] == "supervisor")
    for attempt in range(4):
        step = totp.current_step() + (attempt if attempt < 2 else 0)
        try:
            session = await agent_client.sign_in(
                api, sam["username"], sam["password"], totp.code_at(sam["totp_secret"], step)
            )
        except ClientError:
            if attempt >= 2:
                await asyncio.sleep(31)  # the next code
            continue
        _TOKENS[env.url] = (session.token, str(session.agent.role.value))
        return _Signed(api, session.token, str(session.agent.role.value))
    return None


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    window = await env.open_window("agent")
    signed = await _sign_in(env, window.context.api)
    if signed is None:
        return
    view = SupervisorView(window.context, signed, window.pages)
    window.pages.addWidget(view)
    window.pages.setCurrentWidget(view)
    try:
        await _until(lambda: view.board.queue is not None)
        yield "live-board", window

        view.tabs.setCurrentWidget(view.approvals_page)
        await asyncio.sleep(1.0)
        yield "approvals", window

        view.tabs.setCurrentWidget(view.alerts_view)
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
