"""Screenshot walk of the "secure your account" pages, every step, with a real reset link.

First what needs no link: the new-password page with the strength meter (weak,
then strong), the real server's answer to a link that is no longer valid, and the
sign-in page with the real server's answer to a wrong password. Then the real
thing, for Ana (free) and Oliver (subscriber) in turns: a "forgot my password"
case proved with codes to the account's e-mail and phone (L2, what a reset link
needs on an account with a second factor), Sam assigns it to Maria, Maria sends
the reset link (``send_reset_link``) and closes the case; the link is read from
the mail the server wrote. With it, in the main window: new password, sign in (the
second step: Ana's authenticator or Oliver's printed backup code the first time,
later a backup code the previous run saved), the authenticator enrolment with its
QR code, the backup codes, sessions and devices, recent security changes, the
survey, done.

Each run (5 languages x 3 themes) starts from what the previous one left: a new
password each time (never the seeded one); the backup codes, authenticator key and
time step of each account are remembered per server (ui.screen_driver.memory).
With ``env.demo["secure"] = {"handle", "reset_link"}`` (tests) that link is used on
the first page instead and the walk ends there.
"""

from __future__ import annotations

import asyncio
import secrets
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

import pyotp
from PySide6.QtWidgets import QWidget

from recovery_app.security import totp
from ui.screen_driver import ScreenDriver, latest_link, memory
from ui.screen_env import ScreenEnv
from ui.user.flow import UserFlow
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
    if env.demo.get("secure"):
        return  # the caller's link was used above
    window.raise_()
    async for shot in _secure_with_link(env, window, window.user_page):
        yield shot


async def _pages(env: ScreenEnv, page: SecurePage) -> AsyncIterator[tuple[str, QWidget]]:
    """The pages that need no reset link (a page of its own, without a case)."""
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
    # A link handed in by the caller (tests): the remaining steps on this page.
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


async def _next_step(person: dict[str, Any]) -> int:
    """A TOTP step of the account no earlier sign-in or enrolment used (the server takes
    each step once per account, within now ±1); waits for the step before it to begin."""
    step = max(totp.current_step(), int(person.get("step", 0)) + 1)
    # Timers may fire a little early: check the clock itself.
    while totp.current_step() < step - 1:  # noqa: ASYNC110
        await asyncio.sleep(max(0.05, min(2.0, (step - 1) * totp.STEP_SECONDS - time.time())))
    person["step"] = step
    return step


async def _secure_with_link(
    env: ScreenEnv, window: QWidget, flow: UserFlow
) -> AsyncIterator[tuple[str, QWidget]]:
    # Ana and Oliver take turns: an account may confirm an authenticator 10 times in
    # 15 minutes, and the 15 runs of a full `make screenshots` are about that long.
    state = memory(env)
    turn = int(state.get("secure_runs", 0))
    state["secure_runs"] = turn + 1
    role = "free" if turn % 2 == 0 else "subscriber"
    account = env.account(role)
    handle = account["handle"]
    person: dict[str, Any] = state.setdefault(f"secure:{handle}", {})
    async with ScreenDriver(env) as driver:
        case = await driver.open_case("forgot_password", handle, label=handle.split(".")[0])
        await driver.prove(case, "email_code", address=account["email"])
        await driver.prove(case, "sms_code", address=account["phone"])
        await driver.request_support(case)
        await driver.assign(case.reference, "maria")
        done = await driver.restore(
            "maria",
            case.reference,
            "send_reset_link",
            "Proved the e-mail and the phone on the account; asked for a new password",
        )
        if done.get("status") != "executed":
            raise RuntimeError(f"the reset link was not sent: {done}")
        link = await latest_link(env, account["email"])
        await driver.complete("maria", case.reference)

        flow.show_secure(case.session)
        page = flow.secure_page
        if not isinstance(page, SecurePage):
            raise RuntimeError("the secure page did not open")
        password = f"{secrets.token_hex(3)} harbour violet tractor {secrets.randbelow(90) + 10}"
        reset = page.reset
        reset.link.setText(link)
        reset.password.setText(password)
        reset.repeat.setText(password)
        await _until(lambda: reset.meter.score >= 3)
        yield "secure-new-password", window
        if not await reset.submit_reset():
            raise RuntimeError("the reset link was refused: " + reset.message.text())
        person["password"] = password

        sign_in = page.sign_in
        await _until(lambda: page.current is sign_in)
        sign_in.identifier.setText(handle)
        sign_in.password.setText(password)
        yield "secure-sign-in", window
        await sign_in.submit_sign_in()  # the server asks for the second step
        await _until(lambda: not sign_in.code.isHidden())
        sign_in.password.setText(password)
        codes = list(person.get("backup_codes") or account.get("backup_codes") or [])
        if codes:
            sign_in.code.setText(codes.pop(0))
            person["backup_codes"] = codes
        else:
            secret = str(person.get("totp_secret") or account["totp_secret"])
            sign_in.code.setText(totp.code_at(secret, await _next_step(person)))
        yield "secure-sign-in-second-step", window
        if not await sign_in.submit_sign_in():
            raise RuntimeError("signing in failed: " + sign_in.message.text())

        factor = page.totp
        await _until(lambda: page.current is factor and bool(factor.seed_text))
        await asyncio.sleep(0.2)
        yield "secure-authenticator", window
        seed = factor.seed_text.replace(" ", "")
        tried: list[str] = []
        for attempt in range(2):
            step = await _next_step(person)
            factor.code.setText(totp.code_at(seed, step))
            tried.append(f"step {step} at {time.time() / totp.STEP_SECONDS:.2f} seed {seed[:4]}")
            if await factor.submit_code():
                break
            if attempt:
                raise RuntimeError(
                    f"the authenticator was refused ({'; '.join(tried)}): " + factor.message.text()
                )
        person["totp_secret"] = seed

        backup = page.backup
        await _until(lambda: page.current is backup and bool(backup.codes))
        yield "secure-backup-codes", window
        fresh = list(backup.codes)
        backup.saved.setChecked(True)
        if not await backup.submit_codes():
            raise RuntimeError("the backup codes were refused: " + backup.message.text())
        person["backup_codes"] = fresh

        sessions = page.sessions
        await _until(lambda: page.current is sessions and bool(sessions.rows))
        yield "secure-sessions", window

        sessions.proceed.click()
        events = page.events
        await _until(lambda: page.current is events and bool(events.events))
        yield "secure-recent-changes", window

        events.proceed.click()
        survey = page.survey
        assert survey is not None
        await _until(lambda: page.current is survey)
        survey.yes.setChecked(True)
        rating = survey.ratings.button(5)
        if rating is not None:
            rating.setChecked(True)
        survey.comment.setPlainText("Quick and friendly, thank you.")
        yield "secure-survey", window
        if not await survey.submit():
            raise RuntimeError("the survey was refused: " + survey.message.text())
        await _until(lambda: page.current is page.done)
        yield "secure-done", window
