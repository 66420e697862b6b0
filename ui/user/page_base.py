"""What every page of the user flow shares: heading, introduction, a message line.

A page builds its widgets in ``__init__`` and sets every text in
``retranslate()``, which runs again on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


def wrapped_label(parent: QWidget, name: str, *, selectable: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class FlowPage(QFrame):
    """A page: ``heading``, ``intro``, ``message`` (errors and hints) and ``body`` below.

    ``message`` has a ``tone`` property (``error``, ``info`` or ``ok``) for the stylesheet,
    and is announced by screen readers through its accessible description.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flowPage")
        self.heading = wrapped_label(self, "pageHeading")
        self.heading.setAccessibleName("heading")
        self.intro = wrapped_label(self, "pageIntro", selectable=True)
        self.message = wrapped_label(self, "flowMessage", selectable=True)
        self.message.hide()
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.message)
        layout.addLayout(self.body)
        layout.addStretch(1)

    def show_message(self, text: str, tone: str = "error") -> None:
        self.message.setText(text)
        self.message.setProperty("tone", tone)
        self.message.setAccessibleName(text)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("", "info")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Set every visible text; subclasses override."""

    def first_focus(self) -> QWidget | None:
        """The control that gets the focus when the page is shown."""
        return None
