"""Server state for the screenshot walks, set up through the real REST and live API.

The page walks (``ui/*/screens.py``) drive windows; what has to happen *around*
those windows — a requester opening a case and proving something, a supervisor
assigning it, an agent writing in the chat over the live socket, another agent
asking for an approval, a reset link arriving by e-mail — is done here, the way
the other people's clients would do it: :class:`recovery_app.client.api.ApiClient`
against ``env.url`` and :class:`recovery_app.client.live.LiveSession`.

One :class:`ScreenDriver` per walk (``async with ScreenDriver(env) as driver``):
on leaving it closes every live socket it opened and takes the cases it opened
out of the way (abandoned, or closed by their agent), so a later walk — the next
language or theme — finds the agents' desks and the queue as the seed left them.

Agent sessions are kept per server for the whole run (a TOTP step is good once
per agent, and walks run 15 times in one process); a session that no longer works
is replaced by a new sign-in with ``env.totp_code``.
"""

from __future__ import annotations

import asyncio
import contextlib
import email
import email.policy
import re
import secrets
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

from recovery_app.client.api import ApiClient
from recovery_app.client.case_session import CaseSession
from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.client.live import LiveSession
from recovery_app.schemas.live import AgentAuth
from ui.screen_env import ScreenEnv

WAIT = 15.0  # seconds for anything the server does in the background
_CODE = re.compile(r"(?<![\d-])(\d{6})(?![\d-])")
_LINK = re.compile(r"https?://\S+/reset#[A-Za-z0-9_\-=.~%]+")

# server url → username → (token, agent id, role): sessions live for the whole run.
_SESSIONS: dict[str, dict[str, tuple[str, int, str]]] = {}
# server url → what earlier walks of this run changed and later ones need to know.
_MEMORY: dict[str, dict[str, Any]] = {}


class DriverError(RuntimeError):
    """A step of setting up the server state failed; the message says which."""


def memory(env: ScreenEnv) -> dict[str, Any]:
    """A dict kept per server for the whole run (e.g. a password a walk set)."""
    return _MEMORY.setdefault(env.url, {})


@dataclass
class Requester:
    """A case as its requester holds it."""

    reference: str
    token: str = field(repr=False)
    reply: str
    language: str

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def session(self) -> CaseSession:
        return CaseSession(self.reference, self.token, self.language)


@dataclass
class Agent:
    """A signed-in agent or supervisor (an AgentAuthority for the client modules)."""

    api: ApiClient
    username: str
    id: int
    role: str
    token: str = field(repr=False)

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


async def until(condition: Any, what: str, wait: float = WAIT) -> None:
    """Poll ``condition()`` (sync) until true; :class:`DriverError` naming ``what`` if not."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while not condition():
        if loop.time() > deadline:
            raise DriverError(f"timed out after {wait:.0f} s waiting for {what}")
        await asyncio.sleep(0.05)


# -- mail --------------------------------------------------------------------------------


def _normalized(address: str) -> str:
    from recovery_app.storage.directory import normalize_identifier

    return normalize_identifier(address)[1]


def delivered(data_dir: Path) -> list[tuple[float, str, str, str]]:
    """(mtime, file name, normalized recipient, text) of every message the server wrote
    into DATA_DIR/mail and DATA_DIR/sms, oldest first. Blocking."""
    found: list[tuple[float, str, str, str]] = []
    for folder in ("mail", "sms"):
        for sub in ("new", "cur"):
            with contextlib.suppress(FileNotFoundError):
                for path in (data_dir / folder / sub).iterdir():
                    try:
                        raw, mtime = path.read_bytes(), path.stat().st_mtime
                    except OSError:
                        continue
                    message = email.message_from_bytes(raw, policy=email.policy.default)
                    if not message["To"]:
                        continue
                    body = message.get_body(preferencelist=("plain",))
                    text = str(body.get_content()) if body is not None else ""
                    to = _normalized(str(message["To"]))
                    found.append((mtime, f"{folder}/{path.name}", to, text))
    return sorted(found)


def sent_links(data_dir: Path) -> list[tuple[float, str, str, str]]:
    """(mtime, file name, normalized recipient, link) of every reset link sent. Blocking."""
    return [
        (mtime, key, to, match[0])
        for mtime, key, to, text in delivered(data_dir)
        if (match := _LINK.search(text))
    ]


def _code_in(text: str) -> str | None:
    """The code of a code message; None for notices (they carry links, never codes)."""
    if "://" in text:
        return None
    match = _CODE.search(text)
    return match[1] if match else None


_HANDED_LINKS: set[str] = set()


async def latest_link(env: ScreenEnv, address: str, wait: float = WAIT) -> str:
    """The newest password-reset link sent to ``address`` that no earlier call returned,
    waiting up to ``wait`` seconds for it (as ``env.latest_code`` does for codes)."""
    target = _normalized(address)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait
    while True:
        links = await loop.run_in_executor(None, sent_links, env.data_dir)
        fresh = [x for x in links if x[2] == target and x[1] not in _HANDED_LINKS]
        if fresh:
            _HANDED_LINKS.add(fresh[-1][1])
            return fresh[-1][3]
        if loop.time() > deadline:
            raise DriverError(f"no reset link was sent to {address}")
        await asyncio.sleep(0.1)


def demo_image(path: Path, title: str, size: tuple[int, int] = (640, 420)) -> Path:
    """A small PNG that looks like a photo of a document (for attachments and evidence)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, (236, 240, 246))
    draw = ImageDraw.Draw(image)
    w, h = size
    draw.rectangle((24, 24, w - 24, h - 24), outline=(60, 90, 140), width=4)
    draw.rectangle((48, 60, 200, 240), fill=(170, 186, 210))
    draw.ellipse((84, 90, 164, 170), fill=(120, 140, 170))
    draw.text((230, 64), title, fill=(20, 30, 50))
    for row in range(6):
        y = 110 + row * 30
        draw.rectangle((230, y, w - 60 - (row % 3) * 60, y + 12), fill=(150, 160, 180))
    draw.rectangle((48, h - 90, w - 48, h - 60), fill=(200, 208, 222))
    image.save(path, "PNG")
    return path


