"""Prepared replies at the keyboard (Ctrl+K): type to filter, Enter puts the reply,
filled in for this case by the server, into the composer to check before sending."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from qasync import asyncSlot

from recovery_app.client.agent import AgentApi
from recovery_app.client.errors import ClientError
from recovery_app.schemas.chat import CannedOut
from ui.messages import message_for

ID_ROLE = Qt.ItemDataRole.UserRole + 1
HEADING_ROLE = Qt.ItemDataRole.UserRole + 2  # "/shortcut — title"
PREVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # the body with variables in words
CHIPS_ROLE = Qt.ItemDataRole.UserRole + 4  # where the variables are in the preview
PREVIEW_LINES = 2
PAD = 6
_VARIABLE = re.compile(r"\{(\w+)\}")


def variable_words(name: str) -> str:
    """A template variable as the agent reads it: ``{case_ref}`` → "case reference"."""
    words = {
        "case_ref": QCoreApplication.translate("CannedPopup", "case reference"),
        "name": QCoreApplication.translate("CannedPopup", "requester's name"),
        "agent": QCoreApplication.translate("CannedPopup", "your name"),
    }
    return words.get(name, name.replace("_", " "))


def readable(body: str) -> str:
    """The reply's text with each ``{variable}`` shown as «its meaning», on one line."""
    return readable_spans(body)[0]


def readable_spans(body: str) -> tuple[str, list[tuple[int, int]]]:
    """:func:`readable` and where each «variable» is in it (start, end) for highlighting."""
    flat = " ".join(body.split())
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    length, last = 0, 0
    for match in _VARIABLE.finditer(flat):
        before = flat[last : match.start()]
        chip = "«" + variable_words(match.group(1)) + "»"
        parts += [before, chip]
        length += len(before)
        spans.append((length, length + len(chip)))
        length += len(chip)
        last = match.end()
    parts.append(flat[last:])
    return "".join(parts), spans


def _span(start: int, length: int, form: QTextCharFormat) -> QTextLayout.FormatRange:
    span = QTextLayout.FormatRange()
    span.start, span.length, span.format = start, length, form
    return span


