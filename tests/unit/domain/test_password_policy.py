"""What makes a password acceptable (recovery_app.domain.password_policy)."""

from __future__ import annotations

import pytest

from recovery_app.domain.password_policy import MAX_LENGTH, MIN_LENGTH, password_problem

GOOD = "correct horse battery staple"
TOO_SHORT = f"Use at least {MIN_LENGTH} characters."
TOO_LONG = f"Use at most {MAX_LENGTH} characters."
HAS_NAME = "Do not use your name or handle in the password."
REPETITIVE = "Use a less repetitive password."


def _of_length(n: int) -> str:
    return ("abcdefghij" * 30)[:n]


def test_the_length_bounds_are_nists() -> None:
    assert (MIN_LENGTH, MAX_LENGTH) == (12, 256)


@pytest.mark.parametrize(
    ("length", "problem"),
    [(0, TOO_SHORT), (11, TOO_SHORT), (12, None), (256, None), (257, TOO_LONG)],
)
def test_length_is_checked_at_both_ends(length: int, problem: str | None) -> None:
    assert password_problem(_of_length(length)) == problem


def test_length_counts_characters_not_bytes() -> None:
    assert password_problem("żółć gęślą jaźń"[:12]) is None
    assert password_problem("żółćgęśląja") == TOO_SHORT  # 11 characters, 20 bytes


def test_composition_rules_are_not_asked_for() -> None:
    assert password_problem(GOOD) is None  # no digit, no capital, no symbol


@pytest.mark.parametrize("handle", ["alice", "ALICE", "Alice", "anna"])
def test_the_persons_name_or_handle_is_refused_in_any_case(handle: str) -> None:
    assert password_problem("my-alice-or-anna-pass", forbidden=(handle,)) == HAS_NAME


@pytest.mark.parametrize("word", ["", "bo", "bob"])
def test_words_shorter_than_four_letters_are_not_forbidden(word: str) -> None:
    assert password_problem("bob builds boats", forbidden=(word,)) is None


def test_any_one_forbidden_word_is_enough() -> None:
    assert password_problem(GOOD, forbidden=("zed", "alice", "staple")) == HAS_NAME


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("aaaaaaaaaaaa", REPETITIVE),
        ("abababababab", REPETITIVE),
        ("abcdabcdabcd", REPETITIVE),  # four different characters
        ("abcdeabcdeab", None),  # five
    ],
)
def test_fewer_than_five_different_characters_are_too_repetitive(
    password: str, problem: str | None
) -> None:
    assert password_problem(password) == problem


def test_the_first_problem_is_the_one_said() -> None:
    assert password_problem("alice", forbidden=("alice",)) == TOO_SHORT
    assert password_problem("alicealicealice", forbidden=("alice",)) == HAS_NAME
    assert password_problem("a" * 300) == TOO_LONG
