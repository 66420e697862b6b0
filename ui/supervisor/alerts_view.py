"""Alerts for supervisors: unusual restore activity, repeated second-factor removal and
service-level breaches, newest first, with "Acknowledge" (audited by the server)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from recovery_app.schemas.agents import AlertOut
from ui.models.alerts_model import AlertsModel, describe, kind_name
from ui.supervisor import format as fmt


class AlertsView(QWidget):
    """Signals: ``acknowledgeRequested(int)`` (alert id), ``showAcknowledgedChanged(bool)``."""

    acknowledgeRequested = Signal(int)
    showAcknowledgedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alertsView")
        self.heading = QLabel(self)
        self.heading.setObjectName("supervisorHeading")
        self.show_acknowledged = QCheckBox(self)
        self.show_acknowledged.setObjectName("showAcknowledgedBox")
        self.show_acknowledged.toggled.connect(self.showAcknowledgedChanged)
        self.model = AlertsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("alertsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QLabel(self)
        self.detail.setObjectName("alertDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.acknowledge_button = QPushButton(self)
        self.acknowledge_button.setObjectName("acknowledgeButton")
        self.acknowledge_button.setEnabled(False)
        self.acknowledge_button.clicked.connect(self._acknowledge)
        self.status = QLabel(self)
        self.status.setObjectName("supervisorStatus")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("supervisorError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_acknowledged)
        actions = QHBoxLayout()
        actions.addWidget(self.acknowledge_button)
        actions.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addLayout(actions)
        self.setTabOrder(self.show_acknowledged, self.table)
        self.setTabOrder(self.table, self.acknowledge_button)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Alerts"))
        self.show_acknowledged.setText(self.tr("Show ac&knowledged alerts too"))
        self.show_acknowledged.setAccessibleName(self.tr("Show acknowledged alerts too"))
        self.table.setAccessibleName(self.tr("Alerts, newest first"))
        self.acknowledge_button.setText(self.tr("&Acknowledge"))
        self.acknowledge_button.setAccessibleName(self.tr("Acknowledge the selected alert"))
        self.model.retranslate()
        self._selection_changed()

    # -- data ------------------------------------------------------------------

    def set_alerts(self, alerts: list[AlertOut], agent_names: dict[int, str]) -> None:
        selected = self.selected_alert()
        self.model.agent_names = dict(agent_names)
        self.model.set_rows(alerts)
        if selected is not None:
            self.select_alert(selected.id)
        elif alerts and self.table.hasFocus():
            self.table.selectRow(0)
        if not alerts:
            self.status.setText(self.tr("No open alerts."))
        else:
            self.status.setText("")
        self._selection_changed()

    def open_count(self) -> int:
        return sum(1 for a in self.model.rows if a.acknowledged_at is None)

    def selected_alert(self) -> AlertOut | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.rows[rows[0].row()] if rows[0].row() < len(self.model.rows) else None

    def select_alert(self, alert_id: int) -> bool:
        for n, alert in enumerate(self.model.rows):
            if alert.id == alert_id:
                self.table.selectRow(n)
                return True
        return False

    def _selection_changed(
        self, _selected: QItemSelection | None = None, _deselected: QItemSelection | None = None
    ) -> None:
        alert = self.selected_alert()
        self.acknowledge_button.setEnabled(alert is not None and alert.acknowledged_at is None)
        if alert is None:
            self.detail.setText(self.tr("Select an alert to see what happened."))
            return
        self.detail.setText(
            f"{kind_name(alert.kind)} · {fmt.local_time(alert.created_at)}\n"
            f"{describe(alert, self.model.agent_names)}"
        )

    def _acknowledge(self) -> None:
        alert = self.selected_alert()
        if alert is not None and alert.acknowledged_at is None:
            self.acknowledgeRequested.emit(alert.id)

    def show_error(self, text: str | None) -> None:
        self.error.setText(text or "")
        self.error.setVisible(bool(text))
