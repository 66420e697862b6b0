"""User mode, through the real window, a real server and a real SMTP server: while the
mail server is down the code page says the code is delayed; once it is back, the
sentence goes away, the code arrives and works (check 40).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from recovery_app.schemas.agents import AlertOut
from recovery_app.server.settings import Settings
from tests.support.accounts import make_account, services_for
from tests.support.live_server import LiveServer, test_settings
from tests.support.mail_server import MailServer, text_of
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
from ui.i18n import LanguageManager
from ui.models.alerts_model import describe, kind_name

REPLY_PHONE = "+48601555000"  # the reply code goes by SMS (a Maildir): not hit by the outage
CODE = re.compile(r"\b(\d{6})\b")


@pytest.fixture
def mail() -> Iterator[MailServer]:
    server = MailServer()  # not started: connections to its port are refused
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def settings(data_dir: Path, mail: MailServer) -> Settings:
    return test_settings(
        data_dir,
        mail_transport="smtp",
        smtp_port=mail.port,
        delivery_retry_base_seconds=0.2,
        delivery_retry_max_seconds=0.5,
    )


async def test_the_code_page_says_when_the_code_is_delayed(
    live_server: LiveServer,
    settings: Settings,
    data_dir: Path,
    mail: MailServer,
    client_for: Callable[..., Any],
) -> None:
    async with services_for(settings) as services:
        await make_account(services, handle="ada", email="ada@example.com", password=None)
    outbox = Outbox(data_dir)
    with using_keyring(MemoryKeyring()):
        flow = (await client_for(live_server.url)).window.user_page
        flow.delivery_poll_seconds = 0.1
        await open_case(flow, "forgot_password", "ada", REPLY_PHONE)
        await confirm_reply(flow, outbox, REPLY_PHONE)

        await choose(flow, "email_code")
        note = flow.code_page.entry.delivery_note
        await eventually(lambda: note.isVisibleTo(flow), what="the delayed sentence")
        assert note.text().startswith("Sending the code is taking longer than usual.")
        assert note.accessibleName() == note.text()
        assert flow.code_page.entry.delivery == "delayed"

        mail.start()  # the mail server is back
        await eventually(lambda: not note.isVisibleTo(flow), timeout=20, what="sent")
        assert flow.code_page.entry.delivery == "sent"
        [message] = [m for m in mail.mailbox.to("ada@example.com") if "code" in m["Subject"]]
        match = CODE.search(text_of(message))
        assert match is not None
        await type_code(flow, match.group(1))
        await eventually(lambda: flow.verify.level == 1, what="one proof")


def test_delivery_alerts_are_described_in_the_supervisors_language(qapp: Any) -> None:
    alert = AlertOut(
        id=1,
        kind="delivery_delayed",
        agent_id=None,
        created_at=datetime(2026, 1, 1, tzinfo=UTC),
        message="(server text)",
        detail={"channel": "email", "messages": 5, "owner_case_refs": ["RD-AB12", "RD-CD34"]},
        acknowledged_by_agent_id=None,
        acknowledged_at=None,
    )
    assert kind_name("delivery_delayed") == "Messages delayed"
    assert describe(alert, {}) == (
        "5 messages could not be delivered in time; retries continue. "
        "Owners not told about cases: RD-AB12, RD-CD34."
    )
    LanguageManager().set_language("pl")
    assert kind_name("delivery_failed") == "Odrzucone wiadomości"
    assert describe(alert, {}).startswith("5 wiadomości nie zostało dostarczonych na czas")
    assert "RD-AB12, RD-CD34" in describe(alert, {})
