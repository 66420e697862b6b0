"""The delivery rules: retry delays and the delivery state a requester reads."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from recovery_app.domain.delivery import (
    OWNER_NOTICE_TEMPLATES,
    QUEUED_DELAYED_AFTER,
    SECRET_TEMPLATES,
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


def _delay(attempts: int, jitter: float) -> float:
    return retry_delay(
        attempts, base_seconds=2, max_seconds=120, jitter=lambda: jitter
    ).total_seconds()


def test_no_failure_yet_waits_like_the_first() -> None:
    assert _delay(0, 1.0) == _delay(-3, 1.0) == _delay(1, 1.0) == 2


def test_the_random_half_is_clamped_and_scaled() -> None:
    assert _delay(3, 0.5) == 6  # ceiling 8: 4 fixed + half of 4
    assert _delay(3, 7.0) == _delay(3, 1.0) == 8
    assert _delay(3, -1.0) == _delay(3, 0.0) == 4


def test_a_huge_attempt_count_is_capped_not_overflowing() -> None:
    assert _delay(10**9, 0.0) == 60


def test_delayed_starts_exactly_at_the_queued_limit() -> None:
    just_under = QUEUED_DELAYED_AFTER - timedelta(microseconds=1)
    state = delivery_state([_row(OutboxStatus.PENDING, age=just_under)], own_contact=True, now=NOW)
    assert state is DeliveryState.QUEUED


def test_one_sent_row_is_enough_whatever_the_others_say() -> None:
    rows = [_row(OutboxStatus.FAILED, 2), _row(OutboxStatus.EXPIRED), _row(OutboxStatus.SENT)]
    assert delivery_state(rows, own_contact=True, now=NOW) is DeliveryState.SENT


def test_a_row_still_pending_outweighs_a_refusal() -> None:
    failed = _row(OutboxStatus.FAILED, 1)
    fresh, retried = _row(OutboxStatus.PENDING), _row(OutboxStatus.PENDING, attempts=1)
    assert delivery_state([failed, fresh], own_contact=True, now=NOW) is DeliveryState.QUEUED
    assert delivery_state([failed, retried], own_contact=True, now=NOW) is DeliveryState.DELAYED


def test_a_refusal_outweighs_an_expiry() -> None:
    rows = [_row(OutboxStatus.FAILED, 1), _row(OutboxStatus.EXPIRED)]
    assert delivery_state(rows, own_contact=True, now=NOW) is DeliveryState.FAILED
    assert delivery_state(rows, own_contact=False, now=NOW) is DeliveryState.DELAYED


def test_a_code_for_the_owner_is_never_said_to_have_failed() -> None:
    # Whatever its rows, a code sent to the account's contacts (or a decoy) never says
    # "failed": that would tell the requester an address exists and bounces.
    statuses = list(OutboxStatus)
    for first in statuses:
        for second in statuses:
            rows = [_row(first, 1), _row(second, 0)]
            assert delivery_state(rows, own_contact=False, now=NOW) is not DeliveryState.FAILED


def test_secret_messages_and_owner_notices_are_different_templates() -> None:
    assert not SECRET_TEMPLATES & OWNER_NOTICE_TEMPLATES
    assert {"verification_code", "password_reset_link"} <= SECRET_TEMPLATES
    assert "case_frozen" in OWNER_NOTICE_TEMPLATES
