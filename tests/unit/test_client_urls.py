"""The client accepts server addresses the way people type them."""

from __future__ import annotations

import pytest

from recovery_app.client.api import normalize_base_url


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://help.example.com/", "http://help.example.com"),
        ("https://help.example.com:8443", "https://help.example.com:8443"),
    ],
)
def test_server_addresses_are_normalized(typed: str, expected: str) -> None:
    assert normalize_base_url(typed) == expected


@pytest.mark.parametrize("typed", ["ftp://x", "http://", "   "])
def test_nonsense_addresses_are_refused(typed: str) -> None:
    with pytest.raises(ValueError, match="server address"):
        normalize_base_url(typed)
