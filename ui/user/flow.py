"""User mode: the guided flow from "what happened?" to a secured account.

(Placeholder during the build of issue #5: shows the welcome page.)
"""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget

from ui.context import ClientContext
from ui.widgets.welcome_pages import UserWelcomePage


class UserFlow(QStackedWidget):
    """The pages of user mode, one at a time."""

    def __init__(self, context: ClientContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.welcome = UserWelcomePage(self)
        self.addWidget(self.welcome)

    async def aclose(self) -> None:
        """Stop background work (live sessions, timers); called before the loop ends."""
