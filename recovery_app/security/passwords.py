"""Password hashing with argon2id (argon2-cffi), including the dummy check for absent users.

Hashing is deliberately slow (tens of ms): callers on the event loop run these
functions in a thread (``asyncio.to_thread``).
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

# The rules (lengths, repetition) are shared with the client; hashing stays here.
from recovery_app.domain.password_policy import MAX_LENGTH, MIN_LENGTH, password_problem

__all__ = [
    "MAX_LENGTH",
    "MIN_LENGTH",
    "hash_password",
    "password_problem",
    "prepare",
    "verify_password",
]

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so both paths cost the same.

    Made on first use, not at import (the server makes it at start with :func:`prepare`)."""
    return _hasher.hash("recovery-desk-dummy-password")


def prepare() -> None:
    """Make the dummy hash now (the server calls this at start), so the first unknown
    account costs no more than the ones after it."""
    _dummy_hash()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(stored_hash: str | None, password: str) -> bool:
    """True when ``password`` matches; runs a full verification even when there is no hash."""
    try:
        return _hasher.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
