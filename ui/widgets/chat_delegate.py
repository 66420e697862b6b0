"""Paints chat messages as bubbles; sizes are measured once per width and cached on the item.

Ours on the right, theirs on the left, system and survey messages centred without a
bubble, private notes (agents only) on a tinted, dashed bubble marked "Private note".
Our messages carry a mark: a clock while pending, ✓ sent/delivered, ✓✓ read, ! failed
(the words are in the item's accessible text). A file's name follows a paper clip drawn
with QPainter (no font is needed for it). The assistant's answer can be shown folded to
one line (``collapsed(item)``), with a link-coloured "show" / "hide" line.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.models.message_model import (
    DELIVERED,
    FAILED,
    PENDING,
    READ,
    SENT,
    ChatItem,
    ItemRole,
    MessageListModel,
    shown_text,
)

Index = QModelIndex | QPersistentModelIndex

PAD = 8  # inside a bubble
GAP = 4  # between rows
SIDE = 12  # from the view's edges
THUMB_W, THUMB_H = 240, 180
MARKS = {PENDING: "◷", SENT: "✓", DELIVERED: "✓", READ: "✓✓", FAILED: "!"}
CONTEXT = "MessageDelegate"


def _named(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def scaled_size(image: QImage | None) -> QSize:
    if image is None or image.isNull():
        return QSize(0, 0)
    return image.size().scaled(QSize(THUMB_W, THUMB_H), Qt.AspectRatioMode.KeepAspectRatio)


class MessageDelegate(QStyledItemDelegate):
    """``card_height(item, width)`` gives the height of an inline card widget (challenges)."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        card_height: Callable[[ChatItem, int], int] | None = None,
        names: Callable[[ChatItem], str] | None = None,
        collapsed: Callable[[ChatItem], bool | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.card_height = card_height
        self.names = names
        # None: not foldable; True: folded to one line; False: unfolded (with "hide").
        self.collapsed = collapsed

    # --- measuring --------------------------------------------------------------------

    def _bubble_width(self, width: int) -> int:
        return max(120, min(int(width * 0.78), 680) - 2 * SIDE)

    def _header(self, item: ChatItem) -> str:
        if item.kind in ("system", "survey"):
            return item.time_text
        name = self.names(item) if self.names else item.sender
        if item.kind == "note":
            name = QCoreApplication.translate("MessageDelegate", "Private note") + " · " + name
        return f"{name}  {item.time_text}".strip()

    def _body(self, item: ChatItem) -> str:
        if item.kind == "attachment":
            name = (item.attachment or {}).get("filename") or item.body
            return str(name)
        if self._folded(item) is True:
            return ""
        return shown_text(item)

    def _folded(self, item: ChatItem) -> bool | None:
        return self.collapsed(item) if self.collapsed is not None else None

    def toggle_text(self, item: ChatItem) -> str:
        """The link line of a foldable message ("" when it is not foldable)."""
        folded = self._folded(item)
        if folded is None:
            return ""
        if folded:
            return QCoreApplication.translate("MessageDelegate", "Assistant's answer — show")
        return QCoreApplication.translate("MessageDelegate", "Hide the assistant's answer")

    @staticmethod
    def _icon_width(item: ChatItem, fm: QFontMetrics) -> int:
        return fm.height() + 3 if item.kind == "attachment" else 0

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item: ChatItem | None = index.data(ItemRole)
        if item is None:
            return QSize(0, 0)
        width = option.rect.width() or (
            option.widget.width() if option.widget is not None else 400  # type: ignore[union-attr]
        )
        cached = item.size_cache
        if cached is not None and cached[0] == width:
            return QSize(cached[1])
        size = self._measure(item, option, width)
        item.size_cache = (width, size)
        return QSize(size)

    def _measure(self, item: ChatItem, option: QStyleOptionViewItem, width: int) -> QSize:
        font = QFont(option.font)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        fm, sm = QFontMetrics(font), QFontMetrics(small)
        if item.kind == "challenge" and self.card_height is not None:
            return QSize(width, self.card_height(item, width) + 2 * GAP)
        if item.kind in ("system", "survey"):
            inner = max(100, width - 4 * SIDE - 2 * PAD)
            text = fm.boundingRect(QRect(0, 0, inner, 100000), _WRAP, shown_text(item))
            return QSize(width, text.height() + sm.height() + 2 * PAD + 2 * GAP)
        inner = self._bubble_width(width) - 2 * PAD
        icon = self._icon_width(item, fm)
        body = self._body(item)
        text = fm.boundingRect(QRect(0, 0, inner - icon, 100000), _WRAP, body)
        height = sm.height() + 2 + (text.height() if body else 0) + 2 * PAD + 2 * GAP
        toggle = self.toggle_text(item)
        if toggle:
            height += fm.boundingRect(QRect(0, 0, inner, 100000), _WRAP, toggle).height()
        thumb = scaled_size(item.thumbnail)
        if thumb.height():
            height += thumb.height() + PAD
        return QSize(width, height)

    # --- painting ---------------------------------------------------------------------

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: ChatItem | None = index.data(ItemRole)
        if item is None:
            return
        model = index.model()
        state = model.state_of(item) if isinstance(model, MessageListModel) else ""
        painter.save()
        try:
            self._paint(painter, option, item, state)
        finally:
            painter.restore()

    def _paint(
        self, painter: QPainter, option: QStyleOptionViewItem, item: ChatItem, state: str
    ) -> None:
        pal: QPalette = option.palette
        rect: QRect = option.rect
        font = QFont(option.font)
        small = QFont(font)
        small.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        fm, sm = QFontMetrics(font), QFontMetrics(small)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if item.kind == "challenge" and self.card_height is not None:
            return  # the card widget paints itself
        if item.kind in ("system", "survey"):
            inner = rect.adjusted(2 * SIDE, GAP, -2 * SIDE, -GAP)
            if item.kind == "survey":
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 1))
                painter.setBrush(pal.color(QPalette.ColorRole.AlternateBase))
                painter.drawRoundedRect(inner, 6, 6)
            painter.setFont(small)
            painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
            text_rect = inner.adjusted(PAD, PAD, -PAD, -PAD)
            painter.drawText(
                text_rect, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, item.time_text
            )
            italic = QFont(font)
            italic.setItalic(item.kind == "system")
            painter.setFont(italic)
            painter.setPen(pal.color(QPalette.ColorRole.Text))
            painter.drawText(
                text_rect.adjusted(0, sm.height(), 0, 0),
                _WRAP | Qt.AlignmentFlag.AlignHCenter,
                shown_text(item),
            )
            if focused:
                self._focus(painter, pal, inner)
            return
        bubble_w = self._bubble_width(rect.width())
        inner_w = bubble_w - 2 * PAD
        body = self._body(item)
        icon = self._icon_width(item, fm)
        text = fm.boundingRect(QRect(0, 0, inner_w - icon, 100000), _WRAP, body)
        toggle = self.toggle_text(item)
        toggle_rect = fm.boundingRect(QRect(0, 0, inner_w, 100000), _WRAP, toggle)
        header = self._header(item)
        header_w = sm.horizontalAdvance(header)
        mark = MARKS.get(state, "")
        content_w = max(
            text.width() + icon,
            toggle_rect.width() if toggle else 0,
            header_w + (sm.horizontalAdvance(mark) + PAD if mark else 0),
        )
        thumb = scaled_size(item.thumbnail)
        content_w = max(content_w, thumb.width())
        w = min(bubble_w, content_w + 2 * PAD)
        h = rect.height() - 2 * GAP
        x = rect.right() - SIDE - w if item.mine else rect.left() + SIDE
        bubble = QRect(x, rect.top() + GAP, w, h)
        if item.kind == "note":
            fill = _mix(pal.color(QPalette.ColorRole.Base), QColor(230, 190, 40), 0.28)
            pen = QPen(pal.color(QPalette.ColorRole.Text), 1, Qt.PenStyle.DashLine)
            text_color = pal.color(QPalette.ColorRole.Text)
        elif item.mine:
            fill = _mix(
                pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight), 0.22
            )
            pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
            text_color = pal.color(QPalette.ColorRole.Text)
        else:
            fill = pal.color(QPalette.ColorRole.AlternateBase)
            pen = QPen(pal.color(QPalette.ColorRole.Mid), 1)
            text_color = pal.color(QPalette.ColorRole.Text)
        if selected:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight), 2)
        painter.setPen(pen)
        painter.setBrush(fill)
        painter.drawRoundedRect(bubble, 8, 8)
        inner = bubble.adjusted(PAD, PAD, -PAD, -PAD)
        painter.setFont(small)
        painter.setPen(pal.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, header)
        if mark:
            color = pal.color(QPalette.ColorRole.Highlight) if state == READ else text_color
            if state == FAILED:
                color = QColor(200, 40, 40)
            painter.setPen(color)
            painter.drawText(inner, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, mark)
        y = inner.top() + sm.height() + 2
        if thumb.height() and item.thumbnail is not None:
            target = QRect(inner.left(), y, thumb.width(), thumb.height())
            painter.drawImage(target, item.thumbnail)
            y += thumb.height() + PAD
        painter.setFont(font)
        painter.setPen(text_color)
        if icon:
            _paperclip(painter, QRect(inner.left(), y, fm.height(), fm.height()), text_color)
        if body:
            area = QRect(inner.left() + icon, y, inner.width() - icon, inner.bottom() - y + 1)
            painter.drawText(area, _WRAP, body)
            y += text.height()
        if toggle:
            link = QFont(font)
            link.setUnderline(True)
            painter.setFont(link)
            painter.setPen(_readable(pal.color(QPalette.ColorRole.Link), fill, text_color))
            painter.drawText(
                QRect(inner.left(), y, inner.width(), inner.bottom() - y + 1), _WRAP, toggle
            )
        if focused:
            self._focus(painter, pal, bubble)

    @staticmethod
    def _focus(painter: QPainter, pal: QPalette, rect: QRect) -> None:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2, Qt.PenStyle.DotLine))
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 9, 9)


