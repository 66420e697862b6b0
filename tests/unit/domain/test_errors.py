"""The domain's errors (recovery_app.domain.errors and the rule modules): stable codes."""

from __future__ import annotations

from recovery_app.domain import case_flow, gates
from recovery_app.domain.errors import (
    ConflictError,
    DomainError,
    ForbiddenError,
    InvalidInputError,
    NotFoundError,
    RateLimitedError,
)

ERRORS: list[type[DomainError]] = [
    DomainError,
    NotFoundError,
    ConflictError,
    RateLimitedError,
    ForbiddenError,
    InvalidInputError,
    gates.GateNotMetError,
    gates.SelfApprovalError,
    gates.ApproverRoleError,
    case_flow.StepOutOfOrderError,
]


def test_each_error_has_its_own_stable_code() -> None:
    codes = {error: error.code for error in ERRORS}
    assert codes == {
        DomainError: "domain_error",
        NotFoundError: "not_found",
        ConflictError: "conflict",
        RateLimitedError: "rate_limited",
        ForbiddenError: "forbidden",
        InvalidInputError: "invalid_input",
        gates.GateNotMetError: "gate_not_met",
        gates.SelfApprovalError: "self_approval",
        gates.ApproverRoleError: "approver_role",
        case_flow.StepOutOfOrderError: "step_out_of_order",
    }


def test_the_domain_modules_define_no_error_missing_from_the_list() -> None:
    def subclasses(cls: type[DomainError]) -> set[type[DomainError]]:
        found = set(cls.__subclasses__())
        return found.union(*(subclasses(s) for s in found))

    in_domain = {
        e for e in subclasses(DomainError) if e.__module__.startswith("recovery_app.domain")
    }
    assert in_domain <= set(ERRORS)


def test_without_a_detail_the_title_is_the_sentence() -> None:
    error = NotFoundError()
    assert error.detail == "Not found" == str(error)
    assert error.retry_after is None


def test_a_detail_and_a_retry_after_are_kept() -> None:
    error = RateLimitedError("Wait a minute, then try again.", retry_after=60)
    assert error.detail == str(error) == "Wait a minute, then try again."
    assert error.retry_after == 60
    assert RateLimitedError.retry_after is None  # set on the one error, not the class
