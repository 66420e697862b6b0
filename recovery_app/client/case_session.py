"""The requester's hold on one case: its reference and bearer token.

Shared by every user-mode page (flow, support and chat, securing the account).
The token is a secret: it never appears in ``repr``, logs or the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class CaseSession:
    """``reference`` is shown to the person (to resume later); ``token`` never is."""

    reference: str
    token: str = field(repr=False)
    language: str = "en"

    def headers(self) -> dict[str, str]:
        """The ``Authorization`` header every requester call on this case carries."""
        return {"Authorization": f"Bearer {self.token}"}
