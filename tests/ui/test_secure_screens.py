"""The screenshot walk of the secure pages runs end to end against a real server."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from recovery_app.server.settings import Settings
from tests.support.live_server import LiveServer
from tests.ui.test_secure_page import prepare_lena
from ui.screen_env import ScreenEnv
from ui.user import secure_screens


async def test_secure_walk_yields_every_page(
    live_server: LiveServer, settings: Settings, client_for: Callable[..., Any], tmp_path: Path
) -> None:
    lena = await prepare_lena(settings, live_server.url)

    async def open_window(area: str) -> Any:
        return (await client_for(live_server.url)).window

    async def no_code(address: str) -> str:
        raise AssertionError("the secure walk reads no codes")

    env = ScreenEnv(
        url=live_server.url,
        data_dir=settings.data_dir,
        language="en",
        theme="light",
        demo={
            "accounts": {"free": {"handle": "nobody"}},
            "secure": {"handle": "lena", "reset_link": lena.link},
        },
        open_window=open_window,
        latest_code=no_code,
    )
    names = []
    async for name, widget in secure_screens.walk(env):
        names.append(name)
        assert not widget.grab().isNull()
        if name == "secure-link-expired":
            assert "no longer works" in widget.reset.message.text()  # type: ignore[attr-defined]
    assert names == [
        "secure-password-weak",
        "secure-password-strong",
        "secure-link-expired",
        "secure-sign-in-refused",
        "secure-authenticator",
        "secure-backup-codes",
        "secure-sessions",
        "secure-recent-changes",
        "secure-done",
    ]
