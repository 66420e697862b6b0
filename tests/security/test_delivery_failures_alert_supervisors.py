"""Check 40: every permanent delivery failure raises a supervisor alert, once per message,
with no address or code in it; and the alerts cannot be turned into a flood: someone
opening case after case with reply addresses that bounce gets at most one alert per
``delivery_alert_after_minutes``, each naming every message refused since the last.
The requester whose own reply address refused the code reads ``failed``.
"""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

from recovery_app.domain.model import Role
from tests.support.delivery import alerts, delivery_of, let_time_pass, outbox_rows
from tests.support.desk import running_desk
from tests.support.mail_server import MailServer

BOUNCING = [f"nobody{n}@bounce.example" for n in range(6)]


async def test_refused_messages_are_each_named_in_one_alert_without_a_flood(
    tmp_path: Path,
) -> None:
    mail = MailServer()
    mail.mailbox.refuse.update(BOUNCING)
    mail.start()
    try:
        async with running_desk(tmp_path, mail_transport="smtp", smtp_port=mail.port) as desk:
            await desk.background.dispatcher.stop()  # rounds only when the test runs one
            sam = await desk.agent("sam", Role.SUPERVISOR)
            first = [await desk.open_case(f"ghost{n}", reply=a) for n, a in enumerate(BOUNCING[:3])]
            await let_time_pass(desk, timedelta(seconds=10))
            assert [await delivery_of(desk, c, "reply_contact") for c in first] == ["failed"] * 3

            [alert] = await alerts(desk, sam)
            assert alert["kind"] == "delivery_failed"
            assert alert["detail"]["messages"] == 3
            assert alert["detail"]["codes"] == 3

            # Three more a minute later: no second alert yet...
            await let_time_pass(desk, timedelta(minutes=1))
            for n, address in enumerate(BOUNCING[3:], start=3):
                await desk.open_case(f"ghost{n}", reply=address)
            await let_time_pass(desk, timedelta(minutes=1))
            assert len(await alerts(desk, sam)) == 1
            # ...until the interval has passed; it names the three not yet named.
            await let_time_pass(desk, timedelta(minutes=4))
            raised = await alerts(desk, sam)
            assert [a["kind"] for a in raised] == ["delivery_failed", "delivery_failed"]
            assert sum(a["detail"]["messages"] for a in raised) == 6
            await let_time_pass(desk, timedelta(minutes=20), step=timedelta(minutes=1))
            assert len(await alerts(desk, sam)) == 2  # once per message

            rows = await outbox_rows(desk, "reply_contact_code")
            assert {(r.status, r.params_enc) for r in rows} == {("failed", None)}
            text = json.dumps(raised)
            for address in BOUNCING:
                assert address not in text
            assert "bounce.example" not in text
    finally:
        mail.stop()
