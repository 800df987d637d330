"""Preview a PDF (an order's invoice, receipt, packing slip or label; a till report), then save or print it."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import printing
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.settings import ShopSettings


class PdfPreview(QDialog):
    """A PDF rendered off the GUI thread, shown with QtPdf, saved or printed. Subclasses put their own
    controls at the start of `top`, render in `render_document` (answering `_show(key, pdf)`) and name the
    file."""

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.pdf = b""
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("documentView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.message = MessageBar(self)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setObjectName("documentSave")
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("documentPrint")
        self.print_button.clicked.connect(self.print_document)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("documentClose")
        close.clicked.connect(self.reject)
        self.top = QHBoxLayout()
        self.top.addStretch()
        self.top.addWidget(self.save_button)
        self.top.addWidget(self.print_button)
        self.top.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addWidget(self.message)
        layout.addWidget(self.view, 1)

    def current_key(self) -> str:
        """Which document is wanted now (an answer for another one is dropped)."""
        return ""

    def render_document(self) -> None:
        raise NotImplementedError

    def file_name(self) -> str:
        raise NotImplementedError

    def _rendering(self, text: str) -> None:
        self.save_button.setEnabled(False)
        self.print_button.setEnabled(False)
        self.message.show_info(text)

    def _show(self, kind: str, pdf: bytes) -> None:
        if kind != self.current_key():
            return  # another document was chosen meanwhile
        self.pdf = pdf
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer  # QPdfDocument reads from it for as long as it shows the document
        self.document.load(buffer)
        self.message.clear_message()
        self.save_button.setEnabled(True)
        self.print_button.setEnabled(True)

    def _failed(self, error: DomainError) -> None:
        self.message.show_error(error)

    def save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the document"), self.file_name(), self.tr("PDF files (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> None:
        path.write_bytes(self.pdf)
        self.message.show_success(self.tr("Saved {path}").format(path=path))

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        """Each page drawn as an image at the printer's resolution, scaled into its printable area."""
        painter = QPainter(printer)
        try:
            area = printer.pageLayout().paintRectPixels(printer.resolution())
            for page in range(self.document.pageCount()):
                if page:
                    printer.newPage()
                points = self.document.pagePointSize(page)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = self.document.render(page, size)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
        finally:
            painter.end()
        self.message.show_success(self.tr("Sent to {printer}").format(printer=printer.printerName() or "PDF"))


class DocumentPreview(PdfPreview):
    """The chosen document of one order, or of many in one PDF."""

    def __init__(
        self,
        tasks: TaskRunner,
        order: OrderDetail | Sequence[OrderDetail],
        settings: ShopSettings,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("documentPreview")
        self.orders = [order] if isinstance(order, OrderDetail) else list(order)
        order = self.orders[0]
        if len(self.orders) == 1:
            self.setWindowTitle(self.tr("Print / Preview {number}").format(number=order.number))
        else:
            self.setWindowTitle(self.tr("Print / Preview {count} orders").format(count=len(self.orders)))
        self.resize(820, 700)
        self.order = order
        self.settings = settings
        self.kind = QComboBox()
        self.kind.setObjectName("documentKind")
        for key, title in printing.kinds(self.orders):
            self.kind.addItem(title, key)
        self.kind.setCurrentIndex(max(self.kind.findData(kind or printing.default_kind(order)), 0))
        self.top.insertWidget(0, QLabel(self.tr("Document")))
        self.top.insertWidget(1, self.kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.render_document())
        self.render_document()

    def current_key(self) -> str:
        return str(self.kind.currentData())

    def render_document(self) -> None:
        kind, order, settings = self.kind.currentData(), self.order, self.settings
        self._rendering(self.tr("Preparing the document…"))
        if len(self.orders) > 1:
            orders = self.orders
            self.tasks.run_cpu_with_progress(
                lambda progress: printing.render_many(kind, orders, settings, progress),
                lambda pdf: (
                    self._show(kind, pdf) if pdf is not None else self.message.show_info(self.tr("Cancelled"))
                ),
                self._failed,
                label=self.tr("Preparing {count} documents…").format(count=len(orders)),
                owner=self,
            )
            return
        self.tasks.run_cpu(
            lambda: printing.render(kind, order, settings),
            lambda pdf: self._show(kind, pdf),
            self._failed,
            label=self.tr("Preparing the document…"),
            owner=self,
        )

    def file_name(self) -> str:
        if len(self.orders) > 1:
            return f"{len(self.orders)}-orders-{self.kind.currentData()}.pdf"
        return f"{self.order.number}-{self.kind.currentData()}.pdf"
