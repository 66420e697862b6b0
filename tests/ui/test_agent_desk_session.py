"""Agent desk: signing in (wrong factors get one generic sentence), assignment opening
a chat with a notification, and an expired session signing out with drafts kept."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from recovery_app.security import totp
from recovery_app.services import routing
from tests.support.desk import AGENT_PASSWORD, AgentHandle
from tests.support.live_server import LiveServer
from tests.ui.agent_desk_support import (
    desk_on,
    fill_sign_in,
    make_agent,
    queue_case,
    sign_in,
    workspace,
)
from tests.ui.conftest import eventually

GENERIC = "The user name, password or code is not right."


def other_code(agent: AgentHandle) -> str:
    """Six digits that are not the agent's code for any step near now."""
    near = {totp.code_at(agent.seed, totp.current_step() + d) for d in range(-2, 3)}
    return next(
        code
        for code in ("000000", "111111", "222222", "333333", "444444", "555555")
        if code not in near
    )


async def test_wrong_password_then_wrong_code_then_right_signs_in(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        page = workspace(harness)
        form = page.sign_in_page

        fill_sign_in(page, "maria", "not the password", other_code(maria))
        await eventually(lambda: form.error.isVisible(), what="error after wrong password")
        first = form.error.text()
        assert first.startswith(GENERIC)
        assert form.username.text() == "maria"  # nothing typed is lost

        fill_sign_in(page, "maria", AGENT_PASSWORD, other_code(maria))
        await eventually(
            lambda: form.error.text() == first and form.submit_button.isEnabled(),
            what="same sentence",
        )

        fill_sign_in(page, "nobody-here", AGENT_PASSWORD, other_code(maria))
        await eventually(lambda: form.submit_button.isEnabled(), what="answer for an unknown user")
        assert form.error.text() == first  # nothing tells whether an account exists

        form.error.hide()
        fill_sign_in(page, "maria", AGENT_PASSWORD, "12")
        await eventually(lambda: form.error.isVisible(), what="short code refused")
        assert form.error.text() == "Enter the 6 digits your authenticator app shows."

        agent_desk = await sign_in(harness, maria)
        assert agent_desk.status.who.text() == "Maria"
        token = page.session.agent_api.token  # type: ignore[union-attr]
        assert token not in repr(page.session)
        assert token not in repr(page.session.agent_api)


async def test_assignment_opens_a_tab_with_a_notification(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        notified: list[tuple[str, str]] = []
        harness.window.context.notifier.notified.connect(lambda t, x: notified.append((t, x)))
        agent_desk = await sign_in(harness, maria)
        assert agent_desk.tabs.count() == 0
        assert agent_desk.empty.isVisible()

        reference = await queue_case(desk.services)
        await routing.try_route(desk.services)

        await eventually(lambda: reference in agent_desk.tabs.panes, what="chat tab opened")
        assert agent_desk.tabs.tabText(0).startswith(reference)
        await eventually(
            lambda: any(reference in text for _, text in notified), what="notification"
        )
        assert notified[-1][0] == "New chat assigned"


async def test_expired_session_signs_out_and_restores_the_draft_after_signing_in(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        page = workspace(harness)
        agent_desk = await sign_in(harness, maria)
        reference = await queue_case(desk.services)
        await routing.try_route(desk.services)
        await eventually(lambda: reference in agent_desk.tabs.panes, what="chat tab")
        pane = agent_desk.tabs.panes[reference]
        await eventually(lambda: pane.composer() is not None, what="composer")
        pane.set_draft("I am checking your account now, one moment")
        pane.toggle_note()
        pane.note.setPlainText("caller sounded unsure about the old e-mail")

        # The session ends on the server (as after 1 h idle): the next call gets 401.
        token = page.session.agent_api.token  # type: ignore[union-attr]
        ended = await desk.client.delete(
            "/api/v1/agent/sessions/current", headers={"Authorization": f"Bearer {token}"}
        )
        assert ended.status_code == 204
        agent_desk.refresh_queue()

        await eventually(lambda: page.currentWidget() is page.sign_in_page, what="signed out")
        assert page.desk is None
        assert page.sign_in_page.notice.isVisible()
        assert "unsent replies are kept" in page.sign_in_page.notice.text()
        assert page.session.agent_api is None

        again = await sign_in(harness, maria)
        await eventually(lambda: reference in again.tabs.panes, what="chat reopened")
        restored = again.tabs.panes[reference]
        await eventually(
            lambda: restored.draft() == "I am checking your account now, one moment",
            what="draft restored",
        )
        assert restored.note.toPlainText() == "caller sounded unsure about the old e-mail"
        assert not page.sign_in_page.notice.isVisible()
