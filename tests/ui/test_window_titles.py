"""A window's title says its mode and who is signed in, so two windows (``make demo`` opens
a user one and an agent one) can be told apart in a task bar; it is translated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recovery_app.domain.model import Role
from recovery_app.security import totp
from recovery_app.services import agents
from tests.support.desk import AGENT_PASSWORD, AgentHandle, Desk
from tests.support.live_server import LiveServer
from tests.ui.agent_desk_support import desk_on, sign_in, workspace
from tests.ui.conftest import eventually


async def _staff(desk: Desk, username: str, display_name: str, role: Role) -> AgentHandle:
    agent_id, seed = await agents.create_agent(
        desk.services, username, display_name, role, AGENT_PASSWORD
    )
    return AgentHandle(agent_id, username, role, "", seed, step=totp.current_step() - 1)


async def test_the_title_names_the_mode_and_who_is_signed_in_in_every_language(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await _staff(desk, "maria", "Maria Nowak", Role.AGENT)
        sam = await _staff(desk, "sam", "Sam Okafor", Role.SUPERVISOR)
        harness = await client_for(live_server.url)
        window = harness.window
        assert window.windowTitle() == "Recovery Desk — Get help"

        page = workspace(harness)
        assert window.windowTitle() == "Recovery Desk — Agent"  # nobody signed in yet
        await sign_in(harness, maria)
        assert window.windowTitle() == "Recovery Desk — Agent: Maria Nowak"

        window.set_mode("user")
        assert window.windowTitle() == "Recovery Desk — Get help"
        window.set_mode("agent")
        assert window.windowTitle() == "Recovery Desk — Agent: Maria Nowak"

        for language, title in (
            ("pl", "Recovery Desk — Konsultant: Maria Nowak"),
            ("de", "Recovery Desk — Mitarbeitende: Maria Nowak"),
            ("fr", "Recovery Desk — Agent : Maria Nowak"),
            ("ru", "Recovery Desk — Оператор: Maria Nowak"),
        ):
            harness.languages.set_language(language)
            await eventually(lambda t=title: window.windowTitle() == t, what=f"{language} title")
        harness.languages.set_language("en")
        await eventually(lambda: window.windowTitle() == "Recovery Desk — Agent: Maria Nowak")

        await page.sign_out()
        assert window.windowTitle() == "Recovery Desk — Agent"
        await sign_in(harness, sam)
        assert window.windowTitle() == "Recovery Desk — Supervisor: Sam Okafor"

        page.session.expire()  # the server refused the session: nobody is signed in
        assert window.windowTitle() == "Recovery Desk — Agent"
