"""What every chat feature does with the messages it writes: clean the text, then publish.

Events go out only after the transaction that stored the message has committed
(``shared/DESIGN.md`` §4, live protocol). A failing bus (Redis down) does not
undo or fail the request: the message is stored with its sequence number, and
live clients fetch what they missed when they resume.

Every stored message, private notes included, is published on its conversation
channel so that sequence numbers stay gap-free for the live hub; the hub hands
notes only to agents' connections (``server/live/hub.py``), and every requester
read (history, transcript) filters them out in its query.

System messages carry a JSON object with an ``event`` name and its values (as
the routing does: ``{"event": "agent_joined", "agent": ...}``), so clients can
show them in the reader's language; :func:`system_body` writes one.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Mapping
from typing import Any

from recovery_app.services.context import Services

log = logging.getLogger(__name__)

# Direction overrides make text read differently from what it is ("gpj.exe").
_DROPPED = frozenset({"Cc", "Cs"})  # control characters, lone surrogates
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def conversation_channel(conversation_id: int) -> str:
    return f"conv:{conversation_id}"


def agent_channel(agent_id: int) -> str:
    return f"agent:{agent_id}"


def clean_text(text: str, max_length: int) -> str:
    """Text as stored: newlines and tabs kept; other control characters, bidi overrides
    and lone surrogates (which no database can store) dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = (
        ch
        for ch in text
        if ch in "\n\t" or (unicodedata.category(ch) not in _DROPPED and ch not in _BIDI_CONTROLS)
    )
    return "".join(kept).strip()[:max_length]


def one_line(text: str, max_length: int) -> str:
    """A name or label: one line, no control or bidi characters, single spaces."""
    return " ".join(clean_text(text, max_length * 4).split())[:max_length]


async def publish(services: Services, channel: str, event: dict[str, Any]) -> None:
    """Publish one event (after commit). Logs instead of failing: the data is already stored."""
    try:
        await services.bus.publish(channel, event)
    except Exception:
        log.warning(
            "live event not published; clients catch up when they resume",
            exc_info=True,
            extra={"channel": channel.split(":", 1)[0], "event_type": event.get("type")},
        )


def system_body(event: str, values: Mapping[str, Any]) -> str:
    """The body of a system message: ``{"event": event, **values}`` as JSON."""
    return json.dumps({"event": event, **values}, ensure_ascii=False)
