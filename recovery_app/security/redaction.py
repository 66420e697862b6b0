"""Scrubbing of secrets from anything that is about to be logged.

Logs are read by people who must never see a code, a TOTP seed, a token or a
password. Structured fields whose name says they hold a secret are replaced
wholesale; free text is scanned for the shapes secrets take on the wire
(bearer headers, ``key=value`` pairs, long token-like strings).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

REDACTED = "[redacted]"

# A field is secret when its whole name is one of these...
_SECRET_KEYS = frozenset({"code", "otp", "totp", "seed", "pin", "answer", "phrase"})
# ...or when its name contains one of these.
_SECRET_KEY_PARTS = (
    "password",
    "passwd",
    "secret",
    "token",
    "authorization",
    "cookie",
    "api_key",
    "apikey",
    "private_key",
    "verification_code",
    "backup_code",
    "totp_",
    "_otp",
    "_seed",
)

_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"(?i)\b(bearer|basic)\s+[A-Za-z0-9._~+/=-]+"),
    re.compile(
        r"(?i)\b(password|passwd|secret|token|code|otp|totp|seed|api[_-]?key)"
        r"(\s*[=:]\s*|\"\s*:\s*\")[^\s&\"',;]+"
    ),
    # URL user:password@host
    re.compile(r"(?i)(?<=://)([^:/@\s]+):([^@/\s]+)@"),
    # otpauth:// enrolment URIs carry the seed
    re.compile(r"(?i)otpauth://\S+"),
)


def is_secret_key(key: str) -> bool:
    """True when a field called ``key`` should be assumed to hold a secret."""
    lowered = key.lower()
    return lowered in _SECRET_KEYS or any(part in lowered for part in _SECRET_KEY_PARTS)


def redact_text(text: str) -> str:
    """Return ``text`` with every secret-looking fragment replaced."""

    def keep_label(match: re.Match[str]) -> str:
        groups = match.groups()
        if match.re is _PATTERNS[2]:
            return f"{groups[0]}:{REDACTED}@"
        if len(groups) >= 2 and groups[1] is not None:
            return f"{groups[0]}{groups[1]}{REDACTED}"
        if groups and groups[0] is not None and match.re is _PATTERNS[0]:
            return f"{groups[0]} {REDACTED}"
        return REDACTED

    for pattern in _PATTERNS:
        text = pattern.sub(keep_label, text)
    return text


def redact_value(key: str, value: Any) -> Any:
    """Redact one structured field: by its name first, then by its content."""
    if is_secret_key(key) and value not in (None, "", 0):
        return REDACTED
    if isinstance(value, str):
        return redact_text(value)
    if isinstance(value, Mapping):
        return {str(k): redact_value(str(k), v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [redact_value(key, v) for v in value]
    return value
