"""Codes and factors (SECURITY-CHECKS 1–8): limits, expiry, single use, binding, storage."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, text, update

from recovery_app.security import totp
from recovery_app.storage.models import Account, Challenge
from tests.support.desk import running_desk


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


async def test_account_allows_at_most_100_failed_verifications_in_total(tmp_path: Path) -> None:
    async with running_desk(tmp_path, cases_per_identifier_per_hour=50) as desk:
        ann = await desk.hacked_account()
        failures = 0
        for case_number in range(3):  # across several cases, each with new codes
            case = await desk.verified_case("ann", reply=f"ann{case_number}@example.org")
            while failures < 100:
                challenge = await desk.start(case, "email_code")
                await desk.code_sent_to(ann.old_email)  # a new code does not reset the count
                for _ in range(5):
                    response = await desk.answer(case, challenge["id"], "999999")
                    failures += 1
                    if response.status_code != 200:
                        break
                if failures % 40 == 0:
                    break
        async with desk.services.read() as session:
            account = await session.get(Account, ann.id)
            assert account is not None
            assert account.verification_failures == 100
        # The budget is spent: the right code is refused everywhere.
        case = await desk.verified_case("ann", reply="ann.last@example.org")
        challenge = await desk.start(case, "email_code")
        code = await desk.code_sent_to(ann.old_email)
        refused = await desk.answer(case, challenge["id"], code)
        assert refused.status_code == 423


async def test_fifty_parallel_wrong_guesses_cannot_exceed_either_limit(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        async with desk.services.write() as session:  # nearly out of budget already
            await session.execute(
                update(Account).where(Account.id == ann.id).values(verification_failures=97)
            )
        case = await desk.verified_case("ann")
        challenge = await desk.start(case, "email_code")
        await desk.code_sent_to(ann.old_email)
        responses = await asyncio.gather(
            *(desk.answer(case, challenge["id"], f"{n:06d}") for n in range(50))
        )
        statuses = [r.status_code for r in responses]
        assert statuses.count(200) <= 3  # only three failures were left in the budget
        async with desk.services.read() as session:
            account = await session.get(Account, ann.id)
            row = await session.scalar(
                select(Challenge).where(Challenge.public_id == challenge["id"])
            )
            assert account is not None
            assert row is not None
            assert account.verification_failures == 100
            assert row.attempts <= 5
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
