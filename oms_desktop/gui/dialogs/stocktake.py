"""Stocktake: start a count of a location (every active product, or the ones selected on the Stock page) or
continue an open one; scan (each scan adds one, wherever the focus is) or type counted quantities; see the
differences against what the books said when each product was counted; finish to book them (a manager's
approval when a cashier finishes), or cancel to book nothing. Closing the window leaves the count open."""

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.quantity import parse_quantity
from oms_desktop.gui import operations
from oms_desktop.gui.formatting import local_time
from oms_desktop.gui.models.stocktake import CountLinesModel
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.scan_catcher import ScanCatcher
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Outcome
from oms_desktop.services.records import LocationRecord
from oms_desktop.services.stocktakes import CountLineRecord, CountRecord

CHOOSE, COUNT = range(2)


class StocktakeDialog(QDialog):
    """The count window. `ended(record)` when the count was finished or cancelled; `left_open(number)` when
    the window closes on a count still open."""

    ended = Signal(object)  # CountRecord
    left_open = Signal(str)

    def __init__(
        self,
        tasks: TaskRunner,
        locations: list[LocationRecord],
        selected: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stocktakeDialog")
        self.setWindowTitle(self.tr("Stocktake"))
        self.tasks = tasks
        self.selected_skus = list(selected)
        self.count: CountRecord | None = None
        self.confirm: QMessageBox | None = None
        self._pending = 0  # scans and typed counts on their way to the core
        self._ending = False

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._choose_page(locations))
        self.stack.addWidget(self._count_page())
        self.message = MessageBar(self, collapsible=False)  # keeps its place: the table never jumps
        self.message.setObjectName("countMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message)
        self.resize(1000, 620)

        self.catcher = ScanCatcher(self, self.scan_field)
        self.catcher.scanned.connect(self.scan)
        self.finished.connect(lambda _result: self.catcher.stop())
        self._load_open_counts()

    # --- choosing: a new count or an open one ---------------------------------------------------------

    def _choose_page(self, locations: list[LocationRecord]) -> QWidget:
        page = QWidget()
        self.open_counts = QListWidget()
        self.open_counts.setObjectName("openCounts")
        self.open_counts.setMaximumHeight(110)  # a few open counts at most; the new count stays in view
        self.open_counts.itemActivated.connect(lambda _item: self.continue_count())
        self.continue_button = QPushButton(self.tr("Continue this count"))
        self.continue_button.setObjectName("continueCount")
        self.continue_button.clicked.connect(self.continue_count)
        open_box = QGroupBox(self.tr("Counts still open"))
        open_layout = QVBoxLayout(open_box)
        open_layout.addWidget(self.open_counts)
        open_layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignRight)
        self.open_box = open_box

        self.location = QComboBox()
        self.location.setObjectName("countLocation")
        for loc in locations:
            self.location.addItem(f"{loc.code} · {loc.name}", loc.code)
        self.all_products = QRadioButton(self.tr("Every active product"))
        self.all_products.setObjectName("countAll")
        n = len(self.selected_skus)
        if n == 0:
            scope_text = self.tr("Only the products selected on the Stock page (none is)")
        elif n == 1:
            scope_text = self.tr("The selected product ({skus})").format(skus=self.selected_skus[0])
        else:
            scope_text = self.tr("The {count} selected products").format(count=n)
        self.some_products = QRadioButton(scope_text)
        self.some_products.setObjectName("countSelected")
        self.some_products.setEnabled(n > 0)
        self.all_products.setChecked(True)
        scope = QButtonGroup(page)
        scope.addButton(self.all_products)
        scope.addButton(self.some_products)
        scope_box = QVBoxLayout()
        scope_box.addWidget(self.all_products)
        scope_box.addWidget(self.some_products)
        self.note = QLineEdit()
        self.note.setObjectName("countNote")
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("optional, e.g. year-end count"))
        self.start_button = QPushButton(self.tr("Start count"))
        self.start_button.setObjectName("startCount")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        new_box = QGroupBox(self.tr("New count"))
        form = QFormLayout(new_box)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Products"), scope_box)
        form.addRow(self.tr("Note"), self.note)
        start_row = QHBoxLayout()
        start_row.addWidget(self.start_button)
        start_row.addStretch(1)
        form.addRow("", start_row)
        explain = QLabel(
            self.tr(
                "On hand is noted when the count starts. Sales and deliveries go on while you count: each "
                "product is compared with what the books say at the moment it is counted."
            )
        )
        explain.setWordWrap(True)
        close = QPushButton(self.tr("Close"))
        close.setObjectName("closeChoose")
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(page)
        layout.addWidget(open_box)
        layout.addWidget(new_box)
        layout.addWidget(explain)
        layout.addStretch(1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _load_open_counts(self) -> None:
        operations.stocktake.open_counts().run(self.tasks, self._open_counts_loaded, owner=self)

    def _open_counts_loaded(self, counts: list[CountRecord]) -> None:
        self.open_counts.clear()
        for count in counts:
            item = QListWidgetItem(
                self.tr("{number} · {location} · started {time} by {user}").format(
                    number=count.number,
                    location=count.location,
                    time=local_time(count.started_at),
                    user=count.user,
                )
                + (f" · {count.note}" if count.note else "")
            )
            item.setData(Qt.ItemDataRole.UserRole, count.number)
            self.open_counts.addItem(item)
        self.open_box.setVisible(bool(counts))
        if counts:
            self.open_counts.setCurrentRow(0)
            self.continue_button.setDefault(True)
            self.continue_button.setFocus()
        else:
            self.start_button.setFocus()  # Enter starts the count

    def start(self) -> None:
        if self.start_button.isEnabled() is False:
            return
        codes = self.selected_skus if self.some_products.isChecked() else None
        self.start_button.setEnabled(False)
        self.message.show_info(self.tr("Starting the count…"))
        operations.stocktake.start(self.location.currentData(), codes, self.note.text().strip()).run(
            self.tasks, lambda outcome: self._show_count(outcome.value), self._start_refused, owner=self
        )

    def _start_refused(self, error: DomainError) -> None:
        self.start_button.setEnabled(True)
        self.message.show_error(error)

    def continue_count(self) -> None:
        item = self.open_counts.currentItem()
        if item is None:
            return
        number = str(item.data(Qt.ItemDataRole.UserRole))
        operations.stocktake.get_count(number).run(
            self.tasks, self._show_count, self.message.show_error, owner=self
        )

    # --- counting -------------------------------------------------------------------------------------

    def _count_page(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel()
        self.heading.setObjectName("countHeading")
        self.progress = QLabel()
        self.progress.setObjectName("countProgress")
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("countScan")
        self.scan_field.setPlaceholderText(
            self.tr("Scan a barcode, or type a SKU and Enter: one more counted")
        )
        self.scan_field.setClearButtonEnabled(True)
        self.scan_field.returnPressed.connect(self._scan_typed)
        hint = QLabel(self.tr("To set a quantity, type it in the Counted column."))
        hint.setObjectName("countHint")

        self.lines = CountLinesModel(self)
        self.lines.typed.connect(self.type_count)
        self.table = make_table("countTable", self, sortable=False)
        self.table.setModel(self.lines)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        M = CountLinesModel
        set_columns(
            self.table,
            {M.COL_SKU: 100, M.COL_SNAPSHOT: 85, M.COL_COUNTED: 85, M.COL_BOOK: 90, M.COL_DIFFERENCE: 85},
            stretch=M.COL_NAME,
        )
        # Typing on a row edits its count: the current cell is always the Counted one.
        self.table.selectionModel().currentRowChanged.connect(self._to_counted_cell)

        self.finish_button = QPushButton(self.tr("Finish and book differences…"))
        self.finish_button.setObjectName("finishCount")
        self.finish_button.setAutoDefault(False)
        self.finish_button.clicked.connect(self.finish)
        self.cancel_button = QPushButton(self.tr("Cancel count…"))
        self.cancel_button.setObjectName("cancelCount")
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.cancel_count)
        self.close_button = QPushButton(self.tr("Close (keep counting later)"))
        self.close_button.setObjectName("closeCount")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+F"), page, self.scan_field.setFocus)

        head = QHBoxLayout()
        head.addWidget(self.heading)
        head.addStretch(1)
        head.addWidget(self.progress)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan_field, 1)
        scan_row.addWidget(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.finish_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addLayout(scan_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        return page

    def _show_count(self, count: CountRecord) -> None:
        self.count = count
        self.setWindowTitle(self.tr("Stocktake {number}").format(number=count.number))
        self.heading.setText(
            self.tr("{number} · {location} · started {time} by {user}").format(
                number=count.number,
                location=count.location,
                time=local_time(count.started_at),
                user=count.user,
            )
        )
        self.lines.set_rows(count.lines)
        self._show_progress()
        self.message.clear_message()
        self.stack.setCurrentIndex(COUNT)
        self.catcher.start()
        self.scan_field.setFocus()

    def _show_progress(self) -> None:
        self.progress.setText(
            self.tr("{counted} of {total} counted · {differences} differences").format(
                counted=self.lines.counted, total=self.lines.rowCount(), differences=self.lines.differences
            )
        )

    def _to_counted_cell(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid() and current.column() != CountLinesModel.COL_COUNTED:
            self.table.setCurrentIndex(self.lines.index(current.row(), CountLinesModel.COL_COUNTED))

    @property
    def number(self) -> str | None:
        return self.count.number if self.count is not None else None

    @property
    def settled(self) -> bool:
        """Every scan and typed count has its answer from the core (for tests)."""
        return self._pending == 0

    def _scan_typed(self) -> None:
        code = self.scan_field.text().strip()
        self.scan_field.clear()
        if code:
            self.scan(code)

    def scan(self, code: str) -> None:
        """One more of the product with this barcode or SKU (a scan, wherever the focus was)."""
        number = self.number
        if number is None or self.stack.currentIndex() != COUNT or self._ending:
            return
        self._pending += 1
        operations.stocktake.scan(number, code).run(
            self.tasks, self._line_done, lambda error: self._line_refused(code, error), owner=self
        )

    def type_count(self, sku: str, text: str) -> None:
        """The quantity typed for a product replaces what was counted."""
        number = self.number
        if number is None or self._ending:
            return
        try:
            quantity = parse_quantity(text)
        except ValueError:
            self.message.show_error(self.tr("{text} is not a quantity").format(text=text[:30]))
            return
        self._pending += 1
        operations.stocktake.set_counted(number, sku, quantity).run(
            self.tasks, self._line_done, lambda error: self._line_refused(sku, error), owner=self
        )

    def _line_done(self, outcome: Outcome[CountLineRecord]) -> None:
        self._pending -= 1
        line = outcome.value
        row = self.lines.replace_line(line)
        self._show_progress()
        self.message.show_success(
            self.tr("{sku}: {counted} counted").format(sku=line.sku, counted=line.counted)
        )
        if row is not None and self.table.state() != QAbstractItemView.State.EditingState:
            index = self.lines.index(row, CountLinesModel.COL_COUNTED)
            self.table.setCurrentIndex(index)  # selects the row too
            self.table.scrollTo(index)

    def _line_refused(self, code: str, error: DomainError) -> None:
        self._pending -= 1
        self.message.show_error(error)

    # --- finishing ------------------------------------------------------------------------------------

    def finish(self) -> None:
        """Ask, then book the differences."""
        if self.count is None:
            return
        differences = self.lines.differences
        self.confirm = self._ask(
            self.tr("Finish the count"),
            self.tr(
                "Book {differences} differences of {number} as stock adjustments (reason: stocktake)? "
                "Products not counted ({missing}) are left as they are."
            ).format(
                differences=differences,
                number=self.count.number,
                missing=self.lines.rowCount() - self.lines.counted,
            ),
            self.tr("Finish and book"),
            self.finish_now,
        )

    def finish_now(self) -> None:
        number = self.number
        if number is None:
            return
        self._busy(True)
        operations.stocktake.finish(number).run(self.tasks, self._ended, self._end_refused, owner=self)

    def cancel_count(self) -> None:
        if self.count is None:
            return
        self.confirm = self._ask(
            self.tr("Cancel the count"),
            self.tr("Abandon {number}? Nothing is booked; what was counted is dropped.").format(
                number=self.count.number
            ),
            self.tr("Abandon the count"),
            self.cancel_now,
        )

    def cancel_now(self) -> None:
        number = self.number
        if number is None:
            return
        self._busy(True)
        operations.stocktake.cancel(number).run(self.tasks, self._ended, self._end_refused, owner=self)

    def _ask(self, title: str, text: str, yes_text: str, then: Callable[[], None]) -> QMessageBox:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self)
        box.setObjectName("countConfirm")
        yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
        yes.setObjectName("countConfirmYes")
        no = box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(no)
        yes.clicked.connect(then)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _busy(self, busy: bool) -> None:
        self._ending = busy
        for button in (self.finish_button, self.cancel_button):
            button.setEnabled(not busy)

    def _ended(self, outcome: Outcome[CountRecord]) -> None:
        self._busy(False)
        self.count = outcome.value
        self.ended.emit(outcome.value)
        self.accept()

    def _end_refused(self, error: DomainError) -> None:
        self._busy(False)
        self.message.show_error(error)

    # --- closing --------------------------------------------------------------------------------------

    def reject(self) -> None:
        if self.count is not None and self.count.state == "open":
            self.left_open.emit(self.count.number)
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.catcher.stop()
        super().closeEvent(event)
