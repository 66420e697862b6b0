"""Verification levels, recomputed from the proofs a case has passed (DESIGN §3).

- L1: one possession proof (a code to a pre-compromise contact, TOTP, a backup code,
  a known device);
- L2: two independent possession proofs of different kinds, or one plus an
  agent-approved document;
- L3: L2 plus an agent-approved document and an agent-approved selfie.

Knowledge (old passwords, personal details) is not a method at all, so it can
never raise the level.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from recovery_app.domain.model import Level, Method

# Each method proves one kind of thing; two proofs of one kind count once.
PROOF_KIND: dict[Method, str] = {
    Method.EMAIL_CODE: "email",
    Method.SMS_CODE: "phone",
    Method.TOTP: "authenticator",
    Method.BACKUP_CODE: "backup_code",
    Method.KNOWN_DEVICE: "device",
    Method.DOCUMENT: "document",
    Method.SELFIE: "selfie",
}
POSSESSION_KINDS = frozenset({"email", "phone", "authenticator", "backup_code", "device"})


@dataclass(frozen=True, slots=True)
class LevelReport:
    """The level and the kinds of proof that raised it (what the agent sees)."""

    level: Level
    possession_kinds: frozenset[str]
    document_approved: bool
    selfie_approved: bool


def compute_level(passed: Iterable[Method]) -> LevelReport:
    kinds = {PROOF_KIND[method] for method in passed}
    possession = frozenset(kinds & POSSESSION_KINDS)
    document, selfie = "document" in kinds, "selfie" in kinds
    if len(possession) >= 2 or (possession and document):
        level = Level.L3 if document and selfie else Level.L2
    elif possession:
        level = Level.L1
    else:
        level = Level.L0
    return LevelReport(level, possession, document, selfie)
