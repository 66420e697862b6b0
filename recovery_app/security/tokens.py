"""Codes and tokens from a CSPRNG, and the keyed hashes they are stored as.

- typed codes: 6 digits (``secrets.randbelow``);
- backup codes: 16 base32 characters, 80 bits;
- bearer and link tokens: 32 random bytes, 256 bits, URL-safe;
- stored only as HMAC-SHA256 over ``purpose | subject | value`` with the server's
  hashing key, so a code issued for one account or purpose cannot match another.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

CODE_DIGITS = 6
BACKUP_CODE_CHARS = 16  # base32: 5 bits each → 80 bits
TOKEN_BYTES = 32  # 256 bits


def numeric_code(digits: int = CODE_DIGITS) -> str:
    return f"{secrets.randbelow(10**digits):0{digits}d}"


def backup_code() -> str:
    raw = base64.b32encode(secrets.token_bytes(10)).decode().rstrip("=")
    return f"{raw[:4]}-{raw[4:8]}-{raw[8:12]}-{raw[12:16]}".lower()


def long_code() -> str:
    """80 random bits as four groups of base32 (``K7QX-M2PA-...``): sent instead of six
    digits when a guess budget is spent, since no budget can be guessed through it."""
    raw = base64.b32encode(secrets.token_bytes(10)).decode().rstrip("=")
    return "-".join(raw[n : n + 4] for n in range(0, 16, 4))


def normalize_long_code(value: str) -> str:
    """Upper case without spaces or dashes, so ``k7qx m2pa ...`` is accepted too."""
    return "".join(ch for ch in value.upper() if ch != "-" and not ch.isspace())


def normalize_backup_code(value: str) -> str:
    return "".join(ch for ch in value.lower() if ch.isalnum())


def bearer_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def public_id(nbytes: int = 12) -> str:
    """An unguessable identifier for URLs (96 bits by default)."""
    return secrets.token_urlsafe(nbytes)


def case_reference() -> str:
    """What a person reads out or types: 'RD-' and 12 base32 characters (60 bits)."""
    raw = base64.b32encode(secrets.token_bytes(8)).decode()[:12]
    return f"RD-{raw[:4]}-{raw[4:8]}-{raw[8:12]}"


def keyed_hash(key: bytes, purpose: str, subject: str | int | None, value: str) -> str:
    """HMAC-SHA256 binding ``value`` to its purpose and subject (account, case...)."""
    message = f"{purpose}\x1f{subject if subject is not None else ''}\x1f{value}".encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()


def matches(
    expected_hash: str | None, key: bytes, purpose: str, subject: str | int | None, value: str
) -> bool:
    """Constant-time comparison of a presented value with a stored keyed hash."""
    candidate = keyed_hash(key, purpose, subject, value)
    # Bytes, not str: compare_digest refuses non-ASCII text, and a value typed by anyone
    # must never turn into a server error.
    return hmac.compare_digest(candidate.encode(), (expected_hash or "0" * 64).encode())
