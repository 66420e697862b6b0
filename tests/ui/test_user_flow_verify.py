"""User mode, through the real window and a real server: opening a case and proving it is you."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from recovery_app.server.settings import Settings
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


async def test_forgot_password_with_an_email_code_raises_the_level(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    client_for: Callable[..., Any],
) -> None:
    async with services_for(settings) as services:
        await make_account(services, handle="alice", email="alice@example.com", password=None)
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()) as ring:
        flow = (await client_for(live_server.url)).window.user_page
        assert flow.step_label.text() == "Step 1 of 5"
        await open_case(flow, "forgot_password", "alice", "alice.new@example.org")
        reference = flow.reply.reference_box.value.text()
        assert reference.startswith("RD-")
        assert flow.step_label.text() == "Step 2 of 5"
        assert ring.get_password("Recovery Desk case", reference) == flow.case.token
        assert flow.reply.entry.seconds_left > 0
        assert not flow.reply.entry.resend_button.isEnabled()

        await confirm_reply(flow, outbox, "alice.new@example.org")
        assert flow.step_label.text() == "Step 3 of 5"
        assert flow.verify.level_title.text() == "No proof yet"
        assert "reset your password" in flow.verify.level_text.text()

        await choose(flow, "email_code")
        await type_code(flow, await outbox.code("alice@example.com"))
        await eventually(lambda: flow.current_page() is flow.verify, what="back on verify")
        assert flow.verify.level == 1
        assert flow.verify.level_title.text() == "One proof so far"
        assert flow.verify.message.text() == "Thank you: that proof was accepted."
        assert not flow.verify.methods["email_code"].isEnabled()
        assert flow.verify.methods["email_code"].text().endswith("— done")


async def test_hacked_account_proves_with_old_phone_and_authenticator_to_two_proofs(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    client_for: Callable[..., Any],
) -> None:
    async with services_for(settings) as services:
        bob = await make_account(
            services, handle="bob", phone="+48 600 200 300", totp=True, password=None
        )
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = (await client_for(live_server.url)).window.user_page
        await open_case(flow, "hacked", "bob", "bob.now@example.org")
        await confirm_reply(flow, outbox, "bob.now@example.org")

        await choose(flow, "sms_code")
        assert flow.code_page.heading.text() == "Code sent by text message"
        assert flow.code_page.entry.resend_button.isVisible()
        await type_code(flow, await outbox.code("+48600200300"))
        await eventually(lambda: flow.verify.level == 1, what="one proof")

        await choose(flow, "totp")
        assert flow.code_page.heading.text() == "Code from your authenticator app"
        assert not flow.code_page.entry.resend_button.isVisible()
        await type_code(flow, bob.totp_code())
        await eventually(lambda: flow.verify.level == 2, what="two proofs")
        assert flow.verify.level_title.text() == "Two proofs"
        assert "undo changes someone else made" in flow.verify.level_text.text()


async def test_backup_code_is_a_proof(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    client_for: Callable[..., Any],
) -> None:
    async with services_for(settings) as services:
        carol = await make_account(
            services, handle="carol", email="carol@example.com", backup_codes=2, password=None
        )
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = (await client_for(live_server.url)).window.user_page
        await open_case(flow, "lost_second_factor", "carol", "carol.now@example.org")
        await confirm_reply(flow, outbox, "carol.now@example.org")
        await choose(flow, "backup_code")
        assert flow.code_page.heading.text() == "Backup code"
        await type_code(flow, carol.backup_codes[0])
        await eventually(lambda: flow.verify.level == 1, what="one proof")
        assert not flow.verify.methods["backup_code"].isEnabled()
