"""Decoding and re-encoding uploaded photos: what runs inside the decoding child processes.

Kept light on purpose (Pillow and the domain errors only): every decoding worker
imports this module and nothing of the server, so a worker costs little memory
before it decodes. :mod:`recovery_app.services.image_pool` starts the workers
with :func:`start_worker`, which caps the worker's address space, and checks an
image's pixel count from its header (:func:`pixel_count`) before any worker sees it.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import io
import warnings

from PIL import Image, ImageFilter, ImageOps

from recovery_app.domain.errors import DomainError

JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"
THUMBNAIL_SIDE = 320
# Pillow's own guard, far above any limit the server accepts: the real limit is
# ``settings.evidence_max_pixels``, checked from the header in the server process.
Image.MAX_IMAGE_PIXELS = 40_000_000


class UnsupportedFileError(DomainError):
    code = "unsupported_file"
    status = 415
    title = "Unsupported file"


class FileTooLargeError(DomainError):
    code = "payload_too_large"
    status = 413
    title = "File too large"


class ImageTooLargeError(DomainError):
    """More pixels than a photo of a document needs: refused before it is decoded."""

    code = "image_too_large"
    status = 413
    title = "Image has too many pixels"


def pixel_count(data: bytes) -> int:
    """Width × height from the image header, without decoding the pixels.

    ``Image.open`` only parses the header (PNG IHDR, JPEG SOF); the pixel data is
    read by ``load()``, which never runs here.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                width, height = image.size
        except Image.DecompressionBombError:
            return 2 * 40_000_000 + 1  # Pillow refused it as a bomb from the header
        except Exception as exc:  # whatever a parser raises on a hostile header
            raise UnsupportedFileError(
                "This image cannot be read. Take a new photo (JPEG or PNG) and try again."
            ) from exc
    return int(width) * int(height)


def load_image(data: bytes, *, keep_alpha: bool = False, upright: bool = False) -> Image.Image:
    """Decode a JPEG or PNG upload into a plain RGB (or RGBA) image with no metadata.

    Broken files and decompression bombs raise :class:`UnsupportedFileError`.
    ``upright`` applies the EXIF orientation first, since it is dropped with the
    rest of the metadata. The returned image's ``info`` is empty, so nothing
    (EXIF, GPS, ICC profile, comments) can be carried into a re-encoded copy.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                image.load()
                source = ImageOps.exif_transpose(image) if upright else image
                alpha = keep_alpha and (
                    source.mode in ("RGBA", "LA", "PA") or "transparency" in source.info
                )
                plain = source.convert("RGBA" if alpha else "RGB")
        except MemoryError as exc:
            raise ImageTooLargeError(
                "This image needs more memory to read than the server allows. "
                "Send a smaller photo or scan."
            ) from exc
        except Exception as exc:  # whatever a decoder raises on a hostile file (bombs too)
            raise UnsupportedFileError(
                "This image cannot be read. Take a new photo (JPEG or PNG) and try again."
            ) from exc
    plain.info.clear()
    return plain


def blurred_preview(image: Image.Image, max_side: int = 480) -> bytes:
    """A small, heavily blurred JPEG of ``image`` for masked review."""
    masked = image.convert("RGB")
    masked.thumbnail((max_side, max_side))
    masked = masked.filter(ImageFilter.GaussianBlur(radius=14))
    out = io.BytesIO()
    masked.save(out, "JPEG", quality=70)
    return out.getvalue()


def thumbnail(image: Image.Image) -> bytes:
    """A JPEG of at most ``THUMBNAIL_SIDE`` pixels a side, transparency on white."""
    small = image.copy()
    small.thumbnail((THUMBNAIL_SIDE, THUMBNAIL_SIDE))
    if small.mode == "RGBA":
        flat = Image.new("RGB", small.size, (255, 255, 255))
        flat.paste(small, mask=small.getchannel("A"))
        small = flat
    out = io.BytesIO()
    small.save(out, "JPEG", quality=80)
    return out.getvalue()


def reencode_evidence(data: bytes) -> tuple[bytes, bytes]:
    """(clean JPEG without metadata, blurred JPEG for masked review)."""
    try:
        rgb = load_image(data)
        clean = io.BytesIO()
        rgb.save(clean, "JPEG", quality=90)  # no EXIF, no GPS, no maker notes
        return clean.getvalue(), blurred_preview(rgb)
    finally:
        release_memory()


def reencode_attachment(
    data: bytes, content_type: str, id_document: bool
) -> tuple[bytes, bytes, bytes | None]:
    """(clean image of the same type, thumbnail, blurred copy for an ID document or None)."""
    try:
        image = load_image(data, keep_alpha=content_type == PNG, upright=True)
        clean = io.BytesIO()
        if content_type == PNG:
            image.save(clean, "PNG")
        else:
            image.save(clean, "JPEG", quality=90)
        masked = blurred_preview(image) if id_document else None
        return clean.getvalue(), thumbnail(image), masked
    finally:
        release_memory()


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    try:
        return ctypes.CDLL(name) if name else None
    except OSError:
        return None


_LIBC = _libc()


def release_memory() -> None:
    """Hand freed heap pages back to the OS (glibc keeps them otherwise)."""
    trim = getattr(_LIBC, "malloc_trim", None)
    if trim is not None:
        trim(0)


def start_worker(memory_bytes: int) -> None:
    """Initializer of a decoding worker: its address space may grow by ``memory_bytes``.

    The limit is RLIMIT_AS over what the worker already maps once started, so a
    decode that needs more fails with MemoryError (refused as too large) instead
    of taking the machine's memory.
    """
    try:
        import resource  # Unix only
    except ImportError:  # pragma: no cover - Windows has no rlimits
        return
    try:
        with open("/proc/self/statm") as statm:
            mapped = int(statm.read().split()[0]) * resource.getpagesize()
    except OSError:  # pragma: no cover - no /proc (macOS): a fixed allowance
        mapped = 1024 * 1024 * 1024
    limit = mapped + memory_bytes
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
