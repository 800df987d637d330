"""Receivables (a tab of the Customers page): what each customer owes as of a day, aged by days past due,
with a total row; the chosen customer's open orders below (a double-click opens one on the Orders page);
a payment on account, the customer's terms and credit limit, and their statement."""

from datetime import date

from PySide6.QtCore import QDate, QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.account_payment import AccountPaymentDialog, AccountPaymentInput
from oms_desktop.gui.dialogs.customer_terms import CustomerTermsDialog, TermsInput
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.statement_preview import StatementPreview
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.models.receivables import BalanceRow, OpenOrdersModel, ReceivablesModel
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.account_payments import AccountPayment
from oms_desktop.services.analytics.presets import local_today
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.periods import Period
from oms_desktop.services.receivables import CustomerBalance, Receivables
from oms_desktop.services.records import CustomerRecord


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def quarter_before(day: date) -> Period:
    """A statement's default period: from the first of the month two months back to `day`."""
    month = day.month - 2
    year = day.year + (month - 1) // 12
    return Period(date(year, (month - 1) % 12 + 1, 1), day)


class ReceivablesTab(QWidget):
    open_order = Signal(str)  # an open order double-clicked

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receivablesTab")
        self.ctx = ctx
        self.model = ReceivablesModel(self)
        self.orders = OpenOrdersModel(self)
        self.found: Receivables | None = None
        self.chosen: str | None = None  # the customer whose orders are shown
        self.dialog: QWidget | None = None
        self._loaded_once = False

        self.as_of = QDateEdit(_qdate(self.today()))
        self.as_of.setObjectName("receivablesAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.as_of.dateChanged.connect(lambda _d: self.reload())
        self.pay_button = QPushButton(self.tr("Payment on account…"))
        self.pay_button.setObjectName("receivablesPay")
        self.pay_button.clicked.connect(self.pay)
        self.terms_button = QPushButton(self.tr("Terms…"))
        self.terms_button.setObjectName("receivablesTerms")
        self.terms_button.setToolTip(self.tr("Payment terms and credit limit (a manager's)"))
        self.terms_button.clicked.connect(self.edit_terms)
        self.statement_button = QPushButton(self.tr("Statement…"))
        self.statement_button.setObjectName("receivablesStatement")
        self.statement_button.clicked.connect(self.show_statement)
        self.summary = QLabel()
        self.summary.setObjectName("receivablesSummary")
        self.summary.setProperty("role", "figure")
        self.summary.setWordWrap(True)  # a long sum in Chinese must not widen the window

        self.table = make_table("receivablesTable", self, sortable=False)
        self.table.setModel(self.model)
        R = ReceivablesModel
        widths = {R.COL_CODE: 120, R.COL_TERMS: 55, R.COL_BALANCE: 95, R.COL_LIMIT: 90}
        widths |= {column: 88 for column in range(R.COL_BUCKET, R.COL_LIMIT)}
        set_columns(self.table, widths, stretch=R.COL_NAME)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.orders_title = QLabel(self.tr("Select a customer to see the orders behind the balance"))
        self.orders_title.setObjectName("receivablesOrdersTitle")
        self.orders_table = make_table("receivablesOrders", self, sortable=False)
        self.orders_table.setModel(self.orders)
        om = OpenOrdersModel
        set_columns(
            self.orders_table,
            {
                om.COL_NUMBER: 130,
                om.COL_DAY: 95,
                om.COL_DUE: 95,
                om.COL_LATE: 75,
                om.COL_TOTAL: 95,
                om.COL_PAID: 90,
            },
        )
        self.orders_table.setColumnWidth(om.COL_OWED, 100)
        self.orders_table.horizontalHeader().setStretchLastSection(False)  # the amounts stay together
        self.orders_table.doubleClicked.connect(self._open_order)
        self.message = MessageBar(self)
        self.message.setObjectName("receivablesMessage")

        tools = QHBoxLayout()
        tools.addWidget(QLabel(self.tr("As of")))
        tools.addWidget(self.as_of)
        tools.addStretch(1)
        tools.addWidget(self.pay_button)
        tools.addWidget(self.terms_button)
        tools.addWidget(self.statement_button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.orders_title)
        lower_layout.addWidget(self.orders_table, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("receivablesSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.summary)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F5"), self, self.reload, context=context)
        ctx.bus.changed.connect(self._on_changed)
        self._enable()

    def today(self) -> date:
        return local_today(self.ctx.zone)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded_once:
            self._loaded_once = True
            self.reload()

    # --- reading -------------------------------------------------------------------------------------

    def day(self) -> date:
        return self.as_of.date().toPython()  # type: ignore[return-value]

    def reload(self) -> None:
        day = self.day()
        operations.receivables.receivables_as_of(day).run(self.ctx.tasks, self._show, owner=self)

    def _show(self, found: Receivables) -> None:
        if found.as_of != self.day():
            return  # another day was chosen meanwhile
        self.found = found
        chosen = self.chosen
        self.model.show(found)
        currency = self.ctx.shop.currency
        past_due = found.total - found.totals["not_due"]
        self.summary.setText(
            self.tr("Customers owing: {count} · {total} owed, {late} of it past due").format(
                count=f"{len(found.customers):,}",
                total=money_with_symbol(found.total, currency),
                late=money_with_symbol(past_due, currency),
            )
        )
        row = self.model.row_of(chosen) if chosen else None
        if row is not None:
            self.table.selectRow(row)
            self._show_orders(self.model.row_at(row))
        else:
            self.chosen = None
            self.orders.set_rows([])
            self.orders_title.setText(self.tr("Select a customer to see the orders behind the balance"))
        self._enable()

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self._show_orders(self.model.row_at(rows[0].row()))
        self._enable()

    def _show_orders(self, row: BalanceRow) -> None:
        if row.customer is None:  # the total row
            self.chosen = None
            self.orders.set_rows([])
            self.orders_title.setText(self.tr("Select a customer to see the orders behind the balance"))
            return
        self.chosen = row.code
        self.orders.set_rows(row.customer.orders)
        self.orders_title.setText(
            self.tr("Open orders of {name} ({code}), the oldest first (double-click to open)").format(
                name=row.name, code=row.code
            )
        )

    def customer(self) -> CustomerBalance | None:
        """The selected customer (not the total row)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()).customer if rows else None

    def select_customer(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _enable(self) -> None:
        chosen = self.customer() is not None
        for button in (self.pay_button, self.terms_button, self.statement_button):
            button.setEnabled(chosen)

    def _open_order(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_order.emit(self.orders.row_at(index.row()).number)

    def _on_changed(self, changes: Changes) -> None:
        if self._loaded_once and (changes.orders or changes.customers):
            self.reload()

    # --- actions -------------------------------------------------------------------------------------

    def pay(self) -> None:
        customer = self.customer()
        if customer is None:
            return
        dialog = AccountPaymentDialog(customer, self.ctx.shop.currency, self)
        code = customer.code

        def work(value: AccountPaymentInput) -> operations.Op[Outcome[AccountPayment]]:
            return operations.receivables.pay_on_account(
                code, value.amount, value.method, value.orders, value.reference
            )

        dialog.bind(self.ctx.tasks, work, lambda outcome: self._paid(outcome.value))
        self.dialog = open_dialog(dialog)

    def _paid(self, done: AccountPayment) -> None:
        currency = self.ctx.shop.currency
        shares = ", ".join(f"{s.number} {money_with_symbol(s.amount, currency)}" for s in done.shares)
        self.message.show_success(
            self.tr("{amount} by {method} booked: {shares}. Still owed: {left}").format(
                amount=money_with_symbol(done.amount, currency),
                method=labels.payment_method(done.method),
                shares=shares,
                left=money_with_symbol(done.balance_after, currency),
            )
        )

    def edit_terms(self) -> None:
        customer = self.customer()
        if customer is None:
            return
        code = customer.code
        dialog = CustomerTermsDialog(customer.name, customer.terms_days, customer.credit_limit, self)

        def work(value: TermsInput) -> operations.Op[Outcome[CustomerRecord]]:
            return operations.receivables.set_terms(code, value.days, value.credit_limit)

        dialog.bind(self.ctx.tasks, work, lambda outcome: self._terms_saved(outcome.value))
        self.dialog = open_dialog(dialog)

    def _terms_saved(self, saved: CustomerRecord) -> None:
        self.message.show_success(
            self.tr("{name}: {days} days, credit limit {limit}").format(
                name=saved.name,
                days=saved.payment_terms_days,
                limit=money_with_symbol(saved.credit_limit, self.ctx.shop.currency),
            )
        )

    def show_statement(self) -> None:
        customer = self.customer()
        if customer is None:
            return
        preview = StatementPreview(
            self.ctx.tasks, customer.code, customer.name, quarter_before(self.day()), self.ctx.shop, self
        )
        self.dialog = open_dialog(preview)
