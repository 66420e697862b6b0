"""ID documents and selfies (SECURITY-CHECKS 28, 35): type checks, masking, reveal, deletion."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import httpx
from PIL import Image
from sqlalchemy import select

from recovery_app.domain.model import Role
from recovery_app.storage.models import Evidence
from tests.support.desk import Desk, OpenedCase, running_desk


def photo(fmt: str = "JPEG", size: tuple[int, int] = (640, 400)) -> bytes:
    image = Image.new("RGB", size, (200, 180, 160))
    for x in range(0, size[0], 40):  # some detail, so blurring changes it
        for y in range(size[1]):
            image.putpixel((x, y), (10, 10, 10))
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # Make
    exif[0x8825] = {1: "N"}  # GPS IFD
    image.save(out, fmt, exif=exif) if fmt == "JPEG" else image.save(out, fmt)
    return out.getvalue()


async def upload(
    desk: Desk,
    case: OpenedCase,
    challenge_id: str,
    data: bytes,
    name: str = "id.jpg",
    mime: str = "image/jpeg",
) -> httpx.Response:
    return await desk.client.post(
        f"/api/v1/cases/{case.reference}/challenges/{challenge_id}/evidence",
        files={"file": (name, data, mime)},
        headers=case.headers,
    )


async def test_documents_are_checked_by_content_and_size(tmp_path: Path) -> None:
    async with running_desk(tmp_path, max_upload_bytes=200_000) as desk:
        await desk.account("doc", email="doc@example.com")
        case = await desk.verified_case("doc", reply="doc.new@example.org")
        document = await desk.start(case, "document")
        disguised = await upload(
            desk,
            case,
            document["id"],
            b"MZ\x90\x00 a program" * 50,
            name="passport.jpg",
            mime="image/jpeg",
        )
        assert disguised.status_code == 415
        assert disguised.json()["code"] == "unsupported_file"
        too_big = await upload(desk, case, document["id"], b"\xff\xd8\xff" + b"0" * 300_000)
        assert too_big.status_code == 413
        selfie = await desk.start(case, "selfie")
        pdf_selfie = await upload(
            desk, case, selfie["id"], b"%PDF-1.7 ...", "me.pdf", "application/pdf"
        )
        assert pdf_selfie.status_code == 415
        fine = await upload(desk, case, document["id"], photo())
        assert fine.status_code == 201
        health = await desk.client.get("/api/v1/health")
        assert health.status_code == 200  # the server stays up through all of it


async def test_documents_are_masked_until_revealed_with_a_reason_and_each_reveal_is_audited(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("doc", email="doc@example.com")
        alice, sam = await desk.agent("alice"), await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("doc", reply="doc.new@example.org")
        document = await desk.start(case, "document")
        evidence_id = (await upload(desk, case, document["id"], photo())).json()["id"]
        await desk.assign(case, alice, sam)
        base = f"/api/v1/agent/cases/{case.reference}/evidence/{evidence_id}"
        masked = await desk.client.get(base, headers=alice.headers)
        assert masked.status_code == 200
        masked_image = Image.open(io.BytesIO(masked.content))
        assert max(masked_image.size) <= 480
        refused = await desk.client.post(
            f"{base}/reveal", json={"reason": "curious"}, headers=alice.headers
        )
        assert refused.status_code == 422
        revealed = await desk.client.post(
            f"{base}/reveal",
            json={"reason": "Compare the name with the account holder"},
            headers=alice.headers,
        )
        assert revealed.status_code == 200
        original = Image.open(io.BytesIO(revealed.content))
        assert original.size == (640, 400)
        assert "exif" not in original.info  # re-encoded without metadata
        assert b"SecretCam" not in revealed.content
        audit = await desk.client.get(
            "/api/v1/supervisor/audit", params={"case_ref": case.reference}, headers=sam.headers
        )
        rows = audit.json()
        reveals = [row for row in rows if row["action"] == "evidence.revealed"]
        assert len(reveals) == 1
        assert reveals[0]["actor_id"] == str(alice.id)
        # Stored encrypted: the file on disk is not a JPEG.
        async with desk.services.read() as session:
            row = await session.scalar(select(Evidence))
            assert row is not None
            assert not Path(row.path or "").read_bytes().startswith(b"\xff\xd8")


async def test_selfie_must_show_the_phrase_and_evidence_is_deleted_after_retention(
    tmp_path: Path,
) -> None:
    async with running_desk(tmp_path, evidence_retention_days=7) as desk:
        await desk.account("doc", email="doc@example.com", totp=True)
        alice, sam = await desk.agent("alice"), await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("doc", reply="doc.new@example.org")
        await desk.prove(case, "email_code", "doc@example.com")
        selfie = await desk.start(case, "selfie")
        assert selfie["phrase"]  # shown in the app, to be held up on paper
        document = await desk.start(case, "document")
        selfie_id = (
            await upload(desk, case, selfie["id"], photo("PNG"), "me.png", "image/png")
        ).json()["id"]
        document_id = (await upload(desk, case, document["id"], photo())).json()["id"]
        await desk.assign(case, alice, sam)
        view = (
            await desk.client.get(f"/api/v1/agent/cases/{case.reference}", headers=alice.headers)
        ).json()
        shown = {e["id"]: e["phrase"] for e in view["evidence"]}
        assert shown[selfie_id] == selfie["phrase"]  # the reviewer compares it
        levels = []
        for evidence_id in (document_id, selfie_id):
            decided = await desk.client.post(
                f"/api/v1/agent/cases/{case.reference}/evidence/{evidence_id}/decision",
                json={"approve": True, "reason": "matches the account history"},
                headers=alice.headers,
            )
            levels.append(decided.json()["level"])
        assert levels == [2, 3]
        desk.clock.advance(timedelta(days=7, minutes=1))
        await desk.background.run_once()
        async with desk.services.read() as session:
            rows = (await session.scalars(select(Evidence))).all()
            assert all(row.path is None and row.deleted_at is not None for row in rows)
        assert not any((tmp_path / "evidence").iterdir())


async def test_evidence_is_served_as_a_nosniff_download(tmp_path: Path) -> None:
    async with running_desk(tmp_path) as desk:
        await desk.account("doc", email="doc@example.com")
        alice, sam = await desk.agent("alice"), await desk.agent("sam", Role.SUPERVISOR)
        case = await desk.verified_case("doc", reply="doc.new@example.org")
        document = await desk.start(case, "document")
        evidence_id = (await upload(desk, case, document["id"], photo())).json()["id"]
        await desk.assign(case, alice, sam)
        base = f"/api/v1/agent/cases/{case.reference}/evidence/{evidence_id}"
        masked = await desk.client.get(base, headers=alice.headers)
        revealed = await desk.client.post(
            f"{base}/reveal",
            json={"reason": "Compare the name with the account holder"},
            headers=alice.headers,
        )
        for response in (masked, revealed):
            assert response.status_code == 200
            assert response.headers["X-Content-Type-Options"] == "nosniff"
            assert response.headers["Content-Disposition"].startswith("attachment; filename=")
            assert response.headers["Cache-Control"] == "no-store"
