"""Schemathesis over /openapi.json, with every check, as a requester, an agent and a supervisor.

The published schema is the contract (issue 11 point 6): a request the schema
calls valid is accepted, one it calls invalid is refused with a 4xx, every
response matches the schema, no 5xx. Each operation runs 25 derandomized
examples per role, so the three runs stay within a few minutes.

The schema is loaded at import time from an app on a fresh, migrated SQLite
file (``schemathesis.pytest.from_fixture`` does not work with pytest 9.2:
it reads ``Function._nodeid``, which pytest removed). The file is seeded with
an agent and a supervisor signed in and a case in chat with the agent, and
requests that name a case use that case's reference, so they reach the checks
behind it instead of stopping at 404.
"""

from __future__ import annotations

import asyncio
import atexit
import shutil
import tempfile
from pathlib import Path

import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import ignored_auth

from recovery_app.domain.model import Role
from recovery_app.security import totp
from recovery_app.server.app import create_app
from recovery_app.services import agents
from recovery_app.services.context import Caller
from tests.bench.platform import seed
from tests.support.accounts import services_for
from tests.support.live_server import migrate_to_head, test_settings

_DATA = Path(tempfile.mkdtemp(prefix="recovery-fuzz-"))
atexit.register(shutil.rmtree, _DATA, ignore_errors=True)
_SETTINGS = test_settings(_DATA)
_PASSWORD = "a long unrelated passphrase 42"


async def _seed() -> tuple[str, str, str, str]:
    """(case reference, case token, agent token, supervisor token)."""
    await migrate_to_head(_SETTINGS)
    seeded = await seed(_DATA, agents_count=1, cases_in_chat=1)
    reference, case_token, agent_id = seeded.cases[0]
    assert agent_id is not None
    async with services_for(_SETTINGS) as services:
        _, secret = await agents.create_agent(
            services,
            "fuzz.supervisor",
            "Fuzz Supervisor",
            Role.SUPERVISOR,
            _PASSWORD,
        )
        signed = await agents.sign_in(
            services,
            "fuzz.supervisor",
            _PASSWORD,
            totp.code_at(secret, totp.current_step()),
            Caller("127.0.0.1"),
        )
    return reference, case_token, seeded.agent_tokens[agent_id], signed.token


REFERENCE, CASE_TOKEN, AGENT_TOKEN, SUPERVISOR_TOKEN = asyncio.run(_seed())

schema = schemathesis.openapi.from_asgi("/openapi.json", create_app(_SETTINGS))

FUZZ = settings(
    max_examples=25,
    derandomize=True,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def _call(case: schemathesis.Case, token: str) -> None:
    excluded = []
    if case.path_parameters and "reference" in case.path_parameters:
        case.path_parameters["reference"] = REFERENCE
        if case.path.startswith("/api/v1/cases/"):
            # By design a wrong case token gets the same 404 as an unknown case, so the
            # answer never tells whether a reference exists (check 10); ignored_auth
            # wants 401/403 there. A missing token gets 401 (ST203 here, and
            # tests/security/test_schema_is_the_contract.py).
            excluded.append(ignored_auth)
    case.call_and_validate(headers={"Authorization": f"Bearer {token}"}, excluded_checks=excluded)


@schema.parametrize()
@FUZZ
def test_api_keeps_its_schema_contract_for_a_requester(case: schemathesis.Case) -> None:
    _call(case, CASE_TOKEN)


@schema.parametrize()
@FUZZ
def test_api_keeps_its_schema_contract_for_an_agent(case: schemathesis.Case) -> None:
    _call(case, AGENT_TOKEN)


@schema.parametrize()
@FUZZ
def test_api_keeps_its_schema_contract_for_a_supervisor(case: schemathesis.Case) -> None:
    _call(case, SUPERVISOR_TOKEN)
