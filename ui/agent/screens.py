"""Screenshot walk of agent mode: sign-in, the desk with two chats and their case panels,
the case panel's pages, prepared replies, a private note, the transfer and close
dialogs, the approvals inbox with another agent's request, and the shortcuts.

Before Maria signs in, the server gets real work through its API (ui.screen_driver):
Lena opens a case, proves her old e-mail and sends a photo of a document; Ana opens
one and proves her e-mail; both ask for a person and Sam assigns both to Maria, who
greets them over her live socket (Lena answers over hers). A third Lena case, proved
twice (L2), goes to Tomasz, who asks to remove the attacker's e-mail: a request only
another agent may approve, so it waits in Maria's approvals inbox. When the walk
ends, the request is refused, the cases are abandoned and every socket is closed.
"""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import AsyncIterator, Callable
from pathlib import Path

from PySide6.QtWidgets import QSplitter, QWidget

from ui.agent.approvals_inbox import ApprovalsInbox
from ui.agent.workspace import AgentWorkspace
from ui.screen_driver import Requester, ScreenDriver, demo_image
from ui.screen_env import ScreenEnv


async def _until(condition: Callable[[], bool], limit: float = 10.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


async def _prepare(env: ScreenEnv, driver: ScreenDriver) -> tuple[Requester, Requester]:
    """Two chats for Maria (Lena's with a document, Ana's) and Tomasz's request."""
    lena, ana = env.account("hacked"), env.account("free")
    first = await driver.open_case("hacked", lena["handle"], label="lena")
    await driver.prove(first, "email_code", address=lena["email"])
    with tempfile.TemporaryDirectory(prefix="recovery-shots-") as folder:
        image = await asyncio.get_running_loop().run_in_executor(
            None, demo_image, Path(folder) / "id-card.png", "IDENTITY CARD  Lena Fischer"
        )
        await driver.send_evidence(first, "document", image)
    await driver.request_support(first)
    second = await driver.open_case("forgot_password", ana["handle"], label="ana")
    await driver.prove(second, "email_code", address=ana["email"])
    await driver.request_support(second)
    for case in (first, second):
        await driver.assign(case.reference, "maria")

    maria = await driver.live("maria")
    lena_live = await driver.requester_live(first)
    await maria.send(first.reference, "Hello Lena, I am Maria. I have your case in front of me.")
    await lena_live.send(
        first.reference, "Thank you! Someone changed my e-mail and phone two days ago."
    )
    await maria.send(second.reference, "Hello Ana, I am Maria. I will help you with your password.")
    seq = await driver.message_from(maria, first.reference, "requester")
    await maria.mark_read(first.reference, seq)
    await driver.close_live(maria)  # from here on Maria works in the window

    # Tomasz asks to remove the attacker's e-mail from another Lena case: Maria decides.
    third = await driver.open_case("hacked", lena["handle"], label="lena")
    await driver.prove(third, "email_code", address=lena["email"])
    await driver.prove(third, "sms_code", address=lena["phone"])
    await driver.request_support(third)
    await driver.assign(third.reference, "tomasz")
    case = await driver.agent_case("tomasz", third.reference)
    remove = next((a for a in case["actions"] if a["action"] == "remove_contact"), None)
    if remove is None or not remove["allowed"] or not remove["targets"]:
        raise RuntimeError(f"Tomasz cannot ask to remove a contact: {remove}")
    await driver.restore(
        "tomasz",
        third.reference,
        "remove_contact",
        "Lena proved her old e-mail and phone; this address was added by the attacker",
        {"contact_id": remove["targets"][0]},
    )
    return first, second


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    window = await env.open_window("agent")
    page = window.agent_page
    assert isinstance(page, AgentWorkspace)
    yield "sign-in", window

    maria = env.agent("maria")
    form = page.sign_in_page
    form.username.setText(maria["username"])
    form.password.setText("not the password")
    form.totp.setText("000000")
    form.submit_button.click()
    await _until(lambda: form.error.isVisible())
    yield "sign-in-error", window

    async with ScreenDriver(env) as driver:
        lena_case, ana_case = await _prepare(env, driver)
        for _ in range(3):
            form.password.setText(maria["password"])
            form.totp.setText(await env.totp_code(maria["totp_secret"]))
            form.submit_button.click()
            if await _until(lambda: page.desk is not None, 5.0):
                break
        desk = page.desk
        if desk is None:
            raise RuntimeError("Maria could not sign in: " + form.error.text())
        references = {lena_case.reference, ana_case.reference}
        if not await _until(lambda: references <= set(desk.tabs.panes), 15.0):
            raise RuntimeError(f"the desk did not open both chats: {sorted(desk.tabs.panes)}")
        lena_pane = desk.tabs.panes[lena_case.reference]
        ana_pane = desk.tabs.panes[ana_case.reference]
        for pane in (lena_pane, ana_pane):
            panel = getattr(pane, "case_panel", None)
            if panel is not None:
                await _until(lambda p=panel: getattr(p, "case", None) is not None, 10.0)
        desk.tabs.setCurrentWidget(lena_pane)
        await _until(lambda: lena_pane.chat.isVisible() and desk.queue.summary.text() != "", 5.0)
        await asyncio.sleep(0.5)  # the history and the evidence preview
        yield "desk", window

        desk.tabs.setCurrentWidget(ana_pane)
        await asyncio.sleep(0.4)
        yield "desk-second-chat", window
        desk.tabs.setCurrentWidget(lena_pane)
        pane = lena_pane
        # As an agent would: drag the splitter so the chat and its case panel get the room.
        work = desk.sections.widget(0)
        if isinstance(work, QSplitter):
            total = sum(work.sizes())
            work.setSizes([int(total * 0.8), total - int(total * 0.8)])
            await asyncio.sleep(0.1)

        popup = desk.open_canned(pane)
        await _until(lambda: popup.list.count() > 0, 5.0)
        yield "canned-popup", popup
        popup.reject()

        pane.toggle_note()
        pane.note.setPlainText("Old e-mail proved; document looks genuine, checking the selfie.")
        yield "private-note", window
        pane.toggle_note()

        desk.act("transfer")
        await _until(lambda: getattr(desk, "handover_dialog", None) is not None, 5.0)
        dialog = desk.handover_dialog
        dialog.reason.setPlainText("Polish speaker needed")
        await _until(dialog.isVisible, 2.0)
        yield "transfer-dialog", dialog
        dialog.reject()

        desk.act("close")
        await _until(lambda: getattr(desk, "close_dialog", None) is not None, 5.0)
        yield "close-dialog", desk.close_dialog
        desk.close_dialog.reject()

        from ui.agent.case_screens import walk_case_panel

        async for name, widget in walk_case_panel(
            env, window, pane, driver=driver, requester=lena_case
        ):
            yield name, widget

        desk.show_section(1)
        inbox = desk.approvals
        assert isinstance(inbox, ApprovalsInbox)
        await asyncio.sleep(0.3)  # the section's own refresh
        await inbox.refresh()
        request_id = next((r for r, who in driver.requests if who == "tomasz"), "")
        if not await _until(lambda: inbox.select(request_id), 10.0):
            raise RuntimeError("Tomasz's request did not reach Maria's approvals inbox")
        await asyncio.sleep(0.2)
        yield "approvals-inbox", window
        desk.show_section(0)

        from ui.agent.shortcuts_help import ShortcutsDialog

        help_dialog = ShortcutsDialog(window)
        help_dialog.show()
        yield "shortcuts-help", help_dialog
        help_dialog.close()
