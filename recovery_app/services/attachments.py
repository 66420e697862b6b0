"""Chat attachments: photos (JPEG, PNG) and PDFs from the requester or the assigned agent.

- The type comes from the content (:func:`evidence.sniff`), never from the name or
  the declared type; the size is limited by ``settings.max_upload_bytes``.
- Images are decoded and re-encoded without any metadata (EXIF, GPS, ICC,
  comments; :func:`image_decoding.load_image`), upright, with a JPEG thumbnail of at
  most 320 px, in a bounded child process after a pixel-count check from the
  header (:mod:`image_pool`, check 41). A file that cannot be decoded is refused.
- PDFs are kept as sent, after a best-effort check that they are complete and
  carry no active content (scripts, launch actions, embedded files).
- Files are stored encrypted under ``DATA_DIR/attachments``: ``<id>.bin``,
  ``<id>.thumb.bin`` and, for a photo flagged as an ID document, ``<id>.masked.bin``
  (a blurred copy). Agents get only that copy of an ID document until they reveal
  the original with a reason, and every reveal is audited (check 28), as for evidence.
- Files are written first, then the row, the chat message and the audit entry in
  one transaction. If that transaction fails the files are deleted, so there is
  never a file without a row nor a row without a file. The message is published
  after the commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import unicodedata
import zlib
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.case_flow import require
from recovery_app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from recovery_app.domain.model import CaseState
from recovery_app.security import tokens
from recovery_app.security.crypto import SecretBox
from recovery_app.services import audit, messages
from recovery_app.services.case_access import case_for_agent, case_for_requester
from recovery_app.services.chat_posts import conversation_channel, publish
from recovery_app.services.context import Caller, Services
from recovery_app.services.evidence import sniff
from recovery_app.services.image_decoding import (
    JPEG,
    PDF,
    PNG,
    FileTooLargeError,
    UnsupportedFileError,
    reencode_attachment,
)
from recovery_app.storage.models import Attachment, Case, Conversation, Message

# A chat exists once the reply contact is proven, and stays until the case closes.
ATTACHABLE = frozenset(
    {
        CaseState.VERIFYING,
        CaseState.QUEUED,
        CaseState.IN_CHAT,
        CaseState.RESTORING,
        CaseState.ON_HOLD,
    }
)
MAX_NAME_STEM = 100
# The extension a stored name ends with always matches the real type.
_EXTENSIONS: dict[str, tuple[str, frozenset[str]]] = {
    JPEG: (".jpg", frozenset({".jpg", ".jpeg", ".jpe", ".jfif"})),
    PNG: (".png", frozenset({".png"})),
    PDF: (".pdf", frozenset({".pdf"})),
}
_KNOWN_EXTENSIONS = frozenset().union(*(accepted for _, accepted in _EXTENSIONS.values()))
_UNSAFE_IN_NAMES = re.compile(r'[<>:"|?*]')
_PDF_ACTIVE = re.compile(rb"/(?:JavaScript|Launch|EmbeddedFiles?|RichMedia)(?![A-Za-z0-9])")
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_PDF_INFLATE_BUDGET = 64 * 1024 * 1024
CaseFinder = Callable[[AsyncSession], Awaitable[Case]]


@dataclass(frozen=True, slots=True)
class NewFile:
    """An upload as received: the name the sender gave it, its bytes, the client's message id."""

    filename: str | None
    data: bytes
    client_id: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedFile:
    """A checked upload, ready to store: the clean file and its derived copies."""

    content_type: str
    data: bytes
    thumbnail: bytes | None
    masked: bytes | None


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """What the API says about a stored attachment."""

    id: str
    filename: str
    content_type: str
    size: int
    is_id_document: bool
    has_thumbnail: bool
    uploaded_by: str  # requester | agent
    created_at: datetime
    seq: int | None


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    """Decrypted bytes to send, with the name and type to send them under."""

    filename: str
    content_type: str
    data: bytes


