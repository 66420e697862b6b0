"""Sentences of the support page built from server data (assistant answers, hours)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from recovery_app.schemas.queue import AssistantOut, BusinessHoursOut

CONTEXT = "SupportText"

_STEPS = {
    "verify_reply_contact": QT_TRANSLATE_NOOP(
        "SupportText", "Next: confirm your reply address with the code we sent to it."
    ),
    "verify": QT_TRANSLATE_NOOP(
        "SupportText",
        "Next: prove it is your account in the verification step. Often that is enough to "
        "recover it yourself.",
    ),
    "request_support": QT_TRANSLATE_NOOP(
        "SupportText", "If this does not solve it, request support below."
    ),
    "wait_for_agent": QT_TRANSLATE_NOOP(
        "SupportText", "A specialist will answer you in this chat; you do not need to do more."
    ),
    "wait_for_review": QT_TRANSLATE_NOOP(
        "SupportText", "We are reviewing what you sent; we will write to you here."
    ),
    "chat_with_agent": QT_TRANSLATE_NOOP("SupportText", "A specialist is with you in the chat."),
}
_SELF = {
    "verify": QT_TRANSLATE_NOOP("SupportText", "You can do this yourself: prove it is you."),
    "reset": QT_TRANSLATE_NOOP(
        "SupportText", "You can do this yourself: reset your password after verifying."
    ),
}


def _named(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def next_step_text(code: str) -> str:
    return _named(_STEPS.get(code, _STEPS["request_support"]))


def assistant_blocks(reply: AssistantOut) -> str:
    """The answers as plain text blocks, with the self-service hint under each."""
    if not reply.answers:
        return QCoreApplication.translate(
            "SupportText", "The assistant has no ready answer for this. Request support below."
        )
    blocks = []
    for answer in reply.answers:
        block = f"{answer.question}\n{answer.answer}"
        if answer.self_service:
            block += "\n→ " + _named(_SELF[answer.self_service])
        blocks.append(block)
    return "\n\n".join(blocks)


def hours_text(hours: BusinessHoursOut, locale: QLocale) -> str:
    """e.g. "Mon–Fri, 08:00–18:00 UTC"."""
    days = sorted(hours.weekdays)
    names = [locale.dayName(d + 1, QLocale.FormatType.ShortFormat) for d in days]
    if not days:
        day_text = ""
    elif days == list(range(days[0], days[-1] + 1)) and len(days) > 2:
        day_text = f"{names[0]}–{names[-1]}"
    else:
        day_text = ", ".join(names)
    return f"{day_text}, {hours.start_hour:02d}:00–{hours.end_hour:02d}:00 UTC".lstrip(", ")
