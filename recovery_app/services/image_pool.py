"""A bounded place to decode uploaded photos (SECURITY-CHECKS 41, issue 11 point 4).

A small PNG can claim 40 megapixels and take ~250 MB to decode. So, for every
uploaded image:

1. its pixel count is read from the header, in the server process, without
   decoding; more than ``settings.evidence_max_pixels`` is refused
   (``image_too_large``) before any pixel is decoded;
2. the decode runs in a child process of a small pool (``image_decode_workers``),
   each child limited by RLIMIT_AS to ``image_decode_memory_mb`` above its idle
   size, so a decode never grows the server process and a hostile file that
   needs more fails inside the child;
3. at most ``image_decode_workers`` decodes run at once per server process; up to
   ``image_decode_queue`` more wait their turn, and beyond that the upload is
   refused with 503 ``server_busy`` and ``Retry-After``.

Children trim their heap after each decode and are replaced after
``image_decode_tasks_per_worker`` decodes, so their memory goes back to the OS.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from recovery_app.domain.errors import DomainError
from recovery_app.services.image_decoding import (
    ImageTooLargeError,
    UnsupportedFileError,
    pixel_count,
    start_worker,
)

T = TypeVar("T")


class ServerBusyError(DomainError):
    code = "server_busy"
    status = 503
    title = "Server busy"
    retry_after = 5


class ImagePool:
    """Decodes images in bounded child processes; one per server process."""

    def __init__(
        self,
        *,
        max_pixels: int,
        workers: int,
        memory_mb: int,
        queue: int,
        tasks_per_worker: int,
    ) -> None:
        self.max_pixels = max_pixels
        self.workers = workers
        self.memory_bytes = memory_mb * 1024 * 1024
        self.queue = queue
        self.tasks_per_worker = tasks_per_worker
        self._executor: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._waiting = 0

    def check_pixels(self, data: bytes) -> None:
        """Refuse an image with more pixels than allowed, from its header alone."""
        pixels = pixel_count(data)
        if pixels > self.max_pixels:
            raise ImageTooLargeError(
                f"This image has {pixels / 1e6:.0f} megapixels; at most "
                f"{self.max_pixels / 1e6:g} are accepted. Send a smaller photo or scan."
            )

    async def run(self, function: Callable[..., T], data: bytes, *args: object) -> T:
        """``function(data, *args)`` in a decoding child, after the pixel check."""
        self.check_pixels(data)
        slots = self._slots or asyncio.Semaphore(self.workers)
        self._slots = slots
        if slots.locked() and self._waiting >= self.queue:
            raise ServerBusyError(
                "The server is processing many photos right now. Try again in a few seconds."
            )
        self._waiting += 1
        try:
            await slots.acquire()
        finally:
            self._waiting -= 1
        executor = self._pool()
        loop = asyncio.get_running_loop()
        try:
            future = executor.submit(function, data, *args)
        except BaseException:
            slots.release()
            raise
        # The slot is free only when the child is done, even if the request was
        # cancelled meanwhile: a dropped connection does not let more decodes start.
        future.add_done_callback(lambda _: _call_soon(loop, slots.release))
        try:
            return await asyncio.wrap_future(future)
        except BrokenProcessPool as exc:
            # A child died (killed, or crashed in a decoder): start fresh next time.
            if self._executor is executor:
                self._executor = None
                executor.shutdown(wait=False, cancel_futures=True)
            raise UnsupportedFileError(
                "This image could not be processed. Take a new photo (JPEG or PNG) and try again."
            ) from exc

    def _pool(self) -> ProcessPoolExecutor:
        if self._executor is None:
            self._executor = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=start_worker,
                initargs=(self.memory_bytes,),
                max_tasks_per_child=self.tasks_per_worker,
            )
        return self._executor

    def child_pids(self) -> list[int]:
        """The decoding children alive now (for measurements)."""
        executor = self._executor
        processes = getattr(executor, "_processes", None) or {}
        return [pid for pid, process in processes.items() if process.is_alive()]

    def close(self) -> None:
        """Stop the children; the next decode starts new ones."""
        executor, self._executor = self._executor, None
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)


def _call_soon(loop: asyncio.AbstractEventLoop, callback: Callable[[], object]) -> None:
    with contextlib.suppress(RuntimeError):  # the loop closed while a child finished
        loop.call_soon_threadsafe(callback)
