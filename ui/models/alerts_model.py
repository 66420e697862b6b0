"""Alerts for supervisors: when, what kind, about whom, and a translated description.

The server's own ``message`` is English; the description shown is rebuilt from the
alert's kind and detail in the person's language (the server text stays as a fallback
for kinds this version does not know).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from recovery_app.schemas.agents import AlertOut
from ui.i18n import tr
from ui.models.row_table import RowTableModel
from ui.supervisor import format as fmt

CONTEXT = "AlertsModel"
KIND_NAMES = {
    "unusual_restore_activity": QT_TRANSLATE_NOOP("AlertsModel", "Unusual restore activity"),
    "repeated_factor_removal": QT_TRANSLATE_NOOP("AlertsModel", "Repeated second-factor removal"),
    "sla_breach": QT_TRANSLATE_NOOP("AlertsModel", "Service-level breach"),
    "delivery_delayed": QT_TRANSLATE_NOOP("AlertsModel", "Messages delayed"),
    "delivery_failed": QT_TRANSLATE_NOOP("AlertsModel", "Messages refused"),
}


def _named(text: str) -> str:
    """A name marked with QT_TRANSLATE_NOOP in this module's context."""
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    return _named(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def _int(detail: Mapping[str, object], key: str) -> int:
    value = detail.get(key)
    return int(value) if isinstance(value, int | float) else 0


def describe(alert: AlertOut, agent_names: Mapping[int, str]) -> str:
    """What happened, in the person's language."""
    who = agent_names.get(alert.agent_id or 0, f"#{alert.agent_id}")
    detail = alert.detail
    if alert.kind == "unusual_restore_activity":
        count = _int(detail, "restore_requests")
        minutes = _int(detail, "window_minutes")
        text = tr("%1 asked for %n restore actions", "", count).replace("%1", who)
        return text + " " + tr("within %n minutes.", "", minutes)
    if alert.kind == "repeated_factor_removal":
        count = _int(detail, "in_a_row")
        return tr("%1 asked %n times in a row to remove a second factor.", "", count).replace(
            "%1", who
        )
    if alert.kind == "sla_breach":
        reference = str(detail.get("case_ref", ""))
        waited = fmt.duration(_int(detail, "waited_seconds"))
        target = fmt.duration(_int(detail, "target_seconds"))
        tier = fmt.tier_name(str(detail.get("tier", "")))
        return (
            QCoreApplication.translate(
                "AlertsModel", "Case %1 (%2) has had no first response for %3 (target %4)."
            )
            .replace("%1", reference)
            .replace("%2", tier)
            .replace("%3", waited)
            .replace("%4", target)
        )
    if alert.kind in ("delivery_delayed", "delivery_failed"):
        count = _int(detail, "messages")
        if alert.kind == "delivery_delayed":
            text = tr("%n message(s) could not be delivered in time; retries continue.", "", count)
        else:
            text = tr("%n message(s) were refused for good and will not be retried.", "", count)
        refs = detail.get("owner_case_refs")
        if isinstance(refs, list) and refs:
            owners = QCoreApplication.translate(
                "AlertsModel", "Owners not told about cases: %1."
            ).replace("%1", ", ".join(str(ref) for ref in refs))
            text = f"{text} {owners}"
        return text
    return alert.message


class AlertsModel(RowTableModel[AlertOut]):
    CONTEXT = CONTEXT
    HEADERS = (
        QT_TRANSLATE_NOOP("AlertsModel", "Raised"),
        QT_TRANSLATE_NOOP("AlertsModel", "Kind"),
        QT_TRANSLATE_NOOP("AlertsModel", "What happened"),
        QT_TRANSLATE_NOOP("AlertsModel", "Status"),
    )

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.agent_names: dict[int, str] = {}

    def cell(self, row: AlertOut, column: int) -> str:
        if column == 0:
            return fmt.local_time(row.created_at)
        if column == 1:
            return kind_name(row.kind)
        if column == 2:
            return describe(row, self.agent_names)
        if row.acknowledged_at is None:
            return self.tr("Open")
        who = self.agent_names.get(row.acknowledged_by_agent_id or 0, "")
        return self.tr("Acknowledged by %1").replace("%1", who) if who else self.tr("Acknowledged")
