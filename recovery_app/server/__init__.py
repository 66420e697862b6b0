"""The recovery server: FastAPI app, settings, CLI and the live endpoint."""
