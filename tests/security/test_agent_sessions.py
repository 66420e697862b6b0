"""Agent sign-in and sessions (security checks 4, 9, 10, 23, 30).

Each test is named after the property it guards. The app runs in-process on a
fresh, migrated SQLite file with a FrozenClock, so idle and absolute expiry are
tested by moving the clock, not by sleeping. TOTP codes come from real time, as
the server reads them.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import text

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.model import Role
from recovery_app.security import tokens, totp
from recovery_app.server.app import create_app
from recovery_app.server.settings import Settings
from recovery_app.services import agents
from recovery_app.services.context import Services
from tests.support.databases import fresh_postgres_database, postgres_admin_url
from tests.support.live_server import migrate_to_head, test_settings

SESSIONS = "/api/v1/agent/sessions"
ME = "/api/v1/agent/me"
ADMIN_AGENTS = "/api/v1/admin/agents"


@dataclass
class Desk:
    """The app under test, a client for it, its services and its clock."""

    client: httpx.AsyncClient
    services: Services
    clock: FrozenClock
    data_dir: Path


@dataclass
class Account:
    """An agent created for a test, with the secrets only the test knows."""

    id: int
    username: str
    password: str
    seed: str
    steps: list[int] = field(default_factory=list)

    def next_code(self) -> str:
        """A valid code for a time step this agent has not used yet.

        The server accepts ±1 step: starting at the current step leaves room for one
        more sign-in (the next step), and for the clock to tick on meanwhile.
        """
        step = max(totp.current_step(), (self.steps[-1] + 1) if self.steps else 0)
        self.steps.append(step)
        return totp.code_at(self.seed, step)


@asynccontextmanager
async def open_desk(settings: Settings) -> AsyncIterator[Desk]:
    await migrate_to_head(settings)
    clock = FrozenClock(datetime.now(UTC))
    app = create_app(settings, clock=clock)
    transport = httpx.ASGITransport(
        app=app, raise_app_exceptions=False, client=("198.51.100.23", 50000)
    )
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(transport=transport, base_url="http://desk") as client:
            yield Desk(client, app.state.server.services, clock, settings.data_dir)


@pytest.fixture
async def desk(data_dir: Path) -> AsyncIterator[Desk]:
    async with open_desk(test_settings(data_dir)) as opened:
        yield opened


async def new_agent(desk: Desk, username: str, role: Role = Role.AGENT) -> Account:
    password = f"Tulip {secrets.token_hex(8)} lantern"
    agent_id, seed = await agents.create_agent(
        desk.services, username, username.title(), role, password
    )
    return Account(agent_id, username, password, seed)


async def sign_in(desk: Desk, account: Account) -> str:
    response = await desk.client.post(
        SESSIONS,
        json={
            "username": account.username,
            "password": account.password,
            "totp": account.next_code(),
        },
    )
    assert response.status_code == 201, response.text
    token: str = response.json()["token"]
    return token


def bearer(token: str) -> dict[str, str]:
    return {"authorization": f"Bearer {token}"}


def answer(response: httpx.Response) -> tuple[int, dict[str, Any]]:
    """Status and body without the per-request id: what must not differ between users."""
    body = dict(response.json())
    body.pop("request_id", None)
    return response.status_code, body


def wrong_code(account: Account) -> str:
    valid = {totp.code_at(account.seed, totp.current_step() + d) for d in range(-2, 3)}
    while (code := tokens.numeric_code()) in valid:
        pass
    return code


def shows(secret: str, text: str) -> bool:
    """True when ``secret`` appears in ``text``. A 6-digit code counts only standing alone,
    not inside a longer run such as a hash or a timestamp's microseconds."""
    if not (secret.isdigit() and len(secret) == 6):
        return secret in text
    return re.search(rf"(?<![0-9a-fA-F.:-]){secret}(?![0-9a-fA-F])", text) is not None


# --- two factors, one answer ---------------------------------------------------------------


