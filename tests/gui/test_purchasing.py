"""Purchasing: a shop goes from a low-stock suggestion to a draft PO, sends it, receives part of it by
scanning (keys typed at whatever has the focus), sees it partly received with what is still to come,
receives the rest, and the stock page follows; a refusal is one line; every new table model passes
Qt's model tester."""

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain.purchase_workflow import POAction
from oms_desktop.domain.replenishment import FORMULAS
from oms_desktop.gui.dialogs.new_po import NewPODialog
from oms_desktop.gui.dialogs.po_preview import POPreview
from oms_desktop.gui.dialogs.receive_po import ReceivePODialog
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.models.po_draft import DraftLinesModel
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.gui.models.purchase_orders import DeliveriesModel, POLinesModel, POListModel
from oms_desktop.gui.models.receiving import Arriving, ReceiveLinesModel
from oms_desktop.gui.models.suggestions import SuggestionsModel
from oms_desktop.gui.models.suppliers import ProductSuppliersModel, SuppliersModel
from oms_desktop.gui.operations.purchasing import ProductTerms
from oms_desktop.gui.pages.purchasing import PurchasingPage
from oms_desktop.services import catalogue, purchase_orders, replenishment, suppliers
from oms_desktop.services.purchase_orders import POLineInput, ReceiveLineInput
from oms_desktop.services.suppliers import SupplierInput
from tests import factories
from tests.gui.conftest import ean13
from tests.gui.helpers import cell, edit_cell, find_row

TEA = ean13("690123456700")
WATER = ean13("690123456701")
CUP = ean13("690123456702")


def shop(uow: UnitOfWork) -> None:
    """Tea runs low (2 left, the owner's reorder point 10); water is plenty; the cup has no supplier."""
    factories.product(uow, "TEA-1", name="Longjing 龙井", price="30.00", cost="6.00", stock=2, barcode=TEA)
    factories.product(uow, "DRK-1", name="Water", price="2.00", cost="0.50", stock=50, barcode=WATER)
    factories.product(uow, "CUP-1", name="Cup", price="5.00", stock=3, barcode=CUP)
    suppliers.add_supplier(
        uow, SupplierInput(name="Tea Traders", code="TEA", lead_time_days=5, order_cost=Decimal("40"))
    )
    suppliers.set_product_supplier(uow, "TEA-1", "TEA", cost=Decimal("6.00"), preferred=True)
    suppliers.set_product_supplier(uow, "DRK-1", "TEA", cost=Decimal("0.40"))
    replenishment.pin_reorder_point(uow, "TEA-1", 10)


def keys(qtbot: QtBot, text: str) -> None:
    """Typed at whatever has the focus, as a keyboard (or a scanner) does."""
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    qtbot.keyClicks(widget, text)


def scan(qtbot: QtBot, code: str) -> None:
    keys(qtbot, code)
    widget = QApplication.focusWidget()
    assert isinstance(widget, QWidget)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def open_purchasing(qtbot: QtBot, window: MainWindow) -> PurchasingPage:
    window.show_page(window.PURCHASING)
    page = window.purchasing
    qtbot.waitUntil(lambda: page.reorder.loaded_once)
    return page


def receive_dialog(qtbot: QtBot, page: PurchasingPage) -> ReceivePODialog:
    orders = page.orders
    orders.dialog = None  # the last one is gone (deleted once closed)
    qtbot.mouseClick(orders.action_bar.buttons[POAction.RECEIVE], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(orders.dialog, ReceivePODialog) and orders.dialog.isVisible())
    dialog = orders.dialog
    assert isinstance(dialog, ReceivePODialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scan)
    return dialog


def stock_on_hand(qtbot: QtBot, window: MainWindow, sku: str, expected: str) -> str:
    """The Stock page's on hand of `sku` once it shows `expected` (its refresh after a delivery comes
    from the change bus a moment later: reading it at once raced that refresh)."""
    window.show_page(window.STOCK)
    stock = window.stock

    def shown() -> str | None:
        row = find_row(stock.products, ProductsModel.COL_SKU, sku)
        return None if row is None else cell(stock.products, row, ProductsModel.COL_ON_HAND)

    qtbot.waitUntil(lambda: shown() == expected)
    return str(shown())


