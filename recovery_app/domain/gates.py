"""Restore actions: the level each needs and who must approve it (DESIGN §3 table).

The paid tier never appears here: it changes routing, never the verification bar.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_app.domain.errors import DomainError
from recovery_app.domain.model import Level, RestoreAction, Role


@dataclass(frozen=True, slots=True)
class Gate:
    level: Level
    approver: Role | None  # None: no second person; AGENT: any other agent; SUPERVISOR
    hold: bool  # contact and factor changes wait out the hold


GATES: dict[RestoreAction, Gate] = {
    RestoreAction.REVOKE_SESSIONS: Gate(Level.L1, None, hold=False),
    RestoreAction.SEND_RESET_LINK: Gate(Level.L1, None, hold=False),  # L2 with a 2nd factor
    RestoreAction.REMOVE_CONTACT: Gate(Level.L2, Role.AGENT, hold=True),
    RestoreAction.REMOVE_FACTOR: Gate(Level.L2, Role.AGENT, hold=True),
    RestoreAction.RESTORE_CONTACT: Gate(Level.L2, Role.AGENT, hold=True),
    RestoreAction.REMOVE_SECOND_FACTOR: Gate(Level.L3, Role.AGENT, hold=True),
    RestoreAction.REINSTATE: Gate(Level.L2, Role.SUPERVISOR, hold=False),
}


class GateNotMetError(DomainError):
    code = "gate_not_met"
    status = 403
    title = "Verification level too low"


class SelfApprovalError(DomainError):
    code = "self_approval"
    status = 403
    title = "A second person must approve"


class ApproverRoleError(DomainError):
    code = "approver_role"
    status = 403
    title = "A supervisor must approve"


def required_level(action: RestoreAction, *, has_second_factor: bool) -> Level:
    if action is RestoreAction.SEND_RESET_LINK and has_second_factor:
        return Level.L2
    return GATES[action].level


def check_gate(action: RestoreAction, level: Level, *, has_second_factor: bool) -> None:
    """Raise :class:`GateNotMetError` saying what is missing when ``level`` is too low."""
    needed = required_level(action, has_second_factor=has_second_factor)
    if level < needed:
        raise GateNotMetError(
            f"This action needs verification level L{int(needed)}; the case is at "
            f"L{int(level)}. Ask the person for another proof first."
        )


def check_approver(
    action: RestoreAction, *, requester_id: int, approver_id: int, approver_role: Role
) -> None:
    """Four eyes: a different agent, and a supervisor where the table says so."""
    gate = GATES[action]
    if approver_id == requester_id:
        raise SelfApprovalError("You asked for this action, so someone else has to approve it.")
    if gate.approver is Role.SUPERVISOR and approver_role not in (Role.SUPERVISOR, Role.ADMIN):
        raise ApproverRoleError("Only a supervisor can approve this action.")


def needs_approval(action: RestoreAction) -> bool:
    return GATES[action].approver is not None


def needs_hold(action: RestoreAction) -> bool:
    return GATES[action].hold


# Why an action cannot be run now: a stable code the client turns into a sentence.
BLOCKED_CASE_STATE = "case_state"  # the case is not being worked (not in chat or restoring)
BLOCKED_FROZEN = "case_frozen"  # the owner said "this wasn't me": frozen for review
BLOCKED_LEVEL = "level"  # the verification level is below the action's gate
BLOCKED_NO_ACCOUNT = "no_account"  # nothing on this case links it to an account
BLOCKED_NO_TARGET = "no_target"  # nothing for this action to change on the account


def approver_role(action: RestoreAction) -> Role | None:
    """Who must approve ``action`` after the requester: another agent, a supervisor, or nobody."""
    return GATES[action].approver


def blocked_reason(
    action: RestoreAction,
    level: Level,
    *,
    has_second_factor: bool,
    has_account: bool,
    active: bool,
    frozen: bool,
    has_target: bool,
) -> str | None:
    """The first reason ``action`` cannot be asked for now, or None when it can.

    The same checks the server makes when the action is requested, in the same
    order, so a client can show the reason instead of offering a doomed button.
    """
    if not active:
        return BLOCKED_CASE_STATE
    if frozen:
        return BLOCKED_FROZEN
    if level < required_level(action, has_second_factor=has_second_factor):
        return BLOCKED_LEVEL
    if not has_account:
        return BLOCKED_NO_ACCOUNT
    if not has_target:
        return BLOCKED_NO_TARGET
    return None
