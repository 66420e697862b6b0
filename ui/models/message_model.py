"""The messages of one conversation as a Qt list model, fast with 100,000 of them.

What keeps it fast:

- every message is one small ``__slots__`` object; ``data()`` reads attributes, and the
  delegate reads the whole item through :data:`ItemRole` in one call;
- the model holds everything it knows but *exposes* only a window of the newest rows
  (``PAGE`` at first); scrolling to the top asks for older rows with
  ``canFetchMore``/``fetchMore``: first from memory, then from the server through a
  loader (the REST messages endpoint), so opening a 100k-message conversation lays out
  a page, not 100k rows;
- delivered/read marks are two numbers (``upto``), not a state per message, so a
  receipt changes one range with one ``dataChanged``;
- bursts go in with :meth:`append_frames`: one ``beginInsertRows`` per batch.

Each message is stored once: by ``seq`` and by ``client_id`` (a pending message of
ours becomes the stored one when its ack or echo arrives).
"""

from __future__ import annotations

import asyncio
import bisect
import json
from collections.abc import Awaitable, Callable, Iterable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from recovery_app.schemas.chat import MessageOut
from recovery_app.schemas.live import AckFrame, MessageFrame, ReceiptEvent

Index = QModelIndex | QPersistentModelIndex

PAGE = 200
CONTEXT = "MessageListModel"

SenderRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2
BodyRole = Qt.ItemDataRole.UserRole + 3
TimeRole = Qt.ItemDataRole.UserRole + 4
SeqRole = Qt.ItemDataRole.UserRole + 5
StateRole = Qt.ItemDataRole.UserRole + 6
AttachmentIdRole = Qt.ItemDataRole.UserRole + 7
ThumbnailRole = Qt.ItemDataRole.UserRole + 8
MineRole = Qt.ItemDataRole.UserRole + 9
ItemRole = Qt.ItemDataRole.UserRole + 10
ClientIdRole = Qt.ItemDataRole.UserRole + 11
SenderNameRole = Qt.ItemDataRole.UserRole + 12

# States of our own messages.
PENDING, SENT, DELIVERED, READ, FAILED = "pending", "sent", "delivered", "read", "failed"

_STATE_TEXT = {
    PENDING: QT_TRANSLATE_NOOP("MessageListModel", "not sent yet"),
    SENT: QT_TRANSLATE_NOOP("MessageListModel", "sent"),
    DELIVERED: QT_TRANSLATE_NOOP("MessageListModel", "delivered"),
    READ: QT_TRANSLATE_NOOP("MessageListModel", "read"),
    FAILED: QT_TRANSLATE_NOOP("MessageListModel", "could not be sent"),
}


def state_text(state: str) -> str:
    return QCoreApplication.translate(CONTEXT, _STATE_TEXT.get(state, ""))


class ChatItem:
    """One message (or a local card such as a challenge the server asked for)."""

    __slots__ = (
        "_time_text",
        "at",
        "attachment",
        "attachment_id",
        "body",
        "card",
        "client_id",
        "display",
        "failed",
        "kind",
        "mine",
        "sender",
        "sender_name",
        "seq",
        "size_cache",
        "thumbnail",
        "viewer",
    )

    def __init__(
        self,
        *,
        seq: int | None,
        client_id: str | None,
        sender: str,
        kind: str,
        body: str,
        at: datetime | None,
        mine: bool,
        sender_name: str | None = None,
        attachment_id: str | None = None,
        attachment: dict[str, Any] | None = None,
    ) -> None:
        self.seq = seq
        self.client_id = client_id
        self.sender = sender
        self.sender_name = sender_name
        self.kind = kind
        self.body = body
        self.at = at
        self.mine = mine
        self.attachment_id = attachment_id
        self.attachment = attachment  # AttachmentOut as a dict, once known
        self.thumbnail: Any = None  # a QImage, once loaded
        self.card: dict[str, Any] | None = None  # challenge cards: id, method, status
        self.failed = False
        self.display: str | None = None  # the shown text, once worked out
        self.size_cache: tuple[int, Any] | None = None  # (width, QSize) for the delegate
        self.viewer: str | None = None  # who reads it (set by the model): wording of events
        self._time_text: str | None = None

    @property
    def time_text(self) -> str:
        """Local "HH:MM", worked out when first shown."""
        if self._time_text is None:
            self._time_text = self.at.astimezone().strftime("%H:%M") if self.at else ""
        return self._time_text

    def __repr__(self) -> str:
        return f"ChatItem(seq={self.seq}, kind={self.kind!r}, mine={self.mine})"