def test_from_a_low_stock_suggestion_to_a_po_received_in_two_deliveries(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    shop(sqlite_uow)
    window = open_window()
    page = open_purchasing(qtbot, window)
    reorder = page.reorder
    model = reorder.model
    S = SuggestionsModel

    # To reorder: tea only (water is plenty), 10 - 2 = 8 to order; each figure with its formula.
    assert [r.sku for r in model.rows()] == ["TEA-1"]
    assert cell(model, 0, S.COL_ORDER) == "8"
    assert cell(model, 0, S.COL_REORDER) == "10.00"
    assert cell(model, 0, S.COL_SUPPLIER) == "TEA"
    # Pinned: said first (the suggestion comes from it), the thin history after it, as the CLI says it.
    assert cell(model, 0, S.COL_NOTE) == "Pinned reorder point; too little history: sold on 0 of 90 days"
    # ... and its reorder point and suggestion are not greyed like the thin history's own figures.
    foreground = Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(0, S.COL_MEAN), foreground) is not None
    assert model.data(model.index(0, S.COL_REORDER), foreground) is None
    assert model.data(model.index(0, S.COL_ORDER), foreground) is None
    for column, key in (
        (S.COL_MEAN, "avg_daily_demand"),
        (S.COL_SAFETY, "safety_stock"),
        (S.COL_REORDER, "reorder_point"),
        (S.COL_EOQ, "eoq"),
    ):
        assert model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == FORMULAS[
            key
        ].replace("when available", "When available")
    order_tip = model.data(model.index(0, S.COL_ORDER), Qt.ItemDataRole.ToolTipRole)
    assert "Available + on order = 2 ≤ ROP 10.00" in order_tip and "→ 8" in order_tip
    assert "= 2 − 0 = 2" in model.data(model.index(0, S.COL_AVAILABLE), Qt.ItemDataRole.ToolTipRole)

    # Every product: water has too little history, said in words, and no figure is invented for it.
    reorder.only_needed.setChecked(False)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    water = model.find(lambda r: r.sku == "DRK-1")
    assert water is not None
    assert cell(model, water, S.COL_NOTE) == "Too little history: sold on 0 of 90 days"
    assert cell(model, water, S.COL_REORDER) == "" and cell(model, water, S.COL_ORDER) == ""
    assert "Not computed" in model.data(model.index(water, S.COL_SAFETY), Qt.ItemDataRole.ToolTipRole)
    reorder.only_needed.setChecked(True)
    qtbot.waitUntil(lambda: model.rowCount() == 1)

    # Create draft POs: one draft for Tea Traders, shown on the Purchase orders tab.
    qtbot.mouseClick(reorder.create_button, Qt.MouseButton.LeftButton)
    orders = page.orders
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.state == "draft")
    assert page.tabs.currentWidget() is orders
    po = orders.detail
    assert po is not None
    number = po.number
    assert [(line.sku, line.quantity) for line in po.lines] == [("TEA-1", 8)]
    assert orders.message.text() == f"{number} for Tea Traders: 1 line"
    bar = orders.action_bar.buttons
    assert bar[POAction.SEND].isEnabled() and not bar[POAction.RECEIVE].isEnabled()
    assert bar[POAction.RECEIVE].toolTip() == (
        "Not possible: goods are received against a sent or partly received purchase order"
    )

    # Send.
    qtbot.mouseClick(bar[POAction.SEND], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.state == "sent")
    assert bar[POAction.RECEIVE].isEnabled() and not bar[POAction.CLOSE].isEnabled()
    assert (
        bar[POAction.CLOSE].toolTip() == "Not possible: only a partly received purchase order is closed short"
    )
    status_row = find_row(orders.list_model, POListModel.COL_NUMBER, number)
    assert status_row is not None and cell(orders.list_model, status_row, POListModel.COL_STATUS) == "Sent"

    # Receive part of it by scanning: three scans in the scan field, a cost typed by hand into its cell,
    # one more scan while the focus is on the table, a cup that is not on the PO: said in one line.
    dialog = receive_dialog(qtbot, page)
    lines = dialog.lines
    R = ReceiveLinesModel
    for _ in range(3):
        scan(qtbot, TEA)
    assert cell(lines, 0, R.COL_NOW) == "3"
    edit_cell(qtbot, dialog.table, 0, R.COL_COST, "6.50")
    assert cell(lines, 0, R.COL_COST) == "6.50"
    assert QApplication.focusWidget() is dialog.table
    scan(qtbot, TEA)
    assert cell(lines, 0, R.COL_NOW) == "4"
    assert dialog.message.text() == "TEA-1 · Longjing 龙井: 4 arriving"
    scan(qtbot, CUP)
    qtbot.waitUntil(lambda: "not on" in dialog.message.text())
    assert dialog.message.text() == f"CUP-1 · Cup is not on {number}: nothing added"
    assert "\n" not in dialog.message.text()
    assert lines.rowCount() == 1 and cell(lines, 0, R.COL_NOW) == "4"
    assert dialog.summary.text() == "Arriving: 4 on 1 line"
    # Enter books the delivery, in one call.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.state == "partly_received")
    assert orders.message.text() == f"Delivery booked on {number}: Partly received, 4 still to come"
    L = POLinesModel
    assert [cell(orders.lines, 0, c) for c in (L.COL_ORDERED, L.COL_RECEIVED, L.COL_TO_COME)] == [
        "8",
        "4",
        "4",
    ]
    assert orders.deliveries.rowCount() == 1
    assert cell(orders.deliveries, 0, DeliveriesModel.COL_GOODS) == "TEA-1 × 4 @ 6.50"
    assert orders.heading.text() == f"{number} · Tea Traders · Partly received"
    assert bar[POAction.CLOSE].isEnabled() and not bar[POAction.CANCEL].isEnabled()

    # The stock page's numbers follow: 2 + 4 on hand, 4 still on order.
    assert stock_on_hand(qtbot, window, "TEA-1", "6") == "6"
    record = catalogue.find_product(sqlite_uow, "TEA-1")
    assert (record.on_hand, record.on_order) == (6, 4)

    # The rest arrives: "All that is to come", then Enter in the empty scan field.
    window.show_page(window.PURCHASING)
    dialog = receive_dialog(qtbot, page)
    qtbot.mouseClick(dialog.fill_button, Qt.MouseButton.LeftButton)
    assert cell(dialog.lines, 0, R.COL_NOW) == "4"
    dialog.scan.setFocus()
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.state == "received")
    assert orders.message.text() == f"Delivery booked on {number}: Received"
    assert cell(orders.lines, 0, L.COL_TO_COME) == "" and orders.deliveries.rowCount() == 2
    assert not any(b.isEnabled() for b in bar.values())
    assert stock_on_hand(qtbot, window, "TEA-1", "10") == "10"


