"""The assistant everyone meets first: FAQ answers in the case's language, and a next step.

The answers live in ``resources/faq/<language>.json`` (``{"language", "entries": [{id,
kinds, keywords, question, answer, self_service}]}``); every shipped language has the
same entry ids. Matching is deliberately simple and predictable: the person's words and
the keywords are lower-cased and stripped of accents (``hasła`` → ``hasla``); a keyword
of one word of four letters or more matches words that start with it (a stem:
``parol`` matches ``пароля``), a shorter one matches a whole word, a keyword of several
words matches that phrase. An entry scores one point per keyword matched plus a bonus
when it was written for the case's kind (smaller for entries shared with other kinds).

Each exchange is stored in the case's conversation as one message from ``assistant``
(kind ``text``, body JSON ``{"event": "assistant_answer", "question", "answers": [{id,
question, answer, self_service}], "next_step": {code, methods}}``) and published on
``conv:<conversation id>`` after the commit. The next step never depends on whether the
account exists: only on the case's state, kind and the requester's own proofs.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import timedelta
from importlib import resources
from typing import Any

from recovery_app.domain.case_flow import CLOSED, StepOutOfOrderError
from recovery_app.domain.errors import RateLimitedError
from recovery_app.domain.model import CaseKind, CaseState, Method
from recovery_app.services import messages, rate_limits
from recovery_app.services.case_access import case_for_requester
from recovery_app.services.challenges import level_report
from recovery_app.services.context import Caller, Services
from recovery_app.services.routing import conversation_channel

log = logging.getLogger(__name__)

LANGUAGES = ("en", "pl", "de", "fr", "ru")
DEFAULT_LANGUAGE = "en"
SELF_SERVICE = frozenset({"verify", "reset"})
KIND_BONUS = 2.0  # an entry written for this kind of case only
SHARED_BONUS = 1.5  # ... for this kind and some others
GENERAL_BONUS = 1.0  # ... for every kind
MAX_ANSWERS = 3
QUESTION_CHARS = 500
_WORD = re.compile(r"\w+")
# Letters NFKD does not take apart.
_FOLD = str.maketrans({"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i"})

# Proofs worth suggesting per kind (never depends on the account: no enumeration).
_METHODS: dict[str, tuple[Method, ...]] = {
    CaseKind.FORGOT_PASSWORD: (
        Method.EMAIL_CODE,
        Method.SMS_CODE,
        Method.TOTP,
        Method.KNOWN_DEVICE,
    ),
    CaseKind.LOST_SECOND_FACTOR: (
        Method.BACKUP_CODE,
        Method.EMAIL_CODE,
        Method.SMS_CODE,
        Method.KNOWN_DEVICE,
        Method.DOCUMENT,
        Method.SELFIE,
    ),
    CaseKind.HACKED: (
        Method.EMAIL_CODE,
        Method.SMS_CODE,
        Method.KNOWN_DEVICE,
        Method.BACKUP_CODE,
        Method.DOCUMENT,
        Method.SELFIE,
    ),
    CaseKind.DISABLED: (Method.EMAIL_CODE, Method.SMS_CODE, Method.TOTP, Method.DOCUMENT),
}
# The level the typical restore action of each kind needs (shared/DESIGN.md §3).
_LEVEL_NEEDED = {CaseKind.FORGOT_PASSWORD: 1}
_LEVEL_DEFAULT = 2


@dataclass(frozen=True, slots=True)
class FaqEntry:
    """One question and answer of the FAQ, with what it is matched on."""

    id: str
    kinds: frozenset[str]
    keywords: tuple[tuple[str, ...], ...]  # each keyword as normalised words
    question: str
    answer: str
    self_service: str | None


@dataclass(frozen=True, slots=True)
class Answer:
    """An FAQ entry chosen for the person's words, with its score."""

    entry: FaqEntry
    score: float


@dataclass(frozen=True, slots=True)
class NextStep:
    """What the requester can do next (a code clients translate), with proofs to try."""

    code: str  # verify_reply_contact | verify | request_support | wait_for_agent | ...
    methods: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class AssistantReply:
    """The assistant's answer to one question."""

    language: str
    answers: list[Answer]
    next_step: NextStep
    seq: int  # of the stored message in the conversation


