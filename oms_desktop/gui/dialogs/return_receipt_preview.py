"""A return's receipt (the credit note on the roll) in the print preview, with Save as PDF and Print."""

from PySide6.QtWidgets import QLabel, QWidget

from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.document_preview import PdfPreview
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services.sale_returns import ReturnRecord
from oms_desktop.services.settings import ShopSettings


class ReturnReceiptPreview(PdfPreview):
    KIND = "return-receipt"

    def __init__(
        self, tasks: TaskRunner, record: ReturnRecord, settings: ShopSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("returnReceiptPreview")
        self.record = record
        self.settings = settings
        title = self.tr("Return {number}").format(number=record.number)
        self.setWindowTitle(self.tr("Print / Preview {what}").format(what=title))
        self.resize(560, 640)
        heading = QLabel(title)
        heading.setObjectName("returnReceiptTitle")
        self.top.insertWidget(0, heading)
        self.render_document()

    def current_key(self) -> str:
        return self.KIND

    def file_name(self) -> str:
        return f"{self.record.number}.pdf"

    def render_document(self) -> None:
        self._rendering(self.tr("Preparing the receipt…"))
        self.tasks.run_cpu(
            operations.returns.render_pdf(self.record, self.settings),
            lambda pdf: self._show(self.KIND, pdf),
            self._failed,
            label=self.tr("Preparing the receipt…"),
            owner=self,
        )
