"""Reading a chat back: the message history, and the transcript as text or PDF.

The requester's history and every transcript leave private agent notes out
(they are filtered in the query, not after it); the assigned agent's history
includes them. A transcript lists every other message in order with its time
(UTC) and who sent it (the requester, the agent by display name, the
assistant or the system); attachments appear by name only. Messages never
hold codes (codes go only to contacts), so neither do transcripts.

PDFs are written with fpdf2 in DejaVu Sans, which covers Polish and Russian.
Where that font is missing, the PDF falls back to the core Helvetica font
(Latin-1 only, other characters become "?") and a warning is logged.
"""

from __future__ import annotations

import functools
import json
import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.services import audit, messages
from recovery_app.services.attachments import AttachmentInfo, attachment_info
from recovery_app.services.case_access import case_for_agent, case_for_requester
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Agent, Attachment, Case, Message

log = logging.getLogger(__name__)

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
REGULAR_FONT = FONT_DIR / "DejaVuSans.ttf"
BOLD_FONT = FONT_DIR / "DejaVuSans-Bold.ttf"
_PAGE = 500  # messages per query while exporting
SenderRole = Literal["requester", "agent", "assistant", "system"]


@dataclass(frozen=True, slots=True)
class HistoryItem:
    """One message as a reader of the chat sees it."""

    seq: int
    sender: str  # requester | agent:<id> | assistant | system
    sender_role: SenderRole
    sender_name: str | None  # the agent's display name
    kind: str
    body: str
    at: datetime
    attachment: AttachmentInfo | None


@dataclass(frozen=True, slots=True)
class Transcript:
    reference: str
    exported_at: datetime
    items: list[HistoryItem]

    def filename(self, extension: str) -> str:
        return f"transcript-{self.reference}.{extension}"


# -- reading ----------------------------------------------------------------------------


async def history_for_requester(
    services: Services, reference: str, token: str, *, after: int, limit: int
) -> list[HistoryItem]:
    """The requester's chat after ``after``: everything but private notes."""
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        rows = await messages.since(session, case, after, include_notes=False, limit=limit)
        return await _items(session, rows)


async def history_for_agent(
    services: Services, agent_id: int, reference: str, *, after: int, limit: int
) -> list[HistoryItem]:
    """The chat of a case assigned to the agent, notes included."""
    async with services.read() as session:
        case = await case_for_agent(session, reference, agent_id)
        rows = await messages.since(session, case, after, include_notes=True, limit=limit)
        return await _items(session, rows)


async def transcript_for_requester(services: Services, reference: str, token: str) -> Transcript:
    async with services.read() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        return await _transcript(services, session, case)


async def transcript_for_agent(
    services: Services, agent_id: int, reference: str, caller: Caller
) -> Transcript:
    """The transcript of a case assigned to the agent (audited: it leaves the desk)."""
    async with services.write() as session:
        case = await case_for_agent(session, reference, agent_id)
        transcript = await _transcript(services, session, case)
        await audit.append(
            session,
            at=transcript.exported_at,
            actor_type="agent",
            actor_id=agent_id,
            action="transcript.exported",
            case_ref=case.reference,
            account_id=case.account_id,
            ip=caller.ip,
            detail={"messages": len(transcript.items)},
        )
        return transcript


async def _transcript(services: Services, session: AsyncSession, case: Case) -> Transcript:
    rows: list[Message] = []
    while True:
        after = rows[-1].seq if rows else 0
        page = await messages.since(session, case, after, include_notes=False, limit=_PAGE)
        rows += page
        if len(page) < _PAGE:
            break
    return Transcript(case.reference, services.clock.now(), await _items(session, rows))


async def _items(session: AsyncSession, rows: list[Message]) -> list[HistoryItem]:
    agent_ids = {_agent_id(row.sender) for row in rows} - {None}
    names: dict[int, str] = {}
    if agent_ids:
        agents = await session.execute(
            select(Agent.id, Agent.display_name).where(Agent.id.in_(agent_ids))
        )
        names = {agent_id: name for agent_id, name in agents}
    attachment_ids = [row.attachment_id for row in rows if row.attachment_id is not None]
    files: dict[int, Attachment] = {}
    if attachment_ids:
        found = await session.scalars(select(Attachment).where(Attachment.id.in_(attachment_ids)))
        files = {attachment.id: attachment for attachment in found}
    items = []
    for row in rows:
        agent_id = _agent_id(row.sender)
        file = files.get(row.attachment_id) if row.attachment_id is not None else None
        items.append(
            HistoryItem(
                seq=row.seq,
                sender=row.sender,
                sender_role=_role(row.sender),
                sender_name=names.get(agent_id, "Agent") if agent_id is not None else None,
                kind=row.kind,
                body=row.body,
                at=row.created_at,
                attachment=attachment_info(file, row.seq) if file is not None else None,
            )
        )
    return items


