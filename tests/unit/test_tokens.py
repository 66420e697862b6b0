"""Codes and tokens: sizes from the CSPRNG, keyed hashes bound to purpose and subject."""

from __future__ import annotations

import base64

from recovery_app.security import tokens

KEY = b"k" * 32


def test_typed_codes_are_six_digits_and_vary() -> None:
    codes = {tokens.numeric_code() for _ in range(200)}
    assert all(len(c) == 6 and c.isdigit() for c in codes)
    assert len(codes) > 190


def test_backup_codes_carry_80_bits_and_link_tokens_256_bits() -> None:
    code = tokens.normalize_backup_code(tokens.backup_code())
    assert len(base64.b32decode(code.upper())) == 10  # 16 characters, no padding
    assert len(base64.urlsafe_b64decode(tokens.bearer_token() + "=")) == 32


def test_keyed_hash_is_bound_to_purpose_and_subject() -> None:
    base = tokens.keyed_hash(KEY, "verify", 1, "123456")
    assert base != tokens.keyed_hash(KEY, "verify", 2, "123456")
    assert base != tokens.keyed_hash(KEY, "reply_contact", 1, "123456")
    assert base != tokens.keyed_hash(b"x" * 32, "verify", 1, "123456")
    assert tokens.matches(base, KEY, "verify", 1, "123456")
    assert not tokens.matches(base, KEY, "verify", 2, "123456")


def test_matching_never_fails_on_strange_input() -> None:
    assert not tokens.matches("\x8dZ", KEY, "verify", 1, "ß✓\x00")
    assert not tokens.matches(None, KEY, "verify", None, "")
