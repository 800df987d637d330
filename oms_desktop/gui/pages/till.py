"""Till: this computer's till session. Open it with a float; while it is open, its X report (refreshed as
sales and cash moves come in), cash in and out, the drawer opened without a sale, and closing with a blind
count, after which the Z report's figures (expected, counted, variance) are shown and can be printed. The
till's past Z reports are listed for a reprint, as they were closed."""

from collections.abc import Callable
from datetime import datetime
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.cash_count import CashCount, CashCountDialog, TillReportPreview
from oms_desktop.gui.dialogs.cash_move import CashMove, CashMoveDialog, DrawerDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.formatting import local_time, money_with_symbol, sort_time
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.operations import Op
from oms_desktop.gui.operations.till import TillView
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.till_reports import TillReport

translate = QCoreApplication.translate
ZRow = tuple[int, datetime]
LONGEST = 90  # characters of a figure's line; the rest in its tooltip (a cash move's long reason)


def signed_money(value: Decimal, currency: str) -> str:
    """A variance with its sign: "+¥3.00" over, "-¥6.00" short, "¥0.00" balanced."""
    return ("+" if value > 0 else "") + money_with_symbol(value, currency)


def move_kind(kind: str) -> str:
    words = {
        "cash_in": translate("TillMove", "Cash in"),
        "cash_out": translate("TillMove", "Cash out"),
        "no_sale": translate("TillMove", "No sale"),
    }
    return words.get(kind, kind)


