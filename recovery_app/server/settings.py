"""Server settings: one pydantic-settings class, every field also ``RECOVERY_<NAME>``."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import platformdirs
from pydantic import Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from recovery_app.storage.database import default_database_url

_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_weekdays(text: str) -> frozenset[int]:
    """``"mon-fri"``, ``"mon,wed,fri"`` or ``"sat-sun,mon"`` → weekday numbers (Monday = 0)."""
    days: set[int] = set()
    for part in text.lower().replace(" ", "").split(","):
        first, _, last = part.partition("-")
        if first[:3] not in _WEEKDAYS or (last and last[:3] not in _WEEKDAYS):
            raise ValueError("business_days: use three-letter day names, e.g. 'mon-fri'")
        start = _WEEKDAYS.index(first[:3])
        end = _WEEKDAYS.index(last[:3]) if last else start
        days.update((start + n) % 7 for n in range((end - start) % 7 + 1))
    return frozenset(days)


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
    # Uploaded photos (issue 11 point 4, check 41; docs/security.md "Uploads"): at most
    # this many pixels, read from the header before decoding (12 MP fits any phone's
    # photo of an ID card); decoded in this many child processes, each allowed this
    # much memory above its idle size; this many more uploads wait, the rest get 503.
    evidence_max_pixels: int = Field(default=12_000_000, ge=10_000, le=40_000_000)
    image_decode_workers: int = Field(default=2, ge=1, le=32)
    image_decode_memory_mb: int = Field(default=512, ge=64)
    image_decode_queue: int = Field(default=16, ge=0)
    image_decode_tasks_per_worker: int = Field(default=50, ge=1)
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["json", "text"] = "json"

    # Secrets: base64 of at least 32 random bytes. Default: generated once into
    # DATA_DIR/secret.key. Hashes of codes and encrypted TOTP seeds depend on it.
    secret_key: SecretStr | None = None

    # The audit chain (security check 39): HMAC-SHA256 keys that are not in the database.
    # "id:base64key,id:base64key", oldest first, the last one signs new rows. Default:
    # a key file (below), created once with mode 0600.
    audit_keys: SecretStr | None = None
    audit_key_file: Path | None = None  # default DATA_DIR/audit.key
    # The chain's head (last row, its MAC and key id) is written to
    # AUDIT_HEAD_DIR/audit-head.json this often; default folder: "<DATA_DIR>-audit-head",
    # outside the database folder. verify-audit checks the log against it.
    audit_head_dir: Path | None = None
    audit_head_export_seconds: float = Field(default=60.0, gt=0, le=24 * 3600)

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
    # Guess budgets (issue 11; docs/recovery-core.md "Guess budgets and throttles"):
    # refilling pools of *evaluated* wrong answers. Each pool holds this many and refills
    # continuously over guess_refill_hours. Per account: anonymous requesters (no
    # pre-compromise contact proven yet) share one pool, requesters who proved such a
    # contact another, the platform's second sign-in step a third (sum: 100).
    guess_refill_hours: float = Field(default=24.0, gt=0)
    guess_pool_anonymous: int = Field(default=50, ge=1)
    guess_pool_proven: int = Field(default=30, ge=1)
    guess_pool_sign_in: int = Field(default=20, ge=1)
    guess_pool_per_case: int = Field(default=15, ge=1)
    guess_pool_per_source: int = Field(default=30, ge=1)
    # Starting challenges: pools refilling over one hour.
    challenge_starts_per_case_per_hour: int = Field(default=10, ge=1)
    challenge_starts_per_account_per_hour: int = Field(default=30, ge=1)
    challenge_starts_per_source_per_hour: int = Field(default=60, ge=1)
    # Sign-in throttles (platform password and agent sign-in): the first
    # sign_in_free_failures failures for one account name (sign_in_free_failures_per_source
    # from one address, which several people may share) cost nothing; each further one
    # doubles the wait, starting at sign_in_base_delay_seconds, up to the cap; failures
    # are forgotten sign_in_failure_memory_minutes after the last one.
    sign_in_free_failures: int = Field(default=5, ge=1)
    sign_in_free_failures_per_source: int = Field(default=10, ge=1)
    sign_in_base_delay_seconds: float = Field(default=1.0, gt=0)
    sign_in_source_max_delay_seconds: float = Field(default=900.0, gt=0)
    sign_in_account_max_delay_seconds: float = Field(default=60.0, gt=0)
    sign_in_failure_memory_minutes: float = Field(default=60.0, gt=0)

    # Live support and the queue (shared/DESIGN.md §4). Business hours are UTC.
    # Free tier: a reply within this many hours, business days and hours, an away message.
    reply_target_hours: float = Field(default=24.0, gt=0, le=24 * 30)
    business_days: str = Field(
        default="mon-fri", description="Days the free tier is staffed: 'mon-fri', 'mon,wed,fri'."
    )
    business_hours_start: int = Field(default=8, ge=0, le=23)
    business_hours_end: int = Field(default=18, ge=1, le=24)  # exclusive
    # Subscribers: a live specialist; 90 % of first responses within this.
    first_response_target_seconds: int = Field(default=60, ge=1)
    # An assigned agent who leaves the requester waiting this long loses the case.
    reassign_after_seconds: int = Field(default=120, ge=5)
    routing_interval_seconds: float = Field(default=2.0, gt=0)
    # Breach alerts for supervisors: a case still without a first response this long
    # after it was queued (default: the tier's target).
    sla_breach_live_seconds: int | None = Field(default=None, ge=1)
    sla_breach_free_hours: float | None = Field(default=None, gt=0)
    sla_attainment_goal: float = Field(default=0.9, gt=0, le=1)
    assistant_questions_per_hour: int = Field(default=60, ge=1)

    # Live endpoint: frames per second per connection (sustained, and in a burst).
    live_rate_per_second: float = Field(default=20.0, gt=0)
    live_burst: float = Field(default=40.0, ge=1)

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

    @field_validator("business_days", mode="after")
    @classmethod
    def _check_days(cls, value: str) -> str:
        return ",".join(_WEEKDAYS[day] for day in sorted(parse_weekdays(value)))

    @model_validator(mode="after")
    def _check_hours(self) -> Settings:
        if self.business_hours_end <= self.business_hours_start:
            raise ValueError("business_hours_end must be later than business_hours_start")
        return self

    @property
    def business_weekdays(self) -> frozenset[int]:
        """The business days as weekday numbers, Monday = 0."""
        return parse_weekdays(self.business_days)

    @property
    def live_breach_seconds(self) -> int:
        return self.sla_breach_live_seconds or self.first_response_target_seconds

    @property
    def free_breach_hours(self) -> float:
        return self.sla_breach_free_hours or self.reply_target_hours

    @property
    def effective_database_url(self) -> str:
        """The configured URL, or a SQLite file in the data folder."""
        return self.database_url or default_database_url(self.data_dir)

    @property
    def effective_audit_key_file(self) -> Path:
        return self.audit_key_file or self.data_dir / "audit.key"

    @property
    def effective_audit_head_file(self) -> Path:
        data = self.data_dir.absolute()
        folder = self.audit_head_dir or data.with_name(f"{data.name}-audit-head")
        return folder / "audit-head.json"

    @property
    def effective_public_base_url(self) -> str:
        if self.public_base_url:
            return self.public_base_url.rstrip("/")
        scheme = "https" if self.tls_cert else "http"
        host = "localhost" if self.host in ("0.0.0.0", "::", "") else self.host  # noqa: S104
        return f"{scheme}://{host}:{self.port}"

    # Delivery retries (issue 11, check 40): a failed send waits base·2^(n-1) seconds,
    # at most the cap, with jitter; codes are retried until they expire, owner notices
    # until they are sent. Messages undelivered this long raise a supervisor alert.
    delivery_retry_base_seconds: float = Field(default=2.0, gt=0, le=3600)
    # At most 180 s: a wait is always shorter than a claimed send's lease minus its timeout.
    delivery_retry_max_seconds: float = Field(default=120.0, gt=0, le=180)
    delivery_alert_after_minutes: float = Field(default=5.0, gt=0, le=24 * 60)
