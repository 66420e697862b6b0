"""Log formatting shared by the server and the client, that never writes a secret.

Each record becomes one JSON object (or one readable line). A filter on the
handler scrubs both the message and every extra field through
:mod:`recovery_app.security.redaction`, so even a careless
``logger.info("got %s", token)`` elsewhere cannot leak.
"""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from typing import Any

from recovery_app.security.redaction import redact_text, redact_value

# Attributes every LogRecord has; anything else was passed with ``extra=``.
_STANDARD_ATTRS = frozenset(
    vars(logging.LogRecord("", 0, "", 0, "", None, None)).keys() | {"message", "asctime"}
)


def record_fields(record: logging.LogRecord) -> dict[str, Any]:
    """The ``extra=`` fields of a record, redacted."""
    return {
        key: redact_value(key, value)
        for key, value in vars(record).items()
        if key not in _STANDARD_ATTRS and not key.startswith("_")
    }


class RedactingFilter(logging.Filter):
    """Replaces the message and extra fields of every record with redacted copies."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact_text(record.getMessage())
        record.msg, record.args = message, None
        for key, value in record_fields(record).items():
            setattr(record, key, value)
        if record.exc_info and record.exc_info[1] is not None:
            # Exception text is formatted later; pre-render it redacted.
            record.exc_text = redact_text(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, msg and the extra fields."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        entry.update(record_fields(record))
        if record.exc_text:
            entry["exc"] = record.exc_text
        return json.dumps(entry, default=str, ensure_ascii=False)


class TextFormatter(logging.Formatter):
    """A readable line for people watching a terminal."""

    def format(self, record: logging.LogRecord) -> str:
        ts = datetime.fromtimestamp(record.created, UTC).strftime("%H:%M:%S")
        extras = " ".join(f"{k}={v}" for k, v in record_fields(record).items())
        line = f"{ts} {record.levelname:<7} {record.name}: {record.getMessage()}"
        line = f"{line}  {extras}" if extras else line
        return f"{line}\n{record.exc_text}" if record.exc_text else line
