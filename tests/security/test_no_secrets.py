"""SECURITY-CHECK 9 / 26 / 34: no code, seed, token or password in a response, log line,
audit row or agent screen — checked by scanning everything a whole recovery produced."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import select, text

from recovery_app.domain.model import Role
from recovery_app.storage.models import Account, AuditEntry
from tests.support.desk import AGENT_PASSWORD, PASSWORD, running_desk


async def test_no_secret_appears_in_responses_logs_audit_rows_or_agent_screens(
    tmp_path: Path, server_log: io.StringIO
) -> None:
    responses: list[tuple[str, str]] = []

    async def record(response: httpx.Response) -> None:
        await response.aread()
        responses.append((f"{response.request.method} {response.request.url.path}", response.text))

    async with running_desk(tmp_path) as desk:
        desk.client.event_hooks["response"].append(record)
        ann = await desk.hacked_account()
        alice, bob = await desk.agent("alice"), await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("ann")
        secrets: dict[str, str] = {}
        challenge = await desk.start(case, "email_code")
        secrets["email code"] = await desk.code_sent_to(ann.old_email)
        await desk.answer(case, challenge["id"], secrets["email code"])
        challenge = await desk.start(case, "backup_code")
        secrets["backup code"] = ann.backup_codes[1]
        await desk.answer(case, challenge["id"], secrets["backup code"])
        await desk.assign(case, alice, sam)
        for agent in (alice, bob):
            await desk.client.get(f"/api/v1/agent/cases/{case.reference}", headers=agent.headers)
        await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "send_reset_link", "reason": "L2"},
            headers=alice.headers,
        )
        await desk.client.get("/api/v1/supervisor/audit", headers=sam.headers)
        desk.clock.advance(timedelta(minutes=1))
        await desk.background.dispatcher.dispatch_once()
        async with desk.services.read() as session:
            account = await session.get(Account, ann.id)
            assert account is not None
            secrets["account TOTP seed"] = desk.services.box.decrypt(account.totp_secret_enc or "")
            audit_rows = repr((await session.scalars(select(AuditEntry))).all())
            audit_rows += repr((await session.execute(text("SELECT detail FROM audit_log"))).all())
        secrets["agent TOTP seed"] = alice.seed
        secrets["agent password"] = AGENT_PASSWORD
        secrets["account password"] = PASSWORD
        secrets["device token"] = ann.owner_device_token
        issued = {  # the one response that hands each token to its owner
            "case token": (case.token, "POST /api/v1/cases"),
            "agent token": (alice.token, None),  # issued by the service directly in this test
            "attacker session token": (
                ann.attacker_session_token,
                "POST /api/v1/platform/sessions",
            ),
        }
    logs = server_log.getvalue()
    assert logs, "the server wrote no log at all"
    for name, value in secrets.items():
        assert value not in logs, f"{name} in a log line"
        assert value not in audit_rows, f"{name} in an audit row"
        for where, body in responses:
            assert value not in body, f"{name} in the response to {where}"
    for name, (value, issuer) in issued.items():
        assert value not in logs, f"{name} in a log line"
        assert value not in audit_rows, f"{name} in an audit row"
        for where, body in responses:
            if where != issuer:
                assert value not in body, f"{name} in the response to {where}"
