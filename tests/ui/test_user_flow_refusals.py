"""User mode refusals: wrong, expired and locked codes, and the server going away mid-flow.

Each shows a sentence the person can act on and keeps what they typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import update

from recovery_app.server.settings import Settings
from recovery_app.storage.models import Challenge
from tests.support.accounts import make_account, services_for
from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from tests.ui.user_flow_helpers import (
    MemoryKeyring,
    Outbox,
    choose,
    confirm_reply,
    open_case,
    type_code,
    using_keyring,
)
from ui.messages import message_for
from ui.user.flow import UserFlow

SENT = "We sent a new code. Use the newest one."


def _wrong(code: str) -> str:
    return f"{(int(code) + 1) % 1_000_000:06d}"


async def _verifying(
    live_server: LiveServer,
    settings: Settings,
    outbox: Outbox,
    client_for: Callable[..., Any],
) -> UserFlow:
    async with services_for(settings) as services:
        await make_account(services, handle="dora", email="dora@example.com", password=None)
    flow: UserFlow = (await client_for(live_server.url)).window.user_page
    await open_case(flow, "forgot_password", "dora", "dora.now@example.org")
    await confirm_reply(flow, outbox, "dora.now@example.org")
    return flow


async def test_wrong_code_says_how_many_tries_are_left_and_keeps_the_code(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = await _verifying(live_server, settings, outbox, client_for)
        await choose(flow, "email_code")
        right = await outbox.code("dora@example.com")
        await type_code(flow, _wrong(right))
        assert flow.current_page() is flow.code_page
        assert flow.code_page.message.text() == (
            "That code is not right. Check it and try again: 4 tries left."
        )
        assert flow.code_page.entry.field.text() == _wrong(right)
        await type_code(flow, right)
        await eventually(lambda: flow.verify.level == 1, what="the right code accepted")


async def test_five_wrong_codes_lock_the_challenge_and_a_new_code_works(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = await _verifying(live_server, settings, outbox, client_for)
        await choose(flow, "email_code")
        right = await outbox.code("dora@example.com")
        for _ in range(5):
            await type_code(flow, _wrong(right))
        assert "locked after too many wrong tries" in flow.code_page.message.text()
        await type_code(flow, right)  # even the right code no longer opens a locked challenge
        assert flow.current_page() is flow.code_page
        assert "locked" in flow.code_page.message.text()

        flow.code_page.entry.start_countdown(0)  # the person waited for the countdown
        flow.code_page.entry.resend_button.click()
        await eventually(lambda: flow.code_page.message.text() == SENT, what="a new code sent")
        assert flow.code_page.entry.seconds_left > 0
        await type_code(flow, await outbox.code("dora@example.com"))
        await eventually(lambda: flow.verify.level == 1, what="the new code accepted")


async def test_expired_code_asks_for_a_new_one_and_the_new_one_works(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = await _verifying(live_server, settings, outbox, client_for)
        await choose(flow, "email_code")
        first = await outbox.code("dora@example.com")
        # Past the code's lifetime (30 minutes for e-mail codes), as if the person waited.
        async with services_for(settings) as services, services.write() as session:
            await session.execute(
                update(Challenge)
                .where(Challenge.public_id == flow.code_page.challenge_id)
                .values(expires_at=datetime.now(UTC) - timedelta(minutes=1))
            )
        await type_code(flow, first)
        assert flow.code_page.message.text() == (
            "This code has expired or a newer one was sent. Ask for a new code and type the "
            "newest one."
        )
        assert flow.code_page.entry.field.text() == first

        flow.code_page.entry.start_countdown(0)
        flow.code_page.entry.resend_button.click()
        await eventually(lambda: flow.code_page.message.text() == SENT, what="resent")
        await type_code(flow, await outbox.code("dora@example.com"))
        await eventually(lambda: flow.verify.level == 1, what="the new code accepted")


async def test_wrong_reply_code_and_resend_on_the_reply_page(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow: UserFlow = (await client_for(live_server.url)).window.user_page
        await open_case(flow, "forgot_password", "nobody", "erin@example.org")
        right = await outbox.code("erin@example.org")
        flow.reply.entry.field.setText(_wrong(right))
        flow.reply.entry.submit_button.click()
        await eventually(lambda: flow.reply.message.isVisibleTo(flow), what="the refusal")
        assert "4 tries left" in flow.reply.message.text()
        assert flow.reply.entry.field.text() == _wrong(right)
        flow.reply.entry.start_countdown(0)
        flow.reply.entry.resend_button.click()
        await eventually(lambda: flow.reply.message.text() == SENT, what="resent")
        assert not flow.reply.entry.resend_button.isEnabled()  # the countdown runs again
        flow.reply.entry.field.setText(await outbox.code("erin@example.org"))
        flow.reply.entry.submit_button.click()
        await eventually(lambda: flow.current_page() is flow.verify, what="verify page")


async def test_server_gone_mid_flow_keeps_the_code_and_recovers(
    live_server: LiveServer, settings: Settings, data_dir: Path, client_for: Callable[..., Any]
) -> None:
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = await _verifying(live_server, settings, outbox, client_for)
        await choose(flow, "email_code")
        code = await outbox.code("dora@example.com")
        await live_server.stop()
        await type_code(flow, code)
        assert flow.current_page() is flow.code_page
        assert flow.code_page.message.text() == message_for("server_unreachable")
        assert flow.code_page.entry.field.text() == code
        assert flow.code_page.entry.submit_button.isEnabled()
        assert flow.back_button.isEnabled() and flow.help_button.isEnabled()

        await live_server.start()
        await type_code(flow, code)
        await eventually(lambda: flow.verify.level == 1, what="accepted once the server is back")
