"""The desk's sections: everyone gets chats and the approvals inbox; only supervisors
get the supervision view (and the server refuses its calls to anyone else anyway)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from recovery_app.domain.model import Role
from tests.support.live_server import LiveServer
from tests.ui.agent_desk_support import desk_on, make_agent, sign_in
from tests.ui.conftest import eventually
from ui.agent.approvals_inbox import ApprovalsInbox
from ui.supervisor.supervisor_view import SupervisorView


async def test_a_plain_agent_has_chats_and_approvals_but_no_supervision(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, maria)
        titles = [agent_desk.sections.tabText(i) for i in range(agent_desk.sections.count())]
        assert titles == ["Chats and queue", "Approvals"]
        assert agent_desk.supervision is None
        assert not agent_desk.findChildren(SupervisorView)
        assert isinstance(agent_desk.approvals, ApprovalsInbox)


async def test_a_supervisor_reaches_supervision_by_tab_and_keyboard(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        sam = await make_agent(desk, "sam", role=Role.SUPERVISOR)
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, sam)
        assert agent_desk.sections.count() == 3
        assert agent_desk.sections.tabText(2) == "Supervision"
        assert isinstance(agent_desk.supervision, SupervisorView)
        assert agent_desk.supervision.allowed
        harness.window.activateWindow()
        await eventually(harness.window.isActiveWindow, what="window active")
        agent_desk.setFocus()
        QTest.keyClick(
            agent_desk,
            Qt.Key.Key_3,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        await eventually(lambda: agent_desk.sections.currentIndex() == 2, what="Ctrl+Shift+3")
        board = agent_desk.supervision.board
        await eventually(
            lambda: board.model.rowCount() >= 1, what="the live board lists the agents"
        )
        harness.languages.set_language("pl")
        await eventually(lambda: agent_desk.sections.tabText(2) == "Nadzór", what="Polish titles")