def test_a_refusal_is_one_line(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    """Another till cancelled the draft while this window showed it: Send says why, in one line."""
    shop(sqlite_uow)
    draft = purchase_orders.create_po(sqlite_uow, "TEA", [POLineInput("TEA-1", 5)]).value
    window = open_window()
    page = open_purchasing(qtbot, window)
    page.show_tab(page.ORDERS)
    orders = page.orders
    qtbot.waitUntil(lambda: orders.list_model.rowCount() == 1)
    orders.table.selectRow(0)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.number == draft.number)
    purchase_orders.cancel_po(sqlite_uow, draft.number)
    qtbot.mouseClick(orders.action_bar.buttons[POAction.SEND], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: orders.message.kind == "error")
    assert orders.message.text() == (
        f"Cannot send purchase order {draft.number}: it is Cancelled; only a draft purchase order can be changed or sent"
    )


def test_a_new_po_by_scan_and_search(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    shop(sqlite_uow)
    catalogue.add_location(sqlite_uow, "BACK", "Back store")
    window = open_window()
    page = open_purchasing(qtbot, window)
    page.show_tab(page.ORDERS)
    orders = page.orders
    orders.new_po()
    dialog = orders.dialog
    assert isinstance(dialog, NewPODialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.scan)
    scan(qtbot, TEA)
    scan(qtbot, TEA)
    qtbot.waitUntil(
        lambda: dialog.lines.rowCount() == 1 and cell(dialog.lines, 0, DraftLinesModel.COL_QTY) == "2"
    )
    assert cell(dialog.lines, 0, DraftLinesModel.COL_COST) == "6.00"  # the supplier's cost
    # A name typed at a person's pace finds one product: added with the supplier's cost for it.
    qtbot.keyClicks(dialog.scan, "Wat", delay=60)
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.lines.rowCount() == 2)
    assert cell(dialog.lines, 1, DraftLinesModel.COL_COST) == "0.40"
    edit_cell(qtbot, dialog.table, 1, DraftLinesModel.COL_QTY, "24")
    assert dialog.total.text() == "2 lines, total 21.60"
    # The goods arrive at MAIN unless another location is chosen: here the back store.
    assert dialog.location.currentData() == "MAIN"
    assert dialog.location.findData("BACK") >= 0
    dialog.location.setCurrentIndex(dialog.location.findData("BACK"))
    dialog.submit()
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.state == "draft")
    po = orders.detail
    assert po is not None
    assert po.location == "BACK"
    assert "to BACK" in orders.facts.text()
    assert [(line.sku, line.quantity, line.unit_cost) for line in po.lines] == [
        ("TEA-1", 2, Decimal("6.00")),
        ("DRK-1", 24, Decimal("0.40")),
    ]


