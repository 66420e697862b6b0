"""Uploaded images cannot exhaust the server (check 41, issue 11 point 4).

Against a real uvicorn on an ephemeral port (the test process is the server
process); memory is read from /proc for the server process and, separately, for
its decoding children.
"""

from __future__ import annotations

import asyncio
import io
import os
from pathlib import Path

import httpx
from PIL import Image

from tests.support.desk import Desk, OpenedCase, live_desk
from tests.support.memory import PeakSampler, children, rss_kib

MIB = 1024  # KiB


def png(width: int, height: int, mode: str = "RGB") -> bytes:
    """A flat image: a few KB on the wire, width × height × 3 bytes once decoded."""
    out = io.BytesIO()
    Image.new(mode, (width, height), 0).save(out, "PNG", optimize=True)
    return out.getvalue()


def jpeg(width: int, height: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 180, 160)).save(out, "JPEG", quality=80)
    return out.getvalue()


async def document_step(desk: Desk) -> tuple[OpenedCase, str]:
    await desk.account("doc", email="doc@example.com")
    case = await desk.verified_case("doc", reply="doc.new@example.org")
    return case, (await desk.start(case, "document"))["id"]


async def upload(desk: Desk, case: OpenedCase, challenge: str, data: bytes) -> httpx.Response:
    return await desk.client.post(
        f"/api/v1/cases/{case.reference}/challenges/{challenge}/evidence",
        files={"file": ("id.png", data, "image/png")},
        headers=case.headers,
    )


async def test_a_decompression_bomb_just_under_the_old_limit_is_refused_before_decoding(
    tmp_path: Path,
) -> None:
    bomb = png(6300, 6300, "1")  # 39.7 MP: passed Pillow's old 40 MP guard
    assert len(bomb) < 10_000
    async with live_desk(tmp_path) as desk:
        case, challenge = await document_step(desk)
        before = rss_kib(os.getpid())
        with PeakSampler(os.getpid()) as sampler:
            refused = await upload(desk, case, challenge, bomb)
            attached = await desk.client.post(
                f"/api/v1/cases/{case.reference}/attachments",
                files={"file": ("bomb.png", bomb, "image/png")},
                headers=case.headers,
            )
        for response in (refused, attached):
            assert response.status_code == 413
            problem = response.json()
            assert problem["code"] == "image_too_large"
            assert "megapixels" in problem["detail"]
        assert sampler.peak_child_count == 0  # no decoder ever started
        assert sampler.peak_process - before < 30 * MIB  # 257 MB before the fix


async def test_an_id_photo_of_twelve_megapixels_is_still_accepted(tmp_path: Path) -> None:
    async with live_desk(tmp_path) as desk:
        case, challenge = await document_step(desk)
        response = await desk.client.post(
            f"/api/v1/cases/{case.reference}/challenges/{challenge}/evidence",
            files={"file": ("id.jpg", jpeg(4000, 3000), "image/jpeg")},
            headers=case.headers,
        )
        assert response.status_code == 201, response.text
        too_many = await upload(desk, case, challenge, png(4001, 3000))
        assert too_many.status_code == 413


async def test_eight_parallel_large_uploads_keep_server_memory_bounded_and_return_it(
    tmp_path: Path,
) -> None:
    large = png(3460, 3460)  # 11.97 MP, just under the limit: ~36 MB decoded, ~170 MB peak
    async with live_desk(tmp_path) as desk:
        case, challenge = await document_step(desk)
        server = os.getpid()
        idle = rss_kib(server)
        with PeakSampler(server) as sampler:
            responses = await asyncio.gather(
                *(upload(desk, case, challenge, large) for _ in range(8))
            )
        assert [r.status_code for r in responses] == [201] * 8
        workers = desk.services.settings.image_decode_workers
        limit = desk.services.settings.image_decode_memory_mb * MIB
        # The server process itself holds no decoded pixels (8 in threads: ~1.3 GB).
        assert sampler.peak_process - idle < 80 * MIB, (idle, sampler.peak_process)
        # At most `workers` decoders, each within its memory allowance.
        assert 1 <= sampler.peak_child_count <= workers
        assert sampler.peak_children < workers * (limit + 100 * MIB)
        # Afterwards the children hand their decode memory back to the OS.
        await asyncio.sleep(0.2)
        for child in children(server):
            assert rss_kib(child) < 80 * MIB, rss_kib(child)


async def test_uploads_beyond_the_decode_queue_get_503_with_retry_after(tmp_path: Path) -> None:
    large = png(3460, 3460)
    async with live_desk(tmp_path, image_decode_workers=1, image_decode_queue=1) as desk:
        case, challenge = await document_step(desk)
        responses = await asyncio.gather(*(upload(desk, case, challenge, large) for _ in range(6)))
        codes = sorted(r.status_code for r in responses)
        assert 201 in codes and 503 in codes, codes
        busy = next(r for r in responses if r.status_code == 503)
        assert busy.json()["code"] == "server_busy"
        assert int(busy.headers["Retry-After"]) > 0
        later = await upload(desk, case, challenge, large)  # the queue drained
        assert later.status_code == 201


async def test_an_image_needing_more_memory_than_a_decoder_may_use_is_refused(
    tmp_path: Path,
) -> None:
    async with live_desk(tmp_path, image_decode_memory_mb=64) as desk:
        case, challenge = await document_step(desk)
        response = await upload(desk, case, challenge, png(3460, 3460))
        assert response.status_code == 413
        assert response.json()["code"] == "image_too_large"
        health = await desk.client.get("/api/v1/health")
        assert health.status_code == 200
        fine = await upload(desk, case, challenge, png(640, 480))
        assert fine.status_code == 201
