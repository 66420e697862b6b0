"""User mode: the guided flow from "what happened?" to a secured account.

Steps (DESIGN §5): 1 what happened → 2 which account and a reply address (and
its code) → 3 prove it is you → 4 get help (assistant, queue, chat; the
support page) → 5 secure the account (the secure page). A case can be resumed
from its reference. "Get help from a person" is reachable from every page.

The flow only mirrors the server: levels, limits and gates are the server's.
Slots stay thin: each starts one named task that awaits one call of
:mod:`recovery_app.client.cases` and shows the outcome as a sentence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_app.client import cases
from recovery_app.client.case_session import CaseSession
from recovery_app.client.credentials import CaseTokenStore
from recovery_app.client.errors import ApiProblemError, ClientError
from recovery_app.schemas.cases import AnswerOut, CaseStatusOut
from ui.context import ClientContext
from ui.messages import message_for
from ui.tasks import BackgroundTasks
from ui.user.code_entry import CodeEntryPage
from ui.user.evidence_page import EvidencePage
from ui.user.identify_page import IdentifyPage
from ui.user.page_base import FlowPage
from ui.user.reply_code_page import ReplyCodePage
from ui.user.resume_page import ResumePage
from ui.user.situation_page import SituationPage
from ui.user.verify_page import VerifyPage

log = logging.getLogger(__name__)

TOTAL_STEPS = 5
# While a code is on its way, the page asks the server this often how its message is doing.
DELIVERY_POLL_SECONDS = 10.0
SUPPORT_STATES = frozenset({"queued", "in_chat", "restoring", "on_hold"})
CLOSED_STATES = frozenset({"rejected", "abandoned"})


class UserFlow(QWidget):
    """The pages of user mode, one at a time, with back, a step indicator and a way to a person.

    Pages (attributes): ``situation``, ``identify``, ``reply``, ``verify``, ``code_page``,
    ``evidence``, ``resume``; ``support_page`` and ``secure_page`` once shown.
    """

    def __init__(
        self,
        context: ClientContext,
        parent: QWidget | None = None,
        *,
        tokens: CaseTokenStore | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("userFlow")
        self.context = context
        self.tokens = tokens or CaseTokenStore()
        self.tasks = BackgroundTasks()
        self.case: CaseSession | None = None
        self.status: CaseStatusOut | None = None
        self.kind = "forgot_password"
        self.support_page: QWidget | None = None
        self.secure_page: QWidget | None = None
        self._secure_case: CaseSession | None = None
        self.history: list[QWidget] = []
        self._busy = False
        self.delivery_poll_seconds = DELIVERY_POLL_SECONDS

        self.step_label = QLabel(self)
        self.step_label.setObjectName("stepLabel")
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.back)
        self.help_button = QPushButton(self)
        self.help_button.setObjectName("helpButton")
        self.help_button.clicked.connect(self.ask_for_person)
        bar = QHBoxLayout()
        bar.setContentsMargins(40, 12, 40, 0)
        bar.addWidget(self.back_button)
        bar.addWidget(self.step_label, 1)
        # Keeps both buttons compact when the step label is hidden (the resume page).
        bar.addStretch(0)
        bar.addWidget(self.help_button)

        self.stack = QStackedWidget(self)
        self.situation = SituationPage(self.stack)
        self.identify = IdentifyPage(self.stack)
        self.reply = ReplyCodePage(self.stack)
        self.verify = VerifyPage(self.stack)
        self.code_page = CodeEntryPage(self.stack)
        self.evidence = EvidencePage(self.stack)
        self.resume = ResumePage(self.stack)
        for page in (
            self.situation,
            self.identify,
            self.reply,
            self.verify,
            self.code_page,
            self.evidence,
            self.resume,
        ):
            self.stack.addWidget(page)
        scroll = QScrollArea(self)
        self.scroll = scroll
        scroll.setObjectName("flowScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)

        self.situation.chosen.connect(self.choose_kind)
        self.situation.resumeRequested.connect(lambda: self.go(self.resume))
        self.situation.resetLinkRequested.connect(lambda: self.show_secure(None))
        self.identify.submitted.connect(self.open_case)
        self.reply.submitted.connect(self.answer_reply_code)
        self.reply.resendRequested.connect(self.resend_reply_code)
        self.verify.methodChosen.connect(self.choose_method)
        self.verify.helpRequested.connect(self.ask_for_person)
        self.code_page.submitted.connect(self.answer_code)
        self.code_page.resendRequested.connect(lambda: self.choose_method(self.code_page.method))
        self.evidence.sendRequested.connect(self.send_evidence)
        self.resume.submitted.connect(self.resume_case)
        self._shortcuts = [
            QShortcut(QKeySequence(key), self, self._back_by_key)
            for key in (Qt.Key.Key_Escape, QKeySequence.StandardKey.Back)
        ]
        for shortcut in self._shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.go(self.situation, remember=False)
        self.retranslate()

    # -- navigation ---------------------------------------------------------------

    @property
    def heading(self) -> QLabel:
        """The first page's heading (what the main window's tests read)."""
        return self.situation.heading

    def current_page(self) -> QWidget:
        return self.stack.currentWidget()

    def step_of(self, page: QWidget) -> int | None:
        steps: dict[Any, int] = {
            self.situation: 1,
            self.identify: 2,
            self.reply: 2,
            self.verify: 3,
            self.code_page: 3,
            self.evidence: 3,
        }
        if page is self.support_page:
            return 4
        if page is self.secure_page:
            return 5
        return steps.get(page)

    def go(self, page: QWidget, *, remember: bool = True) -> None:
        current = self.stack.currentWidget()
        if remember and current is not None and current is not page:
            self.history.append(current)
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        # Only the current page sizes the stack, so a short page shows no scroll bar.
        for index in range(self.stack.count()):
            other = self.stack.widget(index)
            policy = QSizePolicy.Policy.Preferred if other is page else QSizePolicy.Policy.Ignored
            other.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(page)
        # Pages with their own scrolling parts (support chat, secure steps) fill the view
        # instead of scrolling as a whole: one scroll bar, never two.
        own = page is self.support_page or page is self.secure_page
        self.scroll.setVerticalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if own else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.stack.adjustSize()
        self._update_bar()
        focus = page.first_focus() if isinstance(page, FlowPage) else None
        (focus or page).setFocus()

    def back(self) -> None:
        if self._busy or not self.history:
            return
        page = self.history.pop()
        # Pages of a finished step (the identify form once its code was checked) are skipped.
        while self.case and self.status and page in (self.identify, self.reply) and self.history:
            page = self.history.pop()
        self.go(page, remember=False)

    def _back_by_key(self) -> None:
        if self.back_button.isEnabled():
            self.back()

    def restart(self) -> None:
        """Back to the first page for a new case (after securing the account)."""
        self.case = None
        self.status = None
        self.history.clear()
        self.go(self.situation, remember=False)
        self._forget_case_pages()

    def _forget_case_pages(self) -> None:
        """The support and secure pages belong to one case: retire them for another."""
        for page in (self.support_page, self.secure_page):
            if page is not None:
                self._retire(page)
        self.support_page = self.secure_page = None
        self._secure_case = None

    def _update_bar(self) -> None:
        step = self.step_of(self.stack.currentWidget())
        self.step_label.setVisible(step is not None)
        if step is not None:
            self.step_label.setText(
                self.tr("Step {step} of {total}").format(step=step, total=TOTAL_STEPS)
            )
            self.step_label.setAccessibleName(self.step_label.text())
        self.back_button.setEnabled(bool(self.history) and not self._busy)

    # -- running one call ---------------------------------------------------------

    def _spawn(self, name: str, page: FlowPage, work: Callable[[], Awaitable[None]]) -> None:
        self.tasks.spawn(name, self._guarded(page, work))

    async def _guarded(self, page: FlowPage, work: Callable[[], Awaitable[None]]) -> None:
        """Run ``work`` with ``page`` busy; a failure becomes a sentence on the page."""
        self._set_busy(page, True)
        try:
            await work()
        except ClientError as exc:
            log.info("user flow: %s", exc.code)
            page.show_message(self.problem_text(exc))
        finally:
            self._set_busy(page, False)

    def _set_busy(self, page: QWidget, busy: bool) -> None:
        self._busy = busy
        setter = getattr(page, "set_busy", None)
        if setter is not None:
            setter(busy)
        entry = getattr(page, "entry", None)
        if entry is not None:
            entry.set_busy(busy)
        if isinstance(page, SituationPage | VerifyPage):
            page.setEnabled(not busy)
        self._update_bar()

    def locked_text(self) -> str:
        return self.tr(
            "This code is locked after too many wrong tries. Ask for a new code, or go back "
            "and choose another way to prove it is you."
        )

    def expired_text(self) -> str:
        return self.tr(
            "This code has expired or a newer one was sent. Ask for a new code and type "
            "the newest one."
        )

    def problem_text(self, exc: ClientError) -> str:
        code = exc.code
        if code == cases.LOCKED:
            return self.locked_text()
        if code == cases.EXPIRED:
            return self.expired_text()
        if code == "not_found":
            return self.tr(
                "We found no open case with this reference and key. Check them and try again, "
                "or start a new case."
            )
        if code == "conflict":
            return self.tr(
                "Your case has moved on and this step is no longer possible. Go back to the "
                "start and resume your case with its reference."
            )
        if code == "validation_failed":
            return self.tr(
                "Please check what you typed: the account and an e-mail address or phone "
                "number (with country code) where we can reach you."
            )
        if code == "invalid_input" and isinstance(exc, ApiProblemError):
            return self.tr(
                "Give an e-mail address or a phone number (with country code) we can reply to."
            )
        if code in ("payload_too_large", "unsupported_file"):
            return self.evidence.problem_text(code, "document")
        return message_for(code)

    # -- step 1 and 2: what happened, which account, the reply code ---------------

    def choose_kind(self, kind: str) -> None:
        self.kind = kind
        self.identify.set_kind(kind, self.context.languages.language)
        self.go(self.identify)

    def open_case(self, identifier: str, reply: str, language: str) -> None:
        async def work() -> None:
            opened = await cases.open_case(
                self.context.api,
                self.kind,
                identifier,
                reply,
                language,  # type: ignore[arg-type]
            )
            self.case = CaseSession(opened.reference, opened.token, language)
            self.status = None
            self._forget_case_pages()
            kept = await self.tokens.asave(opened.reference, opened.token)
            self.reply.reference_box.set_token_kept(kept, opened.token)
            self.reply.start(opened.reference, reply)
            self.go(self.reply)
            self.watch_delivery(self.reply, "reply_contact")

        self._spawn("open-case", self.identify, work)

    def answer_reply_code(self, code: str) -> None:
        case = self.case
        if case is None:
            return

        async def work() -> None:
            step = await cases.reply_step_id(self.context.api, case)
            if step is None:
                self.reply.show_message(self.expired_text())
                return
            answer = await cases.answer_challenge(self.context.api, case, step, code)
            if self._show_wrong(self.reply, answer):
                return
            self.reply.entry.stop()
            await self._show_verify()

        self._spawn("reply-code", self.reply, work)

    def resend_reply_code(self) -> None:
        case = self.case
        if case is None:
            return

        async def work() -> None:
            await cases.resend_reply_code(self.context.api, case)
            self.reply.entry.start_countdown()
            self.watch_delivery(self.reply, "reply_contact")
            self.reply.show_message(self.tr("We sent a new code. Use the newest one."), "info")

        self._spawn("reply-resend", self.reply, work)

    def _show_wrong(self, page: FlowPage, answer: AnswerOut) -> bool:
        """Say that the code was wrong (keeping it for correction); True when it was."""
        if answer.outcome == "passed":
            return False
        entry = getattr(page, "entry", None)
        if entry is not None:
            entry.field.selectAll()
            entry.field.setFocus()
        if answer.outcome == "wrong":
            page.show_message(
                self.tr(
                    "That code is not right. Check it and try again: %n tries left.",
                    "",
                    answer.attempts_left,
                )
            )
        elif answer.outcome == "locked":
            page.show_message(self.locked_text())
        else:
            page.show_message(self.expired_text())
        return True

    # -- step 3: verification ---------------------------------------------------

    async def _show_verify(self, note: str = "", *, remember: bool = True) -> None:
        case = self.case
        assert case is not None
        self.status = await cases.case_status(self.context.api, case)
        self.verify.set_status(self.status)
        if note:
            self.verify.show_message(note, "ok")
        else:
            self.verify.clear_message()
        self.go(self.verify, remember=remember)

    def choose_method(self, method: str) -> None:
        case = self.case
        if case is None:
            return
        page: FlowPage = self.verify if self.current_page() is self.verify else self.code_page

        async def work() -> None:
            if method == "document":
                document = await cases.start_challenge(self.context.api, case, "document")
                selfie = await cases.start_challenge(self.context.api, case, "selfie")
                self.evidence.start(
                    {"document": document.id, "selfie": selfie.id}, selfie.phrase or ""
                )
                self.go(self.evidence)
                return
            resend = self.current_page() is self.code_page and self.code_page.method == method
            started = await cases.start_challenge(self.context.api, case, method)  # type: ignore[arg-type]
            if not resend:
                self.code_page.set_method(method)
            self.code_page.challenge_id = started.id
            if method in ("email_code", "sms_code"):
                self.code_page.entry.start_countdown()
            if resend:
                self.code_page.show_message(
                    self.tr("We sent a new code. Use the newest one."), "info"
                )
            else:
                self.go(self.code_page)
            if method in ("email_code", "sms_code"):
                self.watch_delivery(self.code_page, "verify", started.id)

        self._spawn("start-challenge", page, work)

    def watch_delivery(
        self, page: ReplyCodePage | CodeEntryPage, purpose: str, challenge_id: str | None = None
    ) -> None:
        """While ``page`` waits for a code, follow its message's delivery state (the
        server's); a newer code replaces the watch."""
        page.entry.set_delivery(None)
        self.tasks.spawn("delivery", self._watch_delivery(page, purpose, challenge_id))

    async def _watch_delivery(
        self, page: ReplyCodePage | CodeEntryPage, purpose: str, challenge_id: str | None
    ) -> None:
        case, last = self.case, ""
        while case is not None and case is self.case:
            await asyncio.sleep(self.delivery_poll_seconds)
            if case is not self.case or self.current_page() is not page:
                return
            try:
                status = await cases.case_status(self.context.api, case)
            except ClientError as exc:  # the connection line says why; ask again later
                log.info("user flow: delivery state: %s", exc.code)
                continue
            step = next(
                (
                    p
                    for p in status.pending
                    if p.purpose == purpose and challenge_id in (None, p.id)
                ),
                None,
            )
            if step is None:  # answered, replaced or expired: nothing more to say
                if last == "delayed":
                    page.entry.set_delivery("expired")
                return
            last = step.delivery or ""
            page.entry.set_delivery(step.delivery)
            if step.delivery in (None, "sent", "failed", "expired"):
                return

    def answer_code(self, code: str) -> None:
        case, challenge = self.case, self.code_page.challenge_id
        if case is None or challenge is None:
            return

        async def work() -> None:
            answer = await cases.answer_challenge(self.context.api, case, challenge, code)
            if self._show_wrong(self.code_page, answer):
                return
            self.code_page.entry.stop()
            self.code_page.entry.field.clear()
            if self.verify in self.history:  # the finished code step is not a page to go back to
                del self.history[self.history.index(self.verify) :]
            await self._show_verify(self.tr("Thank you: that proof was accepted."), remember=False)

        self._spawn("answer", self.code_page, work)

    def send_evidence(self) -> None:
        case = self.case
        if case is None:
            return

        async def work() -> None:
            loop = asyncio.get_running_loop()
            for method, path in self.evidence.files().items():
                if not await self.evidence.check(method, path):
                    return  # changed since it was chosen: nothing is sent
                data = await loop.run_in_executor(None, Path.read_bytes, path)
                challenge = self.evidence.challenges[method]
                await cases.upload_evidence(self.context.api, case, challenge, data)
                self.evidence.mark_sent(method)
            self.evidence.show_message(
                self.tr(
                    "Sent. Our team checks your files, usually within a day; your level rises "
                    "when they are approved. You can get help from a person meanwhile."
                ),
                "ok",
            )

        self._spawn("evidence", self.evidence, work)

    # -- steps 4 and 5: a person, securing the account ---------------------------

    def ask_for_person(self) -> None:
        """The escape hatch: reach a person from wherever the person is."""
        page = self.current_page()
        if self.case is None:
            target = self.identify if page is self.identify else self.situation
            target.show_message(
                self.tr(
                    "To put you in touch with a person we need to know which account it is "
                    "and how to reach you. Choose what happened, then fill in the next page."
                )
                if target is self.situation
                else self.tr(
                    "To put you in touch with a person, fill in this page first: which account, "
                    "and where we can reach you."
                ),
                "info",
            )
            if page is not target:
                self.go(target)
            return
        if self.status is None or self.status.state == "opened":
            if page is not self.reply:
                self.go(self.reply)
            self.reply.show_message(
                self.tr(
                    "First type the code we sent to your reply address, so that our team can "
                    "reach you there."
                ),
                "info",
            )
            return
        self.show_support()

    def show_support(self) -> None:
        case = self.case
        if case is None:
            return
        if self.support_page is None:
            try:
                from ui.user.support_page import SupportPage
            except ImportError:
                log.exception("support page not available")
                self.current_page_message(
                    self.tr("Talking to a person is not available in this version of the app.")
                )
                return
            support = SupportPage(self.context, case, self.stack)
            support.secureRequested.connect(lambda: self.show_secure(self.case))
            self.support_page = support
        self.go(self.support_page)

    def show_secure(self, case: CaseSession | None) -> None:
        if self.secure_page is not None and self._secure_case != case:
            self._retire(self.secure_page)
            self.secure_page = None
        if self.secure_page is None:
            try:
                from ui.user.secure_page import SecurePage
            except ImportError:
                log.exception("secure page not available")
                self.current_page_message(
                    self.tr("Securing the account is not available in this version of the app.")
                )
                return
            secure = SecurePage(self.context, case, self.stack)
            secure.finished.connect(self.restart)
            self.secure_page, self._secure_case = secure, case
        self.go(self.secure_page)

    def _retire(self, page: QWidget) -> None:
        """Take a page of another case off the stack and close it in the background."""
        self.stack.removeWidget(page)
        self.history = [p for p in self.history if p is not page]
        closer = getattr(page, "aclose", None)

        async def close() -> None:
            if closer is not None:
                await closer()
            page.deleteLater()

        self.tasks.spawn(f"retire-{id(page)}", close())

    def current_page_message(self, text: str) -> None:
        page = self.current_page()
        if isinstance(page, FlowPage):
            page.show_message(text)

    # -- resuming -----------------------------------------------------------------

    def resume_case(self, reference: str, typed_token: str) -> None:
        async def work() -> None:
            token = typed_token or await self.tokens.aload(reference)
            if not token:
                self.resume.ask_token(True)
                self.resume.show_message(
                    self.tr(
                        "This computer does not keep the key to this case. Enter the case key "
                        "you saved."
                    ),
                    "info",
                )
                return
            case = CaseSession(reference, token, self.context.languages.language)
            status = await cases.case_status(self.context.api, case)
            if typed_token:
                await self.tokens.asave(reference, token)
            self._adopt(case, status)

        self._spawn("resume", self.resume, work)

    def _adopt(self, case: CaseSession, status: CaseStatusOut) -> None:
        self.case, self.status, self.kind = case, status, status.kind
        self._forget_case_pages()
        self.resume.ask_token(False)
        if status.state in CLOSED_STATES:
            self.resume.show_message(
                self.tr("This case is closed. To try again, go back and open a new case.")
            )
            return
        self.history = [self.situation]
        if status.state == "opened":
            kept = self.tokens.persistent
            self.reply.reference_box.set_token_kept(kept, case.token)
            self.reply.start(case.reference, "")
            self.reply.entry.start_countdown(0)
            self.go(self.reply, remember=False)
            self.watch_delivery(self.reply, "reply_contact")
        elif status.state == "verifying":
            self.verify.set_status(status)
            self.verify.clear_message()
            self.go(self.verify, remember=False)
        elif status.state == "restored":
            self.show_secure(case)
        else:
            self.show_support()

    # -- lifecycle ----------------------------------------------------------------

    async def aclose(self) -> None:
        """Stop requests, timers and the support page; called before the loop ends."""
        self.reply.entry.stop()
        self.code_page.entry.stop()
        await self.tasks.aclose()
        for page in (self.support_page, self.secure_page):
            closer = getattr(page, "aclose", None)
            if closer is not None:
                await closer()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Get help with your account"))
        self.back_button.setText(self.tr("← &Back"))
        self.back_button.setAccessibleName(self.tr("Back to the previous page"))
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.help_button.setText(self.tr("Talk to a &person"))
        self.help_button.setAccessibleName(self.tr("Get help from a person"))
        self._update_bar()
