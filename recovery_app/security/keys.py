"""The server's secret key and the sub-keys derived from it.

One 256-bit master key, from ``RECOVERY_SECRET_KEY`` (base64) or, by default,
generated once into ``DATA_DIR/secret.key`` (mode 0600). Separate keys for
separate jobs are derived with HKDF, so a key used to hash codes is never the
key that encrypts TOTP seeds.
"""

from __future__ import annotations

import base64
import binascii
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_FILE_NAME = "secret.key"


class SecretKeyError(Exception):
    """The secret key is missing, unreadable or malformed."""


@dataclass(frozen=True, slots=True)
class ServerKeys:
    """Purpose-bound keys derived from the master key."""

    hashing: bytes  # HMAC key for codes and tokens
    encryption: bytes  # Fernet key (url-safe base64) for secrets at rest

    @classmethod
    def derive(cls, master: bytes) -> ServerKeys:
        def sub(info: bytes) -> bytes:
            return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(master)

        return cls(
            hashing=sub(b"recovery-desk/hashing/v1"),
            encryption=base64.urlsafe_b64encode(sub(b"recovery-desk/encryption/v1")),
        )


def decode_master(value: str) -> bytes:
    try:
        key = base64.b64decode(value.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise SecretKeyError("The secret key is not valid base64.") from exc
    if len(key) < 32:
        raise SecretKeyError("The secret key must be at least 32 bytes (256 bits) of base64.")
    return key


def load_or_create(data_dir: Path, configured: str | None) -> ServerKeys:
    """Keys from the configured value, else from (or newly into) the data folder."""
    if configured:
        return ServerKeys.derive(decode_master(configured))
    path = data_dir / KEY_FILE_NAME
    if not path.exists():
        data_dir.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(base64.b64encode(secrets.token_bytes(32)).decode() + "\n")
    return ServerKeys.derive(decode_master(path.read_text()))
