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
from dataclasses import dataclass
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
    verification code sent to an e-mail address or phone number of the demo.
    """

    url: str
    data_dir: Path
    language: str
    theme: str
    demo: dict[str, Any]
    open_window: Callable[[str], Awaitable[MainWindow]]
    latest_code: Callable[[str], Awaitable[str]]
