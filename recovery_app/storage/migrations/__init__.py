"""Alembic migrations, shipped inside the package and applied by ``recovery-server migrate``."""
