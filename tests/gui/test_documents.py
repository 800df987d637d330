"""Print / Preview: the documents package's PDFs shown with QtPdf, saved, printed to a PDF printer."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.order_detail import OrderDetailView
from oms_desktop.services import queries


def test_preview_save_and_print_an_invoice(
    qtbot: QtBot, demo_ctx: AppContext, demo_uow: UnitOfWork, tmp_path: Path
) -> None:
    order = next(o for o in queries.list_orders(demo_uow, limit=200) if o.channel == "wholesale")
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