class ReportFigures(QWidget):
    """A till report's figures: the cash and the takings beside the counts, then the cashiers and the cash
    moves across; each value label is named `figure_<key>` (see `value`)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.left, self.right, self.below = QFormLayout(), QFormLayout(), QFormLayout()
        self.forms = (self.left, self.right, self.below)
        for form in self.forms:
            form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()  # its spacing would be the forms' own: a gap of its own between them
        columns.addLayout(self.left, 1)
        columns.addSpacing(24)
        columns.addLayout(self.right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns)
        layout.addLayout(self.below)
        self._form = self.left

    def value(self, key: str) -> str:
        """The text shown for a figure ("" when the report has no such figure)."""
        label = self.findChild(QLabel, f"figure_{key}")
        return label.text() if label is not None else ""

    def _add(self, key: str, caption: str, text: str, *, role: str = "", kind: str = "") -> QLabel:
        # One line each (a word-wrapped label in a form row makes the rows' heights jump).
        label = QLabel(text if len(text) <= LONGEST else text[: LONGEST - 1] + "…")
        label.setObjectName(f"figure_{key}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if len(text) > LONGEST:
            label.setToolTip(text)
        if role or kind:
            label.setProperty("role", role)
            label.setProperty("kind", kind)
            # A figure keeps its own width: a coloured one is a badge, not a bar across the page.
            label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self._form.addRow(caption, label)
        return label

    def _heading(self, text: str) -> None:
        heading = QLabel(text)
        heading.setProperty("role", "sum")
        self._form.addRow(heading)

    def show_report(self, report: TillReport) -> None:
        """Fill the form: the cash figures first (for a Z report the count and its variance), then the
        session's takings, its counts and its cashiers."""
        for form in self.forms:
            while form.rowCount():
                form.removeRow(0)
        self._form = self.left
        cur = report.currency

        def amount(value: Decimal) -> str:
            return money_with_symbol(value, cur)

        closed = report.counted_cash is not None
        if closed:
            self._add("expected", self.tr("Expected cash"), amount(report.expected_cash), role="figure")
            self._add("counted", self.tr("Counted"), amount(report.counted_cash or Decimal(0)), role="figure")
            variance = report.variance or Decimal(0)
            if variance < 0:
                words, kind = self.tr("{amount} short"), "error"
            elif variance > 0:
                words, kind = self.tr("{amount} over"), "info"
            else:
                words, kind = self.tr("{amount}: the count matches"), "success"
            self._add(
                "variance",
                self.tr("Variance"),
                words.format(amount=signed_money(variance, cur)),
                role="figure",
                kind=kind,
            )
        elif report.expected_hidden:
            self._add("expected", self.tr("Expected cash in the drawer"), self.tr("hidden (blind count)"))
        else:
            self._add(
                "expected",
                self.tr("Expected cash in the drawer"),
                amount(report.expected_cash),
                role="figure",
            )
        self._add(
            "opened",
            self.tr("Opened"),
            self.tr("{when} by {who}").format(when=local_time(report.opened_at), who=report.opened_by),
        )
        if report.closed_at is not None:
            closed_by = self.tr("{when} by {who}").format(
                when=local_time(report.closed_at), who=report.closed_by
            )
            if report.approved_by:
                closed_by = self.tr("{closed}, approved by {manager}").format(
                    closed=closed_by, manager=report.approved_by
                )
            self._add("closed", self.tr("Closed"), closed_by)
        self._add("float", self.tr("Float"), amount(report.float_amount))

        self._heading(self.tr("Takings"))
        if not report.sales:
            self._add("sales", self.tr("Sales"), self.tr("none yet"))
        for m in report.sales:
            self._add(
                f"sales_{m.method}",
                self.tr("Sales: {method}").format(method=labels.payment_method(m.method)),
                self.tr("{amount} ({count})").format(amount=amount(m.amount), count=m.count),
            )
        for m in report.refunds:
            self._add(
                f"refunds_{m.method}",
                self.tr("Refunds: {method}").format(method=labels.payment_method(m.method)),
                self.tr("{amount} ({count})").format(amount=amount(m.amount), count=m.count),
            )
        self._add("net_sales", self.tr("Net sales"), amount(report.net_sales))
        self._add("cash_in", self.tr("Cash in"), amount(report.cash_in))
        self._add("cash_out", self.tr("Cash out"), amount(report.cash_out))

        self._form = self.right
        self._heading(self.tr("Counts"))
        self._add("sales_count", self.tr("Sales"), str(report.sales_count))
        self._add("returns_count", self.tr("Returns"), str(report.returns_count))
        self._add("discounts", self.tr("Discounts"), amount(report.discounts))
        self._add("voids", self.tr("Voids"), str(report.voids))
        self._add("overrides", self.tr("Manager approvals"), str(report.overrides))
        self._add("no_sales", self.tr("Drawer opened without a sale"), str(report.no_sales))

        self._form = self.below
        if report.cashiers:
            self._heading(self.tr("Cashiers"))
        for c in report.cashiers:
            self._add(
                f"cashier_{c.name}",
                c.name,
                self.tr("sales: {sales} · taken: {taken} · refunded: {refunded}").format(
                    sales=c.sales, taken=amount(c.taken), refunded=amount(c.refunded)
                ),
            )
        moves = [move for move in report.moves if move.kind != "no_sale" or move.reason]
        if moves:
            self._heading(self.tr("Cash moves"))
        for number, move in enumerate(moves, start=1):
            who = move.user if not move.approved_by else f"{move.user} / {move.approved_by}"
            what = move_kind(move.kind)
            text = f"{what} {amount(move.amount)}" if move.kind != "no_sale" else what
            self._add(
                f"move_{number}",
                local_time(move.at),
                self.tr("{what}: {reason} ({who})").format(what=text, reason=move.reason or "—", who=who),
            )


class ZReportsModel(RowsModel[ZRow]):
    """This till's Z reports, newest first."""

    COL_NUMBER, COL_CLOSED = range(2)
    RIGHT_ALIGNED = frozenset({COL_NUMBER})

    def headers(self) -> list[str]:
        return [self.tr("Z report"), self.tr("Closed")]

    def text(self, row: ZRow, column: int) -> str:
        values = (str(row[0]), local_time(row[1]))
        return values[column] if 0 <= column < len(values) else ""

    def sort_key(self, row: ZRow, column: int) -> int | str:
        return row[0] if column == self.COL_NUMBER else sort_time(row[1])


