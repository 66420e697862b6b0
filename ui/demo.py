"""``make demo``: a seeded server on a temporary SQLite folder, a user window and an agent window.

1. A temporary data folder; ``recovery-server seed-demo`` fills it (a hacked
   account, a subscriber, a free user, a suspended one, two agents and a
   supervisor) and its summary is printed: passwords, TOTP secrets, who is who.
2. ``recovery-server serve`` runs on it in the background.
3. With a display: two client processes, the user window on the left half of
   the screen and the agent window on the right, as two people on two
   computers would have them. The terminal then shows every message the
   platform sends (the codes a person would read in their mail or on their
   phone) as it arrives, and the agents' current authenticator codes.
   The demo ends when both windows are closed (or with Ctrl+C or SIGTERM).
4. Without a display: the same server and the page walks of ``make
   screenshots`` run offscreen, in English and the light theme; each step is
   announced ("step 31 of 53: agent desk with case panel ...") and saved as a
   numbered PNG in ``screenshots/demo/``.

However it ends, the clients and the server end with it and the temporary
folder (its ``demo.json`` holds the staff passwords and TOTP secrets) is
removed: :mod:`ui.demo_lifetime`.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ui.demo_lifetime import (
    DemoStopped,
    StopSignals,
    child_preexec,
    die_with_parent,
    end_process_group,
)
from ui.screenshots import RELAXED_LIMITS, SeedError, Sent, sent_messages
from ui.server_process import ServerStartError

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType

    from ui.screenshots import Report

SCREENSHOT_DIR = Path("screenshots") / "demo"
REFRESH_SECONDS = 1.0
CLIENT_STOP_SECONDS = 5.0

# What each headless step shows, in the order the walks take them ("<area>-<page>").
# A page a walk adds later is announced by its name until it is described here
# (tests/e2e/test_demo.py fails until then).
STEPS: dict[str, str] = {
    "main-user": "the user window as it opens",
    "main-agent": "the agent window as it opens",
    "user-situation": "user: what happened to the account",
    "user-identify": "user: Lena names her account and a reply address",
    "user-reply-code": "user: the code sent to the reply address",
    "user-verify": "user: the ways to prove it is Lena",
    "user-code-wrong": "user: a wrong code for her old e-mail",
    "user-verify-one-proof": "user: one proof passed",
    "user-evidence": "user: sending a document as evidence",
    "user-resume": "user: picking the case up again by its reference",
    "user-support-assistant": "user: the assistant's answer",
    "user-support-written-case": "user: a written case while no agent is online",
    "user-support-live-queue": "user: a subscriber's place in the live queue",
    "user-chat-conversation": "user: chatting with Maria, a picture attached",
    "user-chat-challenge": "user: Maria asks for an SMS code in the chat",
    "secure-secure-password-weak": "securing the account: a weak new password",
    "secure-secure-password-strong": "securing the account: a strong new password",
    "secure-secure-link-expired": "securing the account: a reset link that no longer works",
    "secure-secure-sign-in-refused": "securing the account: a wrong password refused",
    "secure-secure-new-password": "securing the account: a new password from the reset link",
    "secure-secure-sign-in": "securing the account: signing in with it",
    "secure-secure-sign-in-second-step": "securing the account: the authenticator code",
    "secure-secure-authenticator": "securing the account: a new authenticator",
    "secure-secure-backup-codes": "securing the account: new backup codes",
    "secure-secure-sessions": "securing the account: ending the other sessions",
    "secure-secure-recent-changes": "securing the account: recent changes to review",
    "secure-secure-survey": "securing the account: a short survey",
    "secure-secure-done": "securing the account: done",
    "agent-sign-in": "agent sign-in",
    "agent-sign-in-error": "agent sign-in refused (wrong password and code)",
    "agent-desk": "agent desk with case panel: Lena's chat",
    "agent-desk-second-chat": "agent desk: a second chat (Ana)",
    "agent-canned-popup": "agent desk: prepared replies",
    "agent-private-note": "agent desk: a private note on the case",
    "agent-transfer-dialog": "agent desk: transferring the chat",
    "agent-close-dialog": "agent desk: closing the case",
    "agent-case-panel": "case panel: the case at a glance",
    "agent-case-panel-evidence": "case panel: the document Lena sent",
    "agent-reveal-dialog": "case panel: revealing the document, with a reason",
    "agent-case-panel-actions": "case panel: restore actions, not yet allowed",
    "agent-verification-waiting": "case panel: an SMS code asked of Lena, waiting",
    "agent-verification-passed": "case panel: the SMS code proved",
    "agent-case-panel-actions-enabled": "case panel: restore actions now allowed",
    "agent-case-panel-timeline": "case panel: the case's timeline",
    "agent-restore-confirm": "case panel: confirming a restore",
    "agent-approvals-inbox": "agent desk: Tomasz's restore waiting for Maria's approval",
    "agent-shortcuts-help": "agent desk: keyboard shortcuts",
    "supervisor-live-board": "supervisor: the live board",
    "supervisor-approvals": "supervisor: approvals",
    "supervisor-alerts": "supervisor: an unusual-restore alert",
    "supervisor-dashboard": "supervisor dashboard",
    "supervisor-dashboard-table": "supervisor dashboard: a figure as a table",
    "supervisor-audit-log": "supervisor: the audit log, verified",
}
# Qt's offscreen platform says this for every window it cannot do it for.
_QT_NOISE = ("This plugin does not support ",)


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def what_to_try(url: str, data_dir: Path, demo: dict[str, Any]) -> str:
    accounts = demo["accounts"]
    hacked, sub, free, susp = (
        accounts["hacked"],
        accounts["subscriber"],
        accounts["free"],
        accounts["suspended"],
    )
    agents = {agent["username"]: agent for agent in demo["agents"]}
    maria = agents["maria"]
    return "\n".join(
        [
            "",
            "What to try",
            f"  User window (left), 'My account was hacked': account {hacked['handle']}, reply to",
            "    any address of your own (e.g. lena.new@example.com). Every message the platform",
            "    sends shows up below in this terminal: the code for your reply address, then the",
            f"    codes to Lena's own e-mail {hacked['email']} or phone {hacked['phone']}.",
            f"    Codes to the attacker's {hacked['attacker_email']} would prove nothing.",
            f"  Agent window (right): sign in as maria, password {maria['password']},",
            "    and the code shown for maria on the 'Codes now' line below (or add her secret",
            "    to any authenticator app). Ask for a person in the user window to reach her.",
            f"  Also: {sub['handle']} (subscriber, 'I lost my authenticator'; backup code "
            f"{sub['backup_codes'][0]}),",
            f"    {free['handle']} ('I forgot my password'; her app code is on the 'Codes now' "
            "line),",
            f"    {susp['handle']} ('My account was disabled': an appeal). Supervisor: sam (sign",
            "    out in the agent window, or open a third one: "
            f"{Path(sys.executable).name} -m ui --server {url} --mode agent).",
            f"  Mail and SMS files: {data_dir / 'mail'} and {data_dir / 'sms'}",
            "",
        ]
    )


def current_codes(demo: dict[str, Any]) -> str:
    """The line of authenticator codes valid now, and for how long."""
    from recovery_app.security import totp

    secrets = [(agent["username"], agent["totp_secret"]) for agent in demo["agents"]]
    free = demo["accounts"]["free"]
    secrets.append((free["handle"], free["totp_secret"]))
    step = totp.current_step()
    left = int((step + 1) * totp.STEP_SECONDS - time.time())
    codes = "  ".join(f"{name} {totp.code_at(secret, step)}" for name, secret in secrets)
    return f"Codes now ({left:2d} s left): {codes}"


def describe(message: Sent) -> str:
    """One terminal line: time, channel, recipient, and the code, subject or SMS text."""
    channel = "SMS   " if message.channel == "sms" else "e-mail"
    if message.code:
        what = f"code {message.code}"
    elif message.channel == "sms":  # an SMS has no subject: its text is the notice
        what = f"'{' '.join(message.text.split())}'"
    else:
        what = f"'{message.subject}'"
    return f"  {time.strftime('%H:%M:%S')}  {channel} to {message.to}: {what}"


def follow(data_dir: Path, demo: dict[str, Any], clients: list[subprocess.Popen[bytes]]) -> None:
    """Print new messages and the current codes until every client window is closed."""
    tty = sys.stdout.isatty()
    seen: set[str] = set()
    last_line = ""
    last_step = -1
    from recovery_app.security import totp

    try:
        while any(client.poll() is None for client in clients):
            new = [m for m in sent_messages(data_dir) if m.key not in seen]
            seen.update(m.key for m in new)
            line = current_codes(demo)
            if tty:
                if new:
                    sys.stdout.write("\r\033[K")
                for message in new:
                    print(describe(message))
                sys.stdout.write("\r\033[K" + line)
                sys.stdout.flush()
            else:
                for message in new:
                    print(describe(message), flush=True)
                if totp.current_step() != last_step:
                    last_step = totp.current_step()
                    print(line, flush=True)
            last_line = line
            time.sleep(REFRESH_SECONDS)
    finally:
        if tty and last_line:  # what comes next starts on a line of its own
            _say("", sys.stdout)


def run_windows(url: str, data_dir: Path, demo: dict[str, Any], stop: StopSignals) -> int:
    print(what_to_try(url, data_dir, demo))
    base = [sys.executable, "-m", "ui", "--server", url]
    clients: list[subprocess.Popen[bytes]] = []
    try:
        for mode, side in (("user", "left"), ("agent", "right")):
            clients.append(
                subprocess.Popen(  # noqa: S603 - our own interpreter and module
                    [*base, "--mode", mode, "--position", side],
                    # Their own session: a Ctrl+C reaches the demo, which ends them in order;
                    # and they end if the demo itself is killed.
                    start_new_session=True,
                    preexec_fn=child_preexec(),  # ui/demo_lifetime.py: one prctl call
                )
            )
        print(
            "Opening the user window (left) and the agent window (right); "
            "close both, or press Ctrl+C, to stop.",
            flush=True,
        )
        follow(data_dir, demo, clients)
    finally:
        stop.hold()
        end_clients(clients)
    codes = [client.returncode for client in clients]
    if any(code not in (0, -15) for code in codes):
        print(f"A client window ended with an error (exit codes {codes}).", file=sys.stderr)
        return 1
    return 0


def end_clients(clients: list[subprocess.Popen[bytes]]) -> None:
    """SIGTERM each client still running, SIGKILL it after a few seconds; then its group."""
    for client in clients:
        if client.poll() is None:
            client.terminate()
    deadline = time.monotonic() + CLIENT_STOP_SECONDS
    for client in clients:
        try:
            client.wait(max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            client.kill()
            client.wait()
        end_process_group(client.pid)  # anything it started (its session is its group)


class Progress:
    """Prints "step n of N: what it shows (file)" as each headless step is saved."""

    def __init__(self, steps: dict[str, str] = STEPS) -> None:
        self.steps = steps
        self.taken = 0

    def __call__(self, area: str, page: str, path: Path) -> None:
        self.taken += 1
        key = f"{area}-{page}"
        what = self.steps.get(key) or f"{area}: {page.replace('-', ' ')}"
        total = max(len(self.steps), self.taken)
        print(f"  step {self.taken} of {total}: {what}  ({path.name})", flush=True)


def quiet_qt_noise(
    kind: QtMsgType, context: QMessageLogContext, message: str
) -> None:  # pragma: no cover - called by Qt
    """Qt's messages as usual, without the offscreen platform's "does not support" lines."""
    if message.startswith(_QT_NOISE):
        return
    from PySide6.QtCore import qFormatLogMessage

    sys.stderr.write(qFormatLogMessage(kind, context, message) + "\n")


def run_headless(url: str, data_dir: Path, demo: dict[str, Any], stop: StopSignals) -> int:
    """Every step of every walk, offscreen, into screenshots/demo/ (numbered in order)."""
    import asyncio

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["RECOVERY_CLIENT_SETTINGS"] = str(data_dir / "client.ini")
    from PySide6.QtCore import QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from ui.event_loop import QtEventLoop
    from ui.screenshots import render_all, summarize

    out = SCREENSHOT_DIR.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    print(
        f"Client:  offscreen; walking through the {len(STEPS)} steps (English, light) into",
        out,
        flush=True,
    )
    qInstallMessageHandler(quiet_qt_noise)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    # Python runs a signal handler only between its own bytecodes: a tick of Python
    # now and then, so a Ctrl+C is seen even while Qt waits (a walk can wait 30 s
    # for the next authenticator step).
    tick = QTimer()
    tick.timeout.connect(lambda: None)
    tick.start(200)

    running: list[tuple[asyncio.AbstractEventLoop, asyncio.Task[Any]]] = []

    def cancel() -> None:  # again every 2 s, should a walk swallow a cancellation
        loop, task = running[0]
        if not task.done():
            task.cancel()
            loop.call_later(2.0, cancel)

    def on_stop() -> None:
        if running:
            running[0][0].call_soon_threadsafe(cancel)

    async def walks() -> Report | None:
        task = asyncio.current_task()
        assert task is not None
        running.append((asyncio.get_running_loop(), task))
        if stop.signum is not None:  # it came before this task existed
            return None
        return await render_all(
            out,
            url,
            data_dir,
            demo,
            languages=("en",),
            themes=("light",),
            flat=True,
            on_page=Progress(),
        )

    with stop.diverted(on_stop):
        try:
            with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
                report = runner.run(walks())
        except asyncio.CancelledError:
            stop.raise_if_stopped()
            raise
        finally:
            tick.stop()
    stop.raise_if_stopped()
    assert report is not None
    code = summarize(report, out)
    print(f"Look at: {out}")
    return code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--headless", action="store_true", help="write the step screenshots even with a display"
    )
    args = parser.parse_args(argv)
    from ui.screenshots import seed_demo
    from ui.server_process import running_server

    with StopSignals() as stop:
        data_dir: Path | None = None
        stopped_by = ""
        try:
            data_dir = Path(tempfile.mkdtemp(prefix="recovery-demo-"))
            print(f"Seeding the demo platform in {data_dir} ...", flush=True)
            demo = seed_demo(data_dir, echo=True)
            with running_server(
                data_dir,
                env=RELAXED_LIMITS,
                start_new_session=True,
                preexec_fn=child_preexec(),
            ) as url:
                print(f"\nServer:  {url}  (SQLite database and logs in {data_dir})", flush=True)
                if has_display() and not args.headless:
                    return run_windows(url, data_dir, demo, stop)
                return run_headless(url, data_dir, demo, stop)
        except (ServerStartError, SeedError) as exc:
            _say(f"The demo server did not start:\n{exc}", sys.stderr)
            return 1
        except DemoStopped as exc:
            stopped_by = f" ({exc.name})"
            return exc.exit_code
        finally:
            stop.hold()
            left = remove_folder(data_dir)
            if left:
                _say(f"Demo stopped{stopped_by}; could not remove {left}", sys.stderr)
            else:
                _say(f"Demo stopped{stopped_by}; its temporary data was removed.", sys.stdout)


def remove_folder(data_dir: Path | None) -> Path | None:
    """Remove the demo's folder; the folder if something of it is still there."""
    if data_dir is None:
        return None
    for _ in range(3):  # a child that was still writing as it ended
        shutil.rmtree(data_dir, ignore_errors=True)
        if not data_dir.exists():
            return None
        time.sleep(0.2)
    return data_dir


def _say(text: str, stream: Any) -> None:
    """Print, unless the terminal is gone (SIGHUP): the clean-up must not fail on it."""
    with contextlib.suppress(OSError, ValueError):
        print(text, file=stream, flush=True)


if __name__ == "__main__":
    # Also stop (and clean up) if whoever started the demo dies without a word: make
    # killed with SIGKILL passes nothing on to its recipe.
    die_with_parent()
    raise SystemExit(main())
