"""What makes a password acceptable (NIST SP 800-63B: length over composition).

Pure rules shared by the server (which enforces them) and the wire schemas and the
desktop client (which state them before a round trip). Hashing lives in
``recovery_app.security.passwords``, which the client never imports.
"""

from __future__ import annotations

MIN_LENGTH = 12
MAX_LENGTH = 256


def password_problem(password: str, *, forbidden: tuple[str, ...] = ()) -> str | None:
    """Why ``password`` is not acceptable, or None."""
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
