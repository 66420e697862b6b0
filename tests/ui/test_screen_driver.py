"""ui.screen_driver reads reset links and new codes from the server's mail folder.

Hand-written Maildir files (as the embedded delivery writes them): a reset link is
handed out once, newest first; a code is taken only from a message that arrived
after the snapshot, and a notice whose link holds six digits in a row is never
taken for a code (the mistake that made later screenshot runs answer "wrong").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ui.screen_driver import DriverError, ScreenDriver, latest_link
from ui.screen_env import ScreenEnv


def _mail(folder: Path, to: str, body: str, n: int) -> None:
    from recovery_app.delivery.maildir import compose_email, store_in_maildir

    store_in_maildir(
        folder / "mail",
        compose_email(mail_from="d@x.test", to=to, subject="s", body=body, message_id=f"m{n}"),
    )


def _env(data_dir: Path) -> ScreenEnv:
    async def no_window(mode: str) -> Any:
        raise AssertionError("no window here")

    async def no_code(address: str) -> str:
        raise AssertionError("the driver reads codes itself")

    return ScreenEnv(
        url="http://127.0.0.1:9",
        data_dir=data_dir,
        language="en",
        theme="light",
        demo={},
        open_window=no_window,
        latest_code=no_code,
    )


async def test_latest_link_hands_out_each_link_once(tmp_path: Path) -> None:
    env = _env(tmp_path)
    with pytest.raises(DriverError):
        await latest_link(env, "ana@example.com", wait=0.2)
    _mail(tmp_path, "Ana@Example.com", "Use this link: http://h.test/reset#AAA111bbb222 now.", 1)
    _mail(tmp_path, "other@example.com", "Use this link: http://h.test/reset#OTHER now.", 2)
    assert await latest_link(env, "ana@example.com", wait=0.2) == "http://h.test/reset#AAA111bbb222"
    with pytest.raises(DriverError):
        await latest_link(env, "ana@example.com", wait=0.2)  # used already
    _mail(tmp_path, "ana@example.com", "Use this link: http://h.test/reset#CCC333 now.", 3)
    assert await latest_link(env, "ana@example.com", wait=1) == "http://h.test/reset#CCC333"


async def test_new_codes_skip_old_mail_and_notices_with_links(tmp_path: Path) -> None:
    env = _env(tmp_path)
    driver = ScreenDriver(env)
    try:
        _mail(tmp_path, "ana@example.com", "Your Recovery Desk code is 111111.", 1)
        before = await driver.seen("ana@example.com")
        # A notice about an earlier change arrives first: its link has six digits in a row.
        _mail(
            tmp_path,
            "ana@example.com",
            "A change was made. Not you? http://h.test/cancel/ab123456cd",
            2,
        )
        with pytest.raises(DriverError):
            await driver._new_code("ana@example.com", before, wait=0.2)
        _mail(tmp_path, "ana@example.com", "Your Recovery Desk code is 222222.", 3)
        assert await driver._new_code("ana@example.com", before, wait=1) == "222222"
    finally:
        await driver.aclose()
