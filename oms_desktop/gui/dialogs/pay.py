"""Taking payment: one or more methods (split payment), cash tendered and the change due."""

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QWidget,
)

from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.denominations import quick_tenders
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.gui import labels
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.services.orders import PaymentRequest

ZERO = Decimal("0.00")


class _PaymentRow:
    """One method and its amount, with a button that removes it."""

    def __init__(self, dialog: "PayDialog", method: PaymentMethod, amount: Decimal) -> None:
        self.method = QComboBox(dialog)
        self.method.setObjectName("payMethod")
        offered = dialog.methods if method in dialog.methods else [*dialog.methods, method]
        for m in offered:
            self.method.addItem(labels.payment_method(m.value), m)
        self.method.setCurrentIndex(offered.index(method))
        self.amount = MoneyEdit(dialog)
        self.amount.setObjectName("payAmount")
        self.amount.set_value(amount)
        self.remove = QToolButton(dialog)
        self.remove.setText("×")
        # Named context: lupdate reads `dialog.tr` as context "dialog", while Qt looks under "PayDialog".
        self.remove.setToolTip(QCoreApplication.translate("PayDialog", "Remove this payment method"))

    @property
    def chosen(self) -> PaymentMethod:
        # A StrEnum stored in a combo comes back as a plain str.
        return PaymentMethod(self.method.currentData())

    def widgets(self) -> list[QWidget]:
        return [self.method, self.amount, self.remove]


