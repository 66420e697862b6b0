"""The chat view against a real server: a requester window and an agent exchanging messages.

The platform (agents, a verified case assigned to an agent) is built in-process with the
desk helpers on a data folder; then a real uvicorn serves that same database, and two
chat views (viewer="requester" and viewer="agent") talk through it.
"""

from __future__ import annotations

import asyncio
import io
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtWidgets import QWidget

from recovery_app.client.api import ApiClient
from recovery_app.client.case_session import CaseSession
from recovery_app.client.chat import AgentChat, RequesterChat
from recovery_app.domain.model import Role
from tests.support.desk import AgentHandle, OpenedCase, running_desk
from tests.support.live_client import catch_up_clock
from tests.support.live_server import LiveServer, test_settings
from tests.ui.conftest import eventually
from ui.context import ClientContext
from ui.i18n import LanguageManager
from ui.live_bridge import AgentAuth, LiveBridge, RequesterAuth
from ui.models.message_model import DELIVERED, PENDING, READ, SENT
from ui.notifications import Notifier
from ui.widgets.chat_view import ChatView

REPLY = "bob.new@example.org"


@dataclass
class Platform:
    data: Path
    server: LiveServer
    case: OpenedCase
    agent: AgentHandle
    supervisor: AgentHandle
    desk_codes: dict[str, Any]

    @property
    def url(self) -> str:
        return self.server.url


async def build_platform(data: Path, *, assign: bool = True, subscriber: bool = True) -> Platform:
    """Agents and a verified case (assigned to alice), built in-process on ``data``."""
    async with running_desk(data) as desk:
        catch_up_clock(desk.clock)
        supervisor = await desk.agent("sam", Role.SUPERVISOR)
        agent = await desk.agent("alice")
        await desk.account("bob", subscriber=subscriber)
        case = await desk.verified_case("bob", reply=REPLY)
        if assign:
            await desk.assign(case, agent, supervisor)
    server = LiveServer(test_settings(data))
    await server.start()
    return Platform(data, server, case, agent, supervisor, {})


class Side:
    """One window (a plain QWidget) with its context, bridge and chat view."""

    def __init__(self, url: str, auth: RequesterAuth | AgentAuth) -> None:
        self.window = QWidget()
        self.window.resize(520, 640)
        self.api = ApiClient(url)
        self.notifier = Notifier(self.window)
        self.notifier.muted = True
        self.notified: list[tuple[str, str]] = []
        self.notifier.notified.connect(lambda t, b: self.notified.append((t, b)))
        self.context = ClientContext(self.api, LanguageManager(), self.notifier)
        self.bridge = LiveBridge(url, auth, self.window, backoff_max=0.5)
        self.view: ChatView | None = None

    def open(self, conversation: str, backend: Any, viewer: str) -> ChatView:
        from PySide6.QtWidgets import QVBoxLayout

        self.view = ChatView(
            self.context,
            self.bridge,
            conversation,
            backend,
            viewer=viewer,  # type: ignore[arg-type]
            parent=self.window,
        )
        layout = QVBoxLayout(self.window)
        layout.addWidget(self.view)
        self.bridge.start()
        self.window.show()
        return self.view

    async def close(self) -> None:
        if self.view is not None:
            await self.view.aclose()
        await self.bridge.aclose()
        await self.api.aclose()
        self.window.close()
        self.window.deleteLater()


@pytest.fixture
async def platform(tmp_path: Path) -> AsyncIterator[Platform]:
    built = await build_platform(tmp_path / "data")
    try:
        yield built
    finally:
        await built.server.stop()


@pytest.fixture
async def sides(platform: Platform) -> AsyncIterator[tuple[Side, Side]]:
    ref = platform.case.reference
    user = Side(platform.url, RequesterAuth(case=ref, token=platform.case.token))
    agent = Side(platform.url, AgentAuth(token=platform.agent.token))
    user.open(ref, RequesterChat(user.api, CaseSession(ref, platform.case.token)), "requester")
    agent.open(ref, AgentChat(agent.api, ref, platform.agent.token), "agent")
    try:
        yield user, agent
    finally:
        await user.close()
        await agent.close()


def bodies(view: ChatView) -> list[str]:
    return [item.body for item in view.model.items() if item.kind != "challenge"]


def find(view: ChatView, body: str) -> Any:
    return next((i for i in view.model.items() if i.body == body), None)


