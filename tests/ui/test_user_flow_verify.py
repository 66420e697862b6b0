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
