"""Restore requests waiting for a second person, as a list model for the approvals inbox."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from recovery_app.schemas.approvals import ApprovalRequestOut
from ui.agent import case_panel_text as text

RequestRole = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


class ApprovalsModel(QAbstractListModel):
    """One row per request; ``RequestRole`` gives the :class:`ApprovalRequestOut`."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.requests: list[ApprovalRequestOut] = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.requests)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.requests):
            return None
        request = self.requests[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.line(request)
        if role == RequestRole:
            return request
        return None

    @staticmethod
    def line(request: ApprovalRequestOut) -> str:
        action = text.word(text.ACTIONS, request.action.value)
        if request.requested_by_me:
            waiting = (
                QCoreApplication.translate("CaseText", "waiting for a supervisor")
                if request.approver == "supervisor"
                else QCoreApplication.translate("CaseText", "waiting for another agent")
            )
            return f"{action} · {request.case.reference} · {waiting}"
        asked = QCoreApplication.translate("CaseText", "asked by %1, %2").replace(
            "%1", request.requested_by
        )
        asked = asked.replace("%2", text.when(request.requested_at))
        return f"{action} · {request.case.reference} · {asked}"

    def set_requests(self, requests: list[ApprovalRequestOut]) -> None:
        self.beginResetModel()
        self.requests = list(requests)
        self.endResetModel()

    def request_at(self, row: int) -> ApprovalRequestOut | None:
        return self.requests[row] if 0 <= row < len(self.requests) else None

    def retranslate(self) -> None:
        if self.requests:
            self.dataChanged.emit(self.index(0), self.index(len(self.requests) - 1))
