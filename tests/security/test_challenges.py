"""Codes and factors (SECURITY-CHECKS 1–8): limits, expiry, single use, binding, storage."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select, text

from recovery_app.security import totp
from recovery_app.services import guess_budgets
from recovery_app.storage.models import Account, Case, Challenge, GuessBudget
from tests.support.desk import Desk, running_desk


async def test_challenge_dies_after_five_wrong_answers(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        case = await desk.verified_case("ann")
        challenge = await desk.start(case, "email_code")
        code = await desk.code_sent_to(ann.old_email)
        wrong = "000000" if code != "000000" else "111111"
        outcomes = []
        for _ in range(5):
            response = await desk.answer(case, challenge["id"], wrong)
            outcomes.append(response.json().get("outcome") or response.json()["code"])
        assert outcomes == ["wrong", "wrong", "wrong", "wrong", "challenge_locked"]
        # Even the right code is refused now: a fresh challenge must be requested.
        late = await desk.answer(case, challenge["id"], code)
        assert late.status_code == 423
        assert late.json()["code"] == "challenge_locked"


async def test_anonymous_requesters_get_at_most_50_evaluated_wrong_answers_per_account(
    tmp_path: Path,
) -> None:
    """Across cases and addresses, strangers share one pool of 50 wrong answers (check 37)."""
    async with running_desk(tmp_path, cases_per_identifier_per_hour=50) as desk:
        ann = await desk.hacked_account()
        codes: list[str] = []
        for n in range(8):  # eight cases from eight addresses, 15 answers each
            async with desk.from_address(f"203.0.113.{n + 10}"):
                case = await desk.verified_case("ann", reply=f"ann{n}@example.org")
                for _ in range(3):
                    challenge = await desk.start(case, "email_code")
                    codes.append(await desk.code_sent_to(ann.old_email))
                    for _ in range(5):
                        await desk.answer(case, challenge["id"], "999999")
        assert await evaluated_wrong_answers(desk, ann.id) == 50
        # Once the pool is spent, codes are sent long: no budget can be guessed through.
        assert len(codes[-1]) == 19 and all(len(c) == 6 for c in codes[:10])


async def evaluated_wrong_answers(desk: Desk, account_id: int) -> int:
    """Answers the server evaluated and refused, across every case of the account (long
    codes spend no budget and are left out: they cannot be guessed)."""
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


async def test_fifty_parallel_wrong_guesses_cannot_exceed_either_limit(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        case = await desk.verified_case("ann")
        challenge = await desk.start(case, "email_code")
        await desk.code_sent_to(ann.old_email)
        pool = guess_budgets.account_pools(desk.services.settings, f"acct:{ann.id}")["anonymous"]
        async with desk.services.write() as session:  # only three wrong answers left
            at = desk.clock.now().timestamp()
            session.add(GuessBudget(key=pool.key, full_at=at + pool.span - 3 * pool.interval))
        responses = await asyncio.gather(
            *(desk.answer(case, challenge["id"], f"{n:06d}") for n in range(50))
        )
        statuses = [r.status_code for r in responses]
        assert statuses.count(200) == 3
        assert statuses.count(429) == 47
        async with desk.services.read() as session:
            row = await session.scalar(
                select(Challenge).where(Challenge.public_id == challenge["id"])
            )
            assert row is not None
            assert row.attempts == 3
            left = await guess_budgets.state(session, pool, desk.clock.now(), "anonymous")
            assert left.left == 0
        # And on a fresh challenge with a full pool, fifty at once still get five tries.
        fresh = await desk.start(case, "sms_code")
        await desk.code_sent_to(ann.phone)
        async with desk.services.write() as session:
            await guess_budgets.clear(session, [pool])
        responses = await asyncio.gather(
            *(desk.answer(case, fresh["id"], f"{n:06d}") for n in range(50))
        )
        async with desk.services.read() as session:
            row = await session.scalar(select(Challenge).where(Challenge.public_id == fresh["id"]))
            assert row is not None
            assert row.attempts == 5
            assert row.status == "locked"


async def test_totp_code_accepted_once_is_refused_again_from_another_case(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        account_id = await desk.account("tom", totp=True)
        first = await desk.verified_case("tom", reply="tom1@example.org")
        second = await desk.verified_case("tom", reply="tom2@example.org")
        code = await desk.totp_now(account_id)
        one = await desk.answer(first, (await desk.start(first, "totp"))["id"], code)
        assert one.json()["outcome"] == "passed"
        again = await desk.answer(second, (await desk.start(second, "totp"))["id"], code)
        assert again.json()["outcome"] == "wrong"


async def test_totp_of_an_attacker_enrolled_inside_the_window_proves_nothing(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()  # the attacker enrolled their own TOTP two days ago
        case = await desk.verified_case("ann")
        step = totp.current_step() + 1  # a step the attacker's sign-in did not use
        async with desk.services.read() as session:
            account = await session.get(Account, ann.id)
            assert account is not None
            seed = desk.services.box.decrypt(account.totp_secret_enc or "")
        answer = await desk.answer(
            case, (await desk.start(case, "totp"))["id"], totp.code_at(seed, step)
        )
        assert answer.json()["outcome"] == "wrong"


async def test_sms_codes_expire_in_10_and_email_codes_in_30_minutes(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        case = await desk.verified_case("ann")
        sms = await desk.start(case, "sms_code")
        sms_code = await desk.code_sent_to(ann.phone)
        email = await desk.start(case, "email_code")
        email_code = await desk.code_sent_to(ann.old_email)
        desk.clock.advance(timedelta(minutes=10, seconds=1))
        expired = await desk.answer(case, sms["id"], sms_code)
        assert expired.status_code == 410
        assert expired.json()["code"] == "challenge_expired"
        desk.clock.advance(timedelta(minutes=19))
        assert (await desk.answer(case, email["id"], email_code)).json()["outcome"] == "passed"


async def test_code_is_single_use_and_a_newer_code_voids_older_ones(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        case = await desk.verified_case("ann")
        old = await desk.start(case, "email_code")
        old_code = await desk.code_sent_to(ann.old_email)
        new = await desk.start(case, "email_code")
        new_code = await desk.code_sent_to(ann.old_email)
        voided = await desk.answer(case, old["id"], old_code)
        assert voided.status_code == 410
        assert (await desk.answer(case, new["id"], new_code)).json()["outcome"] == "passed"
        reused = await desk.answer(case, new["id"], new_code)
        assert reused.status_code == 423  # already used: the challenge is closed


async def test_codes_are_six_digits_and_stored_only_as_keyed_hashes(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        case = await desk.verified_case("ann")
        await desk.start(case, "email_code")
        code = await desk.code_sent_to(ann.old_email)
        assert len(code) == 6
        assert code.isdigit()
        async with desk.services.read() as session:
            for table in ("challenges", "cases", "audit_log", "outbox"):
                rows = (await session.execute(text(f"SELECT * FROM {table}"))).all()  # noqa: S608
                assert code not in repr(rows), table
            hashes = (await session.scalars(select(Challenge.code_hash))).all()
            assert all(h is None or len(h) == 64 for h in hashes)


async def test_code_for_one_case_fails_for_another_case_and_purpose(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        await desk.account("ben", email="ben@example.com")
        first = await desk.verified_case("ann", reply="x1@example.org")
        second = await desk.verified_case("ann", reply="x2@example.org")
        bens = await desk.verified_case("ben", reply="x3@example.org")
        await desk.start(first, "email_code")
        code = await desk.code_sent_to(ann.old_email)
        other = await desk.start(second, "email_code")
        await desk.code_sent_to(ann.old_email)
        assert (await desk.answer(second, other["id"], code)).json()["outcome"] == "wrong"
        ben_challenge = await desk.start(bens, "email_code")
        await desk.code_sent_to("ben@example.com")
        assert (await desk.answer(bens, ben_challenge["id"], code)).json()["outcome"] == "wrong"
