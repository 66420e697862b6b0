"""Agent mode: the sign-in page, then the desk (queue, several chats, case panels).

When the session ends on the server (a 401 from any call, or the live socket refusing
the token) the desk closes, every unsent reply and note is kept, the sign-in page says
why, and the drafts come back into their chats after the agent signs in again.
"""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QStackedWidget, QWidget
from qasync import asyncSlot

from ui.agent.session import AgentSession
from ui.agent.sign_in_page import SignInPage
from ui.context import ClientContext
from ui.tasks import BackgroundTasks

if TYPE_CHECKING:
    from ui.agent.desk import AgentDesk

log = logging.getLogger(__name__)


class AgentWorkspace(QStackedWidget):
    """The pages of agent mode."""

    def __init__(self, context: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentWorkspace")
        self.context = context
        self.tasks = BackgroundTasks()
        self.session = AgentSession(context.api, self)
        self.sign_in_page = SignInPage(self.session, self)
        self.heading = self.sign_in_page.heading
        self.addWidget(self.sign_in_page)
        self.desk: AgentDesk | None = None
        self.session.signedIn.connect(self._signed_in)
        self.session.expired.connect(self._expired)

    # -- sign-in and out ---------------------------------------------------------------------

    def _signed_in(self) -> None:
        # Imported here: the desk (chats, case panels) is only needed once signed in, and
        # leaving it out of start-up makes the first window appear sooner (P7).
        from ui.agent.desk import AgentDesk

        api, agent = self.session.agent_api, self.session.agent
        assert api is not None
        assert agent is not None
        desk = AgentDesk(self.context, api, agent.display_name, self)
        desk.drafts.update(self.session.drafts)
        self.session.drafts.clear()
        desk.signOutRequested.connect(self.sign_out)
        desk.bridge.unauthorized.connect(self.session.expire)
        self.desk = desk
        self.addWidget(desk)
        self.setCurrentWidget(desk)
        self.tasks.spawn("desk", desk.start())

    def _expired(self) -> None:
        desk = self.desk
        if desk is not None:
            self.session.drafts.update(desk.collect_drafts())
        self.sign_in_page.reset()
        self.setCurrentWidget(self.sign_in_page)
        self.tasks.spawn("close-desk", self._drop_desk())

    @asyncSlot()
    async def sign_out(self) -> None:
        await self._drop_desk()
        await self.session.sign_out()
        self.sign_in_page.reset()
        self.setCurrentWidget(self.sign_in_page)

    async def _drop_desk(self) -> None:
        desk, self.desk = self.desk, None
        if desk is None:
            return
        self.tasks.cancel("desk")  # its start-up must not spawn work after the desk closed
        self.removeWidget(desk)
        with contextlib.suppress(Exception):
            await desk.aclose()
        desk.deleteLater()

    async def resume(self) -> bool:
        """Sign in with a session remembered in the OS keyring, if any is still valid."""
        return await self.session.resume_remembered()

    async def aclose(self) -> None:
        """Close the desk (its live session says the agent went offline) and stop work."""
        await self.tasks.aclose()
        await self._drop_desk()
