"""The Orders page's Problems view and "My orders" switch in the window: the view lists the orders with a
problem and a column naming them (in Chinese too), the detail says each with what it is about, the days of
"paid, not shipped" are set in Settings, and "My orders" shows once the shop has users."""

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.gui import i18n, labels
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.pages.orders import PROBLEMS, OrdersPage
from oms_desktop.services import assignment, holds, orders, settings, users
from oms_desktop.services.changes import Changes
from oms_desktop.services.order_problems import Problem
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories
from tests.gui.helpers import column_texts
from tests.gui.test_order_holds import choose_fulfilment
from tests.gui.test_orders import select_order
from tests.gui.test_sign_in import sign_in


def _phone_order(uow: UnitOfWork, customer: str, days_ago: int = 0) -> str:
    moment = datetime.now(UTC) - timedelta(days=days_ago)
    at = UnitOfWork(uow.engine, clock=lambda: moment, zone=uow.zone)
    request = OrderRequest([LineRequest("TEA-1", 1)], Channel.PHONE, customer, confirm=True)
    return orders.create_order(at, request).value.number


@pytest.fixture
def troubled(sqlite_uow: UnitOfWork) -> dict[str, str]:
    """An order on hold, one 40 days unpaid on 30 days' terms, and one with nothing wrong."""
    factories.product(sqlite_uow, "TEA-1", price="100.00", stock=10)
    buyer = factories.customer(sqlite_uow, "金龙批发", wholesale=True).code
    found = {
        "held": _phone_order(sqlite_uow, buyer),
        "late": _phone_order(sqlite_uow, buyer, days_ago=40),
        "fine": _phone_order(sqlite_uow, buyer),
    }
    holds.hold(sqlite_uow, found["held"], reason="payment", note="cheque bounced")
    return found


def _problems_view(qtbot: QtBot, page: OrdersPage) -> list[str]:
    choose_fulfilment(qtbot, page, PROBLEMS)
    return column_texts(page.model, OrdersModel.COL_NUMBER)


