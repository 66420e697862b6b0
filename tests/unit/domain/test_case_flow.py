"""The case state machine (recovery_app.domain.case_flow): every allowed and refused step."""

from __future__ import annotations

import pytest

from recovery_app.domain import case_flow
from recovery_app.domain.case_flow import StepOutOfOrderError, require, transition
from recovery_app.domain.errors import DomainError
from recovery_app.domain.model import CaseState

S = CaseState
# Written out again from DESIGN §3 so that a change to TRANSITIONS has to change it too.
ALLOWED: set[tuple[CaseState, CaseState]] = {
    (S.OPENED, S.VERIFYING),
    (S.OPENED, S.ABANDONED),
    (S.VERIFYING, S.QUEUED),
    (S.VERIFYING, S.REJECTED),
    (S.VERIFYING, S.ABANDONED),
    (S.VERIFYING, S.ON_HOLD),
    (S.QUEUED, S.IN_CHAT),
    (S.QUEUED, S.REJECTED),
    (S.QUEUED, S.ABANDONED),
    (S.QUEUED, S.ON_HOLD),
    (S.IN_CHAT, S.RESTORING),
    (S.IN_CHAT, S.QUEUED),  # handed back to the queue (reassigned, transferred)
    (S.IN_CHAT, S.REJECTED),
    (S.IN_CHAT, S.ABANDONED),
    (S.IN_CHAT, S.ON_HOLD),
    (S.RESTORING, S.RESTORED),
    (S.RESTORING, S.IN_CHAT),
    (S.RESTORING, S.REJECTED),
    (S.RESTORING, S.ON_HOLD),
    (S.ON_HOLD, S.IN_CHAT),
    (S.ON_HOLD, S.QUEUED),
    (S.ON_HOLD, S.REJECTED),
}
PAIRS = [(current, target) for current in CaseState for target in CaseState]


@pytest.mark.parametrize(
    ("current", "target"), [p for p in PAIRS if p in ALLOWED], ids=lambda s: s.value
)
def test_allowed_steps(current: CaseState, target: CaseState) -> None:
    assert transition(current, target) is target


@pytest.mark.parametrize(
    ("current", "target"), [p for p in PAIRS if p not in ALLOWED], ids=lambda s: s.value
)
def test_refused_steps(current: CaseState, target: CaseState) -> None:
    with pytest.raises(StepOutOfOrderError) as caught:
        transition(current, target)
    error = caught.value
    assert isinstance(error, DomainError)
    assert (error.code, error.status) == ("step_out_of_order", 409)
    # A sentence with words, not enum values.
    current_words, target_words = current.value.replace("_", " "), target.value.replace("_", " ")
    assert error.detail == f"A case that is {current_words} cannot become {target_words}."


def test_the_table_covers_every_state_and_matches_the_design() -> None:
    assert set(case_flow.TRANSITIONS) == set(CaseState)
    table = {(c, t) for c, targets in case_flow.TRANSITIONS.items() for t in targets}
    assert table == ALLOWED


def test_the_happy_path_runs_from_opened_to_restored() -> None:
    state = S.OPENED
    for step in (S.VERIFYING, S.QUEUED, S.IN_CHAT, S.RESTORING, S.RESTORED):
        state = transition(state, step)
    assert state is S.RESTORED


def test_closed_cases_stay_closed() -> None:
    assert frozenset({S.RESTORED, S.REJECTED, S.ABANDONED}) == case_flow.CLOSED
    for closed in case_flow.CLOSED:
        assert case_flow.TRANSITIONS[closed] == frozenset()
        for target in CaseState:
            with pytest.raises(StepOutOfOrderError):
                transition(closed, target)


def test_only_a_restore_in_progress_ends_restored() -> None:
    assert {c for c, t in ALLOWED if t is S.RESTORED} == {S.RESTORING}


def test_a_case_never_steps_back_to_opened_or_verifying() -> None:
    assert S.OPENED not in {t for _, t in ALLOWED}
    assert {c for c, t in ALLOWED if t is S.VERIFYING} == {S.OPENED}


def test_every_open_state_can_still_reach_an_end() -> None:
    for start in set(CaseState) - case_flow.CLOSED:
        seen, todo = {start}, [start]
        while todo:
            for target in case_flow.TRANSITIONS[todo.pop()] - seen:
                seen.add(target)
                todo.append(target)
        assert seen & case_flow.CLOSED, start


def test_the_requester_may_prove_who_they_are_only_while_the_case_is_worked() -> None:
    assert frozenset({S.VERIFYING, S.QUEUED, S.IN_CHAT, S.RESTORING}) == case_flow.VERIFIABLE
    assert not case_flow.VERIFIABLE & case_flow.CLOSED


@pytest.mark.parametrize("state", list(CaseState), ids=lambda s: s.value)
def test_require_allows_the_listed_states_and_names_the_others(state: CaseState) -> None:
    if state in case_flow.VERIFIABLE:
        require(state, case_flow.VERIFIABLE, "start a verification")
        return
    with pytest.raises(StepOutOfOrderError) as caught:
        require(state, case_flow.VERIFIABLE, "start a verification")
    assert caught.value.code == "step_out_of_order"
    words = state.value.replace("_", " ")
    assert caught.value.detail == f"You cannot start a verification while the case is {words}."
