"""Returns and exchanges at the counter (F12).

A return is done in its dialog. An exchange comes back to the counter: the value of the goods coming back
is shown as a credit, the new goods are scanned as in any sale, and F8 pays the difference (or, when the
new goods cost less, gives the rest back the way the sale was paid), all in one transaction.
"""

from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from oms_desktop.domain.errors import DomainError
from oms_desktop.gui import labels, operations
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.pay import PayDialog
from oms_desktop.gui.dialogs.sale_return import CounterReturnDialog, ExchangeStart
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.services.changes import Outcome
from oms_desktop.services.orders import PaymentRequest
from oms_desktop.services.sale_returns import ExchangeRequest, ReturnRecord

if TYPE_CHECKING:
    from oms_desktop.gui.pages.counter import CounterPage


class CounterReturns(QObject):
    def __init__(self, page: "CounterPage") -> None:
        super().__init__(page)
        self.page = page
        self.pending: ExchangeStart | None = None
        self.dialog: CounterReturnDialog | None = None
        self.question: QMessageBox | None = None
        self.last: ReturnRecord | None = None

    def _money(self, amount: Decimal) -> str:
        return money_with_symbol(amount, self.page.ctx.shop.currency)

    def open(self, number: str = "") -> None:
        """F12, or a receipt scanned: the return dialog (not while an exchange waits on the counter)."""
        if self.pending is not None:
            self.page.message.show_error(
                self.tr("An exchange is on the counter: pay it with F8, or clear it with Esc")
            )
            return
        dialog = CounterReturnDialog(self.page.ctx, self.page, number)
        dialog.returned.connect(self._returned)
        dialog.exchange_chosen.connect(self._exchange_chosen)
        self.dialog = open_dialog(dialog)
        if number:
            dialog.find_sale()

    def _returned(self, record: ReturnRecord) -> None:
        self.last = record  # F9 (the Receipt button) now shows its receipt
        self.page.receipt_button.setEnabled(True)
        how = ", ".join(f"{labels.payment_method(m)} {self._money(a)}" for m, a in record.refunds)
        text = self.tr("Return {number} of {order}: {amount} back ({how})").format(
            number=record.number, order=record.order_number, amount=self._money(record.total), how=how or "-"
        )
        if record.store_credit is not None:
            text += " " + self.tr("Store credit now {balance}.").format(
                balance=self._money(record.store_credit)
            )
        self.page.message.show_success(text)
        self.page.search.setFocus()

    def _exchange_chosen(self, start: ExchangeStart) -> None:
        self.pending = start
        self.page.show_exchange()
        self.page.message.show_info(
            self.tr("Exchange for {order}: {amount} to spend. Scan the new goods, then F8.").format(
                order=start.number, amount=self._money(start.credit)
            )
        )
        self.page.search.setFocus()

    def clear(self) -> None:
        self.pending = None
        self.page.show_exchange()

    # --- paying the difference -----------------------------------------------------------------------

    def pay(self) -> None:
        """F8 during an exchange: the difference paid, or given back, with the exchange in one go."""
        start = self.pending
        page = self.page
        assert start is not None
        if not page.sale.lines:
            page.message.show_error(
                self.tr("Scan the new goods first: an exchange needs something in return")
            )
            return
        due = page.total_due - start.credit
        if due > 0:
            dialog = PayDialog(
                due,
                page.ctx.shop.currency,
                methods=operations.settings.payment_methods(page.ctx.shop),
                parent=page,
            )
            dialog.submitted.connect(lambda payments: self._submit(payments, dialog))
            page.pay_dialog = open_dialog(dialog)
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Exchange"),
            self.tr("The new goods cost {less} less: give it back the way {order} was paid?").format(
                less=self._money(-due), order=start.number
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            page,
        )
        box.setObjectName("exchangeRefundQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        box.finished.connect(
            lambda button: self._submit([], None) if button == QMessageBox.StandardButton.Yes else None
        )
        self.question = open_dialog(box)

    def _submit(self, payments: list[PaymentRequest], dialog: PayDialog | None) -> None:
        start = self.pending
        if start is None:
            return
        request = ExchangeRequest(
            start.number,
            start.items,
            self.page.sale.requests(),
            reason=start.reason,
            damaged=start.damaged,
            payments=tuple(payments),
        )
        key = self.page.sale.key
        operations.returns.exchange(request).run(
            self.page.ctx.tasks,
            lambda outcome: self._exchanged(outcome, key, dialog),
            lambda error: self._refused(error, dialog),
            label=self.tr("Recording the exchange…"),
            owner=self,
        )

    def _exchanged(self, outcome: Outcome[ReturnRecord], key: str, dialog: PayDialog | None) -> None:
        record = outcome.value
        self.last = record
        self.pending = None
        new_sale = record.exchange
        assert new_sale is not None
        self.page.sale_recorded(new_sale, key, dialog)
        back = [(m, a) for m, a in record.refunds if m != "exchange"]
        text = self.tr("Exchange {number}: new sale {sale}").format(
            number=record.number, sale=new_sale.number
        )
        if record.extra_paid:
            text += "; " + self.tr("paid {amount}").format(
                amount=self._money(sum((a for _, a in record.extra_paid), Decimal("0")))
            )
        if back:
            text += "; " + self.tr("given back {how}").format(
                how=", ".join(f"{labels.payment_method(m)} {self._money(a)}" for m, a in back)
            )
        self.page.message.show_success(text)
        self.page.show_exchange()

    def _refused(self, error: DomainError, dialog: PayDialog | None) -> None:
        if dialog is not None:
            dialog.refuse(error)
        self.page.message.show_error(error)
