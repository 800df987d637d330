"""Fixtures for the window tests: an opened application context over a real SQLite file, the window."""

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from oms_desktop.config import Config
from oms_desktop.domain.barcode import gtin_check_digit
from oms_desktop.gui.context import AppContext, open_context
from oms_desktop.gui.main_window import MainWindow


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # Qt warnings fail the window tests (a bad model index, a wrong signal) - except the offscreen
    # platform's notes that it cannot propagate size hints, raise a popup or let it grab the keyboard,
    # which say nothing about our code.
    for item in items:
        if "tests/gui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "propagateSizeHints", "does not support (raise|grabbing the keyboard)"
                )
            )


def ean13(body: str) -> str:
    """A valid EAN-13 from its first twelve digits."""
    return body + str(gtin_check_digit(body))


def open_ctx(url: str, folder: Path) -> AppContext:
    return open_context(Config(data_dir=folder, db_url=url), user="cashier")


@pytest.fixture
def ctx(sqlite_url: str, tmp_path: Path) -> Iterator[AppContext]:
    """The window's context over the same file as `sqlite_uow`."""
    context = open_ctx(sqlite_url, tmp_path / "data")
    yield context
    context.close()


@pytest.fixture
def open_window(qtbot: QtBot, sqlite_url: str, tmp_path: Path) -> Iterator[Callable[[], MainWindow]]:
    """Opens the window on the `sqlite_uow` file once the test has put its data there."""
    opened: list[tuple[MainWindow, AppContext]] = []

    def opener() -> MainWindow:
        context = open_ctx(sqlite_url, tmp_path / "data")
        window = make_window(qtbot, context)
        opened.append((window, context))
        return window

    yield opener
    for window, context in opened:
        window.close()
        context.close()


@pytest.fixture
def demo_ctx(demo_url: str, tmp_path: Path) -> Iterator[AppContext]:
    context = open_ctx(demo_url, tmp_path / "data")
    yield context
    context.close()


def make_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def window(qtbot: QtBot, ctx: AppContext) -> Iterator[MainWindow]:
    win = make_window(qtbot, ctx)
    yield win
    win.close()


@pytest.fixture
def demo_window(qtbot: QtBot, demo_ctx: AppContext) -> Iterator[MainWindow]:
    win = make_window(qtbot, demo_ctx)
    yield win
    win.close()
