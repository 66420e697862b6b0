"""Typed async API client and live session used by the desktop UI and the tests. No Qt."""
