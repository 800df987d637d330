"""The import wizard: choose a file, see how it is read (its format, each field's column — editable and
savable as a preset — its first rows and their problems), check it against the shop (a dry run), then
import it in the background with progress and Cancel.

Reading the preview needs no database (the CPU pool); the dry run and the import run on the database
worker (services/imports.py through gui/operations/imports.py), the import as one transaction: cancelled or
refused, nothing is kept.
"""

from pathlib import Path

from babel.numbers import format_decimal
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import error_text, formatting, labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.changes import Outcome
from oms_desktop.services.import_layouts import Format, Kind
from oms_desktop.services.import_records import Problem
from oms_desktop.services.imports import ImportOptions, ImportPreview, ImportRefused, ImportReport

translate = QCoreApplication.translate
PREVIEW_DELAY_MS = 300  # after a column is chosen, before the file is read again
NO_COLUMN = ""
ENCODINGS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8",
    "gb18030": "GB18030",
    "utf-16": "UTF-16",
    "xlsx": "Excel",
}


class ImportWizard(QWizard):
    """Three pages: the file, its columns, the check and the import."""

    FILE, COLUMNS, CHECK = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, kind: Kind = Kind.ORDERS) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Close"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.resize(1100, 680)
        self.preview: ImportPreview | None = None
        self.mapping: dict[str, str] = {}  # our field -> their column, as chosen on the columns page
        self.report: ImportReport | None = None
        self.imported = False
        self.file_page = _FilePage(self, kind)
        self.columns_page = _ColumnsPage(self)
        self.check_page = _CheckPage(self)
        self.setPage(self.FILE, self.file_page)
        self.setPage(self.COLUMNS, self.columns_page)
        self.setPage(self.CHECK, self.check_page)

    # --- what was chosen ---------------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return Path(self.file_page.path.text().strip()).expanduser()

    @property
    def kind(self) -> Kind:
        return Kind(self.file_page.kind.currentData())

    @property
    def chosen_format(self) -> Format | None:
        value = self.file_page.format.currentData()
        return Format(value) if value else None

    def import_options(self, *, skip_bad_rows: bool = False) -> ImportOptions:
        fmt = Format(self.preview.format) if self.preview is not None else self.chosen_format
        return ImportOptions(
            kind=self.kind,
            format=fmt,
            mapping=dict(self.mapping) or None,
            skip_bad_rows=skip_bad_rows,
            file_name=self.path.name,
        )

    # --- the import itself ------------------------------------------------------------------------------

    def accept(self) -> None:
        """Finish imports; once imported, it closes."""
        if self.imported:
            super().accept()
            return
        self.check_page.start_import()

    def problem_text(self, problem: Problem) -> str:
        reason = error_text.describe(problem.error)
        if problem.ref:
            reason = self.tr("order {ref}: {reason}").format(ref=problem.ref, reason=reason)
        if not problem.line:
            return reason
        return self.tr("Line {line}: {reason}").format(line=problem.line, reason=reason)


