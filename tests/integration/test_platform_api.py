"""The built-in platform sign-in, end to end through the HTTP API."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest

from recovery_app.domain.model import AccountStatus
from recovery_app.server.settings import Settings
from recovery_app.services.context import Services
from tests.support.accounts import PLATFORM, app_client, bearer, make_account

Client = tuple[httpx.AsyncClient, Services]


@pytest.fixture
async def api(settings: Settings) -> AsyncIterator[Client]:
    async with app_client(settings) as pair:
        yield pair


async def test_sign_in_with_totp_then_me_sessions_and_sign_out(api: Client) -> None:
    client, services = api
    alice = await make_account(services, display_name="Alice Liddell", totp=True)

    first = await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body(with_totp=False))
    assert first.status_code == 401
    assert first.json()["code"] == "second_factor_required"

    response = await client.post(
        f"{PLATFORM}/sessions",
        json=alice.sign_in_body(device_label="Work laptop"),
        headers={"User-Agent": "RecoveryTest/1.0"},
    )
    assert response.status_code == 201, response.text
    signed_in = response.json()
    assert signed_in["handle"] == "alice"
    assert signed_in["display_name"] == "Alice Liddell"
    assert signed_in["device_token"]
    token = signed_in["session_token"]
    assert token != signed_in["device_token"]

    me = await client.get(f"{PLATFORM}/me", headers=bearer(token))
    assert me.status_code == 200
    assert me.json() == {"handle": "alice", "display_name": "Alice Liddell", "status": "active"}

    listing = await client.get(f"{PLATFORM}/sessions", headers=bearer(token))
    assert listing.status_code == 200
    body = listing.json()
    assert [s["current"] for s in body["sessions"]] == [True]
    assert body["sessions"][0]["user_agent"] == "RecoveryTest/1.0"
    assert [(d["label"], d["current"]) for d in body["devices"]] == [("Work laptop", True)]
    assert token not in listing.text
    assert signed_in["device_token"] not in listing.text

    out = await client.delete(f"{PLATFORM}/sessions/current", headers=bearer(token))
    assert out.status_code == 204
    after = await client.get(f"{PLATFORM}/me", headers=bearer(token))
    assert after.status_code == 401
    assert after.json()["code"] == "unauthenticated"


async def test_account_without_second_factor_signs_in_with_password(api: Client) -> None:
    client, services = api
    bob = await make_account(services, handle="bob", email="bob@example.com")
    response = await client.post(
        f"{PLATFORM}/sessions", json={"identifier": "Bob@Example.com", "password": bob.password}
    )
    assert response.status_code == 201
    assert response.json()["handle"] == "bob"


async def test_known_device_token_reuses_the_device(api: Client) -> None:
    client, services = api
    alice = await make_account(services)
    first = (await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body())).json()
    second_response = await client.post(
        f"{PLATFORM}/sessions", json=alice.sign_in_body(device_token=first["device_token"])
    )
    second = second_response.json()
    assert second["device_token"] is None  # the device is already known
    listing = await client.get(f"{PLATFORM}/sessions", headers=bearer(second["session_token"]))
    body = listing.json()
    assert len(body["devices"]) == 1
    assert len(body["sessions"]) == 2
    assert [s["current"] for s in body["sessions"]] == [True, False]  # newest first


async def test_sessions_list_shows_only_own_sessions(api: Client) -> None:
    client, services = api
    alice = await make_account(services)
    bob = await make_account(services, handle="bob")
    await client.post(f"{PLATFORM}/sessions", json=bob.sign_in_body())
    token = (await client.post(f"{PLATFORM}/sessions", json=alice.sign_in_body())).json()[
        "session_token"
    ]
    body = (await client.get(f"{PLATFORM}/sessions", headers=bearer(token))).json()
    assert len(body["sessions"]) == 1
    assert len(body["devices"]) == 1


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic YWxpY2U6eA=="}],
)
async def test_me_without_a_valid_session_is_unauthenticated(
    api: Client, headers: dict[str, str]
) -> None:
    client, _ = api
    response = await client.get(f"{PLATFORM}/me", headers=headers)
    assert response.status_code == 401
    assert response.headers["content-type"] == "application/problem+json"
    assert response.json()["code"] == "unauthenticated"


@pytest.mark.parametrize("status", [AccountStatus.SUSPENDED, AccountStatus.LOCKED])
async def test_disabled_account_is_told_only_after_password_and_totp(
    api: Client, status: AccountStatus
) -> None:
    client, services = api
    carol = await make_account(services, handle="carol", totp=True, status=status)
    wrong = await client.post(
        f"{PLATFORM}/sessions", json={"identifier": "carol", "password": "not the password"}
    )
    assert wrong.json()["code"] == "invalid_credentials"
    no_code = await client.post(f"{PLATFORM}/sessions", json=carol.sign_in_body(with_totp=False))
    assert no_code.json()["code"] == "second_factor_required"
    right = await client.post(f"{PLATFORM}/sessions", json=carol.sign_in_body())
    assert right.status_code == 403
    assert right.json()["code"] == "account_disabled"
    assert "recovery case" in right.json()["detail"]


async def test_platform_endpoints_are_in_the_openapi_schema(api: Client) -> None:
    client, _ = api
    paths = (await client.get("/openapi.json")).json()["paths"]
    assert set(paths[f"{PLATFORM}/sessions"]) == {"get", "post"}
    assert "delete" in paths[f"{PLATFORM}/sessions/current"]
    assert "get" in paths[f"{PLATFORM}/me"]
    assert "post" in paths[f"{PLATFORM}/password-reset"]
