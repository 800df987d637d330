"""One order in full, put together from small widgets: the header with its totals, the action bar, and
the lines, payments, shipments and history in tabs. Every action runs through gui/operations as one
transaction (a split payment too: all its payments are recorded, or none)."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.order_workflow import Action
from oms_desktop.gui import formatting, labels, operations, printing
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.document_preview import DocumentPreview
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.order_actions import (
    CancelDialog,
    Refund,
    RefundDialog,
    Return,
    ReturnDialog,
    ShipDialog,
    Shipping,
)
from oms_desktop.gui.dialogs.order_edit import OrderEditDialog
from oms_desktop.gui.dialogs.order_hold import Hold, HoldDialog
from oms_desktop.gui.dialogs.pay import PayDialog
from oms_desktop.gui.dialogs.quote_confirm import QuoteConfirmDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.operations import Op
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.order_action_bar import ACTIONS, OrderActionBar
from oms_desktop.gui.widgets.order_header import OrderHeader
from oms_desktop.gui.widgets.order_tabs import OrderTabs
from oms_desktop.services.analytics.presets import local_today
from oms_desktop.services.backorders import ShortLine
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.order_edits import OrderEdit
from oms_desktop.services.order_problems import OrderProblems, Problem
from oms_desktop.services.orders import PaymentRequest
from oms_desktop.services.records import OrderDetail

__all__ = ["ACTIONS", "OrderDetailView"]

Done = Outcome[OrderDetail]
HOLDING = (
    "unfulfilled",
    "packed",
    "partly_shipped",
)  # the fulfilment states of an order that holds its goods
OperationFor = Callable[[Any], Op[Done]]  # from what a dialog asked for to the action
# The words after an action ("{number} shipped"), or a function that makes them from its result.
Success = str | Callable[[OrderDetail], str]


class OrderDetailView(QWidget):
    """Shows one order (`show_order(number)`) and runs the actions its state allows."""

    shown = Signal(object)  # OrderDetail, after every (re)load

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderDetail")
        self.ctx = ctx
        self.detail: OrderDetail | None = None
        self._number: str | None = None
        self._acting = False
        self.dialog: FormDialog | None = None
        self.preview_dialog: DocumentPreview | None = None

        self.header = OrderHeader(self)
        self.action_bar = OrderActionBar(self)
        self.action_bar.triggered.connect(self.act)
        self.action_bar.print_requested.connect(self.preview)
        QShortcut(
            QKeySequence("Ctrl+P"), self, self.preview, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.message = MessageBar(self)
        self.message.setObjectName("orderMessage")
        self.waiting = MessageBar(self)  # a backordered order: what it waits for
        self.waiting.setObjectName("orderWaiting")
        self.problems = MessageBar(self)  # what is wrong with it (services/order_problems.py)
        self.problems.setObjectName("orderProblems")
        self.held = MessageBar(self)  # an order on hold: why, above everything it may not do meanwhile
        self.held.setObjectName("orderHeld")
        # A change lowered a paid order's total: what goes back, with the Refund… that gives it back.
        self.owed = MessageBar(self)
        self.owed.setObjectName("orderOwedBack")
        self.owed_refund = QPushButton(self.tr("Refund…"))
        self.owed_refund.setObjectName("owedRefund")
        self.owed_refund.clicked.connect(lambda: self.act(Action.REFUND))
        self.owed_row = QWidget(self)
        owed_layout = QHBoxLayout(self.owed_row)
        owed_layout.setContentsMargins(0, 0, 0, 0)
        owed_layout.addWidget(self.owed, 1)
        owed_layout.addWidget(self.owed_refund)
        self.owed_row.hide()
        self.tabs = OrderTabs(self)

        # What the window tests and the pages reach into, by the names they had.
        self.title, self.status, self.sums = self.header.title, self.header.status, self.header.sums
        self.buttons, self.print_button = self.action_bar.buttons, self.action_bar.print_button
        self.lines, self.payments = self.tabs.lines, self.tabs.payments
        self.shipments, self.history = self.tabs.shipments, self.tabs.history

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.held)
        layout.addWidget(self.problems)
        layout.addWidget(self.waiting)
        layout.addWidget(self.owed_row)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self.action_bar.show_order(None)
        ctx.bus.changed.connect(self._on_changed)

    # --- showing -------------------------------------------------------------------------------------

    @property
    def number(self) -> str | None:
        """The order asked to be shown (its detail may still be on its way)."""
        return self._number

    def show_order(self, number: str | None) -> None:
        """Load and show an order (None: show nothing)."""
        self._number = number
        if number is None:
            self._show(None)
            return
        operations.orders.get_order(number).run(
            self.ctx.tasks, lambda detail: self._loaded(number, detail), self._refused, owner=self
        )

    def _loaded(self, number: str, detail: OrderDetail) -> None:
        if number == self._number:
            self._show(detail)

    def _show(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        self.message.clear_message()
        self.header.show_order(detail, self.ctx.shop.currency)
        self.tabs.show_order(detail)
        self.action_bar.show_order(detail, acting=self._acting)
        self._show_held(detail)
        self._show_owed(detail)
        self._show_waiting(detail)
        self._show_problems(detail)
        if detail is not None:
            self.shown.emit(detail)

    def _show_held(self, detail: OrderDetail | None) -> None:
        """A held order says so first: "On hold (address): no such street"."""
        if detail is None or detail.hold_state != "held":
            self.held.clear_message()
            return
        reason = labels.hold_reason(detail.hold_reason).lower()  # inside a sentence
        self.held.show_warning(
            self.tr("On hold ({reason}): {note}").format(reason=reason, note=detail.hold_note)
        )

    def _show_owed(self, detail: OrderDetail | None) -> None:
        """A paid order whose total an edit lowered: "Owed back to the customer: ¥50.00", Refund… beside."""
        owed = detail.owed_back if detail is not None else None
        if detail is None or not owed:
            self.owed.clear_message()
            self.owed_row.hide()
            return
        self.owed.show_warning(
            self.tr("Owed back to the customer: {amount}").format(
                amount=money_with_symbol(owed, self.ctx.shop.currency)
            )
        )
        refund = self.buttons[Action.REFUND]
        self.owed_refund.setEnabled(refund.isEnabled())
        self.owed_refund.setToolTip(refund.toolTip())
        self.owed_row.show()

    def _show_waiting(self, detail: OrderDetail | None) -> None:
        """A confirmed order not yet shipped says which goods it waits for (none: it is ready to ship)."""
        if detail is None or detail.lifecycle != "open" or detail.fulfilment_state not in HOLDING:
            self.waiting.clear_message()
            if detail is not None:
                self.action_bar.show_waiting(detail.number, [])
            return
        number = detail.number
        if self.waiting.property("order") != number:
            self.waiting.clear_message()  # another order's words must not stay while this one's are read
        self.waiting.setProperty("order", number)
        operations.orders.waiting_for(number).run(
            self.ctx.tasks, lambda short: self._waiting_loaded(number, short), owner=self
        )

    def _waiting_loaded(self, number: str, short: list[ShortLine]) -> None:
        if number != self._number:
            return
        self.action_bar.show_waiting(number, short)  # Ship… is refused while it waits: disabled, with why
        if self.detail is not None and self.detail.number == number:
            self.action_bar.show_order(self.detail, acting=self._acting)
        if not short:
            self.waiting.clear_message()
            return
        lines = ", ".join(
            self.tr("{sku} short {short} of {ordered} at {location}").format(
                sku=line.sku, short=line.short, ordered=line.ordered, location=line.location
            )
            for line in short
        )
        self.waiting.show_warning(self.tr("Backordered, waiting for: {lines}").format(lines=lines))

    def _show_problems(self, detail: OrderDetail | None) -> None:
        """The order's problems, as the Orders page's Problems view names them, with what each is about."""
        if detail is None:
            self.problems.clear_message()
            self.problems.setProperty("order", None)
            return
        number = detail.number
        if self.problems.property("order") != number:
            self.problems.clear_message()  # another order's problems must not stay while this one's are read
        self.problems.setProperty("order", number)
        operations.orders.problems_of(number).run(
            self.ctx.tasks, lambda found: self._problems_loaded(number, found), owner=self
        )

    def _problems_loaded(self, number: str, found: OrderProblems) -> None:
        if number != self._number:
            return
        if not found.problems:
            self.problems.clear_message()
            return
        words = []
        for problem in found.problems:
            word = labels.problem(problem.value)
            if problem is Problem.OVERDUE_PAYMENT and found.due is not None and found.owed is not None:
                word = self.tr("{problem} (due {day}, {amount} owed)").format(
                    problem=word,
                    day=found.due.isoformat(),
                    amount=formatting.money_with_symbol(found.owed, self.ctx.shop.currency),
                )
            elif problem is Problem.PAID_NOT_SHIPPED and found.paid_days is not None:
                word = self.tr("{problem} ({days} days)").format(problem=word, days=found.paid_days)
            elif problem is Problem.NO_ADDRESS and found.missing:
                word = self.tr("{problem}: the ship-to lacks {missing}").format(
                    problem=word, missing=labels.address_parts(found.missing)
                )
            words.append(word)
        self.problems.show_warning(self.tr("Problems: {problems}").format(problems=" · ".join(words)))

    def refusal_text(self, action: Action) -> str:
        return self.buttons[action].toolTip()

    def preview(self) -> None:
        """Open the shown order's document (receipt for a counter sale, else invoice) in a preview."""
        if self.detail is None or not printing.available():
            return
        dialog = DocumentPreview(self.ctx.tasks, self.detail, self.ctx.shop, parent=self)
        self.preview_dialog = open_dialog(dialog)

    # --- acting --------------------------------------------------------------------------------------

    def act(self, action: Action) -> None:
        """Run an action on the shown order, asking first for what it needs (payment, carrier, reason)."""
        detail = self.detail
        if detail is None or not self.buttons[action].isEnabled():
            return
        number = detail.number
        currency = self.ctx.shop.currency
        ops = operations.orders
        if action is Action.CONFIRM and detail.lifecycle == "quote":  # the quoted prices, or today's
            self._dialog(
                QuoteConfirmDialog(detail, local_today(self.ctx.zone), currency, self),
                lambda prices: operations.quotes.confirm(number, prices),
                self.tr("Quotation {number} confirmed; stock reserved"),
            )
            return
        if action is Action.CONFIRM:
            self._run(ops.confirm(number), self.tr("{number} confirmed; stock reserved"))
        elif action is Action.PACK:
            self._run(ops.pack(number), self.tr("{number} packed, ready to ship"))
        elif action is Action.DELIVER:
            self._run(ops.deliver(number), self.tr("{number} delivered"))
        elif action is Action.RELEASE:
            self._run(ops.release(number), self.tr("{number} released: it can be packed and shipped"))
        elif action is Action.HOLD:

            def hold(h: Hold) -> Op[Done]:
                return ops.hold(number, h.reason, h.note)

            self._dialog(
                HoldDialog(number, self),
                hold,
                self.tr("{number} on hold: neither packed nor shipped until released"),
            )
        elif action is Action.PAY:

            def pay(requests: list[PaymentRequest]) -> Op[Done]:
                return ops.pay(number, requests)

            self._dialog(
                PayDialog(
                    detail.balance,
                    currency,
                    allow_partial=True,
                    methods=operations.settings.payment_methods(self.ctx.shop),
                    parent=self,
                ),
                pay,
                self.tr("Payment recorded on {number}"),
            )
        elif action is Action.EDIT:

            def change(edit: OrderEdit) -> Op[Done]:
                return operations.order_edits.edit_order(number, edit)

            def changed(after: OrderDetail) -> str:
                said = next((h.detail for h in reversed(after.history) if h.action == Action.EDIT), "")
                return self.tr("{number} changed: {what}").format(number=after.number, what=said)

            self._dialog(
                OrderEditDialog(
                    detail, self.ctx.tasks, operations.settings.discount_reasons(self.ctx.shop), self
                ),
                change,
                changed,
            )
        elif action is Action.SHIP:

            def ship(s: Shipping) -> Op[Done]:
                return ops.ship(number, s.carrier, s.tracking, s.items)

            def shipped(after: OrderDetail) -> str:
                if after.fulfilment_state == "partly_shipped":
                    return self.tr("{number} shipped in part; the rest stays reserved").format(
                        number=after.number
                    )
                return self.tr("{number} shipped").format(number=after.number)

            short = self.action_bar.waiting_for(number)
            self._dialog(ShipDialog(number, self, detail.lines, short), ship, shipped)
        elif action is Action.CANCEL:

            def cancel(reason: str) -> Op[Done]:
                return ops.cancel(number, reason)

            self._dialog(
                CancelDialog(number, self), cancel, self.tr("{number} cancelled; reserved stock released")
            )
        elif action is Action.REFUND:

            def refund(r: Refund) -> Op[Done]:
                return ops.refund(number, r.amount, r.method, r.reason)

            owed = detail.owed_back or None  # after a change lowered the total: what is owed back
            self._dialog(
                RefundDialog(number, detail.paid, currency, self, amount=owed),
                refund,
                self.tr("Refund recorded on {number}"),
            )
        elif action is Action.RETURN:

            def take_back(r: Return) -> Op[Done]:
                return ops.return_order(number, r.method, r.reason)

            self._dialog(
                ReturnDialog(number, detail.paid, currency, self),
                take_back,
                self.tr("{number} returned; stock back, payment refunded"),
            )

    def _dialog(self, dialog: FormDialog, operation: OperationFor, success: Success) -> None:
        dialog.bind(self.ctx.tasks, operation, lambda outcome: self._done(outcome, success))
        self.dialog = open_dialog(dialog)

    def _run(self, op: Op[Done], success: str) -> None:
        self._acting = True
        self.action_bar.show_order(self.detail, acting=True)
        op.run(self.ctx.tasks, lambda outcome: self._done(outcome, success), self._refused, owner=self)

    def _done(self, outcome: Done, success: Success) -> None:
        self._acting = False
        detail = outcome.value
        if detail.number == self._number:
            self._show(detail)
        # A function says the words itself (they may quote the core's, braces and all).
        words = success.format(number=detail.number) if isinstance(success, str) else success(detail)
        self.message.show_success(words)

    def _refused(self, error: DomainError) -> None:
        self._acting = False
        self.action_bar.show_order(self.detail)
        self.message.show_error(error)

    def _on_changed(self, changes: Changes) -> None:
        if self.detail is not None and changes.stock and not changes.orders:
            self._show_waiting(self.detail)  # goods came or went: what it waits for may have changed
        ours = self._acting or (self.dialog is not None and self.dialog.busy)  # announced before its answer
        if self.detail is None or not changes.orders or ours:
            return  # our own action shows its result itself (a reload would wipe its message)
        if not changes.order_ids or self.detail.id in changes.order_ids:
            self.show_order(self.detail.number)