class _FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard, kind: Kind) -> None:
        super().__init__()
        self.setObjectName("importFilePage")
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV file (UTF-8, GB18030/GBK as Chinese Excel saves it, or UTF-16) or an Excel .xlsx "
                "workbook: our own layout, a Shopify export or a WooCommerce export."
            )
        )
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for value, text in (
            (Kind.ORDERS, self.tr("Orders")),
            (Kind.PRODUCTS, self.tr("Products")),
            (Kind.CUSTOMERS, self.tr("Customers")),
            (Kind.STOCK, self.tr("Stock counts")),
        ):
            self.kind.addItem(text, value.value)
        self.kind.setCurrentIndex(self.kind.findData(kind.value))
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(self.tr("The file to import"))
        self.path.textChanged.connect(self.completeChanged)
        choose = QPushButton(self.tr("Choose…"))
        choose.setObjectName("importChoose")
        choose.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.format = QComboBox()
        self.format.setObjectName("importFormat")
        self.format.addItem(self.tr("Found from the header"), "")
        self.format.addItem(self.tr("OMS Desktop"), Format.OMS.value)
        self.format.addItem(self.tr("Shopify export"), Format.SHOPIFY.value)
        self.format.addItem(self.tr("WooCommerce export"), Format.WOOCOMMERCE.value)
        self.preset = QComboBox()
        self.preset.setObjectName("importPreset")
        self.preset.addItem(self.tr("None"), "")
        for name in operations.imports.preset_names(wizard.ctx.config.data_dir):
            self.preset.addItem(name, name)
        self.message = MessageBar(self)
        form = QFormLayout()
        form.addRow(self.tr("The file holds"), self.kind)
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Saved columns (preset)"), self.preset)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch()

    def choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a file"),
            str(self.w.path.parent if self.path.text() else Path.home()),
            self.tr("Spreadsheets (*.csv *.xlsx *.txt);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return self.w.path.is_file()

    def validatePage(self) -> bool:
        """The preset's columns (and format) go to the next page; a preset that cannot be read stops here."""
        self.w.mapping = {}
        name = self.preset.currentData()
        if name:
            try:
                found = operations.imports.load_preset(self.w.ctx.config.data_dir, name)
            except DomainError as exc:
                self.message.show_error(exc)
                return False
            self.w.mapping = dict(found.columns)
            if found.format is not None and not self.format.currentData():
                self.format.setCurrentIndex(self.format.findData(found.format.value))
        return True


class _ColumnsPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("importColumnsPage")
        self.w = wizard
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "How the file is read: choose the column of any field the format did not find, and look at "
                "the first rows. Nothing is checked against the shop yet."
            )
        )
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        self.fields = QTableWidget(0, 2)
        self.fields.setObjectName("importFields")
        self.fields.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Column in the file")])
        self.fields.verticalHeader().setVisible(False)
        self.fields.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.fields.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.fields.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.save_preset = QPushButton(self.tr("Save as preset…"))
        self.save_preset.setObjectName("importSavePreset")
        self.save_preset.clicked.connect(self.save)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.fields, 1)
        left_layout.addWidget(self.save_preset)
        self.rows = QTableWidget(0, 0)
        self.rows.setObjectName("importRows")
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.rows.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.problems = ProblemList("importProblems")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.rows)
        right.addWidget(self.problems)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([330, 720])
        self.message = MessageBar(self)
        self.message.setObjectName("importColumnsMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(self.message)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.read)
        self._ready = False
        self._filling = False

    def initializePage(self) -> None:
        self.w.preview = None
        self.read()

    def isComplete(self) -> bool:
        """Ready when the file was read and its header has every column the import needs."""
        preview = self.w.preview
        return self._ready and preview is not None and not _header_problems(preview)

    def read(self) -> None:
        """Read the file again (another thread: a big workbook takes a while) with the columns chosen."""
        self._ready = False
        self.completeChanged.emit()
        self.message.show_info(self.tr("Reading {file}…").format(file=self.w.path.name))
        work = operations.imports.preview(
            self.w.path, self.w.kind, self.w.chosen_format, self.w.mapping or None
        )
        self.w.ctx.tasks.run_cpu(work, self.show_preview, self.refused, owner=self)

    def refused(self, error: DomainError) -> None:
        self.fields.setRowCount(0)
        self.rows.setRowCount(0)
        self.problems.clear()
        if isinstance(error, ImportRefused):
            self.summary.setText(self.tr("{file} cannot be imported.").format(file=self.w.path.name))
            self.message.show_error("\n".join(self.w.problem_text(p) for p in error.rows))
        else:
            self.message.show_error(error)

    def show_preview(self, preview: ImportPreview) -> None:
        self.w.preview = preview
        how = self.tr("found from the header") if preview.detected else self.tr("as chosen")
        self.summary.setText(
            self.tr("{layout} ({how}) · {encoding} · {rows} rows read as {records} records").format(
                layout=layout_words(preview.kind, preview.format),
                how=how,
                encoding=ENCODINGS.get(preview.encoding, preview.encoding),
                rows=_n(preview.total_rows),
                records=_n(preview.records),
            )
        )
        self._fill_fields(preview)
        self._fill_rows(preview)
        self.problems.clear()
        for problem in preview.problems:
            self.problems.add_line(self.w.problem_text(problem))
        if preview.problems:
            self.message.show_warning(
                self.tr("Lines that cannot be read as they are: {count} (listed below the rows)").format(
                    count=len(preview.problems)
                )
            )
        else:
            self.message.show_success(self.tr("Every row could be read."))
        self._ready = True
        self.completeChanged.emit()

    def _fill_fields(self, preview: ImportPreview) -> None:
        self._filling = True
        self.fields.setRowCount(len(preview.fields))
        for row, (name, required) in enumerate(preview.fields):
            label = QTableWidgetItem(field_words(name) + (" *" if required else ""))
            label.setToolTip(name)
            self.fields.setItem(row, 0, label)
            combo = QComboBox()
            combo.setObjectName(f"importColumn_{name}")
            combo.addItem(self.tr("(not in the file)"), NO_COLUMN)
            for column in preview.header:
                if column:
                    combo.addItem(column, column)
            found = preview.columns.get(name, NO_COLUMN)
            combo.setCurrentIndex(max(0, combo.findData(found)))
            combo.currentIndexChanged.connect(lambda _i, n=name, c=combo: self._column_chosen(n, c))
            self.fields.setCellWidget(row, 1, combo)
        self._filling = False

    def _column_chosen(self, name: str, combo: QComboBox) -> None:
        if self._filling:
            return
        self.w.mapping = self.current_columns()
        self.w.mapping[name] = combo.currentData() or ""
        self._timer.start()

    def current_columns(self) -> dict[str, str]:
        """Our field -> their column, as the table shows it now."""
        preview = self.w.preview
        if preview is None:
            return dict(self.w.mapping)
        chosen: dict[str, str] = {}
        for row, (name, _required) in enumerate(preview.fields):
            combo = self.fields.cellWidget(row, 1)
            if isinstance(combo, QComboBox) and combo.currentData():
                chosen[name] = str(combo.currentData())
        return chosen

    def _fill_rows(self, preview: ImportPreview) -> None:
        bad: dict[int, list[str]] = {}
        for problem in preview.problems:
            bad.setdefault(problem.line, []).append(self.w.problem_text(problem))
        self.rows.clear()
        self.rows.setColumnCount(len(preview.header))
        self.rows.setHorizontalHeaderLabels(list(preview.header))
        self.rows.setRowCount(len(preview.rows))
        self.rows.setVerticalHeaderLabels([str(line) for line, _cells in preview.rows])
        shade = QBrush(QColor("#fde2e1"))
        for r, (line, cells) in enumerate(preview.rows):
            for c, value in enumerate(cells[: len(preview.header)]):
                item = QTableWidgetItem(value)
                if line in bad:
                    item.setBackground(shade)
                    item.setToolTip("\n".join(bad[line]))
                self.rows.setItem(r, c, item)
        self.rows.resizeColumnsToContents()
        for c in range(self.rows.columnCount()):
            self.rows.setColumnWidth(c, min(self.rows.columnWidth(c), 220))

    def save(self) -> None:
        preview = self.w.preview
        if preview is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Save as preset"), self.tr("Name of the preset"))
        if not ok or not name.strip():
            return
        try:
            operations.imports.save_preset(
                self.w.ctx.config.data_dir,
                name,
                self.current_columns(),
                Kind(preview.kind),
                Format(preview.format),
            )
        except (DomainError, OSError) as exc:
            self.message.show_error(exc if isinstance(exc, DomainError) else str(exc))
            return
        self.message.show_success(self.tr("Saved as the preset {name}").format(name=name.strip()))


class ProblemList(QPlainTextEdit):
    """The refused lines, one a paragraph, long ones wrapped; read-only, copyable."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self._lines: list[str] = []

    def clear(self) -> None:
        self._lines = []
        super().clear()

    def add_line(self, text: str) -> None:
        self._lines.append(text)
        self.appendPlainText(text)

    def count(self) -> int:
        return len(self._lines)

    def lines(self) -> list[str]:
        return list(self._lines)


def _header_problems(preview: ImportPreview) -> bool:
    return any(p.error.code.startswith(("import_columns", "import_mapping")) for p in preview.problems)


class _CheckPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self.setObjectName("importCheckPage")
        self.w = wizard
        self.setTitle(self.tr("Check and import"))
        self.setSubTitle(
            self.tr(
                "A dry run checks every row against the shop — products, stock, customers, prices, the "
                "order states — and writes nothing. Importing the same file again adds nothing."
            )
        )
        self.skip = QCheckBox(self.tr("Skip bad rows: import the good ones and list the others"))
        self.skip.setObjectName("importSkipBad")
        self.skip.toggled.connect(self.dry_run)
        self.again = QPushButton(self.tr("Dry run again"))
        self.again.setObjectName("importDryRun")
        self.again.clicked.connect(self.dry_run)
        top = QHBoxLayout()
        top.addWidget(self.skip, 1)
        top.addWidget(self.again)
        self.result = QLabel()
        self.result.setObjectName("importResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems = ProblemList("importCheckProblems")
        self.message = MessageBar(self)
        self.message.setObjectName("importCheckMessage")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.problems, 1)
        layout.addStretch()
        layout.addWidget(self.message)
        self.problems.setVisible(False)
        self._checked = False

    def initializePage(self) -> None:
        self.w.mapping = self.w.columns_page.current_columns()
        self.dry_run()

    def isComplete(self) -> bool:
        report = self.w.report
        return self.w.imported or (
            self._checked
            and report is not None
            and not report.refused_whole
            and report.added + report.updated > 0
        )

    def dry_run(self) -> None:
        self._checked = False
        self.completeChanged.emit()
        self.message.show_info(self.tr("Checking {file} against the shop…").format(file=self.w.path.name))
        operations.imports.dry_run(
            self.w.path, self.w.import_options(skip_bad_rows=self.skip.isChecked())
        ).run(
            self.w.ctx.tasks,
            self.checked,
            self.refused,
            label=self.tr("Checking {file}…").format(file=self.w.path.name),
            owner=self,
        )

    def checked(self, outcome: Outcome[ImportReport]) -> None:
        report = outcome.value
        self.w.report = report
        self._checked = True
        self.result.setText(self.describe(report))
        self._list(report.problems)
        if report.refused_whole:
            self.message.show_warning(
                self.tr(
                    "Refused lines: {count}. As it is, nothing would be imported: correct the file, or skip "
                    "the bad rows."
                ).format(count=len(report.problems))
            )
        elif not report.added + report.updated:
            self.message.show_info(self.tr("Nothing to import: the shop has all of it already."))
        else:
            self.message.show_success(self.tr("Ready to import."))
        self.completeChanged.emit()

    def refused(self, error: DomainError) -> None:
        self._checked = False
        if isinstance(error, ImportRefused):
            self._list(tuple(error.rows))
            self.result.setText(self.tr("Nothing was imported."))
            self.message.show_error(
                self.tr("Refused lines: {count}. Nothing was imported.").format(count=len(error.rows))
            )
        else:
            self.message.show_error(error)
        self.completeChanged.emit()

    def _list(self, problems: tuple[Problem, ...]) -> None:
        self.problems.clear()
        for problem in problems:
            self.problems.add_line(self.w.problem_text(problem))
        self.problems.setVisible(bool(problems))

    def start_import(self) -> None:
        self.again.setEnabled(False)
        self.skip.setEnabled(False)
        self.w.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(False)
        self.message.show_info(self.tr("Importing {file}…").format(file=self.w.path.name))
        operations.imports.run_import(
            self.w.path, self.w.import_options(skip_bad_rows=self.skip.isChecked())
        ).run(
            self.w.ctx.tasks,
            self.imported,
            self.import_failed,
            label=self.tr("Importing {file}…").format(file=self.w.path.name),
            owner=self,
        )

    def imported(self, outcome: Outcome[ImportReport]) -> None:
        report = outcome.value
        self.w.report = report
        self.w.imported = True
        self.result.setText(self.describe(report))
        self._list(report.problems)
        self.message.show_success(self.tr("Imported."))
        self.w.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        # Done: no way back to a file that is in, and one button to close with.
        self.w.setButtonLayout([QWizard.WizardButton.Stretch, QWizard.WizardButton.FinishButton])
        self.completeChanged.emit()

    def import_failed(self, error: DomainError) -> None:
        self.again.setEnabled(True)
        self.skip.setEnabled(True)
        self.w.button(QWizard.WizardButton.BackButton).setEnabled(True)
        if error.code == "import_cancelled":  # nothing was kept; the check still holds: Import may go again
            self.message.show_error(error)
            self.completeChanged.emit()
            return
        self.refused(error)

    def describe(self, r: ImportReport) -> str:
        """What the import did or would do, in the window's words."""
        lines = []
        if r.dry_run:
            lines.append(self.tr("Dry run: nothing was written."))
        if r.kind == Kind.ORDERS.value:
            lines.append(
                (
                    self.tr("Would add {added} orders") if r.dry_run else self.tr("Added {added} orders")
                ).format(added=_n(r.added))
                + (f" ({r.numbers[0]} – {r.numbers[-1]})" if r.numbers else "")
            )
            lines.append(self.tr("Imported before, skipped: {count}").format(count=_n(r.unchanged)))
            if r.statuses:
                lines.append(
                    " · ".join(f"{labels.status(status)} {_n(n)}" for status, n in sorted(r.statuses.items()))
                )
            if r.added:
                lines.append(
                    self.tr("Total {total}, paid {paid}; {customers} new customers").format(
                        total=formatting.money(r.total),
                        paid=formatting.money(r.paid),
                        customers=r.customers_added,
                    )
                )
        else:
            text = (
                self.tr("Would add {added}, update {updated}; {unchanged} unchanged")
                if r.dry_run
                else self.tr("Added {added}, updated {updated}; {unchanged} unchanged")
            )
            lines.append(text.format(added=_n(r.added), updated=_n(r.updated), unchanged=_n(r.unchanged)))
            if r.stock_adjusted:
                lines.append(
                    self.tr("Stock counts booked as adjustments: {count}").format(count=r.stock_adjusted)
                )
        if r.problems:
            lines.append(
                (
                    self.tr("Refused lines: {count} (nothing is imported while there are any)")
                    if r.refused_whole
                    else self.tr("Refused lines: {count}, left out")
                ).format(count=len(r.problems))
            )
        return "\n".join(lines)


def _n(count: int) -> str:
    """A count with the window's thousands separators."""
    return format_decimal(count, locale=formatting.current_locale())


def layout_words(kind: str, fmt: str) -> str:
    """A layout's title in the window's words (the core's is English: services/import_layouts.py)."""
    titles = {
        ("orders", "oms"): translate("ImportFields", "OMS Desktop orders"),
        ("orders", "shopify"): translate("ImportFields", "Shopify orders export"),
        ("orders", "woocommerce"): translate("ImportFields", "WooCommerce orders export"),
        ("products", "oms"): translate("ImportFields", "OMS Desktop products"),
        ("products", "shopify"): translate("ImportFields", "Shopify products export"),
        ("customers", "oms"): translate("ImportFields", "OMS Desktop customers"),
        ("stock", "oms"): translate("ImportFields", "OMS Desktop stock count"),
    }
    return titles.get((kind, fmt), f"{kind} ({fmt})")


def field_words(name: str) -> str:
    """A field of a layout as the wizard names it (its own name when it has no words of its own)."""
    words = {
        "order_ref": translate("ImportFields", "Order reference"),
        "ref": translate("ImportFields", "Order reference"),
        "date": translate("ImportFields", "Date"),
        "created_at": translate("ImportFields", "Date"),
        "channel": translate("ImportFields", "Channel"),
        "customer_code": translate("ImportFields", "Customer code"),
        "sku": translate("ImportFields", "SKU"),
        "quantity": translate("ImportFields", "Quantity"),
        "unit_price": translate("ImportFields", "Unit price"),
        "price": translate("ImportFields", "Price"),
        "discount": translate("ImportFields", "Discount"),
        "payment_method": translate("ImportFields", "Payment method"),
        "notes": translate("ImportFields", "Notes"),
        "status": translate("ImportFields", "Status"),
        "carrier": translate("ImportFields", "Carrier"),
        "tracking": translate("ImportFields", "Tracking number"),
        "email": translate("ImportFields", "E-mail"),
        "financial_status": translate("ImportFields", "Payment status"),
        "fulfillment_status": translate("ImportFields", "Fulfilment status"),
        "shipping": translate("ImportFields", "Shipping charge"),
        "taxes": translate("ImportFields", "Taxes"),
        "total": translate("ImportFields", "Total"),
        "name": translate("ImportFields", "Name"),
        "title": translate("ImportFields", "Name"),
        "barcode": translate("ImportFields", "Barcode"),
        "cost": translate("ImportFields", "Cost"),
        "tax_rate": translate("ImportFields", "Tax rate"),
        "on_hand": translate("ImportFields", "On hand (counted)"),
        "phone": translate("ImportFields", "Phone"),
        "location": translate("ImportFields", "Location"),
        "code": translate("ImportFields", "Customer code"),
        "item_name": translate("ImportFields", "Item name"),
        "handle": translate("ImportFields", "Handle"),
        "paid_at": translate("ImportFields", "Paid at"),
        "fulfilled_at": translate("ImportFields", "Shipped at"),
        "completed_at": translate("ImportFields", "Completed at"),
        "cancelled_at": translate("ImportFields", "Cancelled at"),
        "shipping_method": translate("ImportFields", "Shipping method"),
        "line_discount": translate("ImportFields", "Line discount"),
        "refunded_amount": translate("ImportFields", "Refunded amount"),
        "outstanding": translate("ImportFields", "Still due"),
        "unit": translate("ImportFields", "Unit"),
        "decimals": translate("ImportFields", "Decimals of the unit"),
        "wholesale_price": translate("ImportFields", "Wholesale price"),
        "reorder_point": translate("ImportFields", "Reorder point"),
        "active": translate("ImportFields", "Sold (active)"),
        "allow_backorder": translate("ImportFields", "Sold when out of stock"),
        "option1": translate("ImportFields", "Option 1"),
        "option2": translate("ImportFields", "Option 2"),
        "option3": translate("ImportFields", "Option 3"),
        "taxable": translate("ImportFields", "Taxed"),
        "billing_address": translate("ImportFields", "Billing address"),
        "shipping_address": translate("ImportFields", "Shipping address"),
        "price_tier": translate("ImportFields", "Price tier"),
        "credit_limit": translate("ImportFields", "Credit limit"),
        "payment_terms_days": translate("ImportFields", "Payment terms (days)"),
    }
    if name in words:
        return words[name]
    side, _, part = name.partition("_")
    parts = {
        "name": translate("ImportFields", "name"),
        "first_name": translate("ImportFields", "first name"),
        "last_name": translate("ImportFields", "family name"),
        "company": translate("ImportFields", "company"),
        "address1": translate("ImportFields", "address line 1"),
        "address2": translate("ImportFields", "address line 2"),
        "city": translate("ImportFields", "city"),
        "zip": translate("ImportFields", "postcode"),
        "postcode": translate("ImportFields", "postcode"),
        "province": translate("ImportFields", "province or state"),
        "state": translate("ImportFields", "province or state"),
        "country": translate("ImportFields", "country"),
        "phone": translate("ImportFields", "phone"),
    }
    if side == "billing" and part in parts:
        return translate("ImportFields", "Billing: {part}").format(part=parts[part])
    if side == "shipping" and part in parts:
        return translate("ImportFields", "Shipping: {part}").format(part=parts[part])
    return name.replace("_", " ")
