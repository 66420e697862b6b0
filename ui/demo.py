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
   The demo ends when both windows are closed (or with Ctrl+C).
4. Without a display: the same server and the page walks of ``make
   screenshots`` run offscreen, in English and the light theme, and each step
   is saved as a numbered PNG in ``screenshots/demo/``.

Everything temporary is removed at the end.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from ui.screenshots import RELAXED_LIMITS, SeedError, Sent, sent_messages
from ui.server_process import ServerStartError

SCREENSHOT_DIR = Path("screenshots") / "demo"
REFRESH_SECONDS = 1.0


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
    channel = "SMS   " if message.channel == "sms" else "e-mail"
    code = f"code {message.code}" if message.code else f"'{message.subject}'"
    return f"  {time.strftime('%H:%M:%S')}  {channel} to {message.to}: {code}"


def follow(data_dir: Path, demo: dict[str, Any], clients: list[subprocess.Popen[bytes]]) -> None:
    """Print new messages and the current codes until every client window is closed."""
    tty = sys.stdout.isatty()
    seen: set[str] = set()
    last_line = ""
    last_step = -1
    from recovery_app.security import totp

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
    if tty and last_line:
        print()


def run_windows(url: str, data_dir: Path, demo: dict[str, Any]) -> int:
    print(what_to_try(url, data_dir, demo))
    base = [sys.executable, "-m", "ui", "--server", url]
    clients = [
        # Their own session: Ctrl+C stops the demo, which then closes them cleanly.
        subprocess.Popen([*base, "--mode", mode, "--position", side], start_new_session=True)  # noqa: S603
        for mode, side in (("user", "left"), ("agent", "right"))
    ]
    print("Opening the user window (left) and the agent window (right); close both to stop.")
    try:
        follow(data_dir, demo, clients)
    finally:
        for client in clients:
            if client.poll() is None:
                client.terminate()
                try:
                    client.wait(10)
                except subprocess.TimeoutExpired:
                    client.kill()
    codes = [client.returncode for client in clients]
    if any(code not in (0, -15) for code in codes):
        print(f"A client window ended with an error (exit codes {codes}).", file=sys.stderr)
        return 1
    return 0


def run_headless(url: str, data_dir: Path, demo: dict[str, Any]) -> int:
    """Every step of every walk, offscreen, into screenshots/demo/ (numbered in order)."""
    import asyncio

    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ["RECOVERY_CLIENT_SETTINGS"] = str(data_dir / "client.ini")
    from PySide6.QtWidgets import QApplication

    from ui.event_loop import QtEventLoop
    from ui.screenshots import render_all, summarize

    out = SCREENSHOT_DIR.resolve()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):
        old.unlink()
    print("Client:  no display found; walking through every step offscreen (English, light).")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setQuitOnLastWindowClosed(False)
    with asyncio.Runner(loop_factory=lambda: QtEventLoop(app)) as runner:
        report = runner.run(
            render_all(out, url, data_dir, demo, languages=("en",), themes=("light",), flat=True)
        )
    for path in report.written:
        print(f"  {path.name}")
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

    data_dir = Path(tempfile.mkdtemp(prefix="recovery-demo-"))
    try:
        print(f"Seeding the demo platform in {data_dir} ...", flush=True)
        demo = seed_demo(data_dir, echo=True)
        with running_server(data_dir, env=RELAXED_LIMITS) as url:
            print(f"\nServer:  {url}  (SQLite database and logs in {data_dir})", flush=True)
            if has_display() and not args.headless:
                return run_windows(url, data_dir, demo)
            return run_headless(url, data_dir, demo)
    except (ServerStartError, SeedError) as exc:
        print(f"The demo server did not start:\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
        print("Demo stopped; its temporary data was removed.")


if __name__ == "__main__":
    raise SystemExit(main())
