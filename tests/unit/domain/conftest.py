"""The domain's tests call pure functions: no thread, no widget, no server."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _collect_on_the_main_thread() -> None:
    """Replaces the suite-wide full ``gc.collect()`` after each test (tests/conftest.py),
    which costs about 80 ms a test here: these tests leave no Qt object or thread behind."""
