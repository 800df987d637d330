"""Orders on hold in the window: Hold… asks why and what the problem is, the held order says so first, Pack
and Ship… wait with the workflow's reason, the "On hold" filter lists it, and Release brings the buttons
back."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui.dialogs.order_hold import HoldDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.order_parts import HistoryModel
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.pages.orders import HELD, OrdersPage
from oms_desktop.services import orders
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories
from tests.gui.helpers import column_texts
from tests.gui.test_orders import select_order


def phone_order(uow: UnitOfWork, customer: str) -> str:
    request = OrderRequest(
        lines=[LineRequest("TEA-1", 1)], channel=Channel.PHONE, customer_code=customer, confirm=True
    )
    return orders.create_order(uow, request).value.number


def choose_fulfilment(qtbot: QtBot, page: OrdersPage, data: object) -> None:
    index = page.waiting.findData(data)
    assert index >= 0
    with qtbot.waitSignal(page.model.loaded):
        page.waiting.setCurrentIndex(index)


def test_an_order_put_on_hold_and_released_from_the_window(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", price="100.00", stock=10)
    buyer = factories.customer(sqlite_uow).code
    held, other = phone_order(sqlite_uow, buyer), phone_order(sqlite_uow, buyer)
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    select_order(qtbot, page, held)
    detail = page.detail
    hold, release = detail.buttons[Action.HOLD], detail.buttons[Action.RELEASE]
    assert hold.isEnabled() and hold.text() == "&Hold…"
    assert not release.isEnabled() and release.toolTip() == "Not possible: it is not on hold"
    assert not detail.held.isVisible()

    qtbot.mouseClick(hold, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, HoldDialog)
    assert [dialog.reason.itemText(i) for i in range(dialog.reason.count())] == [
        "Address",
        "Payment",
        "Stock",
        "Other",
    ]
    dialog.reason.setCurrentIndex(dialog.reason.findData("address"))
    qtbot.keyClicks(dialog.note, "no such street")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.held.text() == "On hold (address): no such street")
    assert detail.held.isVisible() and detail.held.kind == "warning"
    assert detail.message.text() == f"{held} on hold: neither packed nor shipped until released"
    assert orders.get_order(sqlite_uow, held).hold_state == "held"

    # Held: neither packed nor shipped, and the buttons say why.
    for action in (Action.PACK, Action.SHIP):
        assert not detail.buttons[action].isEnabled()
        assert detail.buttons[action].toolTip() == "Not possible: it is on hold: release it first"
    assert not hold.isEnabled() and hold.toolTip() == "Not possible: it is on hold already"
    assert release.isEnabled()
    qtbot.waitUntil(lambda: column_texts(detail.history, HistoryModel.COL_ACTION)[-1:] == ["Put on hold"])

    # The "On hold" filter lists it and not the other order.
    choose_fulfilment(qtbot, page, HELD)
    assert page.current_filter().held and page.current_filter().waiting is None
    assert column_texts(page.model, OrdersModel.COL_NUMBER) == [held]
    qtbot.waitUntil(lambda: page.count.text() == "1 order")

    qtbot.mouseClick(release, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: detail.message.text() == f"{held} released: it can be packed and shipped")
    assert not detail.held.isVisible()
    for action in (Action.PACK, Action.SHIP, Action.HOLD):
        assert detail.buttons[action].isEnabled(), action
    assert not release.isEnabled()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)  # it left the "On hold" list
    choose_fulfilment(qtbot, page, None)
    assert sorted(column_texts(page.model, OrdersModel.COL_NUMBER)) == sorted([held, other])


def test_the_hold_dialog_refuses_an_empty_note_in_one_line(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", price="100.00", stock=10)
    number = phone_order(sqlite_uow, factories.customer(sqlite_uow).code)
    window = open_window()
    window.show_page(window.ORDERS)
    select_order(qtbot, window.orders, number)
    detail = window.orders.detail
    qtbot.mouseClick(detail.buttons[Action.HOLD], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, HoldDialog)
    qtbot.keyClicks(dialog.note, "   ")
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.message.text() == "Say what the problem is: a hold needs a note"
    assert dialog.isVisible() and not dialog.busy
    assert orders.get_order(sqlite_uow, number).hold_state == "none"
    dialog.reject()
