"""The supervisors' view against a real server: the role check, alerts raised by unusual
restore activity (notified, acknowledged), the dashboard's figures against the report
endpoint, the audit search and "Verify chain" before and after tampering."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from recovery_app.client.api import ApiClient
from recovery_app.client.errors import ApiProblemError
from recovery_app.client.supervisor import SupervisorClient, can_supervise
from recovery_app.domain.model import RestoreAction, Role
from recovery_app.server.settings import Settings
from recovery_app.services import audit
from recovery_app.services.context import Services
from tests.integration.test_agents_api import _case, request_restore
from tests.support.live_server import LiveServer, test_settings
from tests.ui.conftest import eventually
from tests.ui.supervisor_helpers import (
    Host,
    SignedInAgent,
    new_agent,
    seed_history,
    services_on,
    sign_in,
)
from ui.supervisor.supervisor_view import SupervisorView
from ui.theme import apply_theme

THRESHOLD = 2


@pytest.fixture
def settings(data_dir: Path) -> Settings:
    return test_settings(data_dir, restore_alert_threshold=THRESHOLD)


@pytest.fixture
async def api(live_server: LiveServer) -> AsyncIterator[ApiClient]:
    client = ApiClient(live_server.url)
    yield client
    await client.aclose()


@pytest.fixture
async def services(settings: Settings, live_server: LiveServer) -> AsyncIterator[Services]:
    async with services_on(settings) as found:
        yield found


class Opened:
    def __init__(self, host: Host, view: SupervisorView) -> None:
        self.host, self.view = host, view

    async def close(self) -> None:
        await self.view.aclose()
        self.host.close()
        self.host.deleteLater()


@pytest.fixture
async def open_view() -> AsyncIterator[object]:
    opened: list[Opened] = []

    async def make(agent: SignedInAgent) -> Opened:
        host = Host(agent.api)
        view = SupervisorView(host.context, agent)
        host.hold(view)
        host.show()
        found = Opened(host, view)
        opened.append(found)
        return found

    yield make
    for found in opened:
        await found.close()


async def supervisor(services: Services, api: ApiClient, name: str = "sue") -> SignedInAgent:
    _, seed = await new_agent(services, name, Role.SUPERVISOR)
    return await sign_in(api, name, seed)


async def test_a_plain_agent_is_refused_and_gets_no_supervisor_view(
    api: ApiClient, services: Services, open_view
) -> None:
    _, seed = await new_agent(services, "bob")
    bob = await sign_in(api, "bob", seed)
    assert bob.role == "agent" and not can_supervise(bob)
    client = SupervisorClient(bob)
    for call in (client.agents, client.queue_now, client.alerts, client.verify_audit):
        with pytest.raises(ApiProblemError) as refused:
            await call()
        assert (refused.value.problem.status, refused.value.code) == (403, "forbidden")

    opened = await open_view(bob)
    view = opened.view
    assert not view.allowed and view.client is None
    assert view.forbidden.isVisible() and not view.tabs.isVisible()
    assert "for supervisors" in view.forbidden.text()
    assert not view.tasks.running("poll") and not view.timer.isActive()

    sue = await supervisor(services, api)
    assert can_supervise(sue)
    allowed = (await open_view(sue)).view
    assert allowed.allowed and allowed.tabs.isVisible() and not allowed.forbidden.isVisible()


async def test_an_alert_from_unusual_restore_activity_is_notified_and_acknowledged(
    api: ApiClient, services: Services, open_view
) -> None:
    bob_id, _ = await new_agent(services, "bob")
    sue = await supervisor(services, api)
    opened = await open_view(sue)
    view, host = opened.view, opened.host
    host.notifier.should_notify = lambda: True  # as if the window were in the background
    await eventually(lambda: view.board.queue is not None, what="first poll")
    assert view.alerts_view.model.rowCount() == 0
    assert "Bob (bob)" in [view.board.model.cell(a, 0) for a in view.board.model.rows]

    now = datetime.now(UTC)
    case_id = await _case(services, now)
    raised = []
    for n in range(THRESHOLD + 1):
        raised += await request_restore(
            services, case_id, bob_id, RestoreAction.REVOKE_SESSIONS, now + timedelta(seconds=n)
        )
    assert [a.kind for a in raised] == ["unusual_restore_activity"]

    await view.refresh()
    model = view.alerts_view.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, 1)) == "Unusual restore activity"
    assert model.data(model.index(0, 2)) == "Bob asked for 3 restore actions within 60 minutes."
    assert model.data(model.index(0, 3)) == "Open"
    assert view.tabs.tabText(2) == "&Alerts (1)"
    assert host.notified == [
        (
            "New alert: Unusual restore activity",
            "Bob asked for 3 restore actions within 60 minutes.",
        )
    ]

    view.tabs.setCurrentWidget(view.alerts_view)
    view.alerts_view.table.selectRow(0)
    assert view.alerts_view.acknowledge_button.isEnabled()
    view.alerts_view.acknowledge_button.click()
    await eventually(lambda: model.rowCount() == 0, what="the alert to leave the open list")
    assert view.tabs.tabText(2) == "&Alerts"
    assert view.alerts_view.status.text() == "Alert acknowledged."
    history = await SupervisorClient(sue).alerts(include_acknowledged=True)
    assert [(a.id, a.acknowledged_by_agent_id) for a in history] == [(raised[0].id, sue.id)]

    view.alerts_view.show_acknowledged.setChecked(True)
    await eventually(lambda: model.rowCount() == 1, what="acknowledged alerts listed")
    assert model.data(model.index(0, 3)) == "Acknowledged by Sue"
    assert len(host.notified) == 1  # nothing new to announce


async def test_the_dashboard_shows_the_report_s_figures(
    api: ApiClient, services: Services, open_view
) -> None:
    alice_id, _ = await new_agent(services, "alice")
    bob_id, _ = await new_agent(services, "bob")
    await seed_history(services, datetime.now(UTC), alice_id, bob_id)
    sue = await supervisor(services, api)
    view = (await open_view(sue)).view
    dashboard = view.dashboard
    assert not dashboard.charts_loaded  # pyqtgraph waits until the dashboard is shown
    view.tabs.setCurrentWidget(dashboard)
    await eventually(lambda: dashboard.report is not None, what="dashboard figures")
    assert dashboard.charts_loaded
    assert dashboard.period == "7d"

    report = await SupervisorClient(sue).service_levels(
        dashboard.report.period_start, dashboard.report.period_end
    )
    queues = {q.tier.value: q for q in report.queues}
    assert (queues["verified"].attainment.rate, queues["free"].attainment.rate) == (0.3333, 1.0)

    cards = dashboard.cards
    attainment = cards["queueAttainment"].cell_texts()
    assert attainment[0][:3] == ["Subscribers (live chat)", "33\u00a0%", "1 of 3"]
    assert attainment[1][:3] == ["Free tier (messages)", "100\u00a0%", "1 of 1"]
    assert "Subscribers (live chat): 33\u00a0% answered within 1 min (goal not met)" in (
        cards["queueAttainment"].summary.text()
    )
    first = {row[0]: row[1:] for row in cards["firstResponse"].cell_texts()}
    assert first["30 s – 1 min"] == ["1", "0"]
    assert first["1 min – 2 min"] == ["1", "0"]
    assert first["1 h – 4 h"] == ["0", "1"]
    assert sum(int(r[0]) for r in first.values()) == queues["verified"].first_response.count
    resolution = {row[0]: row[1:] for row in cards["resolution"].cell_texts()}
    assert resolution["1 h – 4 h"] == ["2", "1"]
    satisfaction = cards["satisfaction"].cell_texts()
    assert satisfaction[0] == ["Subscribers (live chat)", "2", "3.5", "50\u00a0%"]
    agents = {row[0]: row for row in cards["agentAttainment"].cell_texts()}
    assert set(agents) == {a.display_name for a in report.agents} == {"Alice", "Bob"}
    assert agents["Alice"][1] == "100\u00a0%" and agents["Bob"][1] == "0\u00a0%"
    queue_rows = cards["queueLength"].cell_texts()
    assert max(int(r[1]) for r in queue_rows) >= 1  # the subscriber still waiting
    assert int(queue_rows[-1][1]) == 1 and int(queue_rows[-1][2]) == 0
    chart = cards["queueAttainment"].chart
    assert chart.accessibleName() == "Service level met, per queue"
    assert chart.accessibleDescription() == cards["queueAttainment"].summary.text()

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        for theme, base in (("dark", "#242a35"), ("contrast", "#000000")):
            apply_theme(app, theme)
            await eventually(
                lambda b=base: chart.backgroundBrush().color() == QColor(b), what=theme
            )
    finally:
        apply_theme(app, "light")


async def test_audit_search_filters_pages_and_verify_names_the_first_bad_row(
    api: ApiClient, services: Services, settings: Settings, open_view
) -> None:
    alice_id, _ = await new_agent(services, "alice")
    bob_id, _ = await new_agent(services, "bob")
    now = datetime.now(UTC)
    async with services.write() as session:
        for n in range(70):
            await audit.append(
                session,
                at=now - timedelta(minutes=70 - n),
                actor_type="agent",
                actor_id=alice_id if n % 2 else bob_id,
                action="case.viewed",
                case_ref="RD-AAAA-0001" if n < 5 else f"RD-BBBB-{n:04d}",
            )
    sue = await supervisor(services, api)
    view = (await open_view(sue)).view
    page = view.audit
    await eventually(lambda: page.agent_combo.count() == 4, what="agents in the filter")
    view.tabs.setCurrentWidget(page)
    model = page.model
    await eventually(lambda: model.rowCount() >= 50, what="first audit page")
    assert model.canFetchMore()
    model.fetchMore()
    await eventually(lambda: model.exhausted, what="the last page")
    client = SupervisorClient(sue)
    total = (await client.verify_audit()).rows
    assert model.rowCount() == total
    assert [r.id for r in model.rows] == sorted((r.id for r in model.rows), reverse=True)

    page.case_edit.setText("rd-aaaa-0001")
    page.search_button.click()
    await eventually(lambda: not model.loading and model.rowCount() == 5, what="by case")
    assert {model.data(model.index(r, 4)) for r in range(5)} == {"RD-AAAA-0001"}
    assert page.status.text() == "5 rows match."

    page.case_edit.clear()
    page.agent_combo.setCurrentIndex(page.agent_combo.findData(alice_id))
    page.action_combo.setEditText("case.viewed")
    page.search_button.click()
    await eventually(lambda: not model.loading and model.rowCount() == 35, what="by agent")
    assert {model.data(model.index(r, 2)) for r in range(35)} == {"Alice"}

    page.clear_filters()
    page.from_box.setChecked(True)
    page.from_edit.setDateTime(
        QDateTime.fromSecsSinceEpoch(int((now - timedelta(minutes=10, seconds=30)).timestamp()))
    )
    start = page._moment(page.from_edit)  # what the field holds (its precision)
    expected = sum(1 for n in range(70) if now - timedelta(minutes=70 - n) >= start)
    assert expected in (10, 11)
    page.action_combo.setEditText("case.viewed")
    page.search_button.click()
    await eventually(lambda: not model.loading and model.rowCount() == expected, what="by time")
    assert all(row.at >= start for row in model.rows)

    page.verify_button.click()
    await eventually(lambda: page.last_verify is not None, what="chain verified")
    assert page.verify_result.text() == f"Chain intact ({total} rows)"

    database = settings.data_dir / "recovery.db"
    with sqlite3.connect(database) as conn:
        conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
        conn.execute("UPDATE audit_log SET action = 'case.nothing_happened' WHERE id = 3")
    conn.close()
    page.last_verify = None
    page.verify_button.click()
    await eventually(lambda: page.last_verify is not None, what="chain verified again")
    assert not page.last_verify.ok and page.last_verify.first_bad_id == 3
    assert page.verify_result.text().startswith("Chain broken: the first bad row is 3.")
    for secret in ("token", "password", "seed", sue.token):
        assert secret not in page.verify_result.text().lower()
