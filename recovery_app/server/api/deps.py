"""FastAPI dependencies as ``Annotated`` aliases."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy.ext.asyncio import AsyncSession

from recovery_app.server.state import ServerState


def get_state(request: Request) -> ServerState:
    state: ServerState = request.app.state.server
    return state


async def get_session(
    state: Annotated[ServerState, Depends(get_state)],
) -> AsyncIterator[AsyncSession]:
    async with state.sessions() as session:
        yield session


StateDep = Annotated[ServerState, Depends(get_state)]
SessionDep = Annotated[AsyncSession, Depends(get_session)]
