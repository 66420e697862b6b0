"""What a page walk for ``make screenshots`` (and the headless ``make demo``) gets.

Each area of the client (``ui/user``, ``ui/agent``, ``ui/supervisor``) has a
``screens.py`` with::

    async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]

that drives real windows against a real server seeded by ``recovery-server
seed-demo`` through every page of the area, yielding ``(page_name, widget)``
each time a page is on screen and settled; the caller saves ``widget.grab()``
as ``<area>-<page_name>.png``. A walk runs once per language and theme, so it
opens fresh cases each time and never depends on an earlier run.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.windows.main_window import MainWindow


@dataclass
class ScreenEnv:
    """A seeded server and a way to open client windows on it.

    ``demo`` is the JSON that ``recovery-server seed-demo`` wrote to
    ``data_dir / "demo.json"`` (agents with passwords and TOTP secrets, demo
    accounts with their contacts). ``latest_code(address)`` waits for the newest
    verification code sent to an e-mail address or phone number of the demo:
    the newest one not handed out before, waiting up to about ten seconds for it
    (when none arrives, the newest one there is; ``LookupError`` when there is
    none at all).

    ``open_window(mode)`` gives a shown :class:`MainWindow` in ``"user"`` or
    ``"agent"`` mode, 1180×760 (or ``--size``), connected to the server (or after 10 s trying);
    the machinery closes it after the walk. ``totp_code(secret)`` gives a code for
    a TOTP secret that no earlier call of this run used (the server accepts each
    time step once), waiting for the next 30 s step when it has to.
    """

    url: str
    data_dir: Path
    language: str
    theme: str
    demo: dict[str, Any]
    open_window: Callable[[str], Awaitable[MainWindow]]
    latest_code: Callable[[str], Awaitable[str]]
    totp_code: Callable[[str], Awaitable[str]] = field(default=lambda secret: _now_code(secret))

    def agent(self, username: str) -> dict[str, Any]:
        """The demo agent (or supervisor) ``username``: password, totp_secret, role..."""
        for agent in self.demo.get("agents", []):
            if agent.get("username") == username:
                return dict(agent)
        raise KeyError(username)

    def account(self, key: str) -> dict[str, Any]:
        """A demo account by its role: "hacked", "subscriber", "free" or "suspended"."""
        return dict(self.demo["accounts"][key])


async def _now_code(secret: str) -> str:
    """The current code (a ScreenEnv made without ``totp_code``: no replay tracking)."""
    import pyotp

    return str(pyotp.TOTP(secret).now())
