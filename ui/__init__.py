"""The Recovery Desk desktop client: PySide6 on a qasync loop; talks only to the client library."""
