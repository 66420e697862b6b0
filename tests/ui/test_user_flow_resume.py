"""User mode: resuming a case (token in the keyring or typed), enumeration, navigation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from recovery_app.client.credentials import SERVICE, CaseTokenStore, usable
from recovery_app.server.settings import Settings
from tests.support.accounts import make_account, services_for
from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from tests.ui.user_flow_helpers import (
    MemoryKeyring,
    Outbox,
    confirm_reply,
    no_keyring,
    open_case,
    using_keyring,
)
from ui.user.flow import UserFlow


def test_token_store_uses_a_working_keyring() -> None:
    ring = MemoryKeyring()
    store = CaseTokenStore(ring)
    assert store.persistent
    assert store.save("RD-AAAA-BBBB-CCCC", "secret-token")
    assert ring.get_password(SERVICE, "RD-AAAA-BBBB-CCCC") == "secret-token"
    assert CaseTokenStore(ring).load("RD-AAAA-BBBB-CCCC") == "secret-token"  # a later run
    store.forget("RD-AAAA-BBBB-CCCC")
    assert CaseTokenStore(ring).load("RD-AAAA-BBBB-CCCC") is None


def test_token_store_without_a_keyring_keeps_tokens_in_memory_only() -> None:
    from keyring.backends import chainer, null

    assert not usable(null.Keyring())
    assert not usable(no_keyring())
    with using_keyring(no_keyring()):
        store = CaseTokenStore()
        assert not store.persistent
        assert not store.save("RD-AAAA-BBBB-CCCC", "secret-token")
        assert store.load("RD-AAAA-BBBB-CCCC") == "secret-token"  # this run only
        assert CaseTokenStore().load("RD-AAAA-BBBB-CCCC") is None  # the next run asks

    class Chain(chainer.ChainerBackend):
        backends = (null.Keyring(),)  # type: ignore[assignment]  # nothing usable inside

    assert not usable(Chain())


async def _verifying_case(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> tuple[str, str]:
    async with services_for(settings) as services:
        await make_account(services, handle="gus", email="gus@example.com", password=None)
    flow: UserFlow = (await client_for(live_server.url)).window.user_page
    await open_case(flow, "forgot_password", "gus", "gus.now@example.org")
    await confirm_reply(flow, Outbox(data_dir), "gus.now@example.org")
    assert flow.case is not None
    return flow.case.reference, flow.case.token


async def test_resume_with_the_key_in_the_keyring_needs_only_the_reference(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    with using_keyring(MemoryKeyring()):
        reference, _ = await _verifying_case(live_server, settings, data_dir, client_for)
        flow: UserFlow = (await client_for(live_server.url)).window.user_page  # a new window
        flow.situation.resume_button.click()
        assert flow.current_page() is flow.resume
        assert not flow.resume.asking_token
        # no step label on this page: "Back" and "Talk to a person" stay compact anyway
        assert not flow.step_label.isVisible()
        await eventually(lambda: flow.back_button.width() > 0, what="laid out")
        assert flow.back_button.width() < flow.width() / 3
        assert flow.help_button.width() < flow.width() / 3
        flow.resume.reference_field.setText(reference.lower())
        QTest.keyClick(flow.resume.reference_field, Qt.Key.Key_Return)
        await eventually(lambda: flow.current_page() is flow.verify, what="the verify page")
        assert flow.verify.level_title.text() == "No proof yet"
        assert flow.case is not None and flow.case.reference == reference


async def test_resume_without_a_keyring_asks_for_the_key(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    with using_keyring(no_keyring()):
        reference, token = await _verifying_case(live_server, settings, data_dir, client_for)
        first = (await client_for(live_server.url)).window.user_page
        flow: UserFlow = first
        flow.situation.resume_button.click()
        flow.resume.reference_field.setText(reference)
        flow.resume.continue_button.click()
        await eventually(lambda: flow.resume.asking_token, what="the key asked for")
        assert flow.resume.token_field.echoMode() == flow.resume.token_field.EchoMode.Password
        assert "does not keep the key" in flow.resume.message.text()

        flow.resume.token_field.setText(token[:-2] + "xx")
        flow.resume.continue_button.click()
        await eventually(lambda: "We found no open case" in flow.resume.message.text())
        assert flow.resume.reference_field.text() == reference  # nothing typed is lost

        flow.resume.token_field.setText(token)
        flow.resume.continue_button.click()
        await eventually(lambda: flow.current_page() is flow.verify, what="the verify page")


async def test_reply_page_offers_to_copy_the_key_when_no_keyring_keeps_it(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    with using_keyring(no_keyring()):
        flow: UserFlow = (await client_for(live_server.url)).window.user_page
        await open_case(flow, "forgot_password", "someone", "hal@example.org")
        box = flow.reply.reference_box
        assert box.copy_key_button.isVisible()
        assert flow.case is not None
        assert all(flow.case.token not in label.text() for label in flow.findChildren(QLabel))
        box.copy_key_button.click()
        from PySide6.QtGui import QGuiApplication

        assert QGuiApplication.clipboard().text() == flow.case.token
        box.copy_button.click()
        assert QGuiApplication.clipboard().text() == flow.case.reference


def _visible_texts(flow: UserFlow, reference: str) -> list[str]:
    page = flow.current_page()
    texts = []
    for widget in [page, *page.findChildren(QWidget)]:
        text = getattr(widget, "text", None)
        if callable(text) and widget.isVisibleTo(flow):
            value = text()
            if isinstance(value, str) and value:
                texts.append(value.replace(reference, "<ref>"))
    return texts


async def test_pages_after_identify_look_the_same_whether_or_not_the_account_exists(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    async with services_for(settings) as services:
        await make_account(services, handle="ivy", email="ivy@example.com", password=None)
    outbox = Outbox(data_dir)
    seen: dict[str, list[list[str]]] = {}
    with using_keyring(MemoryKeyring()):
        for account in ("ivy", "no-such-person"):
            flow: UserFlow = (await client_for(live_server.url)).window.user_page
            await open_case(flow, "hacked", account, "reply@example.org")
            assert flow.case is not None
            pages = [_visible_texts(flow, flow.case.reference)]
            await confirm_reply(flow, outbox, "reply@example.org")
            pages.append(_visible_texts(flow, flow.case.reference))
            flow.verify.methods["email_code"].click()
            await eventually(lambda f=flow: f.current_page() is f.code_page, what="code page")
            pages.append(_visible_texts(flow, flow.case.reference))
            seen[account] = pages
    assert seen["ivy"] == seen["no-such-person"]


@pytest.mark.parametrize("key", ["escape", "alt_left"])
async def test_back_by_key_and_the_way_to_a_person(
    live_server: LiveServer, client_for: Callable[..., Any], key: str
) -> None:
    with using_keyring(MemoryKeyring()):
        flow: UserFlow = (await client_for(live_server.url)).window.user_page
        assert not flow.back_button.isEnabled()
        flow.help_button.click()
        assert "which account it is" in flow.situation.message.text()
        flow.situation.choices["disabled"].click()
        assert flow.current_page() is flow.identify
        assert flow.identify.kind_label.text() == "Your account was disabled."
        flow.identify.account_field.setText("typed before going back")
        flow.window().activateWindow()
        flow.identify.account_field.setFocus()
        await eventually(flow.window().isActiveWindow, what="window activation")
        if key == "escape":
            QTest.keyClick(flow.identify.account_field, Qt.Key.Key_Escape)
        else:
            QTest.keyClick(
                flow.identify.account_field, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier
            )
        await eventually(lambda: flow.current_page() is flow.situation, what="back")
        flow.situation.choices["disabled"].click()
        assert flow.identify.account_field.text() == "typed before going back"
        flow.help_button.click()
        assert "fill in this page first" in flow.identify.message.text()
