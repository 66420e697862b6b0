"""``make screenshots`` machinery: a seeded real server, walks, PNG files, codes from the mail.

Runs one language and theme with the smoke walk (the main window in both
modes), a walk that breaks half-way, a walk module that does not exist, and a
walk that opens a real case and answers it with the code ``latest_code`` read
from the server's mail folder.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QLabel, QWidget

from ui.screen_env import ScreenEnv
from ui.screenshots import CodeReader, not_blank, render_all, seeded_server

HERE = "tests.ui.test_screenshots_machinery"
outcomes: dict[str, Any] = {}


@pytest.fixture(scope="module")
def demo_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[str, Path, dict[str, Any]]]:
    data_dir = tmp_path_factory.mktemp("shots-server")
    with seeded_server(data_dir) as (url, demo):
        yield url, data_dir, demo


async def broken_walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    yield "first", await env.open_window("user")
    raise RuntimeError("this page is not built yet")


async def code_walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    """Open a case for the free demo user, answer the reply code that latest_code finds."""
    free = env.account("free")
    reply = "ana.travel@example.net"
    async with httpx.AsyncClient(base_url=env.url) as client:
        opened = await client.post(
            "/api/v1/cases",
            json={
                "kind": "forgot_password",
                "identifier": free["handle"],
                "reply_contact": reply,
                "language": env.language,
            },
        )
        assert opened.status_code == 201, opened.text
        reference, token = opened.json()["reference"], opened.json()["token"]
        headers = {"Authorization": f"Bearer {token}"}
        code = await env.latest_code(reply)
        status = await client.get(f"/api/v1/cases/{reference}", headers=headers)
        step = next(p for p in status.json()["pending"] if p["purpose"] == "reply_contact")
        answered = await client.post(
            f"/api/v1/cases/{reference}/challenges/{step['id']}/answer",
            json={"answer": code},
            headers=headers,
        )
        outcomes["reply_state"] = answered.json().get("state")
        # Two agent sign-ins in a row: totp_code never hands out the same time step twice.
        maria = env.agent("maria")
        outcomes["sign_ins"] = [
            (
                await client.post(
                    "/api/v1/agent/sessions",
                    json={
                        "username": "maria",
                        "password": maria["password"],
                        "totp": await env.totp_code(maria["totp_secret"]),
                    },
                )
            ).status_code
            for _ in range(2)
        ]
    label = QLabel(f"Case {reference} verified its reply contact")
    label.resize(400, 80)
    yield "verified", label


async def test_one_language_and_theme_writes_pngs_and_survives_broken_walks(
    demo_server: tuple[str, Path, dict[str, Any]], tmp_path: Path
) -> None:
    url, data_dir, demo = demo_server
    report = await render_all(
        tmp_path,
        url,
        data_dir,
        demo,
        languages=("de",),
        themes=("contrast",),
        areas={
            "main": "ui.screenshots",
            "broken": f"{HERE}:broken_walk",
            "missing": "ui.nowhere.screens",
            "codes": f"{HERE}:code_walk",
        },
    )
    folder = tmp_path / "de" / "contrast"
    for name in ("main-user.png", "main-agent.png", "broken-first.png", "codes-verified.png"):
        assert (folder / name) in report.written, name
        assert not_blank(folder / name), f"{name} is blank"
    assert any("broken" in line and "not built yet" in line for line in report.failures)
    assert len(report.failures) == 1, report.failures
    assert any("ui.nowhere.screens" in line for line in report.skipped)
    assert outcomes["reply_state"] == "verifying"
    assert outcomes["sign_ins"] == [201, 201]


async def counting_walk(env: ScreenEnv) -> AsyncIterator[tuple[str, QWidget]]:
    """Three pages; records how far it was driven."""
    window = await env.open_window("user")
    for name in ("one", "two", "three"):
        outcomes.setdefault("counting", []).append(name)
        yield name, window


async def test_only_pages_saves_just_those_at_the_given_size_and_stops_the_walk(
    demo_server: tuple[str, Path, dict[str, Any]], tmp_path: Path
) -> None:
    from PySide6.QtGui import QImage

    url, data_dir, demo = demo_server
    outcomes.pop("counting", None)
    report = await render_all(
        tmp_path,
        url,
        data_dir,
        demo,
        languages=("en",),
        themes=("light",),
        areas={"main": "ui.screenshots", "count": f"{HERE}:counting_walk"},
        size=(1366, 768),
        only_pages=frozenset({"count-two", "main-nowhere"}),
    )
    folder = tmp_path / "en" / "light"
    assert report.written == [folder / "count-two.png"]
    image = QImage(str(folder / "count-two.png"))
    assert (image.width(), image.height()) == (1366, 768)
    # The walk was stopped after its last wanted page, never driven to "three".
    assert outcomes["counting"] == ["one", "two"]
    # A wanted page no walk yields is a failure, not a silent gap.
    assert len(report.failures) == 1 and "main-nowhere" in report.failures[0], report.failures


async def test_latest_code_hands_out_the_newest_new_code(tmp_path: Path) -> None:
    from recovery_app.delivery.maildir import compose_email, store_in_maildir
    from recovery_app.delivery.sms import compose_sms

    def mail(to: str, code: str, n: int) -> None:
        body = f"Your Recovery Desk code is {code}. It expires in 30 minutes. Case RD-AB12-CD34."
        store_in_maildir(
            tmp_path / "mail",
            compose_email(mail_from="d@x.test", to=to, subject="s", body=body, message_id=f"m{n}"),
        )

    reader = CodeReader(tmp_path)
    with pytest.raises(LookupError):
        await reader.latest_code("nobody@example.com", wait=0.2)
    mail("Ana@Example.com", "111111", 1)
    mail("other@example.com", "222222", 2)
    assert await reader.latest_code("ana@example.com", wait=0.2) == "111111"
    mail("ana@example.com", "333333", 3)
    assert await reader.latest_code("ana@example.com", wait=1) == "333333"
    # Nothing new: the newest one again rather than nothing.
    assert await reader.latest_code("ana@example.com", wait=0.2) == "333333"
    store_in_maildir(
        tmp_path / "sms", compose_sms(to="+351912345678", text="Code: 444555", message_id="s1")
    )
    assert await reader.latest_code("+351 912 345 678", wait=0.2) == "444555"
