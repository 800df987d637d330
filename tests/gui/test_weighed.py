"""A weighed item at the counter: the scale's label scanned, the weight shown to the gram, a weight typed
into the quantity cell, paid; a weight typed where pieces are sold is refused in one line."""

from collections.abc import Callable
from decimal import Decimal

from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.barcode import gtin_check_digit
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.cart import CartModel
from oms_desktop.services import catalogue, inventory
from oms_desktop.services import settings as shop_settings
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.orders import PaymentRequest
from tests import factories
from tests.gui.helpers import cell, edit_cell, scan, settle


def test_a_scale_label_then_a_typed_weight(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    uow = sqlite_uow
    tea = ProductInput(
        sku="LONGJING", name="Longjing loose", price=Decimal("88.00"), barcode="00777", unit="kg", decimals=3
    )
    catalogue.add_product(uow, tea)
    inventory.receive(uow, "LONGJING", Decimal("2"))
    factories.product(uow, "CUP", price="12.00", stock=5, barcode="6901234567892")
    current = shop_settings.get_settings(uow)
    shop_settings.save_settings(
        uow, shop_settings.ShopSettings(**{**current.__dict__, "scale_barcodes": "21:5:weight:3"})
    )
    counter = open_window().counter
    body = "2100777" + "00255"
    scan(qtbot, counter.search, body + str(gtin_check_digit(body)))
    settle(qtbot, counter)
    assert cell(counter.cart, 0, CartModel.COL_QTY) == "0.255"
    assert counter.total.text() == "¥22.44"
    edit_cell(qtbot, counter.cart_table, 0, CartModel.COL_QTY, "0.3")
    settle(qtbot, counter)
    assert counter.total.text() == "¥26.40"
    scan(qtbot, counter.search, "6901234567892")
    settle(qtbot, counter)
    edit_cell(qtbot, counter.cart_table, 1, CartModel.COL_QTY, "1.5")
    assert "CUP: 1.5 has more decimals than its unit allows (0)" in counter.message.text()
    assert cell(counter.cart, 1, CartModel.COL_QTY) == "1"
    settle(qtbot, counter)
    assert counter.items.text() == "2 lines, 2 items"  # the weighed line counts as one item
    counter.submit_sale([PaymentRequest(PaymentMethod.CASH, Decimal("38.40"))])
    qtbot.waitUntil(lambda: counter.last_order is not None)
    assert inventory.stock_levels(uow, "LONGJING")[0].on_hand == Decimal("1.700")