async def test_messages_marks_and_typing_between_requester_and_agent(
    sides: tuple[Side, Side],
) -> None:
    user, agent = sides
    uview, aview = user.view, agent.view
    assert uview is not None and aview is not None
    await eventually(lambda: user.bridge.connected and agent.bridge.connected, what="connected")

    aview.composer.setPlainText("Hello, I am Alice. How can I help?")
    aview.send_current()
    assert aview.composer.toPlainText() == ""
    await eventually(lambda: find(uview, "Hello, I am Alice. How can I help?") is not None)
    mine = find(aview, "Hello, I am Alice. How can I help?")
    assert mine.mine and mine.seq is not None

    # the requester's window is not active (offscreen): delivered, not read
    await eventually(lambda: aview.model.state_of(mine) == DELIVERED, what="delivered")
    assert uview.unread >= 1
    uview.mark_all_read()
    await eventually(lambda: aview.model.state_of(mine) == READ, what="read")
    row = aview.model.row_of(mine)
    from PySide6.QtCore import Qt

    accessible = aview.model.data(aview.model.index(row), Qt.ItemDataRole.AccessibleTextRole)
    assert "read" in accessible

    # the message box starts two lines high, grows with its text, and stops growing
    short = uview.composer.height()
    assert uview.composer.lines_shown() == 2
    uview.composer.setPlainText("one\ntwo\nthree\nfour")
    await eventually(lambda: uview.composer.lines_shown() == 4, what="grown")
    assert uview.composer.height() > short
    uview.composer.setPlainText("\n".join(str(n) for n in range(30)))
    await eventually(lambda: uview.composer.lines_shown() == uview.composer.MAX_LINES)
    assert uview.composer.height() < uview.list.height()
    uview.composer.clear()
    await eventually(lambda: uview.composer.height() == short, what="back to two lines")

    # typing: the agent sees "The person is typing…"
    uview.composer.setPlainText("I cannot sign")
    await eventually(lambda: aview.typing_label.active, what="typing shown")
    assert "typing" in aview.typing_label.text()
    uview.composer.setPlainText("I cannot sign in since yesterday.")
    uview.send_current()
    await eventually(lambda: find(aview, "I cannot sign in since yesterday.") is not None)
    await eventually(lambda: not aview.typing_label.active, what="typing cleared")
    sent = find(uview, "I cannot sign in since yesterday.")
    assert uview.model.state_of(sent) in (SENT, DELIVERED, READ)

    # a private note: shown to agents distinctly, never to the requester
    aview.note_toggle.setChecked(True)
    aview.composer.setPlainText("Checked the timeline; looks like a takeover.")
    aview.send_current()
    note = find(aview, "Checked the timeline; looks like a takeover.")
    assert note.kind == "note"
    await eventually(lambda: note.seq is not None, what="note stored")
    aview.note_toggle.setChecked(False)
    aview.composer.setPlainText("Thanks, let me check.")
    aview.send_current()
    await eventually(lambda: find(uview, "Thanks, let me check.") is not None)
    assert find(uview, "Checked the timeline; looks like a takeover.") is None
    # each message once, in seq order, on both sides
    seqs = [i.seq for i in uview.model.items()]
    assert seqs == sorted(seqs) and len(seqs) == len(set(seqs))
    # a notification for the requester (window not focused) for the agent's message
    assert any("Thanks, let me check." in text for _, text in user.notified)
    # ...and none for the requester's own messages
    assert not any("I cannot sign in" in text for _, text in user.notified)


async def test_notification_only_when_window_not_focused(sides: tuple[Side, Side]) -> None:
    user, agent = sides
    assert user.view is not None and agent.view is not None
    await eventually(lambda: user.bridge.connected and agent.bridge.connected)
    user.notifier.should_notify = lambda: False  # type: ignore[method-assign]
    agent.view.composer.setPlainText("While you look")
    agent.view.send_current()
    await eventually(lambda: find(user.view, "While you look") is not None)
    assert user.notified == []
    user.notifier.should_notify = lambda: True  # type: ignore[method-assign]
    agent.view.composer.setPlainText("While you are away")
    agent.view.send_current()
    await eventually(lambda: find(user.view, "While you are away") is not None)
    assert [text for _, text in user.notified] == ["While you are away"]


async def test_agent_challenge_answered_in_place(
    platform: Platform, sides: tuple[Side, Side]
) -> None:
    user, agent = sides
    uview, aview = user.view, agent.view
    assert uview is not None and aview is not None
    ref = platform.case.reference
    started = await agent.api.request(
        "POST",
        f"/agent/cases/{ref}/challenges",
        json={"method": "email_code"},
        headers={"Authorization": f"Bearer {platform.agent.token}"},
    )
    challenge = started.json()
    aview.track_challenge(challenge["id"], challenge["method"])
    card = aview.card(challenge["id"])
    assert card is not None and card.result.text() == "Waiting for the answer"
    assert not card.code.isVisible()
    await eventually(lambda: uview.card(challenge["id"]) is not None, what="card for requester")
    ucard = uview.card(challenge["id"])
    assert ucard is not None and ucard.code.isVisibleTo(ucard)
    # a wrong code first: the requester sees it, the agent still "waiting"
    ucard.code.setText("000000")
    ucard.submit.click()
    await eventually(lambda: ucard.status == "wrong", what="wrong shown")
    assert "tries left" in ucard.result.text()
    code = await mailed_code(platform, "bob@example.com")
    answered: list[tuple[str, bool]] = []
    uview.challengeAnswered.connect(lambda i, ok: answered.append((i, ok)))
    ucard.code.setText(code)
    ucard.submit.click()
    await eventually(lambda: ucard.status == "passed", what="passed on the card")
    assert ucard.result.text() == "Passed"
    assert answered == [(challenge["id"], True)]
    await eventually(lambda: card.status == "passed", timeout=15, what="agent sees passed")
    assert card.result.text() == "Passed"
    assert code not in card.result.text() and code not in card.title.text()


