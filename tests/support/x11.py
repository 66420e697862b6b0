"""A private X server (Xvfb) for tests, and what a window manager does: list the top-level
windows by title and ask one to close (``WM_DELETE_WINDOW``, the frame's close button).

Xlib through ctypes: libX11 comes with Qt's X11 libraries (``.ci/system-deps.sh --x11``).
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import subprocess
import time
from collections.abc import Iterator

_Window = ctypes.c_ulong
_Atom = ctypes.c_ulong
_CLIENT_MESSAGE = 33
_ANY_PROPERTY_TYPE = 0


class _ClientMessage(ctypes.Structure):
    _fields_ = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", _Window),
        ("message_type", _Atom),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
    ]


class _Event(ctypes.Union):
    _fields_ = [("xclient", _ClientMessage), ("pad", ctypes.c_long * 24)]


def _xlib() -> ctypes.CDLL:
    lib = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    lib.XOpenDisplay.restype = ctypes.c_void_p
    lib.XOpenDisplay.argtypes = [ctypes.c_char_p]
    lib.XCloseDisplay.argtypes = [ctypes.c_void_p]
    lib.XDefaultRootWindow.restype = _Window
    lib.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    lib.XInternAtom.restype = _Atom
    lib.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.XQueryTree.argtypes = [
        ctypes.c_void_p,
        _Window,
        ctypes.POINTER(_Window),
        ctypes.POINTER(_Window),
        ctypes.POINTER(ctypes.POINTER(_Window)),
        ctypes.POINTER(ctypes.c_uint),
    ]
    lib.XGetWindowProperty.argtypes = [
        ctypes.c_void_p,
        _Window,
        _Atom,
        ctypes.c_long,
        ctypes.c_long,
        ctypes.c_int,
        _Atom,
        ctypes.POINTER(_Atom),
        ctypes.POINTER(ctypes.c_int),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_ulong),
        ctypes.POINTER(ctypes.c_void_p),
    ]
    lib.XFree.argtypes = [ctypes.c_void_p]
    lib.XSendEvent.argtypes = [
        ctypes.c_void_p,
        _Window,
        ctypes.c_int,
        ctypes.c_long,
        ctypes.POINTER(_Event),
    ]
    lib.XFlush.argtypes = [ctypes.c_void_p]
    return lib


class X11:
    """A connection to one X display."""

    def __init__(self, display: str) -> None:
        self._lib = _xlib()
        self._dpy = self._lib.XOpenDisplay(display.encode())
        if not self._dpy:
            raise OSError(f"cannot open X display {display}")

    def close(self) -> None:
        if self._dpy:
            self._lib.XCloseDisplay(self._dpy)
            self._dpy = None

    def _atom(self, name: str) -> int:
        return int(self._lib.XInternAtom(self._dpy, name.encode(), 0))

    def _title(self, window: int) -> str:
        kind, fmt = _Atom(), ctypes.c_int()
        count, after, data = ctypes.c_ulong(), ctypes.c_ulong(), ctypes.c_void_p()
        for name in ("_NET_WM_NAME", "WM_NAME"):
            status = self._lib.XGetWindowProperty(
                self._dpy,
                window,
                self._atom(name),
                0,
                1024,
                0,
                _ANY_PROPERTY_TYPE,
                ctypes.byref(kind),
                ctypes.byref(fmt),
                ctypes.byref(count),
                ctypes.byref(after),
                ctypes.byref(data),
            )
            if status == 0 and data.value:
                try:
                    if fmt.value == 8 and count.value:
                        return ctypes.string_at(data.value, count.value).decode("utf-8", "replace")
                finally:
                    self._lib.XFree(data)
        return ""

    def windows(self) -> dict[str, int]:
        """Title → id of every titled window below the root (a client's top-level windows)."""
        found: dict[str, int] = {}
        pending = [int(self._lib.XDefaultRootWindow(self._dpy))]
        while pending:
            parent = pending.pop()
            root, up = _Window(), _Window()
            children, count = ctypes.POINTER(_Window)(), ctypes.c_uint()
            ok = self._lib.XQueryTree(
                self._dpy,
                parent,
                ctypes.byref(root),
                ctypes.byref(up),
                ctypes.byref(children),
                ctypes.byref(count),
            )
            if not ok:
                continue
            ids = [int(children[i]) for i in range(count.value)]
            if children:
                self._lib.XFree(children)
            for window in ids:
                title = self._title(window)
                if title:
                    found[title] = window
                pending.append(window)
        return found

    def close_window(self, window: int) -> None:
        """What a window manager sends when the person clicks the frame's close button."""
        event = _Event()
        event.xclient.type = _CLIENT_MESSAGE
        event.xclient.window = window
        event.xclient.message_type = self._atom("WM_PROTOCOLS")
        event.xclient.format = 32
        event.xclient.data[0] = self._atom("WM_DELETE_WINDOW")
        event.xclient.data[1] = 0  # CurrentTime
        self._lib.XSendEvent(self._dpy, window, 0, 0, ctypes.byref(event))
        self._lib.XFlush(self._dpy)


@contextlib.contextmanager
def xvfb(size: str = "1600x1000x24") -> Iterator[str]:
    """An Xvfb on a free display number; yields the DISPLAY value (":N")."""
    binary = shutil.which("Xvfb")
    if binary is None:
        raise FileNotFoundError("Xvfb")
    read, write = os.pipe()
    process = subprocess.Popen(
        [binary, "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()  # written once the server accepts clients
        if not number:
            raise OSError("Xvfb did not start")
        display = f":{number}"
        deadline = time.monotonic() + 10
        while True:  # the first connection can still be refused for a moment
            try:
                X11(display).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        yield display
    finally:
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
