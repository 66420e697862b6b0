"""Who is acting: the signed-in agent as every layer sees it."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_app.domain.model import Role


@dataclass(frozen=True, slots=True)
class AgentPrincipal:
    """The signed-in agent. Never carries a secret."""

    id: int
    username: str
    display_name: str
    role: Role
    session_id: int
