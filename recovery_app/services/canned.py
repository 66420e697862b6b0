"""Canned responses: prepared replies per language with variables, kept by supervisors.

The shipped replies live in ``resources/canned/<language>.json``; they are loaded
into ``canned_responses`` the first time anyone uses canned responses while the
table is empty (audited as ``canned.seeded``, and never again after that, so a
supervisor who deletes them all does not see them come back).

Variables are written ``{name}``, ``{case_ref}`` and ``{agent}``. Filling them never
fails: an unknown variable (a typo such as ``{nmae}``) is left visible for the
agent to fix before sending. ``{name}`` is the account's display name only once
the requester has proven something (level 1 or more): before that, a greeting
with the account holder's name would tell whoever opened the case whose account
it is. Otherwise it is a neutral word from the seed file of the reply's language.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.domain.errors import ConflictError, InvalidInputError, NotFoundError
from recovery_app.domain.model import Level
from recovery_app.domain.principals import AgentPrincipal
from recovery_app.services import audit
from recovery_app.services.case_access import case_for_agent
from recovery_app.services.chat_posts import clean_text, one_line
from recovery_app.services.context import Caller, Services
from recovery_app.storage.models import Account, AuditEntry, CannedResponse

LANGUAGES: tuple[str, ...] = ("en", "pl", "de", "fr", "ru")
VARIABLES: tuple[str, ...] = ("name", "case_ref", "agent")
SHORTCUT_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,31}$"
MAX_TITLE = 128
MAX_BODY = 4000
MAX_NAME = 100
SEEDED = "canned.seeded"
_VARIABLE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
_SHORTCUT = re.compile(SHORTCUT_PATTERN)


@dataclass(frozen=True, slots=True)
class SeedReply:
    shortcut: str
    title: str
    body: str


@dataclass(frozen=True, slots=True)
class Seed:
    """One language's shipped replies and the word ``{name}`` becomes when there is no name."""

    neutral_name: str
    replies: tuple[SeedReply, ...]


@dataclass(frozen=True, slots=True)
class CannedView:
    id: int
    language: str
    shortcut: str
    title: str
    body: str
    variables: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Rendered:
    text: str
    unknown_variables: tuple[str, ...]


# -- seed files and filling -------------------------------------------------------------


@functools.cache
def seed(language: str) -> Seed:
    """The shipped replies of ``language`` (English for a language we have none for)."""
    language = language if language in LANGUAGES else "en"
    source = resources.files("resources") / "canned" / f"{language}.json"
    data: dict[str, Any] = json.loads(source.read_text(encoding="utf-8"))
    replies = tuple(
        SeedReply(str(r["shortcut"]), str(r["title"]), str(r["body"])) for r in data["replies"]
    )
    return Seed(str(data["neutral_name"]), replies)


def variables_in(template: str) -> tuple[str, ...]:
    """The variable names a template uses, in order of first use."""
    return tuple(dict.fromkeys(_VARIABLE.findall(template)))


def fill(template: str, values: dict[str, str]) -> Rendered:
    """``template`` with its known variables filled; unknown ones stay as written."""
    unknown: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in values:
            return values[name]
        unknown.append(name)
        return match.group(0)

    text = _VARIABLE.sub(replace, template)
    return Rendered(text, tuple(dict.fromkeys(unknown)))


def _view(row: CannedResponse) -> CannedView:
    return CannedView(
        row.id, row.language, row.shortcut, row.title, row.body, variables_in(row.body)
    )


# -- seeding ----------------------------------------------------------------------------


async def _needs_seed(session: AsyncSession) -> bool:
    if await session.scalar(select(CannedResponse.id).limit(1)) is not None:
        return False
    done = await session.scalar(select(AuditEntry.id).where(AuditEntry.action == SEEDED).limit(1))
    return done is None


async def ensure_seeded(services: Services) -> None:
    """Load the shipped replies if canned responses were never used (idempotent)."""
    async with services.read() as session:
        if not await _needs_seed(session):
            return
    now = services.clock.now()
    async with services.write() as session:
        if not await _needs_seed(session):  # another request seeded meanwhile
            return
        count = 0
        for language in LANGUAGES:
            for reply in seed(language).replies:
                session.add(
                    CannedResponse(
                        language=language,
                        shortcut=reply.shortcut,
                        title=reply.title,
                        body=reply.body,
                        created_at=now,
                    )
                )
                count += 1
        await audit.append(
            session,
            at=now,
            actor_type="system",
            actor_id=None,
            action=SEEDED,
            detail={"responses": count},
        )


# -- reading ----------------------------------------------------------------------------


