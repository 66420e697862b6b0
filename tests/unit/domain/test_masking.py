"""Masked contacts (recovery_app.domain.masking): enough to tell them apart, no more."""

from __future__ import annotations

import pytest

from recovery_app.domain.masking import mask_contact, mask_email, mask_phone
from recovery_app.domain.model import ContactKind


@pytest.mark.parametrize(
    ("address", "masked"),
    [
        ("alice@example.com", "a•••@e•••.com"),
        ("bob.smith@mail.example.co.uk", "b•••@m•••.uk"),
        ("@example.org", "•••@e•••.org"),
        ("alice", "a•••@•••"),  # not an address at all: nothing but its first letter
        ("", "•••@•••"),
    ],
)
def test_an_email_address_shows_two_first_letters_and_the_top_level_domain(
    address: str, masked: str
) -> None:
    assert mask_email(address) == masked


def test_two_addresses_can_be_told_apart_without_being_read() -> None:
    first, second = mask_email("alice@example.com"), mask_email("mallory@evil.net")
    assert first != second
    assert "alice" not in first and "example" not in first
    assert "mallory" not in second and "evil" not in second


def test_a_domain_without_a_dot_is_masked_too() -> None:
    assert "localhost" not in mask_email("root@localhost")


@pytest.mark.parametrize(
    ("number", "masked"),
    [
        ("+48 600 700 812", "+•• ••• ••• 12"),
        ("(555) 010-9934", "+•• ••• ••• 34"),
        ("1234", "+•• ••• ••• 34"),  # four digits: the last two may show
        ("123", "•••"),  # fewer: nothing shows
        ("", "•••"),
    ],
)
def test_a_phone_number_shows_only_its_last_two_digits(number: str, masked: str) -> None:
    assert mask_phone(number) == masked


@pytest.mark.parametrize("kind", ["email", ContactKind.EMAIL])
def test_an_email_contact_is_masked_as_an_address(kind: str) -> None:
    assert mask_contact(kind, "alice@example.com") == "a•••@e•••.com"


@pytest.mark.parametrize("kind", ["phone", ContactKind.PHONE])
def test_any_other_contact_is_masked_as_a_number(kind: str) -> None:
    assert mask_contact(kind, "+48 600 700 812") == "+•• ••• ••• 12"
