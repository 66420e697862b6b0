"""Nobody can lock the owner out of recovery or sign-in (issue 11.1, check 37).

The attack from the issue, step by step: a stranger opens a case for the
account with a reply address they control, starts TOTP challenges over and over
and answers each wrongly, about 125 times, and fails the platform password too.
Then the real owner, from another address and a new case, must still get in
with their correct TOTP, their correct e-mail code, and their password.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import select

from recovery_app.domain.model import Role
from recovery_app.security import totp
from recovery_app.services import guess_budgets
from recovery_app.storage import accounts_admin
from recovery_app.storage.models import Account, AuditEntry, GuessBudget
from tests.support.desk import PASSWORD, START, Desk, running_desk

ATTACKER = "203.0.113.66"
OWNER = "192.0.2.50"


async def _seed(desk: Desk, account_id: int) -> str:
    async with desk.services.read() as session:
        account = await session.get(Account, account_id)
        assert account is not None and account.totp_secret_enc
        return desk.services.box.decrypt(account.totp_secret_enc)


async def _hammer_totp(desk: Desk, identifier: str) -> list[int]:
    """The attack: ~125 wrong TOTP answers through one case (statuses of every request)."""
    statuses: list[int] = []
    async with desk.from_address(ATTACKER):
        case = await desk.verified_case(identifier, reply="mallory@evil.test")
        while len(statuses) < 130:
            started = await desk.client.post(
                f"/api/v1/cases/{case.reference}/challenges",
                json={"method": "totp"},
                headers=case.headers,
            )
            statuses.append(started.status_code)
            if started.status_code != 201:
                continue
            for _ in range(5):
                answered = await desk.answer(case, started.json()["id"], "000000")
                statuses.append(answered.status_code)
                if answered.status_code != 200:
                    break
    return statuses


async def _platform_sign_in(desk: Desk, **body: str) -> httpx.Response:
    return await desk.client.post("/api/v1/platform/sessions", json=body)


async def test_owner_gets_in_with_totp_email_code_and_password_after_the_lockout_attack(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        oliver = await desk.account("oliver", totp=True, email="oliver@example.com")
        async with desk.services.write() as session:
            _, device = await accounts_admin.register_device(
                session, desk.services.keys, oliver, "Oliver's laptop", START - timedelta(days=90)
            )
        statuses = await _hammer_totp(desk, "oliver")
        assert len(statuses) >= 125
        assert 429 in statuses  # slowed, and never a lock-out status
        assert 423 not in statuses[-20:]
        async with desk.from_address(ATTACKER):
            for n in range(12):
                await _platform_sign_in(desk, identifier="oliver", password=f"guess {n}")
        seed = await _seed(desk, oliver)
        step = totp.current_step()

        async with desk.from_address(OWNER):
            case = await desk.verified_case("oliver", reply="oliver.new@example.org")
            by_totp = await desk.answer(
                case, (await desk.start(case, "totp"))["id"], totp.code_at(seed, step)
            )
            assert by_totp.status_code == 200, by_totp.text
            assert by_totp.json()["outcome"] == "passed"
            second = await desk.verified_case("oliver", reply="oliver.other@example.org")
            by_mail = await desk.prove(second, "email_code", "oliver@example.com")
            assert by_mail["outcome"] == "passed"

            # Platform sign-in: from the owner's known device at once, despite the
            # stranger's twelve wrong passwords.
            signed = await _platform_sign_in(
                desk,
                identifier="oliver",
                password=PASSWORD,
                totp=totp.code_at(seed, step + 1),
                device_token=device,
            )
            assert signed.status_code in (200, 201), signed.text


async def test_new_device_waits_at_most_the_account_delay_after_strangers_failures(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("oliver", email="oliver@example.com")
        async with desk.from_address(ATTACKER):
            for n in range(40):
                await _platform_sign_in(desk, identifier="oliver", password=f"guess {n}")
        async with desk.from_address(OWNER):
            first = await _platform_sign_in(desk, identifier="oliver", password=PASSWORD)
            if first.status_code == 429:
                wait = int(first.headers["Retry-After"])
                assert wait <= desk.services.settings.sign_in_account_max_delay_seconds
                desk.clock.advance(timedelta(seconds=wait))
                first = await _platform_sign_in(desk, identifier="oliver", password=PASSWORD)
            assert first.status_code in (200, 201), first.text


async def test_owner_gets_an_unguessable_code_when_strangers_spent_the_whole_pool(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        oliver = await desk.account("oliver", totp=True, email="oliver@example.com")
        supervisor = await desk.agent("sue", Role.SUPERVISOR)
        pools = guess_budgets.account_pools(desk.services.settings, f"acct:{oliver}")
        async with desk.services.write() as session:  # strangers spent all 50 wrong answers
            at = desk.clock.now().timestamp()
            session.add(GuessBudget(key=pools["anonymous"].key, full_at=at + 24 * 3600))

        async with desk.from_address(OWNER):
            case = await desk.verified_case("oliver", reply="oliver.new@example.org")
            refused = await desk.client.post(
                f"/api/v1/cases/{case.reference}/challenges",
                json={"method": "totp"},
                headers=case.headers,
            )
            assert refused.status_code == 429
            assert refused.json()["code"] == "guess_budget_spent"
            assert int(refused.headers["Retry-After"]) >= 1
            # A code to the owner's old address is never refused: it comes long.
            challenge = await desk.start(case, "email_code")
            code = await desk.code_sent_to("oliver@example.com")
            assert len(code.replace("-", "")) == 16  # 80 bits of base32
            passed = await desk.answer(case, challenge["id"], code.lower())
            assert passed.json()["outcome"] == "passed"

        # The supervisor sees the spent pool and clears it; the audit row keeps the reason.
        path = f"/api/v1/supervisor/cases/{case.reference}/guess-budget"
        seen = await desk.client.get(path, headers=supervisor.headers)
        assert seen.status_code == 200
        left = {p["name"]: p["left"] for p in seen.json()["pools"]}
        assert left["anonymous"] == 0
        cleared = await desk.client.post(
            f"{path}/clear",
            json={"reason": "Attack from one address, owner confirmed by phone"},
            headers=supervisor.headers,
        )
        assert cleared.status_code == 200
        assert {p["name"]: p["left"] for p in cleared.json()["pools"]}["anonymous"] == 50
        async with desk.services.read() as session:
            row = await session.scalar(
                select(AuditEntry).where(AuditEntry.action == "guess_budget.cleared")
            )
            assert row is not None
            assert row.actor_id == str(supervisor.id)
            assert "owner confirmed by phone" in str(row.detail)
            assert code not in str(row.detail)
        async with desk.from_address(OWNER):
            assert (await desk.start(case, "totp"))["method"] == "totp"


async def test_only_supervisors_see_or_clear_guess_budgets(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("oliver", email="oliver@example.com")
        agent = await desk.agent("andy")
        case = await desk.open_case("oliver", reply="o@example.org")
        path = f"/api/v1/supervisor/cases/{case.reference}/guess-budget"
        assert (await desk.client.get(path, headers=agent.headers)).status_code == 403
        assert (await desk.client.get(path, headers=case.headers)).status_code == 401
        refused = await desk.client.post(
            f"{path}/clear", json={"reason": "because I can"}, headers=agent.headers
        )
        assert refused.status_code == 403
