"""The Till page: open with a float, a cash sale in the X report, cash out through its dialog, the blind
count that closes the till and the Z report's figures after it, a reprint; a cashier counts blind."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from oms_desktop import this_computer
from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.user import Actor
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.cash_count import CashCountDialog, TillReportPreview, piece_name
from oms_desktop.gui.dialogs.cash_move import CashMoveDialog, DrawerDialog
from oms_desktop.gui.operations import Op
from oms_desktop.gui.pages.till import TillPage, ZReportsModel
from oms_desktop.printing.escpos_till import drawer_job
from oms_desktop.services import orders
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest
from oms_desktop.services.records import OrderDetail
from oms_desktop.this_computer import ThisComputer
from tests import factories
from tests.core.test_people import staffed

TILL = "FRONT-1"


def texts(widget: QWidget) -> str:
    """Everything a person can read in the widget: labels, fields, spin boxes and the window title."""
    found = [widget.windowTitle()]
    found += [w.text() for w in widget.findChildren(QLabel)]
    found += [w.text() for w in widget.findChildren(QLineEdit)]
    found += [w.text() for w in widget.findChildren(QAbstractSpinBox)]
    found += [w.toolTip() for w in widget.findChildren(QWidget)]
    return "\n".join(found)


def closed(dialog: QWidget) -> bool:
    """Closed, and perhaps deleted already (dialogs are deleted once closed)."""
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def make_page(qtbot: QtBot, ctx: AppContext) -> TillPage:
    ctx.tasks.call(lambda uow: setattr(uow, "till", TILL))
    page = TillPage(ctx)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.show()
    return page


@pytest.fixture
def page(qtbot: QtBot, ctx: AppContext, sqlite_uow: UnitOfWork) -> Iterator[TillPage]:
    factories.product(sqlite_uow, "TEA", price="30.50", stock=20)
    shown = make_page(qtbot, ctx)
    yield shown
    shown.close()


def cash_sale(qtbot: QtBot, ctx: AppContext, quantity: int) -> None:
    """A counter sale paid in cash, through the worker like the counter's, its Changes announced."""

    def sell(uow: UnitOfWork) -> Outcome[OrderDetail]:
        total = orders.quote(uow, [LineRequest("TEA", quantity)]).total
        request = OrderRequest(
            [LineRequest("TEA", quantity)], payments=[PaymentRequest(PaymentMethod.CASH, total)]
        )
        return orders.create_order(uow, request)

    sold: list[Outcome[OrderDetail]] = []
    Op(sell).run(ctx.tasks, sold.append)
    qtbot.waitUntil(lambda: bool(sold))


