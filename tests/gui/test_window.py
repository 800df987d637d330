"""The main window and the application around it: navigation, status bar, remembered layout,
settings, the friendly error dialog, a refused database, and the smoke run."""

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from oms_desktop.config import Config
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui import app as gui_app
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.errors import ErrorReporter
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.services import settings
from tests.gui.conftest import make_window

KEY_WIDGETS = (
    "productSearch",
    "cartTable",
    "cartTotal",
    "customerPicker",
    "payButton",
    "ordersTable",
    "orderSearch",
    "orderDetail",
    "productsTable",
    "stockTable",
    "customersTable",
    "customerSearch",
)


def test_key_widgets_carry_stable_object_names(window: MainWindow) -> None:
    from PySide6.QtWidgets import QWidget

    for name in KEY_WIDGETS:
        assert window.findChild(QWidget, name) is not None, name


def test_navigation_status_bar_and_shortcuts(qtbot: QtBot, window: MainWindow, ctx: AppContext) -> None:
    assert window.stack.currentWidget() is window.counter
    assert window.database_label.text() == f"Database: {ctx.database}"
    assert window.user_label.text() == "User: cashier"
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.orders
    window.nav.setCurrentRow(window.CHARTS)
    assert window.stack.currentWidget() is window.charts
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.counter
    assert "(F8)" in window.counter.pay_button.toolTip() and "(F2)" in window.counter.search.toolTip()


def test_geometry_and_columns_are_remembered(qtbot: QtBot, sqlite_url: str, tmp_path: Path) -> None:
    from tests.gui.conftest import open_ctx

    def session(action: Callable[[MainWindow], None]) -> None:
        context = open_ctx(sqlite_url, tmp_path / "data")
        try:
            window = make_window(qtbot, context)
            action(window)
            window.close()
        finally:
            context.close()

    def arrange(window: MainWindow) -> None:
        window.resize(1250, 700)
        window.orders.table.setColumnWidth(OrdersModel.COL_NUMBER, 211)
        window.orders.table.setColumnHidden(OrdersModel.COL_CHANNEL, True)

    seen: list[tuple[int, int, bool]] = []

    def look(window: MainWindow) -> None:
        table = window.orders.table
        # Only the height: restoring fits the width to the offscreen screen (800 px), below our minimum.
        seen.append(
            (
                window.height(),
                table.columnWidth(OrdersModel.COL_NUMBER),
                table.isColumnHidden(OrdersModel.COL_CHANNEL),
            )
        )

    session(arrange)
    session(look)
    assert seen == [(700, 211, True)]


def test_settings_are_saved_and_used(qtbot: QtBot, window: MainWindow, sqlite_uow: UnitOfWork) -> None:
    page = window.settings
    window.show_page(window.SETTINGS)
    page.shop_name.setText("")
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "The shop needs a name")
    page.shop_name.setText("茶铺 Tea House")
    page.currency.setCurrentText("usd")
    page.tax_rate.setText("9")
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "Settings saved")
    stored = settings.get_settings(sqlite_uow)
    assert (stored.shop_name, stored.currency, str(stored.default_tax_rate), stored.configured) == (
        "茶铺 Tea House",
        "USD",
        "9",
        True,
    )
    assert window.windowTitle() == "OMS Desktop — 茶铺 Tea House"
    window.counter.reprice()
    assert window.counter.total.text() == "$0.00"  # the counter follows the currency


