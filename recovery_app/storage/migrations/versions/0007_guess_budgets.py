"""Guess budgets instead of a permanent lock-out (issue 11, points 1 and 5).

``accounts.verification_failures`` only ever grew, so anyone could spend it and
shut the owner out for good; it goes. In its place: refilling pools of evaluated
wrong answers (``guess_budgets``), progressive sign-in delays
(``sign_in_throttles``), and ``challenges.long_code`` for the unguessable codes
sent when a pool is empty.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "guess_budgets",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("full_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_guess_budgets")),
    )
    op.create_table(
        "sign_in_throttles",
        sa.Column("key", sa.String(length=128), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sign_in_throttles")),
    )
    with op.batch_alter_table("challenges", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("long_code", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.drop_column("verification_failures")


def downgrade() -> None:
    with op.batch_alter_table("accounts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("verification_failures", sa.Integer(), server_default="0", nullable=False)
        )
    with op.batch_alter_table("challenges", schema=None) as batch_op:
        batch_op.drop_column("long_code")
    op.drop_table("sign_in_throttles")
    op.drop_table("guess_budgets")
