"""Check 40 (and 42 for SMTP): a security notice to the owner is never dropped. It is
retried through a mail outage far longer than the old limit (8 attempts, ~4.5 minutes),
survives a server restart in the middle of it, and arrives once the mail server is back;
a supervisor is told about the outage while it lasts, and about a notice the owner's
mail server refuses for good.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from recovery_app.domain.model import Role
from recovery_app.storage.models import AuditEntry
from tests.support.delivery import alerts, let_time_pass, outbox_rows
from tests.support.desk import START, running_desk
from tests.support.mail_server import MailServer, text_of

OWNER = "ada@example.com"
REPLY_PHONE = "+48601555000"  # the requester's replies go by SMS: not hit by the outage
OLD_LIMIT = timedelta(minutes=4.5)
OUTAGE = timedelta(minutes=12)


async def test_an_owner_notice_outlives_a_long_outage_and_a_restart(tmp_path: Path) -> None:
    mail = MailServer()
    mail.start()
    mail.stop()  # the mail server goes down: every connection is refused from now on
    assert mail.refuses_connections()
    smtp = {"mail_transport": "smtp", "smtp_port": mail.port}

    async with running_desk(tmp_path, **smtp) as desk:
        sam = await desk.agent("sam", Role.SUPERVISOR)
        await desk.account("ada", email=OWNER)
        case = await desk.open_case("ada", reply=REPLY_PHONE)
        await desk.background.run_once()  # "someone started recovering your account"
        [queued] = await outbox_rows(desk, "recovery_started")
        assert queued.to_address == OWNER

        await let_time_pass(desk, OUTAGE)

        [waiting] = await outbox_rows(desk, "recovery_started")
        assert waiting.status == "pending"  # not "failed for good"
        assert waiting.attempts > 8
        assert waiting.params_enc is not None  # what it must still say
        assert waiting.last_error is not None
        assert OWNER not in waiting.last_error
        # A person was told while it lasted: one alert for the outage, naming the case.
        [alert] = [a for a in await alerts(desk, sam) if a["kind"] == "delivery_delayed"]
        assert alert["detail"]["channel"] == "email"
        assert alert["detail"]["owner_notices"] == 1
        assert alert["detail"]["owner_case_refs"] == [case.reference]
        assert "SMTPConnectError" in alert["detail"]["errors"]
        assert case.reference in alert["message"]
        assert OWNER not in json.dumps(alert)
        stopped_at = desk.clock.now()

    # The server process restarts while the mail server is still down: the notice is
    # in the database, not in the old process's memory.
    async with running_desk(tmp_path, **smtp) as desk:
        desk.clock.advance(stopped_at - START)
        await let_time_pass(desk, timedelta(minutes=1))
        [still] = await outbox_rows(desk, "recovery_started")
        assert still.status == "pending"
        assert mail.mailbox.to(OWNER) == []

        mail.start()  # the mail server is back
        try:
            await let_time_pass(desk, timedelta(minutes=3))
        finally:
            mail.stop()

        [delivered] = mail.mailbox.to(OWNER)
        assert delivered["Subject"] == "Someone started recovering your account"
        assert case.reference in text_of(delivered)
        [sent] = await outbox_rows(desk, "recovery_started")
        assert sent.status == "sent"
        assert sent.params_enc is None


async def test_a_notice_refused_for_good_is_named_in_one_alert(tmp_path: Path) -> None:
    mail = MailServer()
    mail.mailbox.refuse.add(OWNER)  # the owner's mail server rejects the address: 550
    mail.start()
    try:
        async with running_desk(tmp_path, mail_transport="smtp", smtp_port=mail.port) as desk:
            sam = await desk.agent("sam", Role.SUPERVISOR)
            await desk.account("ada", email=OWNER)
            case = await desk.open_case("ada", reply=REPLY_PHONE)
            await desk.background.run_once()
            await let_time_pass(desk, timedelta(minutes=1))

            [refused] = await outbox_rows(desk, "recovery_started")
            assert refused.status == "failed"
            assert refused.params_enc is None
            [alert] = [a for a in await alerts(desk, sam) if a["kind"] == "delivery_failed"]
            assert alert["detail"]["owner_case_refs"] == [case.reference]
            assert alert["detail"]["errors"] == ["SMTPRecipientsRefused"]
            assert OWNER not in json.dumps(alert)
            assert "example.com" not in json.dumps(alert)

            # Once per message: later rounds do not raise it again.
            await let_time_pass(desk, timedelta(minutes=20), step=timedelta(minutes=1))
            assert [a["kind"] for a in await alerts(desk, sam)] == ["delivery_failed"]
            async with desk.services.read() as session:
                raised = list(
                    await session.scalars(
                        select(AuditEntry).where(AuditEntry.action == "alert.raised")
                    )
                )
            assert len(raised) == 1
            assert OWNER not in json.dumps(raised[0].detail)
    finally:
        mail.stop()
