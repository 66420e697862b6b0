"""README.md's configuration tables list every server setting, and only real ones.

The names come from the ``Settings`` class (``RECOVERY_`` + the field name) and the
options from ``recovery-server serve --help``'s parser, so a setting added without a
row, a row for a setting that is gone, or a wrong option column fails here.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from recovery_app.server.cli import build_parser
from recovery_app.server.settings import Settings

README = Path(__file__).resolve().parents[2] / "README.md"
# Variables of the client, not the server; they may appear in the section's prose.
CLIENT_VARIABLES = {"RECOVERY_SERVER_URL", "RECOVERY_CLIENT_SETTINGS"}


def _configuration_rows() -> dict[str, str]:
    """variable → its option cell, from every table row of README's "## Configuration"."""
    text = README.read_text(encoding="utf-8")
    start = text.index("\n## Configuration\n")
    end = text.find("\n## ", start + 1)
    rows: dict[str, str] = {}
    for line in text[start : end if end != -1 else None].splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.startswith("|") or len(cells) < 4:
            continue
        variable = re.fullmatch(r"`(RECOVERY_[A-Z0-9_]+)`", cells[0])
        if variable:
            rows[variable[1]] = cells[1]
    return rows


def _env_name(field: str) -> str:
    prefix = str(Settings.model_config.get("env_prefix", ""))
    return (prefix + field).upper()


def _serve_options() -> dict[str, str]:
    """setting name → its ``recovery-server serve`` option string."""
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    serve = commands.choices["serve"]
    return {
        action.dest: action.option_strings[0]
        for action in serve._actions
        if action.option_strings and action.dest != "help"
    }


def test_every_setting_has_a_row_in_the_readme_configuration_table() -> None:
    rows = _configuration_rows()
    missing = [_env_name(name) for name in Settings.model_fields if _env_name(name) not in rows]
    assert missing == [], f"README.md's configuration table has no row for {missing}"


def test_every_row_in_the_table_is_a_real_setting() -> None:
    known = {_env_name(name) for name in Settings.model_fields}
    stale = sorted(set(_configuration_rows()) - known - CLIENT_VARIABLES)
    assert stale == [], f"README.md lists settings the server does not have: {stale}"


def test_the_option_column_names_exactly_the_serve_options() -> None:
    rows = _configuration_rows()
    options = _serve_options()
    assert options, "recovery-server serve has no options?"
    for name in Settings.model_fields:
        cell = rows.get(_env_name(name))
        if cell is None:
            continue  # reported by the test above
        flag = options.get(name)
        if flag is None:
            assert "--" not in cell, (
                f"{_env_name(name)} is environment-only, the README says {cell}"
            )
        else:
            assert re.search(rf"`{re.escape(flag)}\b", cell), (
                f"{_env_name(name)} is also {flag}, the README's option column says {cell!r}"
            )
    # Every serve option is a setting (it is passed to Settings by name).
    assert set(options) <= set(Settings.model_fields)
