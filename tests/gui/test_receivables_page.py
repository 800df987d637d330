"""The Receivables tab of the Customers page over tests/core/test_statement.py's hand-checked shop: the
ageing as of a day with its total row, a click drills down to the customer's open orders and a
double-click opens one on the Orders page, a payment on account shared over the oldest orders first, the
terms that need a manager's approval when a cashier changes them, and the statement's preview."""

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.dialogs.account_payment import AccountPaymentDialog
from oms_desktop.gui.dialogs.approval import ApprovalDialog
from oms_desktop.gui.dialogs.customer_terms import CustomerTermsDialog
from oms_desktop.gui.dialogs.statement_preview import StatementPreview
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.receivables import OpenOrdersModel, ReceivablesModel
from oms_desktop.gui.pages.customers import CustomersPage
from oms_desktop.gui.pages.receivables import ReceivablesTab
from oms_desktop.services import audit_trail, customers, receivables, users
from tests.core.test_receivables import _on
from tests.core.test_statement import statement_shop
from tests.gui.helpers import column_texts
from tests.gui.test_sign_in import sign_in

D = date(2026, 6, 30)
R = ReceivablesModel


def open_tab(qtbot: QtBot, window: MainWindow, day: date | None = D) -> ReceivablesTab:
    """The Receivables tab as of `day` (None: today in the shop's zone)."""
    window.show_page(MainWindow.CUSTOMERS)
    window.customers.show_tab(CustomersPage.RECEIVABLES)
    tab = window.customers.receivables
    qtbot.waitUntil(lambda: tab.found is not None)
    day = day or tab.today()
    tab.as_of.setDate(QDate(day.year, day.month, day.day))
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.as_of == day)
    return tab


def select(qtbot: QtBot, tab: ReceivablesTab, code: str) -> None:
    assert tab.select_customer(code)
    qtbot.waitUntil(lambda: tab.chosen == code)


def test_the_models(qtmodeltester: object, sqlite_uow: UnitOfWork) -> None:
    statement_shop(sqlite_uow)
    found = receivables.receivables(_on(sqlite_uow, 0))
    model = ReceivablesModel()
    model.show(found)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    orders = OpenOrdersModel()
    orders.set_rows(found.customers[0].orders)
    qtmodeltester.check(orders)  # type: ignore[attr-defined]


def test_ageing_as_of_a_day_drill_down_and_open_an_order(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    n = statement_shop(sqlite_uow)
    window = open_window()
    tab = open_tab(qtbot, window)
    assert column_texts(tab.model, R.COL_CODE) == [n["W"], n["X"], ""]
    w = [tab.model.index(0, c).data() for c in range(tab.model.columnCount())]
    # Balance 240.00: 140.00 not yet due, 100.00 1-30 days late; terms 30 days.
    assert w[R.COL_TERMS : R.COL_BUCKET + 5] == ["30 d", "240.00", "140.00", "100.00", "", "", ""]
    total = [tab.model.index(2, c).data() for c in range(tab.model.columnCount())]
    assert total[R.COL_NAME] == "Total" and total[R.COL_BALANCE] == "290.00"
    assert total[R.COL_BUCKET + 4] == "50.00"  # X's 50.00, 95 days late
    assert "290.00 owed" in tab.summary.text() and "150.00 of it past due" in tab.summary.text()

    select(qtbot, tab, n["W"])
    orders = tab.orders
    assert column_texts(orders, OpenOrdersModel.COL_NUMBER) == [n["B"], n["C"], n["F"]]
    assert column_texts(orders, OpenOrdersModel.COL_LATE) == ["15", "", ""]
    assert column_texts(orders, OpenOrdersModel.COL_OWED) == ["100.00", "80.00", "60.00"]
    assert column_texts(orders, OpenOrdersModel.COL_DUE)[0] == "2026-06-15"
    assert n["W"] in tab.orders_title.text()

    # Sixty days earlier only A was open: 200.00, 10 days late.
    tab.as_of.setDate(QDate(2026, 5, 1))
    qtbot.waitUntil(lambda: tab.found is not None and tab.found.as_of == date(2026, 5, 1))
    assert tab.chosen == n["W"]  # the choice survives a new day
    assert column_texts(orders, OpenOrdersModel.COL_NUMBER) == [n["A"]]

    index = tab.orders_table.model().index(0, OpenOrdersModel.COL_NUMBER)
    tab.orders_table.doubleClicked.emit(index)
    assert window.stack.currentWidget() is window.orders
    qtbot.waitUntil(lambda: window.orders.detail.detail is not None)
    assert window.orders.detail.detail.number == n["A"]  # type: ignore[union-attr]


def test_a_payment_on_account_is_shared_over_the_oldest_orders_first(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    n = statement_shop(sqlite_uow)
    window = open_window()
    tab = open_tab(qtbot, window, None)
    select(qtbot, tab, n["W"])
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountPaymentDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AccountPaymentDialog)
    assert dialog.orders.count() == 3 and "240.00" in dialog.findChild(object, "accountOwed").text()  # type: ignore[union-attr]
    qtbot.keyClicks(dialog.amount, "130")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "booked" in tab.message.text())
    assert f"{n['B']} ¥100.00, {n['C']} ¥30.00" in tab.message.text()
    assert "Still owed: ¥110.00" in tab.message.text()
    qtbot.waitUntil(lambda: tab.model.index(0, R.COL_BALANCE).data() == "110.00")
    assert column_texts(tab.orders, OpenOrdersModel.COL_NUMBER) == [n["C"], n["F"]]

    # Ticked orders are paid in the order shown, and more than they owe is refused in the dialog.
    qtbot.mouseClick(tab.pay_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AccountPaymentDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, AccountPaymentDialog)
    dialog.orders.item(1).setCheckState(Qt.CheckState.Checked)  # F
    qtbot.keyClicks(dialog.amount, "61")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "more than is owed" in dialog.message.text())
    dialog.amount.clear()
    qtbot.keyClicks(dialog.amount, "60")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"{n['F']} ¥60.00" in tab.message.text())
    left = receivables.receivables(sqlite_uow, customer=n["W"]).customers[0]
    assert [(o.number, o.balance) for o in left.orders] == [(n["C"], Decimal("50.00"))]


