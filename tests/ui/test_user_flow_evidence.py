"""User mode: ID document and selfie — preview, drag and drop, checks before upload, upload."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from sqlalchemy import select

from recovery_app.server.settings import Settings
from recovery_app.storage.models import Challenge, Evidence
from tests.support.accounts import make_account, services_for
from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from tests.ui.user_flow_helpers import (
    MemoryKeyring,
    Outbox,
    choose,
    confirm_reply,
    open_case,
    using_keyring,
)
from ui.user.flow import UserFlow


async def _evidence_page(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> UserFlow:
    async with services_for(settings) as services:
        await make_account(services, handle="fay", email="fay@example.com", password=None)
    flow: UserFlow = (await client_for(live_server.url)).window.user_page
    await open_case(flow, "hacked", "fay", "fay.now@example.org")
    await confirm_reply(flow, Outbox(data_dir), "fay.now@example.org")
    await choose(flow, "document")
    return flow


def _photo(path: Path, size: tuple[int, int] = (640, 480)) -> Path:
    Image.new("RGB", size, (200, 120, 40)).save(path, "JPEG")
    return path


def _drop(widget: Any, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    widget.dropEvent(event)


@pytest.fixture
def requests_sent(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Every request the client sends about the case, recorded on the way out (the
    connection monitor's health checks come and go by themselves and are left out)."""
    from recovery_app.client.api import ApiClient

    sent: list[tuple[str, str]] = []
    original = ApiClient.request

    async def recording(self: ApiClient, method: str, path: str, **kwargs: Any) -> Any:
        if path != "/health":
            sent.append((method, path))
        return await original(self, method, path, **kwargs)

    monkeypatch.setattr(ApiClient, "request", recording)
    return sent


async def test_document_and_selfie_are_previewed_and_uploaded(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    tmp_path: Path,
    client_for: Callable[..., Any],
) -> None:
    with using_keyring(MemoryKeyring()):
        flow = await _evidence_page(live_server, settings, data_dir, client_for)
        page = flow.evidence
        async with services_for(settings) as services, services.read() as session:
            phrase = await session.scalar(
                select(Challenge.phrase).where(Challenge.public_id == page.challenges["selfie"])
            )
        assert phrase and re.fullmatch(r"[A-Z]+-[A-Z]+-\d\d", phrase)
        assert page.phrase_label.text() == phrase

        page.slots["document"].pathChosen.emit(str(_photo(tmp_path / "id.jpg")))
        _drop(page.slots["selfie"], _photo(tmp_path / "me.jpg", (480, 640)))
        await eventually(
            lambda: all(s.path is not None for s in page.slots.values()), what="both files checked"
        )
        document_preview = page.slots["document"].preview.pixmap()
        assert not document_preview.isNull() and max(document_preview.size().toTuple()) == 160
        assert not page.slots["selfie"].preview.pixmap().isNull()

        page.send_button.click()
        await eventually(lambda: page.message.text().startswith("Sent."), what="upload done")
        assert "ready" not in page.slots["document"].file_label.text()
        async with services_for(settings) as services, services.read() as session:
            kinds = sorted((await session.scalars(select(Evidence.kind))).all())
        assert kinds == ["document", "selfie"]


async def test_oversized_and_wrong_type_files_are_refused_before_upload(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    tmp_path: Path,
    client_for: Callable[..., Any],
    requests_sent: list[tuple[str, str]],
) -> None:
    with using_keyring(MemoryKeyring()):
        flow = await _evidence_page(live_server, settings, data_dir, client_for)
        page = flow.evidence
        huge = tmp_path / "huge.jpg"
        with huge.open("wb") as handle:
            handle.write(b"\xff\xd8\xff\xe0")
            handle.truncate(10 * 1024 * 1024 + 1)
        text = tmp_path / "scan.png"
        text.write_text("not an image at all")
        pdf = tmp_path / "selfie.pdf"
        pdf.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        before = len(requests_sent)

        page.slots["document"].pathChosen.emit(str(huge))
        await eventually(lambda: page.message.isVisibleTo(page), what="size refusal")
        assert page.message.text().startswith("This file is larger than 10 MB")
        page.clear_message()
        page.slots["document"].pathChosen.emit(str(text))
        await eventually(lambda: page.message.isVisibleTo(page), what="type refusal")
        assert "not a photo (JPEG or PNG) or a PDF scan" in page.message.text()
        page.clear_message()
        page.slots["selfie"].pathChosen.emit(str(pdf))
        await eventually(lambda: page.message.isVisibleTo(page), what="selfie type refusal")
        assert page.message.text().startswith("A selfie must be a photo")
        assert all(slot.path is None for slot in page.slots.values())

        page.send_button.click()
        assert page.message.text() == "Choose a photo of your ID document or a selfie first."
        assert requests_sent[before:] == []  # nothing was sent
        async with services_for(settings) as services, services.read() as session:
            assert (await session.scalars(select(Evidence))).all() == []
