"""The audit log, page by page: newest rows first, older pages fetched as the view scrolls.

``fetchMore`` (called by the view when the last rows come into sight) starts one
asynchronous request through ``loader(before_id)``; rows arrive in
:meth:`append_page`. Rows hold no secret (the server never writes one into them).
"""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QObject, Signal

from recovery_app.schemas.agents import AuditRowOut
from ui.models.row_table import Index, RowTableModel
from ui.supervisor import format as fmt

PAGE = 50
Loader = Callable[[int | None], Awaitable[list[AuditRowOut]]]
Spawner = Callable[[Awaitable[Any]], object]


def actor_text(row: AuditRowOut, agent_names: dict[int, str]) -> str:
    if row.actor_type == "agent" and row.actor_id and row.actor_id.isdigit():
        return agent_names.get(int(row.actor_id), f"#{row.actor_id}")
    return row.actor_type if row.actor_id is None else f"{row.actor_type} {row.actor_id}"


def detail_text(row: AuditRowOut) -> str:
    return json.dumps(row.detail, ensure_ascii=False, sort_keys=True)


class AuditModel(RowTableModel[AuditRowOut]):
    """Signals: ``loadingChanged(bool)``; ``failed(object)`` with the exception."""

    CONTEXT = "AuditModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AuditModel", "Row"),
        QT_TRANSLATE_NOOP("AuditModel", "Time"),
        QT_TRANSLATE_NOOP("AuditModel", "Who"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Case"),
        QT_TRANSLATE_NOOP("AuditModel", "From"),
        QT_TRANSLATE_NOOP("AuditModel", "Details"),
    )

    loadingChanged = Signal(bool)
    failed = Signal(object)

    def __init__(self, spawn: Spawner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._spawn = spawn
        self._loader: Loader | None = None
        self._generation = 0
        self.loading = False
        self.exhausted = True
        self.agent_names: dict[int, str] = {}

    # -- paging ----------------------------------------------------------------

    def start(self, loader: Loader) -> None:
        """Forget the rows and load the first page of a new search."""
        self._generation += 1
        self._loader = loader
        self.set_rows([])
        self.exhausted = False
        self._set_loading(False)
        self._load(None)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.exhausted and not self.loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent) and self.rows:
            self._load(self.rows[-1].id)

    def _load(self, before_id: int | None) -> None:
        if self._loader is None:
            return
        self._set_loading(True)
        self._spawn(self._fetch(self._loader, before_id, self._generation))

    async def _fetch(self, loader: Loader, before_id: int | None, generation: int) -> None:
        try:
            page = await loader(before_id)
        except Exception as exc:  # shown by the view as a sentence
            if generation == self._generation:
                self._set_loading(False)
                self.exhausted = True
                self.failed.emit(exc)
            return
        if generation != self._generation:
            return  # a newer search replaced this one
        self.append_page(page)

    def append_page(self, page: list[AuditRowOut]) -> None:
        if page:
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        self.exhausted = len(page) < PAGE
        self._set_loading(False)

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loadingChanged.emit(loading)

    # -- cells -----------------------------------------------------------------

    def cell(self, row: AuditRowOut, column: int) -> str:
        if column == 0:
            return str(row.id)
        if column == 1:
            return fmt.local_time(row.at)
        if column == 2:
            return actor_text(row, self.agent_names)
        if column == 3:
            return row.action
        if column == 4:
            return row.case_ref or ""
        if column == 5:
            return row.ip or ""
        return detail_text(row)

    def row_of_id(self, row_id: int) -> int | None:
        for n, row in enumerate(self.rows):
            if row.id == row_id:
                return n
        return None
