"""``make demo``: a real server on a temporary SQLite database, and the client connected to it.

With a display the client window opens and the demo ends when it is closed.
Without one (a server, CI) the client runs offscreen and writes a screenshot.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from ui.server_process import ServerStartError, running_server

SCREENSHOT_DIR = Path("screenshots") / "demo"


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main() -> int:
    data_dir = Path(tempfile.mkdtemp(prefix="recovery-demo-"))
    try:
        with running_server(data_dir) as url:
            print(f"Server:  {url}  (SQLite database and logs in {data_dir})")
            client = [sys.executable, "-m", "ui", "--server", url]
            if has_display():
                print("Client:  opening the window; close it to stop the demo.")
                return subprocess.call(client)  # noqa: S603
            shot = (SCREENSHOT_DIR / "main-window.png").resolve()
            print("Client:  no display found, running offscreen.")
            env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
            code = subprocess.call([*client, "--screenshot", str(shot)], env=env)  # noqa: S603
            if code == 0:
                print(f"Look at: {shot}")
            else:
                print("The client could not connect; see the server log above.", file=sys.stderr)
            return code
    except ServerStartError as exc:
        print(f"The demo server did not start:\n{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)
        print("Demo stopped; its temporary data was removed.")


if __name__ == "__main__":
    raise SystemExit(main())
