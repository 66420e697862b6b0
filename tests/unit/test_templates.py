"""Notification templates: complete in every language, and only the right ones carry secrets."""

from __future__ import annotations

import re
import string
from typing import Any

import pytest

from recovery_app.delivery.templates import (
    LANGUAGES,
    LINK_PARAMS,
    TEMPLATE_PARAMS,
    catalog,
    render,
)

CODE_TEMPLATES = {"verification_code", "reply_contact_code"}
# Anything a mail client could turn into a link, outside a placeholder.
LINK_LIKE = re.compile(
    r"(?i)(https?:|://|\bwww\.|\b[a-z0-9-]+\.(?:com|net|org|io|app|dev|info|ru|pl|de|fr)\b)"
)

SAMPLE: dict[str, Any] = {
    "code": "493027",
    "minutes": 10,
    "name": "Ada Lovelace",
    "link": "https://recovery.example/reset/opaque-token",
    "case_ref": "RC-7Q2M",
    "cancel_link": "https://recovery.example/cancel/opaque-token",
    "change": "a new phone number",
    "when": "2025-03-04 12:00 UTC",
}


def params_for(template: str) -> dict[str, Any]:
    return {name: SAMPLE[name] for name in TEMPLATE_PARAMS[template]}


def placeholders(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (field, spec, conversion)
        for _, field, spec, conversion in string.Formatter().parse(text)
        if field is not None
    ]


def names(text: str) -> set[str]:
    return {field for field, _, _ in placeholders(text)}


ALL = [(lang, name) for lang in LANGUAGES for name in TEMPLATE_PARAMS]


@pytest.mark.parametrize(("language", "template"), ALL)
def test_every_template_exists_with_exactly_the_declared_placeholders(
    language: str, template: str
) -> None:
    texts = catalog(language)[template]
    assert names(texts["body"]) == TEMPLATE_PARAMS[template]
    assert names(texts["subject"]) <= TEMPLATE_PARAMS[template]
    for field, spec, conversion in placeholders(texts["subject"] + texts["body"]):
        assert field.isidentifier(), "plain names only: no attribute or index access"
        assert (spec, conversion) == ("", None)


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_language_has_templates_english_lacks_or_the_reverse(language: str) -> None:
    assert set(catalog(language)) == set(TEMPLATE_PARAMS)


def test_only_the_code_templates_carry_a_code() -> None:
    carriers = {name for name, params in TEMPLATE_PARAMS.items() if "code" in params}
    assert carriers == CODE_TEMPLATES
    for language in LANGUAGES:
        for name, texts in catalog(language).items():
            assert ("code" in names(texts["body"])) == (name in CODE_TEMPLATES)


def test_only_the_reset_message_carries_the_reset_link() -> None:
    carriers = {name for name, params in TEMPLATE_PARAMS.items() if "link" in params}
    assert carriers == {"password_reset_link"}
    assert "code" not in TEMPLATE_PARAMS["password_reset_link"]
    for language in LANGUAGES:
        for name, texts in catalog(language).items():
            assert ("link" in names(texts["body"])) == (name == "password_reset_link")


@pytest.mark.parametrize(("language", "template"), ALL)
def test_no_template_writes_a_link_of_its_own(language: str, template: str) -> None:
    texts = catalog(language)[template]
    for text in (texts["subject"], texts["body"]):
        literal = "".join(part for part, *_ in string.Formatter().parse(text))
        assert LINK_LIKE.search(literal) is None
        assert re.search(r"\d{4,}", literal) is None, "no hard-coded codes or numbers"


@pytest.mark.parametrize(("language", "template"), ALL)
def test_subjects_never_show_a_code_or_a_link(language: str, template: str) -> None:
    # Subjects appear in notification previews on lock screens.
    assert not names(catalog(language)[template]["subject"]) & ({"code"} | LINK_PARAMS)


def test_render_fills_in_the_parameters() -> None:
    message = render("verification_code", "en", params_for("verification_code"))
    assert message.subject == "Your Recovery Desk code"
    assert "Your Recovery Desk code is 493027. It expires in 10 minutes." in message.body
    assert "Nobody from support will ever ask you for it." in message.body
    assert message.body.startswith("Hello Ada Lovelace,")


def test_render_uses_the_language_asked_for() -> None:
    message = render("case_frozen", "pl", params_for("case_frozen"))
    assert "RC-7Q2M" in message.body
    assert "zamrożona" in message.body
    assert render("case_frozen", "de-AT", params_for("case_frozen")).subject == (
        "Ihr Wiederherstellungsfall ist eingefroren"
    )
    assert render("case_frozen", "ru_RU", params_for("case_frozen")).body.startswith(
        "Здравствуйте, Ada Lovelace!"
    )


@pytest.mark.parametrize("language", ["xx", "", "es", "zh-Hant"])
def test_unknown_languages_fall_back_to_english(language: str) -> None:
    params = params_for("recovery_started")
    assert render("recovery_started", language, params) == render("recovery_started", "en", params)


def test_render_refuses_a_missing_parameter() -> None:
    params = params_for("password_reset_link")
    del params["minutes"]
    with pytest.raises(ValueError, match="missing: minutes"):
        render("password_reset_link", "en", params)


def test_render_refuses_an_extra_parameter_without_echoing_values() -> None:
    params = params_for("recovery_started") | {"code": "493027"}
    with pytest.raises(ValueError, match="not allowed: code") as caught:
        render("recovery_started", "en", params)
    assert "493027" not in str(caught.value)


def test_render_refuses_an_unknown_template() -> None:
    with pytest.raises(ValueError, match="unknown template"):
        render("free_text", "en", {})


@pytest.mark.parametrize("link", ["javascript:alert(1)", "recovery.example/x", "https://a b"])
def test_render_refuses_a_link_that_is_not_an_http_url(link: str) -> None:
    params = params_for("password_reset_link") | {"link": link}
    with pytest.raises(ValueError, match="'link' must be an http"):
        render("password_reset_link", "en", params)


def test_a_name_cannot_smuggle_a_link_or_a_line_into_a_notification() -> None:
    # An attacker who took over an account can rename it before the owner is notified.
    params = params_for("change_done") | {
        "name": "Ada\r\nVisit https://evil.example or evil.example now\u202e"
    }
    body = render("change_done", "en", params).body
    first_line = body.splitlines()[0]
    assert first_line.startswith("Hello Ada Visit https[:]//evil[.]example or evil[.]example")
    assert "evil.example" not in body
    assert "\u202e" not in body
    assert "https://recovery.example/cancel/opaque-token" in body


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_restore_action_has_words_in_every_language(language: str) -> None:
    from recovery_app.delivery.templates import change_label
    from recovery_app.domain.model import RestoreAction

    for action in RestoreAction:
        label = change_label(action.value, language)
        assert label != action.value
        assert "_" not in label
    rendered = render(
        "change_done",
        language,
        {"change": "remove_contact", "name": "Ann", "cancel_link": "https://x.test/c/1"},
    )
    assert change_label("remove_contact", language) in rendered.body
