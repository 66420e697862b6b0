"""Secrets never reach a log line: the redaction rules, field by field and in free text."""

from __future__ import annotations

import io
import json
import logging

import pytest

from recovery_app.log_format import JsonFormatter, RedactingFilter
from recovery_app.security.redaction import REDACTED, is_secret_key, redact_text, redact_value


@pytest.mark.parametrize(
    "text, secret",
    [
        ("Authorization: Bearer abc.def-ghi_123", "abc.def-ghi_123"),
        ("GET /reset?token=9f8e7d6c5b4a HTTP/1.1", "9f8e7d6c5b4a"),
        ('{"password": "hunter2!"}', "hunter2!"),
        ("code=482913 was wrong", "482913"),
        ("postgresql://app:s3cr3t@db/recovery", "s3cr3t"),
        ("otpauth://totp/Recovery:ann?secret=JBSWY3DPEHPK3PXP&issuer=Recovery", "JBSWY3DPEHPK3PXP"),
        ("totp: 123456", "123456"),
    ],
)
def test_secret_shapes_in_text_are_replaced(text: str, secret: str) -> None:
    cleaned = redact_text(text)
    assert secret not in cleaned
    assert REDACTED in cleaned


@pytest.mark.parametrize(
    "key", ["password", "new_password", "token", "session_token", "code", "totp_secret", "seed"]
)
def test_fields_named_like_secrets_are_replaced(key: str) -> None:
    assert is_secret_key(key)
    assert redact_value(key, "value-that-must-not-appear") == REDACTED


@pytest.mark.parametrize("key", ["status_code", "status", "path", "request_id", "problem"])
def test_ordinary_fields_are_kept(key: str) -> None:
    assert not is_secret_key(key)
    assert redact_value(key, "kept") == "kept"


def test_nested_structures_are_redacted() -> None:
    value = redact_value("body", {"user": "ann", "auth": {"token": "t0k3n"}, "codes": ["1"]})
    assert value == {"user": "ann", "auth": {"token": REDACTED}, "codes": ["1"]}


def test_log_record_with_secret_argument_and_extra_is_clean() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(JsonFormatter())
    logger = logging.getLogger("test.redaction")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("login with password=%s", "Sup3rSecret", extra={"token": "tok-123"})
        try:
            raise ValueError("bad code=998877")
        except ValueError:
            logger.exception("failed")
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    for secret in ("Sup3rSecret", "tok-123", "998877"):
        assert secret not in output
    first = json.loads(output.splitlines()[0])
    assert first["token"] == REDACTED
    assert first["level"] == "warning"
