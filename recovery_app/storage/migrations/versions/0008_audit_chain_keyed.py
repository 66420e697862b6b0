"""The keyed audit chain: each row names the audit key that signed it, and the database
refuses any insert that does not extend the chain (and every REPLACE/UPSERT).

- ``audit_log.key_id``: the id of the HMAC-SHA256 key whose MAC is in ``hash``. The
  keys themselves are never in the database (``RECOVERY_AUDIT_KEYS`` or the key file).
- A BEFORE INSERT trigger refuses a row whose seq (``id``) is not the last seq + 1,
  whose ``prev_hash`` is not the last row's ``hash``, whose ``hash`` is already in the
  log, or that has no ``key_id``. On SQLite this also stops ``INSERT OR REPLACE`` (a
  REPLACE deletes the conflicting row without firing the delete trigger unless
  recursive triggers are on; the server turns them on as well). On PostgreSQL, ``ON
  CONFLICT DO UPDATE`` and ``DO NOTHING`` fail the same way; UPDATE, DELETE and
  TRUNCATE stay refused by the triggers of revision 0002.

Rows written before this revision keep their plain SHA-256 chain and a NULL
``key_id``. They are not re-signed (a migration has no key); instead the first
keyed row, ``audit.chain_started``, which every server writes when it starts (or
before its first audited action), carries the last plain hash as its
``prev_hash`` under its MAC, so the older rows cannot change either. From then on
no unkeyed row can be inserted.

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 10:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_GENESIS = "0" * 64
_REFUSED = "audit_log is append-only: a new row must extend the chain"

_SQLITE_TRIGGER = """
CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log
WHEN NEW.key_id IS NULL
  OR NEW.id IS NOT (SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT COALESCE(
       (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), 'GENESIS')
  OR EXISTS (SELECT 1 FROM audit_log WHERE hash = NEW.hash)
BEGIN SELECT RAISE(ABORT, 'REFUSED'); END
""".replace("GENESIS", _GENESIS).replace("REFUSED", _REFUSED)

_POSTGRES_FUNCTION = """
CREATE FUNCTION audit_log_extends_chain() RETURNS trigger AS $$
DECLARE
    last_id integer;
    last_hash text;
BEGIN
    SELECT id, hash INTO last_id, last_hash FROM audit_log ORDER BY id DESC LIMIT 1;
    IF NEW.key_id IS NULL
       OR NEW.id IS DISTINCT FROM COALESCE(last_id, 0) + 1
       OR NEW.prev_hash IS DISTINCT FROM COALESCE(last_hash, 'GENESIS')
       OR EXISTS (SELECT 1 FROM audit_log WHERE hash = NEW.hash) THEN
        RAISE EXCEPTION 'REFUSED (seq %, expected %)', NEW.id, COALESCE(last_id, 0) + 1;
    END IF;
    RETURN NEW;
END; $$ LANGUAGE plpgsql
""".replace("GENESIS", _GENESIS).replace("REFUSED", _REFUSED)


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("key_id", sa.String(length=32), nullable=True))
    if op.get_bind().dialect.name == "sqlite":
        op.execute(_SQLITE_TRIGGER)
        return
    op.execute(_POSTGRES_FUNCTION)
    op.execute(
        "CREATE TRIGGER audit_log_extends_chain BEFORE INSERT ON audit_log "
        "FOR EACH ROW EXECUTE FUNCTION audit_log_extends_chain()"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # Dropping a column rebuilds the table on SQLite, which drops its triggers:
        # put back the update/delete triggers of revision 0002 afterwards.
        op.execute("DROP TRIGGER IF EXISTS audit_log_extends_chain")
        for verb in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS audit_log_no_{verb}")
        with op.batch_alter_table("audit_log", schema=None) as batch_op:
            batch_op.drop_column("key_id")
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_log_no_{verb.lower()} BEFORE {verb} ON audit_log "
                "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"
            )
        return
    op.execute("DROP TRIGGER IF EXISTS audit_log_extends_chain ON audit_log")
    op.execute("DROP FUNCTION IF EXISTS audit_log_extends_chain()")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_column("key_id")