def test_demo_data_with_progress(
    qtbot: QtBot, window: MainWindow, sqlite_uow: UnitOfWork, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oms_desktop.gui.pages import settings as settings_page

    monkeypatch.setattr(settings_page, "DEMO_ORDERS", 60)
    page = window.settings
    page.fill_demo()
    qtbot.waitUntil(lambda: page.message.kind == "success", timeout=60000)
    assert page.message.text().endswith("60 orders")
    window.show_page(window.ORDERS)  # read on first show
    qtbot.waitUntil(lambda: window.orders.model.rowCount() == 60)
    page.fill_demo()  # only into an empty database
    qtbot.waitUntil(lambda: page.message.kind == "error")
    assert "empty database" in page.message.text()


def test_unexpected_error_is_logged_and_explained(qtbot: QtBot, tmp_path: Path) -> None:
    log = tmp_path / "oms.log"
    gui_app.setup_logging(log)
    reporter = ErrorReporter(log)
    try:
        raise KeyError("lost")
    except KeyError as exc:
        box = reporter.dialog(exc, "Traceback ... KeyError: 'lost'")
        reporter.exit_on_error = True  # no modal dialog in a test
        reporter(type(exc), exc, exc.__traceback__)
    qtbot.addWidget(box)
    assert box.icon() == QMessageBox.Icon.Critical
    assert "Your data is safe" in box.text()
    assert str(log) in box.informativeText() and "KeyError" in box.informativeText()
    assert "KeyError: 'lost'" in box.detailedText()
    assert "unexpected error" in log.read_text() and "KeyError" in log.read_text()
    assert reporter.reported == 1


def test_a_refused_database_is_explained_not_opened(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    foreign = tmp_path / "notes.sqlite3"
    foreign.write_bytes(b"this is not a database at all, just text" * 10)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    code = gui_app.run(Config(data_dir=tmp_path / "data", db_url=f"sqlite:///{foreign}"))
    assert code == 1
    assert shown and "is not a database file" in shown[0]
    assert foreign.read_bytes().startswith(b"this is not")  # left untouched


def test_smoke_run_sells_at_the_counter(
    qtbot: QtBot, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = gui_app.run(
        Config(data_dir=tmp_path / "data", db_url=f"sqlite:///{tmp_path / 'smoke.sqlite3'}"), smoke=True
    )
    assert code == 0
    assert "completed" in capsys.readouterr().out


def test_after_opening_the_shop_file_is_checked_and_backed_up(
    qtbot: QtBot, window: MainWindow, ctx: AppContext
) -> None:
    window.look_after_store()
    label = window.findChild(QLabel, "statusSafety")
    qtbot.waitUntil(lambda: label.text() != "", timeout=10_000)
    assert label.text() == "Backed up today"
    assert [p.name[:5] for p in ctx.config.backup_dir.iterdir()] == ["auto-"]


def test_damage_found_after_opening_is_said_and_stops_saving(
    qtbot: QtBot, window: MainWindow, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oms_desktop.services import safekeeping

    warned: list[str] = []
    monkeypatch.setattr(
        safekeeping, "page_check", lambda _live: "Page 7: btreeInitPage() returns error code 11"
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    window.look_after_store()
    label = window.findChild(QLabel, "statusSafety")
    qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
    assert "Page 7" in warned[0] and f"There is no backup in {ctx.config.backup_dir}" in warned[0]
    assert label.text() == "Database damaged: nothing can be saved"
    ctx.config.backup_dir.mkdir(parents=True, exist_ok=True)
    (ctx.config.backup_dir / "oms-20261129-210000.sqlite3").write_bytes(b"SQLite format 3\x00")
    window.look_after_store()
    qtbot.waitUntil(lambda: len(warned) == 2, timeout=10_000)
    assert 'db restore "' in warned[1] and "oms-20261129-210000.sqlite3" in warned[1]


def test_the_second_backup_folder_is_kept_when_settings_are_saved(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    """Set from the command line (settings set backup-folder), it shows on the page and survives a Save."""
    usb = str(tmp_path / "usb")
    current = settings.get_settings(sqlite_uow)
    settings.save_settings(sqlite_uow, replace(current, backup_folder=usb))
    window = open_window()
    page = window.settings
    assert page.backup_folder.text() == usb
    page.tax_rate.setText("6")
    page.save()
    qtbot.waitUntil(lambda: page.message.text() == "Settings saved")
    assert settings.get_settings(sqlite_uow).backup_folder == usb
