"""Checks 10 and 40: the delivery state a requester reads does not tell whether the
account exists. A code challenge with nobody to send to (no account) gets a decoy that
goes through the same outage, retries and recovery as a real code, so both read
``queued`` → ``delayed`` → ``sent`` alike.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from tests.support.delivery import delivery_of, let_time_pass, outbox_rows
from tests.support.desk import running_desk
from tests.support.mail_server import MailServer


async def test_known_and_unknown_accounts_read_the_same_delivery_states(tmp_path: Path) -> None:
    mail = MailServer()
    async with running_desk(tmp_path, mail_transport="smtp", smtp_port=mail.port) as desk:
        # Rounds run only when the test says, so both cases are read between rounds.
        await desk.background.dispatcher.stop()
        await desk.account("ada", email="ada@example.com")
        known = await desk.verified_case("ada", reply="+48601555000")
        ghost = await desk.verified_case("nobody-by-that-name", reply="+48601555001")
        started = [await desk.start(case, "email_code") for case in (known, ghost)]
        assert [s["delivery"] for s in started] == ["queued", "queued"]
        assert started[0].keys() == started[1].keys()

        async def both() -> tuple[str | None, str | None]:
            return await delivery_of(desk, known), await delivery_of(desk, ghost)

        assert await both() == ("queued", "queued")  # before the first try
        outage = []
        for _ in range(30):  # five minutes of a mail outage
            await let_time_pass(desk, timedelta(seconds=10))
            outage.append(await both())
        assert set(outage) == {("delayed", "delayed")}

        mail.start()
        try:
            after = []
            for _ in range(18):
                await let_time_pass(desk, timedelta(seconds=10))
                after.append(await both())
        finally:
            mail.stop()
        assert after[-1] == ("sent", "sent")
        assert all(a == b for a, b in after)  # they changed at the same moment

        [real] = await outbox_rows(desk, "verification_code")
        [decoy] = await outbox_rows(desk, "decoy")
        assert (real.status, decoy.status) == ("sent", "sent")
        assert decoy.to_address == "" and decoy.params_enc is None
        # The decoy reached the server but handed over no message.
        assert all("" not in e.rcpt_tos for e in mail.mailbox.envelopes)
