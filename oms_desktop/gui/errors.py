"""Unexpected errors: written to the log file in the data folder and shown in a friendly dialog."""

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import error_text
from oms_desktop.log_file import open_log
from oms_desktop.redaction import redact

log = logging.getLogger("oms_desktop.gui")
translate = QCoreApplication.translate


def setup_logging(log_file: Path) -> None:
    """Log to the private, redacted, rotating file in the data folder (oms_desktop/log_file.py)."""
    open_log(log_file)


class ErrorReporter:
    """The `sys.excepthook` of the window: log the traceback, then say so to the user in plain words."""

    def __init__(self, log_file: Path, *, exit_on_error: bool = False) -> None:
        self.log_file = log_file
        self.exit_on_error = exit_on_error  # smoke runs end with exit code 1 instead of a dialog
        self._showing = False
        self.reported = 0

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self.reported += 1
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        app = QApplication.instance()
        if self.exit_on_error:
            if app is not None:
                app.exit(1)
            return
        if app is None or self._showing:
            return  # an error while the dialog is up is logged, not stacked
        self._showing = True
        try:
            self.dialog(exc, "".join(traceback.format_exception(exc_type, exc, tb))).exec()
        finally:
            self._showing = False

    def dialog(self, exc: BaseException, details: str) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorReporter", "Something went wrong"), "")
        box.setObjectName("errorDialog")
        box.setText(
            translate(
                "ErrorReporter",
                "The last action could not be finished. Your data is safe: every change is saved "
                "completely or not at all.",
            )
        )
        box.setInformativeText(
            translate("ErrorReporter", "{error}\n\nThe details were written to {log}.").format(
                error=redact(self._error_line(exc)), log=self.log_file
            )
        )
        box.setDetailedText(redact(details))
        return box

    @staticmethod
    def _error_line(exc: BaseException) -> str:
        # A refusal that escaped its page is still said in the window's language, by its code.
        if isinstance(exc, DomainError):
            return error_text.describe(exc)
        return f"{type(exc).__name__}: {exc}"