def challenge_card(body: str) -> dict[str, Any] | None:
    """The challenge a ``challenge`` message asks for, if its body says (JSON)."""
    try:
        data = json.loads(body)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    ident = data.get("challenge") or data.get("challenge_id") or data.get("id")
    if not isinstance(ident, str):
        return None
    return {
        "id": ident,
        "method": str(data.get("method", "")),
        "status": str(data.get("status", "pending")),
    }


class MessageListModel(QAbstractListModel):
    """Messages of one conversation, oldest first.

    ``is_mine(sender)`` says which messages are ours (for marks and alignment);
    ``loader(before_seq, limit)`` fetches older messages from the server.
    """

    olderLoading = Signal(bool)

    def __init__(
        self,
        is_mine: Callable[[str], bool],
        loader: Callable[[int | None, int], Awaitable[Sequence[MessageOut]]] | None = None,
        parent: Any = None,
        *,
        page: int = PAGE,
        viewer: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.is_mine = is_mine
        self.loader = loader
        # Who reads the chat ("agent" or "requester"): some system sentences differ.
        # Taken from the owning ChatView, which says so as ``viewer``.
        self.viewer: str | None = viewer if viewer is not None else getattr(parent, "viewer", None)
        self.page = page
        self._items: list[ChatItem] = []  # seq'd (sorted) first, then unsequenced
        self._n_seq = 0
        self._first = 0  # index in _items of row 0
        self._by_seq: dict[int, ChatItem] = {}
        self._by_client: dict[str, ChatItem] = {}
        self._delivered_upto = 0
        self._read_upto = 0
        self.server_exhausted = loader is None  # no older messages on the server
        self.older_wanted = False  # set by the view when scrolled to the top
        self._loading: asyncio.Task[None] | None = None

    # --- Qt model API -----------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items) - self._first

    def roleNames(self) -> dict[int, Any]:
        return {
            SenderRole: b"sender",
            KindRole: b"kind",
            BodyRole: b"body",
            TimeRole: b"time",
            SeqRole: b"seq",
            StateRole: b"state",
            AttachmentIdRole: b"attachmentId",
            ThumbnailRole: b"thumbnail",
        }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = index.row()
        if row < 0 or row >= len(self._items) - self._first:
            return None
        item = self._items[self._first + row]
        if role == ItemRole:
            return item
        if role == Qt.ItemDataRole.DisplayRole:
            return shown_text(item)
        if role == BodyRole:
            return item.body
        if role == SenderRole:
            return item.sender
        if role == KindRole:
            return item.kind
        if role == TimeRole:
            return item.at
        if role == SeqRole:
            return item.seq
        if role == StateRole:
            return self.state_of(item)
        if role == AttachmentIdRole:
            return item.attachment["id"] if item.attachment else item.attachment_id
        if role == ThumbnailRole:
            return item.thumbnail
        if role == MineRole:
            return item.mine
        if role == ClientIdRole:
            return item.client_id
        if role == SenderNameRole:
            return item.sender_name
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.accessible_text(item)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        # Views call this whenever the *last* row is visible; a chat grows upwards, so
        # older rows come only when the view says the top was reached (older_wanted).
        if parent.isValid() or not self.older_wanted:
            return False
        return self.has_older()

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        self.older_wanted = False
        if self._first > 0:
            self._reveal(min(self.page, self._first))
        elif not self.server_exhausted and self._loading is None:
            self._loading = asyncio.get_event_loop().create_task(self._load_older())

    # --- queries ----------------------------------------------------------------------

    def has_older(self) -> bool:
        return self._first > 0 or not self.server_exhausted

    def request_older(self) -> bool:
        """The view reached the top: show older rows if there are any."""
        self.older_wanted = True
        if self.canFetchMore():
            self.fetchMore()
            return True
        self.older_wanted = False
        return False

    @property
    def loading(self) -> bool:
        return self._loading is not None

    def total(self) -> int:
        """Every message the model holds, exposed or not."""
        return len(self._items)

    def item(self, row: int) -> ChatItem:
        return self._items[self._first + row]

    def items(self) -> list[ChatItem]:
        return self._items[self._first :]

    def find_seq(self, seq: int) -> ChatItem | None:
        return self._by_seq.get(seq)

    def find_client(self, client_id: str) -> ChatItem | None:
        return self._by_client.get(client_id)

    def row_of(self, item: ChatItem) -> int:
        """The row of ``item`` (-1 if not exposed)."""
        pos = self._position(item)
        return pos - self._first if pos >= self._first else -1

    def last_seq(self) -> int:
        return self._items[self._n_seq - 1].seq or 0 if self._n_seq else 0

    def first_seq(self) -> int | None:
        return self._items[0].seq if self._n_seq else None

    def state_of(self, item: ChatItem) -> str:
        if not item.mine:
            return ""
        if item.failed:
            return FAILED
        if item.seq is None:
            return PENDING
        if item.seq <= self._read_upto:
            return READ
        if item.seq <= self._delivered_upto:
            return DELIVERED
        return SENT

    def accessible_text(self, item: ChatItem) -> str:
        tr = QCoreApplication.translate
        if item.kind in ("system", "survey"):
            return shown_text(item)
        who = tr(CONTEXT, "You") if item.mine else (item.sender_name or _party_name(item.sender))
        text = f"{who}, {item.time_text}: {shown_text(item)}"
        if item.kind == "note":
            text = tr(CONTEXT, "Private note") + ". " + text
        state = self.state_of(item)
        return f"{text} ({state_text(state)})" if state else text

    # --- changes ----------------------------------------------------------------------

    def clear(self) -> None:
        self.beginResetModel()
        self._items.clear()
        self._by_seq.clear()
        self._by_client.clear()
        self._n_seq = self._first = 0
        self.endResetModel()

    def add_pending(
        self, client_id: str, body: str, kind: str = "text", sender: str = "me"
    ) -> ChatItem:
        """Show our own message at once, as pending, until the server stores it."""
        found = self._by_client.get(client_id)
        if found is not None:
            return found
        item = ChatItem(
            seq=None,
            client_id=client_id,
            sender=sender,
            kind=kind,
            body=body,
            at=datetime.now().astimezone(),
            mine=True,
        )
        self._by_client[client_id] = item
        self._insert_at(len(self._items), [item])
        return item

    def add_local(self, item: ChatItem) -> None:
        """A card the client shows without a stored message (at the end)."""
        if item.viewer is None:
            item.viewer = self.viewer
        self._insert_at(len(self._items), [item])

    def mark_failed(self, client_id: str) -> None:
        item = self._by_client.get(client_id)
        if item is not None and item.seq is None:
            item.failed = True
            self._changed(item)

    def append_frame(self, frame: MessageFrame) -> ChatItem | None:
        """One live message; returns its item, or None when it was already there."""
        added = self.append_frames([frame])
        return added[0] if added else None

    def append_frames(self, frames: Iterable[MessageFrame | MessageOut]) -> list[ChatItem]:
        """Messages from the live socket or the server's history, in any order; each is
        stored once. New ones at the end go in with one insert."""
        added: list[ChatItem] = []
        tail: list[ChatItem] = []  # new items after every known seq, in order
        for frame in frames:
            item = self._take(frame)
            if item is None:
                continue
            added.append(item)
            assert item.seq is not None
            last = tail[-1].seq if tail else self.last_seq()
            if item.seq > (last or 0):
                tail.append(item)
            else:
                self._flush_tail(tail)
                tail = []
                self._insert_sorted(item)
        self._flush_tail(tail)
        return added

    def mark_acked(self, ack: AckFrame) -> None:
        """Our message ``client_id`` is stored as ``seq``."""
        item = self._by_client.get(ack.client_id)
        if item is None or item.seq is not None:
            return
        if ack.seq in self._by_seq:  # its echo came first (stored under the seq already)
            self._remove(item)
            return
        self._settle(item, ack.seq)

    def apply_receipt(self, receipt: ReceiptEvent) -> None:
        """The other side received/read up to these seqs: our messages show it."""
        old_d, old_r = self._delivered_upto, self._read_upto
        new_d = max(old_d, receipt.delivered_seq, receipt.read_seq)
        new_r = max(old_r, receipt.read_seq)
        if new_d == old_d and new_r == old_r:
            return
        low = old_r if new_r > old_r else old_d
        if new_d > old_d:
            low = min(low, old_d)
        self._delivered_upto, self._read_upto = new_d, new_r
        start = bisect.bisect_right(self._items, low, 0, self._n_seq, key=_seq_key)
        stop = bisect.bisect_right(self._items, new_d, 0, self._n_seq, key=_seq_key) - 1
        start = max(start, self._first)
        if stop >= start:
            self.dataChanged.emit(
                self.index(start - self._first), self.index(stop - self._first), [StateRole]
            )

    def set_attachment(self, seq: int, attachment: dict[str, Any]) -> None:
        item = self._by_seq.get(seq)
        if item is not None:
            item.attachment = attachment
            item.attachment_id = str(attachment.get("id"))
            self._changed(item)

    def set_thumbnail(self, item: ChatItem, image: Any) -> None:
        item.thumbnail = image
        item.size_cache = None
        self._changed(item)

    def set_card(self, item: ChatItem, card: dict[str, Any]) -> None:
        item.card = card
        item.size_cache = None
        self._changed(item)

    def changed(self, item: ChatItem) -> None:
        self._changed(item)

    def load_history(self, messages: Sequence[MessageOut], *, exhausted: bool) -> None:
        """Messages fetched from the server (any page); ``exhausted``: none older exist."""
        self.append_frames(messages)
        if exhausted:
            self.server_exhausted = True

    def invalidate_sizes(self) -> None:
        """Widths or fonts changed: sizes are measured again."""
        for item in self._items:
            item.size_cache = None
            item.display = None
        if self.rowCount():
            self.dataChanged.emit(self.index(0), self.index(self.rowCount() - 1), [])

    # --- internals --------------------------------------------------------------------

    async def _load_older(self) -> None:
        assert self.loader is not None
        self.olderLoading.emit(True)
        try:
            before = self.first_seq()
            older = await self.loader(before, self.page)
            if before is None and not self._n_seq:
                self.load_history(older, exhausted=len(older) < self.page)
                return
            known_first = self.first_seq()
            fresh = [m for m in older if m.seq not in self._by_seq]
            exhausted = not fresh or min(m.seq for m in fresh) <= 1 or len(older) < self.page
            if fresh and known_first is not None:
                # Older rows all go before row 0: one insert at the top.
                items = [self._new_item(m) for m in sorted(fresh, key=lambda m: m.seq)]
                items = [i for i in items if i.seq is not None and i.seq < known_first]
                for it in items:
                    self._index(it)
                if items:
                    self.beginInsertRows(QModelIndex(), 0, len(items) - 1)
                    self._items[0:0] = items
                    self._n_seq += len(items)
                    self.endInsertRows()
            if exhausted:
                self.server_exhausted = True
        finally:
            self._loading = None
            self.olderLoading.emit(False)

    def _reveal(self, count: int) -> None:
        self.beginInsertRows(QModelIndex(), 0, count - 1)
        self._first -= count
        self.endInsertRows()

    def _new_item(self, frame: MessageFrame | MessageOut) -> ChatItem:
        if isinstance(frame, MessageOut):
            attachment = frame.attachment.model_dump(mode="json") if frame.attachment else None
            item = ChatItem(
                seq=frame.seq,
                client_id=None,
                sender=frame.sender,
                kind=frame.kind,
                body=frame.body,
                at=frame.at,
                mine=self.is_mine(frame.sender),
                sender_name=frame.sender_name,
                attachment_id=attachment["id"] if attachment else None,
                attachment=attachment,
            )
        else:
            item = ChatItem(
                seq=frame.seq,
                client_id=frame.client_id,
                sender=frame.sender,
                kind=frame.kind,
                body=frame.body,
                at=frame.at,
                mine=self.is_mine(frame.sender),
                attachment_id=None if frame.attachment_id is None else str(frame.attachment_id),
            )
        if item.kind == "challenge":
            item.card = challenge_card(item.body)
        item.viewer = self.viewer
        return item

    def _index(self, item: ChatItem) -> None:
        if item.seq is not None:
            self._by_seq[item.seq] = item
        if item.client_id:
            self._by_client.setdefault(item.client_id, item)

    def _take(self, frame: MessageFrame | MessageOut) -> ChatItem | None:
        """A new item for ``frame``, or None (known already; a pending one is settled)."""
        known = self._by_seq.get(frame.seq)
        if known is not None:
            if isinstance(frame, MessageOut) and known.attachment is None and frame.attachment:
                self.set_attachment(frame.seq, frame.attachment.model_dump(mode="json"))
            if known.sender_name is None and isinstance(frame, MessageOut) and frame.sender_name:
                known.sender_name = frame.sender_name
            return None
        client_id = frame.client_id if isinstance(frame, MessageFrame) else None
        if client_id:
            pending = self._by_client.get(client_id)
            if pending is not None and pending.seq is None:
                pending.sender = frame.sender
                pending.at = frame.at
                pending._time_text = None
                if frame.attachment_id is not None:
                    pending.attachment_id = str(frame.attachment_id)
                self._settle(pending, frame.seq)
                return None
        item = self._new_item(frame)
        self._index(item)
        return item

    def _settle(self, item: ChatItem, seq: int) -> None:
        """A pending item got its seq: move it among the stored ones."""
        item.seq = seq
        item.failed = False
        self._by_seq[seq] = item
        old = self._position(item)
        new = bisect.bisect_left(self._items, seq, 0, self._n_seq, key=_seq_key)
        if new == old:  # already where it belongs (first unsequenced slot)
            self._n_seq += 1
            self._changed(item)
            return
        self._remove_at(old)
        new = bisect.bisect_left(self._items, seq, 0, self._n_seq, key=_seq_key)
        self._n_seq += 1
        self._insert_raw(new, item)

    def _remove(self, item: ChatItem) -> None:
        if item.client_id and self._by_client.get(item.client_id) is item:
            del self._by_client[item.client_id]
        self._remove_at(self._position(item))

    def _remove_at(self, pos: int) -> None:
        if pos < self._first:
            del self._items[pos]
            self._first -= 1
        else:
            row = pos - self._first
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[pos]
            self.endRemoveRows()
        if pos < self._n_seq:
            self._n_seq -= 1

    def _insert_raw(self, pos: int, item: ChatItem) -> None:
        """Insert a seq'd item at ``pos`` (``_n_seq`` already counts it)."""
        if pos < self._first:
            self._items.insert(pos, item)
            self._first += 1
            return
        row = pos - self._first
        self.beginInsertRows(QModelIndex(), row, row)
        self._items.insert(pos, item)
        self.endInsertRows()

    def _insert_sorted(self, item: ChatItem) -> None:
        assert item.seq is not None
        pos = bisect.bisect_left(self._items, item.seq, 0, self._n_seq, key=_seq_key)
        self._n_seq += 1
        self._insert_raw(pos, item)

    def _flush_tail(self, tail: list[ChatItem]) -> None:
        if not tail:
            return
        pos = self._n_seq
        self._n_seq += len(tail)
        if not self._items and self._first == 0 and len(tail) > self.page:
            # A first big load: hold it all, expose only the newest page.
            self._items.extend(tail)
            self._first = len(tail) - self.page
            self.beginInsertRows(QModelIndex(), 0, self.page - 1)
            self.endInsertRows()
            return
        row = pos - self._first
        self.beginInsertRows(QModelIndex(), row, row + len(tail) - 1)
        self._items[pos:pos] = tail
        self.endInsertRows()

    def _insert_at(self, pos: int, items: list[ChatItem]) -> None:
        row = pos - self._first
        self.beginInsertRows(QModelIndex(), row, row + len(items) - 1)
        self._items[pos:pos] = items
        self.endInsertRows()

    def _position(self, item: ChatItem) -> int:
        if item.seq is not None and self._n_seq:
            pos = bisect.bisect_left(self._items, item.seq, 0, self._n_seq, key=_seq_key)
            if pos < self._n_seq and self._items[pos] is item:
                return pos
        for pos in range(len(self._items) - 1, -1, -1):  # unsequenced ones are at the end
            if self._items[pos] is item:
                return pos
        raise ValueError("item not in model")

    def _changed(self, item: ChatItem) -> None:
        row = self.row_of(item)
        if row >= 0:
            index = self.index(row)
            self.dataChanged.emit(index, index, [])


def shown_text(item: ChatItem) -> str:
    """The text on screen (system/assistant JSON as a translated sentence), cached."""
    if item.display is None:
        from ui.widgets.chat_text import display_text

        item.display = display_text(item.kind, item.body, item.viewer)
    return item.display


def _seq_key(item: ChatItem) -> int:
    return item.seq if item.seq is not None else 1 << 40


def _party_name(sender: str) -> str:
    tr = QCoreApplication.translate
    if sender == "requester":
        return tr(CONTEXT, "Requester")
    if sender == "assistant":
        return tr(CONTEXT, "Assistant")
    if sender.startswith("agent:"):
        return tr(CONTEXT, "Specialist")
    return tr(CONTEXT, "Recovery Desk")
