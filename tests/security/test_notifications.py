"""Notifications (SECURITY-CHECKS 19, 20): who is told, and what a message may carry."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

from recovery_app.domain.model import Role
from tests.support.desk import body_of, running_desk

LINK = re.compile(r"https?://\S+")
CODE = re.compile(r"\b\d{6}\b")


async def test_opening_a_case_tells_every_pre_compromise_contact_with_a_cancel_link(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        case = await desk.open_case("evil@attacker.test")  # the attacker may open one too
        await desk.open_case("no-such-user", reply="other@example.org")
        await desk.background.run_once()
        for contact in (ann.old_email, ann.phone):
            text = body_of(await desk.wait_for_message(contact, subject=case.reference))
            assert f"https://help.recovery.test/api/v1/cancel/{case.reference}." in text
        assert not desk.messages(ann.attacker_email)
        # "This wasn't me": opening the link only asks (mail scanners open links) ...
        text = body_of(desk.messages(ann.old_email)[-1])
        link = LINK.search(text)
        assert link
        path = link.group(0).replace("https://help.recovery.test", "")
        page = await desk.client.get(path)
        assert page.status_code == 200
        assert "<form method=post" in page.text
        status = await desk.client.get(f"/api/v1/cases/{case.reference}", headers=case.headers)
        assert status.json()["frozen"] is False
        # ... and the button freezes the case at once.
        frozen = await desk.client.post(path)
        assert frozen.status_code == 200
        status = await desk.client.get(f"/api/v1/cases/{case.reference}", headers=case.headers)
        assert status.json()["frozen"] is True


async def test_notifications_carry_no_code_or_access_link_except_the_code_and_reset_messages(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        alice, bob = await desk.agent("alice"), await desk.agent("bob")
        sam = await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("ann")
        await desk.prove(case, "email_code", ann.old_email)
        await desk.prove(case, "sms_code", ann.phone)
        await desk.assign(case, alice, sam)
        for action, target in (
            ("remove_contact", {"contact_id": ann.attacker_email_id}),
            ("restore_contact", {"contact_id": ann.old_email_id}),
        ):
            request = await desk.client.post(
                f"/api/v1/agent/cases/{case.reference}/restore",
                json={"action": action, "target": target, "reason": "proved"},
                headers=alice.headers,
            )
            await desk.client.post(
                f"/api/v1/agent/restore-requests/{request.json()['id']}/decision",
                json={"approve": True, "note": "fine"},
                headers=bob.headers,
            )
        desk.clock.advance(timedelta(hours=25))
        await desk.background.run_once()
        await desk.sign_in(alice)
        await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "send_reset_link", "reason": "proved"},
            headers=alice.headers,
        )
        await desk.background.dispatcher.dispatch_once()
        messages = [
            m for to in (ann.old_email, ann.phone, "ann.new@example.org") for m in desk.messages(to)
        ]
        kinds = {"code": 0, "reset": 0, "notice": 0}
        for message in messages:
            text = f"{message['Subject'] or ''}\n{body_of(message)}"
            links = LINK.findall(text)
            if "/reset#" in text:
                kinds["reset"] += 1
                assert not CODE.search(text)
            elif CODE.search(text):
                kinds["code"] += 1
                assert not links, "a code message must not also carry a link"
            else:
                kinds["notice"] += 1
                assert all("/api/v1/cancel/" in link for link in links), links
        assert kinds["code"] >= 3
        assert kinds["reset"] == 1
        assert kinds["notice"] >= 6  # opened, scheduled ×2 ×2 contacts, done …


async def test_a_password_reset_is_announced_to_every_pre_compromise_contact(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        ann = await desk.hacked_account()
        alice, sam = await desk.agent("alice"), await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("ann")
        await desk.prove(case, "email_code", ann.old_email)
        await desk.prove(case, "sms_code", ann.phone)
        await desk.assign(case, alice, sam)
        await desk.client.post(
            f"/api/v1/agent/cases/{case.reference}/restore",
            json={"action": "send_reset_link", "reason": "proved"},
            headers=alice.headers,
        )
        mail = body_of(await desk.wait_for_message(ann.old_email, subject="/reset#"))
        token = mail.split("/reset#", 1)[1].split()[0]
        reset = await desk.client.post(
            "/api/v1/platform/password-reset",
            json={"token": token, "new_password": "a brand new long passphrase 7"},
        )
        assert reset.status_code == 200, reset.text
        for contact in (ann.old_email, ann.phone):
            notice = body_of(await desk.wait_for_message(contact, subject="password"))
            assert "/api/v1/cancel/" in notice
            assert not CODE.search(notice)
        assert not [
            m for m in desk.messages(ann.attacker_email) if "password" in body_of(m).lower()
        ]


async def test_agents_cannot_sign_in_as_the_user_or_set_a_password(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("ben", email="ben@example.com")
        alice = await desk.agent("alice")
        as_user = await desk.client.get("/api/v1/platform/me", headers=alice.headers)
        assert as_user.status_code == 401
        paths = {getattr(route, "path", "") for route in desk.app.routes}
        agent_paths = [p for p in paths if p.startswith("/api/v1/agent")]
        assert not [p for p in agent_paths if "password" in p or "impersonat" in p]
