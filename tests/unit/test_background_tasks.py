"""A closed window starts no more work: ``BackgroundTasks.spawn`` after ``aclose()`` never
runs the coroutine. (CI once saw a desk's start-up, still finishing after the desk was
closed, start a queue refresh that then wrote to a deleted label.)"""

from __future__ import annotations

import asyncio

from ui.tasks import BackgroundTasks


async def test_work_spawned_after_close_never_runs() -> None:
    tasks = BackgroundTasks()
    ran: list[str] = []

    async def work() -> None:
        ran.append("ran")

    await tasks.aclose()
    task = tasks.spawn("queue", work())
    await asyncio.gather(task, return_exceptions=True)
    assert task.cancelled()
    assert ran == []
    assert not tasks.running("queue")


async def test_a_start_up_cancelled_by_name_spawns_nothing_later() -> None:
    desk_tasks = BackgroundTasks()
    window_tasks = BackgroundTasks()
    started = asyncio.Event()
    ran: list[str] = []

    async def load_queue() -> None:
        ran.append("queue")

    async def start() -> None:
        started.set()
        await asyncio.sleep(3600)  # waiting on the server
        desk_tasks.spawn("queue", load_queue())

    start_task = window_tasks.spawn("desk", start())
    await started.wait()
    window_tasks.cancel("desk")
    await desk_tasks.aclose()
    await asyncio.gather(start_task, return_exceptions=True)
    await asyncio.sleep(0)
    assert start_task.cancelled()
    assert ran == []


async def test_spawning_a_name_again_cancels_the_previous_task() -> None:
    tasks = BackgroundTasks()
    first = tasks.spawn("queue", asyncio.sleep(3600))
    second = tasks.spawn("queue", asyncio.sleep(0))
    await asyncio.gather(first, second, return_exceptions=True)
    assert first.cancelled()
    assert not second.cancelled()
