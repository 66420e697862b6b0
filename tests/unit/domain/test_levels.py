"""Verification levels (recovery_app.domain.levels), from the proofs a case has passed."""

from __future__ import annotations

from itertools import chain, combinations

import pytest

from recovery_app.domain.levels import PROOF_KIND, compute_level
from recovery_app.domain.model import Level, Method

M = Method
POSSESSION = [M.EMAIL_CODE, M.SMS_CODE, M.TOTP, M.BACKUP_CODE, M.KNOWN_DEVICE]
REVIEWED = [M.DOCUMENT, M.SELFIE]


def level(*passed: Method) -> Level:
    return compute_level(passed).level


def test_every_method_proves_a_kind_of_thing() -> None:
    assert set(PROOF_KIND) == set(Method)
    # Each possession method proves a different thing, so any two of them are independent.
    assert len({PROOF_KIND[m] for m in POSSESSION}) == len(POSSESSION)


def test_nothing_proven_is_l0() -> None:
    report = compute_level([])
    assert report.level is Level.L0
    assert report.possession_kinds == frozenset()
    assert not report.document_approved
    assert not report.selfie_approved


@pytest.mark.parametrize("method", POSSESSION)
def test_one_possession_proof_is_l1(method: Method) -> None:
    assert level(method) is Level.L1


@pytest.mark.parametrize(
    "passed", [(M.DOCUMENT,), (M.SELFIE,), (M.DOCUMENT, M.SELFIE)], ids=["doc", "selfie", "both"]
)
def test_reviewed_evidence_alone_never_raises_the_level(passed: tuple[Method, ...]) -> None:
    assert level(*passed) is Level.L0


@pytest.mark.parametrize(
    "pair", list(combinations(POSSESSION, 2)), ids=lambda p: "+".join(m.value for m in p)
)
def test_two_possession_proofs_of_different_kinds_are_l2(pair: tuple[Method, Method]) -> None:
    assert level(*pair) is Level.L2


@pytest.mark.parametrize("method", POSSESSION)
def test_the_same_kind_twice_counts_once(method: Method) -> None:
    assert level(method, method) is Level.L1
    assert level(method, method, M.SELFIE) is Level.L1


@pytest.mark.parametrize("method", POSSESSION)
def test_one_possession_proof_plus_a_document_is_l2(method: Method) -> None:
    assert level(method, M.DOCUMENT) is Level.L2


@pytest.mark.parametrize("method", POSSESSION)
def test_a_selfie_without_a_document_adds_nothing(method: Method) -> None:
    assert level(method, M.SELFIE) is Level.L1


def test_l3_needs_a_document_and_a_selfie_on_top_of_l2() -> None:
    assert level(M.EMAIL_CODE, M.TOTP, M.DOCUMENT) is Level.L2
    assert level(M.EMAIL_CODE, M.TOTP, M.SELFIE) is Level.L2
    assert level(M.EMAIL_CODE, M.TOTP, M.DOCUMENT, M.SELFIE) is Level.L3
    # One possession proof plus the document is L2 already, so the selfie makes it L3
    # (the lost-second-factor path: an old e-mail address, an ID and a selfie).
    assert level(M.EMAIL_CODE, M.DOCUMENT, M.SELFIE) is Level.L3
    assert level(*POSSESSION, *REVIEWED) is Level.L3


def test_the_report_names_the_kinds_that_raised_the_level() -> None:
    report = compute_level([M.SMS_CODE, M.KNOWN_DEVICE, M.SMS_CODE, M.DOCUMENT])
    assert report.possession_kinds == frozenset({"phone", "device"})
    assert report.document_approved
    assert not report.selfie_approved
    assert "document" not in report.possession_kinds


def test_the_order_of_proofs_does_not_matter_and_any_iterable_will_do() -> None:
    proofs = [M.DOCUMENT, M.SELFIE, M.BACKUP_CODE]
    assert compute_level(iter(proofs)) == compute_level(reversed(proofs))
    assert compute_level(m for m in proofs).level is Level.L3


def _subsets(methods: list[Method]) -> list[tuple[Method, ...]]:
    return list(chain.from_iterable(combinations(methods, n) for n in range(len(methods) + 1)))


def test_another_proof_never_lowers_the_level() -> None:
    for subset in _subsets(list(Method)):
        before = level(*subset)
        for extra in Method:
            assert level(*subset, extra) >= before, (subset, extra)
