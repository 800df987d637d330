"""Ship… in parts through the real dialog: each line with what is left to ship and how much leaves now (all
of it unless the user types less), the order partly shipped with each line's shipped / to ship and each
parcel's contents, Change… held to what left already, and the second parcel shipping the rest. A
backordered order ships what is there."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.order import Status
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui.dialogs.order_actions import ShipDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.order_edit_lines import OrderEditLinesModel
from oms_desktop.gui.models.order_parts import HistoryModel, OrderLinesModel, ShipmentsModel
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.models.ship_lines import Leaving, ShipLinesModel
from oms_desktop.gui.widgets.order_detail import OrderDetailView
from oms_desktop.services import inventory, orders
from oms_desktop.services.orders import LineRequest, OrderRequest
from oms_desktop.services.shipping import ShipItem
from tests import factories
from tests.gui.helpers import cell, column_texts, find_row
from tests.gui.test_order_edit_dialog import double_click_and_type, open_change
from tests.gui.test_orders import select_order


def order_of(uow: UnitOfWork, *lines: tuple[str, int]) -> str:
    buyer = factories.customer(uow).code
    request = OrderRequest(
        lines=[LineRequest(sku, qty) for sku, qty in lines],
        channel=Channel.PHONE,
        customer_code=buyer,
        confirm=True,
    )
    return orders.create_order(uow, request).value.number


def open_ship(qtbot: QtBot, detail: OrderDetailView) -> ShipDialog:
    button = detail.buttons[Action.SHIP]
    qtbot.waitUntil(button.isEnabled)
    detail.dialog = None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, ShipDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.tracking)
    return dialog


def ship_with(qtbot: QtBot, dialog: ShipDialog, tracking: str) -> None:
    dialog.tracking.setFocus()
    qtbot.keyClicks(dialog.tracking, tracking, delay=40)
    qtbot.wait(80)  # a person's last key, handed on after a scanner's gap
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.tracking, Qt.Key.Key_Return)


def test_an_order_shipped_in_two_parts(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", name="Longjing", price="30.00", stock=10)
    factories.product(sqlite_uow, "RICE-5", name="Rice 5 kg", price="12.00", stock=10)
    number = order_of(sqlite_uow, ("TEA-1", 3), ("RICE-5", 2))
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    select_order(qtbot, page, number)
    detail = page.detail
    lines_table = detail.tabs.lines_table
    assert lines_table.isColumnHidden(OrderLinesModel.COL_SHIPPED)  # nothing has left yet

    # The first parcel: two teas, no rice.
    dialog = open_ship(qtbot, detail)
    S = ShipLinesModel
    assert column_texts(dialog.lines, S.COL_SKU) == ["TEA-1", "RICE-5"]
    assert column_texts(dialog.lines, S.COL_LEFT) == ["3", "2"]
    assert column_texts(dialog.lines, S.COL_NOW) == ["3", "2"]  # all that is left, unless told less
    assert dialog.summary.text() == "All that is left ships now"
    double_click_and_type(qtbot, dialog.table, 0, S.COL_NOW, "2")
    double_click_and_type(qtbot, dialog.table, 1, S.COL_NOW, "0")
    assert dialog.summary.text() == "A part ships now (2); the rest stays reserved for a later parcel"
    ship_with(qtbot, dialog, "SF0001")
    assert detail.message.text() == f"{number} shipped in part; the rest stays reserved"
    assert detail.status.text() == "Partly shipped"
    assert not lines_table.isColumnHidden(OrderLinesModel.COL_SHIPPED)
    assert column_texts(detail.lines, OrderLinesModel.COL_SHIPPED) == ["2", "0"]
    assert column_texts(detail.lines, OrderLinesModel.COL_TO_SHIP) == ["1", "2"]
    assert column_texts(detail.shipments, ShipmentsModel.COL_CONTENTS) == ["TEA-1 ×2"]
    assert column_texts(detail.history, HistoryModel.COL_ACTION)[-1] == "Part shipped"
    assert lines_table.isColumnHidden(OrderLinesModel.COL_PRICE)  # the room for shipped / to ship
    assert detail.tabs.shipments_table.isColumnHidden(ShipmentsModel.COL_DELIVERED)  # none arrived yet
    row = find_row(page.model, OrdersModel.COL_NUMBER, number)
    assert row is not None
    qtbot.waitUntil(lambda: cell(page.model, row, OrdersModel.COL_STATUS) == "Partly shipped")
    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert (level.on_hand, level.reserved) == (8, 1)
    with qtbot.waitSignal(page.model.loaded):  # the status filter lists it with its word
        page.status.setCurrentIndex(page.status.findData(Status.PARTLY_SHIPPED))
    assert column_texts(page.model, OrdersModel.COL_NUMBER) == [number]
    assert column_texts(page.model, OrdersModel.COL_STATUS) == ["Partly shipped"]
    with qtbot.waitSignal(page.model.loaded):
        page.status.setCurrentIndex(0)  # all statuses again
    row = find_row(page.model, OrdersModel.COL_NUMBER, number)
    assert row is not None

    # Change…: the tea cannot go below the two that left, nor be removed.
    change = open_change(qtbot, detail)
    E = OrderEditLinesModel
    assert not change.table.isColumnHidden(E.COL_SHIPPED)
    assert column_texts(change.lines, E.COL_SHIPPED) == ["2", ""]
    change.table.selectRow(0)
    assert not change.remove_button.isEnabled()
    assert change.remove_button.toolTip() == "2 of TEA-1 shipped already: it stays on the order"
    double_click_and_type(qtbot, change.table, 0, E.COL_QTY, "1")
    tip = change.lines.data(change.lines.index(0, E.COL_QTY), Qt.ItemDataRole.ToolTipRole)
    assert tip == "2 of it shipped already: the line cannot go below that"
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not change.busy and change.message.kind == "error")
    assert change.message.text() == f"TEA-1 on order {number} cannot go below the 2 already shipped"
    assert change.isVisible() and cell(change.lines, 0, E.COL_QTY) == "1"  # as typed, to correct
    change.reject()

    # The second parcel takes the rest: the order is shipped.
    dialog = open_ship(qtbot, detail)
    assert column_texts(dialog.lines, S.COL_SHIPPED) == ["2", "0"]
    assert column_texts(dialog.lines, S.COL_NOW) == ["1", "2"]
    ship_with(qtbot, dialog, "SF0002")
    assert detail.message.text() == f"{number} shipped"
    assert detail.status.text() == "Shipped"
    assert lines_table.isColumnHidden(OrderLinesModel.COL_SHIPPED)
    assert not lines_table.isColumnHidden(OrderLinesModel.COL_PRICE)
    assert column_texts(detail.shipments, ShipmentsModel.COL_TRACKING) == ["SF0001", "SF0002"]
    assert column_texts(detail.shipments, ShipmentsModel.COL_CONTENTS) == ["TEA-1 ×2", "TEA-1 ×1\nRICE-5 ×2"]
    qtbot.waitUntil(lambda: cell(page.model, row, OrdersModel.COL_STATUS) == "Shipped")
    assert not detail.buttons[Action.EDIT].isEnabled()
    assert detail.buttons[Action.EDIT].toolTip() == "Not possible: it has been shipped already"


def test_a_backordered_order_ships_what_is_there(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", price="30.00", stock=5)
    factories.product(sqlite_uow, "CUP-1", price="5.00", stock=1, backorder=True)
    number = order_of(sqlite_uow, ("TEA-1", 1), ("CUP-1", 3))
    window = open_window()
    window.show_page(window.ORDERS)
    select_order(qtbot, window.orders, number)
    detail = window.orders.detail
    qtbot.waitUntil(lambda: detail.waiting.isVisible())
    assert detail.waiting.text() == "Backordered, waiting for: CUP-1 short 2 of 3 at MAIN"
    dialog = open_ship(qtbot, detail)  # enabled: some of it is there
    assert column_texts(dialog.lines, ShipLinesModel.COL_NOW) == ["1", "1"]  # the two short cups wait
    assert dialog.lines.items() == [ShipItem("TEA-1", 1), ShipItem("CUP-1", 1)]
    ship_with(qtbot, dialog, "SF0003")
    assert detail.status.text() == "Partly shipped"
    assert column_texts(detail.lines, OrderLinesModel.COL_TO_SHIP) == ["0", "2"]
    qtbot.waitUntil(lambda: not detail.buttons[Action.SHIP].isEnabled())  # nothing left that is there
    assert "waits for goods" in detail.buttons[Action.SHIP].toolTip()


def test_the_ship_lines_model(qtmodeltester, sqlite_uow: UnitOfWork) -> None:  # type: ignore[no-untyped-def]
    factories.product(sqlite_uow, "TEA-1", stock=5)
    detail = orders.get_order(sqlite_uow, order_of(sqlite_uow, ("TEA-1", 3)))
    model = ShipLinesModel()
    model.set_rows([Leaving(line, line.to_ship) for line in detail.lines])
    qtmodeltester.check(model)
    said: list[str] = []
    model.refused.connect(said.append)
    assert not model.setData(model.index(0, ShipLinesModel.COL_NOW), "some")
    assert said == ["'some' is not a quantity"]
    assert model.everything()
    assert model.setData(model.index(0, ShipLinesModel.COL_NOW), "4")
    assert (
        model.data(model.index(0, ShipLinesModel.COL_NOW), Qt.ItemDataRole.ToolTipRole)
        == "Only 3 left to ship"
    )
    assert model.items() == [ShipItem("TEA-1", 4)]  # the core refuses more than is left, in its words
    assert not model.flags(model.index(0, ShipLinesModel.COL_LEFT)) & Qt.ItemFlag.ItemIsEditable