def attachment_info(attachment: Attachment, seq: int | None = None) -> AttachmentInfo:
    return AttachmentInfo(
        id=attachment.public_id,
        filename=attachment.filename,
        content_type=attachment.content_type,
        size=attachment.size,
        is_id_document=attachment.is_id_document,
        has_thumbnail=attachment.thumbnail_path is not None,
        uploaded_by="requester" if attachment.uploader == messages.REQUESTER else "agent",
        created_at=attachment.created_at,
        seq=seq,
    )


# -- checking and cleaning ----------------------------------------------------------------


def clean_filename(name: str | None, content_type: str) -> str:
    """The sender's file name made safe to show and save: no folders, no control or bidi
    characters, a bounded length, and an extension that matches the real type."""
    text = unicodedata.normalize("NFC", name or "").replace("\\", "/").rsplit("/", 1)[-1]
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")
    text = " ".join(_UNSAFE_IN_NAMES.sub("_", text).split()).strip(" .")
    canonical, accepted = _EXTENSIONS[content_type]
    stem, dot, extension = text.rpartition(".")
    suffix = f".{extension.lower()}"
    if dot and stem and suffix in accepted:
        extension = f".{extension}"
    elif dot and stem and suffix in _KNOWN_EXTENSIONS:  # "screen.jpg" that is a PNG
        extension = canonical
    else:
        stem, extension = text, canonical
    stem = stem[:MAX_NAME_STEM].strip(" .") or "attachment"
    return stem + extension


async def prepare(
    services: Services, data: bytes, content_type: str, *, id_document: bool
) -> PreparedFile:
    """Check an upload of the sniffed ``content_type`` and produce what is stored.

    PDFs are checked in a thread; images are checked for their pixel count and then
    decoded in a bounded child process (:mod:`recovery_app.services.image_pool`).
    """
    if content_type == PDF:
        await asyncio.to_thread(check_pdf, data)
        return PreparedFile(PDF, data, None, None)
    clean, thumbnail, masked = await services.images.run(
        reencode_attachment, data, content_type, id_document
    )
    return PreparedFile(content_type, clean, thumbnail, masked)


def check_pdf(data: bytes) -> None:
    """Refuse a truncated PDF, or one with scripts, launch actions or embedded files.

    A byte scan of the file and of its deflated streams, with escaped names
    decoded: it catches what ordinary tools write, not every obfuscation. PDFs
    are also only ever served as downloads, never rendered by the server.
    """
    if b"%%EOF" not in data[-1024:]:
        raise UnsupportedFileError("This PDF is incomplete or damaged. Save or scan it again.")
    for chunk in _pdf_chunks(data):
        plain = _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), chunk)
        if _PDF_ACTIVE.search(plain):
            raise UnsupportedFileError(
                "This PDF contains scripts or embedded files, which we do not accept. "
                "Print it to a new PDF, or send a photo of the page instead."
            )


def _pdf_chunks(data: bytes) -> Iterator[bytes]:
    yield data
    budget, view = _PDF_INFLATE_BUDGET, memoryview(data)
    for match in _PDF_STREAM.finditer(data):
        if budget <= 0:
            return
        try:
            chunk = zlib.decompressobj().decompress(view[match.end() :], budget)
        except zlib.error:
            continue  # not a deflated stream
        budget -= len(chunk)
        yield chunk


# -- files ------------------------------------------------------------------------------


def _folder(services: Services) -> Path:
    folder = services.settings.data_dir / "attachments"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _paths(folder: Path, public_id: str) -> tuple[Path, Path, Path]:
    """(original, thumbnail, blurred copy); public ids never contain a dot or a slash."""
    return (
        folder / f"{public_id}.bin",
        folder / f"{public_id}.thumb.bin",
        folder / f"{public_id}.masked.bin",
    )


def _masked_path(attachment: Attachment) -> Path:
    return _paths(Path(attachment.path).parent, attachment.public_id)[2]


def _write_all(box: SecretBox, files: list[tuple[Path, bytes]]) -> None:
    """Write every file encrypted (owner-only from creation, renamed into place) or none."""
    try:
        for path, data in files:
            part = path.with_name(path.name + ".part")
            descriptor = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(descriptor, "wb") as out:
                out.write(box.encrypt_bytes(data))
            part.replace(path)
    except BaseException:
        _remove([path for path, _ in files])
        raise


