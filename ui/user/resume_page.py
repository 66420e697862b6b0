"""Come back to a case: its reference, and its key when this computer does not keep it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ui.user.page_base import FlowPage, wrapped_label


class ResumePage(FlowPage):
    """Signals:
    submitted(str, str): reference, and the token typed ("" when not asked for).
    """

    submitted = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference_label = QLabel(self)
        self.reference_field = QLineEdit(self)
        self.reference_field.setObjectName("referenceField")
        self.token_label = QLabel(self)
        self.token_field = QLineEdit(self)
        self.token_field.setObjectName("tokenField")
        self.token_field.setEchoMode(QLineEdit.EchoMode.Password)
        self.token_hint = wrapped_label(self, "fieldHint")
        self.reference_label.setBuddy(self.reference_field)
        self.token_label.setBuddy(self.token_field)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.addRow(self.reference_label, self.reference_field)
        self.form.addRow(self.token_label, self.token_field)
        self.form.addRow("", self.token_hint)
        self.continue_button = QPushButton(self)
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setDefault(True)
        self.continue_button.clicked.connect(self.submit)
        self.reference_field.returnPressed.connect(self.submit)
        self.token_field.returnPressed.connect(self.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.continue_button)
        self.body.addLayout(self.form)
        self.body.addLayout(row)
        QWidget.setTabOrder(self.reference_field, self.token_field)
        QWidget.setTabOrder(self.token_field, self.continue_button)
        self.ask_token(False)
        self.retranslate()

    def first_focus(self) -> QWidget | None:
        return self.token_field if self.token_field.isVisibleTo(self) else self.reference_field

    @property
    def asking_token(self) -> bool:
        return not self.token_field.isHidden()

    def ask_token(self, ask: bool) -> None:
        for widget in (self.token_label, self.token_field, self.token_hint):
            widget.setVisible(ask)
        if ask:
            self.token_field.setFocus()

    def set_busy(self, busy: bool) -> None:
        self.reference_field.setEnabled(not busy)
        self.token_field.setEnabled(not busy)
        self.continue_button.setEnabled(not busy)

    def submit(self) -> None:
        reference = self.reference_field.text().strip().upper()
        if not reference:
            self.show_message(self.tr("Enter your case reference, e.g. RD-ABCD-EFGH-IJKL."))
            self.reference_field.setFocus()
            return
        token = self.token_field.text().strip() if self.asking_token else ""
        if self.asking_token and not token:
            self.show_message(self.tr("Enter the case key as well."))
            self.token_field.setFocus()
            return
        self.clear_message()
        self.submitted.emit(reference, token)

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Resume a case"))
        self.heading.setText(self.tr("Resume a case"))
        self.intro.setText(self.tr("Enter the case reference you kept, e.g. RD-ABCD-EFGH-IJKL."))
        self.reference_label.setText(self.tr("Case &reference:"))
        self.reference_field.setAccessibleName(self.tr("Case reference"))
        self.token_label.setText(self.tr("Case &key:"))
        self.token_field.setAccessibleName(self.tr("Case key"))
        self.token_hint.setText(
            self.tr(
                "This computer does not keep the key to this case. Paste the case key you saved "
                "when you opened the case."
            )
        )
        self.continue_button.setText(self.tr("&Continue"))
        self.continue_button.setAccessibleName(self.tr("Continue with this case"))
