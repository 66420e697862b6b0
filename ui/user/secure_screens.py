"""Screenshot walk of the "secure your account" pages (merged into the user walk by the lead).

What the seeded demo allows without a reset link: the new-password page with the
strength meter (weak, then strong), the real server's answer to a link that is no
longer valid, and the sign-in page with the real server's answer to a wrong
password. When ``env.demo`` carries ``"secure": {"reset_link": ..., "handle": ...}``
(a link issued by a restore, e.g. read from the demo's mail folder), the walk goes
on through every page: sign-in, authenticator, backup codes, sessions, recent
changes and done.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from typing import Any

import pyotp
from PySide6.QtWidgets import QWidget

from ui.screen_env import ScreenEnv
from ui.user.secure_page import SecurePage

WEAK = "password1234"
STRONG = "violet harbour tractor moon 42"


async def _until(condition: Callable[[], bool], wait: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while not condition():
        if loop.time() > deadline:
            raise RuntimeError("the secure pages did not reach the expected state in time")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.15)  # layouts settle and the page repaints


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    window = await env.open_window("user")
    page = SecurePage(window.context, None)
    page.setWindowTitle("Recovery Desk")
    page.resize(window.size())
    page.show()
    try:
        async for shot in _pages(env, page):
            yield shot
    finally:
        await page.aclose()
        page.close()
        page.deleteLater()


async def _pages(env: ScreenEnv, page: SecurePage) -> AsyncIterator[tuple[str, QWidget]]:
    reset = page.reset
    reset.link.setText("https://help.recovery.test/reset#" + "x" * 43)
    reset.password.setText(WEAK)
    await _until(lambda: reset.meter.score in (0, 1))
    yield "secure-password-weak", page

    reset.password.setText(STRONG)
    reset.repeat.setText(STRONG)
    await _until(lambda: reset.meter.score >= 3)
    yield "secure-password-strong", page

    await reset.submit_reset()  # the server: this link is not valid (any more)
    await _until(lambda: not reset.message.isHidden())
    yield "secure-link-expired", page

    secure: dict[str, Any] = env.demo.get("secure") or {}
    page.go(page.sign_in)
    page.sign_in.identifier.setText(secure.get("handle") or env.demo["accounts"]["free"]["handle"])
    page.sign_in.password.setText("not the password 123")
    await page.sign_in.submit_sign_in()
    await _until(lambda: not page.sign_in.message.isHidden())
    yield "secure-sign-in-refused", page

    link = secure.get("reset_link")
    if not link:
        return
    page.go(page.reset)
    reset.link.setText(link)
    reset.password.setText(STRONG)
    reset.repeat.setText(STRONG)
    if not await reset.submit_reset():
        return
    page.sign_in.password.setText(STRONG)
    if not await page.sign_in.submit_sign_in():
        return
    await asyncio.sleep(0.2)
    yield "secure-authenticator", page

    seed = page.totp.seed_text.replace(" ", "")
    page.totp.code.setText(pyotp.TOTP(seed).now())
    if not await page.totp.submit_code():
        return
    await asyncio.sleep(0.2)
    yield "secure-backup-codes", page

    page.backup.saved.setChecked(True)
    if not await page.backup.submit_codes():
        return
    await _until(lambda: bool(page.sessions.rows))
    yield "secure-sessions", page

    page.sessions.proceed.click()
    await _until(lambda: bool(page.events.events))
    yield "secure-recent-changes", page

    page.events.proceed.click()
    await asyncio.sleep(0.2)
    yield "secure-done", page
