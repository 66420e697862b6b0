"""Notification texts: one JSON file per language in ``resources/templates``.

Each file maps a template name to ``{"subject": ..., "body": ...}`` with
``str.format`` placeholders. The subject is used for e-mail only; an SMS is the
body. Every template declares exactly which parameters it takes
(:data:`TEMPLATE_PARAMS`); :func:`render` refuses anything else, so a code or a
link can only reach the templates written to carry it (security check 20).
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

DEFAULT_LANGUAGE = "en"
LANGUAGES: tuple[str, ...] = ("en", "pl", "de", "fr", "ru")

TEMPLATE_PARAMS: dict[str, frozenset[str]] = {
    # The only two messages that carry a code.
    "verification_code": frozenset({"code", "minutes", "name"}),
    "reply_contact_code": frozenset({"code", "minutes"}),
    # The only message that carries a link that grants anything (a one-time reset).
    "password_reset_link": frozenset({"link", "minutes", "name"}),
    # "This wasn't me" notices: their cancel link freezes a case and grants no access.
    "recovery_started": frozenset({"case_ref", "cancel_link", "name"}),
    "change_scheduled": frozenset({"change", "when", "cancel_link", "name"}),
    "change_done": frozenset({"change", "name", "cancel_link"}),
    "case_frozen": frozenset({"case_ref", "name"}),
}

LINK_PARAMS = frozenset({"link", "cancel_link"})
# Text someone other than us may have chosen (an attacker can rename a hacked account).
_FREE_TEXT_PARAMS = frozenset({"name"})
_FREE_TEXT_MAX = 100
_LINK = re.compile(r"https?://[^\s<>\"']+")
# Direction overrides can make "elpmaxe.live" read as "evil.example".
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_DOT_BETWEEN_WORDS = re.compile(r"(?<=\w)\.(?=\w)")


@dataclass(frozen=True, slots=True)
class RenderedMessage:
    """A message ready to send: ``subject`` (e-mail only) and ``body`` (also the SMS text)."""

    subject: str
    body: str


def render(template: str, language: str, params: Mapping[str, Any]) -> RenderedMessage:
    """The message ``template`` in ``language`` (English when we lack it), filled with ``params``.

    Raises ValueError for an unknown template, for parameters that are not
    exactly the declared ones, or for a link that is not an http(s) URL. Error
    messages name parameters, never their values.
    """
    declared = TEMPLATE_PARAMS.get(template)
    if declared is None:
        raise ValueError(f"unknown template {template!r}")
    _check_names(template, declared, params)
    values = {name: _clean(name, value) for name, value in params.items()}
    if "change" in values:  # a restore action's code, told in the reader's language
        values["change"] = change_label(str(params["change"]), language)
    text = _texts(template, language)
    return RenderedMessage(
        subject=text["subject"].format_map(values), body=text["body"].format_map(values)
    )


def change_label(action: str, language: str) -> str:
    """A restore action (``"remove_contact"``) as words in ``language``."""
    labels = _change_labels()
    own = labels.get(normalize_language(language), {})
    return own.get(action) or labels[DEFAULT_LANGUAGE].get(action) or action.replace("_", " ")


@functools.cache
def _change_labels() -> dict[str, dict[str, str]]:
    path = resources.files("resources") / "templates" / "changes.json"
    labels: dict[str, dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return labels


def normalize_language(language: str) -> str:
    """``"pl-PL"`` → ``"pl"``; anything we have no texts for → English."""
    primary = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return primary if primary in LANGUAGES else DEFAULT_LANGUAGE


def catalog(language: str) -> Mapping[str, Mapping[str, str]]:
    """Every template of one shipped language, as loaded from its JSON file (cached)."""
    return _load_catalog(normalize_language(language))


def _check_names(template: str, declared: frozenset[str], params: Mapping[str, Any]) -> None:
    given = frozenset(params)
    if given != declared:
        missing = ", ".join(sorted(declared - given)) or "none"
        extra = ", ".join(sorted(given - declared)) or "none"
        raise ValueError(
            f"template {template!r} takes exactly {sorted(declared)}; "
            f"missing: {missing}; not allowed: {extra}"
        )


def _clean(name: str, value: Any) -> str:
    """One parameter as it may appear in a message: one line, links checked, names defused."""
    text = "".join(
        " " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch
        for ch in str(value)
        if ch not in _BIDI_CONTROLS
    )
    text = " ".join(text.split())
    if name in LINK_PARAMS and _LINK.fullmatch(text) is None:
        raise ValueError(f"parameter {name!r} must be an http(s) URL")
    if name in _FREE_TEXT_PARAMS:
        # Mail clients turn "evil.example" into a link; "evil[.]example" stays text.
        text = _DOT_BETWEEN_WORDS.sub("[.]", text[:_FREE_TEXT_MAX]).replace("://", "[:]//")
    return text


def _texts(template: str, language: str) -> Mapping[str, str]:
    texts = catalog(language).get(template)
    return texts if texts is not None else _load_catalog(DEFAULT_LANGUAGE)[template]


@functools.cache
def _load_catalog(language: str) -> Mapping[str, Mapping[str, str]]:
    source = resources.files("resources") / "templates" / f"notifications.{language}.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"notifications.{language}.json must hold an object")
    return {name: _entry(language, name, entry) for name, entry in data.items()}


def _entry(language: str, name: str, entry: object) -> Mapping[str, str]:
    if not (
        isinstance(entry, dict)
        and isinstance(entry.get("subject"), str)
        and isinstance(entry.get("body"), str)
    ):
        raise ValueError(f"notifications.{language}.json: {name!r} needs a subject and a body")
    return {"subject": entry["subject"], "body": entry["body"]}
