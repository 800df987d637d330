"""Closing a till with a blind count (the notes and coins of the shop's currency, or the total typed), and
the preview of a till report's PDF (save, print) for the Z report just closed or a reprint.

The count is blind: the dialog is given the currency and the till's name, never the session's figures, so
whoever counts cannot see what the drawer should hold; the variance is shown only once the till is closed.
"""

import itertools
import re
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from oms_desktop.domain.denominations import denominations
from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.document_preview import PdfPreview
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.settings import ShopSettings
from oms_desktop.services.till_reports import TillReport

MAX_PIECES = 100_000  # what the core accepts for one denomination
ROWS_PER_COLUMN = 8  # more denominations than this (EUR has 15) are laid out in two columns


@dataclass(frozen=True)
class CashCount:
    """What was counted: pieces per face value, or (`typed`) only the total."""

    total: Decimal
    pieces: dict[Decimal, int] = field(default_factory=dict)
    typed: bool = False


def piece_name(face: Decimal) -> str:
    """The object name of a denomination's spin box: countPieces_100, countPieces_0.5."""
    return f"countPieces_{face}"


class CashCountDialog(FormDialog):
    """One spin box per note and coin with a live total, or the total typed instead; OK closes the till."""

    def __init__(self, currency: str, till: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashCountDialog")
        self.currency = currency
        self.set_texts(self.tr("Close till {till}").format(till=till), self.tr("Close till"))
        intro = QLabel(
            self.tr(
                "Count the cash in the drawer: the pieces of each note and coin, or type the total. "
                "What the drawer should hold is shown only after closing."
            )
        )
        intro.setObjectName("countIntro")
        intro.setWordWrap(True)

        self.pieces: dict[Decimal, QSpinBox] = {}
        self._amounts: dict[Decimal, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        faces = denominations(currency)
        per_column = len(faces) if len(faces) <= ROWS_PER_COLUMN else (len(faces) + 1) // 2
        for number, face in enumerate(faces):
            row, group = number % per_column, number // per_column
            label = QLabel(money_with_symbol(face, currency))
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            spin = QSpinBox()
            spin.setObjectName(piece_name(face))
            spin.setRange(0, MAX_PIECES)
            spin.setSuffix(self.tr(" ×"))
            spin.setAccessibleName(self.tr("Pieces of {face}").format(face=label.text()))
            spin.valueChanged.connect(self._update_total)
            amount = QLabel()
            amount.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            amount.setMinimumWidth(90)
            label.setBuddy(spin)
            column = group * 4
            grid.addWidget(label, row, column)
            grid.addWidget(spin, row, column + 1)
            grid.addWidget(amount, row, column + 2)
            if group == 0 and len(faces) > per_column:
                grid.setColumnMinimumWidth(column + 3, 24)
            self.pieces[face] = spin
            self._amounts[face] = amount

        self.total = QLabel()
        self.total.setObjectName("countTotal")
        self.total.setProperty("role", "figure")
        self.typed_total = MoneyEdit()
        self.typed_total.setObjectName("countTypedTotal")
        self.typed_total.setPlaceholderText(self.tr("or type the total counted"))
        self.typed_total.setMaximumWidth(180)
        self.typed_total.textChanged.connect(self._update_total)

        self.form.addRow(intro)
        self.form.addRow(grid)
        self.form.addRow(self.tr("Counted"), self.total)
        self.form.addRow(self.tr("Or the total"), self.typed_total)
        # Tab goes down the notes and coins, then to the typed total and OK.
        chain = [*self.pieces.values(), self.typed_total, self.ok_button]
        for first, second in itertools.pairwise(chain):
            self.setTabOrder(first, second)
        self._update_total()
        next(iter(self.pieces.values())).setFocus()

    def counted(self) -> dict[Decimal, int]:
        """The pieces counted per face value (none counted left out)."""
        return {face: spin.value() for face, spin in self.pieces.items() if spin.value()}

    def counted_total(self) -> Decimal:
        return sum((face * n for face, n in self.counted().items()), Decimal("0")).quantize(Decimal("0.01"))

    def _typed(self) -> bool:
        return bool(self.typed_total.text().strip())

    def _update_total(self) -> None:
        typed = self._typed()
        for face, spin in self.pieces.items():
            spin.setEnabled(not typed)
            pieces = spin.value()
            self._amounts[face].setText(money_with_symbol(face * pieces, self.currency) if pieces else "")
        if typed:
            value = self.typed_total.value()
            self.total.setText(
                self.tr("{amount} (typed)").format(amount=money_with_symbol(value, self.currency))
                if value is not None
                else ""
            )
        else:
            self.total.setText(money_with_symbol(self.counted_total(), self.currency))

    def value(self) -> CashCount:
        if self._typed():
            total = self.typed_total.value()
            if total is None:
                raise ValueError(self.tr("The total counted is not an amount"))
            return CashCount(total, typed=True)
        counted = self.counted()
        if not counted:
            raise ValueError(
                self.tr("Count the notes and coins, or type the total (0 when the drawer is empty)")
            )
        return CashCount(self.counted_total(), counted)


def report_file_name(report: TillReport) -> str:
    """ "till-1-Z7.pdf": the till's name made safe for a file name, and the report's number."""
    till = re.sub(r"[^\w.-]+", "-", report.till).strip("-.") or "till"
    return f"{till}-Z{report.z_number}.pdf" if report.z_number is not None else f"{till}-X.pdf"


class TillReportPreview(PdfPreview):
    """A till report (X or Z) as PDF on the receipt roll, with Save as PDF and Print."""

    KIND = "till-report"

    def __init__(
        self,
        tasks: TaskRunner,
        report: TillReport,
        settings: ShopSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(tasks, parent)
        self.setObjectName("tillReportPreview")
        self.report = report
        self.settings = settings
        if report.z_number is None:
            title = self.tr("X report: till {till}").format(till=report.till)
        else:
            title = self.tr("Z report {number}: till {till}").format(number=report.z_number, till=report.till)
        self.setWindowTitle(self.tr("Print / Preview {what}").format(what=title))
        self.resize(560, 640)
        heading = QLabel(title)
        heading.setObjectName("tillReportTitle")
        self.top.insertWidget(0, heading)
        self.render_document()

    def current_key(self) -> str:
        return self.KIND

    def render_document(self) -> None:
        self._rendering(self.tr("Preparing the report…"))
        self.tasks.run_cpu(
            operations.till.render_pdf(self.report, self.settings),
            lambda pdf: self._show(self.KIND, pdf),
            self._failed,
            label=self.tr("Preparing the report…"),
            owner=self,
        )

    def file_name(self) -> str:
        return report_file_name(self.report)

    def _show(self, kind: str, pdf: bytes) -> None:
        super()._show(kind, pdf)
        self.print_button.setFocus()

    @property
    def loaded(self) -> bool:
        """The PDF has arrived and is shown."""
        return bool(self.pdf) and self.document.status() == QPdfDocument.Status.Ready
