"""P13: peak server memory while 16 image uploads arrive at once (issue 11 point 4).

A real ``recovery-server serve`` process; 16 requesters' chat attachments posted
at the same moment, twice:

- the 4.9 KB decompression bomb of the issue (6300 × 6300 PNG, 39.7 MP) — refused
  from its header, never decoded;
- a 12-megapixel PNG just under ``RECOVERY_EVIDENCE_MAX_PIXELS`` — decoded, in the
  bounded child-process pool.

Memory is read from /proc every 5 ms: the server process and, separately, its
children (the decoders and multiprocessing's resource tracker). The baseline is
the same server's idle RSS in the same run.
"""

from __future__ import annotations

import asyncio
import io
import statistics
from pathlib import Path

import httpx
from PIL import Image

from tests.bench.harness import Figure, Report
from tests.bench.platform import ServerProcess, seed
from tests.support.memory import PeakSampler, children, rss_kib

UPLOADS = 16
RUNS = 3


def flat_png(width: int, height: int, mode: str) -> bytes:
    out = io.BytesIO()
    Image.new(mode, (width, height), 0).save(out, "PNG", optimize=True)
    return out.getvalue()


async def _burst(url: str, cases: list[tuple[str, str]], data: bytes) -> list[int]:
    async with httpx.AsyncClient(base_url=url, timeout=120) as client:

        async def post(reference: str, token: str) -> int:
            response = await client.post(
                f"/api/v1/cases/{reference}/attachments",
                files={"file": ("photo.png", data, "image/png")},
                headers={"Authorization": f"Bearer {token}"},
            )
            return response.status_code

        return list(await asyncio.gather(*(post(ref, token) for ref, token in cases)))


async def _measure(
    server: ServerProcess, url: str, cases: list[tuple[str, str]], data: bytes
) -> tuple[int, int, int, list[int], int]:
    """(idle KiB, peak server KiB, peak children KiB, statuses, KiB 2 s after)."""
    assert server.process is not None
    pid = server.process.pid
    idle = rss_kib(pid)
    with PeakSampler(pid) as sampler:
        statuses = await _burst(url, cases, data)
    await asyncio.sleep(2)
    after = rss_kib(pid) + sum(rss_kib(child) for child in children(pid))
    return idle, sampler.peak_process, sampler.peak_children, statuses, after


async def p13(report: Report, work: Path) -> None:
    seeded = await seed(work / "p13", agents_count=1, cases_in_chat=UPLOADS, max_chats=UPLOADS)
    cases = [(ref, token) for ref, token, _ in seeded.cases]
    bomb, large = flat_png(6300, 6300, "1"), flat_png(3460, 3460, "RGB")
    server = ServerProcess(work / "p13")
    url = server.start()
    try:
        await _burst(url, cases[:1], flat_png(64, 64, "RGB"))  # the app warmed up
        await asyncio.sleep(1)
        rows = []
        for label, data in (("4.9 KB 40 MP bomb", bomb), ("12 MP PNG", large)):
            runs = [await _measure(server, url, cases, data) for _ in range(RUNS)]
            rows.append((label, data, runs))
    finally:
        server.kill()
    for label, data, runs in rows:
        idle = statistics.median(run[0] for run in runs) / 1024
        peak = statistics.median(run[1] for run in runs) / 1024
        kids = statistics.median(run[2] for run in runs) / 1024
        after = statistics.median(run[4] for run in runs) / 1024
        statuses = sorted({status for run in runs for status in run[3]})
        total = peak + kids
        report.add(
            Figure(
                "P13",
                f"peak memory, {UPLOADS} × {label} at once",
                total,
                "MiB",
                idle,
                "server ≤ idle+100 MiB, all ≤ 1.5 GiB",
                peak <= idle + 100 and total <= 1536,
                notes=(
                    f"{len(data)} bytes each; server process {idle:.0f} → {peak:.0f} MiB, "
                    f"decoding children peak {kids:.0f} MiB, {after:.0f} MiB all told 2 s "
                    f"after; statuses {statuses}"
                ),
            )
        )
