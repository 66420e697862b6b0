"""The agent's session: the token (in memory, or the OS keyring when asked and possible),
who is signed in, and the chat drafts that outlive a sign-out.

When any call answers 401 (the session expired after 1 h idle or 12 h, was revoked,
or the agent was disabled) or the live socket refuses the token, :meth:`AgentSession.expire`
forgets the token and emits ``expired``; the workspace then shows the sign-in page.
Drafts are kept by case reference and put back when the chat opens again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import datetime

import keyring
from keyring.errors import KeyringError
from PySide6.QtCore import QObject, Signal

from recovery_app.client import agent as agent_client
from recovery_app.client.agent import AgentApi
from recovery_app.client.api import ApiClient
from recovery_app.client.credentials import usable
from recovery_app.client.errors import ApiProblemError
from recovery_app.schemas.agents import AgentOut

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Recovery Desk agent session"


def keyring_available() -> bool:
    """True when a real OS keyring backend exists (not keyring's fail/null backends)."""
    try:
        return usable(keyring.get_keyring())
    except Exception:  # a broken keyring configuration means "no keyring"
        return False


class AgentSession(QObject):
    """The signed-in agent, or nobody.

    Signals:
        signedIn(): a session started (``agent``, ``api`` are set).
        signedOut(): the agent signed out on purpose.
        expired(): the server refused the session; drafts are kept.
    """

    signedIn = Signal()
    signedOut = Signal()
    expired = Signal()

    def __init__(self, api: ApiClient, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._http = api
        self.agent_api: AgentApi | None = None
        self.agent: AgentOut | None = None
        self.expires_at: datetime | None = None
        self.drafts: dict[str, str] = {}
        self.remembered = False
        self.was_expired = False

    def __repr__(self) -> str:
        who = self.agent.username if self.agent else None
        return f"AgentSession(agent={who!r}, token=<hidden>)"

    @property
    def active(self) -> bool:
        return self.agent_api is not None

    @property
    def server(self) -> str:
        return self._http.base_url

    async def sign_in(self, username: str, password: str, totp: str, *, remember: bool) -> None:
        """Both factors → a session; raises ``ApiProblemError`` (one generic 401 when wrong)."""
        signed = await agent_client.sign_in(self._http, username, password, totp)
        self._start(signed.token, signed.agent, signed.expires_at)
        self.remembered = False
        if remember and keyring_available():
            self.remembered = await asyncio.get_running_loop().run_in_executor(
                None, self._keep, signed.token
            )

    async def resume_remembered(self) -> bool:
        """Sign in with a token kept in the OS keyring, if it is still valid."""
        if not keyring_available():
            return False
        loop = asyncio.get_running_loop()
        token = await loop.run_in_executor(None, self._load)
        if not token:
            return False
        probe = AgentApi(self._http, token)
        try:
            me = await probe.me()
        except ApiProblemError:
            await loop.run_in_executor(None, self._forget)
            return False
        self._start(token, me, None)
        self.remembered = True
        return True

    def _start(self, token: str, agent: AgentOut, expires_at: datetime | None) -> None:
        self.agent_api = AgentApi(
            self._http, token, role=str(agent.role), on_unauthorized=self.expire
        )
        self.agent = agent
        self.expires_at = expires_at
        self.was_expired = False
        self.signedIn.emit()

    async def sign_out(self) -> None:
        """End the session on the server (best effort) and forget the token."""
        api = self.agent_api
        self._clear()
        if api is not None:
            try:
                await api.sign_out()
            except Exception as exc:  # the session ends here either way
                log.info("sign-out call failed: %s", type(exc).__name__)
        self.drafts.clear()
        self.signedOut.emit()

    def expire(self) -> None:
        """The server no longer accepts the token: forget it, keep the drafts."""
        if self.agent_api is None:
            return
        self._clear()
        self.was_expired = True
        self.expired.emit()

    def _clear(self) -> None:
        self.agent_api = None
        self.expires_at = None
        if self.remembered:
            self.remembered = False
            try:
                self._forget()
            except Exception as exc:
                log.info("keyring entry not removed: %s", type(exc).__name__)

    # -- the OS keyring (blocking: called in an executor) ---------------------------------

    def _keep(self, token: str) -> bool:
        try:
            keyring.set_password(KEYRING_SERVICE, self._http.base_url, token)
        except KeyringError as exc:
            log.warning("agent session kept in memory only: %s", type(exc).__name__)
            return False
        return True

    def _load(self) -> str | None:
        try:
            return keyring.get_password(KEYRING_SERVICE, self._http.base_url)
        except KeyringError:
            return None

    def _forget(self) -> None:
        with contextlib.suppress(KeyringError):
            keyring.delete_password(KEYRING_SERVICE, self._http.base_url)
