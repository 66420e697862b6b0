"""The case state machine. The server holds it: every step checks the one before (check 16)."""

from __future__ import annotations

from recovery_app.domain.errors import DomainError
from recovery_app.domain.model import CaseState

S = CaseState

TRANSITIONS: dict[CaseState, frozenset[CaseState]] = {
    S.OPENED: frozenset({S.VERIFYING, S.ABANDONED}),
    S.VERIFYING: frozenset({S.QUEUED, S.REJECTED, S.ABANDONED, S.ON_HOLD}),
    S.QUEUED: frozenset({S.IN_CHAT, S.REJECTED, S.ABANDONED, S.ON_HOLD}),
    S.IN_CHAT: frozenset({S.RESTORING, S.QUEUED, S.REJECTED, S.ABANDONED, S.ON_HOLD}),
    S.RESTORING: frozenset({S.RESTORED, S.IN_CHAT, S.REJECTED, S.ON_HOLD}),
    S.ON_HOLD: frozenset({S.IN_CHAT, S.QUEUED, S.REJECTED}),
    S.RESTORED: frozenset(),
    S.REJECTED: frozenset(),
    S.ABANDONED: frozenset(),
}
CLOSED = frozenset({S.RESTORED, S.REJECTED, S.ABANDONED})
# States in which the requester may still prove who they are.
VERIFIABLE = frozenset({S.VERIFYING, S.QUEUED, S.IN_CHAT, S.RESTORING})


class StepOutOfOrderError(DomainError):
    code = "step_out_of_order"
    status = 409
    title = "Not possible at this step"


def transition(current: CaseState, target: CaseState) -> CaseState:
    if target not in TRANSITIONS[current]:
        raise StepOutOfOrderError(
            f"A case that is {current.value.replace('_', ' ')} cannot become "
            f"{target.value.replace('_', ' ')}."
        )
    return target


def require(current: CaseState, allowed: frozenset[CaseState], what: str) -> None:
    if current not in allowed:
        raise StepOutOfOrderError(
            f"You cannot {what} while the case is {current.value.replace('_', ' ')}."
        )