def test_the_problems_view_lists_them_with_a_column_and_the_detail_says_why(
    qtbot: QtBot, troubled: dict[str, str], sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.table.isColumnHidden(OrdersModel.COL_PROBLEMS)
    assert page.waiting.itemText(page.waiting.findData(PROBLEMS)) == "Problems"
    assert set(_problems_view(qtbot, page)) == {troubled["held"], troubled["late"]}
    assert not page.table.isColumnHidden(OrdersModel.COL_PROBLEMS)
    assert page.model.headerData(OrdersModel.COL_PROBLEMS, Qt.Orientation.Horizontal) == "Problems"
    problems = dict(
        zip(
            column_texts(page.model, OrdersModel.COL_NUMBER),
            column_texts(page.model, OrdersModel.COL_PROBLEMS),
            strict=True,
        )
    )
    assert problems == {troubled["held"]: "On hold", troubled["late"]: "Payment overdue"}
    assert page.table.horizontalHeader().visualIndex(OrdersModel.COL_PROBLEMS) == 1  # beside the number
    tip = page.model.index(0, OrdersModel.COL_PROBLEMS).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == column_texts(page.model, OrdersModel.COL_PROBLEMS)[0]  # a narrow cell says it whole
    qtbot.waitUntil(lambda: page.count.text() == "2 orders")

    select_order(qtbot, page, troubled["late"])
    detail = page.detail
    due = (datetime.now(UTC) - timedelta(days=10)).astimezone(window.ctx.zone).date()
    qtbot.waitUntil(lambda: detail.problems.isVisible())
    assert detail.problems.kind == "warning"
    assert detail.problems.text() == f"Problems: Payment overdue (due {due.isoformat()}, ¥100.00 owed)"
    select_order(qtbot, page, troubled["held"])
    qtbot.waitUntil(lambda: detail.problems.text() == "Problems: On hold")

    # Released, it leaves the view; back to every order, the column goes and the fine one says nothing.
    holds.release(sqlite_uow, troubled["held"])
    choose_fulfilment(qtbot, page, None)
    assert page.table.isColumnHidden(OrdersModel.COL_PROBLEMS)
    select_order(qtbot, page, troubled["fine"])
    qtbot.waitUntil(lambda: not detail.problems.isVisible())
    assert column_texts(page.model, OrdersModel.COL_PROBLEMS) == ["", "", ""]
    assert _problems_view(qtbot, page) == [troubled["late"]]

    # Hidden, the view is not read again on every change; shown, it is, once.
    holds.hold(sqlite_uow, troubled["fine"], reason="stock", note="count it")
    window.show_page(window.COUNTER)
    assert page.model.paused
    loads: list[object] = []
    page.model.loaded.connect(lambda: loads.append(1))
    for _ in range(3):
        window.ctx.bus.announce(Changes.for_order(1))
    qtbot.wait(100)
    assert loads == []
    window.show_page(window.ORDERS)
    qtbot.waitUntil(
        lambda: set(column_texts(page.model, OrdersModel.COL_NUMBER)) == {troubled["late"], troubled["fine"]}
    )
    assert len(loads) == 1 and not page.model.paused


@pytest.fixture
def chinese(qapp: object) -> Iterator[None]:
    before = QLocale()
    assert i18n.install("zh_CN") == "zh_CN"
    yield
    i18n.install("en")
    QLocale.setDefault(before)


def test_the_problems_and_the_missing_parts_have_chinese_words(chinese: None) -> None:
    assert [labels.problem(p.value) for p in Problem] == [
        "已挂起",
        "付款逾期",
        "缺货待补",
        "已付款未发货",
        "缺少地址",
    ]
    assert labels.problems(("held", "no_address")) == "已挂起 · 缺少地址"
    assert labels.address_parts("name,address,phone") == "收件人姓名、地址和电话"
    assert labels.address_parts("phone") == "电话"


def test_the_days_of_paid_not_shipped_are_set_in_settings(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.show_page(window.SETTINGS)
    page = window.settings
    assert page.paid_unshipped_days.value() == 3 and page.paid_unshipped_days.minimum() == 1
    page.paid_unshipped_days.setValue(6)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.text() == "Settings saved")
    assert settings.get_settings(sqlite_uow).paid_unshipped_days == 6


def test_my_orders_is_hidden_without_users(
    qtbot: QtBot, troubled: dict[str, str], open_window: Callable[[], MainWindow]
) -> None:
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    qtbot.wait(50)
    assert page.mine.isHidden() and page.current_filter().assigned_to is None


def test_my_orders_shows_the_orders_assigned_to_whoever_signed_in(
    qtbot: QtBot, troubled: dict[str, str], sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    uow = sqlite_uow
    users.add_user(uow, "Olivia", "owner", "1234")
    uow.sign_in(users.authenticate(uow, "Olivia", "1234"))
    users.add_user(uow, "Ann", "cashier", "1111")
    assignment.assign(uow, troubled["late"], "Ann")
    assignment.assign(uow, troubled["fine"], "Olivia")
    window = open_window()
    sign_in(qtbot, window, "Ann", "1111")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    window.show_page(window.ORDERS)
    page = window.orders
    qtbot.waitUntil(lambda: not page.mine.isHidden())
    assert page.mine.text() == "My orders" and not page.mine.isChecked()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    with qtbot.waitSignal(page.model.loaded):
        page.mine.setChecked(True)
    assert column_texts(page.model, OrdersModel.COL_NUMBER) == [troubled["late"]]
    # The next person signs in: "My orders" are theirs.
    window.lock()
    sign_in(qtbot, window, "Olivia", "1234")
    qtbot.waitUntil(lambda: window.screens.currentIndex() == 0)
    qtbot.waitUntil(lambda: column_texts(page.model, OrdersModel.COL_NUMBER) == [troubled["fine"]])
    with qtbot.waitSignal(page.model.loaded):
        page.mine.setChecked(False)
    assert len(column_texts(page.model, OrdersModel.COL_NUMBER)) == 3