def test_suppliers_added_and_a_products_terms(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    shop(sqlite_uow)
    window = open_window()
    page = open_purchasing(qtbot, window)
    page.show_tab(page.SUPPLIERS)
    tab = page.suppliers
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.new_supplier()
    dialog = tab.dialog
    assert dialog is not None
    dialog.submit()
    assert dialog.message.text() == "A supplier needs a name"
    dialog.name.setText("Cup Co")  # type: ignore[attr-defined]
    dialog.lead_time.setValue(10)  # type: ignore[attr-defined]
    dialog.submit()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    assert tab.message.text() == "SUP-001 · Cup Co saved"
    # The cup's terms at the new supplier.
    tab.product_field.setText("CUP-1")
    qtbot.keyClick(tab.product_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.product is not None and tab.terms_button.isEnabled())
    tab.edit_terms(None)
    terms = tab.dialog
    assert terms is not None
    terms.supplier.setCurrentIndex(terms.supplier.findData("SUP-001"))  # type: ignore[attr-defined]
    terms.cost.setText("1.20")  # type: ignore[attr-defined]
    terms.pack.setValue(6)  # type: ignore[attr-defined]
    terms.submit()
    qtbot.waitUntil(lambda: tab.terms.rowCount() == 1)
    T = ProductSuppliersModel
    assert [
        cell(tab.terms, 0, c) for c in (T.COL_SUPPLIER, T.COL_COST, T.COL_PACK, T.COL_LEAD, T.COL_PREFERRED)
    ] == [
        "SUP-001 · Cup Co",
        "1.20",
        "6",
        "10",
        "yes",
    ]


def test_every_new_model_passes_the_model_tester(qtmodeltester, sqlite_uow: UnitOfWork) -> None:  # type: ignore[no-untyped-def]
    shop(sqlite_uow)
    po = purchase_orders.create_po(
        sqlite_uow, "TEA", [POLineInput("TEA-1", 5), POLineInput("DRK-1", 3)]
    ).value
    purchase_orders.send_po(sqlite_uow, po.number)
    po = purchase_orders.receive_po(sqlite_uow, po.number, [ReceiveLineInput(TEA, 2)]).value
    models = [
        (SuggestionsModel(), replenishment.suggest(sqlite_uow)),
        (POListModel(), purchase_orders.list_pos(sqlite_uow)),
        (POLinesModel(), po.lines),
        (DeliveriesModel(), po.deliveries),
        (ReceiveLinesModel(), [Arriving(line) for line in po.lines]),
        (SuppliersModel(), suppliers.list_suppliers(sqlite_uow)),
        (ProductSuppliersModel(), suppliers.product_suppliers(sqlite_uow, "TEA-1")),
    ]
    for model, rows in models:
        model.set_rows(rows)  # type: ignore[attr-defined]
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    draft = DraftLinesModel()
    draft.add(ProductTerms(catalogue.find_product(sqlite_uow, "TEA-1"), Decimal("6.00")))
    qtmodeltester.check(draft)
    # Edits that cannot be read are refused in words, and the row keeps its value.
    receiving = models[4][0]
    assert isinstance(receiving, ReceiveLinesModel)
    said: list[str] = []
    receiving.refused.connect(said.append)
    assert not receiving.setData(receiving.index(0, ReceiveLinesModel.COL_NOW), "lots")
    assert said == ["'lots' is not a quantity"]
    assert receiving.setData(receiving.index(0, ReceiveLinesModel.COL_NOW), "2")
    assert receiving.inputs() == [ReceiveLineInput("TEA-1", 2, None)]


def test_a_scan_while_a_cost_is_being_typed_keeps_both(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow]
) -> None:
    """The real-window run found it: a scan that came while a cost cell's editor was open counted, but the
    cost typed so far went back to the old one. Now the typed cost is kept and the scan counts."""
    shop(sqlite_uow)
    po = purchase_orders.create_po(sqlite_uow, "TEA", [POLineInput("TEA-1", 6)]).value
    purchase_orders.send_po(sqlite_uow, po.number)
    window = open_window()
    page = open_purchasing(qtbot, window)
    page.show_tab(page.ORDERS)
    orders = page.orders
    qtbot.waitUntil(lambda: orders.list_model.rowCount() == 1)
    orders.table.selectRow(0)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.state == "sent")
    dialog = receive_dialog(qtbot, page)
    scan(qtbot, TEA)
    index = dialog.lines.index(0, ReceiveLinesModel.COL_COST)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.indexWidget(index)
    assert editor is not None and QApplication.focusWidget() is editor
    editor.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(editor, "5.75", delay=60)  # a person's pace, no Enter yet
    scan(qtbot, TEA)  # at the focused editor
    assert cell(dialog.lines, 0, ReceiveLinesModel.COL_NOW) == "2"
    assert cell(dialog.lines, 0, ReceiveLinesModel.COL_COST) == "5.75"
    assert dialog.lines.inputs() == [ReceiveLineInput("TEA-1", 2, Decimal("5.75"))]


