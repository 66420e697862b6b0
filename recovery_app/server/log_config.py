"""Logging set-up for the server: one redacting handler on stderr.

JSON lines by default (``RECOVERY_LOG_FORMAT=text`` for people at a terminal).
"""

from __future__ import annotations

import logging
import sys

from recovery_app.log_format import JsonFormatter, RedactingFilter, TextFormatter


def configure_logging(level: str = "info", fmt: str = "json") -> None:
    """Route all server logging (ours, uvicorn's, SQLAlchemy's) through one redacting handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(RedactingFilter())
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error"):
        logger = logging.getLogger(name)
        logger.handlers[:] = []
        logger.propagate = True
    logging.getLogger("alembic.runtime.migration").setLevel(logging.WARNING)
    # Uvicorn's access log prints query strings; ours (middleware) does not.
    logging.getLogger("uvicorn.access").disabled = True
