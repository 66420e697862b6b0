"""`make demo` leaves nothing behind, however it is stopped.

Each test runs `make demo` as a person does (the Makefile's recipe, `make` in a
session of its own as a terminal would start it) and stops it: SIGTERM to `make`
(what `kill` in another terminal does), SIGINT to the terminal's foreground group
(Ctrl+C), both windows closed the way a window manager closes them, `make` killed
outright, the demo itself killed outright. Then no process started by the run is
left (every one carries a marker in its environment; /proc is searched for it), and
the temporary folder with `demo.json` (passwords, TOTP secrets) is gone.

The windows run in a private Xvfb; without one (no `Xvfb` installed) those tests skip.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.x11 import X11, xvfb

REPO = Path(__file__).resolve().parents[2]
VENV = Path(sys.prefix)
USER_TITLE = "Recovery Desk — Get help"
AGENT_TITLE = "Recovery Desk — Agent"
START_WAIT = 90.0  # seeding and two clients on a busy 2-core machine
STOP_WAIT = 30.0  # a hang guard, not a measurement

pytestmark = [
    pytest.mark.slow,
    pytest.mark.timeout(240),
    pytest.mark.skipif(shutil.which("make") is None, reason="needs make"),
    pytest.mark.skipif(sys.prefix == sys.base_prefix, reason="needs the project's virtualenv"),
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc"),
]


class DemoRun:
    """One `make demo` in its own session, every process of it marked in its environment."""

    def __init__(self, tmp_path: Path, display: str | None) -> None:
        self.marker = f"DEMO_LEAK_CHECK_RUN={secrets.token_hex(8)}".encode()
        self.temp = tmp_path / "tmp"  # TMPDIR: the demo's folder is made in here
        self.temp.mkdir()
        runtime = tmp_path / "runtime"
        runtime.mkdir(mode=0o700)
        self.log = tmp_path / "make-demo.out"
        env = {k: v for k, v in os.environ.items() if not k.startswith(("RECOVERY_", "QT_"))}
        env.pop("DISPLAY", None)
        env.pop("WAYLAND_DISPLAY", None)
        name, _, value = self.marker.decode().partition("=")
        env.update(
            {
                name: value,
                "TMPDIR": str(self.temp),
                "XDG_RUNTIME_DIR": str(runtime),
                "XDG_STATE_HOME": str(tmp_path / "state"),  # the clients' log files
                "RECOVERY_CLIENT_SETTINGS": str(tmp_path / "client.ini"),
            }
        )
        if display is not None:
            env["DISPLAY"] = display
            env["QT_QPA_PLATFORM"] = "xcb"
        # The recipe a person runs, with this test's interpreter's virtualenv (never rebuilt).
        command = ["make", "-s", "-o", f"{VENV}/.installed", f"VENV={VENV}", "demo"]
        with self.log.open("wb") as out:
            self.make = subprocess.Popen(
                command,
                cwd=REPO,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # as a terminal starts a job: its own process group
            )

    @property
    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, pattern: str, timeout: float = START_WAIT) -> re.Match[str]:
        deadline = time.monotonic() + timeout
        while True:
            found = re.search(pattern, self.output)
            if found:
                return found
            if self.make.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"{pattern!r} never appeared:\n{self.output}")
            time.sleep(0.2)

    def processes(self) -> dict[int, str]:
        """pid → command line of every live process carrying this run's marker."""
        found: dict[int, str] = {}
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                if self.marker not in (entry / "environ").read_bytes().split(b"\0"):
                    continue
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue  # ended meanwhile, or not ours to read
            if state != "Z":
                found[int(entry.name)] = command.strip()
        return found

    def data_dir(self) -> Path:
        return Path(self.wait_for(r"Seeding the demo platform in (\S+) \.\.\.")[1])

    def wait_until_gone(self) -> int:
        """make's exit status once it and every process of the run have ended."""
        code = self.make.wait(STOP_WAIT)
        deadline = time.monotonic() + STOP_WAIT
        while self.processes() and time.monotonic() < deadline:
            time.sleep(0.2)
        return code

    def kill_everything(self) -> None:
        for pid in self.processes():
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if self.make.poll() is None:
            self.make.kill()
            self.make.wait()


@pytest.fixture
def display() -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        pytest.skip("needs Xvfb (make system-deps-x11)")
    with xvfb() as name:
        yield name


@pytest.fixture
def runs(tmp_path: Path) -> Iterator[list[DemoRun]]:
    started: list[DemoRun] = []
    yield started
    for run in started:  # a failed test must not leave its demo running either
        run.kill_everything()
        for folder in run.temp.glob("recovery-demo-*"):
            shutil.rmtree(folder, ignore_errors=True)


