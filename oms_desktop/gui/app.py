"""Start the window: QApplication, logging, the error dialog, the database (refusals in plain words)."""

import logging
import sys
import time

import PySide6
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from oms_desktop import __version__
from oms_desktop.config import Config
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.gui import compat, resources
from oms_desktop.gui.context import open_context
from oms_desktop.gui.errors import ErrorReporter, setup_logging

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def application() -> QApplication:
    """The one QApplication, set up with names (for QSettings), fonts and the style sheet."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName("OMS")
    app.setApplicationName("OMS Desktop")
    app.setApplicationVersion(__version__)
    families = resources.add_fonts()
    if families:
        # The system font first; the CJK font fills in the glyphs it lacks.
        # "Sans Serif" is an alias that a family list does not resolve: name the real family.
        font = QFont(app.font())
        font.setFamilies([QFontInfo(app.font()).family(), *families])
        app.setFont(font)
    app.setStyleSheet(resources.style_sheet())
    return app


class OpeningSplash:
    """Shown while a big database is checked and migrated (seconds), only when that takes a while."""

    DELAY_S = 0.5

    def __init__(self) -> None:
        self._started = time.monotonic()
        self._dialog: QProgressDialog | None = None

    def __call__(self) -> None:
        if self._dialog is None and time.monotonic() - self._started > self.DELAY_S:
            self._dialog = QProgressDialog(
                translate("App", "Opening the database and checking it for damage…"), "", 0, 0
            )
            self._dialog.setObjectName("openingSplash")
            self._dialog.setWindowTitle("OMS Desktop")
            self._dialog.setCancelButton(None)
            self._dialog.setMinimumDuration(0)
            self._dialog.show()
        QApplication.processEvents()

    def close(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None


def run(cfg: Config, *, smoke: bool = False) -> int:
    """Open the main window on the database of `cfg`; returns the process exit code."""
    setup_logging(cfg.log_file)
    log.info("OMS Desktop %s starting on %s", __version__, cfg.db_url)
    if compat.affected():
        log.info(
            "PySide6 %s on Python %s: reference-count workaround active",
            PySide6.__version__,
            sys.version.split()[0],
        )
    app = application()
    reporter = ErrorReporter(cfg.log_file, exit_on_error=smoke)
    reporter.install()
    splash = OpeningSplash()
    try:
        ctx = open_context(cfg, waiting=splash)
    except DatabaseRefused as exc:
        splash.close()
        log.warning("database refused: %s", exc)
        if smoke:
            print(f"smoke: {exc}", file=sys.stderr)
        else:
            QMessageBox.critical(None, translate("App", "The database cannot be opened"), str(exc))
        return 1
    from oms_desktop.gui.main_window import MainWindow

    splash.close()
    window = MainWindow(ctx)
    window.show()
    if smoke:
        from oms_desktop.gui.smoke import run_smoke

        QTimer.singleShot(0, lambda: run_smoke(window))
    code = app.exec()
    window.save_layout()
    ctx.close()
    log.info("OMS Desktop closed (exit code %d)", code)
    return code
