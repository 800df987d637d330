"""Orders: a phone order's whole life through the window, the lazy list, sorting, filters, and the
action buttons following the transition table exactly."""

from collections.abc import Callable
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import FulfilmentState, Lifecycle, PaymentMethod, PaymentState
from oms_desktop.domain.order_workflow import Action, refusal
from oms_desktop.gui import error_text
from oms_desktop.gui.dialogs.customer_search import CustomerSearchDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.order_parts import HistoryModel, OrderLinesModel, PaymentsModel, ShipmentsModel
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.pages.orders import OrdersPage
from oms_desktop.gui.widgets.order_detail import ACTIONS, OrderDetailView
from oms_desktop.services import inventory, order_filters, order_pages, orders
from tests import factories
from tests.gui.conftest import ean13
from tests.gui.helpers import cell, column_texts, find_row, scan

TEA = ean13("690123456789")


def select_order(qtbot: QtBot, page: OrdersPage, number: str) -> None:
    qtbot.waitUntil(lambda: find_row(page.model, OrdersModel.COL_NUMBER, number) is not None)
    row = find_row(page.model, OrdersModel.COL_NUMBER, number)
    assert row is not None
    page.table.selectRow(row)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.number == number)


def test_phone_order_confirmed_then_shipped_paid_and_delivered(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", name="Longjing", price="100.00", stock=10, barcode=TEA)
    factories.customer(sqlite_uow, "张伟")
    window = open_window()
    counter = window.counter

    qtbot.keyClick(counter.search, Qt.Key.Key_F6)
    assert counter.pay_button.text() == "Save order (F8)"
    for _ in range(3):
        scan(qtbot, counter.search, TEA)
    qtbot.keyClick(counter.search, Qt.Key.Key_F8)
    assert counter.message.text() == "This order needs a customer: press F4 to choose one"

    qtbot.keyClick(counter.search, Qt.Key.Key_F4)
    picker = QApplication.activeModalWidget()
    assert isinstance(picker, CustomerSearchDialog)
    picker.field.insert("张")  # typed through an input method: QTest cannot type CJK keys
    qtbot.waitUntil(lambda: picker.model.query().text == "张" and picker.table.currentIndex().isValid())
    qtbot.keyClick(picker.field, Qt.Key.Key_Return)
    assert counter.customer.customer is not None and counter.customer.customer.name == "张伟"
    assert "上海市浦东新区人民路1号" in counter.ship_to.toPlainText()

    window.activateWindow()  # a window manager does this when the dialog closes; offscreen has none
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(counter.search, Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: counter.last_order is not None)
    order = counter.last_order
    assert order is not None and order.status == "pending_payment" and order.channel == "phone"
    assert counter.message.text().startswith(f"Order {order.number} confirmed for 张伟")
    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert (level.on_hand, level.reserved) == (10, 3)

    window.show_page(window.ORDERS)
    page = window.orders
    select_order(qtbot, page, order.number)
    detail = page.detail
    assert detail.status.text() == "Pending payment"
    assert detail.buttons[Action.SHIP].isEnabled()
    assert not detail.buttons[Action.DELIVER].isEnabled()
    assert detail.buttons[Action.DELIVER].toolTip() == "Not possible: it must be shipped first"
    assert detail.buttons[Action.CONFIRM].toolTip() == (
        "Not possible: only a draft order or a quotation can be confirmed"
    )

    qtbot.mouseClick(detail.buttons[Action.SHIP], Qt.MouseButton.LeftButton)
    ship = detail.dialog
    assert ship is not None
    qtbot.keyClick(ship, Qt.Key.Key_Return)  # no tracking number yet: refused in the dialog
    assert ship.message.text() == "Type the tracking number"
    qtbot.keyClicks(ship.tracking, "SF1234567890")  # type: ignore[attr-defined]
    qtbot.keyClick(ship, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.status.text() == "Shipped")
    row = find_row(page.model, OrdersModel.COL_NUMBER, order.number)
    qtbot.waitUntil(lambda: cell(page.model, row, OrdersModel.COL_STATUS) == "Shipped")  # type: ignore[arg-type]
    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert (level.on_hand, level.reserved) == (7, 0)
    assert column_texts(detail.shipments, ShipmentsModel.COL_TRACKING) == ["SF1234567890"]
    assert not detail.buttons[Action.CANCEL].isEnabled()
    assert detail.buttons[Action.CANCEL].toolTip() == "Not possible: it has left the shop"

    qtbot.mouseClick(detail.buttons[Action.PAY], Qt.MouseButton.LeftButton)
    pay = detail.dialog
    assert pay is not None
    qtbot.keyClick(pay, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.sums["balance"].text() == "¥0.00")
    qtbot.mouseClick(detail.buttons[Action.DELIVER], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.status.text() == "Completed")
    actions = column_texts(detail.history, HistoryModel.COL_ACTION)
    assert actions == ["Created", "Confirmed", "Shipped", "Payment", "Delivered", "Completed"]
    assert column_texts(detail.history, HistoryModel.COL_USER) == ["cashier"] * 6

    # The customer brings everything back: stock returns and the payment is refunded.
    assert detail.buttons[Action.RETURN].isEnabled()
    qtbot.mouseClick(detail.buttons[Action.RETURN], Qt.MouseButton.LeftButton)
    back = detail.dialog
    assert back is not None
    qtbot.keyClicks(back.reason, "wrong tea")  # type: ignore[attr-defined]
    qtbot.keyClick(back, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.status.text() == "Returned")
    qtbot.waitUntil(lambda: detail.sums["paid"].text() == "¥0.00")
    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert (level.on_hand, level.reserved) == (10, 0)
    assert not any(button.isEnabled() for button in detail.buttons.values())


def test_buttons_follow_the_transition_table(
    qtbot: QtBot, demo_window: MainWindow, demo_uow: UnitOfWork
) -> None:
    """For one order of every state combination in the demo shop, each button is enabled exactly when
    the table allows its action, and a disabled button's tooltip gives the table's reason."""
    page = demo_window.orders
    demo_window.show_page(demo_window.ORDERS)
    seen: set[tuple[str, str, str]] = set()
    for summary in order_pages.list_orders(demo_uow, limit=500):
        detail = orders.get_order(demo_uow, summary.number)
        states = (detail.lifecycle, detail.payment_state, detail.fulfilment_state)
        if states in seen:
            continue
        seen.add(states)
        page.open_order(detail.number)
        qtbot.waitUntil(
            lambda d=detail: page.detail.detail is not None and page.detail.detail.number == d.number
        )
        for action in ACTIONS:
            reason = refusal(
                action, Lifecycle(states[0]), PaymentState(states[1]), FulfilmentState(states[2])
            )
            button = page.detail.buttons[action]
            assert button.isEnabled() == (reason is None) == (action.value in detail.allowed_actions)
            if reason is not None:
                assert error_text.reason_text(reason) in button.toolTip()
    assert len(seen) >= 5, seen


def test_order_list_is_lazy(qtbot: QtBot, demo_ctx, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """120 orders in pages of 50: the view reads one page, scrolling to the end reads the next."""
    monkeypatch.setattr(OrdersModel, "page_size", 50)
    page = OrdersPage(demo_ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 50)
    qtbot.wait(50)
    assert page.model.fetch_count == 1
    assert page.model.canFetchMore()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 100)
    assert page.model.fetch_count == 2
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 120)
    assert not page.model.canFetchMore()
    qtbot.waitUntil(lambda: page.count.text() == "120 orders")


