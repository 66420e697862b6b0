"""Cases, verification levels, policies and routing: pure Python, no FastAPI, no SQL."""
