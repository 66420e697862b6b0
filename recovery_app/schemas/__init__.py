"""Pydantic wire models shared by the server and the client."""
