"""Agent desk at work: the queue with its service-level timers, presence reaching the
server, prepared replies, private notes, transfer, escalation, closing with the survey,
and two agents on one queue never sharing a case."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from recovery_app.domain.model import Role
from recovery_app.services import routing
from tests.support.live_server import LiveServer
from tests.ui.agent_desk_support import (
    assigned_to,
    desk_on,
    make_agent,
    presence_of,
    queue_case,
    sign_in,
)
from tests.ui.conftest import eventually
from ui.models.queue_model import COL_SLA, COL_TIER, COL_WAITING, SLA_ROLE


async def test_queue_shows_waiting_cases_with_amber_and_red_timers_in_words(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria", max_chats=1)
        await queue_case(desk.services, "verified", timedelta(minutes=10))  # routed to Maria
        await queue_case(desk.services, "verified", timedelta(seconds=120))  # breached (60 s)
        await queue_case(desk.services, "verified", timedelta(seconds=48))  # 80 %: amber
        await queue_case(desk.services, "free", timedelta(minutes=5))  # on time (24 h)
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, maria)
        await eventually(lambda: agent_desk.tabs.count() == 1, what="one case routed")
        agent_desk.refresh_queue()
        model = agent_desk.queue.model
        await eventually(lambda: model.rowCount() == 3, what="three waiting")

        states = [model.index(row, COL_SLA).data(SLA_ROLE) for row in range(3)]
        texts = [model.index(row, COL_SLA).data() for row in range(3)]
        assert states == ["breached", "warning", "ok"]
        assert texts[0].startswith("Breached ")
        assert texts[1].startswith("Due soon: ")
        assert texts[2].startswith("On time: ")
        assert model.index(0, COL_SLA).data(Qt.ItemDataRole.DecorationRole) is not None
        assert model.index(2, COL_SLA).data(Qt.ItemDataRole.DecorationRole) is None
        assert model.index(0, COL_TIER).data() == "Subscriber (live)"
        assert model.index(2, COL_WAITING).data() == "5 min"
        summary = agent_desk.queue.summary.text()
        assert "3 waiting" in summary
        assert "1 breached" in summary
        assert "1 due soon" in summary


async def test_away_reaches_the_server_and_routing_skips_the_agent(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, maria)
        await eventually(
            lambda: agent_desk.status.presence.currentText() == "Online", what="online"
        )

        agent_desk.status.presence.setCurrentIndex(1)
        agent_desk.status.presence.activated.emit(1)
        await eventually(lambda: agent_desk.bridge.session.connected, what="still connected")
        for _ in range(100):
            if await presence_of(desk.services, maria.id) == "away":
                break
            await asyncio.sleep(0.05)
        assert await presence_of(desk.services, maria.id) == "away"

        reference = await queue_case(desk.services)
        await routing.try_route(desk.services)
        await asyncio.sleep(0.5)
        assert await assigned_to(desk.services, reference) is None
        assert agent_desk.tabs.count() == 0

        agent_desk.status.presence.setCurrentIndex(0)
        agent_desk.status.presence.activated.emit(0)
        await eventually(lambda: reference in agent_desk.tabs.panes, what="assigned once online")
        assert await assigned_to(desk.services, reference) == maria.id


async def test_capacity_change_reaches_the_server(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, maria)
        await eventually(lambda: agent_desk.status.capacity.value() == 4, what="capacity loaded")
        agent_desk.status.capacity.setValue(2)
        token = harness.window.agent_page.session.agent_api.token
        headers = {"Authorization": f"Bearer {token}"}

        async def stored() -> int:
            return int(
                (await desk.client.get("/api/v1/agent/capacity", headers=headers)).json()[
                    "max_chats"
                ]
            )

        for _ in range(60):
            if await stored() == 2:
                break
            await asyncio.sleep(0.05)
        assert await stored() == 2


async def test_canned_reply_is_rendered_into_the_composer_and_a_note_stays_private(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        requester_token = "requester-token-for-this-test-0123456789"
        reference = await queue_case(desk.services, token=requester_token)
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, maria)
        await eventually(lambda: reference in agent_desk.tabs.panes, what="chat")
        pane = agent_desk.tabs.panes[reference]
        await eventually(lambda: pane.composer() is not None, what="composer")

        agent_desk.act("canned")
        popup = agent_desk.canned_popup
        await eventually(lambda: popup.list.count() > 0, what="prepared replies loaded")
        popup.filter.setText("greet")
        assert popup.list.item(0).text().startswith("/greet")
        popup.filter.returnPressed.emit()
        await eventually(lambda: "I'm Maria" in pane.draft(), what="rendered reply inserted")
        assert reference in pane.draft()
        assert "{" not in pane.draft()

        pane.toggle_note()
        assert pane.note.isVisible()
        pane.note.setPlainText("owner mentioned a trip abroad in May")
        pane.save_note_button.click()
        await eventually(lambda: "Note saved" in pane.note_status.text(), what="note saved")

        token = harness.window.agent_page.session.agent_api.token
        agent_view = await desk.client.get(
            f"/api/v1/agent/cases/{reference}/messages",
            headers={"Authorization": f"Bearer {token}"},
        )
        notes = [m for m in agent_view.json() if m["kind"] == "note"]
        assert [n["body"] for n in notes] == ["owner mentioned a trip abroad in May"]
        requester_view = await desk.client.get(
            f"/api/v1/cases/{reference}/messages",
            headers={"Authorization": f"Bearer {requester_token}"},
        )
        assert requester_view.status_code == 200, requester_view.text
        assert "trip abroad" not in requester_view.text


async def test_transfer_moves_the_chat_to_the_other_agent_and_escalation_to_a_supervisor(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        tomasz = await make_agent(desk, "tomasz")
        sam = await make_agent(desk, "sam", role=Role.SUPERVISOR)
        first = await queue_case(desk.services, waited=timedelta(seconds=30))
        second = await queue_case(desk.services, waited=timedelta(seconds=20))
        maria_desk = await sign_in(await client_for(live_server.url), maria)
        await eventually(lambda: maria_desk.tabs.count() == 2, what="both cases to Maria")
        tomasz_desk = await sign_in(await client_for(live_server.url), tomasz)
        for _ in range(100):
            if await presence_of(desk.services, tomasz.id) == "online":
                break
            await asyncio.sleep(0.05)

        maria_desk.tabs.setCurrentWidget(maria_desk.tabs.panes[first])
        maria_desk.act("transfer")
        await eventually(
            lambda: getattr(maria_desk, "handover_dialog", None) is not None, what="dialog"
        )
        dialog = maria_desk.handover_dialog
        await eventually(lambda: dialog.isVisible(), what="dialog shown")
        assert dialog.target.currentText().startswith("Tomasz (online")
        dialog.buttons.accepted.emit()
        assert dialog.error.text() == "Write a short reason for the next person."
        dialog.reason.setPlainText("Polish speaker needed")
        dialog.buttons.accepted.emit()
        await eventually(lambda: first in tomasz_desk.tabs.panes, what="transferred")
        await eventually(lambda: first not in maria_desk.tabs.panes, what="gone from Maria")
        assert await assigned_to(desk.services, first) == tomasz.id

        sam_desk = await sign_in(await client_for(live_server.url), sam)
        maria_desk.tabs.setCurrentWidget(maria_desk.tabs.panes[second])
        maria_desk.handover_dialog = None
        maria_desk.act("escalate")
        await eventually(lambda: maria_desk.handover_dialog is not None, what="escalation dialog")
        dialog = maria_desk.handover_dialog
        assert not dialog.target.isVisible()
        dialog.reason.setPlainText("Owner disputes the document check")
        dialog.buttons.accepted.emit()
        await eventually(lambda: second in sam_desk.tabs.panes, what="escalated to Sam")
        await eventually(lambda: maria_desk.tabs.count() == 0, what="Maria's tabs empty")
        assert await assigned_to(desk.services, second) == sam.id


async def test_closing_a_restored_case_offers_the_requester_the_survey(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria")
        await desk.account("ola", email="ola@example.com")
        case = await desk.verified_case("ola", reply="ola.new@example.org")
        await desk.prove(case, "email_code", "ola@example.com")  # L1
        queued = await desk.client.post(
            f"/api/v1/cases/{case.reference}/support", headers=case.headers
        )
        assert queued.status_code == 200, queued.text
        harness = await client_for(live_server.url)
        agent_desk = await sign_in(harness, maria)
        await eventually(lambda: case.reference in agent_desk.tabs.panes, what="chat")
        token = harness.window.agent_page.session.agent_api.token
        revoked = await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "revoke_sessions", "target": {}, "reason": "attacker signed in"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert revoked.status_code == 201, revoked.text

        agent_desk.act("close")
        await eventually(
            lambda: getattr(agent_desk, "close_dialog", None) is not None, what="dialog"
        )
        assert case.reference in agent_desk.close_dialog.text.text()
        agent_desk.close_dialog.done(QDialog.DialogCode.Accepted)

        await eventually(lambda: case.reference not in agent_desk.tabs.panes, what="tab closed")
        assert "is closed" in agent_desk.notice.text()
        survey = await desk.client.get(
            f"/api/v1/cases/{case.reference}/survey", headers=case.headers
        )
        assert survey.json()["can_answer"] is True
        state = await desk.client.get(f"/api/v1/cases/{case.reference}", headers=case.headers)
        assert state.json()["state"] == "restored"


async def test_two_agents_on_one_queue_never_get_the_same_case(
    live_server: LiveServer, client_for: Callable[..., Any]
) -> None:
    async with desk_on(live_server) as desk:
        maria = await make_agent(desk, "maria", max_chats=5)
        tomasz = await make_agent(desk, "tomasz", max_chats=5)
        maria_desk = await sign_in(await client_for(live_server.url), maria)
        tomasz_desk = await sign_in(await client_for(live_server.url), tomasz)
        for _ in range(100):
            if await presence_of(desk.services, tomasz.id) == "online":
                break
            await asyncio.sleep(0.05)
        references = [
            await queue_case(desk.services, waited=timedelta(seconds=60 - n)) for n in range(8)
        ]
        await asyncio.gather(*(routing.try_route(desk.services) for _ in range(4)))

        await eventually(
            lambda: maria_desk.tabs.count() + tomasz_desk.tabs.count() == 8, what="all routed"
        )
        mine, theirs = set(maria_desk.tabs.panes), set(tomasz_desk.tabs.panes)
        assert mine.isdisjoint(theirs)
        assert mine | theirs == set(references)
        assert mine and theirs  # load-based: both got work
        for reference in references:
            owner = await assigned_to(desk.services, reference)
            assert owner == (maria.id if reference in mine else tomasz.id)
