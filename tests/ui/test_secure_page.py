"""The "secure your account" pages against a real server: reset, strength meter, sign-in,
authenticator, backup codes (file and PDF), ending an intruder's session, the suspicious
change marked, and the survey stored on the server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pyotp
from sqlalchemy import select, update

from recovery_app.client.case_session import CaseSession
from recovery_app.domain.model import Actor, ContactKind
from recovery_app.server.settings import Settings
from recovery_app.services.platform import issue_reset_token
from recovery_app.storage import accounts_admin
from recovery_app.storage.models import Account, BackupCode, Case
from tests.support.accounts import PLATFORM, bearer, services_for
from tests.support.live_server import LiveServer
from tests.ui.conftest import eventually
from ui.user.secure_page import SecurePage

OLD_PASSWORD = "old password that leaked 1"
NEW_PASSWORD = "violet harbour tractor moon 42"


@dataclass
class Lena:
    account_id: int
    link: str
    case: CaseSession


async def prepare_lena(settings: Settings, url: str) -> Lena:
    """Lena's account with an intruder's changes, an open case that reached restoring,
    and a reset link issued for that case (as the restore would send it)."""
    async with services_for(settings) as services:
        now = services.clock.now()
        async with services.write() as session:
            account = await accounts_admin.create_account(
                session,
                services.keys,
                services.box,
                handle="lena",
                display_name="Lena Fischer",
                password=OLD_PASSWORD,
                created_at=now - timedelta(days=800),
            )
            await accounts_admin.add_contact(
                session,
                account.id,
                ContactKind.EMAIL,
                "lena@example.com",
                added_at=now - timedelta(days=800),
            )
            await accounts_admin.add_contact(
                session,
                account.id,
                ContactKind.EMAIL,
                "thief@attacker.test",
                added_at=now - timedelta(days=1),
                added_by=Actor.UNKNOWN,
            )
            account_id = account.id
        async with httpx.AsyncClient(base_url=url) as client:
            opened = await client.post(
                "/api/v1/cases",
                json={
                    "kind": "hacked",
                    "identifier": "lena",
                    "reply_contact": "lena.new@example.org",
                    "language": "en",
                },
            )
            assert opened.status_code == 201, opened.text
        body = opened.json()
        async with services.write() as session:
            case = await session.scalar(select(Case).where(Case.reference == body["reference"]))
            assert case is not None
            case.state = "restoring"
            token = await issue_reset_token(
                session, services.keys, account_id, case.id, services.clock.now(), 30
            )
    return Lena(
        account_id,
        f"https://help.recovery.test/reset#{token}",
        CaseSession(body["reference"], body["token"]),
    )


async def test_secure_page_walk_against_a_real_server(
    live_server: LiveServer,
    settings: Settings,
    client_for: Callable[..., Any],
    tmp_path: Path,
) -> None:
    lena = await prepare_lena(settings, live_server.url)
    harness = await client_for(live_server.url)
    page = SecurePage(harness.window.context, lena.case)
    finished: list[bool] = []
    page.finished.connect(lambda: finished.append(True))
    page.resize(1000, 700)
    page.show()
    try:
        await _walk(page, lena, settings, live_server.url, tmp_path)
        assert finished == [True]
    finally:
        await page.aclose()
        page.close()
        page.deleteLater()


async def _walk(page: SecurePage, lena: Lena, settings: Settings, url: str, tmp_path: Path) -> None:
    # 1. The whole link is accepted; the meter judges weak and strong passwords.
    reset = page.reset
    assert page.current is reset
    reset.link.setText(f"  {lena.link}  ")
    assert reset.token() == lena.link.rsplit("#", 1)[1]
    assert "recognised" in reset.link_state.text()
    reset.password.setText("password1234")
    await eventually(lambda: reset.meter.score in (0, 1), what="weak verdict")
    assert "eak" in reset.meter.verdict.text()
    assert reset.meter.hint_label.text()
    reset.password.setText(NEW_PASSWORD)
    reset.repeat.setText(NEW_PASSWORD[:-1])
    await eventually(lambda: reset.meter.score >= 3, what="strong verdict")
    assert "trong" in reset.meter.verdict.text()
    assert not reset.submit.isEnabled()  # the two differ
    reset.repeat.setText(NEW_PASSWORD)
    assert reset.submit.isEnabled()
    assert await reset.submit_reset(), reset.message.text()

    # 2. Nobody is signed in: sign in with the new password.
    assert page.current is page.sign_in
    page.sign_in.identifier.setText("lena")
    page.sign_in.password.setText(NEW_PASSWORD)
    assert await page.sign_in.submit_sign_in()
    assert page.account is not None

    # 3. The authenticator: the key on the screen is the seed the server now holds.
    totp_step = page.totp
    assert page.current is totp_step
    seed = totp_step.seed_text.replace(" ", "")
    assert len(seed) == 32
    assert not totp_step.qr.pixmap().isNull()
    totp_step.code.setText("000000" if pyotp.TOTP(seed).now() != "000000" else "111111")
    assert not await totp_step.submit_code()
    assert "not accepted" in totp_step.message.text()
    totp_step.code.setText(pyotp.TOTP(seed).now())
    assert await totp_step.submit_code()
    async with services_for(settings) as services, services.read() as session:
        account = await session.get(Account, lena.account_id)
        assert account is not None and account.totp_secret_enc
        assert services.box.decrypt(account.totp_secret_enc) == seed

    # 4. Backup codes: saved to a file, printed to PDF, confirmed, then stored (hashed).
    backup = page.backup
    assert page.current is backup
    codes = list(backup.codes)
    assert len(codes) == 10 and len(set(codes)) == 10
    assert not backup.proceed.isEnabled()
    saved = tmp_path / "codes.txt"
    assert backup.save_to(saved)
    assert all(code in saved.read_text(encoding="utf-8") for code in codes)
    pdf = tmp_path / "codes.pdf"
    backup.print_to_pdf(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")
    backup.saved.setChecked(True)
    assert backup.proceed.isEnabled()
    assert await backup.submit_codes()
    assert page.current is page.sessions
    assert backup.codes == []  # forgotten once stored
    async with services_for(settings) as services, services.read() as session:
        live = (
            await session.scalars(
                select(BackupCode.id).where(
                    BackupCode.account_id == lena.account_id, BackupCode.used_at.is_(None)
                )
            )
        ).all()
        assert len(live) == 10

    # 5. An intruder signs in with a stolen backup code; Lena ends that session.
    async with httpx.AsyncClient(base_url=url) as client:
        intruder = await client.post(
            f"{PLATFORM}/sessions",
            json={"identifier": "lena", "password": NEW_PASSWORD, "backup_code": codes[0]},
            headers={"User-Agent": "Intruder/1.0"},
        )
        assert intruder.status_code == 201, intruder.text
        intruder_token = intruder.json()["session_token"]
        sessions = page.sessions
        assert await sessions.load()
        current_row = next(i for i, s in enumerate(sessions.rows) if s.current)
        sessions.table.selectRow(current_row)
        assert not sessions.end_one.isEnabled() and not sessions.revoke.isEnabled()
        assert "you" in sessions.table.item(current_row, 0).text()  # type: ignore[union-attr]
        assert sessions.select_where("Intruder/1.0")
        assert sessions.end_one.isEnabled()
        assert await sessions.end_selected()
        gone = await client.get(f"{PLATFORM}/me", headers=bearer(intruder_token))
        assert gone.status_code == 401
        assert not sessions.select_where("Intruder/1.0")  # ended sessions are hidden by default
    sessions.proceed.click()

    # 6. Recent changes: the intruder's sign-in and contact are marked, in words too.
    events = page.events
    assert page.current is events
    await eventually(lambda: bool(events.events), what="security events")
    flagged = events.suspicious_rows()
    texts = {
        row: [events.table.item(row, c).text() for c in range(5)]  # type: ignore[union-attr]
        for row in range(events.table.rowCount())
    }
    intruder_rows = [r for r, t in texts.items() if "Intruder/1.0" in t[4]]
    assert intruder_rows and all(r in flagged for r in intruder_rows)
    assert all(texts[r][0] == "Check" for r in flagged)
    assert any("session or device you ended" in texts[r][4] for r in intruder_rows)
    thief = [r for r, t in texts.items() if "E-mail address or phone number added" in t[2]]
    assert any(r in flagged for r in thief) and any(r not in flagged for r in thief)
    assert "need your attention" in events.summary.text()
    events.proceed.click()

    # 7. The survey is stored on the server.
    survey = page.survey
    assert survey is not None and page.current is survey
    survey.yes.setChecked(True)
    survey.rating_buttons[4].setChecked(True)
    survey.comment.setPlainText("Quick and kind.")
    assert await survey.submit()
    async with services_for(settings) as services, services.read() as session:
        from recovery_app.storage.models import Survey

        case = await session.scalar(select(Case).where(Case.reference == lena.case.reference))
        assert case is not None
        stored = await session.get(Survey, case.id)
        assert stored is not None and stored.access_restored is True and stored.rating == 5
    assert page.current is page.done
    page.done.finish.click()


async def test_an_expired_link_says_what_to_do(
    live_server: LiveServer,
    settings: Settings,
    client_for: Callable[..., Any],
) -> None:
    lena = await prepare_lena(settings, live_server.url)
    async with services_for(settings) as services, services.write() as session:
        from recovery_app.storage.models import PasswordResetToken

        await session.execute(
            update(PasswordResetToken).values(
                expires_at=services.clock.now() - timedelta(minutes=1)
            )
        )
    harness = await client_for(live_server.url)
    page = SecurePage(harness.window.context, None)
    page.show()
    try:
        token = lena.link.rsplit("#", 1)[1]
        page.reset.link.setText(token)  # the token alone works too
        page.reset.password.setText(NEW_PASSWORD)
        page.reset.repeat.setText(NEW_PASSWORD)
        assert not await page.reset.submit_reset()
        assert "no longer works" in page.reset.message.text()
        assert "new" in page.reset.message.text()
        assert page.current is page.reset
        assert page.reset.password.text() == NEW_PASSWORD  # nothing typed is lost
        assert page.survey is None
        page.reset.link.setText("https://help.recovery.test/reset#")
        assert not page.reset.submit.isEnabled()
        assert "No reset code" in page.reset.link_state.text()
    finally:
        await page.aclose()
        page.close()
        page.deleteLater()
