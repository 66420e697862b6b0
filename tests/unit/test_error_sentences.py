"""The refusals the server gives an attacker's victim or a busy server a person can meet
(issue 11) have their own sentence in the client, in every language, not "Something went
wrong"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from ui.messages import _MESSAGES, message_for

ROOT = Path(__file__).resolve().parents[2]
CODES = ("guess_budget_spent", "image_too_large", "server_busy", "rate_limited")


@pytest.mark.parametrize("code", CODES)
def test_each_refusal_has_its_own_sentence(code: str) -> None:
    assert message_for(code) != message_for(None)


@pytest.mark.parametrize("language", ["pl", "de", "fr", "ru"])
def test_each_refusal_sentence_is_translated(language: str) -> None:
    tree = ET.parse(ROOT / "resources" / "translations" / f"recovery_{language}.ts")
    translated = {
        m.findtext("source"): (m.findtext("translation") or "", m.find("translation"))
        for ctx in tree.getroot()
        if ctx.findtext("name") == "ErrorMessages"
        for m in ctx.iter("message")
    }
    for code in CODES:
        text, element = translated[_MESSAGES[code]]
        assert text.strip() and text != _MESSAGES[code], (language, code)
        assert element is not None and element.get("type") != "unfinished", (language, code)
