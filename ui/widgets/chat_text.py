"""What a chat message says on screen: system, survey and assistant messages carry JSON
(``{"event": ..., ...}``) that is turned into a translated sentence here."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from ui.i18n import tr

CONTEXT = "ChatText"


def event_of(body: str) -> dict[str, Any] | None:
    if not body.startswith("{"):
        return None
    try:
        data = json.loads(body)
    except ValueError:
        return None
    return data if isinstance(data, dict) and isinstance(data.get("event"), str) else None


def display_text(kind: str, body: str, viewer: str | None = None) -> str:
    """The sentence to show for a message body (plain text is shown as it is).

    ``viewer`` is who reads it: ``"agent"`` gets sentences worded for the agent where
    the requester's would be wrong (the agent does not answer a proof); anything else
    (``"requester"`` or None) gets the requester's wording.
    """
    data = event_of(body)
    if data is None:
        return body
    event = data["event"]
    if event == "agent_joined":
        return QCoreApplication.translate("ChatText", "%1 joined the chat.").replace(
            "%1", str(data.get("agent") or QCoreApplication.translate("ChatText", "Specialist"))
        )
    if event == "proof_requested":
        if viewer == "agent":
            return QCoreApplication.translate(
                "ChatText", "You asked for a proof; the requester answers it in their app."
            )
        return QCoreApplication.translate(
            "ChatText", "The specialist asked for a proof. Answer it on the card in this chat."
        )
    if event == "requeued":
        return QCoreApplication.translate(
            "ChatText", "Your case is back in the queue; the next free specialist will take it."
        )
    if event == "transferred":
        to = data.get("to")
        if to:
            return QCoreApplication.translate("ChatText", "The chat was handed to %1.").replace(
                "%1", str(to)
            )
        return QCoreApplication.translate("ChatText", "The chat was handed to another specialist.")
    if event == "escalated":
        return QCoreApplication.translate("ChatText", "The case was passed to a supervisor.")
    if event == "survey_answered":
        rating = int(data.get("rating") or 0)
        return tr("Thank you for your feedback (%n of 5).", "", rating)
    if event == "assistant_answer":
        parts = []
        question = str(data.get("question") or "")
        if question:
            parts.append("“" + question + "”")
        for answer in data.get("answers") or []:
            if isinstance(answer, dict):
                parts.append(f"{answer.get('question', '')}\n{answer.get('answer', '')}")
        if len(parts) <= 1:
            parts.append(
                QCoreApplication.translate(
                    "ChatText", "The assistant has no ready answer for this; ask for support."
                )
            )
        return "\n\n".join(parts)
    return QCoreApplication.translate("ChatText", "The case was updated.")
