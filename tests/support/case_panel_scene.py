"""A case panel (or approvals inbox) against the whole app, for the case-panel UI tests.

The app runs in-process (``running_desk``: real services, SQLite, frozen clock,
Maildir mail); the client talks to it through an ``ApiClient`` over
``httpx.ASGITransport``, exactly as it would over a socket.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from PySide6.QtWidgets import QApplication, QWidget

from recovery_app.client.api import ApiClient
from recovery_app.domain.model import Role
from tests.support.desk import AgentHandle, Desk, HackedAccount, OpenedCase, running_desk
from ui.context import ClientContext
from ui.i18n import LanguageManager
from ui.notifications import Notifier


@dataclass
class Authority:
    """The minimal :class:`recovery_app.client.agent_case.AgentAuthority`."""

    api: ApiClient
    token: str = field(repr=False)

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class PanelScene:
    desk: Desk
    ann: HackedAccount
    case: OpenedCase
    alice: AgentHandle
    bob: AgentHandle
    sam: AgentHandle
    api: ApiClient
    context: ClientContext
    host: QWidget

    def authority(self, agent: AgentHandle) -> Authority:
        return Authority(self.api, agent.token)

    async def restore(self, action: str, agent: AgentHandle, **target: int) -> httpx.Response:
        return await self.desk.client.post(
            f"/api/v1/agent/cases/{self.case.reference}/restore",
            json={"action": action, "target": target, "reason": "bypassing the panel"},
            headers=agent.headers,
        )

    async def audit_actions(self) -> list[tuple[str, dict[str, Any]]]:
        from sqlalchemy import select

        from recovery_app.storage.models import AuditEntry

        async with self.desk.services.read() as session:
            rows = (await session.scalars(select(AuditEntry).order_by(AuditEntry.id))).all()
            return [(row.action, dict(row.detail or {})) for row in rows]


@asynccontextmanager
async def panel_scene(tmp_path: Path) -> AsyncIterator[PanelScene]:
    """Ann's hacked account; her case verified to the reply contact and assigned to Alice."""
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        alice, bob = await desk.agent("alice"), await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("ann")
        await desk.assign(case, alice, sam)
        transport = httpx.ASGITransport(app=desk.app, client=("198.51.100.8", 50001))
        api = ApiClient("http://testserver", transport=transport)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.setQuitOnLastWindowClosed(False)  # closing the host must not stop the test's loop
        host = QWidget()
        host.resize(560, 900)
        context = ClientContext(api, LanguageManager(), Notifier(host))
        try:
            yield PanelScene(desk, ann, case, alice, bob, sam, api, context, host)
        finally:
            host.close()
            host.deleteLater()
            await api.aclose()