async def mailed_code(platform: Platform, to: str) -> str:
    import mailbox
    import re

    from tests.support.desk import body_of

    def codes() -> list[str]:
        found: list[str] = []
        for folder in ("mail", "sms"):
            try:
                box = mailbox.Maildir(platform.data / folder, create=False)
            except (FileNotFoundError, mailbox.NoSuchMailboxError):
                continue
            for message in box:
                if message["To"] == to:
                    found += re.findall(r"\b(\d{6})\b", body_of(message))
        return found

    before = len(codes())
    for _ in range(250):
        now = codes()
        if now and len(now) >= before:
            return now[-1]
        await asyncio.sleep(0.02)
    raise AssertionError("no code mailed")


def png_bytes(size: tuple[int, int] = (64, 48)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(out, "PNG")
    return out.getvalue()


async def test_attachment_upload_with_thumbnail_and_refusals(
    tmp_path: Path, sides: tuple[Side, Side]
) -> None:
    user, agent = sides
    uview, aview = user.view, agent.view
    assert uview is not None and aview is not None
    await eventually(lambda: user.bridge.connected and agent.bridge.connected)
    photo = tmp_path / "screen.png"
    photo.write_bytes(png_bytes((800, 600)))
    assert await uview.attach_file(photo)
    item = next(i for i in uview.model.items() if i.kind == "attachment")
    assert item.thumbnail is not None and not item.thumbnail.isNull()
    assert item.attachment is not None and item.attachment["content_type"] == "image/png"
    # the file's name without any font-dependent symbol (the clip is painted)
    assert uview.delegate._body(item) == "screen.png"
    await eventually(lambda: item.seq is not None, what="attachment stored")
    # the agent gets it with a thumbnail fetched from the server
    await eventually(
        lambda: any(
            i.kind == "attachment" and i.thumbnail is not None for i in aview.model.items()
        ),
        what="agent thumbnail",
    )
    got = next(i for i in aview.model.items() if i.kind == "attachment")
    saved = tmp_path / "saved.png"
    assert await aview.save_attachment(got, saved)
    assert saved.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    # refused before upload: a text file, and a file over the limit
    count = len(uview.model.items())
    text = tmp_path / "notes.txt"
    text.write_text("not a photo")
    assert not await uview.attach_file(text)
    assert "Only photos" in uview.notice.text()
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * (11 * 1024 * 1024))
    assert not await uview.attach_file(big)
    assert "too large" in uview.notice.text()
    assert len(uview.model.items()) == count  # nothing was added, nothing sent


async def test_transcript_export_writes_the_messages(
    tmp_path: Path, sides: tuple[Side, Side]
) -> None:
    user, agent = sides
    assert user.view is not None and agent.view is not None
    await eventually(lambda: user.bridge.connected and agent.bridge.connected)
    agent.view.composer.setPlainText("Your account is being restored.")
    agent.view.send_current()
    await eventually(lambda: find(user.view, "Your account is being restored.") is not None)
    path = tmp_path / "chat.txt"
    assert await user.view.export_transcript(path, "text")
    assert "Your account is being restored." in path.read_text(encoding="utf-8")
    pdf = tmp_path / "chat.pdf"
    assert await user.view.export_transcript(pdf, "pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


async def test_server_stopped_mid_chat_banner_then_pending_delivered_once(
    platform: Platform, sides: tuple[Side, Side]
) -> None:
    user, agent = sides
    uview, aview = user.view, agent.view
    assert uview is not None and aview is not None
    await eventually(lambda: user.bridge.connected and agent.bridge.connected)
    uview.composer.setPlainText("before the outage")
    uview.send_current()
    await eventually(lambda: find(aview, "before the outage") is not None)

    await platform.server.stop()
    await eventually(lambda: uview.banner.isVisible(), what="banner shown")
    assert "Reconnecting" in uview.banner.label.text()
    uview.composer.setPlainText("sent while offline")
    uview.send_current()
    pending = find(uview, "sent while offline")
    assert uview.model.state_of(pending) == PENDING
    await asyncio.sleep(0.5)
    assert uview.model.state_of(pending) == PENDING  # shown, kept, not lost

    await platform.server.start()
    await eventually(lambda: not uview.banner.isVisible(), timeout=20, what="banner hidden")
    await eventually(lambda: find(aview, "sent while offline") is not None, timeout=20)
    await eventually(lambda: uview.model.state_of(pending) != PENDING, what="acked")
    await asyncio.sleep(0.5)
    for view in (uview, aview):
        found = [i for i in view.model.items() if i.body == "sent while offline"]
        assert len(found) == 1  # delivered once
    assert not user.bridge.unacked()
