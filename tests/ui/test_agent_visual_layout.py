"""Agent desk layout and wording found in the screenshots: the chats get most of the
height, the case panel starts wide enough and nothing in it runs off to the right,
the close dialog is as tall as its text, the sign-in error is framed and announced,
the agent reads its own sentence for a proof it asked for, and prepared replies show
their variables in words."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from recovery_app.services import routing
from tests.support.live_server import LiveServer
from tests.ui.agent_desk_support import (
    desk_on,
    make_agent,
    queue_case,
    sign_in,
    workspace,
)
from tests.ui.conftest import eventually
from ui.agent.canned_popup import readable
from ui.agent.case_panel import MIN_WIDTH
from ui.agent.close_dialog import CloseDialog
from ui.widgets.chat_text import display_text

PROOF = json.dumps({"event": "proof_requested"})


def test_the_agent_reads_its_own_sentence_for_a_proof_it_asked_for() -> None:
    requester = display_text("system", PROOF)
    assert requester == "The specialist asked for a proof. Answer it on the card in this chat."
    assert display_text("system", PROOF, "requester") == requester
    agent = display_text("system", PROOF, "agent")
    assert agent != requester
    assert "card" not in agent and "requester answers" in agent


def test_prepared_replies_show_their_variables_in_words() -> None:
    shown = readable("Hello {name}, I'm {agent}.\nYour case is {case_ref}; {other_thing}.")
    assert "{" not in shown and "\n" not in shown
    assert "«requester's name»" in shown and "«your name»" in shown
    assert "«case reference»" in shown and "«other thing»" in shown


def test_the_close_dialog_is_as_tall_as_its_text(qapp: Any) -> None:
    dialog = CloseDialog("RD-ABCD-EFGH-JKLM")
    dialog.show()
    try:
        assert dialog.text.geometry().top() <= 24  # no empty band above the sentence
        assert dialog.width() >= 460
        gap = dialog.buttons.geometry().top() - dialog.text.geometry().bottom()
        assert gap <= 40
    finally:
        dialog.close()
        dialog.deleteLater()


async def test_desk_gives_the_chats_most_of_the_height_and_the_panel_room(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        harness.window.resize(1180, 760)

        form = workspace(harness).sign_in_page
        form.username.setText("")
        form.submit_button.click()
        await eventually(lambda: form.error.isVisible(), what="sign-in error")
        assert form.error.objectName() == "signInError"
        assert form.error.property("tone") == "error"
        assert form.error.accessibleDescription() == form.error.text() != ""
        assert form.error.accessibleName() == "Sign-in error"

        agent_desk = await sign_in(harness, maria)
        reference = await queue_case(desk.services)
        await routing.try_route(desk.services)
        await eventually(lambda: reference in agent_desk.tabs.panes, what="chat tab opened")
        pane = agent_desk.tabs.panes[reference]
        await eventually(lambda: pane.isVisible(), what="pane shown")

        chats, queue = agent_desk.work_splitter.sizes()
        assert chats >= 0.7 * (chats + queue), (chats, queue)

        panel = pane.case_panel
        await eventually(lambda: getattr(panel, "case", None) is not None, what="case loaded")
        await eventually(
            lambda: panel.body.width() <= panel.scroll_area.viewport().width(),
            what="the panel's rows fit its width",
        )
        left, right = pane.splitter.sizes()
        assert right >= MIN_WIDTH and right >= 0.3 * (left + right), (left, right)
        assert pane.splitter.childrenCollapsible() is False
