"""The agent's own line: who is signed in, presence (online, away, offline), capacity,
open chats, help and sign-out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QWidget

PRESENCES = ("online", "away", "offline")


class AgentStatusBar(QWidget):
    """Presence and capacity controls.

    Signals:
        presenceChosen(str): online, away or offline.
        capacityChosen(int): the new maximum of chats at once (after a short pause).
        signOutRequested(), helpRequested()
    """

    presenceChosen = Signal(str)
    capacityChosen = Signal(int)
    signOutRequested = Signal()
    helpRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentStatusBar")
        self.who = QLabel(self)
        self.who.setObjectName("agentName")
        self.presence_label = QLabel(self)
        self.presence = QComboBox(self)
        for _ in PRESENCES:
            self.presence.addItem("")
        self.presence.setCurrentIndex(PRESENCES.index("offline"))
        self.presence_label.setBuddy(self.presence)
        self.capacity_label = QLabel(self)
        self.capacity = QSpinBox(self)
        self.capacity.setRange(1, 8)
        self.capacity_label.setBuddy(self.capacity)
        self.load = QLabel(self)
        self.load.setObjectName("agentLoad")
        self.help_button = QPushButton(self)
        self.sign_out_button = QPushButton(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.who)
        row.addSpacing(12)
        row.addWidget(self.presence_label)
        row.addWidget(self.presence)
        row.addWidget(self.capacity_label)
        row.addWidget(self.capacity)
        row.addWidget(self.load)
        row.addStretch(1)
        row.addWidget(self.help_button)
        row.addWidget(self.sign_out_button)
        self._quiet = False
        self._capacity_timer = QTimer(self)
        self._capacity_timer.setSingleShot(True)
        self._capacity_timer.setInterval(600)
        self._capacity_timer.timeout.connect(
            lambda: self.capacityChosen.emit(self.capacity.value())
        )
        self.capacity.valueChanged.connect(self._capacity_edited)
        self.presence.activated.connect(lambda i: self.presenceChosen.emit(PRESENCES[i]))
        self.sign_out_button.clicked.connect(self.signOutRequested)
        self.help_button.clicked.connect(self.helpRequested)
        self._open = 0
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.presence_label.setText(self.tr("St&atus:"))
        names = (self.tr("Online"), self.tr("Away"), self.tr("Offline"))
        for index, name in enumerate(names):
            self.presence.setItemText(index, name)
        self.presence.setAccessibleName(self.tr("Your status"))
        self.presence.setToolTip(
            self.tr("Online: new chats are assigned to you. Away or offline: none are.")
        )
        self.capacity_label.setText(self.tr("C&hats at once:"))
        self.capacity.setAccessibleName(self.tr("Chats at once"))
        self.capacity.setToolTip(self.tr("The most chats you take at the same time."))
        self.help_button.setText(self.tr("Keyboard &shortcuts"))
        self.help_button.setToolTip(self.tr("Keyboard shortcuts (F1)"))
        self.help_button.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.sign_out_button.setText(self.tr("Sign &out"))
        self.sign_out_button.setAccessibleName(self.tr("Sign out"))
        self._show_load()

    def set_agent(self, display_name: str) -> None:
        self.who.setText(display_name)

    def set_presence(self, status: str) -> None:
        if status in PRESENCES:
            self.presence.setCurrentIndex(PRESENCES.index(status))

    def set_capacity(self, max_chats: int, limit: int, open_chats: int) -> None:
        self._quiet = True
        try:
            self.capacity.setMaximum(max(1, limit))
            self.capacity.setValue(max_chats)
        finally:
            self._quiet = False
        self._open = open_chats
        self._show_load()

    def set_open_chats(self, count: int) -> None:
        self._open = count
        self._show_load()

    def _show_load(self) -> None:
        self.load.setText(self.tr("%n open chats", "", self._open))

    def _capacity_edited(self, _value: int) -> None:
        if not self._quiet:
            self._capacity_timer.start()
