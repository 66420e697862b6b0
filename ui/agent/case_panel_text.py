"""Words for the case panel: levels, proofs, actions, reasons, events and states.

Codes from the server become translated sentences here (context ``CaseText``),
so every widget of the panel says the same thing the same way. Nothing here
ever shows a code or secret; it has none to show.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, QTimeZone

from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.schemas.cases import ActionOut, LevelOut
from ui.messages import message_for

_CTX = "CaseText"


def _named(text: str, n: int = -1) -> str:
    return QCoreApplication.translate(_CTX, text, None, n)


LEVELS = {
    0: QT_TRANSLATE_NOOP("CaseText", "Nothing proven yet (L0)"),
    1: QT_TRANSLATE_NOOP("CaseText", "One proof (L1)"),
    2: QT_TRANSLATE_NOOP("CaseText", "Two independent proofs (L2)"),
    3: QT_TRANSLATE_NOOP("CaseText", "Two proofs, a reviewed document and selfie (L3)"),
}

METHODS = {
    "email_code": QT_TRANSLATE_NOOP("CaseText", "Code by e-mail to an original address"),
    "sms_code": QT_TRANSLATE_NOOP("CaseText", "Code by text message to an original phone"),
    "totp": QT_TRANSLATE_NOOP("CaseText", "Authenticator app code"),
    "backup_code": QT_TRANSLATE_NOOP("CaseText", "Backup code"),
    "known_device": QT_TRANSLATE_NOOP("CaseText", "Known device"),
    "document": QT_TRANSLATE_NOOP("CaseText", "ID document"),
    "selfie": QT_TRANSLATE_NOOP("CaseText", "Selfie holding a phrase"),
}

CHALLENGE_STATUS = {
    "pending": QT_TRANSLATE_NOOP("CaseText", "Waiting…"),
    "passed": QT_TRANSLATE_NOOP("CaseText", "Passed"),
    "failed": QT_TRANSLATE_NOOP("CaseText", "Failed"),
    "locked": QT_TRANSLATE_NOOP("CaseText", "Failed: too many wrong answers"),
    "expired": QT_TRANSLATE_NOOP("CaseText", "Expired without an answer"),
    "voided": QT_TRANSLATE_NOOP("CaseText", "Replaced by a newer request"),
}

ACTIONS = {
    "revoke_sessions": QT_TRANSLATE_NOOP("CaseText", "Sign out all sessions and devices"),
    "send_reset_link": QT_TRANSLATE_NOOP("CaseText", "Send a password-reset link"),
    "remove_contact": QT_TRANSLATE_NOOP("CaseText", "Remove the attacker's contact"),
    "remove_factor": QT_TRANSLATE_NOOP("CaseText", "Remove the attacker's authenticator"),
    "restore_contact": QT_TRANSLATE_NOOP("CaseText", "Restore an original contact"),
    "remove_second_factor": QT_TRANSLATE_NOOP("CaseText", "Remove the lost authenticator"),
    "reinstate": QT_TRANSLATE_NOOP("CaseText", "Reinstate the disabled account"),
}

NO_TARGET = {
    "remove_contact": QT_TRANSLATE_NOOP(
        "CaseText", "No contact was added during the reported compromise."
    ),
    "restore_contact": QT_TRANSLATE_NOOP(
        "CaseText", "No original contact was removed during the reported compromise."
    ),
    "remove_factor": QT_TRANSLATE_NOOP(
        "CaseText", "No authenticator was added during the reported compromise."
    ),
    "remove_second_factor": QT_TRANSLATE_NOOP(
        "CaseText", "The account has no original authenticator to remove."
    ),
    "reinstate": QT_TRANSLATE_NOOP("CaseText", "The account is not disabled."),
}

RESTORE_STATUS = {
    "pending_approval": QT_TRANSLATE_NOOP("CaseText", "Waiting for approval"),
    "refused": QT_TRANSLATE_NOOP("CaseText", "Refused by the approver"),
    "on_hold": QT_TRANSLATE_NOOP("CaseText", "Approved; on hold until %1"),
    "executed": QT_TRANSLATE_NOOP("CaseText", "Done"),
    "cancelled": QT_TRANSLATE_NOOP("CaseText", "Cancelled by the account owner"),
    "failed": QT_TRANSLATE_NOOP("CaseText", "Failed; nothing was changed"),
}

CASE_STATES = {
    "opened": QT_TRANSLATE_NOOP("CaseText", "Opened"),
    "verifying": QT_TRANSLATE_NOOP("CaseText", "Verifying"),
    "queued": QT_TRANSLATE_NOOP("CaseText", "Waiting in the queue"),
    "in_chat": QT_TRANSLATE_NOOP("CaseText", "In chat"),
    "restoring": QT_TRANSLATE_NOOP("CaseText", "Restoring"),
    "restored": QT_TRANSLATE_NOOP("CaseText", "Restored"),
    "rejected": QT_TRANSLATE_NOOP("CaseText", "Rejected"),
    "abandoned": QT_TRANSLATE_NOOP("CaseText", "Abandoned"),
    "on_hold": QT_TRANSLATE_NOOP("CaseText", "On hold"),
}

CASE_KINDS = {
    "forgot_password": QT_TRANSLATE_NOOP("CaseText", "Forgot password"),
    "lost_second_factor": QT_TRANSLATE_NOOP("CaseText", "Lost second factor"),
    "hacked": QT_TRANSLATE_NOOP("CaseText", "Hacked account"),
    "disabled": QT_TRANSLATE_NOOP("CaseText", "Disabled account (appeal)"),
}

LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("CaseText", "English"),
    "pl": QT_TRANSLATE_NOOP("CaseText", "Polish"),
    "de": QT_TRANSLATE_NOOP("CaseText", "German"),
    "fr": QT_TRANSLATE_NOOP("CaseText", "French"),
    "ru": QT_TRANSLATE_NOOP("CaseText", "Russian"),
}

PROOF_KINDS = {
    "email": QT_TRANSLATE_NOOP("CaseText", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("CaseText", "phone"),
    "authenticator": QT_TRANSLATE_NOOP("CaseText", "authenticator"),
    "backup_code": QT_TRANSLATE_NOOP("CaseText", "backup code"),
    "device": QT_TRANSLATE_NOOP("CaseText", "known device"),
}

EVENTS = {
    "account_created": QT_TRANSLATE_NOOP("CaseText", "Account created"),
    "contact_added": QT_TRANSLATE_NOOP("CaseText", "Contact added"),
    "contact_removed": QT_TRANSLATE_NOOP("CaseText", "Contact removed"),
    "contact_restored": QT_TRANSLATE_NOOP("CaseText", "Contact restored"),
    "totp_enrolled": QT_TRANSLATE_NOOP("CaseText", "Authenticator added"),
    "totp_removed": QT_TRANSLATE_NOOP("CaseText", "Authenticator removed"),
    "backup_codes_issued": QT_TRANSLATE_NOOP("CaseText", "Backup codes issued"),
    "backup_code_used": QT_TRANSLATE_NOOP("CaseText", "Backup code used"),
    "new_device": QT_TRANSLATE_NOOP("CaseText", "New device signed in"),
    "password_changed": QT_TRANSLATE_NOOP("CaseText", "Password changed"),
    "password_reset": QT_TRANSLATE_NOOP("CaseText", "Password reset"),
    "reset_link_issued": QT_TRANSLATE_NOOP("CaseText", "Password-reset link sent"),
    "sessions_revoked": QT_TRANSLATE_NOOP("CaseText", "All sessions signed out"),
    "status_changed": QT_TRANSLATE_NOOP("CaseText", "Account status changed"),
    "sign_in": QT_TRANSLATE_NOOP("CaseText", "Signed in"),
}

ACCOUNT_STATUS = {
    "active": QT_TRANSLATE_NOOP("CaseText", "active"),
    "locked": QT_TRANSLATE_NOOP("CaseText", "locked"),
    "suspended": QT_TRANSLATE_NOOP("CaseText", "suspended"),
    "recovery_hold": QT_TRANSLATE_NOOP("CaseText", "on hold for recovery"),
}

ACTORS = {
    "owner": QT_TRANSLATE_NOOP("CaseText", "by the owner"),
    "agent": QT_TRANSLATE_NOOP("CaseText", "by an agent"),
    "system": QT_TRANSLATE_NOOP("CaseText", "by the system"),
    "unknown": QT_TRANSLATE_NOOP("CaseText", "by someone unknown"),
}

ERRORS = {
    "gate_not_met": QT_TRANSLATE_NOOP(
        "CaseText", "The verification level is too low for this action. Ask for another proof."
    ),
    "self_approval": QT_TRANSLATE_NOOP(
        "CaseText", "You asked for this change, so another agent has to approve it."
    ),
    "approver_role": QT_TRANSLATE_NOOP("CaseText", "Only a supervisor can approve this change."),
    "not_found": QT_TRANSLATE_NOOP(
        "CaseText", "This case or request is no longer available to you. Refresh the list."
    ),
    "conflict": QT_TRANSLATE_NOOP(
        "CaseText", "The case changed in the meantime. The panel is refreshed; please check it."
    ),
    "step_out_of_order": QT_TRANSLATE_NOOP(
        "CaseText", "The case is not at a stage where this can be done."
    ),
    "validation_failed": QT_TRANSLATE_NOOP(
        "CaseText", "Please write a longer reason: a full sentence that explains why."
    ),
    "invalid_input": QT_TRANSLATE_NOOP(
        "CaseText", "Please write a longer reason: a full sentence that explains why."
    ),
    "unauthenticated": QT_TRANSLATE_NOOP(
        "CaseText", "Your agent session has ended. Sign in again to continue."
    ),
}


def word(table: dict[str, str], key: str) -> str:
    """The translated word for ``key``, or the key itself for codes this version does not know."""
    text = table.get(key)
    return _named(text) if text is not None else key.replace("_", " ")


def level_words(level: int) -> str:
    return _named(LEVELS.get(level, LEVELS[0]))


def proof_words(level: LevelOut) -> str:
    """What raised the level, in words: "e-mail, phone; document reviewed"."""
    parts = [word(PROOF_KINDS, kind) for kind in level.proofs]
    if level.document_approved:
        parts.append(QCoreApplication.translate("CaseText", "reviewed document"))
    if level.selfie_approved:
        parts.append(QCoreApplication.translate("CaseText", "reviewed selfie"))
    return ", ".join(parts) if parts else QCoreApplication.translate("CaseText", "no proof yet")


def missing_for_l2(level: LevelOut) -> int:
    """Proofs still needed for L2: two possession proofs, or one plus a reviewed document."""
    return max(0, 2 - len(level.proofs) - int(level.document_approved))


def blocked_words(action: ActionOut, level: LevelOut) -> str:
    """Why ``action`` is disabled, from the server's reason code and the case's proofs."""
    reason = action.blocked
    if reason is None:
        return ""
    if reason == "level":
        if action.required_level >= 3:
            return QCoreApplication.translate(
                "CaseText", "Needs a reviewed document and selfie (L3)"
            )
        if action.required_level == 2:
            if missing_for_l2(level) >= 2:
                return QCoreApplication.translate(
                    "CaseText", "Needs two proofs (L2): two more proofs"
                )
            return QCoreApplication.translate("CaseText", "Needs two proofs (L2): one more proof")
        return QCoreApplication.translate(
            "CaseText", "Needs one proof (L1): ask for a code or another proof"
        )
    if reason == "case_frozen":
        return QCoreApplication.translate(
            "CaseText", "The owner cancelled a change: the case is frozen for review"
        )
    if reason == "case_state":
        return QCoreApplication.translate(
            "CaseText", "Only while the case is in chat or being restored"
        )
    if reason == "no_account":
        return QCoreApplication.translate("CaseText", "No account is linked to this case")
    return word(NO_TARGET, action.action.value) if action.action.value in NO_TARGET else ""


def approval_words(action: ActionOut) -> str:
    if action.approver == "supervisor":
        return QCoreApplication.translate("CaseText", "A supervisor must approve it.")
    if action.approver == "agent":
        return QCoreApplication.translate("CaseText", "Another agent must approve it.")
    return QCoreApplication.translate("CaseText", "Runs at once, no approval needed.")


def when(moment: datetime | None) -> str:
    """A moment in the person's local time and locale, short."""
    if moment is None:
        return ""
    stamp = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()), QTimeZone.systemTimeZone())
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def error_words(exc: BaseException) -> str:
    """A sentence the agent can act on, for any failure of a panel call."""
    if isinstance(exc, ApiProblemError):
        text = ERRORS.get(exc.code)
        return _named(text) if text is not None else message_for(exc.code)
    if isinstance(exc, ClientError):
        return message_for(exc.code)
    return message_for(None)


def contact_kind(kind: str) -> str:
    """ "E-mail" or "Phone", translated."""
    if kind == "email":
        return QCoreApplication.translate("CaseText", "E-mail")
    return QCoreApplication.translate("CaseText", "Phone")
