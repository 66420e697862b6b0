"""The typed REST client: one ``httpx.AsyncClient`` for the life of the app."""

from __future__ import annotations

from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel, TypeAdapter, ValidationError

from recovery_app import __version__
from recovery_app.client.errors import (
    ApiProblemError,
    ServerUnreachableError,
    UnexpectedResponseError,
)
from recovery_app.schemas.common import Health, Problem, ServiceNoticeOut

T = TypeVar("T")
ModelT = TypeVar("ModelT", bound=BaseModel)

DEFAULT_TIMEOUT = httpx.Timeout(10.0, connect=3.0)


def normalize_base_url(url: str) -> str:
    """Accept 'host:port' or a full URL; return 'scheme://host:port' without a trailing slash."""
    url = url.strip()
    if "://" not in url:
        url = f"http://{url}"
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        parsed = httpx.URL("invalid://")
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ValueError(f"'{url}' is not a server address; use e.g. http://127.0.0.1:8000")
    return url.rstrip("/")


class ApiClient:
    """Async client for ``/api/v1``. Raises :mod:`recovery_app.client.errors`, never httpx's."""

    def __init__(
        self,
        base_url: str,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        timeout: httpx.Timeout = DEFAULT_TIMEOUT,
    ) -> None:
        self.base_url = normalize_base_url(base_url)
        self._http = httpx.AsyncClient(
            base_url=f"{self.base_url}/api/v1",
            timeout=timeout,
            transport=transport,
            headers={"User-Agent": f"RecoveryDesk/{__version__}", "Accept": "application/json"},
        )

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    @property
    def http(self) -> httpx.AsyncClient:
        return self._http

    async def health(self) -> Health:
        return await self._get_model("/health", Health)

    async def notices(self) -> list[ServiceNoticeOut]:
        return await self._get_as("/notices", list[ServiceNoticeOut])

    async def request(self, method: str, path: str, **kwargs: Any) -> httpx.Response:
        """Send one request; return the response when 2xx, else raise a client error."""
        try:
            response = await self._http.request(method, path, **kwargs)
        except httpx.TimeoutException as exc:
            raise ServerUnreachableError(self.base_url, "no answer in time") from exc
        except httpx.TransportError as exc:
            raise ServerUnreachableError(self.base_url, str(exc) or type(exc).__name__) from exc
        if response.is_success:
            return response
        raise _problem_from(response)

    async def _get_model(self, path: str, model: type[ModelT]) -> ModelT:
        response = await self.request("GET", path)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise UnexpectedResponseError(
                f"GET {path}: {exc.error_count()} invalid fields"
            ) from exc

    async def _get_as(self, path: str, kind: type[T]) -> T:
        response = await self.request("GET", path)
        try:
            return TypeAdapter(kind).validate_json(response.content)
        except ValidationError as exc:
            raise UnexpectedResponseError(
                f"GET {path}: {exc.error_count()} invalid fields"
            ) from exc


def _problem_from(response: httpx.Response) -> ApiProblemError:
    try:
        problem = Problem.model_validate_json(response.content)
    except ValidationError:
        # Not our server's problem format (a proxy's error page, say).
        problem = Problem(
            type="about:blank",
            title=response.reason_phrase or "Error",
            status=response.status_code,
            detail=f"The server answered {response.status_code} {response.reason_phrase}.",
            code="unavailable" if response.status_code >= 500 else "bad_request",
        )
    return ApiProblemError(problem)
