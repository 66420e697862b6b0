"""The waiting queue as a table: tier, case kind, language, waiting time, service level.

Built for a big queue: a refresh with as many rows as before only emits ``dataChanged``
(no reset, the selection and scroll position stay), and the once-a-second clock tick
only touches the two time columns. Waiting time and the service-level state are worked
out from ``queued_at`` and the tier's target against the server's clock (the offset is
taken at each refresh), so they move between refreshes too.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QStyle

from recovery_app.schemas.agent_desk import AgentQueueOut

_CTX = "QueueModel"
COL_POSITION, COL_TIER, COL_KIND, COL_LANGUAGE, COL_WAITING, COL_SLA = range(6)
COLUMNS = 6
WARNING_SHARE = 0.75
SLA_OK, SLA_WARNING, SLA_BREACHED = "ok", "warning", "breached"
SLA_ROLE = Qt.ItemDataRole.UserRole + 1

_HEADERS = (
    QT_TRANSLATE_NOOP("QueueModel", "#"),
    QT_TRANSLATE_NOOP("QueueModel", "Tier"),
    QT_TRANSLATE_NOOP("QueueModel", "Case"),
    QT_TRANSLATE_NOOP("QueueModel", "Language"),
    QT_TRANSLATE_NOOP("QueueModel", "Waiting"),
    QT_TRANSLATE_NOOP("QueueModel", "Service level"),
)
_TIERS = {
    "verified": QT_TRANSLATE_NOOP("QueueModel", "Subscriber (live)"),
    "free": QT_TRANSLATE_NOOP("QueueModel", "Free"),
}
_KINDS = {
    "forgot_password": QT_TRANSLATE_NOOP("QueueModel", "Forgot password"),
    "lost_second_factor": QT_TRANSLATE_NOOP("QueueModel", "Lost second factor"),
    "hacked": QT_TRANSLATE_NOOP("QueueModel", "Hacked"),
    "disabled": QT_TRANSLATE_NOOP("QueueModel", "Disabled or suspended"),
}
_LANGUAGES = {"en": "English", "pl": "Polski", "de": "Deutsch", "fr": "Français", "ru": "Русский"}
_SECONDS = QT_TRANSLATE_NOOP("QueueModel", "%1 s")
_MINUTES = QT_TRANSLATE_NOOP("QueueModel", "%1 min")
_HOURS = QT_TRANSLATE_NOOP("QueueModel", "%1 h %2 min")
_DAYS = QT_TRANSLATE_NOOP("QueueModel", "%1 d %2 h")
_ESCALATED = QT_TRANSLATE_NOOP("QueueModel", "%1 (escalated)")
_BREACHED_AGO = QT_TRANSLATE_NOOP("QueueModel", "Breached %1 ago")
_DUE_SOON = QT_TRANSLATE_NOOP("QueueModel", "Due soon: %1 left")
_ON_TIME = QT_TRANSLATE_NOOP("QueueModel", "On time: %1 left")
_SENTENCE = QT_TRANSLATE_NOOP("QueueModel", "%1. Target: %2.")
# Tinted backgrounds that read on light, dark and high-contrast palettes; the state is
# also in the text and the icon, never in the colour alone.
_SLA_BACKGROUND = {SLA_WARNING: QColor(255, 176, 0, 90), SLA_BREACHED: QColor(220, 40, 40, 110)}


def _named(text: str) -> str:
    return QCoreApplication.translate(_CTX, text)


def sla_state(waited: float, target: float) -> str:
    if waited >= target:
        return SLA_BREACHED
    if waited >= WARNING_SHARE * target:
        return SLA_WARNING
    return SLA_OK


def duration_text(seconds: float) -> str:
    """ "45 s", "12 min", "3 h 05 min", "2 d 4 h" — short, for a table cell."""
    seconds = max(0, int(seconds))
    if seconds < 60:
        return _named(_SECONDS).replace("%1", str(seconds))
    minutes = seconds // 60
    if minutes < 60:
        return _named(_MINUTES).replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return _named(_HOURS).replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    days, hours = divmod(hours, 24)
    return _named(_DAYS).replace("%1", str(days)).replace("%2", str(hours))


@dataclass(slots=True)
class QueueRow:
    position: int
    tier: str
    kind: str
    language: str
    escalated: bool
    queued_ts: float  # server time, seconds since the epoch
    target: float


def rows_from(snapshot: AgentQueueOut) -> list[QueueRow]:
    return [
        QueueRow(
            item.position,
            item.tier.value,
            item.kind.value,
            item.language,
            item.escalated,
            item.queued_at.timestamp(),
            float(item.target_seconds),
        )
        for item in snapshot.items
    ]


class QueueModel(QAbstractTableModel):
    """Rows of the waiting queue (read-only: nobody picks a case from it)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[QueueRow] = []
        self._offset = 0.0  # server clock minus local clock
        self._icons: dict[str, Any] = {}

    # -- feeding ------------------------------------------------------------------------

    def set_snapshot(self, snapshot: AgentQueueOut) -> None:
        self.set_rows(rows_from(snapshot), server_now=snapshot.at)

    def set_rows(self, rows: list[QueueRow], server_now: datetime | None = None) -> None:
        if server_now is not None:
            self._offset = server_now.timestamp() - time.time()
        if len(rows) == len(self._rows):
            self._rows = rows
            if rows:
                self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, COLUMNS - 1))
            return
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def tick(self) -> None:
        """The clock moved: repaint waiting time and service level only."""
        if self._rows:
            self.dataChanged.emit(
                self.index(0, COL_WAITING), self.index(len(self._rows) - 1, COL_SLA)
            )

    def now(self) -> float:
        return time.time() + self._offset

    def state_of(self, row: int) -> str:
        item = self._rows[row]
        return sla_state(self.now() - item.queued_ts, item.target)

    def counts(self) -> dict[str, int]:
        found = {SLA_OK: 0, SLA_WARNING: 0, SLA_BREACHED: 0}
        for row in range(len(self._rows)):
            found[self.state_of(row)] += 1
        return found

    # -- the model ----------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _named(_HEADERS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        item, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column, index.row())
        if role == SLA_ROLE:
            return self.state_of(index.row())
        if role == Qt.ItemDataRole.AccessibleTextRole and column == COL_SLA:
            return self._sla_sentence(item, index.row())
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_WAITING, COL_SLA):
            return self._sla_sentence(item, index.row())
        if role == Qt.ItemDataRole.DecorationRole and column == COL_SLA:
            return self._icon(self.state_of(index.row()))
        if role == Qt.ItemDataRole.BackgroundRole and column in (COL_WAITING, COL_SLA):
            return _SLA_BACKGROUND.get(self.state_of(index.row()))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_POSITION, COL_WAITING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, item: QueueRow, column: int, row: int) -> str:
        if column == COL_POSITION:
            return str(item.position)
        if column == COL_TIER:
            return _named(_TIERS.get(item.tier, item.tier))
        if column == COL_KIND:
            kind = _named(_KINDS.get(item.kind, item.kind))
            return _named(_ESCALATED).replace("%1", kind) if item.escalated else kind
        if column == COL_LANGUAGE:
            return _LANGUAGES.get(item.language, item.language)
        if column == COL_WAITING:
            return duration_text(self.now() - item.queued_ts)
        state = self.state_of(row)
        left = item.queued_ts + item.target - self.now()
        if state == SLA_BREACHED:
            return _named(_BREACHED_AGO).replace("%1", duration_text(-left))
        if state == SLA_WARNING:
            return _named(_DUE_SOON).replace("%1", duration_text(left))
        return _named(_ON_TIME).replace("%1", duration_text(left))

    def _sla_sentence(self, item: QueueRow, row: int) -> str:
        return (
            _named(_SENTENCE)
            .replace("%1", self._text(item, COL_SLA, row))
            .replace("%2", duration_text(item.target))
        )

    def _icon(self, state: str) -> Any:
        if state == SLA_OK:
            return None
        if state not in self._icons:
            app = QApplication.instance()
            if not isinstance(app, QApplication):
                return None
            pixmap = (
                QStyle.StandardPixmap.SP_MessageBoxCritical
                if state == SLA_BREACHED
                else QStyle.StandardPixmap.SP_MessageBoxWarning
            )
            self._icons[state] = app.style().standardIcon(pixmap)
        return self._icons[state]