def test_sort_filter_and_search(qtbot: QtBot, demo_ctx, demo_uow: UnitOfWork) -> None:  # type: ignore[no-untyped-def]
    page = OrdersPage(demo_ctx)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 120)
    dates = [page.model.row_at(r).created_at for r in range(page.model.rowCount())]
    assert dates == sorted(dates, reverse=True)

    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(OrdersModel.COL_TOTAL) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: page.model.order_query.sort == "total")
    qtbot.waitUntil(lambda: not page.model.loading)
    totals = [page.model.row_at(r).total for r in range(page.model.rowCount())]
    assert totals == sorted(totals) or totals == sorted(totals, reverse=True)
    assert len(totals) == 120

    page.status.setCurrentIndex(page.status.findText("Cancelled"))
    qtbot.waitUntil(lambda: not page.model.loading and page.model.order_query.filter.status is not None)
    statuses = set(column_texts(page.model, OrdersModel.COL_STATUS))
    expected = order_pages.count_orders(
        demo_uow, order_filters.OrderFilter(status=page.model.order_query.filter.status)
    )
    assert statuses == {"Cancelled"} and page.model.rowCount() == expected > 0

    page.status.setCurrentIndex(0)
    customer = next(o for o in order_pages.list_orders(demo_uow, limit=200) if o.customer_name)
    page.search.insert(customer.customer_name or "")
    qtbot.waitUntil(lambda: page.model.order_query.filter.search == customer.customer_name)
    qtbot.waitUntil(lambda: not page.model.loading)
    assert set(column_texts(page.model, OrdersModel.COL_CUSTOMER)) == {customer.customer_name}

    page.search.clear()
    page.search.setText(customer.number)
    page.apply_filter()
    qtbot.waitUntil(lambda: column_texts(page.model, OrdersModel.COL_NUMBER) == [customer.number])


