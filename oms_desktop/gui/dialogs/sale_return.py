"""Return or exchange at the counter: scan the receipt (or type the order number), choose what comes back.

Enter in the number field finds the sale; each line shows what was sold and what is still out, and the
cashier types how many come back (or presses "All"). Return gives the money back by the ways it was paid
or to store credit at once; Exchange puts the value of the goods on the counter, where the new goods are
scanned and the difference is paid with F8.
"""

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain import RefundTo
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.quantity import Quantity, parse_quantity
from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.widgets.customer_picker import CustomerPicker
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.services.changes import Outcome
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.sale_returns import ReturnItem, ReturnRecord, ReturnRequest

COLUMNS = 5  # SKU, name, sold, still out, coming back


@dataclass(frozen=True)
class ExchangeStart:
    """Goods chosen to come back in an exchange: their value pays for the new goods rung up next."""

    number: str
    items: tuple[ReturnItem, ...]
    reason: str
    damaged: bool
    credit: Decimal


class CounterReturnDialog(QDialog):
    """`returned` carries the ReturnRecord of a return done; `exchange_chosen` an ExchangeStart."""

    returned = Signal(object)
    exchange_chosen = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, number: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return or exchange"))
        self.setMinimumWidth(640)
        self.ctx = ctx
        self.sale: OrderDetail | None = None
        self._busy = False

        self.number = QLineEdit(number)
        self.number.setObjectName("returnNumber")
        self.number.setPlaceholderText(self.tr("Scan the receipt's barcode or type the order number"))
        self.number.returnPressed.connect(self.find_sale)
        self.lines = QTableWidget(0, COLUMNS)
        self.lines.setObjectName("returnLines")
        self.lines.setHorizontalHeaderLabels(
            [self.tr("SKU"), self.tr("Name"), self.tr("Sold"), self.tr("Still out"), self.tr("Back")]
        )
        self.lines.verticalHeader().setVisible(False)
        self.lines.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.lines.horizontalHeader().setStretchLastSection(False)
        self.lines.setColumnWidth(1, 240)
        self.all_button = QPushButton(self.tr("All"))
        self.all_button.setObjectName("returnAll")
        self.all_button.setToolTip(self.tr("Everything still out comes back"))
        self.all_button.clicked.connect(self.take_all)
        self.reason = QComboBox()
        self.reason.setObjectName("returnReason")
        self.reason.setEditable(True)
        self.reason.addItems(
            ["", self.tr("Wrong size"), self.tr("Faulty"), self.tr("Changed mind"), self.tr("Damaged")]
        )
        self.damaged = QCheckBox(self.tr("Damaged: not back on the shelf"))
        self.damaged.setObjectName("returnDamaged")
        self.original = QRadioButton(self.tr("The way it was paid"))
        self.original.setObjectName("refundOriginal")
        self.original.setChecked(True)
        self.credit = QRadioButton(self.tr("Store credit"))
        self.credit.setObjectName("refundStoreCredit")
        self.credit.toggled.connect(self._credit_toggled)
        self.customer = CustomerPicker(ctx.tasks, self, none_text=self.tr("No customer yet"))
        self.customer.setObjectName("returnCustomer")
        self.customer.setVisible(False)
        self.value = QLabel()
        self.value.setObjectName("returnValue")
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.setProperty("role", "total")
        self.message = MessageBar(self)

        self.buttons = QDialogButtonBox()
        self.return_button = self.buttons.addButton(self.tr("Return"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.return_button.setObjectName("doReturn")
        self.exchange_button = self.buttons.addButton(
            self.tr("Exchange…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.exchange_button.setObjectName("doExchange")
        self.exchange_button.setToolTip(
            self.tr("Ring up the new goods on the counter; pay the difference with F8")
        )
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.return_button, self.exchange_button, cancel):
            button.setAutoDefault(False)
        self.return_button.clicked.connect(self.submit_return)
        self.exchange_button.clicked.connect(self.submit_exchange)
        cancel.clicked.connect(self.reject)

        refund = QHBoxLayout()
        refund.addWidget(self.original)
        refund.addWidget(self.credit)
        refund.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Receipt or order"), self.number)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow("", self.damaged)
        form.addRow(self.tr("Money back to"), refund)
        form.addRow("", self.customer)  # whose store credit: shown when store credit is chosen
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("What comes back")), 1)
        head.addWidget(self.all_button)
        body = QVBoxLayout(self)
        body.addLayout(form)
        body.addLayout(head)
        body.addWidget(self.lines, 1)
        body.addWidget(self.value)
        body.addWidget(self.message)
        body.addWidget(self.buttons)
        self._enable()
        self.number.setFocus()

    # --- finding the sale ----------------------------------------------------------------------------

    def find_sale(self) -> None:
        number = self.number.text().strip()
        if not number:
            return
        operations.returns.find_sale(number).run(
            self.ctx.tasks, self._found, self.message.show_error, owner=self
        )

    def _found(self, sale: OrderDetail) -> None:
        self.sale = sale
        self.number.setText(sale.number)
        self.lines.setRowCount(len(sale.lines))
        for row, line in enumerate(sale.lines):
            for col, text in enumerate(
                (line.sku, line.name, str(line.quantity), str(line.quantity - line.returned))
            ):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                if col >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.lines.setItem(row, col, item)
            # Whole pieces, or a weight to the product's decimals (typed to the gram).
            spin = QDoubleSpinBox()
            spin.setDecimals(line.decimals)
            spin.setRange(0, float(line.quantity - line.returned))
            spin.setObjectName(f"returnQty{row}")
            spin.valueChanged.connect(self._show_value)
            self.lines.setCellWidget(row, COLUMNS - 1, spin)
        self.lines.resizeColumnsToContents()
        if sale.customer is not None:
            self.customer.set_customer(sale.customer)
        who = sale.customer.name if sale.customer else self.tr("walk-in")
        paid = ", ".join(
            f"{labels.payment_method(p.method)} {money_with_symbol(p.amount, self.ctx.shop.currency)}"
            for p in sale.payments
            if p.kind == "payment"
        )
        self.message.show_info(
            self.tr("{number} of {date}, {who}: paid {paid}").format(
                number=sale.number,
                date=sale.created_at.astimezone().strftime("%Y-%m-%d"),
                who=who,
                paid=paid or "-",
            )
        )
        self._enable()
        self._show_value()
        # The first line with something still out, ready for a number or the arrow keys.
        for row, line in enumerate(sale.lines):
            if line.quantity > line.returned:
                self.lines.cellWidget(row, COLUMNS - 1).setFocus()
                break

    def take_all(self) -> None:
        for row in range(self.lines.rowCount()):
            spin = self.lines.cellWidget(row, COLUMNS - 1)
            if isinstance(spin, QDoubleSpinBox):
                spin.setValue(spin.maximum())

    # --- what comes back ---------------------------------------------------------------------------------

    def quantities(self) -> dict[int, Quantity]:
        """What comes back per line number of the sale, in the product's unit."""
        found: dict[int, Quantity] = {}
        if self.sale is None:
            return found
        for row, line in enumerate(self.sale.lines):
            spin = self.lines.cellWidget(row, COLUMNS - 1)
            if isinstance(spin, QDoubleSpinBox) and spin.value():
                found[line.line_no] = parse_quantity(f"{spin.value():.{line.decimals}f}")
        return found

    def items(self) -> tuple[ReturnItem, ...]:
        if self.sale is None:
            return ()
        by_line = {line.line_no: line for line in self.sale.lines}
        wanted: dict[str, Quantity] = {}
        for line_no, units in self.quantities().items():
            sku = by_line[line_no].sku
            wanted[sku] = wanted.get(sku, 0) + units
        return tuple(ReturnItem(sku, units) for sku, units in wanted.items())

    def credit_value(self) -> Decimal:
        return (
            Decimal("0.00")
            if self.sale is None
            else operations.returns.value_back(self.sale, self.quantities())
        )

    def _show_value(self) -> None:
        value = self.credit_value()
        self.value.setText(
            self.tr("Back: {amount}").format(amount=money_with_symbol(value, self.ctx.shop.currency))
        )
        self._enable()

    def _credit_toggled(self, on: bool) -> None:
        self.customer.setVisible(on)
        if on and self.customer.customer is None:
            self.customer.choose()

    def _enable(self) -> None:
        chosen = bool(self.quantities())
        self.return_button.setEnabled(chosen and not self._busy)
        self.exchange_button.setEnabled(chosen and not self._busy)
        self.all_button.setEnabled(self.sale is not None)

    # --- doing it ------------------------------------------------------------------------------------

    def request(self) -> ReturnRequest:
        assert self.sale is not None
        to_credit = self.credit.isChecked()
        customer = self.customer.customer
        return ReturnRequest(
            self.sale.number,
            self.items(),
            RefundTo.STORE_CREDIT if to_credit else RefundTo.ORIGINAL,
            self.reason.currentText().strip(),
            damaged=self.damaged.isChecked(),
            customer_code=customer.code if to_credit and customer is not None else None,
        )

    def submit_return(self) -> None:
        if self._busy or not self.quantities():
            return
        self._busy = True
        self._enable()
        self.message.show_info(self.tr("Working…"))
        operations.returns.take_back(self.request()).run(
            self.ctx.tasks, self._done, self._refused, label=self.tr("Taking the goods back…"), owner=self
        )

    def _done(self, outcome: Outcome[ReturnRecord]) -> None:
        self._busy = False
        self.returned.emit(outcome.value)
        self.accept()

    def _refused(self, error: DomainError) -> None:
        self._busy = False
        self._enable()
        self.message.show_error(error)

    def submit_exchange(self) -> None:
        if self._busy or self.sale is None or not self.quantities():
            return
        req = self.request()
        self.exchange_chosen.emit(
            ExchangeStart(self.sale.number, tuple(req.items), req.reason, req.damaged, self.credit_value())
        )
        self.accept()

    def reject(self) -> None:
        if not self._busy:  # the answer of a return on its way must not be lost
            super().reject()