def test_a_day_at_the_till(qtbot: QtBot, page: TillPage, ctx: AppContext, tmp_path: Path) -> None:
    assert page.till_label.text() == f"Till {TILL}"
    assert page.open_box.isVisible() and not page.x_box.isVisible() and not page.z_box.isVisible()

    page.open_till()  # nothing typed: said, nothing sent
    assert "Type the float" in page.message.text()
    page.float_edit.setFocus()
    qtbot.keyClicks(page.float_edit, "200.00")
    qtbot.keyClick(page.float_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.report is not None and page.x_box.isVisible())
    assert not page.open_box.isVisible()
    assert page.message.text() == f"Till {TILL} opened with a float of ¥200.00"
    assert page.x_figures.value("float") == "¥200.00"
    assert page.x_figures.value("expected") == "¥200.00"  # nobody signed in: not a blind count

    with qtbot.waitSignal(page.loaded):  # the sale's Changes refresh the X report
        cash_sale(qtbot, ctx, 2)
    assert page.x_figures.value("sales_cash") == "¥61.00 (1)"
    assert page.x_figures.value("expected") == "¥261.00"
    assert page.x_figures.value("sales_count") == "1"

    page.cash_out()
    dialog = page.dialog
    assert isinstance(dialog, CashMoveDialog) and dialog.objectName() == "cashOutDialog"
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)  # Enter submits: refused in the dialog
    assert dialog.message.text() == "Type an amount above 0"
    qtbot.keyClicks(dialog.amount, "20")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.message.text() == "Give a reason (e.g. bank deposit)"
    reason = dialog.reason.lineEdit()
    assert reason is not None
    qtbot.keyClicks(reason, "bank deposit")
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(reason, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: closed(dialog))
    assert page.message.text() == "¥20.00 paid out: bank deposit"
    assert page.x_figures.value("cash_out") == "¥20.00"
    assert page.x_figures.value("expected") == "¥241.00"

    # No sale: recorded, then the drawer's pulse goes out through this computer's receipt printer.
    printer = tmp_path / "printer.bin"  # a device file, as /dev/usb/lp0 would be
    printer.write_bytes(b"")
    this_computer.save(ctx.config.data_dir, ThisComputer(printer=f"file:{printer}"))
    page.open_drawer()
    drawer = page.dialog
    assert isinstance(drawer, DrawerDialog)
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(drawer.reason, Qt.Key.Key_Return)  # the reason is optional
    assert page.x_figures.value("no_sales") == "1"
    qtbot.waitUntil(lambda: printer.read_bytes() == drawer_job())

    page.close_till()
    count = page.dialog
    assert isinstance(count, CashCountDialog)
    # Blind: neither the expected amount nor the word is anywhere in the dialog.
    shown = texts(count)
    assert "241" not in shown and "Expected" not in shown and "expected" not in shown
    assert [str(face) for face in count.pieces] == ["100", "50", "20", "10", "5", "1", "0.5", "0.1"]
    assert count.focusWidget() is count.pieces[Decimal("100")]
    count.findChild(QAbstractSpinBox, piece_name(Decimal("100"))).setValue(2)  # type: ignore[union-attr]
    count.pieces[Decimal("20")].setValue(2)
    count.pieces[Decimal("0.5")].setValue(1)
    assert count.total.text() == "¥240.50"
    assert "241" not in texts(count)
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(count.pieces[Decimal("0.5")], Qt.Key.Key_Return)  # Enter closes the till
    qtbot.waitUntil(lambda: page.z_box.isVisible())
    assert closed(count)
    assert page.message.text() == f"Till {TILL} closed: Z report 1"
    assert page.z_box.title() == "Closed: Z report 1"
    z = page.z_figures
    assert (z.value("expected"), z.value("counted")) == ("¥241.00", "¥240.50")
    assert z.value("variance") == "-¥0.50 short"
    assert page.open_box.isVisible() and not page.x_box.isVisible()
    assert page.z_reports.rowCount() == 1
    assert page.z_reports.data(page.z_reports.index(0, ZReportsModel.COL_NUMBER)) == "1"
    # The Z report comes out of this till's receipt printer at once: counted, variance, cut.
    qtbot.waitUntil(lambda: b"Z report No. 1" in printer.read_bytes())
    job = printer.read_bytes()
    assert b"240.50" in job and b"-0.50" in job and job.rstrip(b"\x00").endswith(b"\x1dVB")

    page.preview_closed()
    preview = page.preview
    assert isinstance(preview, TillReportPreview)
    qtbot.waitUntil(lambda: preview.loaded)
    assert preview.pdf.startswith(b"%PDF") and preview.file_name() == f"{TILL}-Z1.pdf"
    preview.reject()

    # The next session hides the Z figures; its Z report is reprinted from what was kept.
    page.float_edit.setText("100")
    with qtbot.waitSignal(page.loaded):
        page.open_till()
    assert page.x_box.isVisible() and not page.z_box.isVisible()
    page.z_table.selectRow(0)
    page.reprint()
    qtbot.waitUntil(lambda: isinstance(page.preview, TillReportPreview) and page.preview is not preview)
    reprint = page.preview
    assert isinstance(reprint, TillReportPreview)
    qtbot.waitUntil(lambda: reprint.loaded)
    assert reprint.report.z_number == 1 and reprint.report.variance == Decimal("-0.50")
    reprint.reject()


