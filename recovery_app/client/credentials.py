"""Where a case's bearer token is kept between sessions of the app.

In the operating system's keyring (Secret Service, macOS Keychain, Windows
Credential Locker) when a usable backend exists; otherwise only in memory for
this run, and the person types the token when they come back (the resume page
asks for it). The token is never written to a file or a log by this module.

Calls may block (a keyring can ask to be unlocked): the UI runs them in an
executor through the ``a*`` methods.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.errors import KeyringError

log = logging.getLogger(__name__)

SERVICE = "Recovery Desk case"


def usable(backend: KeyringBackend) -> bool:
    """False for keyring's fail and null backends (and a chainer holding nothing usable)."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        return any(usable(inner) for inner in backend.backends)
    return True


class CaseTokenStore:
    """Case reference → token. ``backend=None`` means keyring's current backend,
    looked up at each call (so ``keyring.set_keyring`` takes effect)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend
        self._memory: dict[str, str] = {}

    def backend(self) -> KeyringBackend:
        return self._backend or keyring.get_keyring()

    @property
    def persistent(self) -> bool:
        """Whether tokens outlive this run of the app (a usable OS keyring)."""
        return usable(self.backend())

    def save(self, reference: str, token: str) -> bool:
        """Keep the token; True when it went to the OS keyring, False when only in memory."""
        self._memory[reference] = token
        backend = self.backend()
        if not usable(backend):
            return False
        try:
            backend.set_password(SERVICE, reference, token)
        except KeyringError as exc:
            log.warning("case token kept in memory only: %s", type(exc).__name__)
            return False
        return True

    def load(self, reference: str) -> str | None:
        if reference in self._memory:
            return self._memory[reference]
        backend = self.backend()
        if not usable(backend):
            return None
        try:
            return backend.get_password(SERVICE, reference)
        except KeyringError as exc:
            log.warning("case token not read from the keyring: %s", type(exc).__name__)
            return None

    def forget(self, reference: str) -> None:
        self._memory.pop(reference, None)
        backend = self.backend()
        if usable(backend):
            # Not there, or the keyring is locked: nothing more to forget.
            with contextlib.suppress(KeyringError):
                backend.delete_password(SERVICE, reference)

    async def asave(self, reference: str, token: str) -> bool:
        return await asyncio.get_running_loop().run_in_executor(None, self.save, reference, token)

    async def aload(self, reference: str) -> str | None:
        return await asyncio.get_running_loop().run_in_executor(None, self.load, reference)
