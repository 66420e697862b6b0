"""``recovery-server seed-demo``: a believable demo platform (DESIGN §6).

What it creates, through the same storage helpers the platform and the tests use
(:mod:`recovery_app.storage.accounts_admin`, the directory, the agent and the
platform sign-in services), so every row is a real one:

- ``lena.fischer``: hacked two days ago. The attacker removed her e-mail and
  phone (added, verified, two years ago), added their own, enrolled a new
  authenticator, registered a "Windows PC" and holds an open platform session
  from it. Each change is a security event by an unknown actor.
- ``oliver.brandt``: a verified subscriber who lost his authenticator; he still
  has his paper backup codes (printed).
- ``ana.souza``: a free-tier user who forgot her password; her authenticator
  still works (its secret is printed so the demo can produce codes).
- ``dmitri.volkov``: suspended five days ago by an automatic check; he can
  appeal by opening a case in the user window.
- agents ``maria`` (Maria Nowak) and ``tomasz`` (Tomasz Wiśniewski), and the
  supervisor ``sam`` (Sam Okafor), each with a generated password and a TOTP seed.

No case is opened in advance: a queued case would be routed to the first agent
who comes online and the walks of ``make screenshots`` open their own cases.

Secrets leave only in the returned :class:`DemoPlatform` (written to
``DATA_DIR/demo.json``, mode 0600, and printed by the command), except the
attacker's session and device tokens, which are kept nowhere: the attacker
simply stays signed in until an agent revokes the session.

Seeding twice is refused (:class:`DemoAlreadySeededError`): the accounts and
agents would collide, and a second run cannot know the first run's passwords.
Start from an empty database (``make demo`` always does).
"""

from __future__ import annotations

import dataclasses
import json
import os
import secrets
import string
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.model import AccountStatus, Actor, ContactKind, Role, Subscription
from recovery_app.security import totp
from recovery_app.services import agents, platform
from recovery_app.services.context import Caller, Services
from recovery_app.storage import accounts_admin
from recovery_app.storage.directory import SqlAccountDirectory, normalize_identifier
from recovery_app.storage.models import Account, Agent

__all__ = [
    "DEMO_ACCOUNTS",
    "DEMO_AGENTS",
    "DemoAlreadySeededError",
    "DemoPlatform",
    "demo_password",
    "seed_demo",
    "summary",
    "write_demo_json",
]

DEMO_FILE = "demo.json"

# (username, display name, role)
DEMO_AGENTS: tuple[tuple[str, str, Role], ...] = (
    ("maria", "Maria Nowak", Role.AGENT),
    ("tomasz", "Tomasz Wiśniewski", Role.AGENT),
    ("sam", "Sam Okafor", Role.SUPERVISOR),
)
DEMO_ACCOUNTS = ("lena.fischer", "oliver.brandt", "ana.souza", "dmitri.volkov")

# Where the attacker came from: an address from the documentation range (RFC 5737).
ATTACKER_IP = "203.0.113.77"
ATTACKER_UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
    "(KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36"
)
LENA_UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1"
)


class DemoAlreadySeededError(Exception):
    """The database already holds demo accounts or agents."""


@dataclass
class DemoPlatform:
    """What the demo hands to the person running it (the ``demo.json`` contract)."""

    agents: list[dict[str, Any]] = field(default_factory=list)
    accounts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def as_json(self) -> dict[str, Any]:
        return {"agents": self.agents, "accounts": self.accounts}


def demo_password() -> str:
    """A password one can read off a terminal and type: 4 groups of 5 (≈ 100 bits)."""
    alphabet = string.ascii_lowercase + string.digits
    return "-".join("".join(secrets.choice(alphabet) for _ in range(5)) for _ in range(4))


def _phone(value: str) -> str:
    return normalize_identifier(value)[1]


async def _already_seeded(services: Services) -> bool:
    async with services.read() as session:
        accounts = await session.scalar(
            select(func.count(Account.id)).where(Account.handle.in_(DEMO_ACCOUNTS))
        )
        staff = await session.scalar(
            select(func.count(Agent.id)).where(Agent.username.in_([a[0] for a in DEMO_AGENTS]))
        )
    return bool(accounts) or bool(staff)


async def seed_demo(services: Services) -> DemoPlatform:
    """Create the demo platform; raises :class:`DemoAlreadySeededError` on a second run."""
    if await _already_seeded(services):
        raise DemoAlreadySeededError(
            "This database already holds the demo accounts and agents; seed-demo runs once "
            "per database. Their passwords and secrets were written to demo.json in the data "
            "folder of the first run. For a fresh demo, use an empty database (make demo "
            "always starts from one)."
        )
    demo = DemoPlatform()
    for username, name, role in DEMO_AGENTS:
        password = demo_password()
        _, seed = await agents.create_agent(services, username, name, role, password)
        demo.agents.append(
            {
                "username": username,
                "display_name": name,
                "role": role.value,
                "password": password,
                "totp_secret": seed,
            }
        )
    demo.accounts["hacked"] = await _hacked(services)
    demo.accounts["subscriber"] = await _subscriber(services)
    demo.accounts["free"] = await _free(services)
    demo.accounts["suspended"] = await _suspended(services)
    return demo


