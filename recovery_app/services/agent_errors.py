"""Errors of agent accounts, sessions and supervision, each mapped to a problem response.

Sign-in has exactly one failure answer (:class:`InvalidCredentialsError`)
whatever went wrong, so nobody can learn which user names exist, which are
disabled, or whether the password was right.
"""

from __future__ import annotations

from recovery_app.domain.errors import ConflictError, DomainError, NotFoundError

SIGN_IN_FAILED = "Wrong user name, password or code."


class InvalidCredentialsError(DomainError):
    """Unknown user, disabled agent, wrong password, wrong or replayed code: one answer."""

    code = "invalid_credentials"
    status = 401
    title = "Sign-in failed"

    def __init__(self) -> None:
        super().__init__(SIGN_IN_FAILED)


class AgentExistsError(ConflictError):
    code = "agent_exists"
    title = "User name taken"


class InvalidAgentError(DomainError):
    """A new agent's user name, display name, role or password is not acceptable."""

    code = "invalid_agent"
    status = 422
    title = "Invalid agent details"


class CannotDisableSelfError(ConflictError):
    code = "cannot_disable_self"
    title = "Cannot disable yourself"

    def __init__(self) -> None:
        super().__init__("You cannot disable your own account. Ask another admin.")


class AgentNotFoundError(NotFoundError):
    def __init__(self) -> None:
        super().__init__("No agent has this id.")


class AlertNotFoundError(NotFoundError):
    def __init__(self) -> None:
        super().__init__("No alert has this id.")


class OwnAlertError(ConflictError):
    code = "own_alert"
    title = "Alert about yourself"

    def __init__(self) -> None:
        super().__init__(
            "You cannot acknowledge an alert about your own activity. Ask another supervisor."
        )