async def search(
    services: Services, *, language: str | None, query: str | None, limit: int = 50
) -> list[CannedView]:
    """Replies in ``language`` (all when None) matching ``query`` in shortcut, title or body.

    Best first: exact shortcut, shortcut prefix, shortcut or title, then body.
    Matching is done here rather than in SQL, whose ``lower()`` is ASCII-only on SQLite.
    """
    await ensure_seeded(services)
    async with services.read() as session:
        statement = select(CannedResponse).order_by(CannedResponse.language, CannedResponse.id)
        if language is not None:
            statement = statement.where(CannedResponse.language == language)
        rows = (await session.scalars(statement)).all()
    needle = (query or "").strip().casefold()
    ranked: list[tuple[int, str, int, CannedResponse]] = []
    for row in rows:
        rank = _rank(row, needle)
        if rank is not None:
            ranked.append((rank, row.shortcut, row.id, row))
    ranked.sort(key=lambda item: item[:3])
    return [_view(item[3]) for item in ranked[:limit]]


def _rank(row: CannedResponse, needle: str) -> int | None:
    if not needle:
        return 0
    shortcut = row.shortcut.casefold()
    if shortcut == needle:
        return 0
    if shortcut.startswith(needle):
        return 1
    if needle in shortcut or needle in row.title.casefold():
        return 2
    if needle in row.body.casefold():
        return 3
    return None


async def render_for_case(
    services: Services, agent: AgentPrincipal, reference: str, canned_id: int
) -> Rendered:
    """A reply filled from a case assigned to ``agent``."""
    await ensure_seeded(services)
    async with services.read() as session:
        case = await case_for_agent(session, reference, agent.id)
        row = await session.get(CannedResponse, canned_id)
        if row is None:
            raise NotFoundError("There is no canned response with this id.")
        name = seed(row.language).neutral_name
        if case.account_id is not None and case.level >= Level.L1:
            account = await session.get(Account, case.account_id)
            if account is not None and one_line(account.display_name, MAX_NAME):
                name = one_line(account.display_name, MAX_NAME)
        values = {"name": name, "case_ref": case.reference, "agent": agent.display_name}
    return fill(row.body, values)


# -- supervisors ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CannedInput:
    """A reply as a supervisor writes it."""

    language: str
    shortcut: str
    title: str
    body: str


def _clean(given: CannedInput) -> CannedInput:
    if given.language not in LANGUAGES:
        raise InvalidInputError(f"Choose one of the languages {', '.join(LANGUAGES)}.")
    shortcut = given.shortcut.strip().lower()
    if not _SHORTCUT.fullmatch(shortcut):
        raise InvalidInputError(
            "A shortcut is 1 to 32 lowercase letters, digits, '-' or '_', starting with a "
            "letter or digit."
        )
    title, body = one_line(given.title, MAX_TITLE), clean_text(given.body, MAX_BODY)
    if not title or not body:
        raise InvalidInputError("Give the reply a title and a text.")
    return CannedInput(given.language, shortcut, title, body)


async def _check_unique(
    session: AsyncSession, reply: CannedInput, *, except_id: int | None = None
) -> None:
    clash = await session.scalar(
        select(CannedResponse.id).where(
            CannedResponse.language == reply.language,
            CannedResponse.shortcut == reply.shortcut,
        )
    )
    if clash is not None and clash != except_id:
        raise ConflictError(
            f"There is already a {reply.language} reply with the shortcut {reply.shortcut!r}."
        )


async def create(
    services: Services, supervisor: AgentPrincipal, given: CannedInput, caller: Caller
) -> CannedView:
    reply = _clean(given)
    await ensure_seeded(services)
    now = services.clock.now()
    async with services.write() as session:
        await _check_unique(session, reply)
        row = CannedResponse(
            language=reply.language,
            shortcut=reply.shortcut,
            title=reply.title,
            body=reply.body,
            created_at=now,
        )
        session.add(row)
        await session.flush()
        await _audit(session, services, supervisor, caller, "canned.created", row)
        return _view(row)


async def update(
    services: Services,
    supervisor: AgentPrincipal,
    canned_id: int,
    given: CannedInput,
    caller: Caller,
) -> CannedView:
    reply = _clean(given)
    await ensure_seeded(services)
    async with services.write() as session:
        row = await _get(session, canned_id)
        await _check_unique(session, reply, except_id=row.id)
        row.language, row.shortcut = reply.language, reply.shortcut
        row.title, row.body = reply.title, reply.body
        await _audit(session, services, supervisor, caller, "canned.updated", row)
        return _view(row)


async def delete(
    services: Services, supervisor: AgentPrincipal, canned_id: int, caller: Caller
) -> None:
    await ensure_seeded(services)
    async with services.write() as session:
        row = await _get(session, canned_id)
        await _audit(session, services, supervisor, caller, "canned.deleted", row)
        await session.delete(row)


async def _get(session: AsyncSession, canned_id: int) -> CannedResponse:
    row = await session.get(CannedResponse, canned_id)
    if row is None:
        raise NotFoundError("There is no canned response with this id.")
    return row


async def _audit(
    session: AsyncSession,
    services: Services,
    supervisor: AgentPrincipal,
    caller: Caller,
    action: str,
    row: CannedResponse,
) -> None:
    await audit.append(
        session,
        at=services.clock.now(),
        actor_type="agent",
        actor_id=supervisor.id,
        action=action,
        ip=caller.ip,
        detail={"canned": row.id, "language": row.language, "shortcut": row.shortcut},
    )
