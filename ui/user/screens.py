"""Screenshot walk of user mode: every page of the guided flow, against a seeded server.

Uses the demo's hacked account (Lena): a fresh case each run, a reply address
of its own, a code to her pre-compromise e-mail, the document and selfie page,
and resuming a case from its reference in a second window.
"""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import AsyncIterator, Callable

from PySide6.QtWidgets import QWidget

from ui.screen_env import ScreenEnv
from ui.user.flow import UserFlow


async def _until(condition: Callable[[], bool], wait: float = 15.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while not condition():
        if loop.time() > deadline:
            raise RuntimeError("the user flow did not reach the expected page in time")
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.15)  # layouts settle and the page repaints


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    lena = env.demo["accounts"]["hacked"]
    reply = f"lena.{secrets.token_hex(3)}@example.org"
    window = await env.open_window("user")
    flow: UserFlow = window.user_page
    await asyncio.sleep(0.2)
    yield "situation", window

    flow.situation.choices["hacked"].click()
    flow.identify.account_field.setText(lena["handle"])
    flow.identify.reply_field.setText(reply)
    yield "identify", window

    flow.identify.continue_button.click()
    await _until(lambda: flow.current_page() is flow.reply)
    yield "reply-code", window

    flow.reply.entry.field.setText(await env.latest_code(reply))
    flow.reply.entry.submit_button.click()
    await _until(lambda: flow.current_page() is flow.verify)
    yield "verify", window

    flow.verify.methods["email_code"].click()
    await _until(lambda: flow.current_page() is flow.code_page)
    code = await env.latest_code(lena["email"])
    flow.code_page.entry.field.setText(f"{(int(code) + 1) % 1_000_000:06d}")
    flow.code_page.entry.submit_button.click()
    await _until(lambda: flow.code_page.message.isVisibleTo(flow))
    yield "code-wrong", window

    flow.code_page.entry.field.setText(code)
    flow.code_page.entry.submit_button.click()
    await _until(lambda: flow.current_page() is flow.verify and flow.verify.level >= 1)
    yield "verify-one-proof", window

    flow.verify.methods["document"].click()
    await _until(lambda: flow.current_page() is flow.evidence)
    yield "evidence", window

    assert flow.case is not None
    reference = flow.case.reference
    second = await env.open_window("user")
    resume: UserFlow = second.user_page
    resume.situation.resume_button.click()
    resume.resume.reference_field.setText(reference)
    resume.resume.ask_token(True)  # as on a computer without a keyring
    yield "resume", second