class PayDialog(FormDialog):
    """Collects the payments for an amount due and emits them (`submitted`); the caller records them
    and calls `finish()` or `refuse(message)`. While it works, Pay is disabled, so a second Enter or
    click does nothing (and the order's idempotency key guards the rest)."""

    def __init__(
        self,
        due: Decimal,
        currency: str,
        *,
        allow_partial: bool = False,
        method: PaymentMethod = PaymentMethod.CASH,
        methods: Sequence[PaymentMethod] = CHOOSABLE_METHODS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.set_texts(self.tr("Take payment"), self.tr("Pay (Enter)"))
        self.setObjectName("payDialog")
        self.setMinimumWidth(460)
        self.ok_button.setObjectName("payConfirm")
        self.message.setObjectName("payMessage")
        self.due = due
        self.currency = currency
        self.allow_partial = allow_partial
        # What the shop takes (a setting), in its order; the first is what a new row starts with.
        self.methods = list(methods) or list(CHOOSABLE_METHODS)
        self._rows: list[_PaymentRow] = []

        self.due_label = QLabel(money_with_symbol(due, currency))
        self.due_label.setObjectName("payDue")
        self.grid = QGridLayout()
        self.add_button = QPushButton(self.tr("Add a payment method (split payment)"))
        self.add_button.setObjectName("payAddMethod")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_method())
        self.tendered = MoneyEdit(self)
        self.tendered.setObjectName("payTendered")
        self.tendered.setPlaceholderText(self.tr("exact amount"))
        self.tendered_label = QLabel(self.tr("Cash tendered"))
        self.change_label = QLabel()
        self.change_label.setObjectName("payChange")
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("payRemaining")

        # Quick tender: the exact amount, or the round amounts a customer's notes make; one click pays.
        self.quick = QHBoxLayout()
        self.quick_buttons: list[QPushButton] = []
        choices = [(self.tr("&Exact"), due)] + [
            (f"&{number} {money_with_symbol(amount, currency)}", amount)
            for number, amount in enumerate(quick_tenders(due, currency), start=1)
        ]
        for text, amount in choices:
            button = QPushButton(text)
            button.setObjectName("quickTender")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, a=amount: self.tender(a))
            self.quick.addWidget(button)
            self.quick_buttons.append(button)
        self.quick.addStretch()

        self.form.addRow(self.tr("Amount due"), self.due_label)
        self.form.addRow(self.tendered_label, self.tendered)
        self.form.addRow("", self.quick)
        self.form.addRow(self.tr("Change due"), self.change_label)
        self.form.addRow(self.tr("Still to pay"), self.remaining_label)
        self.form.addRow(QLabel(self.tr("Payment methods")))
        self.form.addRow(self.grid)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch()
        self.form.addRow(row)

        self.add_method(method if method in self.methods else self.methods[0], due)
        self.tendered.textChanged.connect(self._update)
        self._update()
        self.tendered.setFocus()

    def tender(self, amount: Decimal) -> None:
        """Cash handed over, as a quick-tender button says it, then paid."""
        self.tendered.setText(str(amount))
        self.submit()

    # --- rows ----------------------------------------------------------------------------------------

    def add_method(self, method: PaymentMethod | None = None, amount: Decimal | None = None) -> None:
        """Add a method paying what is still due (the next method not used yet, unless one is given)."""
        used = {r.chosen for r in self._rows}
        method = method or next((m for m in self.methods if m not in used), self.methods[0])
        remaining = self.remaining()
        row = _PaymentRow(self, method, amount if amount is not None else max(remaining, ZERO))
        row.method.currentIndexChanged.connect(self._update)
        row.amount.textChanged.connect(self._update)
        row.remove.clicked.connect(lambda: self._remove(row))
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, len(self._rows), column)
        self._rows.append(row)
        self._update()
        row.amount.setFocus()
        row.amount.selectAll()

    def _remove(self, row: _PaymentRow) -> None:
        if len(self._rows) == 1:
            return
        self._rows.remove(row)
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._update()

    def rows(self) -> list[tuple[PaymentMethod, Decimal | None]]:
        return [(r.chosen, r.amount.value()) for r in self._rows]

    # --- sums ----------------------------------------------------------------------------------------

    def paid(self) -> Decimal:
        return sum((amount or ZERO for _m, amount in self.rows()), ZERO)

    def remaining(self) -> Decimal:
        return self.due - self.paid()

    def cash_amount(self) -> Decimal | None:
        amounts = [a or ZERO for m, a in self.rows() if m is PaymentMethod.CASH]
        return amounts[0] if amounts else None

    def change(self) -> Decimal:
        cash, tendered = self.cash_amount(), self.tendered.value()
        if cash is None or tendered is None:
            return ZERO
        return max(tendered - cash, ZERO)

    def problem(self) -> str | None:
        """Why the payments cannot be taken as they stand, or None."""
        methods = [m for m, _a in self.rows()]
        if len(set(methods)) != len(methods):
            return self.tr("Each payment method can be used once")
        if any(a is None or a <= 0 for _m, a in self.rows()):
            return self.tr("Every payment needs an amount above zero")
        remaining = self.remaining()
        if remaining < 0:
            return self.tr("The payments are {extra} more than the amount due").format(
                extra=money_with_symbol(-remaining, self.currency)
            )
        if remaining > 0 and not self.allow_partial:
            return self.tr("{missing} is still to pay").format(
                missing=money_with_symbol(remaining, self.currency)
            )
        cash, tendered = self.cash_amount(), self.tendered.value()
        if cash is not None and tendered is not None and tendered < cash:
            return self.tr("Cash tendered is less than the cash amount ({cash})").format(
                cash=money_with_symbol(cash, self.currency)
            )
        return None

    def value(self) -> list[PaymentRequest]:
        problem = self.problem()
        if problem is not None:
            raise ValueError(problem)
        tendered = self.tendered.value()
        return [
            PaymentRequest(method, amount or ZERO, tendered if method is PaymentMethod.CASH else None)
            for method, amount in self.rows()
        ]

    def _update(self) -> None:
        has_cash = self.cash_amount() is not None
        self.tendered.setEnabled(has_cash)
        self.tendered_label.setEnabled(has_cash)
        for button in self.quick_buttons:  # the whole amount in cash; a split payment types its own
            button.setEnabled(has_cash and len(self._rows) == 1)
        self.change_label.setText(money_with_symbol(self.change(), self.currency))
        self.remaining_label.setText(money_with_symbol(max(self.remaining(), ZERO), self.currency))
        for r in self._rows:
            r.remove.setEnabled(len(self._rows) > 1)
        if not self.busy:
            problem = self.problem()
            self.ok_button.setEnabled(problem is None)
            if problem is None:
                self.message.clear_message()
            else:
                self.message.show_info(problem)