class TillPage(QWidget):
    """This computer's till: open it, its X report while open, cash moves, the blind close, Z reports."""

    loaded = Signal()  # the page shows the till as the database has it now

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tillPage")
        self.ctx = ctx
        self.till = ""
        self.report: TillReport | None = None  # the open session's X report; None: closed
        self.closed: TillReport | None = None  # the Z report closed here, shown until the till opens again
        self.dialog: QWidget | None = None
        self.preview: TillReportPreview | None = None
        self._stale = True
        self._loading = False
        self._again = False
        self._was_open: bool | None = None  # whether the till was open when last shown

        title = QLabel(self.tr("Till"))
        title.setObjectName("pageTitle")
        self.till_label = QLabel()
        self.till_label.setObjectName("tillName")
        self.till_label.setProperty("role", "sum")
        self.state_label = QLabel()
        self.state_label.setObjectName("tillState")
        self.state_label.setWordWrap(True)
        self.message = MessageBar(self)
        self.message.setObjectName("tillMessage")

        # Closed: the float and Open.
        self.open_box = QGroupBox(self.tr("Open the till"))
        self.open_box.setObjectName("tillOpenBox")
        self.float_edit = MoneyEdit()
        self.float_edit.setObjectName("tillFloat")
        self.float_edit.setMaximumWidth(160)
        self.float_edit.setToolTip(self.tr("The cash put in the drawer to give change from (0 for none)"))
        self.float_edit.returnPressed.connect(self.open_till)
        self.open_button = QPushButton(self.tr("Open till"))
        self.open_button.setObjectName("tillOpen")
        self.open_button.clicked.connect(self.open_till)
        float_row = QHBoxLayout()
        float_row.addWidget(self.float_edit)
        float_row.addWidget(self.open_button)
        float_row.addStretch()
        open_form = QFormLayout(self.open_box)
        open_form.addRow(self.tr("Float"), float_row)
        hint = QLabel(self.tr("Count the change put in the drawer and type it here."))
        hint.setWordWrap(True)
        open_form.addRow(hint)

        # Open: the X report and the session's actions.
        self.x_box = QGroupBox(self.tr("X report: this session so far"))
        self.x_box.setObjectName("tillXBox")
        self.x_figures = ReportFigures("xReport")
        self.cash_in_button = self._button("tillCashIn", self.tr("Cash in…"), self.cash_in)
        self.cash_out_button = self._button("tillCashOut", self.tr("Cash out…"), self.cash_out)
        self.drawer_button = self._button("tillDrawer", self.tr("Open drawer…"), self.open_drawer)
        self.close_button = self._button("tillClose", self.tr("Close till…"), self.close_till)
        self.x_preview_button = self._button("tillXPreview", self.tr("Print X report…"), self.preview_x)
        actions = QHBoxLayout()
        for button in (self.cash_in_button, self.cash_out_button, self.drawer_button, self.close_button):
            actions.addWidget(button)
        actions.addStretch()
        actions.addWidget(self.x_preview_button)
        x_layout = QVBoxLayout(self.x_box)
        x_layout.addLayout(actions)
        x_layout.addWidget(self.x_figures)

        # Just closed: the Z report's figures.
        self.z_box = QGroupBox()
        self.z_box.setObjectName("tillZBox")
        self.z_figures = ReportFigures("zReport")
        self.z_preview_button = self._button(
            "tillZPreview", self.tr("Print PDF / preview…"), self.preview_closed
        )
        self.z_escpos_button = self._button(
            "tillZReceiptPrinter", self.tr("Print on the receipt printer"), self.print_closed
        )
        z_actions = QHBoxLayout()
        z_actions.addWidget(self.z_preview_button)
        z_actions.addWidget(self.z_escpos_button)
        z_actions.addStretch()
        z_layout = QVBoxLayout(self.z_box)
        z_layout.addLayout(z_actions)
        z_layout.addWidget(self.z_figures)

        # The Z reports kept for this till.
        self.z_list_box = QGroupBox(self.tr("Z reports of this till"))
        self.z_list_box.setObjectName("tillZList")
        self.z_reports = ZReportsModel(self)
        self.z_table = make_table("zReportsTable", self, sortable=False)
        self.z_table.setModel(self.z_reports)
        set_columns(self.z_table, {ZReportsModel.COL_NUMBER: 80}, stretch=ZReportsModel.COL_CLOSED)
        self.z_table.activated.connect(lambda _index: self.reprint())
        self.z_table.selectionModel().selectionChanged.connect(lambda *_args: self._update_buttons())
        self.reprint_button = self._button("tillReprint", self.tr("Reprint…"), self.reprint)
        self.reprint_button.setToolTip(self.tr("The selected Z report as it was closed (Enter)"))
        list_layout = QVBoxLayout(self.z_list_box)
        list_layout.addWidget(self.z_table, 1)
        reprint_row = QHBoxLayout()
        reprint_row.addStretch()
        reprint_row.addWidget(self.reprint_button)
        list_layout.addLayout(reprint_row)
        self.z_list_box.setMinimumWidth(260)
        self.z_list_box.setMaximumWidth(360)

        session = QWidget()
        column = QVBoxLayout(session)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.open_box)
        column.addWidget(self.z_box)
        column.addWidget(self.x_box)
        column.addStretch()
        scroll = QScrollArea()
        scroll.setObjectName("tillSession")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(session)

        header = QHBoxLayout()
        header.addWidget(title)
        header.addSpacing(16)
        header.addWidget(self.till_label)
        header.addSpacing(16)
        header.addWidget(self.state_label, 1)
        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addWidget(self.z_list_box)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        ctx.bus.changed.connect(self._on_changed)
        self._show_view(TillView("", None, []))

    def _button(self, name: str, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    # --- what the page shows -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the till again (one read on the worker); a refresh asked for meanwhile follows it."""
        self._stale = False
        if self._loading:
            self._again = True
            return
        self._loading = True
        operations.till.overview().run(self.ctx.tasks, self._arrived, self._read_failed, owner=self)

    def _arrived(self, view: TillView) -> None:
        self._loading = False
        if self._again:
            self._again = False
            self.refresh()
            return
        self._show_view(view)
        self.loaded.emit()

    def _read_failed(self, error: DomainError) -> None:
        self._loading = False
        self._again = False
        self.message.show_error(error)
        self.loaded.emit()

    def _show_view(self, view: TillView) -> None:
        self.till = view.till
        self.report = view.report
        report = view.report
        self.till_label.setText(self.tr("Till {till}").format(till=view.till) if view.till else "")
        if not view.till:
            self.state_label.setText(self.tr("This computer has no till name"))
        elif report is None:
            self.state_label.setText(self.tr("Closed: open it with a float to take cash"))
        else:
            self.state_label.setText(
                self.tr("Open since {when}, opened by {who}").format(
                    when=local_time(report.opened_at), who=report.opened_by
                )
            )
        if report is not None:
            self.closed = None
            self.x_figures.show_report(report)
        self.open_box.setVisible(report is None and bool(view.till))
        self.x_box.setVisible(report is not None)
        self.z_box.setVisible(report is None and self.closed is not None)
        if view.till and (report is not None) != self._was_open:
            # Opened or closed: the keyboard goes to what comes next (the cash moves, the Z report's
            # print, the float).
            self._was_open = report is not None
            if report is not None:
                self.cash_in_button.setFocus()
            elif self.closed is not None:
                self.z_preview_button.setFocus()
            else:
                self.float_edit.setFocus()
        selected = self._selected_number()
        self.z_reports.set_rows(view.z_reports)
        if selected is not None:
            row = self.z_reports.find(lambda r: r[0] == selected)
            if row is not None:
                self.z_table.selectRow(row)
        self._update_buttons()

    def _show_closed(self, report: TillReport) -> None:
        self.closed = report
        self.z_box.setTitle(self.tr("Closed: Z report {number}").format(number=report.z_number))
        self.z_figures.show_report(report)
        self.z_box.setVisible(self.report is None)
        self.z_escpos_button.setVisible(operations.receipt_printer.printer_set(self.ctx.config.data_dir))

    def _update_buttons(self) -> None:
        self.reprint_button.setEnabled(self._selected_number() is not None)

    def _selected_number(self) -> int | None:
        rows = self.z_table.selectionModel().selectedRows()
        return self.z_reports.row_at(rows[0].row())[0] if rows else None

    def _on_changed(self, changes: Changes) -> None:
        # Sales and refunds (orders) and the till's own actions (settings) change the X report.
        if not (changes.orders or changes.settings or changes.touches("till")):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    # --- actions -------------------------------------------------------------------------------------

    def open_till(self) -> None:
        if self.report is not None or not self.till or not self.open_button.isEnabled():
            return
        amount = self.float_edit.value()
        if amount is None:
            self.message.show_error(
                self.tr("Type the float: the cash in the drawer to give change (0 for none)")
            )
            self.float_edit.setFocus()
            return
        self.open_button.setEnabled(False)
        self.message.show_info(self.tr("Opening the till…"))
        operations.till.open_till(amount).run(
            self.ctx.tasks, lambda _outcome: self._opened(amount), self._open_refused, owner=self
        )

    def _opened(self, amount: Decimal) -> None:
        self.open_button.setEnabled(True)
        self.float_edit.clear()
        self.message.show_success(
            self.tr("Till {till} opened with a float of {amount}").format(
                till=self.till, amount=money_with_symbol(amount, self.ctx.shop.currency)
            )
        )

    def _open_refused(self, error: DomainError) -> None:
        self.open_button.setEnabled(True)
        self.message.show_error(error)

    def cash_in(self) -> None:
        self._cash_move(paying_in=True)

    def cash_out(self) -> None:
        self._cash_move(paying_in=False)

    def _cash_move(self, *, paying_in: bool) -> None:
        if self.report is None:
            return
        dialog = CashMoveDialog(paying_in, self.till, self)
        currency = self.report.currency
        sent: list[CashMove] = []

        def work(move: CashMove) -> Op[Outcome[TillReport]]:
            sent.append(move)
            return (operations.till.cash_in if paying_in else operations.till.cash_out)(
                move.amount, move.reason
            )

        def done(_outcome: Outcome[TillReport]) -> None:
            move = sent[-1]
            text = (
                self.tr("{amount} paid in: {reason}") if paying_in else self.tr("{amount} paid out: {reason}")
            )
            self.message.show_success(
                text.format(amount=money_with_symbol(move.amount, currency), reason=move.reason)
            )

        dialog.bind(self.ctx.tasks, work, done)
        self.dialog = open_dialog(dialog)

    def open_drawer(self) -> None:
        """No sale: recorded (with the optional reason) first, then the drawer's pulse is sent through this
        computer's receipt printer when it has one."""
        if self.report is None:
            return
        dialog = DrawerDialog(self.till, self)
        dialog.bind(self.ctx.tasks, operations.till.open_drawer, lambda _outcome: self._drawer_recorded())
        self.dialog = open_dialog(dialog)

    def _drawer_recorded(self) -> None:
        self.message.show_success(self.tr("Drawer opened (no sale, recorded)"))
        folder = self.ctx.config.data_dir
        if operations.receipt_printer.printer_set(folder):
            kick = operations.receipt_printer.kick_drawer(folder)
            self.ctx.tasks.run_cpu(kick, None, self.message.show_error, owner=self)

    def close_till(self) -> None:
        if self.report is None:
            return
        # The count is blind: the dialog gets the currency and the till's name, never the X report.
        dialog = CashCountDialog(self.report.currency, self.till, self)

        def work(count: CashCount) -> Op[Outcome[TillReport]]:
            return (
                operations.till.close_total(count.total)
                if count.typed
                else operations.till.close_counted(count.pieces)
            )

        dialog.bind(self.ctx.tasks, work, self._till_closed, label=self.tr("Closing the till…"))
        self.dialog = open_dialog(dialog)

    def _till_closed(self, outcome: Outcome[TillReport]) -> None:
        report = outcome.value
        self._show_closed(report)
        self.message.show_success(
            self.tr("Till {till} closed: Z report {number}").format(till=report.till, number=report.z_number)
        )
        self.print_closed()  # the Z report comes out of the receipt printer at once, where there is one

    def print_closed(self) -> None:
        """The closed session's Z report on this till's receipt printer (nothing without one)."""
        folder = self.ctx.config.data_dir
        if self.closed is None or not operations.receipt_printer.printer_set(folder):
            return
        work = operations.receipt_printer.print_till_report(folder, self.closed, self.ctx.shop)
        self.ctx.tasks.run_cpu(work, None, self.message.show_error, owner=self)

    def preview_closed(self) -> None:
        if self.closed is not None:
            self._preview(self.closed)

    def preview_x(self) -> None:
        if self.report is not None:
            self._preview(self.report)

    def reprint(self) -> None:
        number = self._selected_number()
        if number is None:
            return
        operations.till.z_report(number).run(
            self.ctx.tasks, self._preview, self.message.show_error, owner=self
        )

    def _preview(self, report: TillReport) -> None:
        self.preview = open_dialog(TillReportPreview(self.ctx.tasks, report, self.ctx.shop, self))
