"""The counter and its receipt printer (a `file:` printer the test reads): the drawer opens for cash and not
for card, auto-print prints the receipt, F9 prints it again, F10 opens the drawer and is audited."""

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.services import audit_trail
from tests import factories
from tests.gui.helpers import scan

TEA = "6901234567892"
DRAWER = b"\x1bp\x00"  # ESC p 0: the drawer pulse
CUT = b"\x1dVB"


@pytest.fixture
def printer(sqlite_uow: UnitOfWork, tmp_path: Path) -> Path:
    factories.product(sqlite_uow, "TEA-1", name="Longjing", price="12.50", tax=1300, stock=10, barcode=TEA)
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    folder = tmp_path / "data"
    folder.mkdir(exist_ok=True)
    (folder / "this-computer.json").write_text(json.dumps({"printer": f"file:{device}", "auto_print": True}))
    return device


def sell(qtbot: QtBot, window: MainWindow, *, cash: bool) -> None:
    counter = window.counter
    scan(qtbot, counter.search, TEA)
    counter.pay()  # F8
    dialog = counter.pay_dialog
    assert dialog is not None
    row = dialog._rows[0]
    if not cash:
        row.method.setCurrentIndex(row.method.findData(PaymentMethod.CARD))
    else:
        qtbot.keyClicks(dialog.tendered, "20")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: counter.cart.rowCount() == 0)


def next_job(qtbot: QtBot, device: Path, before: bytes, end: bytes = CUT) -> bytes:
    """The job the printer received after `before` (a file printer holds the last job, as written)."""
    qtbot.waitUntil(lambda: device.read_bytes() != before and end in device.read_bytes())
    return device.read_bytes()


def test_cash_opens_the_drawer_card_does_not_and_f9_prints_again(
    qtbot: QtBot, printer: Path, open_window: Callable[[], MainWindow], sqlite_uow: UnitOfWork
) -> None:
    window = open_window()
    sell(qtbot, window, cash=True)
    cash = next_job(qtbot, printer, b"")
    assert DRAWER in cash and b"Longjing" in cash and b"14.13" in cash and b"SO-2026-000001" in cash
    printer.write_bytes(b"")
    sell(qtbot, window, cash=False)
    card = next_job(qtbot, printer, b"")
    assert b"SO-2026-000002" in card and DRAWER not in card, "a card payment does not open the drawer"
    printer.write_bytes(b"")
    window.counter.receipt()  # F9: the last receipt again, without the drawer
    again = next_job(qtbot, printer, b"")
    assert b"SO-2026-000002" in again and DRAWER not in again
    printer.write_bytes(b"")
    window.counter.open_drawer()  # F10: the drawer without a sale, audited
    kick = next_job(qtbot, printer, b"", end=DRAWER)
    assert CUT not in kick
    assert [r.action for r in audit_trail.entries(sqlite_uow, action="no_sale")] == ["no_sale"]
