"""Privacy of the chat (SECURITY-CHECKS 28, 32): private notes never reach the requester,
attachments stay inside their case, ID documents are masked until revealed with an
audited reason, and uploaded images lose their metadata (GPS) on the way in."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from PIL import Image, PngImagePlugin
from sqlalchemy import select

from recovery_app.domain.model import Role
from recovery_app.storage.models import Attachment, AuditEntry
from tests.support.desk import AgentHandle, Desk, OpenedCase, running_desk

API = "/api/v1"
NOTE = "PRIVATE: the requester's story does not match Ω"  # Ω appears nowhere else


def photo(fmt: str = "JPEG", size: tuple[int, int] = (640, 480)) -> bytes:
    """A photo with a camera name, a GPS position and a comment in its metadata."""
    image = Image.new("RGB", size, (220, 200, 180))
    for x in range(0, size[0], 16):  # sharp detail, which blurring removes
        for y in range(size[1]):
            image.putpixel((x, y), (0, 0, 0))
    out = io.BytesIO()
    if fmt == "JPEG":
        exif = Image.Exif()
        exif[0x010F] = "SecretCam"
        exif[0x8825] = {1: "N", 2: (52.0, 13.0, 31.0), 3: "E", 4: (21.0, 0.0, 42.0)}
        image.save(out, "JPEG", exif=exif, comment=b"taken at home, SecretStreet 5")
    else:
        info = PngImagePlugin.PngInfo()
        info.add_text("Comment", "taken at home, SecretStreet 5")
        image.save(out, "PNG", pnginfo=info)
    return out.getvalue()


async def upload(
    desk: Desk, case: OpenedCase, data: bytes, name: str, **form: str
) -> httpx.Response:
    mime = "application/pdf" if name.endswith(".pdf") else "image/jpeg"
    return await desk.client.post(
        f"{API}/cases/{case.reference}/attachments",
        files={"file": (name, data, mime)},
        data=form,
        headers=case.headers,
    )


class Scene:
    def __init__(self, desk: Desk, case: OpenedCase, alice: AgentHandle, sam: AgentHandle):
        self.desk, self.case, self.alice, self.sam = desk, case, alice, sam

    @property
    def agent_base(self) -> str:
        return f"{API}/agent/cases/{self.case.reference}"


@pytest.fixture
async def scene(tmp_path: Path) -> AsyncIterator[Scene]:
    async with running_desk(tmp_path / "desk") as desk:
        await desk.account("bob", email="bob@example.com")
        alice, sam = await desk.agent("alice"), await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("bob", reply="bob.new@example.org")
        await desk.assign(case, alice, sam)
        yield Scene(desk, case, alice, sam)


async def _frames_until(ws: Any, kind: str, timeout: float = 5.0) -> list[dict[str, Any]]:
    """Every frame up to and including the first message of ``kind``."""
    frames: list[dict[str, Any]] = []
    async with asyncio.timeout(timeout):
        while True:
            frame = json.loads(await ws.receive_text())
            frames.append(frame)
            if frame.get("type") == "message" and frame.get("kind") == kind:
                return frames


async def test_private_notes_never_reach_the_requester(scene: Scene) -> None:
    desk, case = scene.desk, scene.case
    transport = ASGIWebSocketTransport(desk.app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://testserver") as live,
        aconnect_ws(f"{API}/live", live) as ws,
    ):
        await ws.send_text(
            json.dumps(
                {"type": "auth", "role": "requester", "case": case.reference, "token": case.token}
            )
        )
        await ws.send_text(json.dumps({"type": "resume", "conversations": {case.reference: 0}}))
        note = await desk.client.post(
            f"{scene.agent_base}/notes", json={"body": NOTE}, headers=scene.alice.headers
        )
        assert note.status_code == 201
        # Something the requester does see, after the note: an agent's attachment.
        sent = await desk.client.post(
            f"{scene.agent_base}/attachments",
            files={"file": ("guide.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf")},
            headers=scene.alice.headers,
        )
        assert sent.status_code == 201, sent.text
        frames = await _frames_until(ws, "attachment")
    assert not [f for f in frames if f.get("kind") == "note"]
    assert "PRIVATE" not in json.dumps(frames)

    # Nor through any requester endpoint.
    responses = [
        await desk.client.get(f"{API}/cases/{case.reference}/messages", headers=case.headers),
        await desk.client.get(f"{API}/cases/{case.reference}/transcript", headers=case.headers),
        await desk.client.get(f"{API}/cases/{case.reference}", headers=case.headers),
        await desk.client.get(f"{API}/cases/{case.reference}/survey", headers=case.headers),
    ]
    for response in responses:
        assert response.status_code == 200
        assert "PRIVATE" not in response.text and "Ω" not in response.text
    history = responses[0].json()
    assert all(m["kind"] != "note" for m in history)
    pdf = await desk.client.get(
        f"{API}/cases/{case.reference}/transcript", params={"format": "pdf"}, headers=case.headers
    )
    assert pdf.content.startswith(b"%PDF")
    assert b"<03A9>" not in pdf.content  # no glyph for the note's Ω was ever drawn
    # The agents still have it.
    agent_history = await desk.client.get(
        f"{scene.agent_base}/messages", headers=scene.alice.headers
    )
    assert NOTE in [m["body"] for m in agent_history.json()]
    agent_transcript = await desk.client.get(
        f"{scene.agent_base}/transcript", headers=scene.alice.headers
    )
    assert "PRIVATE" not in agent_transcript.text  # a transcript never carries notes


async def test_requester_cannot_read_another_cases_attachment_by_id(scene: Scene) -> None:
    desk = scene.desk
    mine = await upload(desk, scene.case, photo(), "mine.jpg")
    attachment_id = mine.json()["id"]
    await desk.account("eve", email="eve@example.com")
    eve = await desk.verified_case("eve", reply="eve.new@example.org")
    own_case_other_id = await desk.client.get(
        f"{API}/cases/{eve.reference}/attachments/{attachment_id}", headers=eve.headers
    )
    other_case_own_token = await desk.client.get(
        f"{API}/cases/{scene.case.reference}/attachments/{attachment_id}", headers=eve.headers
    )
    no_token = await desk.client.get(
        f"{API}/cases/{scene.case.reference}/attachments/{attachment_id}"
    )
    thumbnail = await desk.client.get(
        f"{API}/cases/{eve.reference}/attachments/{attachment_id}",
        params={"thumbnail": 1},
        headers=eve.headers,
    )
    assert no_token.status_code == 401  # no case token: 401, telling nothing of the file
    for response in (own_case_other_id, other_case_own_token, thumbnail):
        assert response.status_code == 404
        assert response.json()["code"] == "not_found"
        assert not response.content.startswith(b"\xff\xd8")
    # An agent of another case cannot reach it through their own case either.
    carol = await desk.agent("carol")
    await desk.assign(eve, carol, scene.sam)
    via_other_case = await desk.client.get(
        f"{API}/agent/cases/{eve.reference}/attachments/{attachment_id}", headers=carol.headers
    )
    assert via_other_case.status_code == 404
    # Identifiers are unguessable: 96 random bits, not a counter.
    assert len(attachment_id) >= 16


async def test_id_documents_are_masked_until_revealed_with_a_reason_and_each_reveal_is_audited(
    scene: Scene,
) -> None:
    desk, alice = scene.desk, scene.alice
    original = photo(size=(1000, 700))
    sent = await upload(desk, scene.case, original, "passport.jpg", is_id_document="true")
    assert sent.status_code == 201 and sent.json()["is_id_document"] is True
    url = f"{scene.agent_base}/attachments/{sent.json()['id']}"

    for params in ({}, {"thumbnail": 1}):
        masked = await desk.client.get(url, params=params, headers=alice.headers)
        assert masked.status_code == 200
        image = Image.open(io.BytesIO(masked.content))
        assert max(image.size) <= 480  # a small, blurred copy
        assert _sharpness(image) < 5  # the 1-px lines are gone
    no_reason = await desk.client.post(
        f"{url}/reveal", json={"reason": "look"}, headers=alice.headers
    )
    assert no_reason.status_code == 422
    reasons = ["Compare the name with the account holder", "Check the expiry date again"]
    for reason in reasons:
        revealed = await desk.client.post(
            f"{url}/reveal", json={"reason": reason}, headers=alice.headers
        )
        assert revealed.status_code == 200
        image = Image.open(io.BytesIO(revealed.content))
        assert image.size == (1000, 700) and _sharpness(image) > 10
    async with desk.services.read() as session:
        rows = (
            await session.scalars(
                select(AuditEntry).where(AuditEntry.action == "attachment.revealed")
            )
        ).all()
    assert [row.detail["reason"] for row in rows] == reasons
    assert all(row.actor_id == str(alice.id) and row.ip for row in rows)
    # The requester sees their own document as sent (minus metadata).
    own = await desk.client.get(
        f"{API}/cases/{scene.case.reference}/attachments/{sent.json()['id']}",
        headers=scene.case.headers,
    )
    assert Image.open(io.BytesIO(own.content)).size == (1000, 700)

    scan = await upload(
        desk, scene.case, b"%PDF-1.4\n(ID CARD)\n%%EOF\n", "id.pdf", is_id_document="true"
    )
    pdf_url = f"{scene.agent_base}/attachments/{scan.json()['id']}"
    assert (await desk.client.get(pdf_url, headers=alice.headers)).status_code == 409
    revealed_pdf = await desk.client.post(
        f"{pdf_url}/reveal", json={"reason": "Read the document number"}, headers=alice.headers
    )
    assert revealed_pdf.content.startswith(b"%PDF")


def _sharpness(image: Image.Image) -> float:
    """Mean absolute difference between horizontal neighbours (0 for a flat picture)."""
    grey = image.convert("L")
    middle = grey.height // 2
    row = [
        int(value) for value in grey.crop((0, middle, grey.width, middle + 1)).get_flattened_data()
    ]
    return sum(abs(a - b) for a, b in itertools.pairwise(row)) / (len(row) - 1)


async def test_uploaded_images_are_stripped_of_exif_gps_and_comments(scene: Scene) -> None:
    desk = scene.desk
    jpeg, png = photo("JPEG"), photo("PNG")
    assert b"SecretCam" in jpeg and b"SecretStreet" in jpeg and b"SecretStreet" in png
    ids = [
        (await upload(desk, scene.case, jpeg, "photo.jpg")).json()["id"],
        (await upload(desk, scene.case, png, "screen.png")).json()["id"],
    ]
    for attachment_id in ids:
        for url, headers in (
            (f"{API}/cases/{scene.case.reference}/attachments/{attachment_id}", scene.case.headers),
            (f"{scene.agent_base}/attachments/{attachment_id}", scene.alice.headers),
        ):
            for params in ({}, {"thumbnail": 1}):
                response = await desk.client.get(url, params=params, headers=headers)
                assert response.status_code == 200
                data = response.content
                assert b"SecretCam" not in data and b"SecretStreet" not in data
                image = Image.open(io.BytesIO(data))
                assert not image.getexif()  # no EXIF at all, so no GPS
                assert "exif" not in image.info and "comment" not in image.info
                assert "Comment" not in image.info
    # At rest the files are encrypted: neither an image nor its metadata is readable.
    async with desk.services.read() as session:
        stored = (await session.scalars(select(Attachment))).all()
    for row in stored:
        raw = Path(row.path).read_bytes()
        assert not raw.startswith((b"\xff\xd8", b"\x89PNG")) and b"Secret" not in raw
        assert Path(row.path).stat().st_mode & 0o077 == 0  # owner only
