"""Settings come from RECOVERY_* variables; command-line options win over them."""

from __future__ import annotations

from pathlib import Path

import pytest

from recovery_app.server.cli import ConfigError, build_parser, settings_from


def test_environment_variables_configure_the_server(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RECOVERY_PORT", "9123")
    monkeypatch.setenv("RECOVERY_DATA_DIR", str(tmp_path))
    monkeypatch.setenv("RECOVERY_REDIS_URL", "redis://127.0.0.1:6379/3")
    settings = settings_from(build_parser().parse_args(["serve"]))
    assert settings.port == 9123
    assert settings.data_dir == tmp_path
    assert settings.redis_url == "redis://127.0.0.1:6379/3"
    assert settings.effective_database_url.endswith(f"{tmp_path}/recovery.db")


def test_command_line_option_wins_over_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("RECOVERY_PORT", "9123")
    settings = settings_from(build_parser().parse_args(["serve", "--port", "9200"]))
    assert settings.port == 9200


def test_invalid_value_is_a_config_error_naming_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RECOVERY_PORT", "99999")
    with pytest.raises(ConfigError, match="port"):
        settings_from(build_parser().parse_args(["serve"]))


def test_reset_links_use_the_configured_base_url() -> None:
    settings = settings_from(build_parser().parse_args(["serve"]))
    assert settings.effective_public_base_url == "http://127.0.0.1:8000"
    configured = settings.model_copy(update={"public_base_url": "https://help.example.com/"})
    assert configured.effective_public_base_url == "https://help.example.com"