# -- the driver --------------------------------------------------------------------------


class ScreenDriver:
    """Requesters, agents and the supervisor acting on the server for one walk."""

    def __init__(self, env: ScreenEnv) -> None:
        self.env = env
        self.api = ApiClient(env.url)
        self.lives: list[LiveSession] = []
        self.cases: list[Requester] = []  # opened here: abandoned or closed on exit
        self.requests: list[tuple[str, str]] = []  # (request id, requester username)

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
        """Close every socket; refuse pending requests; abandon or close every case."""
        lives, self.lives = self.lives, []
        for live in lives:
            with contextlib.suppress(Exception):
                await asyncio.wait_for(live.close(), 5)
        with contextlib.suppress(Exception):
            await self._tidy()
        await self.api.aclose()

    async def _tidy(self) -> None:
        for request_id, requester in self.requests:
            decider = "tomasz" if requester != "tomasz" else "maria"
            with contextlib.suppress(ClientError, DriverError):
                await self.decide(decider, request_id, approve=False, note="Screenshot tidy-up")
        for case in self.cases:
            with contextlib.suppress(ClientError):
                await self.api.request("DELETE", f"/cases/{case.reference}", headers=case.headers())
                continue
            # Restoring (a reset link went out): its agent closes it.
            with contextlib.suppress(ClientError, DriverError):
                status = await self.status(case)
                if status["state"] == "restoring":
                    holder = await self._holder(case.reference)
                    if holder is not None:
                        await self.api.request(
                            "POST",
                            f"/agent/cases/{case.reference}/complete",
                            headers=holder.headers(),
                        )

    async def _holder(self, reference: str) -> Agent | None:
        for name in ("maria", "tomasz"):
            agent = await self.agent(name)
            with contextlib.suppress(ClientError):
                await self.api.request("GET", f"/agent/cases/{reference}", headers=agent.headers())
                return agent
        return None

    # -- agents ------------------------------------------------------------------------

    async def agent(self, username: str) -> Agent:
        """``username`` signed in (a session kept for the run, or a new sign-in)."""
        sessions = _SESSIONS.setdefault(self.env.url, {})
        cached = sessions.get(username)
        if cached is not None:
            agent = Agent(self.api, username, cached[1], cached[2], cached[0])
            try:
                await self.api.request("GET", "/agent/me", headers=agent.headers())
                return agent
            except ApiProblemError:
                sessions.pop(username, None)
        demo = self.env.agent(username)
        last: Exception | None = None
        for _ in range(3):
            code = await self.env.totp_code(demo["totp_secret"])
            try:
                response = await self.api.request(
                    "POST",
                    "/agent/sessions",
                    json={"username": username, "password": demo["password"], "totp": code},
                )
            except ApiProblemError as exc:
                last = exc
                continue
            signed = response.json()
            token, info = signed["token"], signed["agent"]
            role = str(info.get("role", demo.get("role", "agent")))
            sessions[username] = (token, int(info["id"]), role)
            return Agent(self.api, username, int(info["id"]), role, token)
        raise DriverError(f"{username} could not sign in: {last!r}")

    async def live(self, username: str) -> LiveSession:
        """A live socket of the agent (closed when the driver closes), connected."""
        agent = await self.agent(username)
        live = LiveSession(self.env.url, AgentAuth(token=agent.token), keepalive_seconds=None)
        self.lives.append(live)
        live.start()
        try:
            await asyncio.wait_for(live.wait_connected(), 10)
        except TimeoutError as exc:
            raise DriverError(f"the live socket of {username} did not connect") from exc
        return live

    async def requester_live(self, case: Requester) -> LiveSession:
        """The requester's own live socket on ``case`` (closed when the driver closes)."""
        from recovery_app.schemas.live import RequesterAuth

        live = LiveSession(
            self.env.url,
            RequesterAuth(case=case.reference, token=case.token),
            keepalive_seconds=None,
        )
        self.lives.append(live)
        live.start()
        try:
            await asyncio.wait_for(live.wait_connected(), 10)
        except TimeoutError as exc:
            raise DriverError(f"the requester's live socket on {case.reference} failed") from exc
        return live

    @staticmethod
    async def message_from(
        live: LiveSession, conversation: str, sender: str, wait: float = WAIT
    ) -> int:
        """Read ``live``'s events until a message of ``conversation`` whose sender starts
        with ``sender`` ("requester", "agent") arrives; returns its seq."""
        from recovery_app.schemas.live import MessageFrame

        ref = conversation.strip().upper()

        async def first() -> int:
            async for event in live.events():
                if (
                    isinstance(event, MessageFrame)
                    and event.conversation == ref
                    and event.sender.startswith(sender)
                ):
                    return event.seq
            raise DriverError(f"the live socket closed before a {sender} message on {ref}")

        try:
            return await asyncio.wait_for(first(), wait)
        except TimeoutError as exc:
            raise DriverError(f"no {sender} message arrived on {ref}") from exc

    async def close_live(self, live: LiveSession) -> None:
        if live in self.lives:
            self.lives.remove(live)
        await asyncio.wait_for(live.close(), 5)

    async def assign(self, reference: str, username: str) -> None:
        """The supervisor assigns the case to ``username``."""
        sam = await self.agent("sam")
        target = await self.agent(username)
        await self.api.request(
            "POST",
            f"/supervisor/cases/{reference}/assign",
            json={"agent_id": target.id},
            headers=sam.headers(),
        )

    async def agent_case(self, username: str, reference: str) -> dict[str, Any]:
        agent = await self.agent(username)
        response = await self.api.request(
            "GET", f"/agent/cases/{reference}", headers=agent.headers()
        )
        found: dict[str, Any] = response.json()
        return found

    async def agent_challenge(self, username: str, reference: str, method: str) -> str:
        """The agent asks the requester for a proof from the chat; returns its id."""
        agent = await self.agent(username)
        response = await self.api.request(
            "POST",
            f"/agent/cases/{reference}/challenges",
            json={"method": method},
            headers=agent.headers(),
        )
        return str(response.json()["id"])

    async def restore(
        self,
        username: str,
        reference: str,
        action: str,
        reason: str,
        target: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        agent = await self.agent(username)
        response = await self.api.request(
            "POST",
            f"/agent/cases/{reference}/restore",
            json={"action": action, "target": target or {}, "reason": reason},
            headers=agent.headers(),
        )
        done: dict[str, Any] = response.json()
        if done.get("status") == "pending_approval":
            self.requests.append((str(done["id"]), username))
        return done

    async def decide(self, username: str, request_id: str, *, approve: bool, note: str) -> None:
        agent = await self.agent(username)
        await self.api.request(
            "POST",
            f"/agent/restore-requests/{request_id}/decision",
            json={"approve": approve, "note": note},
            headers=agent.headers(),
        )
        self.requests = [r for r in self.requests if r[0] != request_id]

    async def complete(self, username: str, reference: str) -> None:
        agent = await self.agent(username)
        await self.api.request(
            "POST", f"/agent/cases/{reference}/complete", headers=agent.headers()
        )

    # -- requesters --------------------------------------------------------------------

    async def open_case(
        self, kind: str, identifier: str, *, label: str = "screens", keep: bool = False
    ) -> Requester:
        """A new case with a reply address of its own, that address already confirmed.

        ``keep``: not abandoned when the driver closes (the walk hands it on)."""
        reply = f"{label}.{secrets.token_hex(4)}@example.org"
        opened = (
            await self.api.request(
                "POST",
                "/cases",
                json={
                    "kind": kind,
                    "identifier": identifier,
                    "reply_contact": reply,
                    "language": self.env.language,
                },
            )
        ).json()
        case = Requester(opened["reference"], opened["token"], reply, self.env.language)
        if not keep:
            self.cases.append(case)
        step = await self._pending(case, "reply_contact")
        await self._answer(case, step["id"], await self.env.latest_code(reply))
        return case

    def adopt(self, reference: str, token: str, language: str) -> Requester:
        """A case opened elsewhere (in a window) that this driver abandons on exit."""
        case = Requester(reference, token, "", language)
        self.cases.append(case)
        return case

    async def status(self, case: Requester) -> dict[str, Any]:
        response = await self.api.request("GET", f"/cases/{case.reference}", headers=case.headers())
        found: dict[str, Any] = response.json()
        return found

    async def _pending(
        self, case: Requester, purpose: str, method: str | None = None
    ) -> dict[str, Any]:
        status = await self.status(case)
        for step in reversed(status["pending"]):
            if step["purpose"] == purpose and (method is None or step["method"] == method):
                found: dict[str, Any] = step
                return found
        raise DriverError(f"case {case.reference} has no pending {purpose} {method or ''} step")

    async def _answer(self, case: Requester, challenge_id: str, answer: str) -> dict[str, Any]:
        response = await self.api.request(
            "POST",
            f"/cases/{case.reference}/challenges/{challenge_id}/answer",
            json={"answer": answer},
            headers=case.headers(),
        )
        result: dict[str, Any] = response.json()
        if result.get("outcome") != "passed":
            raise DriverError(
                f"case {case.reference}: the answer was not accepted ({result.get('outcome')})"
            )
        return result

    async def start_challenge(self, case: Requester, method: str) -> dict[str, Any]:
        response = await self.api.request(
            "POST",
            f"/cases/{case.reference}/challenges",
            json={"method": method},
            headers=case.headers(),
        )
        started: dict[str, Any] = response.json()
        return started

    async def prove(
        self, case: Requester, method: str, *, address: str = "", secret: str = ""
    ) -> dict[str, Any]:
        """Prove one thing: a code sent to ``address``, or a TOTP code of ``secret``."""
        before = await self._seen(address) if method != "totp" else set()
        started = await self.start_challenge(case, method)
        if method == "totp":
            code = await self.env.totp_code(secret)
        else:
            code = await self._new_code(address, before)
        return await self._answer(case, str(started["id"]), code)

    async def answer_pending(
        self, case: Requester, method: str, address: str, before: set[str]
    ) -> None:
        """Answer a step the agent started (its code arrived at ``address``; ``before``:
        what :meth:`seen` gave before the agent started it)."""
        step = await self._pending(case, "verify", method)
        await self._answer(case, step["id"], await self._new_code(address, before))

    async def seen(self, address: str) -> set[str]:
        return await self._seen(address)

    async def _seen(self, address: str) -> set[str]:
        """The messages already delivered to ``address`` (to tell a new code from old mail)."""
        target = _normalized(address)
        found = await asyncio.get_running_loop().run_in_executor(None, delivered, self.env.data_dir)
        return {key for _, key, to, _ in found if to == target}

    async def _new_code(self, address: str, before: set[str], wait: float = WAIT) -> str:
        """The code of the newest code message to ``address`` not in ``before`` (notices,
        with links that may hold six digits in a row, are never taken for codes)."""
        target = _normalized(address)
        loop = asyncio.get_running_loop()
        deadline = loop.time() + wait
        while True:
            found = await loop.run_in_executor(None, delivered, self.env.data_dir)
            codes = [
                code
                for _, key, to, text in found
                if to == target and key not in before and (code := _code_in(text))
            ]
            if codes:
                return codes[-1]
            if loop.time() > deadline:
                raise DriverError(f"no code arrived for {address}")
            await asyncio.sleep(0.1)

    async def send_evidence(self, case: Requester, method: str, image: Path) -> str:
        """Start a document (or selfie) step and upload ``image`` for it."""
        started = await self.start_challenge(case, method)
        data = await asyncio.get_running_loop().run_in_executor(None, image.read_bytes)
        response = await self.api.request(
            "POST",
            f"/cases/{case.reference}/challenges/{started['id']}/evidence",
            files={"file": (image.name, data, "image/png")},
            headers=case.headers(),
        )
        return str(response.json()["id"])

    async def request_support(self, case: Requester) -> dict[str, Any]:
        response = await self.api.request(
            "POST", f"/cases/{case.reference}/support", headers=case.headers()
        )
        found: dict[str, Any] = response.json()
        return found

    async def abandon(self, case: Requester) -> None:
        await self.api.request("DELETE", f"/cases/{case.reference}", headers=case.headers())
        if case in self.cases:
            self.cases.remove(case)