async def test_agent_sign_in_needs_password_and_totp(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    client = desk.client
    no_code = await client.post(SESSIONS, json={"username": "alice", "password": alice.password})
    assert no_code.status_code == 422
    assert "token" not in no_code.text
    bad_code = await client.post(
        SESSIONS, json={"username": "alice", "password": alice.password, "totp": wrong_code(alice)}
    )
    assert answer(bad_code)[0] == 401
    assert bad_code.json()["code"] == "invalid_credentials"
    bad_password = await client.post(
        SESSIONS,
        json={"username": "alice", "password": "not the password", "totp": alice.next_code()},
    )
    assert bad_password.status_code == 401
    assert (await sign_in(desk, alice)).strip()


async def test_missing_totp_is_refused_the_same_for_known_and_unknown_users(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    known = await desk.client.post(SESSIONS, json={"username": "alice", "password": alice.password})
    unknown = await desk.client.post(SESSIONS, json={"username": "nobody", "password": "x"})
    assert answer(known) == answer(unknown)
    assert known.status_code == 422


async def test_unknown_and_known_user_names_get_identical_answers(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    dora = await new_agent(desk, "dora")
    admin = await new_agent(desk, "root", Role.ADMIN)
    admin_token = await sign_in(desk, admin)
    disabled = await desk.client.post(
        f"{ADMIN_AGENTS}/{dora.id}/disable", headers=bearer(admin_token)
    )
    assert disabled.status_code == 200
    attempts = {
        "unknown user": {"username": "mallory", "password": alice.password, "totp": "123456"},
        "wrong password": {
            "username": "alice",
            "password": "guess-1234",
            "totp": alice.next_code(),
        },
        "wrong code": {"username": "alice", "password": alice.password, "totp": wrong_code(alice)},
        "disabled agent": {"username": "dora", "password": dora.password, "totp": dora.next_code()},
        "odd user name": {"username": "x\u0000y'--", "password": "p", "totp": "000000"},
    }
    answers = {
        name: answer(await desk.client.post(SESSIONS, json=body)) for name, body in attempts.items()
    }
    expected = answers["unknown user"]
    assert expected[0] == 401
    assert expected[1]["detail"] == "Wrong user name, password or code."
    for name, got in answers.items():
        assert got == expected, name


async def test_totp_code_accepted_once_is_refused_again(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    body = {"username": "alice", "password": alice.password, "totp": alice.next_code()}
    first = await desk.client.post(SESSIONS, json=body)
    assert first.status_code == 201
    again = await desk.client.post(SESSIONS, json=body)
    unknown = await desk.client.post(SESSIONS, json={**body, "username": "nobody"})
    assert answer(again) == answer(unknown)


async def test_parallel_sign_ins_with_one_code_open_one_session(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    body = {"username": "alice", "password": alice.password, "totp": alice.next_code()}
    # Five at once: every attempt in flight counts against the source's free tries.
    results = await asyncio.gather(*(desk.client.post(SESSIONS, json=body) for _ in range(5)))
    assert sorted(r.status_code for r in results) == [201] + [401] * 4


async def test_failed_sign_ins_slow_the_source_the_same_for_known_and_unknown_names(
    desk: Desk,
) -> None:
    alice = await new_agent(desk, "alice")
    free = desk.services.settings.sign_in_free_failures
    for name in ("alice", "nobody"):
        wrong = {"username": name, "password": "wrong password", "totp": "000000"}
        for _ in range(free):
            assert (await desk.client.post(SESSIONS, json=wrong)).status_code == 401
    right = {"username": "alice", "password": alice.password, "totp": alice.next_code()}
    limited = await desk.client.post(SESSIONS, json=right)
    limited_unknown = await desk.client.post(SESSIONS, json={**right, "username": "nobody"})
    assert answer(limited) == answer(limited_unknown)
    assert limited.status_code == 429
    assert limited.json()["code"] == "rate_limited"
    desk.clock.advance(timedelta(seconds=int(limited.headers["Retry-After"])))
    assert await sign_in(desk, alice)


async def test_parallel_wrong_guesses_never_pass_the_sign_in_throttle(desk: Desk) -> None:
    await new_agent(desk, "alice")
    free = desk.services.settings.sign_in_free_failures
    wrong = {"username": "alice", "password": "wrong password", "totp": "000000"}
    results = await asyncio.gather(*(desk.client.post(SESSIONS, json=wrong) for _ in range(25)))
    statuses = [r.status_code for r in results]
    assert statuses.count(401) == free
    assert statuses.count(429) == 25 - free


# --- sessions ------------------------------------------------------------------------------


async def test_session_token_is_stored_only_as_a_keyed_hash(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    token = await sign_in(desk, alice)
    async with desk.services.read() as session:
        rows = (await session.execute(text("SELECT * FROM agent_sessions"))).all()
    assert len(rows) == 1
    assert token not in repr(rows)
    stored = rows[0]._mapping["token_hash"]
    assert stored == tokens.keyed_hash(desk.services.keys.hashing, "agent_session", None, token)
    await desk.services.engine.dispose()  # flush the WAL into the file, then scan every byte
    for path in desk.data_dir.glob("recovery.db*"):
        assert token.encode() not in path.read_bytes(), path.name


async def test_sign_in_issues_a_new_token_each_time(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    first, second = await sign_in(desk, alice), await sign_in(desk, alice)
    assert first != second
    assert len(first) >= 43  # 256 bits, URL-safe base64


async def test_session_ends_after_60_idle_minutes(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    token = await sign_in(desk, alice)
    desk.clock.advance(timedelta(minutes=59))
    assert (await desk.client.get(ME, headers=bearer(token))).status_code == 200
    desk.clock.advance(timedelta(minutes=59))  # activity kept it alive
    assert (await desk.client.get(ME, headers=bearer(token))).status_code == 200
    desk.clock.advance(timedelta(minutes=60))
    idle = await desk.client.get(ME, headers=bearer(token))
    assert idle.status_code == 401
    assert idle.json()["code"] == "unauthenticated"


async def test_session_ends_12_hours_after_sign_in_even_when_active(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    signed_in_at = desk.clock.now()
    response = await desk.client.post(
        SESSIONS, json={"username": "alice", "password": alice.password, "totp": alice.next_code()}
    )
    token = response.json()["token"]
    expires_at = datetime.fromisoformat(response.json()["expires_at"])
    assert expires_at == signed_in_at + timedelta(hours=12)
    while desk.clock.now() + timedelta(minutes=50) < expires_at:
        desk.clock.advance(timedelta(minutes=50))
        assert (await desk.client.get(ME, headers=bearer(token))).status_code == 200
    desk.clock.advance(expires_at - desk.clock.now())
    assert (await desk.client.get(ME, headers=bearer(token))).status_code == 401


async def test_signed_out_token_is_refused(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    token = await sign_in(desk, alice)
    assert (
        await desk.client.delete(f"{SESSIONS}/current", headers=bearer(token))
    ).status_code == 204
    assert (await desk.client.get(ME, headers=bearer(token))).status_code == 401


async def test_disabling_an_agent_ends_their_sessions_at_once(desk: Desk) -> None:
    admin = await new_agent(desk, "root", Role.ADMIN)
    bob = await new_agent(desk, "bob")
    admin_token = await sign_in(desk, admin)
    bob_tokens = [await sign_in(desk, bob), await sign_in(desk, bob)]
    for token in bob_tokens:
        assert (await desk.client.get(ME, headers=bearer(token))).status_code == 200
    response = await desk.client.post(
        f"{ADMIN_AGENTS}/{bob.id}/disable", headers=bearer(admin_token)
    )
    assert response.status_code == 200
    assert response.json()["status"] == "disabled"
    for token in bob_tokens:
        assert (await desk.client.get(ME, headers=bearer(token))).status_code == 401
    async with desk.services.read() as session:
        revoked = (
            await session.execute(
                text("SELECT revoked_at FROM agent_sessions WHERE agent_id = :id"), {"id": bob.id}
            )
        ).all()
    assert len(revoked) == 2
    assert all(row.revoked_at is not None for row in revoked)
    again = await desk.client.post(
        SESSIONS, json={"username": "bob", "password": bob.password, "totp": "000000"}
    )
    assert again.status_code == 401
    async with desk.services.read() as session:
        reason = (
            await session.execute(text("SELECT detail FROM audit_log ORDER BY id DESC LIMIT 1"))
        ).scalar_one()
    assert json.loads(reason) == {"reason": "disabled", "username": "bob"}


async def test_non_admins_cannot_create_or_disable_agents(desk: Desk) -> None:
    agent = await new_agent(desk, "alice")
    supervisor = await new_agent(desk, "sue", Role.SUPERVISOR)
    new = {"username": "eve", "display_name": "Eve", "password": "Tulip lantern 4711 x"}
    for account in (agent, supervisor):
        headers = bearer(await sign_in(desk, account))
        created = await desk.client.post(ADMIN_AGENTS, json=new, headers=headers)
        assert created.status_code == 403, account.username
        assert created.json()["code"] == "forbidden"
        disabled = await desk.client.post(f"{ADMIN_AGENTS}/{agent.id}/disable", headers=headers)
        assert disabled.status_code == 403, account.username
    assert (await desk.client.post(ADMIN_AGENTS, json=new)).status_code == 401
    assert (
        await desk.client.get(ME, headers=bearer(await sign_in(desk, agent)))
    ).status_code == 200


async def test_admins_cannot_disable_themselves(desk: Desk) -> None:
    admin = await new_agent(desk, "root", Role.ADMIN)
    token = await sign_in(desk, admin)
    response = await desk.client.post(f"{ADMIN_AGENTS}/{admin.id}/disable", headers=bearer(token))
    assert response.status_code == 409
    assert (await desk.client.get(ME, headers=bearer(token))).status_code == 200


# --- no secret anywhere --------------------------------------------------------------------


async def test_no_secret_in_responses_audit_rows_or_logs(
    desk: Desk, caplog: pytest.LogCaptureFixture
) -> None:
    """Passwords, codes, tokens and seeds never show, except the documented enrolment URI."""
    admin = await new_agent(desk, "root", Role.ADMIN)
    secrets_seen: list[str] = [admin.password, admin.seed]
    bodies: list[str] = []
    client = desk.client
    with caplog.at_level(logging.DEBUG):
        admin_code = admin.next_code()
        signed_in = await client.post(
            SESSIONS, json={"username": "root", "password": admin.password, "totp": admin_code}
        )
        admin_token = signed_in.json()["token"]
        secrets_seen += [admin_code, admin_token]
        bodies.append(signed_in.text.replace(admin_token, ""))  # the token's own response
        new_password = "Carrot 9271 harbour lamp"
        created = await client.post(
            ADMIN_AGENTS,
            json={
                "username": "Eve",
                "display_name": "Eve",
                "role": "agent",
                "password": new_password,
            },
            headers=bearer(admin_token),
        )
        assert created.status_code == 201
        enrolment_uri = created.json()["enrolment_uri"]
        eve_seed = enrolment_uri.split("secret=")[1].split("&")[0]
        secrets_seen += [new_password, eve_seed]
        bodies.append(created.text.replace(enrolment_uri, ""))  # the documented exception
        eve = Account(created.json()["agent"]["id"], "eve", new_password, eve_seed)
        eve_code, bad_code = eve.next_code(), wrong_code(eve)
        secrets_seen += [eve_code, bad_code, "Wrong-Password-42"]
        for body in (
            {"username": "eve", "password": "Wrong-Password-42", "totp": eve_code},
            {"username": "eve", "password": new_password, "totp": bad_code},
            {"username": "Wrong-Password-42", "password": new_password, "totp": bad_code},
            {"username": "eve", "password": new_password, "totp": eve_code},
        ):
            response = await client.post(SESSIONS, json=body)
            bodies.append(response.text.replace(response.json().get("token", "\0"), ""))
        eve_token = response.json()["token"]
        secrets_seen.append(eve_token)
        for method, url in (("GET", ME), ("DELETE", f"{SESSIONS}/current"), ("GET", ME)):
            bodies.append((await client.request(method, url, headers=bearer(eve_token))).text)
        for url in ("/api/v1/supervisor/audit?limit=500", "/api/v1/supervisor/audit/verify"):
            bodies.append((await client.get(url, headers=bearer(admin_token))).text)
        bodies.append(
            (
                await client.post(f"{ADMIN_AGENTS}/{eve.id}/disable", headers=bearer(admin_token))
            ).text
        )
    async with desk.services.read() as session:
        audit_rows = repr((await session.execute(text("SELECT * FROM audit_log"))).all())
        agent_rows = repr((await session.execute(text("SELECT * FROM agents"))).all())
    logs = "\n".join(
        f"{r.getMessage()} {json.dumps(r.__dict__, default=str)}" for r in caplog.records
    )
    assert caplog.records, "nothing was logged: the log check would prove nothing"
    assert "agent.sign_in_failed" in audit_rows
    for secret in secrets_seen:
        for where, haystack in (
            ("response", "\n".join(bodies)),
            ("audit", audit_rows),
            ("log", logs),
        ):
            assert not shows(secret, haystack), f"a secret appears in a {where}"
        if secret not in (admin.password, new_password):
            assert not shows(secret, agent_rows), "a seed, code or token is stored in clear"
    for seed in (admin.seed, eve_seed):
        assert seed not in agent_rows  # encrypted at rest


async def test_totp_seed_is_stored_encrypted(desk: Desk) -> None:
    alice = await new_agent(desk, "alice")
    async with desk.services.read() as session:
        stored = (
            await session.execute(text("SELECT totp_secret_enc, password_hash FROM agents"))
        ).one()
    assert alice.seed not in stored.totp_secret_enc
    assert desk.services.box.decrypt(stored.totp_secret_enc) == alice.seed
    assert alice.password not in stored.password_hash
    assert stored.password_hash.startswith("$argon2id$")


# --- the same rules on PostgreSQL ----------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.skipif(postgres_admin_url() is None, reason="RECOVERY_TEST_POSTGRES_URL is not set")
async def test_sign_in_replay_limit_and_disabling_hold_on_postgresql(data_dir: Path) -> None:
    async with fresh_postgres_database() as url:
        async with open_desk(test_settings(data_dir, database_url=url)) as desk:
            admin = await new_agent(desk, "root", Role.ADMIN)
            bob = await new_agent(desk, "bob")
            body = {"username": "bob", "password": bob.password, "totp": bob.next_code()}
            results = await asyncio.gather(
                *(desk.client.post(SESSIONS, json=body) for _ in range(4))
            )
            assert sorted(r.status_code for r in results) == [201, 401, 401, 401]
            token = next(r.json()["token"] for r in results if r.status_code == 201)
            admin_headers = bearer(await sign_in(desk, admin))
            disabled = await desk.client.post(
                f"{ADMIN_AGENTS}/{bob.id}/disable", headers=admin_headers
            )
            assert disabled.status_code == 200
            assert (await desk.client.get(ME, headers=bearer(token))).status_code == 401
            wrong = {"username": "nobody", "password": "wrong password", "totp": "000000"}
            statuses = [
                r.status_code
                for r in await asyncio.gather(
                    *(desk.client.post(SESSIONS, json=wrong) for _ in range(15))
                )
            ]
            free = desk.services.settings.sign_in_free_failures
            assert statuses.count(401) == free
            assert statuses.count(429) == 15 - free
