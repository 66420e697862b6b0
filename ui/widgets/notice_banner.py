"""The known-issues banner: a service notice in the person's language, when there is one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from recovery_app.schemas.common import ServiceNoticeOut


class NoticeBanner(QLabel):
    """Shows the most severe current notice; hidden when there is none."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Service notice"))
        self._notices: list[ServiceNoticeOut] = []
        self._language = "en"
        self.hide()

    def set_notices(self, notices: list[ServiceNoticeOut], language: str) -> None:
        self._notices = notices
        self._language = language
        self._refresh()

    def set_language(self, language: str) -> None:
        self._language = language
        self._refresh()

    def _refresh(self) -> None:
        if not self._notices:
            self.hide()
            return
        notice = self._notices[0]  # the server sends the most severe first
        text = notice.messages.get(self._language) or notice.messages.get("en", "")
        self.setText(text)
        self.setProperty("severity", notice.severity)
        self.setAccessibleDescription(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setVisible(bool(text))