async def _hacked(services: Services) -> dict[str, Any]:
    """Lena: e-mail, phone and authenticator changed by someone else two days ago."""
    keys, box = services.keys, services.box
    now = services.clock.now()
    joined, factor_added = now - timedelta(days=731), now - timedelta(days=402)
    attack = now - timedelta(days=2, hours=3, minutes=17)
    email, phone = "lena.fischer@example.org", _phone("+49 151 2345 6789")
    attacker_email, attacker_phone = "lena.fischer.secure@example.net", _phone("+44 7700 900461")
    password = demo_password()  # the attacker has it; nobody else needs it
    async with services.write() as session:
        account = await accounts_admin.create_account(
            session,
            keys,
            box,
            handle="lena.fischer",
            display_name="Lena Fischer",
            password=password,
            language="de",
            created_at=joined,
        )
        old_email = await accounts_admin.add_contact(
            session, account.id, ContactKind.EMAIL, email, added_at=joined
        )
        old_phone = await accounts_admin.add_contact(
            session, account.id, ContactKind.PHONE, phone, added_at=joined + timedelta(days=3)
        )
        await accounts_admin.enroll_totp(session, box, account.id, at=factor_added)
        await accounts_admin.register_device(
            session,
            keys,
            account.id,
            "Lena's iPhone",
            joined + timedelta(days=1),
            "198.51.100.23",
            user_agent=LENA_UA,
        )
        await accounts_admin.register_device(
            session,
            keys,
            account.id,
            "MacBook Air (Firefox)",
            now - timedelta(days=250),
            "198.51.100.23",
            user_agent="Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:132.0) Firefox/132.0",
        )
        # The attack: a new device first, then the contacts and the authenticator.
        _, attacker_device_token = await accounts_admin.register_device(
            session,
            keys,
            account.id,
            "Windows PC (Chrome)",
            attack,
            ATTACKER_IP,
            user_agent=ATTACKER_UA,
            actor=Actor.UNKNOWN,
        )
        minutes = timedelta(minutes=1)
        await accounts_admin.add_contact(
            session,
            account.id,
            ContactKind.EMAIL,
            attacker_email,
            added_at=attack + 4 * minutes,
            added_by=Actor.UNKNOWN,
        )
        await SqlAccountDirectory(
            session, keys, box, FrozenClock(attack + 5 * minutes)
        ).remove_contact(account.id, old_email.id, Actor.UNKNOWN)
        await accounts_admin.add_contact(
            session,
            account.id,
            ContactKind.PHONE,
            attacker_phone,
            added_at=attack + 7 * minutes,
            added_by=Actor.UNKNOWN,
        )
        await SqlAccountDirectory(
            session, keys, box, FrozenClock(attack + 8 * minutes)
        ).remove_contact(account.id, old_phone.id, Actor.UNKNOWN)
        attacker_seed = await accounts_admin.enroll_totp(
            session, box, account.id, at=attack + 11 * minutes, by=Actor.UNKNOWN
        )
    # The attacker signs in on their device with the stolen password and their own
    # authenticator, through the real platform sign-in. The session dates from the
    # attack; its token is kept nowhere.
    attacker = dataclasses.replace(services, clock=FrozenClock(attack + 12 * minutes))
    await platform.sign_in(
        attacker,
        identifier="lena.fischer",
        password=password,
        totp_code=totp.code_at(attacker_seed, totp.current_step()),
        device_token=attacker_device_token,
        caller=Caller(ATTACKER_IP, ATTACKER_UA),
    )
    return {
        "handle": "lena.fischer",
        "display_name": "Lena Fischer",
        "email": email,
        "phone": phone,
        "attacker_email": attacker_email,
        "attacker_phone": attacker_phone,
    }


async def _subscriber(services: Services) -> dict[str, Any]:
    """Oliver: a verified subscriber whose phone (with the authenticator) is gone."""
    keys, box = services.keys, services.box
    now = services.clock.now()
    joined = now - timedelta(days=1400)
    email, phone = "oliver.brandt@example.com", _phone("+49 170 555 0142")
    async with services.write() as session:
        account = await accounts_admin.create_account(
            session,
            keys,
            box,
            handle="oliver.brandt",
            display_name="Oliver Brandt",
            password=demo_password(),
            language="en",
            subscription=Subscription.VERIFIED,
            subscription_expires_at=now + timedelta(days=214),
            created_at=joined,
        )
        await accounts_admin.add_contact(
            session, account.id, ContactKind.EMAIL, email, added_at=joined
        )
        await accounts_admin.add_contact(
            session, account.id, ContactKind.PHONE, phone, added_at=joined + timedelta(days=30)
        )
        await accounts_admin.enroll_totp(session, box, account.id, at=now - timedelta(days=600))
        codes = await accounts_admin.issue_backup_codes(
            session, keys, account.id, 10, at=now - timedelta(days=600)
        )
        await accounts_admin.register_device(
            session,
            keys,
            account.id,
            "ThinkPad (Firefox)",
            now - timedelta(days=320),
            "192.0.2.41",
            user_agent="Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
        )
    return {
        "handle": "oliver.brandt",
        "display_name": "Oliver Brandt",
        "email": email,
        "phone": phone,
        "subscriber": True,
        "backup_codes": codes,
    }


