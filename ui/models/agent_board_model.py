"""The agents on the supervisors' live board: presence, load against capacity, chats."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_app.schemas.supervision import AgentBoardOut
from ui.models.row_table import RowTableModel
from ui.supervisor import format as fmt


class AgentBoardModel(RowTableModel[AgentBoardOut]):
    CONTEXT = "AgentBoardModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("AgentBoardModel", "Agent"),
        QT_TRANSLATE_NOOP("AgentBoardModel", "Role"),
        QT_TRANSLATE_NOOP("AgentBoardModel", "Presence"),
        QT_TRANSLATE_NOOP("AgentBoardModel", "Load / capacity"),
        QT_TRANSLATE_NOOP("AgentBoardModel", "Chats now"),
        QT_TRANSLATE_NOOP("AgentBoardModel", "Presence since"),
    )

    def cell(self, row: AgentBoardOut, column: int) -> str:
        if column == 0:
            return f"{row.display_name} ({row.username})"
        if column == 1:
            return fmt.role_label(str(row.role.value if hasattr(row.role, "value") else row.role))
        if column == 2:
            return fmt.presence_name(row.presence)
        if column == 3:
            return (
                self.tr("%1 of %2").replace("%1", str(row.load)).replace("%2", str(row.max_chats))
            )
        if column == 4:
            return str(row.chats)
        return fmt.local_time(row.presence_since)
