"""Steps 3 and 4: a new authenticator app (QR code and text key) and new backup codes.

Both secrets are made here, on this computer, shown only on these screens and
sent to the server once; the server never sends them back (SECURITY-CHECKS #9).
"""

from __future__ import annotations

import io
from pathlib import Path

import segno
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPixmap, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from recovery_app.client import platform as api_platform
from recovery_app.client.errors import ClientError
from recovery_app.client.platform import PlatformAccount
from ui.tasks import BackgroundTasks
from ui.user.secure_common import StepFrame, error_text


def _mono() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSizeF(max(font.pointSizeF(), 11.0))
    return font


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """A QR code of ``text`` (dark on white, with a quiet zone) as a pixmap."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class TotpStep(StepFrame):
    """Scan the QR code (or type the key), then confirm with the code the app shows."""

    enrolled = Signal(bool)  # True: set up; False: skipped

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: PlatformAccount | None = None
        self.tasks = BackgroundTasks()
        self._seed = ""
        self.qr = QLabel(self)
        self.qr.setObjectName("secureQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key = QLineEdit(self)
        self.key.setObjectName("totpKey")
        self.key.setReadOnly(True)
        self.key.setFont(_mono())
        self.key_caption = QLabel(self)
        self.key_caption.setBuddy(self.key)
        self.code = QLineEdit(self)
        self.code.setObjectName("totpCode")
        self.code.setMaxLength(7)
        self.code_caption = QLabel(self)
        self.code_caption.setBuddy(self.code)
        self.confirm = QPushButton(self)
        self.confirm.setObjectName("primaryButton")
        self.confirm.setDefault(True)
        self.skip = QPushButton(self)
        grid = QGridLayout()
        grid.addWidget(self.qr, 0, 0, 3, 1)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.addRow(self.key_caption, self.key)
        form.addRow(self.code_caption, self.code)
        grid.addLayout(form, 0, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        row = QHBoxLayout()
        row.addWidget(self.confirm)
        row.addStretch(1)
        row.addWidget(self.skip)
        self.body.addLayout(row)
        self.code.textChanged.connect(self._update)
        self.code.returnPressed.connect(self._confirm_clicked)
        self.confirm.clicked.connect(self._confirm_clicked)
        self.skip.clicked.connect(self._skip)
        self.setTabOrder(self.key, self.code)
        self.setTabOrder(self.code, self.confirm)
        self.setTabOrder(self.confirm, self.skip)
        self.retranslate()

    @property
    def seed_text(self) -> str:
        """The key as shown to the person (groups of four)."""
        return self.key.text()

    def enter(self) -> None:
        if not self._seed:
            self.new_seed()
        self.code.setFocus()

    def new_seed(self) -> None:
        self._seed = api_platform.new_totp_seed()
        name = self.account.handle if self.account else "account"
        self.qr.setPixmap(qr_pixmap(api_platform.totp_uri(self._seed, name)))
        self.key.setText(api_platform.group_seed(self._seed))
        self.code.clear()
        self._update()

    def _update(self) -> None:
        digits = self.code.text().replace(" ", "")
        self.confirm.setEnabled(len(digits) == 6 and digits.isdigit() and self.account is not None)

    def _confirm_clicked(self) -> None:
        if self.confirm.isEnabled():
            self.tasks.spawn("totp", self.submit_code())

    async def submit_code(self) -> bool:
        assert self.account is not None
        self.clear_message()
        self.confirm.setEnabled(False)
        try:
            await self.account.enrol_totp(self._seed, self.code.text())
        except ClientError as exc:
            self.show_message(error_text(exc))
            return False
        finally:
            self._update()
        self._seed = ""  # forget it: from now on only the person's app knows it
        self.key.clear()
        self.qr.clear()
        self.code.clear()
        self.enrolled.emit(True)
        self.completed.emit()
        return True

    def _skip(self) -> None:
        self.enrolled.emit(False)
        self.completed.emit()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Set up your authenticator app"))
        self.intro.setText(
            self.tr(
                "Scan the QR code with your authenticator app (for example Aegis, Google "
                "Authenticator or Microsoft Authenticator), or type the key by hand. This "
                "replaces any authenticator set up before, including one an intruder added. "
                "The key is shown only here and only now."
            )
        )
        self.qr.setAccessibleName(self.tr("QR code for your authenticator app"))
        self.key_caption.setText(self.tr("&Key for typing by hand:"))
        self.key.setAccessibleName(self.tr("Key for typing by hand"))
        self.code_caption.setText(self.tr("&Code the app shows now:"))
        self.code.setAccessibleName(self.tr("Six-digit code from the app"))
        self.code.setPlaceholderText(self.tr("6 digits"))
        self.confirm.setText(self.tr("&Confirm"))
        self.confirm.setAccessibleName(self.tr("Confirm the code"))
        self.skip.setText(self.tr("Skip for now"))
        self.skip.setAccessibleName(self.tr("Skip setting up an authenticator app"))

    async def aclose(self) -> None:
        await self.tasks.aclose()


class BackupCodesStep(StepFrame):
    """Ten new codes, shown once: copy, save, print; "I have saved them" to continue."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account: PlatformAccount | None = None
        self.tasks = BackgroundTasks()
        self.codes: list[str] = []
        self.code_labels = [QLabel(self) for _ in range(api_platform.BACKUP_CODE_COUNT)]
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        for index, label in enumerate(self.code_labels):
            label.setObjectName("backupCode")
            label.setFont(_mono())
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, index // 2, index % 2)
        grid.setColumnStretch(2, 1)
        self.copy = QPushButton(self)
        self.save = QPushButton(self)
        self.print_button = QPushButton(self)
        self.saved = QCheckBox(self)
        self.proceed = QPushButton(self)
        self.proceed.setObjectName("primaryButton")
        self.body.addLayout(grid)
        actions = QHBoxLayout()
        for button in (self.copy, self.save, self.print_button):
            actions.addWidget(button)
        actions.addStretch(1)
        self.body.addLayout(actions)
        self.body.addWidget(self.saved)
        row = QHBoxLayout()
        row.addWidget(self.proceed)
        row.addStretch(1)
        self.body.addLayout(row)
        self.copy.clicked.connect(self.copy_to_clipboard)
        self.save.clicked.connect(self._save_clicked)
        self.print_button.clicked.connect(self._print_clicked)
        self.saved.toggled.connect(self._update)
        self.proceed.clicked.connect(self._proceed_clicked)
        self.setTabOrder(self.copy, self.save)
        self.setTabOrder(self.save, self.print_button)
        self.setTabOrder(self.print_button, self.saved)
        self.setTabOrder(self.saved, self.proceed)
        self.retranslate()

    def enter(self) -> None:
        if not self.codes:
            self.codes = api_platform.new_backup_codes()
            for label, code in zip(self.code_labels, self.codes, strict=True):
                label.setText(code)
                label.setAccessibleName(" ".join(code.replace("-", " ")))
            self.saved.setChecked(False)
        self._update()
        self.copy.setFocus()

    def _update(self) -> None:
        self.proceed.setEnabled(self.saved.isChecked() and bool(self.codes))

    def as_text(self) -> str:
        lines = [self.tr("Recovery Desk backup codes"), ""]
        if self.account is not None:
            lines.append(self.tr("Account: %1").replace("%1", self.account.handle))
        lines.append(self.tr("Each code works once, instead of a code from your app."))
        lines.append("")
        lines += [f"{n:2d}. {code}" for n, code in enumerate(self.codes, start=1)]
        return "\n".join(lines) + "\n"

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())
        self.show_message(self.tr("The codes were copied."), tone="ok")

    def _save_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save backup codes"),
            "recovery-desk-backup-codes.txt",
            self.tr("Text files (*.txt)"),
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_text(self.as_text(), encoding="utf-8")
        except OSError:
            self.show_message(
                self.tr("The file could not be written. Choose another folder and try again.")
            )
            return False
        self.show_message(self.tr("Saved to %1.").replace("%1", str(path)), tone="ok")
        return True

    def _print_clicked(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print backup codes"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument()
        document.setDefaultFont(_mono())
        document.setPlainText(self.as_text())
        document.print_(printer)

    def print_to_pdf(self, path: Path) -> None:
        """Print to a PDF file (for people without a printer, and for tests)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        self.print_to(printer)

    def _proceed_clicked(self) -> None:
        if self.proceed.isEnabled():
            self.tasks.spawn("backup-codes", self.submit_codes())

    async def submit_codes(self) -> bool:
        assert self.account is not None
        self.clear_message()
        self.proceed.setEnabled(False)
        try:
            await self.account.replace_backup_codes(self.codes)
        except ClientError as exc:
            self.show_message(error_text(exc))
            return False
        finally:
            self._update()
        self.completed.emit()
        return True

    def forget(self) -> None:
        """Drop the codes from memory and from the screen."""
        self.codes = []
        for label in self.code_labels:
            label.clear()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Save your backup codes"))
        self.intro.setText(
            self.tr(
                "If you lose your phone, each of these codes lets you sign in once instead "
                "of a code from the app. They are shown only now: save or print them and keep "
                "them somewhere safe. Your earlier backup codes stop working."
            )
        )
        self.copy.setText(self.tr("C&opy"))
        self.copy.setAccessibleName(self.tr("Copy the backup codes"))
        self.save.setText(self.tr("Save to &file…"))
        self.save.setAccessibleName(self.tr("Save the backup codes to a file"))
        self.print_button.setText(self.tr("&Print…"))
        self.print_button.setAccessibleName(self.tr("Print the backup codes"))
        self.saved.setText(self.tr("I have &saved these codes somewhere safe"))
        self.saved.setAccessibleName(self.tr("I have saved these codes somewhere safe"))
        self.proceed.setText(self.tr("&Continue"))
        self.proceed.setAccessibleName(self.tr("Continue"))

    async def aclose(self) -> None:
        await self.tasks.aclose()
