"""The live endpoint: WebSocket hub, frames, and the bus between server processes."""
