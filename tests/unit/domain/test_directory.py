"""The account facts recovery reads (recovery_app.domain.directory): windows and expiries."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from recovery_app.domain.directory import AccountFacts, ContactFact
from recovery_app.domain.model import AccountStatus, Actor, ContactKind, Subscription

WINDOW = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)  # the compromise window starts here
TICK = timedelta(microseconds=1)


def contact(added_at: datetime, verified_at: datetime | None) -> ContactFact:
    return ContactFact(
        id=1,
        kind=ContactKind.EMAIL,
        value="owner@example.com",
        added_at=added_at,
        added_by=Actor.OWNER,
        verified_at=verified_at,
        removed_at=None,
        removed_by=None,
    )


@pytest.mark.parametrize(
    ("added_at", "predates"),
    [(WINDOW - timedelta(days=30), True), (WINDOW - TICK, True), (WINDOW, False)],
    ids=["long before", "just before", "at the start"],
)
def test_a_contact_predates_the_window_only_if_added_strictly_before_it(
    added_at: datetime, predates: bool
) -> None:
    assert contact(added_at, verified_at=added_at).predates(WINDOW) is predates


def test_an_unverified_contact_never_predates_the_window() -> None:
    assert not contact(WINDOW - timedelta(days=30), verified_at=None).predates(WINDOW)


def test_a_contact_verified_only_inside_the_window_does_not_predate_it() -> None:
    assert not contact(WINDOW - timedelta(days=30), verified_at=WINDOW + TICK).predates(WINDOW)


def test_a_removed_contact_is_no_longer_active_but_still_predates_the_window() -> None:
    kept = contact(WINDOW - timedelta(days=30), verified_at=WINDOW - timedelta(days=30))
    removed = replace(kept, removed_at=WINDOW + timedelta(hours=1), removed_by=Actor.UNKNOWN)
    assert kept.active
    assert not removed.active
    assert removed.predates(WINDOW)  # the attacker removed the owner's own address


NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def account(
    subscription: Subscription = Subscription.FREE,
    expires_at: datetime | None = None,
    totp_enrolled_at: datetime | None = None,
) -> AccountFacts:
    return AccountFacts(
        id=1,
        handle="alice",
        display_name="Alice",
        status=AccountStatus.ACTIVE,
        language="en",
        subscription=subscription,
        subscription_expires_at=expires_at,
        has_password=True,
        totp_enrolled_at=totp_enrolled_at,
        totp_enrolled_by=Actor.OWNER if totp_enrolled_at else None,
        unused_backup_codes=0,
        contacts=(),
        devices=(),
        sessions=(),
        events=(),
    )


@pytest.mark.parametrize(
    ("subscription", "expires_at", "verified"),
    [
        (Subscription.VERIFIED, None, True),  # no end date
        (Subscription.VERIFIED, NOW + TICK, True),
        (Subscription.VERIFIED, NOW, False),  # ends at this very moment: expired
        (Subscription.VERIFIED, NOW - timedelta(days=1), False),
        (Subscription.FREE, None, False),
        (Subscription.FREE, NOW + timedelta(days=1), False),
    ],
)
def test_a_verified_subscriber_until_the_subscription_expires(
    subscription: Subscription, expires_at: datetime | None, verified: bool
) -> None:
    assert account(subscription, expires_at).is_verified_subscriber(NOW) is verified


def test_a_second_factor_means_an_enrolled_authenticator() -> None:
    assert not account().has_second_factor
    assert account(totp_enrolled_at=WINDOW).has_second_factor
