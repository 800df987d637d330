"""Start the window: QApplication, logging, the error dialog, the window's language, the database (refusals
in plain words), the first-run wizard on a new shop, then the main window."""

import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from oms_desktop import __version__
from oms_desktop.config import Config
from oms_desktop.domain.errors import DatabaseRefused
from oms_desktop.gui import compat, error_text, i18n, resources
from oms_desktop.gui.context import UI_STATE_FILE, AppContext, open_context
from oms_desktop.gui.errors import ErrorReporter, setup_logging

if TYPE_CHECKING:
    from oms_desktop.gui.main_window import MainWindow

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


def start_language(data_dir: Path) -> str:
    """Install the window language stored for this data folder (or the system's); returns it. Read before
    the database opens, so that the opening splash already speaks it."""
    ui = QSettings(str(data_dir / UI_STATE_FILE), QSettings.Format.IniFormat)
    return i18n.install(i18n.resolve(i18n.stored_choice(ui)))


class WindowHolder(QObject):
    """Owns the main window. Choosing another window language in Settings rebuilds the window in it (the
    pages set their words when they are made), keeping its geometry and columns, and shows Settings again."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.window: MainWindow | None = None
        self._wanted: str | None = None
        ctx.tasks.busy_changed.connect(self._on_busy_changed)

    def open(self) -> "MainWindow":
        from oms_desktop.gui.main_window import MainWindow

        window = MainWindow(self.ctx)
        window.settings.window_language_chosen.connect(self.switch_language)
        self.window = window
        window.show()
        return window

    def switch_language(self, language: str) -> None:
        """Rebuild the window in `language` once no work is under way: a running task's progress dialog and
        its result belong to the old window."""
        self._wanted = language
        if not self.ctx.tasks.busy:
            QTimer.singleShot(0, self, self._rebuild)  # not inside the old window's own signal

    def _on_busy_changed(self, busy: bool) -> None:
        if not busy and self._wanted is not None:
            QTimer.singleShot(0, self, self._rebuild)

    def _rebuild(self) -> None:
        old = self.window
        if self._wanted is None or old is None or self.ctx.tasks.busy:
            return  # nothing to do, or _on_busy_changed comes back when the work is done
        language, self._wanted = self._wanted, None
        old.save_layout()
        shown = i18n.install(language)
        window = self.open()
        window.show_page(window.SETTINGS)
        window.settings.message.show_success(
            translate("App", "The window is now in {language}").format(language=i18n.NATIVE_NAMES[shown])
        )
        old.hide()
        old.deleteLater()


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


def first_start(ctx: AppContext) -> bool:
    """On a new shop, the first-run wizard before the main window; True when it was shown. Cancel leaves
    the defaults (and the wizard comes back at the next start)."""
    from oms_desktop.gui.dialogs.first_run import FirstRunWizard, needed

    if not needed(ctx):
        return False
    wizard = FirstRunWizard(ctx)
    accepted = wizard.exec()
    log.info("first-run wizard %s", "finished" if accepted else "cancelled")
    wizard.deleteLater()
    return True


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
    log.info("window language: %s", start_language(cfg.data_dir))
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
            QMessageBox.critical(
                None, translate("App", "The database cannot be opened"), error_text.describe(exc)
            )
        return 1
    splash.close()
    if not smoke:  # a smoke run has nobody to answer the wizard
        first_start(ctx)
    holder = WindowHolder(ctx)
    window = holder.open()
    if smoke:
        from oms_desktop.gui.smoke import run_smoke

        QTimer.singleShot(0, lambda: run_smoke(window))
    else:
        # After the window shows (start-up never waits for the page check or the daily backup), then every
        # six hours while it stays open: a till left on for days still checks its file and backs it up daily.
        QTimer.singleShot(1500, window.look_after_store)
        every = QTimer(window)
        every.setInterval(6 * 60 * 60 * 1000)
        every.timeout.connect(window.look_after_store)
        every.start()
    code = app.exec()
    if holder.window is not None:
        holder.window.save_layout()
        holder.window.close()
    ctx.close()
    log.info("OMS Desktop closed (exit code %d)", code)
    return code
