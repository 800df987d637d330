"""Print / Preview: the documents package's PDFs shown with QtPdf, saved, printed to a PDF printer."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.main_window import MainWindow
from oms_desktop.gui.widgets.order_detail import OrderDetailView
from oms_desktop.services import order_pages


def test_preview_save_and_print_an_invoice(
    qtbot: QtBot, demo_ctx: AppContext, demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    order = next(o for o in order_pages.list_orders(demo_uow, limit=200) if o.channel == "wholesale")
    view = OrderDetailView(demo_ctx)
    qtbot.addWidget(view)
    view.show()
    view.show_order(order.number)
    qtbot.waitUntil(lambda: view.detail is not None)
    assert view.print_button.isVisible() and view.print_button.isEnabled()

    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    preview = view.preview_dialog
    assert preview is not None
    assert preview.kind.currentData() == "invoice"  # not a counter sale
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=15000)
    assert preview.document.pageCount() >= 1
    assert order.number in preview.document.getAllText(0).text()

    preview.save_to(tmp_path / "invoice.pdf")
    assert (tmp_path / "invoice.pdf").read_bytes().startswith(b"%PDF")

    preview.kind.setCurrentIndex(preview.kind.findData("packing-slip"))
    qtbot.waitUntil(lambda: preview.pdf != (tmp_path / "invoice.pdf").read_bytes(), timeout=15000)
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=15000)

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    preview.print_to(printer)
    printed = QPdfDocument()
    printed.load(str(tmp_path / "printed.pdf"))
    assert printed.pageCount() == preview.document.pageCount()
    preview.reject()


def test_packing_slips_of_several_selected_orders_in_one_pdf(qtbot: QtBot, demo_window: MainWindow) -> None:
    from PySide6.QtCore import QItemSelectionModel

    from oms_desktop.gui.dialogs.document_preview import DocumentPreview
    from oms_desktop.gui.models.orders import OrdersModel

    demo_window.show_page(demo_window.ORDERS)
    page = demo_window.orders
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5)
    selection = page.table.selectionModel()
    for row in (0, 2, 4):
        index = page.model.index(row, OrdersModel.COL_NUMBER)
        selection.select(
            index, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        )
    numbers = page.selected_numbers()
    assert len(numbers) == 3
    assert page.print_selected_button.isVisible()

    page.print_selected("packing-slip")
    qtbot.waitUntil(lambda: isinstance(getattr(page, "preview", None), DocumentPreview), timeout=15000)
    preview = page.preview
    qtbot.waitUntil(lambda: preview.document.status() == QPdfDocument.Status.Ready, timeout=30000)
    text = "".join(preview.document.getAllText(p).text() for p in range(preview.document.pageCount()))
    assert all(number in text for number in numbers)
    assert preview.document.pageCount() >= 3
    assert preview.file_name() == "3-orders-packing-slip.pdf"
    preview.reject()
