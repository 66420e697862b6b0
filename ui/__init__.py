"""The Recovery Desk desktop client (PySide6 on a qasync loop). Talks only to recovery_app.client."""
