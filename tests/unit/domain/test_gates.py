"""Restore actions' gates (recovery_app.domain.gates): level, second approver, hold."""

from __future__ import annotations

import pytest

from recovery_app.domain import gates
from recovery_app.domain.errors import DomainError
from recovery_app.domain.gates import (
    ApproverRoleError,
    GateNotMetError,
    SelfApprovalError,
    check_approver,
    check_gate,
)
from recovery_app.domain.model import Level, RestoreAction, Role

A = RestoreAction
# The DESIGN §3 table, written out again so that a change to GATES has to change it too:
# action -> (level without a second factor, level with one, second approver, hold).
TABLE: dict[RestoreAction, tuple[Level, Level, Role | None, bool]] = {
    A.REVOKE_SESSIONS: (Level.L1, Level.L1, None, False),
    A.SEND_RESET_LINK: (Level.L1, Level.L2, None, False),
    A.REMOVE_CONTACT: (Level.L2, Level.L2, Role.AGENT, True),
    A.REMOVE_FACTOR: (Level.L2, Level.L2, Role.AGENT, True),
    A.RESTORE_CONTACT: (Level.L2, Level.L2, Role.AGENT, True),
    A.REMOVE_SECOND_FACTOR: (Level.L3, Level.L3, Role.AGENT, True),
    A.REINSTATE: (Level.L2, Level.L2, Role.SUPERVISOR, False),
}
REQUESTER, OTHER = 7, 8


def test_every_action_has_a_gate() -> None:
    assert set(gates.GATES) == set(RestoreAction) == set(TABLE)


@pytest.mark.parametrize("action", list(RestoreAction))
def test_the_gate_table_is_the_design_table(action: RestoreAction) -> None:
    without, with_2fa, approver, hold = TABLE[action]
    assert gates.required_level(action, has_second_factor=False) is without
    assert gates.required_level(action, has_second_factor=True) is with_2fa
    assert gates.approver_role(action) is approver
    assert gates.needs_approval(action) is (approver is not None)
    assert gates.needs_hold(action) is hold


@pytest.mark.parametrize("has_second_factor", [False, True], ids=["no2fa", "2fa"])
@pytest.mark.parametrize("level", list(Level), ids=lambda lv: f"L{int(lv)}")
@pytest.mark.parametrize("action", list(RestoreAction))
def test_check_gate_refuses_exactly_below_the_required_level(
    action: RestoreAction, level: Level, has_second_factor: bool
) -> None:
    needed = TABLE[action][1 if has_second_factor else 0]
    if level >= needed:
        check_gate(action, level, has_second_factor=has_second_factor)
        assert gates.blocked_reason(action, level, **_ready(has_second_factor)) is None
        return
    with pytest.raises(GateNotMetError) as caught:
        check_gate(action, level, has_second_factor=has_second_factor)
    error = caught.value
    assert isinstance(error, DomainError)
    assert (error.code, error.status) == ("gate_not_met", 403)
    assert f"needs verification level L{int(needed)}" in error.detail
    assert f"the case is at L{int(level)}" in error.detail
    assert gates.blocked_reason(action, level, **_ready(has_second_factor)) == gates.BLOCKED_LEVEL


def test_a_second_factor_on_the_account_raises_only_the_reset_links_bar() -> None:
    check_gate(A.SEND_RESET_LINK, Level.L1, has_second_factor=False)
    with pytest.raises(GateNotMetError):
        check_gate(A.SEND_RESET_LINK, Level.L1, has_second_factor=True)
    check_gate(A.REVOKE_SESSIONS, Level.L1, has_second_factor=True)


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", list(RestoreAction))
def test_nobody_approves_their_own_request(action: RestoreAction, role: Role) -> None:
    with pytest.raises(SelfApprovalError) as caught:
        check_approver(action, requester_id=REQUESTER, approver_id=REQUESTER, approver_role=role)
    assert (caught.value.code, caught.value.status) == ("self_approval", 403)
    assert "someone else" in caught.value.detail


@pytest.mark.parametrize("role", list(Role))
@pytest.mark.parametrize("action", [a for a in RestoreAction if TABLE[a][2] is Role.AGENT])
def test_any_other_agent_may_approve_four_eyes_actions(action: RestoreAction, role: Role) -> None:
    check_approver(action, requester_id=REQUESTER, approver_id=OTHER, approver_role=role)


@pytest.mark.parametrize("role", [Role.SUPERVISOR, Role.ADMIN])
def test_a_supervisor_or_an_admin_may_approve_reinstating(role: Role) -> None:
    check_approver(A.REINSTATE, requester_id=REQUESTER, approver_id=OTHER, approver_role=role)


def test_a_plain_agent_may_not_approve_reinstating() -> None:
    with pytest.raises(ApproverRoleError) as caught:
        check_approver(
            A.REINSTATE, requester_id=REQUESTER, approver_id=OTHER, approver_role=Role.AGENT
        )
    assert (caught.value.code, caught.value.status) == ("approver_role", 403)
    assert "supervisor" in caught.value.detail


def test_self_approval_is_named_before_the_missing_role() -> None:
    with pytest.raises(SelfApprovalError):
        check_approver(
            A.REINSTATE, requester_id=REQUESTER, approver_id=REQUESTER, approver_role=Role.AGENT
        )


def _ready(has_second_factor: bool = False) -> dict[str, bool]:
    """Everything but the level in order: an active, unfrozen case with an account and target."""
    return {
        "has_second_factor": has_second_factor,
        "has_account": True,
        "active": True,
        "frozen": False,
        "has_target": True,
    }


# Each row breaks one more condition than the row below it, so the first reason wins.
BLOCKED_ORDER = [
    ({"active": False, "frozen": True, "has_account": False, "has_target": False}, "case_state"),
    ({"frozen": True, "has_account": False, "has_target": False}, "case_frozen"),
    ({"has_account": False, "has_target": False}, "no_account"),
    ({"has_target": False}, "no_target"),
    ({}, None),
]


@pytest.mark.parametrize(("broken", "reason"), BLOCKED_ORDER)
def test_blocked_reason_names_the_first_problem_in_the_servers_order(
    broken: dict[str, bool], reason: str | None
) -> None:
    facts = _ready() | broken
    assert gates.blocked_reason(A.REMOVE_CONTACT, Level.L2, **facts) == reason


def test_a_level_too_low_is_named_after_state_and_freeze_but_before_account_and_target() -> None:
    def reason(**broken: bool) -> str | None:
        return gates.blocked_reason(A.REMOVE_CONTACT, Level.L1, **(_ready() | broken))

    assert reason(active=False) == gates.BLOCKED_CASE_STATE
    assert reason(frozen=True) == gates.BLOCKED_FROZEN
    assert reason(has_account=False, has_target=False) == gates.BLOCKED_LEVEL
    assert reason() == gates.BLOCKED_LEVEL


def test_the_blocked_codes_are_stable() -> None:
    assert (
        gates.BLOCKED_CASE_STATE,
        gates.BLOCKED_FROZEN,
        gates.BLOCKED_LEVEL,
        gates.BLOCKED_NO_ACCOUNT,
        gates.BLOCKED_NO_TARGET,
    ) == ("case_state", "case_frozen", "level", "no_account", "no_target")
