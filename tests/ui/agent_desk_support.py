"""Helpers for the agent desk UI tests: a :class:`Desk` on the real uvicorn server,
cases straight in its database, and signing in through the sign-in page."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import select, update

from recovery_app.domain.clock import SystemClock
from recovery_app.domain.model import CaseKind, CaseState, Role
from recovery_app.security import tokens, totp
from recovery_app.services import agents, case_access
from recovery_app.services.context import Services
from recovery_app.storage.models import Agent, AgentPresence, Case
from tests.support.desk import AGENT_PASSWORD, AgentHandle, Desk
from tests.support.live_server import LiveServer
from tests.ui.conftest import ClientHarness, eventually
from ui.agent.desk import AgentDesk
from ui.agent.workspace import AgentWorkspace


@asynccontextmanager
async def desk_on(server: LiveServer) -> AsyncIterator[Desk]:
    """The test desk helpers, talking to the real server over HTTP."""
    assert server._server is not None
    app = server._server.config.app
    async with httpx.AsyncClient(base_url=server.url) as client:
        yield Desk(app, client, SystemClock(), server.settings.data_dir)


async def make_agent(
    desk: Desk, username: str, *, role: Role = Role.AGENT, max_chats: int | None = None
) -> AgentHandle:
    """An agent who has not signed in yet (so the UI can use the current TOTP step)."""
    agent_id, seed = await agents.create_agent(
        desk.services, username, username.title(), role, AGENT_PASSWORD
    )
    agent = AgentHandle(agent_id, username, role, "", seed, step=totp.current_step() - 1)
    if max_chats is not None:
        async with desk.services.write() as session:
            await session.execute(
                update(Agent).where(Agent.id == agent.id).values(max_chats=max_chats)
            )
    return agent


def next_code(agent: AgentHandle) -> str:
    """A TOTP code for a step this agent has not used yet (each step signs in once)."""
    agent.step = max(agent.step + 1, totp.current_step())
    return totp.code_at(agent.seed, agent.step)


async def queue_case(
    services: Services,
    tier: str = "verified",
    waited: timedelta = timedelta(seconds=5),
    *,
    language: str = "en",
    token: str | None = None,
) -> str:
    """A waiting case straight in the database, queued ``waited`` ago (server clock)."""
    queued_at = datetime.now(UTC) - waited
    async with services.write() as session:
        case = Case(
            reference=tokens.case_reference(),
            token_hash=case_access.token_hash(services.keys, token or secrets.token_hex(16)),
            kind=CaseKind.HACKED.value,
            state=CaseState.QUEUED.value,
            identifier_hash=secrets.token_hex(32),
            language=language,
            tier=tier,
            compromise_window_start=queued_at - timedelta(days=30),
            opened_at=queued_at,
            updated_at=queued_at,
            queued_at=queued_at,
        )
        session.add(case)
        await session.flush()
        return case.reference


async def assigned_to(services: Services, reference: str) -> int | None:
    async with services.read() as session:
        return await session.scalar(
            select(Case.assigned_agent_id).where(Case.reference == reference)
        )


async def presence_of(services: Services, agent_id: int) -> str | None:
    async with services.read() as session:
        return await session.scalar(
            select(AgentPresence.status).where(AgentPresence.agent_id == agent_id)
        )


def workspace(harness: ClientHarness) -> AgentWorkspace:
    harness.window.set_mode("agent")
    page = harness.window.agent_page
    assert isinstance(page, AgentWorkspace)
    return page


def fill_sign_in(page: AgentWorkspace, username: str, password: str, code: str) -> None:
    form = page.sign_in_page
    form.username.setText(username)
    form.password.setText(password)
    form.totp.setText(code)
    form.submit_button.click()


async def sign_in(harness: ClientHarness, agent: AgentHandle) -> AgentDesk:
    page = workspace(harness)
    fill_sign_in(page, agent.username, AGENT_PASSWORD, next_code(agent))
    await eventually(
        lambda: page.desk is not None and page.currentWidget() is page.desk, what="desk shown"
    )
    desk = page.desk
    assert desk is not None
    await eventually(lambda: desk.bridge.connected, what="live socket connected")
    return desk
