"""The delivery rules: retry delays and the delivery state a requester reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_app.domain.delivery import (
    QUEUED_DELAYED_AFTER,
    DeliveryState,
    MessageFacts,
    OutboxStatus,
    delivery_state,
    retry_delay,
)

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_retry_delays_double_up_to_the_cap_and_keep_half_of_it_fixed() -> None:
    def delays(jitter: float) -> list[float]:
        return [
            retry_delay(n, base_seconds=2, max_seconds=120, jitter=lambda: jitter).total_seconds()
            for n in range(1, 10)
        ]

    assert delays(1.0) == [2, 4, 8, 16, 32, 64, 120, 120, 120]
    assert delays(0.0) == [1, 2, 4, 8, 16, 32, 60, 60, 60]
    assert retry_delay(10_000, base_seconds=2, max_seconds=120, jitter=lambda: 1.0) == timedelta(
        seconds=120
    )


def _row(status: OutboxStatus, attempts: int = 0, age: timedelta = timedelta(0)) -> MessageFacts:
    return MessageFacts(status, attempts, NOW - age)


def test_the_delivery_state_follows_the_rows_carrying_the_code() -> None:
    def state(*rows: MessageFacts, own: bool = False) -> DeliveryState | None:
        return delivery_state(rows, own_contact=own, now=NOW)

    assert state() is None
    assert state(_row(OutboxStatus.PENDING)) is DeliveryState.QUEUED
    assert state(_row(OutboxStatus.PENDING, age=QUEUED_DELAYED_AFTER)) is DeliveryState.DELAYED
    assert state(_row(OutboxStatus.PENDING, attempts=1)) is DeliveryState.DELAYED
    assert state(_row(OutboxStatus.PENDING, 3), _row(OutboxStatus.SENT)) is DeliveryState.SENT
    assert state(_row(OutboxStatus.EXPIRED, 5)) is DeliveryState.EXPIRED
    # Refused for good: said as such only about the requester's own reply address.
    assert state(_row(OutboxStatus.FAILED, 1), own=True) is DeliveryState.FAILED
    assert state(_row(OutboxStatus.FAILED, 1)) is DeliveryState.DELAYED
