"""Delivery rules (check 40): how long to wait before the next try, and what a requester
is told about the message that carries their code.

Pure functions; the dispatcher (``recovery_app.delivery``) and the requester's case
status (``recovery_app.services.requester``) apply them.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

# The messages that carry a code or a link: sent only until it expires (``expires_at``).
SECRET_TEMPLATES = frozenset({"verification_code", "reply_contact_code", "password_reset_link"})
# Security notices to the account's owner: never dropped, retried until sent.
OWNER_NOTICE_TEMPLATES = frozenset(
    {"recovery_started", "change_scheduled", "change_done", "case_frozen"}
)
# A message still waiting for its first try this long is "delayed" even before a failure
# (a send that hangs until its timeout, a dispatcher that is behind).
QUEUED_DELAYED_AFTER = timedelta(seconds=60)


class OutboxStatus(enum.StrEnum):
    PENDING = "pending"  # to be sent; retried after failures
    SENT = "sent"
    FAILED = "failed"  # refused for good; a supervisor alert names it
    EXPIRED = "expired"  # its code or link stopped working before it could be delivered


class DeliveryState(enum.StrEnum):
    """What a requester reads about the message carrying their code."""

    QUEUED = "queued"  # about to be sent
    SENT = "sent"  # handed to the mail server or SMS gateway
    DELAYED = "delayed"  # a try failed (or it waits unusually long); we keep trying
    FAILED = "failed"  # the requester's own address refused it for good
    EXPIRED = "expired"  # the code expired before it could be delivered


@dataclass(frozen=True, slots=True)
class MessageFacts:
    """What the delivery state needs of one outbox row."""

    status: OutboxStatus
    attempts: int
    created_at: datetime


def retry_delay(
    attempts: int, *, base_seconds: float, max_seconds: float, jitter: Callable[[], float]
) -> timedelta:
    """The wait after the ``attempts``-th failure: ``base · 2^(attempts-1)`` seconds, at most
    ``max_seconds``, of which the second half is random (``jitter()`` in [0, 1]), so
    messages that failed together do not all come back at the same moment."""
    exponent = min(max(attempts, 1) - 1, 40)  # 2**40 · base is past any cap already
    ceiling = min(base_seconds * 2.0**exponent, max_seconds)
    return timedelta(seconds=ceiling / 2 + ceiling / 2 * min(max(jitter(), 0.0), 1.0))


def delivery_state(
    messages: Iterable[MessageFacts], *, own_contact: bool, now: datetime
) -> DeliveryState | None:
    """The state of a code's delivery, from the outbox rows that carry it.

    ``own_contact``: the code goes to the requester's own reply contact, so a permanent
    refusal is theirs to fix and is said as ``failed``. A code for the account's owner is
    never ``failed`` on the wire: the rows of a case with no account are decoys that
    cannot be refused, and "the owner's address bounces" must not tell anyone that an
    account exists; it stays ``delayed`` until the code expires (a supervisor alert says
    what happened). None when no row carries the code (nothing is sent for the method).
    """
    rows = list(messages)
    if not rows:
        return None
    if any(m.status is OutboxStatus.SENT for m in rows):
        return DeliveryState.SENT
    pending = [m for m in rows if m.status is OutboxStatus.PENDING]
    failed = any(m.status is OutboxStatus.FAILED for m in rows)
    if any(m.attempts > 0 or now - m.created_at >= QUEUED_DELAYED_AFTER for m in pending):
        return DeliveryState.DELAYED
    if pending:
        return DeliveryState.QUEUED
    if failed:
        return DeliveryState.FAILED if own_contact else DeliveryState.DELAYED
    return DeliveryState.EXPIRED
