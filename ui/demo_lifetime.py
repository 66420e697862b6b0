"""How ``make demo`` leaves nothing behind, however it is stopped.

The demo's temporary folder holds ``demo.json`` (staff passwords, TOTP secrets,
backup codes) and a database; its children are a server and two clients. What
stops it, and what then happens:

* **Ctrl+C** (SIGINT to the terminal's foreground process group: ``make`` and
  the demo; the children run in sessions of their own and never see it),
  **SIGTERM** (GNU make passes a SIGTERM it receives on to the recipe it is
  running, which is the demo: the recipe is one command without shell
  syntax, so make starts it directly) and **SIGHUP** (the terminal closed):
  :class:`StopSignals` turns the first of them into one :class:`DemoStopped`
  in the main thread. It unwinds the demo's ``with`` and ``finally`` blocks,
  which end the clients, then the server, then remove the folder; a second
  signal during that clean-up is ignored, so it always runs to its end.
* **The demo's parent dies without passing anything on** (``make`` killed
  with SIGKILL): the demo asked the kernel for a SIGTERM when that happens
  (:func:`die_with_parent`), and it stops as above.
* **The demo itself is killed with SIGKILL**: nothing of it runs any more, but
  every child was started with :func:`child_preexec`, so the kernel sends each
  one SIGTERM and none is left running. Only this case leaves the folder.

``PR_SET_PDEATHSIG`` is Linux's; elsewhere these two are no-ops and the signal
handlers do the work. The kernel sends the signal when the *thread* that started
the child ends, so children must be started from the main thread (they are).
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
from collections.abc import Callable, Iterator
from types import FrameType, TracebackType
from typing import Any

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP)
_PR_SET_PDEATHSIG = 1


class DemoStopped(BaseException):
    """A stop signal arrived; raised once, in the main thread.

    A ``BaseException`` like ``KeyboardInterrupt``: ``except Exception`` in the
    code it passes through must not swallow it.
    """

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name

    @property
    def exit_code(self) -> int:
        """128 + the signal's number, as a shell reports a process a signal ended."""
        return 128 + self.signum


def _load_prctl() -> Callable[..., int] | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        prctl: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):
        return None
    return prctl


# Looked up once, here: a child runs child_preexec's function between fork and
# exec, where it must do as little as possible.
_PRCTL = _load_prctl()


def die_with_parent() -> bool:
    """Have the kernel send this process SIGTERM when its parent ends; False if not possible."""
    if _PRCTL is None:
        return False
    parent = os.getppid()
    if _PRCTL(_PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) != 0:
        return False
    if os.getppid() != parent:  # the parent ended before the request was in place
        os.kill(os.getpid(), signal.SIGTERM)
    return True


def child_preexec() -> Callable[[], None] | None:
    """``preexec_fn`` for a child that must end when this process ends, however it ends."""
    if _PRCTL is None:
        return None
    prctl, parent, sigterm = _PRCTL, os.getpid(), int(signal.SIGTERM)

    def in_child() -> None:
        prctl(_PR_SET_PDEATHSIG, sigterm, 0, 0, 0)
        if os.getppid() != parent:  # this process died between fork and the request
            os._exit(1)

    return in_child


class StopSignals:
    """While active, the first SIGINT, SIGTERM or SIGHUP stops the demo; later ones are ignored.

    By default the first one raises :class:`DemoStopped` where the main thread
    is. Inside :meth:`diverted` it calls a function instead: under a running
    Qt event loop an exception would land in whichever Python slot Qt happens
    to be calling, and Qt would print and drop it.
    """

    def __init__(self) -> None:
        self.signum: int | None = None
        self._holding = False
        self._on_stop: Callable[[], None] | None = None
        self._previous: dict[int, Any] = {}

    def __enter__(self) -> StopSignals:
        for signum in STOP_SIGNALS:
            if signum != signal.SIGTERM and signal.getsignal(signum) == signal.SIG_IGN:
                continue  # ignored by whoever started us (a background job, nohup): still so
            self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()

    def hold(self) -> None:
        """From now on signals change nothing: the clean-up has begun and runs to its end."""
        self._holding = True

    @contextlib.contextmanager
    def diverted(self, on_stop: Callable[[], None]) -> Iterator[None]:
        """Inside the block, a stop signal calls ``on_stop`` instead of raising."""
        self._on_stop = on_stop
        try:
            yield
        finally:
            self._on_stop = None

    def raise_if_stopped(self) -> None:
        """Raise :class:`DemoStopped` if a signal arrived while it was diverted."""
        if self.signum is not None:
            raise DemoStopped(self.signum)

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._holding or self.signum is not None:
            return
        self.signum = signum
        if self._on_stop is not None:
            self._on_stop()
            return
        self._holding = True
        raise DemoStopped(signum)


def end_process_group(pgid: int) -> None:
    """SIGKILL whatever is left in process group ``pgid`` (a child's own session)."""
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pgid, signal.SIGKILL)
