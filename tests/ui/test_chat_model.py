"""MessageListModel with 100,000 messages: paging older rows in, dedupe, acks, receipts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QAbstractItemModelTester

from recovery_app.schemas.chat import MessageOut
from recovery_app.schemas.live import AckFrame, MessageFrame, ReceiptEvent
from tests.ui.conftest import eventually
from ui.models.message_model import (
    DELIVERED,
    PENDING,
    READ,
    SENT,
    MessageListModel,
    StateRole,
)

AT = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
N = 100_000


def frame(seq: int, sender: str = "agent:1", client_id: str | None = None) -> MessageFrame:
    return MessageFrame(
        conversation="RD-TEST",
        seq=seq,
        client_id=client_id or f"c{seq}",
        sender=sender,
        kind="text",
        body=f"message {seq}",
        at=AT,
    )


def out(seq: int) -> MessageOut:
    return MessageOut(
        seq=seq,
        sender="agent:1" if seq % 2 else "requester",
        sender_role="agent" if seq % 2 else "requester",
        sender_name="Alice" if seq % 2 else None,
        kind="text",
        body=f"message {seq}",
        at=AT,
    )


def is_mine(sender: str) -> bool:
    return sender == "requester" or sender == "me"


def bodies(model: MessageListModel) -> list[str]:
    return [model.data(model.index(r)) for r in range(model.rowCount())]


def test_100k_messages_expose_a_page_and_reveal_older_rows_on_request() -> None:
    model = MessageListModel(is_mine, page=200)
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    model.append_frames(frame(s, "requester" if s % 2 == 0 else "agent:1") for s in range(1, N + 1))
    assert model.total() == N
    assert model.rowCount() == 200  # only the newest page is laid out
    assert model.data(model.index(199)) == f"message {N}"
    assert model.data(model.index(0)) == f"message {N - 199}"
    # the view asks for more only once the top is reached
    assert not model.canFetchMore(QModelIndex())
    assert model.request_older()
    assert model.rowCount() == 400
    assert model.data(model.index(0)) == f"message {N - 399}"
    while model.request_older():
        pass
    assert model.rowCount() == N
    assert model.data(model.index(0)) == "message 1"


def test_dedupe_by_seq_and_client_id_and_ordering() -> None:
    model = MessageListModel(is_mine)
    model.append_frames([frame(1), frame(2), frame(3)])
    model.append_frames([frame(2), frame(3)])  # a resume sends them again
    assert bodies(model) == ["message 1", "message 2", "message 3"]
    model.append_frames([frame(5)])
    model.append_frames([frame(4)])  # late: goes in its place
    assert [model.data(model.index(r), Qt.ItemDataRole.UserRole + 5) for r in range(5)] == [
        1,
        2,
        3,
        4,
        5,
    ]
    # our own message: pending, then the echo and the ack settle the same row
    item = model.add_pending("mine-1", "hello", "text")
    assert model.state_of(item) == PENDING and model.rowCount() == 6
    model.append_frames([frame(7)])  # someone else's message arrives meanwhile
    model.append_frame(
        MessageFrame(
            conversation="RD-TEST",
            seq=6,
            client_id="mine-1",
            sender="requester",
            kind="text",
            body="hello",
            at=AT,
        )
    )
    model.mark_acked(AckFrame(client_id="mine-1", conversation="RD-TEST", seq=6))
    assert model.rowCount() == 7
    assert bodies(model)[5:] == ["hello", "message 7"]
    assert model.state_of(item) == SENT
    # history from REST (no client ids) for messages we already have adds nothing
    model.append_frames([out(1), out(6)])
    assert model.rowCount() == 7


def test_receipts_move_marks_forward_only() -> None:
    model = MessageListModel(is_mine)
    model.append_frames(frame(s, "requester" if s % 2 == 0 else "agent:1") for s in range(1, 11))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, roles: changed.append((a.row(), b.row())))
    model.apply_receipt(
        ReceiptEvent(conversation="RD-TEST", party="agent:1", delivered_seq=8, read_seq=4)
    )
    states = {model.item(r).seq: model.data(model.index(r), StateRole) for r in range(10)}
    assert states[2] == READ and states[4] == READ
    assert states[6] == DELIVERED and states[8] == DELIVERED
    assert states[10] == SENT
    assert states[1] == ""  # not ours: no mark
    assert changed == [(0, 7)]
    model.apply_receipt(
        ReceiptEvent(conversation="RD-TEST", party="agent:1", delivered_seq=2, read_seq=1)
    )  # older receipt: nothing moves back
    assert model.data(model.index(5), StateRole) == DELIVERED
    text = model.data(model.index(3), Qt.ItemDataRole.AccessibleTextRole)
    assert text.startswith("You") and text.endswith("(read)")


async def test_fetch_more_loads_older_pages_from_the_server() -> None:
    stored = {s: out(s) for s in range(1, 1001)}
    calls: list[tuple[int | None, int]] = []

    async def loader(before: int | None, limit: int) -> Sequence[MessageOut]:
        calls.append((before, limit))
        top = (before or 1001) - 1
        return [stored[s] for s in range(max(1, top - limit + 1), top + 1)]

    model = MessageListModel(is_mine, loader, page=300)
    model.load_history([stored[s] for s in range(701, 1001)], exhausted=False)
    assert model.rowCount() == 300
    assert model.request_older()
    await eventually(lambda: model.rowCount() == 600, what="second page")
    assert calls == [(701, 300)]
    assert model.data(model.index(0)) == "message 401"
    model.request_older()
    await eventually(lambda: model.rowCount() == 900)
    model.request_older()
    await eventually(lambda: model.rowCount() == 1000)
    await eventually(lambda: not model.loading)
    assert not model.has_older()
    seqs = [model.item(r).seq for r in range(model.rowCount())]
    assert seqs == list(range(1, 1001))
