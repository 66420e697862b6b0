"""Routes: platform (filled in by the recovery core)."""

from __future__ import annotations

from fastapi import APIRouter

router = APIRouter()
