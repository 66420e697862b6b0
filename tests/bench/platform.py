"""A platform to benchmark against: agents, cases in chat or queued, and a server process.

Cases are inserted directly (no rate limits, no mail) with their requester tokens
kept, then a real ``recovery-server serve`` runs on the same database.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

import httpx
from sqlalchemy import update

from recovery_app.domain.model import CaseKind, CaseState, Role
from recovery_app.security import tokens, totp
from recovery_app.services import agents
from recovery_app.services.case_access import token_hash
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Agent, Case
from tests.support.accounts import services_for
from tests.support.live_server import test_settings

PASSWORD = "benchmark agent password"


@dataclass
class Seeded:
    agent_tokens: dict[int, str] = field(default_factory=dict)
    cases: list[tuple[str, str, int | None]] = field(default_factory=list)  # ref, token, agent


async def seed(
    data_dir: Path,
    *,
    agents_count: int,
    cases_in_chat: int,
    cases_queued: int = 0,
    cases_verifying: int = 0,
    subscribers: bool = True,
    max_chats: int = 4,
    database_url: str | None = None,
) -> Seeded:
    data_dir.mkdir(parents=True, exist_ok=True)
    settings = test_settings(data_dir, database_url=database_url)
    seeded = Seeded()
    async for services in _services(settings):
        ids = []
        for n in range(agents_count):
            agent_id, seed_ = await agents.create_agent(
                services, f"agent{n}", f"Agent {n}", Role.AGENT, PASSWORD
            )
            signed = await agents.sign_in(
                services,
                f"agent{n}",
                PASSWORD,
                totp.code_at(seed_, totp.current_step()),
                Caller("127.0.0.1"),
            )
            seeded.agent_tokens[agent_id] = signed.token
            ids.append(agent_id)
        await _cases(services, seeded, ids, cases_in_chat, CaseState.IN_CHAT, subscribers)
        await _cases(services, seeded, [], cases_queued, CaseState.QUEUED, subscribers)
        await _cases(services, seeded, [], cases_verifying, CaseState.VERIFYING, subscribers)
        async with services.write() as session:
            await session.execute(update(Agent).values(max_chats=max_chats))
    return seeded


async def _services(settings: object):  # type: ignore[no-untyped-def]
    async with services_for(settings) as services:  # type: ignore[arg-type]
        yield services


async def _cases(
    services: Services,
    seeded: Seeded,
    agent_ids: list[int],
    count: int,
    state: CaseState,
    subscribers: bool,
) -> None:
    now = services.clock.now()
    async with services.write() as session:
        for n in range(count):
            token = tokens.bearer_token()
            agent = agent_ids[n % len(agent_ids)] if agent_ids else None
            case = Case(
                reference=tokens.case_reference(),
                token_hash=token_hash(services.keys, token),
                kind=CaseKind.HACKED.value,
                state=state.value,
                account_id=None,
                identifier_hash=f"bench{n}",
                language="en",
                tier="verified" if subscribers else "free",
                compromise_window_start=now - timedelta(days=30),
                level=0,
                frozen=False,
                opened_at=now,
                updated_at=now,
                assigned_agent_id=agent,
                queued_at={
                    CaseState.QUEUED: now,
                    CaseState.IN_CHAT: now - timedelta(minutes=1),
                }.get(state),
                reply_contact_kind="email",
                reply_contact=f"bench{n}@example.org",
                reply_contact_verified_at=now,
                assigned_at=now if agent else None,
            )
            session.add(case)
            seeded.cases.append((case.reference, token, agent))


class ServerProcess:
    """``recovery-server serve`` on a data folder, started and killed on demand."""

    def __init__(self, data_dir: Path, port: int = 0, **env: str) -> None:
        self.data_dir, self.port, self.env = data_dir, port, env
        self.process: subprocess.Popen[str] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> str:
        env = {k: v for k, v in os.environ.items() if not k.startswith("RECOVERY_")}
        # Benchmarks push far more frames per connection than a person types.
        env.update(
            {
                "RECOVERY_LOG_LEVEL": "warning",
                "RECOVERY_LIVE_RATE_PER_SECOND": "100000",
                "RECOVERY_LIVE_BURST": "100000",
                **self.env,
            }
        )
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "recovery_app.server",
                "serve",
                "--port",
                str(self.port),
                "--data-dir",
                str(self.data_dir),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        match = re.search(r":(\d+) ", line)
        assert match, f"server did not start: {line!r}"
        self.port = int(match.group(1))
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{self.url}/api/v1/health", timeout=1).status_code == 200:
                    return self.url
            except httpx.HTTPError:
                time.sleep(0.05)
        raise RuntimeError("server not healthy")

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()

    def rss_kib(self) -> int:
        assert self.process is not None
        with open(f"/proc/{self.process.pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0
