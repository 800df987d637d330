"""Quotations in the window: saved from the counter with the days they are valid, nothing reserved; the
order's detail says until when, offers Confirm (keep the quoted prices, or refresh them; keep disabled with
its reason once the last valid day passed), Cancel and Print quotation; the Orders page filters Quotation
and Expired."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import Channel
from oms_desktop.domain.order import Status
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui.dialogs.document_preview import DocumentPreview
from oms_desktop.gui.dialogs.order_actions import CancelDialog
from oms_desktop.gui.dialogs.quote_confirm import QuoteConfirmDialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.order_parts import HistoryModel
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.pages.orders import OrdersPage
from oms_desktop.services import catalogue, inventory, orders, quotes
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.orders import LineRequest, OrderRequest
from tests import factories
from tests.gui.conftest import ean13
from tests.gui.helpers import column_texts, scan, settle
from tests.gui.test_orders import select_order

TEA = ean13("690123456711")


def _quote(uow: UnitOfWork, customer: str, *, days_ago: int = 0, days: int = 14) -> str:
    made = UnitOfWork(uow.engine, clock=lambda: datetime.now(UTC) - timedelta(days=days_ago))
    request = OrderRequest(
        lines=[LineRequest("TEA-1", 2)], channel=Channel.WHOLESALE, customer_code=customer, quote_days=days
    )
    return orders.create_order(made, request).value.number


def _choose_status(qtbot: QtBot, page: OrdersPage, status: Status | None) -> None:
    index = page.status.findData(status)
    assert index >= 0, status
    with qtbot.waitSignal(page.model.loaded):
        page.status.setCurrentIndex(index)


def test_a_quotation_saved_at_the_counter_reserves_nothing(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", price="100.00", wholesale="85.00", stock=10, barcode=TEA)
    shop = factories.customer(sqlite_uow, "杭州王氏便利店", wholesale=True)
    counter = open_window().counter
    assert not counter.quote.isVisible()  # a counter sale is paid now: no quotation
    counter.sale_type.setCurrentIndex(counter.sale_type.findData(Channel.WHOLESALE))
    assert counter.quote.isVisible() and not counter.quote_days.isEnabled()
    counter.customer.set_customer(shop)
    scan(qtbot, counter.search, TEA)
    scan(qtbot, counter.search, TEA)
    counter.quote.setChecked(True)
    assert counter.quote_days.isEnabled() and counter.quote_days.value() == 14
    assert counter.pay_button.text() == "Save quotation (F8)"
    counter.quote_days.setValue(10)
    settle(qtbot, counter)
    counter.pay()
    qtbot.waitUntil(lambda: counter.last_order is not None)
    quote = counter.last_order
    assert quote is not None and quote.status == "quote" and quote.valid_until is not None
    assert counter.message.text() == (
        f"Quotation {quote.number} for 杭州王氏便利店: ¥170.00, valid until {quote.valid_until.isoformat()};"
        " nothing reserved"
    )
    assert (quote.valid_until - quote.created_at.date()).days == 10
    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert (level.on_hand, level.reserved) == (10, 0)
    # The next sale is a counter sale again, no quotation.
    assert counter.order_channel is None and not counter.quote.isChecked()
    assert counter.pay_button.text() == "Pay (F8)"


def test_a_quotation_confirmed_at_its_prices_and_one_past_its_day_refreshed(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", price="100.00", wholesale="85.00", stock=10, barcode=TEA)
    shop = factories.customer(sqlite_uow, "杭州王氏便利店", wholesale=True).code
    fresh = _quote(sqlite_uow, shop)
    old = _quote(sqlite_uow, shop, days_ago=20, days=7)
    product = catalogue.find_product(sqlite_uow, "TEA-1")
    catalogue.update_product(
        sqlite_uow,
        product.id,
        ProductInput(
            sku="TEA-1", name=product.name, price=Decimal("110.00"), wholesale_price=Decimal("90.00")
        ),
    )
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    detail = page.detail

    select_order(qtbot, page, fresh)
    last = orders.get_order(sqlite_uow, fresh).valid_until
    assert last is not None
    assert detail.status.text() == "Quotation"
    assert f"Valid until {last.isoformat()}" in detail.header.facts.text().splitlines()
    assert detail.print_button.text() == "Print quotation…"
    for action in (Action.CONFIRM, Action.CANCEL):
        assert detail.buttons[action].isEnabled(), action
    for action in (Action.PAY, Action.SHIP, Action.HOLD):
        assert not detail.buttons[action].isEnabled(), action
    qtbot.mouseClick(detail.buttons[Action.CONFIRM], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, QuoteConfirmDialog)
    assert dialog.keep.isEnabled() and dialog.keep.isChecked()
    assert dialog.keep.text() == f"Keep the quoted prices (¥170.00, valid until {last.isoformat()})"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.message.text() == f"Quotation {fresh} confirmed; stock reserved")
    assert detail.status.text() == "Pending payment" and detail.sums["total"].text() == "¥170.00"
    assert detail.print_button.text() == "Print / Preview…"
    assert column_texts(detail.history, HistoryModel.COL_ACTION) == ["Quoted", "Confirmed"]

    select_order(qtbot, page, old)
    facts = detail.header.facts.text()
    assert "passed (confirm with new prices)" in facts
    qtbot.mouseClick(detail.buttons[Action.CONFIRM], Qt.MouseButton.LeftButton)
    dialog = detail.dialog
    assert isinstance(dialog, QuoteConfirmDialog)
    day = orders.get_order(sqlite_uow, old).valid_until
    assert day is not None
    refused = f"Quotation {old} was valid until {day.isoformat()}: refresh its prices to confirm it"
    assert not dialog.keep.isEnabled() and dialog.keep.toolTip() == f"Not possible: {refused}"
    assert dialog.why.text() == refused and dialog.refresh.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: detail.message.text() == f"Quotation {old} confirmed; stock reserved")
    assert detail.sums["total"].text() == "¥180.00"  # today's wholesale price
    level = inventory.stock_levels(sqlite_uow, "TEA-1")[0]
    assert (level.on_hand, level.reserved) == (10, 4)


def test_quotations_declined_expired_filtered_and_printed(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    factories.product(sqlite_uow, "TEA-1", price="100.00", stock=10, barcode=TEA)
    shop = factories.customer(sqlite_uow, "杭州王氏便利店").code
    declined, kept = _quote(sqlite_uow, shop), _quote(sqlite_uow, shop)
    gone = _quote(sqlite_uow, shop, days_ago=20, days=7)
    quotes.expire_quotes(sqlite_uow)
    orders.create_order(
        sqlite_uow, OrderRequest(lines=[LineRequest("TEA-1", 1)], channel=Channel.PHONE, customer_code=shop)
    )
    window = open_window()
    window.show_page(window.ORDERS)
    page = window.orders
    detail = page.detail
    labels = [page.status.itemText(i) for i in range(page.status.count())]
    assert "Quotation" in labels and "Expired" in labels
    _choose_status(qtbot, page, Status.QUOTE)
    assert sorted(column_texts(page.model, OrdersModel.COL_NUMBER)) == sorted([declined, kept])
    _choose_status(qtbot, page, Status.EXPIRED)
    assert column_texts(page.model, OrdersModel.COL_NUMBER) == [gone]

    select_order(qtbot, page, gone)
    assert detail.status.text() == "Expired"
    assert any(
        line.startswith("Expired: it was valid until ") for line in detail.header.facts.text().splitlines()
    )
    assert not any(button.isEnabled() for button in detail.buttons.values())
    assert detail.buttons[Action.CONFIRM].toolTip() == (
        "Not possible: only a draft order or a quotation can be confirmed"
    )
    assert column_texts(detail.history, HistoryModel.COL_ACTION) == ["Quoted", "Expired"]
    qtbot.mouseClick(detail.print_button, Qt.MouseButton.LeftButton)
    preview = detail.preview_dialog
    assert isinstance(preview, DocumentPreview)
    assert [preview.kind.itemText(i) for i in range(preview.kind.count())] == ["Quotation"]
    qtbot.waitUntil(lambda: preview.save_button.isEnabled(), timeout=10_000)
    assert preview.pdf.startswith(b"%PDF")
    preview.reject()

    _choose_status(qtbot, page, Status.QUOTE)
    select_order(qtbot, page, declined)
    qtbot.mouseClick(detail.buttons[Action.CANCEL], Qt.MouseButton.LeftButton)
    cancel = detail.dialog
    assert isinstance(cancel, CancelDialog)
    qtbot.keyClicks(cancel.reason, "bought elsewhere")
    qtbot.keyClick(cancel, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: orders.get_order(sqlite_uow, declined).status == "cancelled")
    qtbot.waitUntil(lambda: column_texts(page.model, OrdersModel.COL_NUMBER) == [kept])
