"""A purchase order's PDF (the one `print po` writes) in the print preview, with Save as PDF and Print.

What it prints is read on the database worker (operations.purchasing.po_document), then rendered on the
CPU pool, so the window never waits for either."""

from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel, QWidget

from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.document_preview import PdfPreview
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services.po_document import PODocument
from oms_desktop.services.settings import ShopSettings


class POPreview(PdfPreview):
    KIND = "purchase-order"

    def __init__(
        self, tasks: TaskRunner, number: str, settings: ShopSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("poPreview")
        self.number = number
        self.settings = settings
        title = self.tr("Purchase order {number}").format(number=number)
        self.setWindowTitle(self.tr("Print / Preview {what}").format(what=title))
        self.resize(820, 700)
        heading = QLabel(title)
        heading.setObjectName("poPreviewTitle")
        self.top.insertWidget(0, heading)
        self.render_document()

    def current_key(self) -> str:
        return self.KIND

    def file_name(self) -> str:
        return f"{self.number}.pdf"

    def render_document(self) -> None:
        self._rendering(self.tr("Preparing the purchase order…"))
        operations.purchasing.po_document(self.number).run(self.tasks, self._render, self._failed, owner=self)

    def _render(self, doc: PODocument) -> None:
        self.tasks.run_cpu(
            operations.purchasing.render_po_pdf(doc, self.settings),
            lambda pdf: self._show(self.KIND, pdf),
            self._failed,
            label=self.tr("Preparing the purchase order…"),
            owner=self,
        )

    def _show(self, kind: str, pdf: bytes) -> None:
        super()._show(kind, pdf)
        self.print_button.setFocus()

    @property
    def loaded(self) -> bool:
        """The PDF has arrived and is shown."""
        return bool(self.pdf) and self.document.status() == QPdfDocument.Status.Ready