def test_order_models_pass_the_model_tester(
    qtbot: QtBot,
    qtmodeltester,
    demo_ctx,
    demo_uow: UnitOfWork,  # type: ignore[no-untyped-def]
) -> None:
    model = OrdersModel(demo_ctx.tasks)
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() > 0)
    qtmodeltester.check(model)
    assert model.data(model.index(0, OrdersModel.COL_TOTAL), OrdersModel.SORT_ROLE) == int(
        model.row_at(0).total * 100
    )

    shipped = next(o for o in order_pages.list_orders(demo_uow, limit=500) if o.status == "completed")
    detail = orders.get_order(demo_uow, shipped.number)
    for part, rows in (
        (OrderLinesModel(), detail.lines),
        (PaymentsModel(), detail.payments),
        (ShipmentsModel(), detail.shipments),
        (HistoryModel(), detail.history),
    ):
        part.set_rows(rows)  # type: ignore[attr-defined]
        qtmodeltester.check(part)
    view = OrderDetailView(demo_ctx)
    qtbot.addWidget(view)
    view.show_order(shipped.number)
    qtbot.waitUntil(lambda: view.detail is not None)
    assert view.sums["total"].text() == f"¥{detail.total:,.2f}"
    assert view.lines.rowCount() == len(detail.lines) and detail.total > Decimal(0)


def test_a_split_payment_is_one_transaction_and_a_refusal_writes_nothing(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    from oms_desktop.domain import Channel, PaymentMethod
    from oms_desktop.services import payments
    from oms_desktop.services.orders import LineRequest, OrderRequest, PaymentRequest

    factories.product(sqlite_uow, "TEA-1", price="100.00", stock=10)
    c = factories.customer(sqlite_uow)
    request = OrderRequest([LineRequest("TEA-1", 3)], Channel.PHONE, c.code, confirm=True)
    number = orders.create_order(sqlite_uow, request).value.number  # 300.00 due
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    select_order(qtbot, page, number)
    detail = page.detail

    qtbot.mouseClick(detail.buttons[Action.PAY], Qt.MouseButton.LeftButton)
    pay = detail.dialog
    pay._rows[0].amount.setText("200.00")
    pay.add_method(PaymentMethod.CARD, Decimal("100.00"))
    # Another till takes 50.00 meanwhile: the second part would now be more than is due.
    payments.pay(sqlite_uow, number, PaymentRequest(PaymentMethod.BANK_TRANSFER, Decimal("50.00")))
    qtbot.mouseClick(pay.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "more than the balance due" in pay.message.text())
    assert pay.isVisible() and pay.ok_button.isEnabled()
    assert [p.method for p in orders.get_order(sqlite_uow, number).payments] == ["bank_transfer"]

    pay._rows[0].amount.setText("150.00")
    qtbot.mouseClick(pay.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.sums["balance"].text() == "¥0.00")
    paid = orders.get_order(sqlite_uow, number)
    assert sorted(p.method for p in paid.payments) == ["bank_transfer", "card", "cash"]
    assert [h.action for h in paid.history].count("pay") == 2  # the other till's, and ours: one transaction


def test_the_return_dialog_gives_the_money_back_the_ways_it_was_paid_unless_told() -> None:
    from oms_desktop.gui.dialogs.order_actions import ReturnDialog

    dialog = ReturnDialog("SO-2026-000001", Decimal("10.00"), "CNY")
    assert dialog.method.currentText() == "The ways it was paid" and dialog.value().method is None
    assert "Exchange" not in [dialog.method.itemText(i) for i in range(dialog.method.count())]
    dialog.method.setCurrentIndex(2)
    assert dialog.value().method is PaymentMethod.CARD
