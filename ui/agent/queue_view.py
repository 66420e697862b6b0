"""The waiting queue, to look at: who waits, how long, and which service levels are
at risk. Cases reach agents only by assignment, so nothing here takes a case."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_app.schemas.agent_desk import AgentQueueOut
from ui.models.queue_model import COL_KIND, COL_SLA, QueueModel


class QueueView(QWidget):
    """A summary line and the table of the first waiting cases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agentQueue")
        self.model = QueueModel(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("sectionHeading")
        self.summary = QLabel(self)
        self.summary.setObjectName("queueSummary")
        self.summary.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("queueHint")
        self.hint.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Uniform rows: no per-row size hints, so 10,000 rows lay out at once.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SLA, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        self._snapshot: AgentQueueOut | None = None
        self.clock = QTimer(self)
        self.clock.setInterval(1000)
        self.clock.timeout.connect(self.model.tick)
        self.clock.start()
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Waiting queue"))
        self.table.setAccessibleName(self.tr("Waiting queue"))
        self.table.setToolTip(self.tr("Waiting queue (Ctrl+Shift+Q to focus)"))
        self.hint.setText(
            self.tr(
                "New chats are given to you automatically when you are online and have a "
                "free slot; the queue is here so you can see the pressure."
            )
        )
        self._update_summary()
        self.model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1
        )

    def set_snapshot(self, snapshot: AgentQueueOut) -> None:
        self._snapshot = snapshot
        self.model.set_snapshot(snapshot)
        self._update_summary()

    def _update_summary(self) -> None:
        snap = self._snapshot
        if snap is None:
            self.summary.setText(self.tr("Loading the queue…"))
            return
        counts = snap.counts
        if counts.total == 0:
            self.summary.setText(self.tr("Nobody is waiting."))
            return
        parts = [
            self.tr("%n waiting", "", counts.total),
            self.tr("%n subscribers", "", counts.verified),
            self.tr("%n free tier", "", counts.free),
        ]
        if counts.warning:
            parts.append(self.tr("%n due soon", "", counts.warning))
        if counts.breached:
            parts.append(self.tr("%n breached", "", counts.breached))
        text = " · ".join(parts)
        if snap.truncated:
            text += " " + self.tr("(the first %n are listed)", "", len(snap.items))
        self.summary.setText(text)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))
