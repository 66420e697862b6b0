"""Languages: loading translations and switching them while the app runs.

Widgets translate with ``self.tr()`` and re-read their texts in
``changeEvent(QEvent.LanguageChange)``, which Qt sends to every widget when a
translator is installed or removed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.paths import TRANSLATIONS

# Each language is named in itself, so a person can find theirs whatever is shown now.
LANGUAGES: dict[str, str] = {
    "en": "English",
    "pl": "Polski",
    "de": "Deutsch",
    "fr": "Français",
    "ru": "Русский",
}
DEFAULT_LANGUAGE = "en"


def system_language() -> str:
    code = QLocale.system().name().split("_")[0]
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


class LanguageManager:
    """Holds the installed translators; ``set_language`` swaps them at runtime.

    The application has one language at a time: whichever manager sets it
    replaces the translators any other manager installed.
    """

    _translators: list[QTranslator] = []  # noqa: RUF012 - shared on purpose: one app language

    def __init__(self) -> None:
        self.language = DEFAULT_LANGUAGE

    def set_language(self, code: str) -> bool:
        """Install ``code``'s translations. Returns False (and keeps English) if missing."""
        if code not in LANGUAGES:
            code = DEFAULT_LANGUAGE
        app = QCoreApplication.instance()
        assert app is not None, "create the QApplication first"
        for translator in LanguageManager._translators:
            app.removeTranslator(translator)
        LanguageManager._translators = []
        ours = QTranslator(app)
        ok = ours.load(f"recovery_{code}", str(TRANSLATIONS))
        if ok:
            LanguageManager._translators.append(ours)
        if code != DEFAULT_LANGUAGE:
            qt_own = QTranslator(app)
            # Qt's own strings (standard buttons and dialogs).
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{code}", qt_dir):
                LanguageManager._translators.append(qt_own)
        for translator in LanguageManager._translators:
            app.installTranslator(translator)
        self.language = code if ok else DEFAULT_LANGUAGE
        QLocale.setDefault(QLocale(self.language))
        return ok


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a string outside any class (module-level helpers, table texts).

    pyside6-lupdate files a bare ``tr("…")`` call under the empty context and,
    when a count is passed, as a plural message; ``QCoreApplication.translate``
    with a count is extracted without its plural forms, so plurals outside
    classes go through here. Pass the count as a plain name: lupdate skips the
    call when it is an expression such as ``len(x)``.
    """
    return QCoreApplication.translate("", text, disambiguation, n)