def _remove(paths: list[Path]) -> None:
    for path in paths:
        for candidate in (path, path.with_name(path.name + ".part")):
            with contextlib.suppress(OSError):
                candidate.unlink(missing_ok=True)


def _read(box: SecretBox, path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise NotFoundError("This file is no longer stored.") from None
    return box.decrypt_bytes(data)


# -- uploading --------------------------------------------------------------------------


async def upload_by_requester(
    services: Services,
    reference: str,
    token: str,
    new_file: NewFile,
    *,
    is_id_document: bool,
    caller: Caller,
) -> AttachmentInfo:
    """Store a file the requester sent in their chat (optionally flagged as an ID document)."""

    async def find(session: AsyncSession) -> Case:
        return await case_for_requester(session, services.keys, reference, token)

    return await _upload(
        services,
        find,
        new_file,
        sender=messages.REQUESTER,
        actor=("requester", None),
        id_document=is_id_document,
        caller=caller,
    )


async def upload_by_agent(
    services: Services, agent_id: int, reference: str, new_file: NewFile, caller: Caller
) -> AttachmentInfo:
    """Store a file the assigned agent sent in the chat."""

    async def find(session: AsyncSession) -> Case:
        return await case_for_agent(session, reference, agent_id)

    return await _upload(
        services,
        find,
        new_file,
        sender=messages.agent_party(agent_id),
        actor=("agent", agent_id),
        id_document=False,
        caller=caller,
    )


@dataclass(frozen=True, slots=True)
class _Recorded:
    info: AttachmentInfo
    event: dict[str, Any] | None  # None: a resend of an upload already stored
    conversation_id: int


async def _upload(
    services: Services,
    find: CaseFinder,
    new_file: NewFile,
    *,
    sender: str,
    actor: tuple[str, int | None],
    id_document: bool,
    caller: Caller,
) -> AttachmentInfo:
    limit = services.settings.max_upload_bytes
    if len(new_file.data) > limit:
        raise FileTooLargeError(
            f"The file is larger than {limit / (1024 * 1024):.1f} MB. Send a smaller photo or scan."
        )
    async with services.read() as session:
        _require_attachable(await find(session))
    content_type = sniff(new_file.data)
    if content_type is None:
        raise UnsupportedFileError(
            "This file is not a photo (JPEG or PNG) or a PDF, whatever its name says. "
            "Choose another file."
        )
    prepared = await prepare(services, new_file.data, content_type, id_document=id_document)
    public_id = tokens.public_id()
    original, thumbnail, masked = _paths(_folder(services), public_id)
    files = [(original, prepared.data)]
    if prepared.thumbnail is not None:
        files.append((thumbnail, prepared.thumbnail))
    if prepared.masked is not None:
        files.append((masked, prepared.masked))
    await asyncio.to_thread(_write_all, services.box, files)
    row = Attachment(
        public_id=public_id,
        uploader=sender,
        filename=clean_filename(new_file.filename, content_type),
        content_type=content_type,
        size=len(prepared.data),
        path=str(original),
        thumbnail_path=str(thumbnail) if prepared.thumbnail is not None else None,
        is_id_document=id_document,
    )
    try:
        recorded = await _record(services, find, row, new_file.client_id, actor, caller)
    except BaseException:
        _remove([path for path, _ in files])  # no file without a row
        raise
    if recorded.event is None:
        _remove([path for path, _ in files])
    else:
        await publish(services, conversation_channel(recorded.conversation_id), recorded.event)
    return recorded.info


def _require_attachable(case: Case) -> None:
    require(CaseState(case.state), ATTACHABLE, "send files")


async def _record(
    services: Services,
    find: CaseFinder,
    row: Attachment,
    client_id: str | None,
    actor: tuple[str, int | None],
    caller: Caller,
) -> _Recorded:
    client_id = client_id or f"attachment:{row.public_id}"
    async with services.write() as session:
        case = await find(session)
        _require_attachable(case)
        now = services.clock.now()
        conversation = await messages.conversation_for(session, case, now)
        earlier = await session.scalar(
            select(Message).where(
                Message.conversation_id == conversation.id,
                Message.sender == row.uploader,
                Message.client_id == client_id,
            )
        )
        if earlier is not None:
            stored = (
                await session.get(Attachment, earlier.attachment_id)
                if earlier.attachment_id is not None
                else None
            )
            if stored is None:
                raise ConflictError("This message id was already used for another message.")
            return _Recorded(attachment_info(stored, earlier.seq), None, conversation.id)
        row.conversation_id = conversation.id
        row.created_at = now
        session.add(row)
        await session.flush()
        message = await messages.append(
            session,
            case,
            sender=row.uploader,
            client_id=client_id,
            kind="attachment",
            body=row.filename,
            now=now,
            attachment_id=row.id,
        )
        await audit.append(
            session,
            at=now,
            actor_type=actor[0],
            actor_id=actor[1],
            action="attachment.uploaded",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={
                "attachment": row.public_id,
                "type": row.content_type,
                "bytes": row.size,
                "id_document": row.is_id_document,
            },
        )
        event = message.event(case.reference)
        return _Recorded(attachment_info(row, message.message.seq), event, conversation.id)


# -- downloading ------------------------------------------------------------------------


async def _attachment_of(session: AsyncSession, case: Case, public_id: str) -> Attachment:
    attachment = await session.scalar(
        select(Attachment)
        .join(Conversation, Conversation.id == Attachment.conversation_id)
        .where(Conversation.case_id == case.id, Attachment.public_id == public_id)
    )
    if attachment is None:
        raise NotFoundError("There is no attachment with this id in this case.")
    return attachment


async def read_for_requester(
    services: Services, reference: str, token: str, attachment_id: str, *, thumbnail: bool
) -> AttachmentFile:
    """A file of the requester's own chat (their own ID documents unmasked: they are theirs)."""
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        attachment = await _attachment_of(session, case, attachment_id)
    return await _load(services, attachment, thumbnail=thumbnail)


async def read_for_agent(
    services: Services,
    agent_id: int,
    reference: str,
    attachment_id: str,
    *,
    thumbnail: bool,
    reveal_reason: str | None,
    caller: Caller,
) -> AttachmentFile:
    """A file of a case assigned to the agent. ID documents: the blurred copy, or the
    original with a reason (audited)."""
    if reveal_reason is None:
        async with services.read() as session:
            case = await case_for_agent(session, reference, agent_id)
            attachment = await _attachment_of(session, case, attachment_id)
        if attachment.is_id_document:
            return await _load_masked(services, attachment)
        return await _load(services, attachment, thumbnail=thumbnail)
    reason = reveal_reason.strip()
    if len(reason) < 10:
        raise InvalidInputError("Say in a sentence why you need to see the original.")
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        attachment = await _attachment_of(session, case, attachment_id)
        await audit.append(
            session,
            at=now,
            actor_type="agent",
            actor_id=agent_id,
            action="attachment.revealed",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={
                "attachment": attachment.public_id,
                "id_document": attachment.is_id_document,
                "reason": reason[:500],
            },
        )
    return await _load(services, attachment, thumbnail=False)


async def _load(services: Services, attachment: Attachment, *, thumbnail: bool) -> AttachmentFile:
    if not thumbnail:
        data = await asyncio.to_thread(_read, services.box, Path(attachment.path))
        return AttachmentFile(attachment.filename, attachment.content_type, data)
    if attachment.thumbnail_path is None:
        raise NotFoundError("This attachment has no preview image. Download the file instead.")
    data = await asyncio.to_thread(_read, services.box, Path(attachment.thumbnail_path))
    return AttachmentFile(_derived_name(attachment, "thumbnail"), JPEG, data)


async def _load_masked(services: Services, attachment: Attachment) -> AttachmentFile:
    if attachment.content_type == PDF:
        raise ConflictError(
            "This ID document is a PDF, which has no blurred preview. "
            "Reveal it with a reason to open it."
        )
    data = await asyncio.to_thread(_read, services.box, _masked_path(attachment))
    return AttachmentFile(_derived_name(attachment, "masked"), JPEG, data)


def _derived_name(attachment: Attachment, label: str) -> str:
    return f"{attachment.filename.rsplit('.', 1)[0]}-{label}.jpg"
