"""Agent mode: sign-in, the queue, several chats with their case panels, approvals.

(Placeholder during the build of issue #6: shows the welcome page.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.context import ClientContext
from ui.widgets.welcome_pages import AgentWelcomePage


class AgentWorkspace(QStackedWidget):
    """The pages of agent mode."""

    def __init__(self, context: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.welcome = AgentWelcomePage(self)
        self.addWidget(self.welcome)

    async def aclose(self) -> None:
        """Sign out of the live session and stop background work."""
