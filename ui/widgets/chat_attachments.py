"""Attachments in the chat: thumbnails decoded off the GUI thread, the pre-upload check."""

from __future__ import annotations

import asyncio
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QImage

from recovery_app.client.chat import AttachmentRefusedError, check_attachment

THUMB = QSize(320, 320)


def _decode(data: bytes) -> QImage | None:
    image = QImage()
    if not image.loadFromData(data) or image.isNull():
        return None
    if image.width() > THUMB.width() or image.height() > THUMB.height():
        image = image.scaled(
            THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )
    return image


def _decode_file(path: Path) -> QImage | None:
    try:
        return _decode(path.read_bytes())
    except OSError:
        return None


async def thumbnail_from_bytes(data: bytes) -> QImage | None:
    """Decode and shrink an image in a worker thread (QImage is safe off the GUI thread)."""
    return await asyncio.get_running_loop().run_in_executor(None, _decode, data)


async def thumbnail_from_file(path: Path) -> QImage | None:
    return await asyncio.get_running_loop().run_in_executor(None, _decode_file, path)


async def check_file(path: Path, max_bytes: int) -> str:
    """The type of ``path`` if the server would accept it; raises AttachmentRefusedError."""
    return await asyncio.get_running_loop().run_in_executor(None, check_attachment, path, max_bytes)


__all__ = ["AttachmentRefusedError", "check_file", "thumbnail_from_bytes", "thumbnail_from_file"]
