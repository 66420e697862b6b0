"""SECURITY-CHECK 9 for securing an account: the TOTP seed and the backup codes the client
made never appear in any response body, log line, audit row or security event."""

from __future__ import annotations

import io
from pathlib import Path

import httpx
import pyotp
from sqlalchemy import select, text

from recovery_app.security import tokens, totp
from recovery_app.storage.models import AuditEntry, BackupCode, SecurityEvent
from tests.support.accounts import PLATFORM, bearer
from tests.support.desk import PASSWORD, running_desk


async def test_client_made_seed_and_backup_codes_never_appear_in_responses_logs_or_audit(
    tmp_path: Path, server_log: io.StringIO
) -> None:
    responses: list[tuple[str, str]] = []

    async def record(response: httpx.Response) -> None:
        await response.aread()
        responses.append((f"{response.request.method} {response.request.url.path}", response.text))

    async with running_desk(tmp_path) as desk:
        desk.client.event_hooks["response"].append(record)
        account_id = await desk.account("erin")
        await desk.verified_case("erin", reply="erin.new@example.org")
        signed = await desk.client.post(
            f"{PLATFORM}/sessions", json={"identifier": "erin", "password": PASSWORD}
        )
        headers = bearer(signed.json()["session_token"])
        seed = pyotp.random_base32()
        wrong = "000000" if totp.code_at(seed, totp.current_step()) != "000000" else "999999"
        await desk.client.post(
            f"{PLATFORM}/totp", json={"seed": seed, "code": wrong}, headers=headers
        )
        code = totp.code_at(seed, totp.current_step())
        enrolled = await desk.client.post(
            f"{PLATFORM}/totp", json={"seed": seed, "code": code}, headers=headers
        )
        assert enrolled.status_code == 200, enrolled.text
        await desk.client.post(
            f"{PLATFORM}/totp", json={"seed": seed, "code": code}, headers=headers
        )
        codes = [tokens.backup_code() for _ in range(10)]
        stored = await desk.client.put(
            f"{PLATFORM}/backup-codes", json={"codes": codes}, headers=headers
        )
        assert stored.status_code == 200, stored.text
        await desk.client.put(f"{PLATFORM}/backup-codes", json={"codes": codes}, headers=headers)
        await desk.client.get(f"{PLATFORM}/security-events", headers=headers)
        await desk.client.get(f"{PLATFORM}/sessions", headers=headers)
        await desk.background.dispatcher.dispatch_once()
        async with desk.services.read() as session:
            rows = repr((await session.scalars(select(AuditEntry))).all())
            rows += repr(
                (await session.execute(text("SELECT action, detail, ip FROM audit_log"))).all()
            )
            rows += repr(
                [
                    (e.kind, e.detail, e.ip, e.user_agent)
                    for e in await session.scalars(
                        select(SecurityEvent).where(SecurityEvent.account_id == account_id)
                    )
                ]
            )
            hashes = (
                await session.scalars(
                    select(BackupCode.code_hash).where(BackupCode.account_id == account_id)
                )
            ).all()
            outbox = repr((await session.execute(text("SELECT * FROM outbox"))).all())
    assert "platform.totp_enrolled" in rows and "backup_codes_issued" in rows
    assert len(hashes) == 10
    logs = server_log.getvalue()
    assert logs
    secrets = {"seed": seed, "TOTP code": code}
    secrets |= {f"backup code {i}": c for i, c in enumerate(codes)}
    secrets |= {
        f"backup code {i} (bare)": tokens.normalize_backup_code(c) for i, c in enumerate(codes)
    }
    for name, value in secrets.items():
        assert value not in logs, f"{name} in a log line"
        assert value.upper() not in logs, f"{name} in a log line"
        assert value not in rows, f"{name} in an audit row or security event"
        assert value not in outbox, f"{name} in a queued message"
        assert not any(value in h for h in hashes)
        for where, body in responses:
            assert value not in body, f"{name} in the response to {where}"
            assert value.upper() not in body, f"{name} in the response to {where}"
