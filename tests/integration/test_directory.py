"""The SQL account directory: lookups by normalized identifier, facts with history, changes."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import pytest

from recovery_app.domain.clock import FrozenClock
from recovery_app.domain.errors import NotFoundError
from recovery_app.domain.model import AccountStatus, Actor, ContactKind
from recovery_app.server.settings import Settings
from recovery_app.services import platform
from recovery_app.services.context import Services
from recovery_app.storage import accounts_admin
from recovery_app.storage.directory import normalize_identifier
from tests.support.accounts import make_account, open_directory, services_for

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
async def services(settings: Settings) -> AsyncIterator[Services]:
    async with services_for(settings, FrozenClock(NOW)) as services:
        yield services


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Alice", ("handle", "alice")),
        ("  @Alice ", ("handle", "alice")),
        (" Alice@Example.COM ", ("email", "alice@example.com")),
        ("+48 (600) 100-200", ("phone", "+48600100200")),
        ("48 600.100.200", ("phone", "+48600100200")),
        ("12-34", ("handle", "12-34")),  # too few digits for a phone number
    ],
)
def test_identifiers_are_normalized_by_kind(raw: str, expected: tuple[str, str]) -> None:
    assert normalize_identifier(raw) == expected


async def test_find_by_handle_ignores_case(services: Services) -> None:
    alice = await make_account(services, handle="alice", password=None)
    async with open_directory(services) as directory:
        assert await directory.find("ALICE") == alice.id
        assert await directory.find(" @Alice ") == alice.id


async def test_find_by_normalized_email_and_phone(services: Services) -> None:
    alice = await make_account(
        services, password=None, email="Alice@Example.com", phone="+48 600 100 200"
    )
    assert alice.email == "alice@example.com"
    assert alice.phone == "+48600100200"
    async with open_directory(services) as directory:
        assert await directory.find("  ALICE@example.COM ") == alice.id
        assert await directory.find("+48 (600) 100-200") == alice.id
        assert await directory.find("+48-600-100-200") == alice.id


async def test_unknown_identifier_is_not_found(services: Services) -> None:
    await make_account(services, password=None, email="alice@example.com")
    async with open_directory(services) as directory:
        assert await directory.find("bob") is None
        assert await directory.find("bob@example.com") is None
        assert await directory.find("+1 555 0100 999") is None
        assert await directory.find("   ") is None


async def test_removed_contact_is_not_found(services: Services) -> None:
    alice = await make_account(services, password=None, email="alice@example.com")
    async with open_directory(services) as directory:
        await directory.remove_contact(alice.id, alice.contact_ids["email"], Actor.AGENT)
    async with open_directory(services) as directory:
        assert await directory.find("alice@example.com") is None
        assert await directory.find("alice") == alice.id  # the handle still works


async def test_shared_address_finds_the_account_that_verified_it(services: Services) -> None:
    owner = await make_account(services, handle="owner", password=None, email="x@example.com")
    other = await make_account(services, handle="other", password=None)
    async with services.sessions() as session, session.begin():
        await accounts_admin.add_contact(
            session, other.id, ContactKind.EMAIL, "x@example.com", added_at=NOW, verified=False
        )
    async with open_directory(services) as directory:
        assert await directory.find("x@example.com") == owner.id


async def test_facts_list_contacts_with_history_devices_sessions_and_events(
    services: Services,
) -> None:
    alice = await make_account(
        services, email="alice@example.com", phone="+48600100200", totp=True, backup_codes=4
    )
    async with services.sessions() as session, session.begin():
        await accounts_admin.add_contact(
            session,
            alice.id,
            ContactKind.EMAIL,
            "attacker@example.net",
            added_at=NOW - timedelta(days=1),
            added_by=Actor.UNKNOWN,
        )
    await platform.sign_in(
        services, identifier="alice", password=alice.password or "", totp_code=alice.totp_code()
    )
    async with open_directory(services) as directory:
        await directory.remove_contact(alice.id, alice.contact_ids["phone"], Actor.UNKNOWN)
        facts = await directory.facts(alice.id)

    assert (facts.handle, facts.status, facts.has_password) == ("alice", AccountStatus.ACTIVE, True)
    assert facts.has_second_factor
    assert facts.totp_enrolled_by is Actor.OWNER
    assert facts.unused_backup_codes == 4
    by_value = {c.value: c for c in facts.contacts}
    assert set(by_value) == {"alice@example.com", "+48600100200", "attacker@example.net"}
    assert by_value["alice@example.com"].predates(NOW - timedelta(days=30))
    assert not by_value["attacker@example.net"].predates(NOW - timedelta(days=30))
    assert by_value["attacker@example.net"].added_by is Actor.UNKNOWN
    removed = by_value["+48600100200"]
    assert not removed.active
    assert removed.removed_by is Actor.UNKNOWN
    assert len(facts.devices) == 1
    assert len(facts.sessions) == 1
    assert facts.sessions[0].device_id == facts.devices[0].id
    kinds = [e.kind for e in facts.events]
    for kind in ("account_created", "contact_added", "totp_enrolled", "new_device"):
        assert kind in kinds
    assert kinds[-1] == "contact_removed"
    suspicious = [e for e in facts.events if e.actor is Actor.UNKNOWN]
    assert {e.kind for e in suspicious} == {"contact_added", "contact_removed"}


async def test_facts_of_unknown_account_is_not_found(services: Services) -> None:
    async with open_directory(services) as directory:
        with pytest.raises(NotFoundError):
            await directory.facts(4242)


async def test_remove_and_restore_contact_keep_the_original_row_and_history(
    services: Services,
) -> None:
    alice = await make_account(services, password=None, email="alice@example.com")
    contact_id = alice.contact_ids["email"]
    async with open_directory(services) as directory:
        before = next(c for c in (await directory.facts(alice.id)).contacts if c.id == contact_id)
        await directory.remove_contact(alice.id, contact_id, Actor.UNKNOWN)
        await directory.remove_contact(alice.id, contact_id, Actor.UNKNOWN)  # a retry: no-op
    async with open_directory(services) as directory:
        await directory.restore_contact(alice.id, contact_id, Actor.AGENT)
        facts = await directory.facts(alice.id)

    assert len(facts.contacts) == 1
    after = facts.contacts[0]
    assert after.id == contact_id
    assert after.active and after.removed_by is None
    assert (after.added_at, after.verified_at, after.added_by) == (
        before.added_at,
        before.verified_at,
        before.added_by,
    )
    assert after.predates(NOW - timedelta(days=30))  # still proves ownership
    changes = [(e.kind, e.actor) for e in facts.events if e.kind.startswith("contact_")]
    assert changes == [
        ("contact_added", Actor.OWNER),
        ("contact_removed", Actor.UNKNOWN),
        ("contact_restored", Actor.AGENT),
    ]
    restored = facts.events[-1].detail
    assert restored["contact_id"] == contact_id
    assert restored["value"] == "a•••@e•••.com"  # masked in events
    assert restored["removed_by"] == "unknown"
    async with open_directory(services) as directory:
        assert await directory.find("alice@example.com") == alice.id


async def test_contact_of_another_account_cannot_be_changed(services: Services) -> None:
    alice = await make_account(services, password=None, email="alice@example.com")
    bob = await make_account(services, handle="bob", password=None)
    async with open_directory(services) as directory:
        with pytest.raises(NotFoundError):
            await directory.remove_contact(bob.id, alice.contact_ids["email"], Actor.AGENT)


async def test_revoke_sessions_and_devices_counts_what_it_revoked(services: Services) -> None:
    alice = await make_account(services, device=True)
    for _ in range(2):  # two sign-ins without a device token: two more devices
        await platform.sign_in(services, identifier="alice", password=alice.password or "")
    async with open_directory(services) as directory:
        assert await directory.revoke_sessions_and_devices(alice.id, Actor.AGENT) == 2 + 3
    async with open_directory(services) as directory:
        assert await directory.revoke_sessions_and_devices(alice.id, Actor.AGENT) == 0
        facts = await directory.facts(alice.id)
    assert all(s.revoked_at == NOW for s in facts.sessions)
    assert all(d.revoked_at == NOW for d in facts.devices)
    revokes = [e.detail for e in facts.events if e.kind == "sessions_revoked"]
    assert revokes == [{"sessions": 2, "devices": 3}, {"sessions": 0, "devices": 0}]


async def test_known_device_counts_only_for_its_account_before_the_moment_and_unrevoked(
    services: Services,
) -> None:
    alice = await make_account(services, password=None, device=True)
    bob = await make_account(services, handle="bob", password=None, device=True)
    token = alice.device_token or ""
    first_seen = NOW - timedelta(days=365)
    async with open_directory(services) as directory:
        assert await directory.check_device(alice.id, token, before=NOW)
        assert not await directory.check_device(alice.id, token, before=first_seen)
        assert not await directory.check_device(bob.id, token, before=NOW)
        assert not await directory.check_device(alice.id, bob.device_token or "", before=NOW)
        assert not await directory.check_device(alice.id, "", before=NOW)
        await directory.revoke_sessions_and_devices(alice.id, Actor.AGENT)
    async with open_directory(services) as directory:
        assert not await directory.check_device(alice.id, token, before=NOW)


async def test_remove_totp_voids_backup_codes_and_records_it(services: Services) -> None:
    alice = await make_account(services, password=None, totp=True, backup_codes=3)
    async with open_directory(services) as directory:
        await directory.remove_totp(alice.id, Actor.AGENT)
        await directory.remove_totp(alice.id, Actor.AGENT)  # nothing left: no-op
    async with open_directory(services) as directory:
        facts = await directory.facts(alice.id)
        assert not facts.has_second_factor
        assert facts.unused_backup_codes == 0
        assert not await directory.check_totp(alice.id, alice.totp_code())
        assert not await directory.use_backup_code(alice.id, alice.backup_codes[0])
    removed = [e for e in facts.events if e.kind == "totp_removed"]
    assert [(e.actor, e.detail) for e in removed] == [(Actor.AGENT, {"unused_codes_voided": 3})]


async def test_set_status_records_the_change(services: Services) -> None:
    alice = await make_account(services, password=None)
    async with open_directory(services) as directory:
        await directory.set_status(alice.id, AccountStatus.SUSPENDED, Actor.SYSTEM)
        await directory.set_status(alice.id, AccountStatus.SUSPENDED, Actor.SYSTEM)
        facts = await directory.facts(alice.id)
    assert facts.status is AccountStatus.SUSPENDED
    changes = [e.detail for e in facts.events if e.kind == "status_changed"]
    assert changes == [{"from": "active", "to": "suspended"}]


async def test_backup_codes_issued_inside_a_window_can_be_excluded(services: Services) -> None:
    alice = await make_account(services, password=None, backup_codes=1)
    async with services.sessions() as session, session.begin():
        fresh = await accounts_admin.issue_backup_codes(session, services.keys, alice.id, 1, at=NOW)
    async with open_directory(services) as directory:
        # The older code was voided by the new set; the new one is inside the window.
        assert not await directory.use_backup_code(alice.id, alice.backup_codes[0])
        assert not await directory.use_backup_code(
            alice.id, fresh[0], before=NOW - timedelta(days=1)
        )
        assert await directory.use_backup_code(alice.id, fresh[0])