_WRAP: Any = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def _paperclip(painter: QPainter, box: QRect, color: QColor) -> None:
    """A paper clip in ``color``, centred in ``box`` (about one line of text high)."""
    side = min(box.width(), box.height())
    unit = side / 16.0
    left = box.left() + (box.width() - side) / 2.0
    top = box.top() + (box.height() - side) / 2.0

    def at(x: float, y: float) -> tuple[float, float]:
        return left + x * unit, top + y * unit

    path = QPainterPath()
    path.moveTo(*at(11.5, 6.0))
    path.lineTo(*at(11.5, 11.0))
    path.cubicTo(*at(11.5, 15.7), *at(4.5, 15.7), *at(4.5, 11.0))
    path.lineTo(*at(4.5, 4.0))
    path.cubicTo(*at(4.5, 0.7), *at(9.5, 0.7), *at(9.5, 4.0))
    path.lineTo(*at(9.5, 10.5))
    path.cubicTo(*at(9.5, 12.5), *at(6.5, 12.5), *at(6.5, 10.5))
    path.lineTo(*at(6.5, 6.0))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(color, max(1.1, unit * 1.1))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


def _readable(color: QColor, background: QColor, fallback: QColor) -> QColor:
    """``color`` when it stands out on ``background`` (contrast ratio 4.5), else ``fallback``."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        red, green, blue = channel(c.redF()), channel(c.greenF()), channel(c.blueF())
        return 0.2126 * red + 0.7152 * green + 0.0722 * blue

    a, b = luminance(color), luminance(background)
    ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
    return color if ratio >= 4.5 else fallback


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )
