"""Guessing stays bounded, and nobody is locked out for it (issue 11.1 and 11.5, checks 37-38)."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from recovery_app.security import totp
from recovery_app.storage.models import Case, Challenge
from tests.support.desk import AGENT_PASSWORD, Desk, running_desk

AGENT_SESSIONS = "/api/v1/agent/sessions"
PLATFORM_SESSIONS = "/api/v1/platform/sessions"


async def _evaluated_wrong_answers(desk: Desk, account_id: int) -> int:
    async with desk.services.read() as session:
        total = await session.scalar(
            select(func.sum(Challenge.attempts))
            .join(Case, Case.id == Challenge.case_id)
            .where(
                Case.account_id == account_id,
                Challenge.purpose == "verify",
                Challenge.status != "passed",
                Challenge.long_code.is_(False),
            )
        )
    return int(total or 0)


async def test_attacker_never_gets_more_than_the_bounded_number_of_evaluated_guesses(
    tmp_path: Path,
) -> None:
    """Many addresses, many cases, then fifty answers at once: at most the anonymous
    pool (50) of wrong answers is ever evaluated for the account."""
    async with running_desk(tmp_path, cases_per_identifier_per_hour=50) as desk:
        oliver = await desk.account("oliver", totp=True, email="oliver@example.com")
        pool = desk.services.settings.guess_pool_anonymous
        for n in range(6):
            async with desk.from_address(f"203.0.113.{n + 20}"):
                case = await desk.verified_case("oliver", reply=f"m{n}@evil.test")
                for _ in range(4):
                    started = await desk.client.post(
                        f"/api/v1/cases/{case.reference}/challenges",
                        json={"method": "totp"},
                        headers=case.headers,
                    )
                    if started.status_code != 201:
                        break
                    for _ in range(5):
                        await desk.answer(case, started.json()["id"], "000000")
        async with desk.from_address("203.0.113.99"):
            case = await desk.verified_case("oliver", reply="last@evil.test")
            started = await desk.client.post(
                f"/api/v1/cases/{case.reference}/challenges",
                json={"method": "backup_code"},
                headers=case.headers,
            )
            if started.status_code == 201:
                await asyncio.gather(
                    *(desk.answer(case, started.json()["id"], f"x{n}") for n in range(50))
                )
        assert await _evaluated_wrong_answers(desk, oliver) == pool


async def test_wrong_second_factor_codes_at_sign_in_are_bounded_by_their_own_pool(
    tmp_path: Path,
) -> None:
    """Someone with the password guessing the code gets at most guess_pool_sign_in tries,
    in parallel too, and spends nothing of the recovery pools."""
    async with running_desk(tmp_path) as desk:
        await desk.account("oliver", totp=True, email="oliver@example.com")
        desk.services.settings.sign_in_free_failures = 10_000  # the code is what's tested
        desk.services.settings.sign_in_free_failures_per_source = 10_000
        body = {"identifier": "oliver", "password": "correct horse battery staple"}
        responses = await asyncio.gather(
            *(
                desk.client.post(PLATFORM_SESSIONS, json={**body, "totp": f"{n:06d}"})
                for n in range(40)
            )
        )
        codes = [r.json()["code"] for r in responses]
        limit = desk.services.settings.guess_pool_sign_in
        assert codes.count("second_factor_required") <= limit
        assert codes.count("too_many_failures") >= 40 - limit
        # Per account, the three pools together: 50 + 30 + 20 evaluated wrong answers.
        settings = desk.services.settings
        total = settings.guess_pool_anonymous + settings.guess_pool_proven + limit
        assert total <= 100


async def test_agent_is_not_locked_out_by_strangers_failures(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        agent = await desk.agent("andy")
        wrong = {"username": "andy", "password": "not it", "totp": "000000"}
        statuses = []
        async with desk.from_address("203.0.113.7"):
            for _ in range(30):
                statuses.append((await desk.client.post(AGENT_SESSIONS, json=wrong)).status_code)
        assert statuses.count(429) > 0  # the stranger's address is slowed down
        async with desk.from_address("192.0.2.10"):  # the agent, at their desk
            agent.step = max(agent.step + 1, totp.current_step())
            right = {
                "username": "andy",
                "password": AGENT_PASSWORD,
                "totp": totp.code_at(agent.seed, agent.step),
            }
            signed = await desk.client.post(AGENT_SESSIONS, json=right)
            assert signed.status_code == 201, signed.text


async def test_password_sign_in_is_throttled_after_repeated_failures_from_one_source(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("oliver", email="oliver@example.com")
        responses = []
        async with desk.from_address("203.0.113.8"):
            for n in range(15):  # spread over names: the source itself is slowed
                body = {"identifier": f"user{n % 5}", "password": f"guess {n}"}
                responses.append(await desk.client.post(PLATFORM_SESSIONS, json=body))
            statuses = [r.status_code for r in responses]
            free = desk.services.settings.sign_in_free_failures_per_source
            assert statuses[:free] == [401] * free
            limited = responses[free]
            assert limited.status_code == 429
            first_wait = int(limited.headers["Retry-After"])
            desk.clock.advance(timedelta(seconds=first_wait))
            again = await desk.client.post(
                PLATFORM_SESSIONS, json={"identifier": "user9", "password": "x"}
            )
            assert again.status_code == 401  # evaluated once the wait is over
            slower = await desk.client.post(
                PLATFORM_SESSIONS, json={"identifier": "user9", "password": "y"}
            )
            assert slower.status_code == 429
            assert int(slower.headers["Retry-After"]) > first_wait  # delays grow


async def test_case_limit_counts_spelling_variants_of_one_identifier_as_one(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("oliver.brandt", email="oliver@example.com")
        variants = [
            "oliver.brandt",
            "Oliver.Brandt",
            " OLIVER.BRANDT ",
            "@oliver.brandt",
            "ｏｌｉｖｅｒ.brandt",  # full-width letters
        ]
        for n, identifier in enumerate(variants):
            await desk.open_case(identifier, reply=f"r{n}@example.org")
        sixth = await desk.client.post(
            "/api/v1/cases",
            json={
                "kind": "forgot_password",
                "identifier": "Oliver.BRANDT",
                "reply_contact": "r9@example.org",
                "language": "en",
            },
        )
        assert sixth.status_code == 429
        # The account's e-mail is another identifier: counting it together with the
        # handle would tell an outsider that both belong to one account.
        await desk.open_case("oliver@example.com", reply="r10@example.org")
