"""Charts of the supervisors' dashboard, drawn with pyqtgraph.

Imported only when the dashboard is first shown (pyqtgraph and numpy take a few
hundred milliseconds to import; see docs/desktop-client.md, "Charts: pyqtgraph, not
QtCharts"). Colours come from the application palette and the theme, so the charts
follow light, dark and high-contrast. Charts are pictures for sighted people: every
chart on the dashboard also has a summary sentence and a table for screen readers.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

pg.setConfigOptions(antialias=True)

# Series colours per theme: distinguishable for common colour-vision deficiencies
# (blue/orange first), and pure, bright colours on black for high contrast.
_SERIES = {
    "light": ("#2f6fde", "#d9822b", "#2a9d5c", "#b23a48"),
    "dark": ("#6d9cf2", "#f0a35b", "#4cc38a", "#e5707e"),
    "contrast": ("#ffff00", "#00ffff", "#ffffff", "#ff80ff"),
}


@dataclass(frozen=True)
class ChartColors:
    background: QColor
    foreground: QColor
    grid: QColor
    goal: QColor
    series: tuple[QColor, ...]


def colors_for_theme() -> ChartColors:
    """The current theme's chart colours (from the application palette)."""
    app = QApplication.instance()
    theme = str(app.property("theme") or "light") if app is not None else "light"
    palette = QApplication.palette()
    series = tuple(QColor(c) for c in _SERIES.get(theme, _SERIES["light"]))
    return ChartColors(
        background=palette.color(QPalette.ColorRole.Base),
        foreground=palette.color(QPalette.ColorRole.Text),
        grid=palette.color(QPalette.ColorRole.Mid),
        goal=palette.color(QPalette.ColorRole.Text),
        series=series,
    )


class _Chart(pg.PlotWidget):
    """A static chart: no mouse zoom, no context menu, not in the tab order."""

    def __init__(self, parent: QWidget | None = None, axis_items: dict | None = None) -> None:  # type: ignore[type-arg]
        super().__init__(parent, axisItems=axis_items)
        self.setObjectName("supervisorChart")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(200)
        item = self.getPlotItem()
        item.setMouseEnabled(x=False, y=False)
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.3)
        self._legend = item.addLegend(offset=(-10, -10))  # bottom right
        self._labels: tuple[str, str] = ("", "")
        self.colors = colors_for_theme()
        self.apply_colors(self.colors)

    def set_axis_labels(self, x_label: str, y_label: str) -> None:
        self._labels = (x_label, y_label)
        self._style_labels()

    def _style_labels(self) -> None:
        color = self.colors.foreground.name()
        item = self.getPlotItem()
        item.setLabel("bottom", self._labels[0], color=color)
        item.setLabel("left", self._labels[1], color=color)

    def apply_colors(self, colors: ChartColors) -> None:
        self.colors = colors
        self.setBackground(colors.background)
        font = QFont(self.font())
        for name in ("left", "bottom"):
            axis = self.getPlotItem().getAxis(name)
            axis.enableAutoSIPrefix(False)
            axis.setPen(pg.mkPen(colors.grid))
            axis.setTextPen(pg.mkPen(colors.foreground))
            axis.setTickFont(font)
        if self._legend is not None:
            self._legend.setLabelTextColor(colors.foreground)
            self._legend.setBrush(pg.mkBrush(colors.background))
            self._legend.setPen(pg.mkPen(colors.grid))
        self._style_labels()

    def clear_series(self) -> None:
        self.getPlotItem().clear()
        if self._legend is not None:
            self._legend.clear()


