"""Client and server error codes turned into sentences a person can act on."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "ErrorMessages"

# Stable code → sentence (translated at display time).
_MESSAGES: dict[str, str] = {
    "server_unreachable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The Recovery Desk server cannot be reached. Check your internet connection; "
        "we keep trying in the background.",
    ),
    "database_unavailable": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The service is having trouble on its side. Nothing you entered is lost; "
        "we keep trying in the background.",
    ),
    "schema_out_of_date": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The service is being updated. Please try again in a few minutes.",
    ),
    "unavailable": QT_TRANSLATE_NOOP(
        "ErrorMessages", "The service is temporarily unavailable. Please try again shortly."
    ),
    "rate_limited": QT_TRANSLATE_NOOP(
        "ErrorMessages", "Too many attempts. Please wait a little and try again."
    ),
    "guess_budget_spent": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This way of proving it is you is paused for a while because of too many wrong "
        "answers. Use a code sent to one of your original addresses, or try again later.",
    ),
    "image_too_large": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "This image has too many pixels to check. Please send a smaller photo "
        "(a phone photo of a document is fine).",
    ),
    "server_busy": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The service is busy checking other files. Please try again in a few seconds.",
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "ErrorMessages", "That is too large to send. Please send something smaller."
    ),
    "unexpected_response": QT_TRANSLATE_NOOP(
        "ErrorMessages",
        "The server sent an answer this version of the app does not understand. "
        "Please update the app.",
    ),
}
_FALLBACK = QT_TRANSLATE_NOOP(
    "ErrorMessages",
    "Something went wrong. Please try again; if it keeps happening, contact support.",
)


def message_for(code: str | None) -> str:
    """The translated sentence for an error ``code``."""
    text = _MESSAGES.get(code or "", _FALLBACK)
    return QCoreApplication.translate(_CONTEXT, text)
