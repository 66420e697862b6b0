"""Translated words and numbers the supervisors' pages share: durations, tiers,
presence, periods, percentages."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimeZone

from ui.i18n import tr

_CONTEXT = "SupervisorFormat"

TIER_NAMES = {
    "verified": QT_TRANSLATE_NOOP("SupervisorFormat", "Subscribers (live chat)"),
    "free": QT_TRANSLATE_NOOP("SupervisorFormat", "Free tier (messages)"),
}
PRESENCE_NAMES = {
    "online": QT_TRANSLATE_NOOP("SupervisorFormat", "Online"),
    "away": QT_TRANSLATE_NOOP("SupervisorFormat", "Away"),
    "offline": QT_TRANSLATE_NOOP("SupervisorFormat", "Offline"),
}
ROLE_NAMES = {
    "agent": QT_TRANSLATE_NOOP("SupervisorFormat", "Agent"),
    "supervisor": QT_TRANSLATE_NOOP("SupervisorFormat", "Supervisor"),
    "admin": QT_TRANSLATE_NOOP("SupervisorFormat", "Administrator"),
}
PERIODS = ("today", "7d", "30d")
PERIOD_NAMES = {
    "today": QT_TRANSLATE_NOOP("SupervisorFormat", "Today"),
    "7d": QT_TRANSLATE_NOOP("SupervisorFormat", "Last 7 days"),
    "30d": QT_TRANSLATE_NOOP("SupervisorFormat", "Last 30 days"),
}


def _named(text: str) -> str:
    """A name marked with QT_TRANSLATE_NOOP in this module's context."""
    return QCoreApplication.translate(_CONTEXT, text)


def tier_name(tier: str) -> str:
    return _named(TIER_NAMES[tier]) if tier in TIER_NAMES else tier


def presence_name(presence: str) -> str:
    return _named(PRESENCE_NAMES[presence]) if presence in PRESENCE_NAMES else presence


def role_label(role: str) -> str:
    return _named(ROLE_NAMES[role]) if role in ROLE_NAMES else role


def period_name(period: str) -> str:
    return _named(PERIOD_NAMES[period])


def duration(seconds: float | None) -> str:
    """A short, translated duration: "45 s", "12 min", "3 h", "2 days"; "–" for none."""
    if seconds is None:
        return "–"
    # Counts go to translate() as plain names: lupdate skips calls like round(x) there.
    seconds = max(0.0, float(seconds))
    if seconds < 60:
        count = round(seconds)
        return tr("%n s", "seconds, short", count)
    if seconds < 3600:
        count = round(seconds / 60)
        return tr("%n min", "minutes, short", count)
    if seconds < 48 * 3600:
        count = round(seconds / 3600)
        return tr("%n h", "hours, short", count)
    count = round(seconds / 86400)
    return tr("%n days", "", count)


def percent(rate: float | None) -> str:
    """``0.8333`` → "83 %" in the UI language; "–" for none."""
    if rate is None:
        return "–"
    return QLocale().toString(rate * 100, "f", 0) + "\u00a0%"


def number(value: float | None, decimals: int = 1) -> str:
    if value is None:
        return "–"
    return QLocale().toString(float(value), "f", decimals)


def local_time(moment: datetime | None, with_date: bool = True) -> str:
    """A UTC moment in the person's time zone and locale."""
    if moment is None:
        return "–"
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    fmt = QLocale.FormatType.ShortFormat
    return QLocale().toString(stamp, fmt) if with_date else QLocale().toString(stamp.time(), fmt)


def period_range(period: str, now: datetime | None = None) -> tuple[datetime, datetime]:
    """(start, end) in UTC: since local midnight today, or the last 7 or 30 days."""
    end = now or datetime.now(UTC)
    if period == "today":
        local = end.astimezone()
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return midnight.astimezone(UTC), end
    days = 30 if period == "30d" else 7
    return end - timedelta(days=days), end
