"""Parsing client frames and building server frames, without echoing what was sent.

A frame that cannot be used becomes a :class:`FrameError` with a stable code and
a sentence; the sentence names fields, never their values (a value may be a token).
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import ValidationError

from recovery_app.schemas.live import CLIENT_FRAME, CLIENT_TYPES, MAX_CLIENT_ID, ClientFrame


class FrameError(Exception):
    """A frame the server will not act on; becomes an ``error`` frame."""

    def __init__(self, code: str, detail: str, ref: str | None = None) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.ref = ref

    def frame(self) -> dict[str, Any]:
        return error_frame(self.code, self.detail, self.ref)


def error_frame(code: str, detail: str, ref: str | None = None) -> dict[str, Any]:
    frame: dict[str, Any] = {"type": "error", "code": code, "detail": detail}
    if ref is not None:
        frame["ref"] = ref
    return frame


def dumps(frame: dict[str, Any]) -> str:
    """Compact JSON text of a frame (UTF-8 kept as is; anything odd as a string)."""
    return json.dumps(frame, separators=(",", ":"), ensure_ascii=False, default=str)


def parse(text: str) -> ClientFrame:
    """The client frame in ``text``, or :class:`FrameError`."""
    try:
        return CLIENT_FRAME.validate_json(text)
    except ValidationError as exc:
        raise _explain(text, exc) from None


def _explain(text: str, exc: ValidationError) -> FrameError:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return FrameError("bad_json", "The frame is not valid JSON. Send one JSON object.")
    if not isinstance(data, dict):
        return FrameError("bad_json", "The frame must be a JSON object with a 'type'.")
    ref = _ref(data)
    kind = data.get("type")
    if not isinstance(kind, str) or kind not in CLIENT_TYPES:
        return FrameError(
            "unknown_type",
            "The frame type is missing or unknown. Use auth, resume, send, typing, "
            "receipt, presence, ping or pong.",
            ref,
        )
    fields = sorted(
        {
            ".".join(str(p) for p in error["loc"] if not _is_union_tag(p)) or "frame"
            for error in exc.errors(include_url=False, include_input=False)
        }
    )
    names = ", ".join(fields[:5])
    return FrameError(
        "bad_frame", f"The '{kind}' frame has a missing or invalid field: {names}.", ref
    )


def _is_union_tag(part: object) -> bool:
    # pydantic puts the discriminator value (e.g. 'send') in the error location
    return isinstance(part, str) and part in CLIENT_TYPES | {"requester", "agent"}


def _ref(data: dict[str, Any]) -> str | None:
    ref = data.get("client_id")
    if isinstance(ref, str) and 0 < len(ref) <= MAX_CLIENT_ID:
        return ref
    return None


def peek_ref(text: str) -> str | None:
    """The client id of a frame, if it has a usable one (for errors about it)."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        return None
    return _ref(data) if isinstance(data, dict) else None
