"""Starting the server: check the configuration, migrate, bind, serve.

Every check that can fail on a person's machine (data folder, database URL,
database reachable, port free, TLS files) is done before uvicorn starts, and
fails with a sentence saying what to do instead of a traceback.
"""

from __future__ import annotations

import asyncio
import errno
import logging
import socket
import sys

import uvicorn

from recovery_app.server.app import create_app
from recovery_app.server.cli import EXIT_CONFIG, EXIT_OK, ConfigError
from recovery_app.server.log_config import configure_logging
from recovery_app.server.settings import Settings
from recovery_app.storage import migrate
from recovery_app.storage.database import (
    DatabaseConfigError,
    check_connection,
    create_engine,
    normalize_url,
    safe_url,
)

log = logging.getLogger(__name__)


def prepare_data_dir(settings: Settings) -> None:
    try:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(
            f"Cannot create the data folder {settings.data_dir}: {exc.strerror}. "
            "Choose another with --data-dir."
        ) from exc


def check_tls(settings: Settings) -> None:
    if (settings.tls_cert is None) != (settings.tls_key is None):
        raise ConfigError("HTTPS needs both --tls-cert and --tls-key.")
    for path in (settings.tls_cert, settings.tls_key):
        if path is not None and not path.is_file():
            raise ConfigError(f"The TLS file {path} does not exist.")


async def migrate_database(settings: Settings, *, quiet: bool = False) -> int:
    """Check the database can be reached and bring its schema to the newest revision."""
    prepare_data_dir(settings)
    try:
        url = normalize_url(settings.effective_database_url)
    except DatabaseConfigError as exc:
        raise ConfigError(str(exc)) from exc
    engine = create_engine(url)
    try:
        await check_connection(engine)
        before = await migrate.current_revision(engine)
        await migrate.upgrade(engine)
        after = await migrate.current_revision(engine)
    except DatabaseConfigError as exc:
        raise ConfigError(str(exc)) from exc
    finally:
        await engine.dispose()
    if not quiet:
        if before == after:
            print(f"Database {safe_url(url)} is up to date (revision {after}).")
        else:
            print(f"Database {safe_url(url)} migrated from {before or 'empty'} to {after}.")
    return EXIT_OK


def bind_socket(host: str, port: int) -> socket.socket:
    """Bind the listening socket ourselves, so a busy port gets a clear message."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as exc:
        raise ConfigError(
            f"The address '{host}' cannot be resolved. Use --host 127.0.0.1."
        ) from exc
    family, kind, proto, _, address = infos[0]
    # asyncio sets TCP_NODELAY only on sockets whose proto is TCP; without it small
    # responses wait ~40 ms for a delayed ACK.
    sock = socket.socket(family, kind, proto or socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind(address)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ConfigError(
                f"Port {port} on {host} is already in use, perhaps by another Recovery Desk "
                "server. Stop that program or choose another port with --port."
            ) from exc
        if exc.errno == errno.EACCES:
            raise ConfigError(
                f"Not allowed to listen on port {port}. Ports below 1024 need "
                "administrator rights: choose a port such as 8000 with --port."
            ) from exc
        raise ConfigError(f"Cannot listen on {host}:{port}: {exc.strerror}.") from exc
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def serve(settings: Settings) -> int:
    """Run until interrupted. Returns the process exit code."""
    configure_logging(settings.log_level, settings.log_format)
    check_tls(settings)
    sock = bind_socket(settings.host, settings.port)  # first: a busy port fails before any work
    try:
        asyncio.run(migrate_database(settings, quiet=True))
    except BaseException:
        sock.close()
        raise
    host, port = sock.getsockname()[:2]
    settings = settings.model_copy(update={"port": port})
    config = uvicorn.Config(
        create_app(settings),
        log_config=None,
        access_log=False,
        ssl_certfile=settings.tls_cert,
        ssl_keyfile=settings.tls_key,
        ws_max_size=settings.max_request_bytes,
        # No permessage-deflate: it costs ~50 KiB per idle connection, and compressing
        # chat text an attacker controls together with secrets invites CRIME-style leaks.
        ws_per_message_deflate=False,
        proxy_headers=False,
    )
    server = uvicorn.Server(config)
    scheme = "https" if settings.tls_cert else "http"
    display_host = f"[{host}]" if ":" in host else host
    print(
        f"Recovery Desk server ready on {scheme}://{display_host}:{port} "
        f"(database {safe_url(settings.effective_database_url)})",
        flush=True,
    )
    log.info("server starting", extra={"port": port, "host": host})
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
    return EXIT_OK if server.started else EXIT_CONFIG


if __name__ == "__main__":  # pragma: no cover
    sys.exit("Use 'recovery-server serve'.")