def _windows_open(run: DemoRun, display: str) -> tuple[X11, dict[str, int]]:
    """Wait until both demo windows are shown; the server and both clients are running."""
    x11 = X11(display)
    deadline = time.monotonic() + START_WAIT
    while True:
        windows = x11.windows()
        if USER_TITLE in windows and AGENT_TITLE in windows:
            break
        if run.make.poll() is not None or time.monotonic() > deadline:
            x11.close()
            raise AssertionError(f"windows {sorted(windows)}; output:\n{run.output}")
        time.sleep(0.2)
    commands = list(run.processes().values())
    assert any("recovery_app.server serve" in c for c in commands), commands
    assert any("-m ui --server" in c and "--mode user" in c for c in commands), commands
    assert any("-m ui --server" in c and "--mode agent" in c for c in commands), commands
    return x11, windows


def _assert_nothing_left(run: DemoRun, data_dir: Path) -> None:
    assert run.processes() == {}, f"left running: {run.processes()}\n{run.output}"
    assert not data_dir.exists(), f"{data_dir} (demo.json: passwords, secrets) was left behind"
    assert list(run.temp.glob("recovery-demo-*")) == []


@pytest.mark.parametrize(
    ("how", "status", "said"),
    [
        ("SIGTERM to make", -signal.SIGTERM, "Demo stopped (SIGTERM)"),
        ("Ctrl+C", -signal.SIGINT, "Demo stopped (SIGINT)"),
        ("SIGKILL to make", -signal.SIGKILL, "Demo stopped (SIGTERM)"),  # from the kernel
    ],
)
def test_stopping_make_demo_ends_the_server_and_both_windows_and_removes_the_folder(
    tmp_path: Path, display: str, runs: list[DemoRun], how: str, status: int, said: str
) -> None:
    run = DemoRun(tmp_path, display)
    runs.append(run)
    data_dir = run.data_dir()
    x11, _ = _windows_open(run, display)
    x11.close()
    assert (data_dir / "demo.json").exists()

    if how == "SIGTERM to make":
        run.make.send_signal(signal.SIGTERM)  # make passes it on to its recipe
    elif how == "Ctrl+C":
        os.killpg(run.make.pid, signal.SIGINT)  # the terminal's foreground process group
    else:
        run.make.kill()  # nothing is passed on: the demo hears of it from the kernel

    assert run.wait_until_gone() == status
    _assert_nothing_left(run, data_dir)
    assert said in run.output, run.output


def test_closing_both_windows_ends_the_demo_and_removes_the_folder(
    tmp_path: Path, display: str, runs: list[DemoRun]
) -> None:
    run = DemoRun(tmp_path, display)
    runs.append(run)
    data_dir = run.data_dir()
    x11, windows = _windows_open(run, display)
    try:
        x11.close_window(windows[USER_TITLE])
        time.sleep(1)
        assert run.make.poll() is None, "one window closed: the demo goes on"
        assert any("--mode agent" in c for c in run.processes().values())
        x11.close_window(windows[AGENT_TITLE])
    finally:
        x11.close()
    assert run.wait_until_gone() == 0, run.output
    _assert_nothing_left(run, data_dir)
    assert "Demo stopped; its temporary data was removed." in run.output


def test_killing_the_demo_itself_still_ends_its_server_and_windows(
    tmp_path: Path, display: str, runs: list[DemoRun]
) -> None:
    """SIGKILL leaves the demo no time to clean up; the kernel ends its children."""
    run = DemoRun(tmp_path, display)
    runs.append(run)
    data_dir = run.data_dir()
    x11, _ = _windows_open(run, display)
    x11.close()
    demo = next(pid for pid, command in run.processes().items() if "-m ui.demo" in command)
    os.kill(demo, signal.SIGKILL)
    run.wait_until_gone()
    assert run.processes() == {}, f"left running: {run.processes()}"
    # Only this way of stopping leaves the folder (documented in docs/demo.md).
    shutil.rmtree(data_dir, ignore_errors=True)


def test_headless_demo_announces_each_step_and_stops_cleanly_on_sigterm(
    tmp_path: Path, runs: list[DemoRun]
) -> None:
    run = DemoRun(tmp_path, display=None)
    runs.append(run)
    data_dir = run.data_dir()
    run.wait_for(r"step 3 of \d+: ")
    run.make.send_signal(signal.SIGTERM)
    assert run.wait_until_gone() == -signal.SIGTERM
    _assert_nothing_left(run, data_dir)
    out = run.output
    steps = re.findall(r"^  step (\d+) of (\d+): (.+)  \((\d\d-[\w-]+\.png)\)$", out, re.M)
    assert [int(n) for n, *_ in steps[:3]] == [1, 2, 3], out
    assert steps[0][2:] == ("the user window as it opens", "01-main-user.png"), out
    assert "propagateSizeHints" not in out
    assert "This plugin does not support" not in out
    assert "Demo stopped (SIGTERM); its temporary data was removed." in out
