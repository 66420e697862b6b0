"""Measuring, summarising and reporting benchmark figures (shared/PERFORMANCE.md).

Every figure is stated beside a baseline measured in the same run, as a ratio,
with the target it is judged against. Each measurement runs several times and
the median run is kept. Results go to the terminal as a table and to
``bench-results/results.json``.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path


def percentile(samples: Sequence[float], q: float) -> float:
    """The ``q``-th percentile (0..100) by nearest rank."""
    ordered = sorted(samples)
    if not ordered:
        return float("nan")
    rank = max(0, min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1))))
    return ordered[rank]


def median_run(runs: Sequence[dict[str, float]], key: str) -> dict[str, float]:
    """Of several runs, the one whose ``key`` is the median."""
    ordered = sorted(runs, key=lambda run: run[key])
    return ordered[len(ordered) // 2]


@dataclass
class Figure:
    """One row of the table."""

    id: str
    name: str
    value: float
    unit: str
    baseline: float | None
    target: str
    passed: bool
    notes: str = ""

    @property
    def ratio(self) -> float | None:
        if self.baseline in (None, 0):
            return None
        return self.value / self.baseline  # type: ignore[operator]


@dataclass
class Report:
    figures: list[Figure] = field(default_factory=list)

    def add(self, figure: Figure) -> None:
        self.figures.append(figure)
        print(self.row(figure), flush=True)

    @staticmethod
    def header() -> str:
        return (
            f"{'#':<5}{'figure':<46}{'value':>12}{'baseline':>12}{'ratio':>8}  {'target':<34}pass"
        )

    @staticmethod
    def row(f: Figure) -> str:
        base = f"{f.baseline:.3g}" if f.baseline is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        return (
            f"{f.id:<5}{f.name[:45]:<46}{f.value:>9.3g} {f.unit:<2}{base:>12}{ratio:>8}  "
            f"{f.target[:33]:<34}{'yes' if f.passed else 'NO'}"
        )

    def write(self, folder: Path) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "results.json"
        data = {
            "when": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": {
                "cpus": os.cpu_count(),
                "python": platform.python_version(),
                "platform": platform.platform(),
            },
            "figures": [{**asdict(f), "ratio": f.ratio} for f in self.figures],
        }
        path.write_text(json.dumps(data, indent=2))
        return path


def ms(seconds: float) -> float:
    return seconds * 1000.0


def summary(samples: Sequence[float]) -> dict[str, float]:
    return {
        "p50": percentile(samples, 50),
        "p99": percentile(samples, 99),
        "mean": statistics.fmean(samples) if samples else float("nan"),
        "n": float(len(samples)),
    }
