"""Helpers for the user-flow tests: codes from the live server's Maildir, keyrings, walking.

Not a test module. The keyring backends are deterministic: tests never touch the
developer's real keyring.
"""

from __future__ import annotations

import asyncio
import mailbox
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import fail

from tests.ui.conftest import eventually
from ui.user.flow import UserFlow

CODE = re.compile(r"\b(\d{6})\b")


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict: what a working OS keyring does, for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.items.pop((service, username), None)


@contextmanager
def using_keyring(backend: KeyringBackend) -> Iterator[KeyringBackend]:
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def no_keyring() -> KeyringBackend:
    return fail.Keyring()


class Outbox:
    """Reads the codes the live server wrote to DATA_DIR/mail and DATA_DIR/sms."""

    def __init__(self, data_dir: Path) -> None:
        self.data_dir = data_dir
        self.seen: set[str] = set()

    def _messages(self, to: str) -> list[mailbox.MaildirMessage]:
        found: list[mailbox.MaildirMessage] = []
        for folder in ("mail", "sms"):
            try:
                box = mailbox.Maildir(self.data_dir / folder, create=False)
                found += [m for m in box if m["To"] == to]
            except (FileNotFoundError, mailbox.NoSuchMailboxError):
                continue
        return found

    def count(self, to: str) -> int:
        return len(self._messages(to))

    async def code(self, to: str, timeout: float = 10.0) -> str:
        """The code of the next message to ``to`` not read before."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while loop.time() < deadline:
            for message in self._messages(to):
                if message["Message-ID"] in self.seen:
                    continue
                self.seen.add(message["Message-ID"])
                payload = message.get_payload(decode=True)
                text = payload.decode() if isinstance(payload, bytes) else str(payload)
                match = CODE.search(text)
                assert match, text
                return match.group(1)
            await asyncio.sleep(0.05)
        raise AssertionError(f"no new code to {to}")


async def open_case(flow: UserFlow, kind: str, account: str, reply: str) -> None:
    flow.situation.choices[kind].click()
    assert flow.current_page() is flow.identify
    flow.identify.account_field.setText(account)
    flow.identify.reply_field.setText(reply)
    flow.identify.continue_button.click()
    await eventually(lambda: flow.current_page() is flow.reply, what="the reply-code page")


async def confirm_reply(flow: UserFlow, outbox: Outbox, reply: str) -> None:
    flow.reply.entry.field.setText(await outbox.code(reply))
    flow.reply.entry.submit_button.click()
    await eventually(lambda: flow.current_page() is flow.verify, what="the verify page")


async def choose(flow: UserFlow, method: str) -> None:
    flow.verify.methods[method].click()
    target = flow.evidence if method == "document" else flow.code_page
    await eventually(lambda: flow.current_page() is target, what=f"the {method} page")


async def type_code(flow: UserFlow, code: str) -> None:
    flow.code_page.message.hide()
    flow.code_page.entry.field.setText(code)
    flow.code_page.entry.submit_button.click()
    await eventually(
        lambda: flow.current_page() is flow.verify or flow.code_page.message.isVisibleTo(flow),
        what="an answer to the code",
    )
