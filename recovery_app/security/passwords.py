"""Password hashing with argon2id (argon2-cffi), including the dummy check for absent users.

Hashing is deliberately slow (tens of ms): callers on the event loop run these
functions in a thread (``asyncio.to_thread``).
"""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

_hasher = PasswordHasher()

MIN_LENGTH = 12
MAX_LENGTH = 256


@cache
def _dummy_hash() -> str:
    """Verified against when the account does not exist, so both paths cost the same.

    Made on first use, not at import: the desktop client imports this module for the
    length limits and should not pay for an argon2 hash at start-up (~0.2 s)."""
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


def password_problem(password: str, *, forbidden: tuple[str, ...] = ()) -> str | None:
    """Why ``password`` is not acceptable, or None. NIST 800-63B: length over composition."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    if len(password) > MAX_LENGTH:
        return f"Use at most {MAX_LENGTH} characters."
    lowered = password.lower()
    for word in forbidden:
        if word and len(word) >= 4 and word.lower() in lowered:
            return "Do not use your name or handle in the password."
    if len(set(password)) < 5:
        return "Use a less repetitive password."
    return None
