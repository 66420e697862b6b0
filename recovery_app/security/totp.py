"""TOTP (RFC 6238): 30 s steps, ±1 step, server time only, each step accepted once.

``verify`` returns the matched time step; the caller stores it atomically as the
account's ``totp_last_step`` and refuses any step at or below it, so a code that
was accepted once is refused again from every session.
"""

from __future__ import annotations

import hmac
import time

import pyotp

STEP_SECONDS = 30
WINDOW_STEPS = 1
ISSUER = "Recovery Desk"


def new_secret() -> str:
    return pyotp.random_base32(32)  # 160 bits


def provisioning_uri(secret: str, account_name: str, issuer: str = ISSUER) -> str:
    return pyotp.TOTP(secret, interval=STEP_SECONDS).provisioning_uri(
        name=account_name, issuer_name=issuer
    )


def current_step(now: float | None = None) -> int:
    return int((time.time() if now is None else now) // STEP_SECONDS)


def verify(secret: str, code: str, *, last_step: int = 0, now: float | None = None) -> int | None:
    """The time step ``code`` is valid for (within ±1 step and after ``last_step``), else None.

    ``now`` exists for tests only; the server always passes None (server time).
    """
    code = code.strip().replace(" ", "")
    if not (code.isdigit() and len(code) == 6):
        return None
    totp = pyotp.TOTP(secret, interval=STEP_SECONDS)
    step_now = current_step(now)
    for step in range(step_now - WINDOW_STEPS, step_now + WINDOW_STEPS + 1):
        if step > last_step and hmac.compare_digest(totp.at(step * STEP_SECONDS), code):
            return step
    return None


def code_at(secret: str, step: int) -> str:
    """The code for ``step`` (used by tests and the demo's printed instructions)."""
    return pyotp.TOTP(secret, interval=STEP_SECONDS).at(step * STEP_SECONDS)