def test_the_total_may_be_typed_instead(qtbot: QtBot, page: TillPage) -> None:
    page.float_edit.setText("50")
    with qtbot.waitSignal(page.loaded):
        page.open_till()
    page.close_till()
    count = page.dialog
    assert isinstance(count, CashCountDialog)
    qtbot.keyClick(count.pieces[Decimal("100")], Qt.Key.Key_Return)
    assert "Count the notes and coins" in count.message.text()
    qtbot.keyClicks(count.typed_total, "53")
    assert count.total.text() == "¥53.00 (typed)"
    assert not count.pieces[Decimal("100")].isEnabled()
    with qtbot.waitSignal(page.loaded):
        qtbot.keyClick(count.typed_total, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.z_box.isVisible())
    assert page.z_figures.value("variance") == "+¥3.00 over"


def test_a_cashier_counts_blind(qtbot: QtBot, ctx: AppContext, sqlite_uow: UnitOfWork) -> None:
    people = staffed(sqlite_uow)
    ctx.tasks.call(lambda uow: uow.sign_in(people["Ann"]))
    page = make_page(qtbot, ctx)
    page.float_edit.setText("150")
    with qtbot.waitSignal(page.loaded):
        page.open_till()
    assert page.x_figures.value("expected") == "hidden (blind count)"
    assert "150" not in page.x_figures.value("expected")

    page.close_till()
    count = page.dialog
    assert isinstance(count, CashCountDialog)
    count.pieces[Decimal("100")].setValue(1)
    count.pieces[Decimal("50")].setValue(1)
    with qtbot.waitSignal(page.loaded):
        count.submit()
    qtbot.waitUntil(lambda: page.z_box.isVisible())
    # Once closed, the Z report says what was expected.
    assert (page.z_figures.value("expected"), page.z_figures.value("variance")) == (
        "¥150.00",
        "¥0.00: the count matches",
    )
    assert page.z_figures.value("opened").endswith("by Ann")
    page.close()


def test_the_z_reports_model(qtmodeltester: object) -> None:
    model = ZReportsModel()
    model.set_rows(
        [(2, datetime(2026, 11, 2, 20, 0, tzinfo=UTC)), (1, datetime(2026, 11, 1, 20, 0, tzinfo=UTC))]
    )
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(0, ZReportsModel.COL_NUMBER), model.SORT_ROLE) == 2


def test_a_count_off_by_more_than_the_limit_needs_a_manager(
    qtbot: QtBot, ctx: AppContext, sqlite_uow: UnitOfWork
) -> None:
    """The page runs the close as it is; the task runner asks for the manager (here: Max approves at once)
    and runs it again, approved; without a manager the refusal stays in the count dialog."""
    people = staffed(sqlite_uow)
    ctx.tasks.call(lambda uow: uow.sign_in(people["Ann"]))
    page = make_page(qtbot, ctx)
    page.float_edit.setText("100")
    with qtbot.waitSignal(page.loaded):
        page.open_till()

    page.close_till()
    count = page.dialog
    assert isinstance(count, CashCountDialog)
    count.typed_total.setText("80")  # 20.00 short; the limit is 5.00
    count.submit()
    qtbot.waitUntil(lambda: "may not" in count.message.text())
    assert count.isVisible() and count.ok_button.isEnabled() and page.report is not None

    asked: list[str] = []

    def approve(refused: object, go_on: Callable[[Actor], None], _give_up: Callable[[], None]) -> None:
        asked.append(str(refused))
        go_on(people["Max"])

    ctx.tasks.ask_approval = approve
    with qtbot.waitSignal(page.loaded):
        count.submit()
    qtbot.waitUntil(lambda: page.z_box.isVisible())
    assert len(asked) == 1
    assert page.z_figures.value("variance") == "-¥20.00 short"
    assert page.z_figures.value("closed").endswith("approved by Max")
    page.close()
