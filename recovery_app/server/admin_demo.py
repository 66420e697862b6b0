"""``recovery-server seed-demo``: migrate, then fill the database with the demo platform.

Prints a readable summary (agents' passwords and TOTP secrets, who the demo
people are) and writes everything to ``DATA_DIR/demo.json`` (mode 0600), the
file ``make demo`` and ``make screenshots`` read. Runs once per database: a
second run exits 1 and changes nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys

from recovery_app.server.admin_agents import open_admin_services
from recovery_app.server.cli import EXIT_FAILED, EXIT_OK
from recovery_app.server.runner import migrate_database
from recovery_app.server.settings import Settings
from recovery_app.services.demo_seed import (
    DemoAlreadySeededError,
    seed_demo,
    summary,
    write_demo_json,
)


def run_seed_demo(settings: Settings, args: argparse.Namespace) -> int:
    """Run the command; returns the exit code (configuration errors raise, exit 2)."""
    del args
    return asyncio.run(_seed(settings))


async def _seed(settings: Settings) -> int:
    await migrate_database(settings, quiet=True)
    async with open_admin_services(settings) as services:
        try:
            demo = await seed_demo(services)
        except DemoAlreadySeededError as exc:
            print(f"recovery-server: {exc}", file=sys.stderr)
            return EXIT_FAILED
    path = write_demo_json(settings.data_dir, demo)
    print(summary(demo, path))
    sys.stdout.flush()
    return EXIT_OK
