"""Database URLs: accepted forms, clear refusals, passwords never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_app.storage.database import DatabaseConfigError, normalize_url, safe_url


def test_plain_sqlite_url_uses_the_async_driver(tmp_path: Path) -> None:
    url = normalize_url(f"sqlite:///{tmp_path}/r.db")
    assert url.drivername == "sqlite+aiosqlite"
    assert url.database == f"{tmp_path}/r.db"


@pytest.mark.parametrize("scheme", ["postgres", "postgresql", "postgresql+asyncpg"])
def test_postgres_urls_use_asyncpg(scheme: str) -> None:
    assert normalize_url(f"{scheme}://u:p@h:5432/db").drivername == "postgresql+asyncpg"


@pytest.mark.parametrize(
    "raw, words",
    [
        ("mysql://u@h/db", "not supported"),
        ("not a url", "could not be read"),
        ("sqlite://", "in-memory"),
        ("sqlite:///:memory:", "in-memory"),
        ("sqlite:////nonexistent-folder-xyz/r.db", "does not exist"),
        ("postgresql://u:p@h:5432", "names no database"),
    ],
)
def test_wrong_urls_get_a_sentence_saying_what_to_do(raw: str, words: str) -> None:
    with pytest.raises(DatabaseConfigError, match=words) as info:
        normalize_url(raw)
    assert (
        "sqlite:///" in str(info.value)
        or "postgresql://" in str(info.value)
        or ("--data-dir" in str(info.value))
    )


def test_password_is_hidden_when_a_url_is_shown() -> None:
    shown = safe_url("postgresql://app:hunter2@db:5432/recovery")
    assert "hunter2" not in shown
    assert "app:***@db" in shown


def test_password_is_hidden_in_url_errors() -> None:
    with pytest.raises(DatabaseConfigError) as info:
        normalize_url("postgresql://app:hunter2@db:5432")
    assert "hunter2" not in str(info.value)
