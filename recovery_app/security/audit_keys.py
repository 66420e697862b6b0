"""The keys of the audit chain: HMAC-SHA256 keys that never enter the database.

Keys come from ``RECOVERY_AUDIT_KEYS`` (``id:base64key,id:base64key``, the last
entry is the newest and signs new rows) or, when that is not set, from a key
file (``RECOVERY_AUDIT_KEY_FILE``, default ``DATA_DIR/audit.key``) holding one
``id:base64key`` line per key, oldest first, created on first use with mode
0600. Older keys stay so that rows they signed still verify after a rotation.

A key is never logged, stored in the database or sent in a response: only its
id is. ``repr`` of a keyring shows ids only.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import secrets
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

KEY_FILE_NAME = "audit.key"
SESSION_KEYS = "audit_keys"  # the session.info entry Services.write() sets
_KEY_ID_RE = re.compile(r"^[A-Za-z0-9._-]{1,32}$")
_MIN_KEY_BYTES = 32


class AuditKeyError(Exception):
    """The audit keys are missing, unreadable or malformed; the message says how to fix it."""


@dataclass(frozen=True, slots=True)
class AuditKeyring:
    """Keys by id, oldest first; the last one signs new rows."""

    keys: tuple[tuple[str, bytes], ...] = field(repr=False)

    def __post_init__(self) -> None:
        if not self.keys:
            raise AuditKeyError("No audit key is configured.")

    @property
    def current_id(self) -> str:
        return self.keys[-1][0]

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(key_id for key_id, _ in self.keys)

    def key(self, key_id: str) -> bytes | None:
        for known, key in self.keys:
            if known == key_id:
                return key
        return None

    def mac(self, key_id: str, message: bytes) -> str:
        key = self.key(key_id)
        if key is None:
            raise AuditKeyError(f"The audit key '{key_id}' is not configured.")
        return hmac.new(key, message, hashlib.sha256).hexdigest()

    def __repr__(self) -> str:
        return f"AuditKeyring(ids={self.ids!r})"


def parse_keys(text: str, *, source: str) -> AuditKeyring:
    """``id:base64key`` entries separated by commas or new lines, oldest first."""
    entries: list[tuple[str, bytes]] = []
    for number, raw in enumerate(re.split(r"[,\n]", text), start=1):
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        key_id, sep, encoded = entry.partition(":")
        key_id = key_id.strip()
        if not sep or not _KEY_ID_RE.fullmatch(key_id):
            raise AuditKeyError(
                f"{source}: entry {number} is not 'id:base64key' (an id of letters, digits, "
                "'.', '_' or '-', at most 32 characters)."
            )
        try:
            key = base64.b64decode(encoded.strip(), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AuditKeyError(f"{source}: the key of '{key_id}' is not valid base64.") from exc
        if len(key) < _MIN_KEY_BYTES:
            raise AuditKeyError(
                f"{source}: the key of '{key_id}' must be at least 32 bytes (256 bits)."
            )
        if any(known == key_id for known, _ in entries):
            raise AuditKeyError(f"{source}: the key id '{key_id}' appears twice.")
        entries.append((key_id, key))
    if not entries:
        raise AuditKeyError(f"{source}: no audit key found.")
    return AuditKeyring(tuple(entries))


def new_key_id(now: datetime | None = None) -> str:
    moment = now or datetime.now(UTC)
    return f"{moment:%Y%m%d}-{secrets.token_hex(3)}"


def _key_line(key_id: str) -> str:
    return f"{key_id}:{base64.b64encode(secrets.token_bytes(_MIN_KEY_BYTES)).decode()}\n"


def _write_private(path: Path, content: str) -> None:
    """Write ``content`` to ``path`` atomically, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


class AuditKeySource:
    """Where the keys live; re-reads the key file when it changes (after a rotation)."""

    def __init__(self, configured: str | None, key_file: Path) -> None:
        self._configured = configured
        self.key_file = key_file
        self._cached: AuditKeyring | None = None
        self._stamp: tuple[int, int] | None = None

    @property
    def from_environment(self) -> bool:
        return bool(self._configured)

    def keyring(self) -> AuditKeyring:
        if self._configured:
            if self._cached is None:
                self._cached = parse_keys(self._configured, source="RECOVERY_AUDIT_KEYS")
            return self._cached
        try:
            stat = self.key_file.stat()
        except FileNotFoundError:
            self._create()
            stat = self.key_file.stat()
        except OSError as exc:
            raise AuditKeyError(
                f"The audit key file {self.key_file} cannot be read: {exc}"
            ) from exc
        stamp = (stat.st_mtime_ns, stat.st_size)
        if self._cached is None or stamp != self._stamp:
            try:
                text = self.key_file.read_text()
            except OSError as exc:
                raise AuditKeyError(
                    f"The audit key file {self.key_file} cannot be read: {exc}"
                ) from exc
            self._cached = parse_keys(text, source=str(self.key_file))
            self._stamp = stamp
        return self._cached

    def _create(self) -> None:
        self.key_file.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(self.key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return  # another process created it first
        with os.fdopen(fd, "w") as handle:
            handle.write(_key_line(new_key_id()))
            handle.flush()
            os.fsync(handle.fileno())

    def rotate(self) -> str:
        """Add a new key to the key file (it signs from now on); returns its id."""
        if self._configured:
            raise AuditKeyError(
                "RECOVERY_AUDIT_KEYS is set, so the audit keys live where you configured "
                "them: add a new 'id:base64key' entry at the end (32 random bytes, e.g. "
                "from 'openssl rand -base64 32'), keep the old entries, and restart the servers."
            )
        current = self.keyring()
        key_id = new_key_id()
        while current.key(key_id) is not None:  # pragma: no cover - same day, same 24 bits
            key_id = new_key_id()
        existing = self.key_file.read_text()
        if existing and not existing.endswith("\n"):
            existing += "\n"
        _write_private(self.key_file, existing + _key_line(key_id))
        self._cached = None
        self.keyring()
        return key_id