def test_a_cashier_changes_terms_with_a_managers_approval(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    n = statement_shop(sqlite_uow)
    users.add_user(sqlite_uow, "Olivia", "owner", "1234")
    sqlite_uow.sign_in(users.authenticate(sqlite_uow, "Olivia", "1234"))
    users.add_user(sqlite_uow, "Max", "manager", "2222")
    users.add_user(sqlite_uow, "Ann", "cashier", "1111")
    sqlite_uow.sign_in(None)
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    tab = open_tab(qtbot, window)
    select(qtbot, tab, n["W"])
    qtbot.mouseClick(tab.terms_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CustomerTermsDialog))
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, CustomerTermsDialog)
    assert dialog.days.value() == 30
    dialog.days.setValue(45)
    dialog.limit.clear()
    qtbot.keyClicks(dialog.limit, "800")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ApprovalDialog))
    approval = QApplication.activeModalWidget()
    assert isinstance(approval, ApprovalDialog)
    assert "credit limit or payment terms" in approval.reason.text()
    qtbot.keyClicks(approval.manager, "Max")
    qtbot.keyClicks(approval.pin, "2222")
    qtbot.keyClick(approval.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "45 days" in tab.message.text())
    saved = customers.get_customer(sqlite_uow, n["W"])
    assert (saved.payment_terms_days, saved.credit_limit) == (45, Decimal("800.00"))
    row = audit_trail.entries(sqlite_uow, action="customer_terms")[0]
    assert (row.actor, row.approver) == ("Ann", "Max")
    # Longer terms: B (due 06-15 before) is due 06-30 now, so nothing is late as of 06-30.
    qtbot.waitUntil(lambda: tab.model.index(0, R.COL_BUCKET + 1).data() == "")
    assert tab.model.index(0, R.COL_TERMS).data() == "45 d"


def test_the_statement_preview(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    n = statement_shop(sqlite_uow)
    window = open_window()
    tab = open_tab(qtbot, window)
    select(qtbot, tab, n["W"])
    qtbot.mouseClick(tab.statement_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), StatementPreview))
    preview = QApplication.activeModalWidget()
    assert isinstance(preview, StatementPreview)
    assert preview.period() is not None and preview.period().start == date(2026, 4, 1)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: preview.loaded, timeout=15000)
    assert preview.view_data is not None and preview.view_data.closing == Decimal("240.00")
    preview.date_from.setDate(QDate(2026, 6, 29))

    def reread() -> bool:
        shown = preview.view_data
        return preview.loaded and shown is not None and shown.period.start == date(2026, 6, 29)

    qtbot.waitUntil(reread, timeout=15000)
    assert preview.view_data.opening == Decimal("490.00")
    preview.date_from.setDate(QDate(2026, 7, 1))
    qtbot.waitUntil(lambda: "ends before it starts" in preview.message.text())
    preview.reject()
