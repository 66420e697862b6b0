"""Masking contact data for agents' screens until a reveal (with a reason) is audited."""

from __future__ import annotations


def mask_email(value: str) -> str:
    local, _, domain = value.partition("@")
    name, dot, tld = domain.rpartition(".")
    # A domain without a dot (``root@localhost``, an intranet host) shows nothing of it.
    return f"{local[:1]}•••@{name[:1]}•••.{tld}" if dot and tld else f"{local[:1]}•••@•••"


def mask_phone(value: str) -> str:
    digits = [c for c in value if c.isdigit()]
    return f"+•• ••• ••• {''.join(digits[-2:])}" if len(digits) >= 4 else "•••"


def mask_contact(kind: str, value: str) -> str:
    """``a•••@e•••.com`` or ``+•• ••• ••• 00``: enough to tell contacts apart, no more."""
    return mask_email(value) if str(kind) == "email" else mask_phone(value)
