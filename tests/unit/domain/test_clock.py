"""The server's clock (recovery_app.domain.clock): tests move time instead of sleeping."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_app.domain.clock import FrozenClock, SystemClock


def test_a_frozen_clock_moves_only_when_told() -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    clock = FrozenClock(start)
    assert clock.now() == clock.now() == start
    clock.advance(timedelta(minutes=10))
    assert clock.now() == start + timedelta(minutes=10)


def test_clocks_tell_time_in_utc() -> None:
    before = datetime.now(UTC)
    assert before <= SystemClock().now() <= datetime.now(UTC)
    assert SystemClock().now().utcoffset() == timedelta(0)
    assert FrozenClock().now().utcoffset() == timedelta(0)