def normalize(text: str) -> str:
    """Lower case, no accents: ``"Zapomniałem HASŁA"`` → ``"zapomnialem hasla"``."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


def faq_language(language: str) -> str:
    primary = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


@functools.cache
def faq(language: str) -> tuple[FaqEntry, ...]:
    """The FAQ of one shipped language (English for others), loaded once."""
    source = resources.files("resources") / "faq" / f"{faq_language(language)}.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    return tuple(_entry(raw) for raw in data["entries"])


def _entry(raw: dict[str, Any]) -> FaqEntry:
    kinds = frozenset(raw["kinds"])
    unknown = kinds - {kind.value for kind in CaseKind}
    self_service = raw.get("self_service")
    if unknown or (self_service is not None and self_service not in SELF_SERVICE):
        raise ValueError(f"FAQ entry {raw['id']!r}: unknown kind or self_service")
    keywords = tuple(tuple(words(keyword)) for keyword in raw["keywords"])
    return FaqEntry(
        id=raw["id"],
        kinds=kinds,
        keywords=tuple(keyword for keyword in keywords if keyword),
        question=raw["question"],
        answer=raw["answer"],
        self_service=self_service,
    )


def _matches(keyword: tuple[str, ...], tokens: list[str], phrase: str) -> bool:
    if len(keyword) > 1:
        return f" {' '.join(keyword)} " in phrase
    word = keyword[0]
    if len(word) >= 4:
        return any(token.startswith(word) for token in tokens)
    return word in tokens


def score(entry: FaqEntry, kind: str, tokens: list[str]) -> float:
    phrase = f" {' '.join(tokens)} "
    hits = sum(1 for keyword in entry.keywords if _matches(keyword, tokens, phrase))
    if kind not in entry.kinds:
        return float(hits)
    if len(entry.kinds) == 1:
        return hits + KIND_BONUS
    if len(entry.kinds) == len(CaseKind):
        return hits + GENERAL_BONUS
    return hits + SHARED_BONUS


def best_answers(language: str, kind: str, text: str, limit: int = MAX_ANSWERS) -> list[Answer]:
    """The best FAQ entries for this kind of case and these words, best first."""
    tokens = words(text)
    scored = [Answer(entry, score(entry, kind, tokens)) for entry in faq(language)]
    ranked = sorted(
        (answer for answer in scored if answer.score > 0),
        key=lambda answer: -answer.score,  # stable: file order breaks ties
    )
    return ranked[:limit]


def next_step(state: CaseState, kind: str, level: int) -> NextStep:
    """What the requester can do next, from their case alone."""
    if state is CaseState.OPENED:
        return NextStep("verify_reply_contact")
    if state is CaseState.VERIFYING:
        if level < _LEVEL_NEEDED.get(CaseKind(kind), _LEVEL_DEFAULT):
            return NextStep("verify", tuple(m.value for m in _METHODS[CaseKind(kind)]))
        return NextStep("request_support")
    if state is CaseState.QUEUED:
        return NextStep("wait_for_agent")
    if state is CaseState.ON_HOLD:
        return NextStep("wait_for_review")
    return NextStep("chat_with_agent")


def _body(question: str, answers: list[Answer], step: NextStep) -> str:
    """The stored message: as many answers as fit the message size limit."""
    kept = list(answers)
    while True:
        body = json.dumps(
            {
                "event": "assistant_answer",
                "question": question,
                "answers": [
                    {
                        "id": a.entry.id,
                        "question": a.entry.question,
                        "answer": a.entry.answer,
                        "self_service": a.entry.self_service,
                    }
                    for a in kept
                ],
                "next_step": {"code": step.code, "methods": list(step.methods)},
            },
            ensure_ascii=False,
        )
        if len(body) <= messages.MAX_BODY or not kept:
            return body
        kept.pop()


async def ask(
    services: Services, reference: str, token: str, text: str, caller: Caller
) -> AssistantReply:
    """Answer the requester's words from the FAQ; store and publish the exchange."""
    now = services.clock.now()
    async with services.write() as session:
        case = await case_for_requester(session, services.keys, reference, token)
        state = CaseState(case.state)
        if state in CLOSED:
            raise StepOutOfOrderError("This case is closed. Open a new case if you need help.")
        limit = services.settings.assistant_questions_per_hour
        key = f"assistant:{case.reference}"
        if await rate_limits.hit(session, key, now=now, window=timedelta(hours=1)) > limit:
            raise RateLimitedError(
                "You asked the assistant many questions in the last hour. Wait a while, "
                "or ask for support."
            )
        language = faq_language(case.language)
        answers = best_answers(language, case.kind, text)
        step = next_step(state, case.kind, int((await level_report(session, case)).level))
        question = " ".join(text.split())[:QUESTION_CHARS]
        stored = await messages.append(
            session,
            case,
            sender=messages.ASSISTANT,
            client_id=f"assistant:{secrets.token_hex(8)}",
            kind="text",
            body=_body(question, answers, step),
            now=now,
        )
        event = stored.event(case.reference)
        channel = conversation_channel(stored.message.conversation_id)
    try:
        await services.bus.publish(channel, event)
    except Exception:
        log.exception("could not publish an assistant answer")
    return AssistantReply(language, answers, step, stored.message.seq)
