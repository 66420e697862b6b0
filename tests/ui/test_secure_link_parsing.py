"""The reset link field accepts the whole link, a query-style link, or the token alone."""

from __future__ import annotations

from recovery_app.client.platform import group_backup_code, new_backup_codes, token_from_link

TOKEN = "Zx8_k2-QmP0aBcDeFgHiJkLmNoPqRsTuVwXyZ012345"


def test_token_from_link_accepts_links_and_bare_tokens() -> None:
    assert token_from_link(f"https://help.recovery.test/reset#{TOKEN}") == TOKEN
    assert token_from_link(f"  <https://help.recovery.test/reset#{TOKEN}>  ") == TOKEN
    assert token_from_link(f"https://help.recovery.test/reset?token={TOKEN}") == TOKEN
    assert token_from_link(TOKEN) == TOKEN
    assert token_from_link("https://help.recovery.test/reset#") is None
    assert token_from_link("hello there") is None
    assert token_from_link("") is None


def test_backup_codes_are_distinct_80_bit_codes_in_groups() -> None:
    codes = new_backup_codes()
    assert len(codes) == 10 and len(set(codes)) == 10
    for code in codes:
        assert len(code.replace("-", "")) == 16
        assert group_backup_code(code.upper().replace("-", "")) == code
