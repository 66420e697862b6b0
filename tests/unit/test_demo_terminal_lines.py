"""What `make demo` prints: a line per message the platform sends (an SMS notice shows its
text, not the word "SMS"), and headless, a line per step saying what it shows."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recovery_app.delivery.maildir import compose_email, store_in_maildir
from recovery_app.delivery.sms import MaildirSmsGateway
from recovery_app.delivery.templates import render
from ui.demo import STEPS, Progress, describe
from ui.screenshots import sent_messages

PHONE = "+4915123456789"
EMAIL = "lena.fischer@example.org"


async def test_each_sent_message_has_a_line_an_sms_notice_with_its_text(tmp_path: Path) -> None:
    sms = MaildirSmsGateway(tmp_path / "sms")
    notice = render(
        "recovery_started",
        "en",
        {"case_ref": "RC-7K2Q", "cancel_link": "https://help.example/c#x", "name": "Lena"},
    )
    await sms.send(PHONE, notice.body, "notice-1")
    code = render("verification_code", "en", {"code": "482913", "minutes": 10, "name": "Lena"})
    await sms.send(PHONE, code.body, "code-1")
    store_in_maildir(
        tmp_path / "mail",
        compose_email(
            mail_from="help@example.org",
            to=EMAIL,
            subject=notice.subject,
            body=notice.body,
            message_id="notice-2",
        ),
    )

    lines = {
        m.key.split("/")[0] + ("-code" if m.code else ""): describe(m)
        for m in sent_messages(tmp_path)
    }

    assert re.fullmatch(
        r"  \d\d:\d\d:\d\d  SMS    to \+4915123456789: code 482913", lines["sms-code"]
    )
    sms_line = lines["sms"]
    assert "'SMS'" not in sms_line
    assert sms_line.endswith(f"to {PHONE}: '{' '.join(notice.body.split())}'")
    assert "Someone started recovering your account (case RC-7K2Q)" in sms_line
    assert "\n" not in sms_line  # one line, however the text is laid out
    assert lines["mail"].endswith(f"e-mail to {EMAIL}: 'Someone started recovering your account'")


def test_each_headless_step_says_which_of_how_many_and_what_it_shows(
    capsys: pytest.CaptureFixture[str],
) -> None:
    progress = Progress()
    progress("main", "user", Path("01-main-user.png"))
    progress("agent", "desk", Path("02-agent-desk.png"))
    out = capsys.readouterr().out.splitlines()
    total = len(STEPS)
    assert out == [
        f"  step 1 of {total}: the user window as it opens  (01-main-user.png)",
        f"  step 2 of {total}: agent desk with case panel: Lena's chat  (02-agent-desk.png)",
    ]


def test_a_step_nobody_described_yet_is_announced_by_its_name_and_still_counted(
    capsys: pytest.CaptureFixture[str],
) -> None:
    progress = Progress({"main-user": "the user window as it opens"})
    progress("main", "user", Path("01-main-user.png"))
    progress("agent", "new-page", Path("02-agent-new-page.png"))
    assert capsys.readouterr().out.splitlines()[-1] == (
        "  step 2 of 2: agent: new page  (02-agent-new-page.png)"
    )
