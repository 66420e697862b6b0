"""The assistant: answers in each language that fit the kind of case and the person's
words, stored in the case's chat as assistant messages and published after commit."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from recovery_app.domain.model import CaseKind
from recovery_app.services import assistant
from recovery_app.storage.models import Case, Conversation, Message
from tests.integration.test_routing import record
from tests.support.desk import Desk, OpenedCase, running_desk


@pytest.fixture
async def desk(tmp_path: Path) -> AsyncIterator[Desk]:
    async with running_desk(
        tmp_path / "data", routing_interval_seconds=3600, assistant_questions_per_hour=5
    ) as desk:
        yield desk


async def ask(desk: Desk, case: OpenedCase, text: str) -> dict[str, Any]:
    response = await desk.client.post(
        f"/api/v1/cases/{case.reference}/assistant", json={"text": text}, headers=case.headers
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


# (language, kind, what the person writes, the answer that must come first)
QUESTIONS = [
    ("en", "forgot_password", "I forgot my password and can't sign in", "forgot-password-reset"),
    ("en", "hacked", "Someone changed my e-mail and my password", "hacked-contacts-changed"),
    ("pl", "forgot_password", "Zapomniałem hasła do konta", "forgot-password-reset"),
    ("pl", "lost_second_factor", "Zgubiłem telefon z aplikacją", "lost-authenticator"),
    ("de", "disabled", "Warum wurde mein Konto gesperrt?", "disabled-why"),
    ("de", "lost_second_factor", "Neues Handy, Codes nicht übertragen", "new-phone-authenticator"),
    ("fr", "hacked", "Quelqu'un a piraté mon compte", "hacked-first-steps"),
    ("fr", "disabled", "Je veux contester la suspension", "disabled-appeal"),
    ("ru", "forgot_password", "Я забыл пароль", "forgot-password-reset"),
    ("ru", "hacked", "Мой аккаунт взломали", "hacked-first-steps"),
]


@pytest.mark.parametrize(("language", "kind", "text", "expected"), QUESTIONS)
async def test_answers_match_the_kind_and_words_in_the_case_language(
    desk: Desk, language: str, kind: str, text: str, expected: str
) -> None:
    case = await desk.open_case("someone", "reply@example.org", kind=kind, language=language)
    body = await ask(desk, case, text)
    assert body["language"] == language
    answers = body["answers"]
    assert isinstance(answers, list) and answers
    assert answers[0]["id"] == expected
    own = {entry.id: entry for entry in assistant.faq(language)}
    assert answers[0]["answer"] == own[expected].answer  # in the case's language
    assert kind in own[expected].kinds
    assert body["next_step"] == {"code": "verify_reply_contact", "methods": []}


async def test_the_exchange_is_stored_as_an_assistant_message_and_published(desk: Desk) -> None:
    bus = record(desk)
    case = await desk.open_case("someone", "reply@example.org", kind="forgot_password")
    body = await ask(desk, case, "I forgot my password")
    async with desk.services.read() as session:
        conversation_id = await session.scalar(
            select(Conversation.id).join(Case).where(Case.reference == case.reference)
        )
        [message] = list(
            await session.scalars(select(Message).where(Message.conversation_id == conversation_id))
        )
    assert (message.sender, message.kind, message.seq) == ("assistant", "text", body["seq"])
    stored = json.loads(message.body)
    assert stored["event"] == "assistant_answer"
    assert stored["question"] == "I forgot my password"
    assert [a["id"] for a in stored["answers"]] == [a["id"] for a in body["answers"]]
    [event] = bus.on(f"conv:{conversation_id}", "message")
    assert (event["sender"], event["seq"], event["conversation"]) == (
        "assistant",
        message.seq,
        case.reference,
    )


async def test_the_next_step_follows_the_case(desk: Desk) -> None:
    await desk.account("ann")
    case = await desk.verified_case("ann", "ann.reply@example.org", kind="hacked")
    body = await ask(desk, case, "I was hacked")
    assert body["next_step"] == {
        "code": "verify",
        "methods": ["email_code", "sms_code", "known_device", "backup_code", "document", "selfie"],
    }
    await desk.prove(case, "email_code", "ann@example.com")  # L1; hacked needs L2
    assert (await ask(desk, case, "and now?"))["next_step"]["code"] == "verify"
    queued = await desk.client.post(f"/api/v1/cases/{case.reference}/support", headers=case.headers)
    assert queued.status_code == 200
    assert (await ask(desk, case, "how long?"))["next_step"]["code"] == "wait_for_agent"


async def test_closed_cases_other_tokens_and_floods_are_refused(desk: Desk) -> None:
    case = await desk.open_case("someone", "reply@example.org")
    other = await desk.open_case("other", "other@example.org")
    stranger = await desk.client.post(
        f"/api/v1/cases/{case.reference}/assistant",
        json={"text": "hello"},
        headers=other.headers,
    )
    assert stranger.status_code == 404
    for _ in range(5):
        await ask(desk, case, "hello")
    flood = await desk.client.post(
        f"/api/v1/cases/{case.reference}/assistant", json={"text": "hello"}, headers=case.headers
    )
    assert (flood.status_code, flood.json()["code"]) == (429, "rate_limited")
    await desk.client.delete(f"/api/v1/cases/{other.reference}", headers=other.headers)
    closed = await desk.client.post(
        f"/api/v1/cases/{other.reference}/assistant", json={"text": "hi"}, headers=other.headers
    )
    assert (closed.status_code, closed.json()["code"]) == (409, "step_out_of_order")


@pytest.mark.parametrize("language", assistant.LANGUAGES)
def test_every_language_has_real_answers_for_every_kind(language: str) -> None:
    entries = assistant.faq(language)
    assert len(entries) >= 6
    assert [e.id for e in entries] == [e.id for e in assistant.faq("en")]  # same entries
    for kind in CaseKind:
        assert any(kind.value in e.kinds and len(e.kinds) == 1 for e in entries), kind
    for entry in entries:
        assert entry.keywords and 40 < len(entry.answer) < 900, entry.id
        assert entry.self_service in (None, "verify", "reset")
    if language != "en":  # translated, not copied
        english = {e.id: e.answer for e in assistant.faq("en")}
        assert all(e.answer != english[e.id] for e in entries)


def test_matching_ignores_case_and_accents() -> None:
    assert assistant.normalize("Zapomniałem HASŁA") == "zapomnialem hasla"
    assert assistant.normalize("Passwort zurücksetzen, weiß") == "passwort zurucksetzen, weiss"
    plain = assistant.best_answers("pl", "forgot_password", "zapomnialem hasla")
    accented = assistant.best_answers("pl", "forgot_password", "ZAPOMNIAŁEM HASŁA")
    assert [a.entry.id for a in plain] == [a.entry.id for a in accented]
    assert plain[0].entry.id == "forgot-password-reset"
