"""SQLAlchemy models, repositories and the Alembic migrations shipped with the package."""
