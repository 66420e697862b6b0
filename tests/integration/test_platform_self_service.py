"""Securing an account after recovery through the HTTP API: a new authenticator from a
client-made seed, client-made backup codes, sessions and devices, recent security changes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pyotp
import pytest
from sqlalchemy import select

from recovery_app.domain.clock import FrozenClock
from recovery_app.security import tokens, totp
from recovery_app.server.settings import Settings
from recovery_app.services.context import Services
from recovery_app.storage.models import Account, BackupCode, SecurityEvent
from tests.support.accounts import PLATFORM, TestAccount, app_client, bearer, make_account
from tests.support.desk import PASSWORD, running_desk

Client = tuple[httpx.AsyncClient, Services]


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[Client]:
    async with app_client(settings) as pair:
        yield pair


async def _sign_in(client: httpx.AsyncClient, account: TestAccount, **extra: object) -> str:
    response = await client.post(f"{PLATFORM}/sessions", json=account.sign_in_body(**extra))
    assert response.status_code == 201, response.text
    token: str = response.json()["session_token"]
    return token


def _next_code(seed: str) -> str:
    return totp.code_at(seed, totp.current_step() + 1)


def _codes(n: int = 10) -> list[str]:
    return [tokens.normalize_backup_code(tokens.backup_code()) for _ in range(n)]


async def test_totp_enrolment_stores_the_client_seed_and_refuses_wrong_and_replayed_codes(
    api: Client,
) -> None:
    client, services = api
    alice = await make_account(services)
    token = await _sign_in(client, alice)
    seed = pyotp.random_base32()
    wrong = await client.post(
        f"{PLATFORM}/totp",
        json={"seed": seed, "code": "000000" if pyotp.TOTP(seed).now() != "000000" else "111111"},
        headers=bearer(token),
    )
    assert wrong.status_code == 422
    assert wrong.json()["code"] == "invalid_totp_code"
    async with services.read() as session:
        assert (await session.get(Account, alice.id)).totp_secret_enc is None  # type: ignore[union-attr]

    body = {"seed": seed, "code": totp.code_at(seed, totp.current_step())}
    done = await client.post(f"{PLATFORM}/totp", json=body, headers=bearer(token))
    assert done.status_code == 200, done.text
    assert seed not in done.text
    async with services.read() as session:
        account = await session.get(Account, alice.id)
        assert account is not None and account.totp_secret_enc
        assert seed not in account.totp_secret_enc
        assert services.box.decrypt(account.totp_secret_enc) == seed

    replay = await client.post(f"{PLATFORM}/totp", json=body, headers=bearer(token))
    assert replay.status_code == 422
    assert replay.json()["code"] == "invalid_totp_code"
    # The code that confirmed the enrolment cannot sign in either; a later step can.
    again = await client.post(
        f"{PLATFORM}/sessions",
        json={"identifier": "alice", "password": alice.password, "totp": body["code"]},
    )
    assert again.json()["code"] == "second_factor_required"
    later = await client.post(
        f"{PLATFORM}/sessions",
        json={
            "identifier": "alice",
            "password": alice.password,
            "totp": totp.code_at(seed, totp.current_step() + 1),
        },
    )
    assert later.status_code == 201, later.text


async def test_totp_confirmation_attempts_are_rate_limited(api: Client) -> None:
    client, services = api
    alice = await make_account(services)
    token = await _sign_in(client, alice)
    seed = pyotp.random_base32()
    valid = {totp.code_at(seed, totp.current_step() + d) for d in (-1, 0, 1, 2)}
    wrong = next(f"{n:06d}" for n in range(1000) if f"{n:06d}" not in valid)
    for _ in range(10):
        response = await client.post(
            f"{PLATFORM}/totp", json={"seed": seed, "code": wrong}, headers=bearer(token)
        )
        assert response.json()["code"] == "invalid_totp_code"
    limited = await client.post(
        f"{PLATFORM}/totp",
        json={"seed": seed, "code": totp.code_at(seed, totp.current_step())},
        headers=bearer(token),
    )
    assert limited.status_code == 429
    assert limited.json()["code"] == "totp_attempts_exceeded"


async def test_self_service_needs_a_session_and_well_formed_input(api: Client) -> None:
    client, services = api
    alice = await make_account(services)
    token = await _sign_in(client, alice)
    seed = pyotp.random_base32()
    calls = [
        ("POST", f"{PLATFORM}/totp", {"seed": seed, "code": "123456"}),
        ("PUT", f"{PLATFORM}/backup-codes", {"codes": _codes()}),
        ("DELETE", f"{PLATFORM}/sessions/others", None),
        ("DELETE", f"{PLATFORM}/sessions/1", None),
        ("DELETE", f"{PLATFORM}/devices/1", None),
        ("GET", f"{PLATFORM}/security-events", None),
    ]
    for method, path, body in calls:
        for headers in ({}, bearer("not-a-session"), {"Authorization": "Basic eDp5"}):
            response = await client.request(method, path, json=body, headers=headers)
            assert response.status_code == 401, (method, path, response.text)
            assert response.json()["code"] == "unauthenticated"
    malformed = [
        ("POST", f"{PLATFORM}/totp", {"seed": seed, "code": "123456", "extra": 1}),
        ("POST", f"{PLATFORM}/totp", {"seed": seed.lower(), "code": "123456"}),
        ("POST", f"{PLATFORM}/totp", {"seed": "ABC", "code": "123456"}),
        ("PUT", f"{PLATFORM}/backup-codes", {"codes": _codes(9)}),
        ("PUT", f"{PLATFORM}/backup-codes", {"codes": _codes(), "extra": True}),
        ("DELETE", f"{PLATFORM}/sessions/abc", None),
        ("DELETE", f"{PLATFORM}/devices/0", None),
    ]
    for method, path, body in malformed:
        response = await client.request(method, path, json=body, headers=bearer(token))
        assert response.status_code == 422, (method, path, response.text)
        assert response.headers["content-type"].startswith("application/problem+json")


async def test_backup_codes_need_an_authenticator_and_replace_the_old_ones(api: Client) -> None:
    client, services = api
    alice = await make_account(services, totp=True, backup_codes=3)
    bob = await make_account(services, handle="bob")
    bob_token = await _sign_in(client, bob)
    refused = await client.put(
        f"{PLATFORM}/backup-codes", json={"codes": _codes()}, headers=bearer(bob_token)
    )
    assert refused.status_code == 409
    assert refused.json()["code"] == "second_factor_missing"

    token = await _sign_in(client, alice)
    codes = _codes()
    grouped = [f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}".upper() for c in codes]
    done = await client.put(
        f"{PLATFORM}/backup-codes", json={"codes": grouped}, headers=bearer(token)
    )
    assert done.status_code == 200, done.text
    assert done.json() == {"count": 10}
    assert not any(code in done.text for code in codes)
    replay = await client.put(
        f"{PLATFORM}/backup-codes", json={"codes": grouped}, headers=bearer(token)
    )
    assert replay.json()["code"] == "invalid_backup_codes"
    duplicates = await client.put(
        f"{PLATFORM}/backup-codes", json={"codes": [codes[0]] * 10}, headers=bearer(token)
    )
    assert duplicates.json()["code"] == "invalid_backup_codes"

    old = await client.post(
        f"{PLATFORM}/sessions",
        json={
            "identifier": "alice",
            "password": alice.password,
            "backup_code": alice.backup_codes[0],
        },
    )
    assert old.json()["code"] == "second_factor_required"
    new = await client.post(
        f"{PLATFORM}/sessions",
        json={"identifier": "alice", "password": alice.password, "backup_code": grouped[3]},
    )
    assert new.status_code == 201, new.text
    async with services.read() as session:
        live = (
            await session.scalars(
                select(BackupCode.code_hash).where(
                    BackupCode.account_id == alice.id, BackupCode.used_at.is_(None)
                )
            )
        ).all()
    assert len(live) == 9
    assert not any(code in h for h in live for code in codes)


async def test_sessions_and_devices_can_be_ended_but_not_the_current_one_or_another_accounts(
    api: Client,
) -> None:
    client, services = api
    alice = await make_account(services)
    bob = await make_account(services, handle="bob")
    mine = await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body(device_label="Mine"))
    other = await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body(device_label="PC"))
    third = await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body(device_label="Tab"))
    bobs = await client.post(f"{PLATFORM}/sessions", json=bob.sign_in_body())
    token, other_token, third_token = (r.json()["session_token"] for r in (mine, other, third))
    listing = (await client.get(f"{PLATFORM}/sessions", headers=bearer(token))).json()
    by_current = {s["current"]: s for s in listing["sessions"]}
    me = by_current[True]
    other_id = next(
        s["id"]
        for s in listing["sessions"]
        if not s["current"] and s["device_id"] != me["device_id"]
    )
    bob_listing = (
        await client.get(f"{PLATFORM}/sessions", headers=bearer(bobs.json()["session_token"]))
    ).json()
    bob_session = bob_listing["sessions"][0]

    assert (await client.delete(f"{PLATFORM}/sessions/{me['id']}", headers=bearer(token))).json()[
        "code"
    ] == "current_session"
    assert (
        await client.delete(f"{PLATFORM}/devices/{me['device_id']}", headers=bearer(token))
    ).json()["code"] == "current_device"
    foreign = await client.delete(f"{PLATFORM}/sessions/{bob_session['id']}", headers=bearer(token))
    assert foreign.status_code == 404 and foreign.json()["code"] == "session_not_found"
    foreign_device = await client.delete(
        f"{PLATFORM}/devices/{bob_session['device_id']}", headers=bearer(token)
    )
    assert foreign_device.json()["code"] == "device_not_found"
    assert (
        await client.get(f"{PLATFORM}/me", headers=bearer(bobs.json()["session_token"]))
    ).status_code == 200

    ended = await client.delete(f"{PLATFORM}/sessions/{other_id}", headers=bearer(token))
    assert ended.status_code == 204
    statuses = {
        t: (await client.get(f"{PLATFORM}/me", headers=bearer(t))).status_code
        for t in (token, other_token, third_token)
    }
    ended_token = next(t for t, s in statuses.items() if s == 401)
    assert statuses[token] == 200 and list(statuses.values()).count(401) == 1
    assert ended_token in (other_token, third_token)

    rest = await client.delete(f"{PLATFORM}/sessions/others", headers=bearer(token))
    assert rest.json() == {"ended": 1}
    assert (await client.get(f"{PLATFORM}/me", headers=bearer(third_token))).status_code == 401
    assert (await client.get(f"{PLATFORM}/me", headers=bearer(other_token))).status_code == 401
    assert (await client.get(f"{PLATFORM}/me", headers=bearer(token))).status_code == 200

    device_id = next(d["id"] for d in listing["devices"] if not d["current"])
    revoked = await client.delete(f"{PLATFORM}/devices/{device_id}", headers=bearer(token))
    assert revoked.status_code == 200
    after = (await client.get(f"{PLATFORM}/sessions", headers=bearer(token))).json()
    assert next(d for d in after["devices"] if d["id"] == device_id)["revoked_at"] is not None
    async with services.read() as session:
        kinds = (
            await session.scalars(
                select(SecurityEvent.kind).where(SecurityEvent.account_id == alice.id)
            )
        ).all()
    assert {"session_ended", "other_sessions_ended", "device_revoked"} <= set(kinds)


async def test_factor_changes_need_a_recent_sign_in(settings: Settings) -> None:
    clock = FrozenClock(datetime.now(UTC))
    async with app_client(settings, clock=clock) as (client, services):
        alice = await make_account(services)
        token = await _sign_in(client, alice)
        clock.advance(timedelta(minutes=31))
        seed = pyotp.random_base32()
        response = await client.post(
            f"{PLATFORM}/totp",
            json={"seed": seed, "code": totp.code_at(seed, totp.current_step())},
            headers=bearer(token),
        )
        assert response.status_code == 403
        assert response.json()["code"] == "recent_sign_in_required"
        # Ending sessions stays possible: it only ever protects.
        ended = await client.delete(f"{PLATFORM}/sessions/others", headers=bearer(token))
        assert ended.status_code == 200


async def test_security_changes_mark_the_attack_and_what_an_ended_session_did(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        await desk.verified_case("ann")
        # Later, someone signs in from a new device (with the stolen password and the
        # attacker's authenticator), and the owner, signed in too, ends that session alone.
        desk.clock.advance(timedelta(minutes=5))
        async with desk.services.read() as session:
            account = await session.get(Account, ann.id)
            assert account is not None and account.totp_secret_enc
            seed = desk.services.box.decrypt(account.totp_secret_enc)
        intruder = await desk.client.post(
            f"{PLATFORM}/sessions",
            json={"identifier": "ann", "password": PASSWORD, "totp": _next_code(seed)},
            headers={"User-Agent": "Intruder/1.0"},
        )
        assert intruder.status_code == 201, intruder.text
        desk.clock.advance(timedelta(minutes=1))
        owner = await desk.client.post(
            f"{PLATFORM}/sessions",
            json={
                "identifier": "ann",
                "password": PASSWORD,
                "backup_code": ann.backup_codes[0],
                "device_token": ann.owner_device_token,
            },
        )
        assert owner.status_code == 201, owner.text
        headers = bearer(owner.json()["session_token"])
        sessions = (await desk.client.get(f"{PLATFORM}/sessions", headers=headers)).json()
        intruder_session = next(
            s for s in sessions["sessions"] if s["user_agent"] == "Intruder/1.0"
        )
        ended = await desk.client.delete(
            f"{PLATFORM}/sessions/{intruder_session['id']}", headers=headers
        )
        assert ended.status_code == 204

        listing = await desk.client.get(f"{PLATFORM}/security-events", headers=headers)
        assert listing.status_code == 200
        events = listing.json()["events"]
        assert [e["at"] for e in events] == sorted((e["at"] for e in events), reverse=True)
        by_kind: dict[str, list[dict[str, object]]] = {}
        for event in events:
            by_kind.setdefault(str(event["kind"]), []).append(event)
        # The attack two days ago: made by someone unknown, inside the reported window.
        totp_events = by_kind["totp_enrolled"]
        attack = [e for e in totp_events if e["actor"] == "unknown"]
        assert attack and all(e["suspicious"] for e in attack)
        assert set(attack[0]["reasons"]) == {"unknown_actor", "before_report"}  # type: ignore[arg-type]
        # The owner's own enrolment 300 days ago, before the window: not marked.
        own = [e for e in totp_events if e["actor"] == "owner"]
        assert own and not any(e["suspicious"] for e in own)
        # The new device the intruder signed in from, after the case: marked only
        # because the owner ended that very session.
        new_devices = [e for e in by_kind["new_device"] if e["user_agent"] == "Intruder/1.0"]
        assert len(new_devices) == 1
        assert new_devices[0]["reasons"] == ["ended_session"]
        # The owner's own session_ended event is not marked, and details hold no ids/secrets.
        assert by_kind["session_ended"][0]["suspicious"] is False
        assert by_kind["contact_added"][0]["detail"]["value"] != "evil@attacker.test"  # type: ignore[index]
        assert "session_id" not in listing.text
