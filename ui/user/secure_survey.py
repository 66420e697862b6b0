"""The last step when a case is known: "Was your access restored?", a rating, a comment."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QWidget,
)

from recovery_app.client import platform as api_platform
from recovery_app.client.case_session import CaseSession
from recovery_app.client.errors import ClientError
from ui.context import ClientContext
from ui.tasks import BackgroundTasks
from ui.user.secure_common import StepFrame, error_text

MAX_COMMENT = 2000


class SurveyStep(StepFrame):
    def __init__(
        self, context: ClientContext, case: CaseSession, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.case = case
        self.tasks = BackgroundTasks()
        self.answered = False
        self.restored_caption = QLabel(self)
        self.restored_caption.setWordWrap(True)
        self.yes = QRadioButton(self)
        self.no = QRadioButton(self)
        self.restored = QButtonGroup(self)
        self.restored.addButton(self.yes, 1)
        self.restored.addButton(self.no, 0)
        self.rating_caption = QLabel(self)
        self.rating_caption.setWordWrap(True)
        self.ratings = QButtonGroup(self)
        self.rating_buttons = [QRadioButton(str(n), self) for n in range(1, 6)]
        for n, button in enumerate(self.rating_buttons, start=1):
            self.ratings.addButton(button, n)
        self.comment_caption = QLabel(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setMaximumHeight(110)
        self.comment_caption.setBuddy(self.comment)
        self.send = QPushButton(self)
        self.send.setObjectName("primaryButton")
        self.skip = QPushButton(self)
        self.body.addWidget(self.restored_caption)
        yes_no = QHBoxLayout()
        yes_no.addWidget(self.yes)
        yes_no.addWidget(self.no)
        yes_no.addStretch(1)
        self.body.addLayout(yes_no)
        self.body.addWidget(self.rating_caption)
        stars = QHBoxLayout()
        for button in self.rating_buttons:
            stars.addWidget(button)
        stars.addStretch(1)
        self.body.addLayout(stars)
        self.body.addWidget(self.comment_caption)
        self.body.addWidget(self.comment)
        row = QHBoxLayout()
        row.addWidget(self.send)
        row.addStretch(1)
        row.addWidget(self.skip)
        self.body.addLayout(row)
        self.restored.idToggled.connect(self._update)
        self.ratings.idToggled.connect(self._update)
        self.send.clicked.connect(lambda: self.tasks.spawn("survey", self.submit()))
        self.skip.clicked.connect(self.completed)
        self.retranslate()
        self._update()

    def enter(self) -> None:
        self.tasks.spawn("status", self.load())
        self.yes.setFocus()

    async def load(self) -> None:
        try:
            status = await api_platform.survey_status(self.context.api, self.case)
        except ClientError:
            return  # the form still works; sending will say what is wrong
        if status.answered:
            self._show_answered()

    def _update(self) -> None:
        self.send.setEnabled(
            not self.answered and self.restored.checkedId() >= 0 and self.ratings.checkedId() > 0
        )

    async def submit(self) -> bool:
        if self.restored.checkedId() < 0 or self.ratings.checkedId() <= 0:
            return False
        self.clear_message()
        self.send.setEnabled(False)
        try:
            await api_platform.answer_survey(
                self.context.api,
                self.case,
                self.restored.checkedId() == 1,
                self.ratings.checkedId(),
                self.comment.toPlainText().strip()[:MAX_COMMENT] or None,
            )
        except ClientError as exc:
            self.show_message(error_text(exc))
            self._update()
            return False
        self._show_answered()
        self.completed.emit()
        return True

    def _show_answered(self) -> None:
        self.answered = True
        for widget in (self.yes, self.no, *self.rating_buttons, self.comment):
            widget.setEnabled(False)
        self.show_message(self.tr("Thank you for your answer."), tone="ok")
        self.skip.setText(self.tr("&Continue"))
        self._update()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("How did it go?"))
        self.intro.setText(
            self.tr("Two quick questions about your recovery case. Answering is optional.")
        )
        self.restored_caption.setText(self.tr("Was your access restored?"))
        self.yes.setText(self.tr("&Yes"))
        self.no.setText(self.tr("N&o"))
        self.yes.setAccessibleName(self.tr("Yes, my access was restored"))
        self.no.setAccessibleName(self.tr("No, my access was not restored"))
        self.rating_caption.setText(
            self.tr("How would you rate the help you got? (1 = bad, 5 = very good)")
        )
        for n, button in enumerate(self.rating_buttons, start=1):
            button.setAccessibleName(self.tr("Rating %1 of 5").replace("%1", str(n)))
        self.comment_caption.setText(self.tr("Co&mment (optional):"))
        self.comment.setAccessibleName(self.tr("Comment"))
        self.send.setText(self.tr("Sen&d"))
        self.send.setAccessibleName(self.tr("Send your answer"))
        self.skip.setText(self.tr("&Continue") if self.answered else self.tr("S&kip"))
        self.skip.setAccessibleName(self.tr("Continue without answering"))

    async def aclose(self) -> None:
        await self.tasks.aclose()
