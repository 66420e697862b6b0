"""User mode hands over to the support page (a person) and the secure page.

Those pages are other modules; these tests skip while they cannot be imported.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from recovery_app.server.settings import Settings
from tests.support.accounts import make_account, services_for
from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from tests.ui.user_flow_helpers import (
    MemoryKeyring,
    Outbox,
    confirm_reply,
    open_case,
    using_keyring,
)
from ui.user.flow import UserFlow


def _page(module: str, name: str) -> type:
    try:
        return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
    except ImportError as exc:
        pytest.skip(f"{module} is not available: {exc}")


async def test_talk_to_a_person_after_the_reply_code_shows_the_support_page(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    client_for: Callable[..., Any],
) -> None:
    support_page = _page("ui.user.support_page", "SupportPage")
    async with services_for(settings) as services:
        await make_account(services, handle="kim", email="kim@example.com", password=None)
    with using_keyring(MemoryKeyring()):
        flow: UserFlow = (await client_for(live_server.url)).window.user_page
        await open_case(flow, "hacked", "kim", "kim.now@example.org")
        flow.help_button.click()  # not yet: the reply address comes first
        assert flow.current_page() is flow.reply
        assert flow.reply.message.text().startswith("First type the code")
        await confirm_reply(flow, Outbox(data_dir), "kim.now@example.org")
        flow.verify.help_button.click()
        await eventually(lambda: isinstance(flow.current_page(), support_page), what="support")
        assert flow.step_label.text() == "Step 4 of 5"
        # the support page scrolls its own parts: the flow shows no second scroll bar
        off = Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        assert flow.scroll.verticalScrollBarPolicy() == off
        flow.back_button.click()
        assert flow.current_page() is flow.verify
        assert flow.scroll.verticalScrollBarPolicy() != off


async def test_reset_link_in_hand_goes_straight_to_securing_the_account(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    secure_page = _page("ui.user.secure_page", "SecurePage")
    with using_keyring(MemoryKeyring()):
        flow: UserFlow = (await client_for(live_server.url)).window.user_page
        flow.situation.reset_link_button.click()
        await eventually(lambda: isinstance(flow.current_page(), secure_page), what="secure")
        assert flow.step_label.text() == "Step 5 of 5"
        assert flow.back_button.isEnabled()
