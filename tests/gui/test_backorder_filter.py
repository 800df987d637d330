"""The Orders page's backorder filters: "Backordered" lists the confirmed orders waiting for goods and
"Ready to ship" the ones whose goods are all there, paged and sorted by the database; a backordered order's
detail says what it waits for; a delivery moves an order from one list to the other."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.pages.orders import OrdersPage
from oms_desktop.services import inventory, order_pages
from oms_desktop.services.changes import Changes
from oms_desktop.services.order_filters import OrderFilter, Waiting
from oms_desktop.services.orders import LineRequest, OrderRequest, confirm, create_order
from tests import factories
from tests.gui.helpers import column_texts


def phone_order(uow: UnitOfWork, customer: str, sku: str, quantity: int) -> str:
    number = create_order(
        uow, OrderRequest(lines=[LineRequest(sku, quantity)], channel=Channel.PHONE, customer_code=customer)
    ).value.number
    confirm(uow, number)
    return number


def shop(uow: UnitOfWork) -> tuple[str, str, str, str]:
    """Two teas on the shelf; three confirmed orders of tea (the oldest gets the shelf), one of cups, and an
    unconfirmed one (neither backordered nor ready)."""
    factories.product(uow, "TEA", stock=2, backorder=True)
    factories.product(uow, "CUP", stock=5)
    buyer = factories.customer(uow).code
    first = phone_order(uow, buyer, "TEA", 2)  # covered by the shelf
    second = phone_order(uow, buyer, "TEA", 3)  # waits for 3
    cups = phone_order(uow, buyer, "CUP", 1)
    third = phone_order(uow, buyer, "TEA", 1)  # waits for 1
    create_order(uow, OrderRequest(lines=[LineRequest("CUP", 1)], channel=Channel.PHONE, customer_code=buyer))
    return first, second, cups, third


def choose(qtbot: QtBot, page: OrdersPage, waiting: Waiting | None) -> None:
    index = page.waiting.findData(waiting)
    assert index >= 0
    with qtbot.waitSignal(page.model.loaded):
        page.waiting.setCurrentIndex(index)


def test_the_backorder_filters_and_what_an_order_waits_for(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    first, second, cups, third = shop(sqlite_uow)
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)

    choose(qtbot, page, Waiting.BACKORDERED)
    assert column_texts(page.model, OrdersModel.COL_NUMBER) == [third, second]  # newest first, as sorted
    qtbot.waitUntil(lambda: page.count.text() == "2 orders")
    page.table.sortByColumn(OrdersModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)  # sorted by the database
    qtbot.waitUntil(lambda: column_texts(page.model, OrdersModel.COL_NUMBER) == [second, third])

    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.waiting.isVisible())
    assert page.detail.waiting.text() == "Backordered, waiting for: TEA short 3 of 3 at MAIN"

    choose(qtbot, page, Waiting.READY_TO_SHIP)
    assert sorted(column_texts(page.model, OrdersModel.COL_NUMBER)) == sorted([first, cups])
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.detail is not None and page.detail.detail.number in (first, cups))
    qtbot.waitUntil(lambda: not window.ctx.tasks.busy)  # what it waits for has been read: nothing
    assert not page.detail.waiting.isVisible()

    # Four teas arrive: every order is ready, and the list follows without a click.
    inventory.receive(sqlite_uow, "TEA", 4)
    choose(qtbot, page, Waiting.BACKORDERED)
    assert page.model.rowCount() == 0
    choose(qtbot, page, Waiting.READY_TO_SHIP)
    assert sorted(column_texts(page.model, OrdersModel.COL_NUMBER)) == sorted([first, second, cups, third])
    choose(qtbot, page, None)
    assert page.model.rowCount() == 5


def test_the_filters_page_in_sql(sqlite_uow: UnitOfWork) -> None:
    first, second, cups, third = shop(sqlite_uow)
    waiting = OrderFilter(waiting=Waiting.BACKORDERED)
    page = order_pages.order_page(sqlite_uow, waiting, sort="number", descending=False, limit=1)
    assert [r.number for r in page.rows] == [second] and page.cursor is not None
    rest = order_pages.order_page(sqlite_uow, waiting, sort="number", descending=False, after=page.cursor)
    assert [r.number for r in rest.rows] == [third] and rest.cursor is None
    assert order_pages.count_orders(sqlite_uow, waiting) == 2
    ready = OrderFilter(waiting=Waiting.READY_TO_SHIP, channel=Channel.PHONE)
    assert order_pages.count_orders(sqlite_uow, ready) == 2
    assert {r.number for r in order_pages.list_orders(sqlite_uow, ready)} == {first, cups}


def test_ship_waits_with_the_reason_while_an_order_waits_for_goods(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    """A backordered order's Ship… is disabled and says why (the core would refuse it); when the goods come
    it is enabled again without a click. The count under the list says "1 order", not "1 orders"."""
    _first, second, _cups, third = shop(sqlite_uow)
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)
    choose(qtbot, page, Waiting.BACKORDERED)
    page.table.sortByColumn(OrdersModel.COL_NUMBER, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: column_texts(page.model, OrdersModel.COL_NUMBER) == [second, third])
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.detail.waiting.isVisible())
    ship = page.detail.buttons[Action.SHIP]
    qtbot.waitUntil(lambda: not ship.isEnabled())
    assert ship.toolTip() == (
        f"Not possible: {second} waits for goods: 3 of TEA short at MAIN (older orders are served first)"
    )
    assert page.detail.buttons[Action.PACK].isEnabled()  # only shipping takes the goods off the shelf

    # Three teas come: the second order is covered and may ship; the third still waits, alone in the list.
    inventory.receive(sqlite_uow, "TEA", 3)
    window.ctx.bus.announce(Changes(stock=True))  # as the Stock page's Receive… announces it
    qtbot.waitUntil(ship.isEnabled)
    assert ship.toolTip().startswith("Allowed for an order")
    choose(qtbot, page, Waiting.READY_TO_SHIP)
    choose(qtbot, page, Waiting.BACKORDERED)
    assert column_texts(page.model, OrdersModel.COL_NUMBER) == [third]
    qtbot.waitUntil(lambda: page.count.text() == "1 order")