class CannedDelegate(QStyledItemDelegate):
    """Each reply: its shortcut and title in bold, then at most two lines of the text
    (ending in "…" when longer), with the variables set off as highlighted «chips»."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        bold = QFont(option.font)
        bold.setBold(True)
        return bold, QFont(option.font)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        bold, plain = self._fonts(option)
        height = QFontMetrics(bold).height() + PREVIEW_LINES * QFontMetrics(plain).lineSpacing()
        return QSize(0, height + 3 * PAD)  # as wide as the list: never a sideways bar

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        color = opt.palette.color(group, text_role)
        bold, plain = self._fonts(opt)
        rect = opt.rect.adjusted(PAD, PAD, -PAD, -PAD)
        painter.save()
        painter.setPen(color)
        painter.setFont(bold)
        heading = QFontMetrics(bold).elidedText(
            str(index.data(HEADING_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, heading)
        top = rect.top() + QFontMetrics(bold).height() + PAD // 2
        preview = str(index.data(PREVIEW_ROLE) or "")
        chips = [tuple(span) for span in index.data(CHIPS_ROLE) or []]
        self._paint_preview(painter, opt, preview, chips, plain, top, selected)
        painter.restore()

    def _paint_preview(
        self,
        painter: QPainter,
        opt: QStyleOptionViewItem,
        text: str,
        chips: list[tuple[int, int]],
        font: QFont,
        top: int,
        selected: bool,
    ) -> None:
        """At most ``PREVIEW_LINES`` wrapped lines, the last one elided, chips highlighted."""
        metrics = QFontMetrics(font)
        width = opt.rect.width() - 2 * PAD
        wrap = QTextLayout(text, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        wrap.setTextOption(option)
        chip = QTextCharFormat()
        chip.setFontWeight(QFont.Weight.DemiBold)
        if not selected:  # the selection already has its own colours
            chip.setForeground(opt.palette.color(QPalette.ColorRole.Highlight))
        wrap.setFormats([_span(begin, end - begin, chip) for begin, end in chips])
        wrap.beginLayout()
        pieces: list[tuple[int, str]] = []  # (offset in text, what the line shows)
        while len(pieces) < PREVIEW_LINES:
            line = wrap.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            pieces.append(
                (line.textStart(), text[line.textStart() : line.textStart() + line.textLength()])
            )
        wrap.endLayout()
        if pieces:
            start, shown = pieces[-1]
            if start + len(shown) < len(text):  # more follows: end the last line in "…"
                rest = text[start:]
                room = width - 2 * metrics.averageCharWidth()  # bold chips run wider
                pieces[-1] = (start, metrics.elidedText(rest, Qt.TextElideMode.ElideRight, room))
        painter.setClipRect(opt.rect.adjusted(PAD, 0, -PAD // 2, 0))  # bold chips run wider
        y = float(top)
        for start, shown in pieces:
            shown = shown.rstrip()
            layout = QTextLayout(shown, font)
            ranges = []
            for begin, end in chips:
                lo, hi = max(begin, start) - start, min(end, start + len(shown)) - start
                if lo < hi:
                    ranges.append(_span(lo, hi - lo, chip))
            layout.setFormats(ranges)
            layout.beginLayout()
            line = layout.createLine()
            if line.isValid():
                line.setLineWidth(width * 2)  # one line: the text was cut to fit already
            layout.endLayout()
            layout.draw(painter, QPointF(opt.rect.left() + PAD, y))
            y += metrics.lineSpacing()


class CannedPopup(QDialog):
    """A filter field over the list of prepared replies.

    Signals:
        chosen(str): the rendered text of the reply picked.
    """

    chosen = Signal(str)

    def __init__(
        self,
        agent_api: AgentApi,
        reference: str,
        language: str | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cannedPopup")
        self.agent_api = agent_api
        self.reference = reference
        self.language = language
        self.replies: list[CannedOut] = []
        self.filter = QLineEdit(self)
        self.filter.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setItemDelegate(CannedDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setObjectName("formError")
        self.status.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        self.resize(520, 380)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.accept_current)
        self.list.itemActivated.connect(lambda _item: self.accept_current())
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Prepared replies"))
        self.filter.setPlaceholderText(self.tr("Type to search by shortcut, title or text"))
        self.filter.setAccessibleName(self.tr("Search prepared replies"))
        self.list.setAccessibleName(self.tr("Prepared replies"))
        if self.replies:  # the variables' words are in the language now chosen
            self.apply_filter(self.filter.text())

    def eventFilter(self, watched: object, event: QEvent) -> bool:
        # Up and Down in the filter field move through the list.
        if watched is self.filter and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    async def load(self) -> None:
        """Fetch the replies for the case's language (then every language if none)."""
        try:
            replies = await self.agent_api.search_canned(language=self.language)
            if not replies and self.language:
                replies = await self.agent_api.search_canned()
        except ClientError as exc:
            self._error(message_for(exc.code))
            return
        self.replies = replies
        self.apply_filter(self.filter.text())

    def apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        self.list.clear()
        found = []
        for reply in self.replies:
            haystack = f"{reply.shortcut} {reply.title} {reply.body}".lower()
            if needle and not all(word in haystack for word in needle.split()):
                continue
            # Shortcut matches first, then titles, then the rest.
            if not needle or reply.shortcut.lower().startswith(needle):
                rank = 0
            else:
                rank = 1 if needle in reply.title.lower() else 2
            found.append((rank, reply))
        found.sort(key=lambda pair: pair[0])
        for _, reply in found:
            heading = f"/{reply.shortcut} — {reply.title}"
            preview, chips = readable_spans(reply.body)
            # The text (read by screen readers) has the variables in words as well.
            item = QListWidgetItem(f"{heading}\n{preview}")
            item.setData(ID_ROLE, reply.id)
            item.setData(HEADING_ROLE, heading)
            item.setData(PREVIEW_ROLE, preview)
            item.setData(CHIPS_ROLE, chips)
            item.setToolTip(f"<p>{html.escape(preview)}</p>")  # rich text wraps
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    @asyncSlot()
    async def accept_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.filter.setEnabled(False)
        try:
            rendered = await self.agent_api.render_canned(self.reference, int(item.data(ID_ROLE)))
        except ClientError as exc:
            self._error(message_for(exc.code))
            return
        finally:
            self.filter.setEnabled(True)
        self.chosen.emit(rendered.text)
        self.accept()

    def _error(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
