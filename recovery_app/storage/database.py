"""Database URLs and the async engine.

SQLite (through aiosqlite, in WAL mode with a busy timeout) is the embedded
default; PostgreSQL is reached through asyncpg. URLs are accepted in the forms
people write (``sqlite:///path``, ``postgresql://user@host/db``) and
normalised to the async drivers. Every failure here is a
:class:`DatabaseConfigError` with a sentence that says what to do; the
password in a URL is never printed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.ext.asyncio import AsyncEngine, create_async_engine

SQLITE_BUSY_TIMEOUT_MS = 5000

_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


class DatabaseConfigError(Exception):
    """The database URL is wrong, or the database cannot be reached."""


def default_database_url(data_dir: Path) -> str:
    """The embedded default: one SQLite file inside the data folder."""
    return f"sqlite+aiosqlite:///{(data_dir / 'recovery.db').resolve()}"


def normalize_url(raw: str) -> URL:
    """Parse ``raw`` and switch it to the async driver for its database."""
    try:
        url = make_url(raw.strip())
    except (ArgumentError, ValueError) as exc:
        raise DatabaseConfigError(
            "The database URL could not be read. Use sqlite:///PATH/TO/FILE.db "
            "or postgresql://USER:PASSWORD@HOST:PORT/DATABASE."
        ) from exc
    driver = _DRIVERS.get(url.drivername)
    if driver is None:
        raise DatabaseConfigError(
            f"Databases of type '{url.drivername}' are not supported. "
            "Use sqlite:///PATH/TO/FILE.db or postgresql://USER@HOST/DATABASE."
        )
    url = url.set(drivername=driver)
    if driver.startswith("sqlite"):
        _check_sqlite_path(url)
    elif not url.database:
        raise DatabaseConfigError(
            f"The PostgreSQL URL {safe_url(url)} names no database. "
            "Add it at the end, e.g. postgresql://USER@HOST/recovery."
        )
    return url


def _check_sqlite_path(url: URL) -> None:
    database = url.database or ""
    if database in ("", ":memory:"):
        raise DatabaseConfigError(
            "An in-memory SQLite database would lose every case on restart and "
            "cannot be shared by the server's connections. Give a file: sqlite:///PATH/TO/FILE.db."
        )
    folder = Path(database).expanduser().resolve().parent
    if not folder.is_dir():
        raise DatabaseConfigError(
            f"The folder {folder} for the SQLite database does not exist. "
            "Create it, or use --data-dir to let the server choose the file."
        )


def safe_url(url: URL | str) -> str:
    """The URL as it may be shown to a person: password hidden."""
    if isinstance(url, str):
        try:
            url = make_url(url)
        except (ArgumentError, ValueError):
            return "(unreadable URL)"
    return url.render_as_string(hide_password=True)


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def create_engine(url: URL, **kwargs: Any) -> AsyncEngine:
    """Create the async engine, with SQLite set up for concurrent use."""
    if is_sqlite(url):
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", _sqlite_on_connect)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return create_async_engine(url, **kwargs)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers work while one writer commits; the busy timeout makes a
    # second writer wait instead of failing at once with "database is locked".
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # REPLACE then fires the delete triggers for the rows it removes (the audit log's
    # own insert trigger refuses REPLACE even without this: migration 0008).
    cursor.execute("PRAGMA recursive_triggers=ON")
    cursor.close()


async def check_connection(engine: AsyncEngine) -> None:
    """Open one connection and run a trivial query, or explain why not."""
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    except Exception as exc:  # driver errors have no common base class
        raise DatabaseConfigError(
            f"Cannot connect to the database at {safe_url(engine.url)}: "
            f"{_short_reason(exc)}. Check that the server is running and that the "
            "URL, user and password are right (--database-url or RECOVERY_DATABASE_URL)."
        ) from exc


def _short_reason(exc: BaseException) -> str:
    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = reason[0] if reason else type(exc).__name__
    return first.rstrip(".")[:300]
