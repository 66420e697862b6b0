"""The support page against a real server: the assistant, the tiers, the request, the
queue (subscribers, position updates) and the written case (free tier, away message)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QWidget
from sqlalchemy import update

from recovery_app.client.api import ApiClient
from recovery_app.client.case_session import CaseSession
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.models import Case
from tests.support.desk import OpenedCase, running_desk
from tests.support.live_client import catch_up_clock
from tests.support.live_server import LiveServer, test_settings
from tests.ui.conftest import eventually
from ui.context import ClientContext
from ui.i18n import LanguageManager
from ui.notifications import Notifier
from ui.user.support_page import SupportPage


async def _cases(data: Path, *, subscriber: bool, count: int) -> list[OpenedCase]:
    async with running_desk(data) as desk:
        catch_up_clock(desk.clock)
        cases = []
        for number in range(count):
            handle = f"user{number}"
            await desk.account(handle, subscriber=subscriber)
            cases.append(await desk.verified_case(handle, reply=f"{handle}.new@example.org"))
        return cases


async def _set_state(database_url: str, reference: str, state: str) -> None:
    engine = create_engine(normalize_url(database_url))
    try:
        async with engine.begin() as connection:
            await connection.execute(
                update(Case).where(Case.reference == reference).values(state=state)
            )
    finally:
        await engine.dispose()


def _closed_hours() -> dict[str, Any]:
    """Business hours that exclude the current UTC hour (every day)."""
    hour = datetime.now(UTC).hour
    start = hour + 1 if hour <= 21 else 0
    if hour >= 22:
        start = 0 if hour != 0 else 1
    return {
        "business_days": "mon-sun",
        "business_hours_start": start,
        "business_hours_end": start + 1,
    }


class Page:
    def __init__(self, url: str, case: OpenedCase) -> None:
        self.window = QWidget()
        self.window.resize(700, 800)
        self.api = ApiClient(url)
        notifier = Notifier(self.window)
        notifier.muted = True
        self.context = ClientContext(self.api, LanguageManager(), notifier)
        self.case = CaseSession(case.reference, case.token)
        self.page = SupportPage(self.context, self.case, self.window)
        self.page.poll_seconds = 0.3
        self.page.resize(700, 800)
        self.window.show()

    async def close(self) -> None:
        await self.page.aclose()
        await self.api.aclose()
        self.window.close()
        self.window.deleteLater()


@pytest.fixture
async def pages() -> AsyncIterator[list[Page]]:
    made: list[Page] = []
    yield made
    for page in made:
        await page.close()


async def test_free_tier_shows_reply_target_hours_and_away_message(
    tmp_path: Path, pages: list[Page]
) -> None:
    data = tmp_path / "data"
    [case] = await _cases(data, subscriber=False, count=1)
    server = LiveServer(test_settings(data, reply_target_hours=24.0, **_closed_hours()))
    await server.start()
    try:
        page = Page(server.url, case)
        pages.append(page)
        support = page.page
        await eventually(lambda: support.queue is not None, what="queue info loaded")
        # the honest explanation of the tiers, before asking
        assert "within 24 hours" in support.tier_free.text()
        assert "live specialist" in support.tier_live.text()
        assert support.request_button.isVisibleTo(page.window)

        reply = await support.ask("I forgot my password")
        assert reply is not None
        assert support.answers_label.isVisibleTo(page.window)
        assert support.answers_label.text().strip()
        assert support.next_step_label.text().strip()

        assert await support.request_support()
        assert support.tier == "free"
        assert support.reply_label.isVisibleTo(page.window)
        assert "within 24 hours" in support.reply_label.text()
        assert "UTC" in support.hours_label.text()
        assert support.away_label.isVisibleTo(page.window)
        assert "outside business hours" in support.away_label.text()
        assert not support.position_label.isVisibleTo(page.window)
        assert support.chat is not None  # the chat of the case is there
        await eventually(lambda: support.chat is not None and support.chat.model.total() >= 1)
        chat = support.chat
        # the assistant's answer, already read, is folded to one line once the chat begins
        await eventually(
            lambda: any(i.sender == "assistant" for i in chat.model.items()),
            what="the assistant's answer in the chat",
        )
        answer = next(i for i in chat.model.items() if i.sender == "assistant")
        row = chat.model.index(chat.model.row_of(answer))
        assert chat.folded(answer) is True
        assert chat.delegate.toggle_text(answer) == "Assistant's answer — show"
        folded_height = chat.list.visualRect(row).height()
        line = chat.list.fontMetrics().lineSpacing()
        assert 0 < folded_height < 5 * line
        chat.list.clicked.emit(row)  # a click unfolds it, another folds it again
        assert chat.folded(answer) is False
        await eventually(
            lambda: chat.list.visualRect(row).height() > 2 * folded_height, what="unfolded"
        )
        chat.list.clicked.emit(row)
        assert chat.folded(answer) is True
        # the message box is compact: the list of messages gets the room
        await eventually(lambda: chat.list.height() > 0, what="laid out")
        assert chat.composer.height() < chat.list.height() / 2
        assert chat.composer.lines_shown() == 2
    finally:
        await server.stop()


async def test_subscriber_queue_position_updates(tmp_path: Path, pages: list[Page]) -> None:
    data = tmp_path / "data"
    first, second = await _cases(data, subscriber=True, count=2)
    server = LiveServer(test_settings(data))
    await server.start()
    try:
        async with httpx.AsyncClient(base_url=server.url + "/api/v1") as http:
            queued = await http.post(f"/cases/{first.reference}/support", headers=first.headers)
            assert queued.status_code == 200, queued.text
        page = Page(server.url, second)
        pages.append(page)
        support = page.page
        await eventually(lambda: support.queue is not None)
        assert await support.request_support()
        assert support.tier == "verified"
        await eventually(lambda: support.position_label.isVisibleTo(page.window))
        assert support.position_label.text() == "You are number 2 in line."
        assert "Expected wait" in support.wait_label.text()
        assert not support.reply_label.isVisibleTo(page.window)
        # the first in line gives up: the page moves up by itself
        async with httpx.AsyncClient(base_url=server.url + "/api/v1") as http:
            gone = await http.delete(f"/cases/{first.reference}", headers=first.headers)
            assert gone.status_code == 204, gone.text
        await eventually(
            lambda: support.position_label.text() == "You are number 1 in line.",
            what="position 1",
        )
    finally:
        await server.stop()


async def test_restored_case_offers_to_secure_the_account(
    tmp_path: Path, pages: list[Page]
) -> None:
    data = tmp_path / "data"
    [case] = await _cases(data, subscriber=True, count=1)
    server = LiveServer(test_settings(data))
    await server.start()
    try:
        page = Page(server.url, case)
        pages.append(page)
        support = page.page
        await eventually(lambda: support.queue is not None)
        assert not support.secure_button.isVisibleTo(page.window)
        assert await support.request_support()
        # the case reaches "restored" on the server (as a restore action leaves it)
        await _set_state(test_settings(data).effective_database_url, case.reference, "restored")
        await eventually(
            lambda: support.secure_button.isVisibleTo(page.window), what="secure button"
        )
        assert support.status_title.text() == "Your access is restored."
        wanted: list[bool] = []
        support.secureRequested.connect(lambda: wanted.append(True))
        support.secure_button.click()
        assert wanted == [True]
    finally:
        await server.stop()