def _role(sender: str) -> SenderRole:
    if _agent_id(sender) is not None:
        return "agent"
    if sender == messages.REQUESTER:
        return "requester"
    return "assistant" if sender == messages.ASSISTANT else "system"


def _agent_id(sender: str) -> int | None:
    prefix, _, number = sender.partition(":")
    return int(number) if prefix == "agent" and number.isdigit() else None


# -- rendering --------------------------------------------------------------------------


_ROLE_LABELS = {
    messages.REQUESTER: "Requester",
    messages.ASSISTANT: "Assistant",
    messages.SYSTEM: "System",
}


def who(item: HistoryItem) -> str:
    """The sender as a transcript names them."""
    if item.sender_name is not None:
        return item.sender_name
    return _ROLE_LABELS.get(item.sender_role, item.sender_role.title())


def _text_of(item: HistoryItem) -> str:
    if item.kind == "attachment":
        name = item.attachment.filename if item.attachment is not None else item.body
        return f"[Attachment: {name}]"
    if item.sender == messages.SYSTEM:
        return describe_system(item.body)
    return item.body


def describe_system(body: str) -> str:
    """A system message's JSON event (see ``chat_posts.system_body``) as an English sentence."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if not isinstance(data, dict) or not isinstance(data.get("event"), str):
        return body
    values = {key: str(value) for key, value in data.items()}
    template = _SYSTEM_EVENTS.get(data["event"])
    if data["event"] == "escalated" and data.get("to") is None:
        template = (
            "{from} passed the case to a supervisor; the next free supervisor continues here."
        )
    if data["event"] == "survey_answered":
        values["access_restored"] = "yes" if data.get("access_restored") else "no"
    if template is None:
        return f"({data['event'].replace('_', ' ')})"
    try:
        return template.format_map(values)
    except (KeyError, ValueError):
        return f"({data['event'].replace('_', ' ')})"


_SYSTEM_EVENTS = {
    "agent_joined": "{agent} joined the chat.",
    "proof_requested": "The agent asked for a proof ({method}).",
    "requeued": "The case is back in the queue; the next free agent continues here.",
    "transferred": "{from} transferred the chat to {to}.",
    "escalated": "{from} asked a supervisor, {to}, to take over the case.",
    "survey_answered": "Survey answered. Access restored: {access_restored}; rating {rating}/5.",
}


def _stamp(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M:%S UTC")


def _heading(transcript: Transcript) -> list[str]:
    return [
        "Recovery Desk - chat transcript",
        f"Case: {transcript.reference}",
        f"Exported: {_stamp(transcript.exported_at)}",
        "Times are in UTC.",
    ]


def as_text(transcript: Transcript) -> str:
    """Plain UTF-8 text: a heading, then each message under its time and sender."""
    lines = [*_heading(transcript), ""]
    for item in transcript.items:
        lines.append(f"{_stamp(item.at)} - {who(item)}")
        lines += [f"  {line}" for line in _text_of(item).splitlines() or [""]]
        lines.append("")
    return "\n".join(lines)


def as_pdf(transcript: Transcript) -> bytes:
    """An A4 PDF of the transcript (CPU-bound: run it in a thread)."""
    pdf = FPDF(format="A4")
    pdf.set_title(f"Transcript {transcript.reference}")
    pdf.set_author("Recovery Desk")
    pdf.set_creation_date(transcript.exported_at)
    family, unicode = _fonts(pdf)

    def write(text: str, size: float, style: str = "", height: float = 5) -> None:
        if not unicode:
            text = text.encode("latin-1", "replace").decode("latin-1")
        pdf.set_font(family, style, size)
        pdf.multi_cell(0, height, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.add_page()
    title, *rest = _heading(transcript)
    write(title, 14, "B", 8)
    for line in rest:
        write(line, 9)
    pdf.ln(4)
    for item in transcript.items:
        write(f"{_stamp(item.at)} - {who(item)}", 9, "B")
        write(_text_of(item), 10)
        pdf.ln(2)
    return bytes(pdf.output())


def _fonts(pdf: FPDF) -> tuple[str, bool]:
    """(font family, whether it covers Unicode) after registering DejaVu Sans if present."""
    if not REGULAR_FONT.is_file():
        _warn_core_font()
        return "Helvetica", False
    pdf.add_font("DejaVu", "", str(REGULAR_FONT))
    pdf.add_font("DejaVu", "B", str(BOLD_FONT if BOLD_FONT.is_file() else REGULAR_FONT))
    return "DejaVu", True


@functools.cache
def _warn_core_font() -> None:
    log.warning(
        "DejaVu Sans not found at %s (install fonts-dejavu-core): PDF transcripts use the "
        "core Helvetica font, and characters outside Latin-1 (Polish, Russian) appear as '?'",
        REGULAR_FONT,
    )
