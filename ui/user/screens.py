"""Screenshot walk of user mode: every page of the guided flow, against a seeded server.

Uses the demo's hacked account (Lena): a fresh case each run, a reply address
of its own, a code to her pre-compromise e-mail, the document and selfie page,
and resuming a case from its reference in a second window. Then the support
page: the assistant's answer and the tiers, the free tier's written case (reply
target, business hours, away message); the subscriber Oliver's place in the live
queue (a second window); and the chat once the supervisor assigned Lena's case to
Maria: Maria writes over her live socket, reads Lena's message (delivered and
read marks), Lena sends a picture, and Maria asks for a proof from the chat (the
challenge card). Server state is set up through the real API (ui.screen_driver);
every case and socket it opened is closed when the walk ends.
"""

from __future__ import annotations

import asyncio
import secrets
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QWidget

from ui.screen_driver import ScreenDriver, demo_image, until
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

    async with ScreenDriver(env) as driver:
        async for shot in _support_and_chat(env, driver, window, flow):
            yield shot


async def _support_and_chat(
    env: ScreenEnv, driver: ScreenDriver, window: QWidget, flow: UserFlow
) -> AsyncIterator[tuple[str, QWidget]]:
    from ui.user.support_page import SupportPage

    case = flow.case
    assert case is not None
    # Abandoned when the walk ends, like every case the driver knows of.
    driver.adopt(case.reference, case.token, case.language)
    window.raise_()
    flow.show_support()
    support = flow.support_page
    if not isinstance(support, SupportPage):
        raise RuntimeError("the support page did not open")
    await _until(lambda: flow.current_page() is support and support.tier is not None)
    if await support.ask("Someone changed my e-mail and my password") is None:
        raise RuntimeError("the assistant did not answer")
    await _until(lambda: support.answers_label.isVisibleTo(support))
    yield "support-assistant", window

    if not await support.request_support():
        raise RuntimeError("requesting support failed: " + support.error_label.text())
    await _until(lambda: support.queue is not None and support.reply_label.isVisibleTo(support))
    yield "support-written-case", window

    # Oliver, a verified subscriber: his place in the live queue (nobody is online).
    oliver = env.account("subscriber")
    his = await driver.open_case("lost_second_factor", oliver["handle"], label="oliver")
    await driver.prove(his, "email_code", address=oliver["email"])
    await driver.request_support(his)
    third = await env.open_window("user")
    live_flow: UserFlow = third.user_page
    live_flow.case = his.session
    live_flow.show_support()
    queued = live_flow.support_page
    assert isinstance(queued, SupportPage)
    await _until(lambda: queued.position_label.isVisibleTo(queued))
    yield "support-live-queue", third
    await queued.aclose()
    await driver.abandon(his)  # out of the line before an agent comes online

    # The chat: Sam assigns Lena's case to Maria, who writes over her live socket.
    window.raise_()
    reference = case.reference
    await driver.assign(reference, "maria")
    await _until(lambda: support.state == "in_chat", 20.0)
    chat = support.chat
    assert chat is not None
    live = await driver.live("maria")
    await live.send(reference, "Hello Lena, I am Maria from the recovery team. I will help you.")
    await live.send(reference, "Which changes on your account did you not make yourself?")
    await _until(lambda: chat.model.rowCount() >= 2)
    before = live.last_seq(reference)
    chat.composer.setPlainText(
        "My e-mail address and phone number were replaced two days ago, and someone "
        "signed in from a computer I do not know."
    )
    chat.send_current()
    await until(lambda: live.last_seq(reference) > before, "Lena's message to reach Maria")
    await live.mark_read(reference)
    with tempfile.TemporaryDirectory(prefix="recovery-shots-") as folder:
        picture = await asyncio.get_running_loop().run_in_executor(
            None, demo_image, Path(folder) / "warning-mail.png", "Your e-mail was changed"
        )
        if not await chat.attach_file(picture):
            raise RuntimeError("the picture was not sent: " + chat.notice.text())
    await live.send(reference, "Thank you, I can see the notice. Let us check it is really you.")
    await until(lambda: live.last_seq(reference) > before + 1, "the picture to reach Maria")
    await live.mark_read(reference)
    await _until(lambda: chat.model.rowCount() >= 5)
    await asyncio.sleep(0.6)  # the receipts and the thumbnail
    # From Maria's question on: Lena's message with its marks, the picture, the answer.
    chat.list.scrollTo(chat.model.index(1, 0), QAbstractItemView.ScrollHint.PositionAtTop)
    await asyncio.sleep(0.1)
    yield "chat-conversation", window
    chat.list.scrollToBottom()

    challenge = await driver.agent_challenge("maria", reference, "sms_code")
    await _until(lambda: chat.card(challenge) is not None, 20.0)
    await asyncio.sleep(0.3)
    yield "chat-challenge", window
    await driver.close_live(live)
