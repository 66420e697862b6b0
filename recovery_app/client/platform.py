"""Typed calls of the platform self-service (``/api/v1/platform/...``) and a case's survey.

:class:`PlatformAccount` holds one platform session (its bearer token is a
secret: never in ``repr``). Secrets made here — a TOTP seed, backup codes —
are generated on this machine and sent once; the server never returns them.
"""

from __future__ import annotations

import base64
import re
import secrets
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, unquote, urlencode, urlsplit

from recovery_app.client.api import ApiClient
from recovery_app.client.case_session import CaseSession
from recovery_app.schemas.chat import SurveyIn, SurveyOut
from recovery_app.schemas.platform import (
    BackupCodesOut,
    EndedSessionsOut,
    PasswordResetOut,
    PlatformSessionsOut,
    PlatformSignInOut,
    SecurityChangesOut,
    TotpEnrolmentOut,
)
from recovery_app.security import tokens

__all__ = [
    "BACKUP_CODE_COUNT",
    "PlatformAccount",
    "answer_survey",
    "group_backup_code",
    "new_backup_codes",
    "new_totp_seed",
    "reset_password",
    "sign_in",
    "survey_status",
    "token_from_link",
    "totp_uri",
]

PLATFORM = "/platform"  # relative to the ApiClient's /api/v1
BACKUP_CODE_COUNT = 10
ISSUER = "Recovery Desk"
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{20,256}$")


def token_from_link(text: str) -> str | None:
    """The reset token in a whole link (``https://…/reset#TOKEN`` or ``?token=``) or alone.

    Returns None when nothing that looks like a token is found.
    """
    value = text.strip().strip("<>\"'")
    if not value:
        return None
    if "://" in value or value.startswith(("/", "#", "?")):
        parts = urlsplit(value)
        candidates = [parts.fragment]
        for pair in parts.query.split("&"):
            key, _, val = pair.partition("=")
            if key in ("token", "t"):
                candidates.insert(0, val)
        candidates.append(parts.path.rstrip("/").rsplit("/", 1)[-1])
        for candidate in candidates:
            candidate = unquote(candidate).removeprefix("token=")
            if _TOKEN.match(candidate):
                return candidate
        return None
    return value if _TOKEN.match(value) else None


def new_totp_seed() -> str:
    """A fresh 160-bit base32 seed from the OS CSPRNG, made on this machine (the server
    never sends one). 20 random bytes are exactly 32 base32 characters, no padding."""
    return base64.b32encode(secrets.token_bytes(20)).decode("ascii")


def totp_uri(seed: str, account_name: str) -> str:
    """The ``otpauth://`` URI an authenticator app reads from the QR code (Google's Key
    Uri Format: ``otpauth://totp/Issuer:account?secret=…&issuer=…``; SHA-1, 6 digits,
    30 s are the defaults every app assumes, so they are left out as pyotp does)."""
    label = f"{quote(ISSUER, safe='')}:{quote(account_name, safe='')}"
    query = urlencode({"secret": seed, "issuer": ISSUER}, quote_via=quote)
    return f"otpauth://totp/{label}?{query}"


def group_seed(seed: str) -> str:
    """The seed in groups of four for typing by hand."""
    return " ".join(seed[i : i + 4] for i in range(0, len(seed), 4))


def new_backup_codes(count: int = BACKUP_CODE_COUNT) -> list[str]:
    """``count`` different codes of 80 bits from the OS CSPRNG, grouped (``abcd-efgh-…``)."""
    codes: list[str] = []
    while len(codes) < count:
        code = tokens.backup_code()
        if code not in codes:
            codes.append(code)
    return codes


def group_backup_code(code: str) -> str:
    bare = tokens.normalize_backup_code(code)
    return "-".join(bare[i : i + 4] for i in range(0, len(bare), 4))


async def reset_password(api: ApiClient, token: str, new_password: str) -> PasswordResetOut:
    response = await api.request(
        "POST", f"{PLATFORM}/password-reset", json={"token": token, "new_password": new_password}
    )
    return PasswordResetOut.model_validate(response.json())


async def sign_in(
    api: ApiClient,
    identifier: str,
    password: str,
    *,
    totp: str | None = None,
    backup_code: str | None = None,
    device_label: str | None = None,
) -> PlatformAccount:
    body: dict[str, Any] = {"identifier": identifier, "password": password}
    if totp:
        body["totp"] = totp
    if backup_code:
        body["backup_code"] = backup_code
    if device_label:
        body["device_label"] = device_label
    response = await api.request("POST", f"{PLATFORM}/sessions", json=body)
    signed = PlatformSignInOut.model_validate(response.json())
    return PlatformAccount(api, signed.session_token, signed.handle, signed.display_name)


@dataclass
class PlatformAccount:
    """One signed-in platform session and the self-service calls made with it."""

    api: ApiClient = field(repr=False)
    token: str = field(repr=False)
    handle: str
    display_name: str

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    async def enrol_totp(self, seed: str, code: str) -> TotpEnrolmentOut:
        response = await self.api.request(
            "POST",
            f"{PLATFORM}/totp",
            json={"seed": seed, "code": code.replace(" ", "")},
            headers=self._headers(),
        )
        return TotpEnrolmentOut.model_validate(response.json())

    async def replace_backup_codes(self, codes: list[str]) -> BackupCodesOut:
        response = await self.api.request(
            "PUT", f"{PLATFORM}/backup-codes", json={"codes": codes}, headers=self._headers()
        )
        return BackupCodesOut.model_validate(response.json())

    async def sessions(self) -> PlatformSessionsOut:
        response = await self.api.request("GET", f"{PLATFORM}/sessions", headers=self._headers())
        return PlatformSessionsOut.model_validate(response.json())

    async def end_session(self, session_id: int) -> None:
        await self.api.request(
            "DELETE", f"{PLATFORM}/sessions/{int(session_id)}", headers=self._headers()
        )

    async def revoke_device(self, device_id: int) -> EndedSessionsOut:
        response = await self.api.request(
            "DELETE", f"{PLATFORM}/devices/{int(device_id)}", headers=self._headers()
        )
        return EndedSessionsOut.model_validate(response.json())

    async def end_other_sessions(self) -> EndedSessionsOut:
        response = await self.api.request(
            "DELETE", f"{PLATFORM}/sessions/others", headers=self._headers()
        )
        return EndedSessionsOut.model_validate(response.json())

    async def security_events(self) -> SecurityChangesOut:
        response = await self.api.request(
            "GET", f"{PLATFORM}/security-events", headers=self._headers()
        )
        return SecurityChangesOut.model_validate(response.json())

    async def sign_out(self) -> None:
        await self.api.request("DELETE", f"{PLATFORM}/sessions/current", headers=self._headers())


async def survey_status(api: ApiClient, case: CaseSession) -> SurveyOut:
    response = await api.request("GET", f"/cases/{case.reference}/survey", headers=case.headers())
    return SurveyOut.model_validate(response.json())


async def answer_survey(
    api: ApiClient, case: CaseSession, access_restored: bool, rating: int, comment: str | None
) -> SurveyOut:
    body = SurveyIn(access_restored=access_restored, rating=rating, comment=comment or None)
    response = await api.request(
        "POST",
        f"/cases/{case.reference}/survey",
        json=body.model_dump(),
        headers=case.headers(),
    )
    return SurveyOut.model_validate(response.json())
