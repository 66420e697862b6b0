"""Server settings: one pydantic-settings class, every field also ``RECOVERY_<NAME>``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from recovery_app.storage.database import default_database_url


def _default_data_dir() -> Path:
    return platformdirs.user_data_path("recovery-desk", appauthor=False)


class Settings(BaseSettings):
    """Everything the server can be told, with defaults that run out of the box.

    Command-line options override environment variables, which override these defaults.
    """

    model_config = SettingsConfigDict(env_prefix="RECOVERY_", extra="ignore")

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=0, le=65535)
    data_dir: Path = Field(default_factory=_default_data_dir)
    database_url: str | None = None
    redis_url: str | None = None
    redis_prefix: str = "recovery:"
    tls_cert: Path | None = None
    tls_key: Path | None = None
    # Links in e-mails (password reset, "this wasn't me") are built from this,
    # never from a request's Host header.
    public_base_url: str | None = None
    max_request_bytes: int = Field(default=1024 * 1024, ge=1024)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1024)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["json", "text"] = "json"

    # Secrets: base64 of at least 32 random bytes. Default: generated once into
    # DATA_DIR/secret.key. Hashes of codes and encrypted TOTP seeds depend on it.
    secret_key: SecretStr | None = None

    # Recovery rules (shared/DESIGN.md §3).
    compromise_window_days: int = Field(default=30, ge=1)
    hold_hours: float = Field(default=24.0, ge=0)
    email_code_minutes: int = Field(default=30, ge=1, le=30)
    sms_code_minutes: int = Field(default=10, ge=1, le=10)
    reset_link_minutes: int = Field(default=60, ge=5)
    evidence_retention_days: int = Field(default=7, ge=0)
    agent_idle_minutes: int = Field(default=60, ge=1, le=60)
    agent_absolute_hours: int = Field(default=12, ge=1, le=12)
    restore_alert_threshold: int = Field(default=5, ge=1)
    restore_alert_window_minutes: int = Field(default=60, ge=1)
    # Rate limits (per hour): opening cases and sending codes.
    cases_per_identifier_per_hour: int = Field(default=5, ge=1)
    requests_per_address_per_hour: int = Field(default=30, ge=1)
    codes_per_contact_per_hour: int = Field(default=5, ge=1)

    # Delivery: "maildir" writes each message as a file under DATA_DIR/mail (and
    # DATA_DIR/sms); "smtp" sends e-mail through the server below.
    mail_transport: Literal["maildir", "smtp"] = "maildir"
    mail_from: str = "Recovery Desk <no-reply@localhost>"
    smtp_host: str = "127.0.0.1"
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: SecretStr | None = None
    smtp_starttls: bool = False

    @field_validator("log_level", mode="before")
    @classmethod
    def _lower_level(cls, value: object) -> object:
        return value.lower() if isinstance(value, str) else value

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or a SQLite file in the data folder."""
        return self.database_url or default_database_url(self.data_dir)

    @property
    def effective_public_base_url(self) -> str:
        if self.public_base_url:
            return self.public_base_url.rstrip("/")
        scheme = "https" if self.tls_cert else "http"
        host = "localhost" if self.host in ("0.0.0.0", "::", "") else self.host  # noqa: S104
        return f"{scheme}://{host}:{self.port}"