class BarChart(_Chart):
    """Grouped bars over named categories; horizontal bars suit long names (agents)."""

    def __init__(self, parent: QWidget | None = None, *, horizontal: bool = False) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self.value_max: float | None = None
        self._data: tuple[list[str], list[tuple[str, list[float]]], float | None] = ([], [], None)
        if horizontal:
            self.getPlotItem().invertY(True)  # the first category on top
            self.getPlotItem().showGrid(x=True, y=False, alpha=0.3)

    def set_bars(
        self,
        categories: Sequence[str],
        series: Sequence[tuple[str, Sequence[float]]],
        *,
        goal: float | None = None,
        value_max: float | None = None,
    ) -> None:
        """``value_max``: a fixed top of the value axis (100 for percentages)."""
        self.value_max = value_max
        self._data = (list(categories), [(n, list(v)) for n, v in series], goal)
        self._draw()

    def apply_colors(self, colors: ChartColors) -> None:
        super().apply_colors(colors)
        if getattr(self, "_data", None) is not None:
            self._draw()

    def _draw(self) -> None:
        categories, series, goal = self._data
        self.clear_series()
        item = self.getPlotItem()
        count = max(1, len(series))
        width = 0.8 / count
        for n, (name, values) in enumerate(series):
            color = self.colors.series[n % len(self.colors.series)]
            offsets = [i - 0.4 + width * (n + 0.5) for i in range(len(values))]
            if self.horizontal:
                bars = pg.BarGraphItem(
                    x0=0, y=offsets, height=width * 0.9, width=values, brush=color, pen=color
                )
            else:
                bars = pg.BarGraphItem(
                    x=offsets, height=values, width=width * 0.9, brush=color, pen=color
                )
            item.addItem(bars)
            if self._legend is not None and len(series) > 1:
                self._legend.addItem(bars, name)
        ticks = [[(i, label) for i, label in enumerate(categories)]]
        category_axis = item.getAxis("left" if self.horizontal else "bottom")
        category_axis.setTicks(ticks)
        if goal is not None:
            line = pg.InfiniteLine(
                pos=goal,
                angle=90 if self.horizontal else 0,
                pen=pg.mkPen(self.colors.goal, width=2, style=Qt.PenStyle.DashLine),
            )
            item.addItem(line)
        if self._legend is not None:
            self._legend.setVisible(len(series) > 1)
        span = (-0.6, max(0, len(categories) - 1) + 0.6)
        top = self.value_max
        if top is None:
            top = max((max(v) for _, v in series if v), default=0) * 1.1
            top = max(1.0, top, goal or 0)
        value_axis = item.getAxis("bottom" if self.horizontal else "left")
        if self.value_max is None:  # counts: whole numbers only
            major = max(1, math.ceil(top / 5))
            value_axis.setTickSpacing(major, major)
        else:
            value_axis.setTickSpacing()
        if self.horizontal:
            item.setYRange(*span, padding=0)
            item.setXRange(0, top, padding=0.02)
        else:
            item.setXRange(*span, padding=0)
            item.setYRange(0, top, padding=0.02)
        if self.horizontal:
            self.setMinimumHeight(max(200, 28 * len(categories) + 90))


class LineChart(_Chart):
    """Lines over time (x: seconds since the epoch, shown as local times)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, axis_items={"bottom": pg.DateAxisItem(orientation="bottom")})
        self._data: tuple[list[float], list[tuple[str, list[float]]]] = ([], [])

    def set_lines(self, xs: Sequence[float], series: Sequence[tuple[str, Sequence[float]]]) -> None:
        self._data = (list(xs), [(n, list(v)) for n, v in series])
        self._draw()

    def apply_colors(self, colors: ChartColors) -> None:
        super().apply_colors(colors)
        if getattr(self, "_data", None) is not None:
            self._draw()

    def _draw(self) -> None:
        xs, series = self._data
        self.clear_series()
        item = self.getPlotItem()
        for n, (name, values) in enumerate(series):
            color = self.colors.series[n % len(self.colors.series)]
            curve = item.plot(xs, values, pen=pg.mkPen(color, width=2), name=name, stepMode=None)
            if self._legend is not None and not item.legend:
                self._legend.addItem(curve, name)
        if xs:
            item.setXRange(xs[0], xs[-1], padding=0.02)
        top = max((max(v) for _, v in series if v), default=0)
        item.setYRange(0, max(1.0, top * 1.15), padding=0)
