"""Helpers of the supervisor-view tests: a real server, agents made through the services
on its database file, a minimal signed-in agent (the duck type the view codes against),
and a host window with a notifier."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from types import SimpleNamespace

from PySide6.QtWidgets import QVBoxLayout, QWidget

from recovery_app.client.api import ApiClient
from recovery_app.domain.model import Role
from recovery_app.security import totp
from recovery_app.server.admin_agents import open_admin_services
from recovery_app.server.settings import Settings
from recovery_app.services import agents
from recovery_app.services.context import Services
from tests.integration.test_service_levels import T, history_case, s
from ui.context import ClientContext
from ui.i18n import LanguageManager
from ui.notifications import Notifier

PASSWORD = "Quiet harbour 4417 lantern"


@dataclass
class SignedInAgent:
    """What ``recovery_app.client.agent`` gives the workspace: api, token, role, headers()."""

    api: ApiClient
    token: str = field(repr=False)
    role: str
    id: int = 0

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@asynccontextmanager
async def services_on(settings: Settings) -> AsyncIterator[Services]:
    """The services over the live server's own database file (as admin tools open it)."""
    async with open_admin_services(settings) as services:
        yield services


async def new_agent(services: Services, username: str, role: Role = Role.AGENT) -> tuple[int, str]:
    return await agents.create_agent(services, username, username.title(), role, PASSWORD)


async def sign_in(api: ApiClient, username: str, seed: str) -> SignedInAgent:
    response = await api.request(
        "POST",
        "/agent/sessions",
        json={
            "username": username,
            "password": PASSWORD,
            "totp": totp.code_at(seed, totp.current_step()),
        },
    )
    body = response.json()
    return SignedInAgent(api, body["token"], body["agent"]["role"], body["agent"]["id"])


class Host(QWidget):
    """A window holding the view under test (the notifier needs one)."""

    def __init__(self, api: ApiClient) -> None:
        super().__init__()
        self.resize(1200, 800)
        self.languages = LanguageManager()
        self.notifier = Notifier(self)
        self.context = ClientContext(api, self.languages, self.notifier)
        self.notified: list[tuple[str, str]] = []
        self.notifier.notified.connect(lambda title, text: self.notified.append((title, text)))
        QVBoxLayout(self)

    def hold(self, widget: QWidget) -> None:
        layout = self.layout()
        assert layout is not None
        layout.addWidget(widget)


async def seed_history(services: Services, base: datetime, alice_id: int, bob_id: int) -> None:
    """Cases queued a few hours before ``base``: answered in 30 s and 90 s (subscribers),
    2 h (free), one subscriber still waiting; two surveys."""
    offset = base - timedelta(hours=3) - T
    desk = SimpleNamespace(services=services)
    alice = SimpleNamespace(id=alice_id)
    bob = SimpleNamespace(id=bob_id)
    await history_case(
        desk,  # type: ignore[arg-type]
        tier="verified",
        queued=offset,
        state="restored",
        agent=alice,  # type: ignore[arg-type]
        chat=[(offset + s(30), "agent")],
        closed=offset + s(3600),
        survey=(5, True),
    )
    await history_case(
        desk,  # type: ignore[arg-type]
        tier="verified",
        queued=offset + s(10),
        state="rejected",
        agent=bob,  # type: ignore[arg-type]
        chat=[(offset + s(100), "agent")],
        closed=offset + s(7210),
        survey=(2, False),
    )
    await history_case(
        desk,  # type: ignore[arg-type]
        tier="free",
        queued=offset,
        state="restored",
        agent=alice,  # type: ignore[arg-type]
        chat=[(offset + timedelta(hours=2), "agent")],
        closed=offset + timedelta(hours=2, minutes=30),
    )
    await history_case(desk, tier="verified", queued=offset + s(20), state="queued")  # type: ignore[arg-type]
