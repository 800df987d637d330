"""A customer's statement (the PDF `print statement` writes) in the print preview for a period FROM..TO
chosen at its top, with Save as PDF and Print. Read on the database worker, rendered on the CPU pool."""

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDateEdit, QLabel, QWidget

from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.document_preview import PdfPreview
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services.periods import Period
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.statement_view import StatementView


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StatementPreview(PdfPreview):
    def __init__(
        self,
        tasks: TaskRunner,
        code: str,
        name: str,
        period: Period,
        settings: ShopSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("statementPreview")
        self.code = code
        self.settings = settings
        self.view_data: StatementView | None = None  # what the PDF shown prints
        title = self.tr("Statement of {name}").format(name=name)
        self.setWindowTitle(self.tr("Print / Preview {what}").format(what=title))
        self.resize(820, 720)
        self.date_from = QDateEdit(_qdate(period.start))
        self.date_from.setObjectName("statementFrom")
        self.date_to = QDateEdit(_qdate(period.end))
        self.date_to.setObjectName("statementTo")
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.dateChanged.connect(self.render_document)
        heading = QLabel(title)
        heading.setObjectName("statementPreviewTitle")
        for position, widget in enumerate(
            (heading, QLabel(self.tr("From")), self.date_from, QLabel(self.tr("to")), self.date_to)
        ):
            self.top.insertWidget(position, widget)
        self.render_document()

    def period(self) -> Period | None:
        start: date = self.date_from.date().toPython()  # type: ignore[assignment]
        end: date = self.date_to.date().toPython()  # type: ignore[assignment]
        return Period(start, end) if start <= end else None

    def current_key(self) -> str:
        period = self.period()
        return f"{self.code}:{period.start}:{period.end}" if period else ""

    def file_name(self) -> str:
        period = self.period()
        return f"statement-{self.code}-{period.end.isoformat() if period else ''}.pdf"

    def render_document(self) -> None:
        period = self.period()
        if period is None:
            self._rendering("")
            self.message.show_error(self.tr("The period ends before it starts"))
            return
        key = self.current_key()
        self._rendering(self.tr("Preparing the statement…"))
        operations.receivables.statement(self.code, period).run(
            self.tasks, lambda view: self._render(key, view), self._failed, owner=self
        )

    def _render(self, key: str, view: StatementView) -> None:
        self.view_data = view
        self.tasks.run_cpu(
            operations.receivables.render_statement_pdf(view, self.settings),
            lambda pdf: self._show(key, pdf),
            self._failed,
            owner=self,
        )

    @property
    def loaded(self) -> bool:
        """The PDF has arrived and is shown."""
        return bool(self.pdf) and self.document.status() == QPdfDocument.Status.Ready