async def _free(services: Services) -> dict[str, Any]:
    """Ana: free tier, forgot her password; her authenticator app still works."""
    keys, box = services.keys, services.box
    now = services.clock.now()
    joined = now - timedelta(days=540)
    email, phone = "ana.souza@example.com", _phone("+351 912 345 678")
    async with services.write() as session:
        account = await accounts_admin.create_account(
            session,
            keys,
            box,
            handle="ana.souza",
            display_name="Ana Souza",
            password=demo_password(),
            language="en",
            created_at=joined,
        )
        await accounts_admin.add_contact(
            session, account.id, ContactKind.EMAIL, email, added_at=joined
        )
        await accounts_admin.add_contact(
            session, account.id, ContactKind.PHONE, phone, added_at=joined + timedelta(days=12)
        )
        seed = await accounts_admin.enroll_totp(
            session, box, account.id, at=now - timedelta(days=200)
        )
    return {
        "handle": "ana.souza",
        "display_name": "Ana Souza",
        "email": email,
        "phone": phone,
        "totp_secret": seed,
    }


async def _suspended(services: Services) -> dict[str, Any]:
    """Dmitri: suspended five days ago by an automatic check; he wants to appeal."""
    keys, box = services.keys, services.box
    now = services.clock.now()
    joined = now - timedelta(days=980)
    email, phone = "dmitri.volkov@example.org", _phone("+372 5123 4567")
    async with services.write() as session:
        account = await accounts_admin.create_account(
            session,
            keys,
            box,
            handle="dmitri.volkov",
            display_name="Dmitri Volkov",
            password=demo_password(),
            language="ru",
            created_at=joined,
        )
        await accounts_admin.add_contact(
            session, account.id, ContactKind.EMAIL, email, added_at=joined
        )
        await accounts_admin.add_contact(
            session, account.id, ContactKind.PHONE, phone, added_at=joined + timedelta(days=2)
        )
        directory = SqlAccountDirectory(
            session, keys, box, FrozenClock(now - timedelta(days=5, hours=6))
        )
        await directory.set_status(account.id, AccountStatus.SUSPENDED, Actor.SYSTEM)
    return {
        "handle": "dmitri.volkov",
        "display_name": "Dmitri Volkov",
        "email": email,
        "phone": phone,
    }


def write_demo_json(data_dir: Path, demo: DemoPlatform) -> Path:
    """``data_dir/demo.json``, readable by its owner only (it holds passwords and seeds)."""
    data_dir.mkdir(parents=True, exist_ok=True)
    path = data_dir / DEMO_FILE
    text = json.dumps(demo.as_json(), indent=2, ensure_ascii=False) + "\n"
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    os.chmod(path, 0o600)
    return path


def summary(demo: DemoPlatform, path: Path) -> str:
    """What the person running the demo reads: who is who, and how to sign in."""
    accounts = demo.accounts
    hacked, sub, free, susp = (
        accounts["hacked"],
        accounts["subscriber"],
        accounts["free"],
        accounts["suspended"],
    )
    lines = [
        "Demo platform created.",
        "",
        "Support staff (agent mode: user name, password, then the code from an "
        "authenticator app holding the secret):",
    ]
    for agent in demo.agents:
        lines.append(
            f"  {agent['username']:<7} {agent['display_name']} ({agent['role']})"
            f"  password {agent['password']}"
        )
        lines.append(f"          TOTP secret {agent['totp_secret']}")
        lines.append(f"          {agents.enrolment_uri(agent['username'], agent['totp_secret'])}")
    lines += [
        "",
        "People who need help (user mode):",
        f"  {hacked['handle']}: hacked two days ago. Her own e-mail {hacked['email']} and "
        f"phone {hacked['phone']}",
        f"      were replaced by {hacked['attacker_email']} and {hacked['attacker_phone']}; "
        "the attacker also enrolled",
        "      a new authenticator and is still signed in from a Windows PC.",
        f"  {sub['handle']}: verified subscriber, lost his authenticator; e-mail "
        f"{sub['email']}, phone {sub['phone']}.",
        "      He found his paper backup codes: " + ", ".join(sub["backup_codes"][:3]) + ", ...",
        f"  {free['handle']}: free tier, forgot her password; e-mail {free['email']}, "
        f"phone {free['phone']}.",
        f"      Her authenticator app still works: TOTP secret {free['totp_secret']}",
        f"  {susp['handle']}: suspended five days ago by an automatic check; e-mail "
        f"{susp['email']}. He wants to appeal.",
        "",
        f"All of this (every backup code included) is in {path}.",
        "Codes the platform sends by e-mail and SMS land as files under mail/ and sms/ in "
        "the data folder.",
    ]
    return "\n".join(lines)