def test_print_preview_of_a_purchase_order(
    qtbot: QtBot, sqlite_uow: UnitOfWork, open_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    """Print / Preview… on the PO detail: the PDF `print po` writes, read and rendered off the GUI thread,
    saved as PDF and printed."""
    shop(sqlite_uow)
    po = purchase_orders.create_po(sqlite_uow, "TEA", [POLineInput("TEA-1", 6)]).value
    window = open_window()
    page = open_purchasing(qtbot, window)
    page.show_tab(page.ORDERS)
    orders = page.orders
    button = orders.action_bar.print_button
    assert button.isVisible() and not button.isEnabled()  # nothing selected yet
    qtbot.waitUntil(lambda: orders.list_model.rowCount() == 1)
    orders.table.selectRow(0)
    qtbot.waitUntil(lambda: orders.detail is not None and orders.detail.number == po.number)
    assert button.isEnabled()

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    preview = orders.preview_dialog
    assert isinstance(preview, POPreview) and preview.isVisible()
    assert preview.windowTitle() == f"Print / Preview Purchase order {po.number}"
    qtbot.waitUntil(lambda: preview.loaded, timeout=15000)
    text = preview.document.getAllText(0).text()
    assert po.number in text and "Tea Traders" in text and "TEA-1" in text
    assert preview.save_button.isEnabled() and preview.print_button.isEnabled()

    preview.save_to(tmp_path / "po.pdf")
    assert (tmp_path / "po.pdf").read_bytes() == preview.pdf and preview.pdf.startswith(b"%PDF")
    assert preview.file_name() == f"{po.number}.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == preview.document.pageCount() >= 1
    preview.reject()
