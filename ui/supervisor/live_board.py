"""The live board: the queue now (per tier: waiting, oldest wait), open breaches, and the
agents (presence, load against capacity, chats now). The supervisor view refreshes it
every few seconds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_app.schemas.queue import QueueNowOut
from recovery_app.schemas.supervision import AgentBoardOut
from ui.models.agent_board_model import AgentBoardModel
from ui.supervisor import format as fmt

TIERS = ("verified", "free")


class TierCard(QFrame):
    """One tier's queue: how many wait, and for how long the oldest has waited."""

    def __init__(self, tier: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tier = tier
        self.setObjectName("queueCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("queueCardTitle")
        self.title.setWordWrap(True)
        self.waiting = QLabel(self)
        self.waiting.setObjectName("queueCardCount")
        self.waiting.setWordWrap(True)
        self.oldest = QLabel(self)
        self.oldest.setObjectName("queueCardDetail")
        self.oldest.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.waiting)
        layout.addWidget(self.oldest)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a screen reader reads the card


class LiveBoard(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveBoard")
        self.queue: QueueNowOut | None = None
        self.breaches = 0
        self.heading = QLabel(self)
        self.heading.setObjectName("supervisorHeading")
        self.updated = QLabel(self)
        self.updated.setObjectName("supervisorStatus")
        self.tier_cards = {tier: TierCard(tier, self) for tier in TIERS}
        self.breach_label = QLabel(self)
        self.breach_label.setObjectName("breachLabel")
        self.breach_label.setWordWrap(True)
        self.staff_label = QLabel(self)
        self.staff_label.setObjectName("staffLabel")
        self.staff_label.setWordWrap(True)
        self.agents_heading = QLabel(self)
        self.agents_heading.setObjectName("supervisorSubheading")
        self.model = AgentBoardModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("agentBoardTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.agents_heading.setBuddy(self.table)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.updated)
        cards = QHBoxLayout()
        for card in self.tier_cards.values():
            cards.addWidget(card, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(cards)
        layout.addWidget(self.breach_label)
        layout.addWidget(self.staff_label)
        layout.addWidget(self.agents_heading)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Queue now"))
        self.agents_heading.setText(self.tr("A&gents"))
        self.table.setAccessibleName(self.tr("Agents: presence and load"))
        self.model.retranslate()
        self._show()

    def set_data(self, queue: QueueNowOut, agents: list[AgentBoardOut], breaches: int) -> None:
        self.queue = queue
        self.breaches = breaches
        self.model.set_rows(agents)
        self._show()

    def _show(self) -> None:
        queue = self.queue
        for tier, card in self.tier_cards.items():
            card.title.setText(fmt.tier_name(tier))
            found = (
                next(
                    (t for t in queue.tiers if str(getattr(t.tier, "value", t.tier)) == tier), None
                )
                if queue
                else None
            )
            if found is None:
                card.waiting.setText("–")
                card.oldest.setText("")
            else:
                card.waiting.setText(self.tr("%n waiting", "", found.waiting))
                card.oldest.setText(
                    self.tr("Oldest wait: %1").replace(
                        "%1", fmt.duration(found.oldest_wait_seconds)
                    )
                    if found.oldest_wait_seconds is not None
                    else self.tr("Nobody is waiting.")
                )
            card.setAccessibleName(
                f"{card.title.text()}: {card.waiting.text()}. {card.oldest.text()}"
            )
        if queue is None:
            self.updated.setText(self.tr("Not loaded yet"))
            self.breach_label.setText("")
            self.staff_label.setText("")
            return
        self.updated.setText(self.tr("Updated %1").replace("%1", fmt.local_time(queue.at, False)))
        self.breach_label.setProperty("alarm", self.breaches > 0)
        self.breach_label.style().unpolish(self.breach_label)
        self.breach_label.style().polish(self.breach_label)
        self.breach_label.setText(
            self.tr("Open service-level breaches: %1").replace("%1", str(self.breaches))
            if self.breaches
            else self.tr("No open service-level breaches.")
        )
        self.staff_label.setText(
            " · ".join(
                [
                    self.tr("Agents online: %1").replace("%1", str(queue.agents_online)),
                    self.tr("Away: %1").replace("%1", str(queue.agents_away)),
                    self.tr("Free chat slots: %1").replace("%1", str(queue.free_slots)),
                    self.tr("Cases in progress: %1").replace("%1", str(queue.open_cases)),
                ]
            )
        )
