"""The supervisors' dashboard: service levels of a period, as charts with text equivalents.

Six cards: first-response and resolution time distributions (histograms), attainment
per queue and per agent (bars against the goal), queue length over time (lines), and
satisfaction with "access restored" (bars). Each card has a summary sentence (also the
chart's accessible description) and a table behind a "Show as table" button.
pyqtgraph is imported the first time the dashboard is shown.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client.errors import ClientError
from recovery_app.client.supervisor import SupervisorClient
from recovery_app.schemas.queue import FiguresOut, ServiceLevelReportOut
from recovery_app.schemas.supervision import BucketOut, DistributionsOut, QueueHistoryOut
from ui.messages import message_for
from ui.supervisor import format as fmt

if TYPE_CHECKING:
    from ui.supervisor.charts import BarChart, LineChart

TIERS = ("verified", "free")


def bucket_label(bucket: BucketOut) -> str:
    """ "< 30 s", "1 min – 2 min", "≥ 3 days"."""
    if bucket.lower_seconds == 0 and bucket.upper_seconds is not None:
        return "< " + fmt.duration(bucket.upper_seconds)
    if bucket.upper_seconds is None:
        return "≥ " + fmt.duration(bucket.lower_seconds)
    return f"{fmt.duration(bucket.lower_seconds)} – {fmt.duration(bucket.upper_seconds)}"


class ChartCard(QFrame):
    """A titled chart with its summary sentence and a table for screen readers."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chartCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("chartSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # screen readers reach it
        self.table_button = QPushButton(self)
        self.table_button.setObjectName(f"{name}TableButton")
        self.table_button.setCheckable(True)
        self.table_button.toggled.connect(self._toggle_table)
        self.table = QTableWidget(self)
        self.table.setObjectName(f"{name}Table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(False)
        self.chart: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(12, 10, 12, 10)
        self._layout.addWidget(self.title)
        self._chart_slot = QVBoxLayout()
        self._layout.addLayout(self._chart_slot)
        self._layout.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(self.table_button)
        row.addStretch(1)
        self._layout.addLayout(row)
        self._layout.addWidget(self.table)
        self._headers: list[str] = []
        self._rows: list[list[str]] = []
        self.retranslate()

    def set_chart(self, chart: QWidget) -> None:
        self.chart = chart
        self._chart_slot.addWidget(chart)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.table_button.setText(
            self.tr("Hide the table") if self.table_button.isChecked() else self.tr("Show as table")
        )
        self.table_button.setAccessibleName(
            self.tr("Show or hide the table of: %1").replace("%1", self.title.text())
        )

    def _toggle_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.retranslate()

    def set_text(self, title: str, summary: str) -> None:
        self.title.setText(title)
        self.summary.setText(summary)
        self.summary.setAccessibleName(title)
        self.summary.setAccessibleDescription(summary)
        self.table.setAccessibleName(title)
        if self.chart is not None:
            self.chart.setAccessibleName(title)
            self.chart.setAccessibleDescription(summary)
        self.retranslate()

    def set_table(self, headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(list(headers))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        height = self.table.horizontalHeader().height() + 4
        height += sum(self.table.rowHeight(r) for r in range(min(len(rows), 12)))
        self.table.setMinimumHeight(min(height, 360))

    def cell_texts(self) -> list[list[str]]:
        """The table's rows as text (what a screen reader reads)."""
        return [list(r) for r in self._rows]


class Dashboard(QWidget):
    """Signals: ``loaded()`` after figures for a period arrived and were drawn."""

    loaded = Signal()

    def __init__(
        self,
        client: SupervisorClient | None,
        spawn: Callable[[str, Any], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("supervisorDashboard")
        self.client = client
        self._spawn = spawn
        self.charts_module: Any = None
        self.report: ServiceLevelReportOut | None = None
        self.distributions: DistributionsOut | None = None
        self.history: QueueHistoryOut | None = None

        self.heading = QLabel(self)
        self.heading.setObjectName("supervisorHeading")
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        for period in fmt.PERIODS:
            self.period_combo.addItem("", period)
        self.period_combo.setCurrentIndex(1)  # 7 days, as the report defaults
        self.period_label.setBuddy(self.period_combo)
        self.period_combo.currentIndexChanged.connect(lambda _: self.request_refresh())
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("dashboardRefreshButton")
        self.refresh_button.clicked.connect(self.request_refresh)
        self.status = QLabel(self)
        self.status.setObjectName("supervisorStatus")
        self.status.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setObjectName("supervisorError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.overview = QLabel(self)
        self.overview.setObjectName("dashboardOverview")
        self.overview.setWordWrap(True)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.overview.setFocusPolicy(Qt.FocusPolicy.TabFocus)

        self.cards = {
            name: ChartCard(name, self)
            for name in (
                "firstResponse",
                "resolution",
                "queueAttainment",
                "agentAttainment",
                "queueLength",
                "satisfaction",
            )
        }
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.period_label)
        top.addWidget(self.period_combo)
        top.addWidget(self.refresh_button)
        content = QWidget(self)
        content.setObjectName("dashboardContent")
        grid = QGridLayout(content)
        grid.setSpacing(12)
        for n, card in enumerate(self.cards.values()):
            grid.addWidget(card, n // 2, n % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        inner = QWidget(scroll)
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(0, 0, 0, 0)
        inner_layout.addWidget(self.overview)
        inner_layout.addWidget(content)
        inner_layout.addStretch(1)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        self.setTabOrder(self.period_combo, self.refresh_button)
        self.retranslate()

    # -- lifecycle -------------------------------------------------------------

    @property
    def charts_loaded(self) -> bool:
        return self.charts_module is not None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.charts_loaded:
            self.ensure_charts()
            self.request_refresh()

    def ensure_charts(self) -> None:
        """Import pyqtgraph and build the charts (first time the dashboard is shown)."""
        if self.charts_module is not None:
            return
        from ui.supervisor import charts

        self.charts_module = charts
        horizontal = {"agentAttainment", "firstResponse", "resolution"}
        for name, card in self.cards.items():
            chart: BarChart | LineChart
            if name == "queueLength":
                chart = charts.LineChart(card)
            else:
                chart = charts.BarChart(card, horizontal=name in horizontal)
            chart.setObjectName(f"{name}Chart")
            card.set_chart(chart)
        self._draw()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.apply_theme()
        super().changeEvent(event)

    def apply_theme(self) -> None:
        if self.charts_module is None:
            return
        colors = self.charts_module.colors_for_theme()
        for card in self.cards.values():
            if card.chart is not None:
                card.chart.apply_colors(colors)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Service levels"))
        self.period_label.setText(self.tr("&Period:"))
        self.period_combo.setAccessibleName(self.tr("Period of the dashboard"))
        for n in range(self.period_combo.count()):
            self.period_combo.setItemText(n, fmt.period_name(self.period_combo.itemData(n)))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the dashboard"))
        for card in self.cards.values():
            card.retranslate()
        self._draw()

    # -- data ------------------------------------------------------------------

    @property
    def period(self) -> str:
        return str(self.period_combo.currentData())

    def request_refresh(self) -> None:
        if self.client is not None:
            self._spawn("dashboard", self.refresh())

    async def refresh(self) -> None:
        """Fetch the report, the distributions and the queue history of the period."""
        if self.client is None:
            return
        start, end = fmt.period_range(self.period)
        self.refresh_button.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        try:
            report, distributions, history = await asyncio.gather(
                self.client.service_levels(start, end),
                self.client.distributions(start, end),
                self.client.queue_history(start, end),
            )
        except ClientError as exc:
            self.error.setText(message_for(exc.code))
            self.error.setVisible(True)
            self.status.setText("")
            return
        finally:
            self.refresh_button.setEnabled(True)
        self.error.setVisible(False)
        self.report, self.distributions, self.history = report, distributions, history
        self._draw()
        self.loaded.emit()

    # -- drawing ---------------------------------------------------------------

    def _queues(self) -> dict[str, FiguresOut]:
        assert self.report is not None
        return {
            q.tier.value if hasattr(q.tier, "value") else str(q.tier): q for q in self.report.queues
        }

    def _draw(self) -> None:
        if self.report is None or self.distributions is None or self.history is None:
            for card in self.cards.values():
                card.set_text(self._title(card), self.tr("No figures yet."))
            return
        report = self.report
        self.status.setText(
            self.tr("Cases that joined the queue from %1 to %2.")
            .replace("%1", fmt.local_time(report.period_start))
            .replace("%2", fmt.local_time(report.period_end))
        )
        self._draw_overview()
        self._draw_histogram(
            self.cards["firstResponse"], self.distributions.first_response, "first"
        )
        self._draw_histogram(self.cards["resolution"], self.distributions.resolution, "resolution")
        self._draw_queue_attainment()
        self._draw_agent_attainment()
        self._draw_queue_length()
        self._draw_satisfaction()

    def _title(self, card: ChartCard) -> str:
        titles = {
            "firstResponse": self.tr("First response times"),
            "resolution": self.tr("Resolution times"),
            "queueAttainment": self.tr("Service level met, per queue"),
            "agentAttainment": self.tr("Service level met, per agent"),
            "queueLength": self.tr("Queue length over time"),
            "satisfaction": self.tr("Satisfaction and access restored"),
        }
        for name, found in self.cards.items():
            if found is card:
                return titles[name]
        return ""

    def _draw_overview(self) -> None:
        assert self.report is not None
        lines = []
        for tier, q in self._queues().items():
            lines.append(
                self.tr("%1: %n case(s)", "", q.cases).replace("%1", fmt.tier_name(tier))
                + " · "
                + self.tr("%n resolved", "", q.resolved)
                + " · "
                + self.tr("%n abandoned", "", q.abandoned)
            )
        self.overview.setText("\n".join(lines))
        self.overview.setAccessibleName(self.tr("Cases in the period"))

    def _draw_histogram(self, card: ChartCard, buckets: list[BucketOut], kind: str) -> None:
        queues = self._queues()
        labels = [bucket_label(b) for b in buckets]
        names = [fmt.tier_name(t) for t in TIERS]
        title = self._title(card)
        parts = []
        for tier in TIERS:
            figures = queues[tier].first_response if kind == "first" else queues[tier].resolution
            if figures.count:
                parts.append(
                    self.tr("%1: median %2 over %n case(s)", "", figures.count)
                    .replace("%1", fmt.tier_name(tier))
                    .replace("%2", fmt.duration(figures.median_seconds))
                )
            else:
                parts.append(self.tr("%1: no cases").replace("%1", fmt.tier_name(tier)))
        card.set_text(title, "; ".join(parts) + ".")
        card.set_table(
            [self.tr("Time"), *names],
            [
                [label, str(b.verified), str(b.free)]
                for label, b in zip(labels, buckets, strict=True)
            ],
        )
        if card.chart is not None:
            x_label = (
                self.tr("Time to first response")
                if kind == "first"
                else self.tr("Time to resolution")
            )
            card.chart.set_axis_labels(self.tr("Cases"), x_label)
            card.chart.set_bars(
                labels,
                [(names[0], [b.verified for b in buckets]), (names[1], [b.free for b in buckets])],
            )

    def _attainment_row(self, name: str, figures: FiguresOut) -> list[str]:
        a = figures.attainment
        return [
            name,
            fmt.percent(a.rate),
            self.tr("%1 of %2").replace("%1", str(a.within_target)).replace("%2", str(a.measured)),
            fmt.duration(figures.first_response.median_seconds),
        ]

    def _draw_queue_attainment(self) -> None:
        assert self.report is not None
        card = self.cards["queueAttainment"]
        queues = self._queues()
        goal = self.report.attainment_goal
        parts = []
        rows = []
        for tier in TIERS:
            q = queues[tier]
            a = q.attainment
            target = fmt.duration(a.target_seconds)
            if a.rate is None:
                verdict = self.tr("%1: nothing measured yet").replace("%1", fmt.tier_name(tier))
            else:
                met = self.tr("goal met") if a.met else self.tr("goal not met")
                verdict = (
                    self.tr("%1: %2 answered within %3 (%4)")
                    .replace("%1", fmt.tier_name(tier))
                    .replace("%2", fmt.percent(a.rate))
                    .replace("%3", target)
                    .replace("%4", met)
                )
            parts.append(verdict)
            rows.append([*self._attainment_row(fmt.tier_name(tier), q), target])
        summary = "; ".join(parts) + ". " + self.tr("Goal: %1.").replace("%1", fmt.percent(goal))
        card.set_text(self._title(card), summary)
        card.set_table(
            [
                self.tr("Queue"),
                self.tr("Within target"),
                self.tr("Answered in time"),
                self.tr("Median first response"),
                self.tr("Target"),
            ],
            rows,
        )
        if card.chart is not None:
            card.chart.set_axis_labels(self.tr("Queue"), self.tr("Within target (%)"))
            card.chart.set_bars(
                [fmt.tier_name(t) for t in TIERS],
                [
                    (
                        self.tr("Within target"),
                        [100 * (queues[t].attainment.rate or 0) for t in TIERS],
                    )
                ],
                goal=100 * goal,
                value_max=100,
            )

    def _draw_agent_attainment(self) -> None:
        assert self.report is not None
        card = self.cards["agentAttainment"]
        agents = self.report.agents
        names = [a.display_name for a in agents]
        if agents:
            best = max(agents, key=lambda a: a.attainment.rate or 0)
            summary = self.tr("%n agent(s) answered cases in the period.", "", len(agents))
            if best.attainment.rate is not None:
                summary += " " + (
                    self.tr("Highest: %1 with %2 within target.")
                    .replace("%1", best.display_name)
                    .replace("%2", fmt.percent(best.attainment.rate))
                )
        else:
            summary = self.tr("No agent answered a case in the period.")
        card.set_text(self._title(card), summary)
        card.set_table(
            [
                self.tr("Agent"),
                self.tr("Within target"),
                self.tr("Answered in time"),
                self.tr("Median first response"),
            ],
            [self._attainment_row(a.display_name, a) for a in agents],
        )
        if card.chart is not None:
            card.chart.set_axis_labels(self.tr("Within target (%)"), self.tr("Agent"))
            card.chart.set_bars(
                names,
                [(self.tr("Within target"), [100 * (a.attainment.rate or 0) for a in agents])],
                goal=100 * self.report.attainment_goal,
                value_max=100,
            )

    def _draw_queue_length(self) -> None:
        assert self.history is not None
        card = self.cards["queueLength"]
        points = self.history.points
        parts = []
        for tier in TIERS:
            values = [getattr(p, tier) for p in points]
            peak = max(values, default=0)
            if peak:
                at = points[values.index(peak)].at
                parts.append(
                    self.tr("%1: at most %n waiting (%2)", "", peak)
                    .replace("%1", fmt.tier_name(tier))
                    .replace("%2", fmt.local_time(at))
                )
            else:
                parts.append(self.tr("%1: nobody waited").replace("%1", fmt.tier_name(tier)))
        card.set_text(self._title(card), "; ".join(parts) + ".")
        card.set_table(
            [self.tr("Time"), *(fmt.tier_name(t) for t in TIERS)],
            [[fmt.local_time(p.at), str(p.verified), str(p.free)] for p in points],
        )
        if card.chart is not None:
            card.chart.set_axis_labels(self.tr("Time"), self.tr("Cases waiting"))
            card.chart.set_lines(
                [p.at.timestamp() for p in points],
                [(fmt.tier_name(t), [float(getattr(p, t)) for p in points]) for t in TIERS],
            )

    def _draw_satisfaction(self) -> None:
        assert self.report is not None
        card = self.cards["satisfaction"]
        queues = self._queues()
        rows = []
        parts = []
        for tier in TIERS:
            s = queues[tier].satisfaction
            rows.append(
                [
                    fmt.tier_name(tier),
                    str(s.surveys),
                    fmt.number(s.average_rating),
                    fmt.percent(s.access_restored_rate),
                ]
            )
            if s.surveys:
                parts.append(
                    self.tr(
                        "%1: rated %2 of 5, access restored for %3 (%n survey(s))", "", s.surveys
                    )
                    .replace("%1", fmt.tier_name(tier))
                    .replace("%2", fmt.number(s.average_rating))
                    .replace("%3", fmt.percent(s.access_restored_rate))
                )
            else:
                parts.append(self.tr("%1: no surveys").replace("%1", fmt.tier_name(tier)))
        for a in self.report.agents:
            s = a.satisfaction
            rows.append(
                [
                    a.display_name,
                    str(s.surveys),
                    fmt.number(s.average_rating),
                    fmt.percent(s.access_restored_rate),
                ]
            )
        card.set_text(self._title(card), "; ".join(parts) + ".")
        card.set_table(
            [
                self.tr("Queue or agent"),
                self.tr("Surveys"),
                self.tr("Average rating (1–5)"),
                self.tr("Access restored"),
            ],
            rows,
        )
        if card.chart is not None:
            card.chart.set_axis_labels(self.tr("Queue"), self.tr("Share (%)"))
            card.chart.set_bars(
                [fmt.tier_name(t) for t in TIERS],
                [
                    (
                        self.tr("Access restored"),
                        [100 * (queues[t].satisfaction.access_restored_rate or 0) for t in TIERS],
                    ),
                    (
                        self.tr("Average rating, as a share of 5"),
                        [20 * (queues[t].satisfaction.average_rating or 0) for t in TIERS],
                    ),
                ],
                value_max=100,
            )


__all__ = ["ChartCard", "Dashboard", "bucket_label"]
