"""Service notices: only those in effect, most severe first, in every language given."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from recovery_app.client.api import ApiClient
from recovery_app.storage.database import create_engine, normalize_url
from recovery_app.storage.notices import add_notice
from tests.support.live_server import LiveServer


async def test_only_current_notices_are_listed_most_severe_first(
    live_server: LiveServer,
) -> None:
    now = datetime.now(UTC)
    engine = create_engine(normalize_url(live_server.settings.effective_database_url))
    try:
        async with async_sessionmaker(engine)() as session, session.begin():
            await add_notice(
                session, "info", {"en": "Maintenance tonight"}, now - timedelta(hours=1)
            )
            await add_notice(
                session,
                "outage",
                {"en": "SMS codes are delayed", "de": "SMS-Codes kommen verspätet an"},
                now - timedelta(minutes=5),
            )
            await add_notice(
                session, "warning", {"en": "Over"}, now - timedelta(days=2), now - timedelta(days=1)
            )
            await add_notice(session, "warning", {"en": "Future"}, now + timedelta(days=1))
    finally:
        await engine.dispose()
    async with ApiClient(live_server.url) as api:
        notices = await api.notices()
    assert [n.messages["en"] for n in notices] == ["SMS codes are delayed", "Maintenance tonight"]
    assert notices[0].severity == "outage"
    assert notices[0].messages["de"] == "SMS-Codes kommen verspätet an"
    assert notices[0].starts_at.tzinfo is not None


async def test_notice_without_english_text_is_refused(live_server: LiveServer) -> None:
    engine = create_engine(normalize_url(live_server.settings.effective_database_url))
    try:
        async with async_sessionmaker(engine)() as session:
            with pytest.raises(ValueError, match="English"):
                await add_notice(session, "info", {"de": "Nur Deutsch"}, datetime.now(UTC))
    finally:
        await engine.dispose()
