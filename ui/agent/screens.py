"""Screenshot walk of agent mode: sign-in, the desk with its queue and chats, prepared
replies, the transfer and close dialogs (and the case panel's pages, when present)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable

from PySide6.QtWidgets import QWidget

from recovery_app.security import totp
from ui.agent.workspace import AgentWorkspace
from ui.screen_env import ScreenEnv


async def _until(condition: Callable[[], bool], limit: float = 10.0) -> bool:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while not condition():
        if loop.time() > deadline:
            return False
        await asyncio.sleep(0.05)
    return True


async def walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    window = await env.open_window("agent")
    page = window.agent_page
    assert isinstance(page, AgentWorkspace)
    yield "sign-in", window

    maria = next(a for a in env.demo["agents"] if a["username"] == "maria")
    form = page.sign_in_page
    form.username.setText(maria["username"])
    form.password.setText("not the password")
    form.totp.setText("000000")
    form.submit_button.click()
    await _until(lambda: form.error.isVisible())
    yield "sign-in-error", window

    for attempt in range(3):
        form.password.setText(maria["password"])
        form.totp.setText(totp.code_at(maria["totp_secret"], totp.current_step() + attempt - 1))
        form.submit_button.click()
        if await _until(lambda: page.desk is not None, 3.0):
            break
    desk = page.desk
    if desk is None:
        return
    await _until(lambda: desk.queue.model.rowCount() > 0 or desk.queue.summary.text() != "", 5.0)
    await _until(lambda: desk.tabs.count() > 0, 5.0)
    yield "desk", window

    if desk.tabs.count() > 1:
        desk.tabs.step(1)
        yield "desk-second-chat", window

    if desk.tabs.current_pane() is not None:
        pane = desk.tabs.current_pane()
        assert pane is not None
        popup = desk.open_canned(pane)
        await _until(lambda: popup.list.count() > 0, 5.0)
        yield "canned-popup", popup
        popup.reject()

        pane.toggle_note()
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

        with contextlib.suppress(ImportError):
            from ui.agent.case_screens import walk_case_panel  # type: ignore[import-not-found]

            async for name, widget in walk_case_panel(env, window, pane):
                yield name, widget

    from ui.agent.shortcuts_help import ShortcutsDialog

    help_dialog = ShortcutsDialog(window)
    help_dialog.show()
    yield "shortcuts-help", help_dialog
    help_dialog.close()
