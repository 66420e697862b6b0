"""Delivery retries: outbox messages know until when they are worth sending (codes and
links), which case and challenge they belong to, whether they are a decoy, and whether
a supervisor alert has named them.

Queued codes and links from before this revision get the longest code lifetime
(30 minutes after they were queued), so none is retried forever.

Revision ID: 0006
Revises: 0003
Create Date: 2026-11-28 10:00:00.000000
"""

from collections.abc import Sequence
from datetime import timedelta

import sqlalchemy as sa
from alembic import op

from recovery_app.storage.models.base import UTCDateTime

revision: str = "0006"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_SECRET_TEMPLATES = ("verification_code", "reply_contact_code", "password_reset_link")
_LONGEST_CODE = timedelta(minutes=30)


def upgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("challenge_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("decoy", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch_op.add_column(sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_outbox_challenge_id"), ["challenge_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_outbox_case_id_cases"), "cases", ["case_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_outbox_challenge_id_challenges"), "challenges", ["challenge_id"], ["id"]
        )

    outbox = sa.table(
        "outbox",
        sa.column("id", sa.Integer()),
        sa.column("template", sa.String()),
        sa.column("status", sa.String()),
        sa.column("created_at", UTCDateTime()),
        sa.column("expires_at", UTCDateTime()),
    )
    bind = op.get_bind()
    queued = bind.execute(
        sa.select(outbox.c.id, outbox.c.created_at).where(
            outbox.c.status == "pending", outbox.c.template.in_(_SECRET_TEMPLATES)
        )
    ).all()
    for message_id, created_at in queued:
        bind.execute(
            sa.update(outbox)
            .where(outbox.c.id == message_id)
            .values(expires_at=created_at + _LONGEST_CODE)
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_outbox_challenge_id_challenges"), type_="foreignkey"
        )
        batch_op.drop_constraint(batch_op.f("fk_outbox_case_id_cases"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_outbox_challenge_id"))
        batch_op.drop_column("alerted_at")
        batch_op.drop_column("decoy")
        batch_op.drop_column("challenge_id")
        batch_op.drop_column("case_id")
        batch_op.drop_column("expires_at")
