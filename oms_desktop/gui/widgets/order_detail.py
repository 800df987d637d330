"""One order in full: header, totals, lines, payments, shipments, history, and the actions it allows.

A button per action of the transition table; an action the table does not allow is disabled and its
tooltip gives the workflow's reason (domain.order_workflow.refusal).
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.db.uow import UnitOfWork
from oms_desktop.domain import FulfilmentState, Lifecycle, PaymentState
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.order_workflow import Action, refusal
from oms_desktop.gui import error_text, labels, printing
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
from oms_desktop.gui.dialogs.pay import PayDialog
from oms_desktop.gui.formatting import local_time, money_with_symbol
from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.models.order_parts import HistoryModel, OrderLinesModel, PaymentsModel, ShipmentsModel
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services import orders, payments, returns, shipping
from oms_desktop.services.changes import NOTHING, Changes, Outcome
from oms_desktop.services.orders import PaymentRequest
from oms_desktop.services.records import OrderDetail

# The actions offered, in the order a order lives through them.
ACTIONS = (
    Action.CONFIRM,
    Action.PAY,
    Action.PACK,
    Action.SHIP,
    Action.DELIVER,
    Action.CANCEL,
    Action.REFUND,
    Action.RETURN,
)


def pay_all(uow: UnitOfWork, number: str, requests: list[PaymentRequest]) -> Outcome[OrderDetail]:
    """Record split payments one after another; the changes of all of them are announced together."""
    changes: Changes = NOTHING
    detail = orders.get_order(uow, number)
    for request in requests:
        outcome = payments.pay(uow, number, request)
        changes, detail = changes | outcome.changes, outcome.value
    return Outcome(detail, changes)


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

        self.title = QLabel(self.tr("No order selected"))
        self.title.setObjectName("orderTitle")
        self.status = QLabel()
        self.status.setObjectName("orderStatus")
        self.facts = QLabel()
        self.facts.setObjectName("orderFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sums: dict[str, QLabel] = {}
        sums = QGridLayout()
        captions = (
            ("subtotal", self.tr("Subtotal")),
            ("discount", self.tr("Discount")),
            ("tax", self.tr("Tax")),
            ("total", self.tr("Total")),
            ("paid", self.tr("Paid")),
            ("balance", self.tr("Balance")),
        )
        for i, (key, caption) in enumerate(captions):
            label = QLabel()
            label.setObjectName(f"order{key.capitalize()}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            sums.addWidget(QLabel(caption), i % 3, (i // 3) * 2)
            sums.addWidget(label, i % 3, (i // 3) * 2 + 1)
            self.sums[key] = label

        self.lines = OrderLinesModel(self)
        self.payments = PaymentsModel(self)
        self.shipments = ShipmentsModel(self)
        self.history = HistoryModel(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("orderTabs")
        L = OrderLinesModel
        self.lines_table = self._table(
            "orderLines",
            self.lines,
            {L.COL_SKU: 85, L.COL_QTY: 45, L.COL_PRICE: 80, L.COL_DISCOUNT: 70, L.COL_TOTAL: 85},
            L.COL_NAME,
        )
        # Line number, tax rate and tax stay hidden in the narrow panel (the totals show the tax).
        for column in (L.COL_LINE, L.COL_TAX_RATE, L.COL_TAX):
            self.lines_table.setColumnHidden(column, True)
        self.tabs.addTab(self.lines_table, self.tr("Lines"))
        P, S, H = PaymentsModel, ShipmentsModel, HistoryModel
        self.tabs.addTab(
            self._table(
                "orderPayments",
                self.payments,
                {P.COL_DATE: 120, P.COL_KIND: 70, P.COL_METHOD: 100, P.COL_AMOUNT: 80},
                P.COL_REFERENCE,
            ),
            self.tr("Payments"),
        )
        self.tabs.addTab(
            self._table(
                "orderShipments",
                self.shipments,
                {S.COL_CARRIER: 110, S.COL_TRACKING: 130, S.COL_SHIPPED: 120},
                S.COL_DELIVERED,
            ),
            self.tr("Shipments"),
        )
        self.tabs.addTab(
            self._table(
                "orderHistory",
                self.history,
                {H.COL_DATE: 120, H.COL_ACTION: 95, H.COL_FROM: 95, H.COL_TO: 95, H.COL_USER: 70},
                H.COL_DETAIL,
            ),
            self.tr("History"),
        )

        self.buttons: dict[Action, QPushButton] = {}
        actions = QGridLayout()  # two rows of four: the detail must fit beside the list at 1366 px
        texts = {
            Action.CONFIRM: self.tr("&Confirm"),
            Action.PAY: self.tr("&Pay…"),
            Action.PACK: self.tr("Pac&k"),
            Action.SHIP: self.tr("&Ship…"),
            Action.DELIVER: self.tr("&Deliver"),
            Action.CANCEL: self.tr("Cance&l order…"),
            Action.REFUND: self.tr("&Refund…"),
            Action.RETURN: self.tr("Re&turn…"),
        }
        for i, action in enumerate(ACTIONS):
            button = QPushButton(texts[action])
            button.setObjectName(f"{action.value}Action")
            button.clicked.connect(lambda _checked=False, a=action: self.act(a))
            actions.addWidget(button, i // 3, i % 3)
            self.buttons[action] = button
        # Print / Preview: the documents package's invoice, receipt, packing slip and label.
        self.print_button = QPushButton(self.tr("Print / Preview…"))
        self.print_button.setObjectName("printAction")
        self.print_button.setToolTip(self.tr("Invoice, receipt, packing slip or shipping label (Ctrl+P)"))
        self.print_button.setVisible(printing.available())
        self.print_button.clicked.connect(self.preview)
        QShortcut(
            QKeySequence("Ctrl+P"), self, self.preview, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.preview_dialog: DocumentPreview | None = None
        actions.addWidget(self.print_button, 2, 2)

        self.message = MessageBar(self)
        self.message.setObjectName("orderMessage")

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addLayout(sums)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._show_actions(None)
        ctx.bus.changed.connect(self._on_changed)

    def _table(self, name: str, model: RowsModel[Any], widths: dict[int, int], stretch: int) -> QTableView:
        view = make_table(name, self, sortable=False)
        view.setModel(model)
        set_columns(view, widths, stretch=stretch)
        return view

    # --- showing -------------------------------------------------------------------------------------

    def show_order(self, number: str | None) -> None:
        """Load and show an order (None: show nothing)."""
        self._number = number
        if number is None:
            self._show(None)
            return
        self.ctx.tasks.run(
            lambda uow: orders.get_order(uow, number),
            lambda detail: self._loaded(number, detail),
            self._refused,
            owner=self,
        )

    def _loaded(self, number: str, detail: OrderDetail) -> None:
        if number == self._number:
            self._show(detail)

    def _show(self, detail: OrderDetail | None) -> None:
        self.detail = detail
        self.message.clear_message()
        if detail is None:
            self.title.setText(self.tr("No order selected"))
            self.status.clear()
            self.facts.clear()
            for label in self.sums.values():
                label.clear()
            for model in (self.lines, self.payments, self.shipments, self.history):
                model.set_rows([])
            self._show_actions(None)
            return
        currency = self.ctx.shop.currency
        self.title.setText(detail.number)
        self.status.setText(labels.status(detail.status))
        self.status.setProperty("status", detail.status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        customer = detail.customer
        facts = [
            f"{labels.channel(detail.channel)} · {local_time(detail.created_at)} · {detail.location_code}",
            self.tr("Customer: {name}").format(
                name=f"{customer.name} ({customer.code}) {customer.phone}" if customer else self.tr("Walk-in")
            ),
            self.tr("Payment: {payment} · Fulfilment: {fulfilment}").format(
                payment=labels.payment_state(detail.payment_state),
                fulfilment=labels.fulfilment_state(detail.fulfilment_state),
            ),
        ]
        if detail.ship_to:
            facts.append(self.tr("Ship to: {address}").format(address=detail.ship_to.replace("\n", ", ")))
        if detail.notes:
            facts.append(self.tr("Notes: {notes}").format(notes=detail.notes))
        self.facts.setText("\n".join(facts))
        for key in self.sums:
            self.sums[key].setText(money_with_symbol(getattr(detail, key), currency))
        self.lines.set_rows(detail.lines)
        self.lines_table.setColumnHidden(
            OrderLinesModel.COL_DISCOUNT, not any(ln.discount for ln in detail.lines)
        )
        self.payments.set_rows(detail.payments)
        self.shipments.set_rows(detail.shipments)
        self.history.set_rows(detail.history)
        self._show_actions(detail)
        self.shown.emit(detail)

    def _show_actions(self, detail: OrderDetail | None) -> None:
        for action, button in self.buttons.items():
            if detail is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Select an order first"))
                continue
            reason = refusal(
                action,
                Lifecycle(detail.lifecycle),
                PaymentState(detail.payment_state),
                FulfilmentState(detail.fulfilment_state),
            )
            button.setEnabled(reason is None and not self._acting)
            if reason is None:
                button.setToolTip(
                    self.tr("Allowed for an order that is {status} (Alt+{key})").format(
                        status=labels.status(detail.status), key=self._mnemonic(button.text())
                    )
                )
            else:
                button.setToolTip(
                    self.tr("Not possible: {reason}").format(reason=error_text.reason_text(reason))
                )
        self.print_button.setEnabled(detail is not None)

    @staticmethod
    def _mnemonic(text: str) -> str:
        at = text.find("&")
        return text[at + 1].upper() if 0 <= at < len(text) - 1 else ""

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
        if action is Action.CONFIRM:
            self._run(lambda uow: orders.confirm(uow, number), self.tr("{number} confirmed; stock reserved"))
        elif action is Action.PACK:
            self._run(lambda uow: orders.pack(uow, number), self.tr("{number} packed, ready to ship"))
        elif action is Action.DELIVER:
            self._run(lambda uow: shipping.deliver(uow, number), self.tr("{number} delivered"))
        elif action is Action.PAY:
            pay = PayDialog(detail.balance, currency, allow_partial=True, parent=self)
            self._dialog(
                pay,
                lambda uow, requests: pay_all(uow, number, requests),
                self.tr("Payment recorded on {number}"),
            )
        elif action is Action.SHIP:
            self._dialog(
                ShipDialog(number, self),
                lambda uow, s: self._ship(uow, number, s),
                self.tr("{number} shipped"),
            )
        elif action is Action.CANCEL:
            self._dialog(
                CancelDialog(number, self),
                lambda uow, reason: orders.cancel(uow, number, reason),
                self.tr("{number} cancelled; reserved stock released"),
            )
        elif action is Action.REFUND:
            self._dialog(
                RefundDialog(number, detail.paid, currency, self),
                lambda uow, r: self._refund(uow, number, r),
                self.tr("Refund recorded on {number}"),
            )
        elif action is Action.RETURN:
            self._dialog(
                ReturnDialog(number, detail.paid, currency, self),
                lambda uow, r: self._return(uow, number, r),
                self.tr("{number} returned; stock back, payment refunded"),
            )

    @staticmethod
    def _return(uow: UnitOfWork, number: str, r: Return) -> Outcome[OrderDetail]:
        return returns.return_order(uow, number, method=r.method, reason=r.reason)

    @staticmethod
    def _ship(uow: UnitOfWork, number: str, s: Shipping) -> Outcome[OrderDetail]:
        return shipping.ship(uow, number, carrier=s.carrier, tracking=s.tracking)

    @staticmethod
    def _refund(uow: UnitOfWork, number: str, r: Refund) -> Outcome[OrderDetail]:
        return payments.refund(uow, number, r.amount, r.method, r.reason)

    def _dialog(
        self, dialog: FormDialog, work: Callable[[UnitOfWork, Any], Outcome[OrderDetail]], success: str
    ) -> None:
        dialog.bind(self.ctx.tasks, work, lambda outcome: self._done(outcome, success))
        self.dialog = open_dialog(dialog)

    def _run(self, work: Callable[[UnitOfWork], Outcome[OrderDetail]], success: str) -> None:
        self._acting = True
        self._show_actions(self.detail)
        self.ctx.tasks.run(work, lambda outcome: self._done(outcome, success), self._refused, owner=self)

    def _done(self, outcome: Outcome[OrderDetail], success: str) -> None:
        self._acting = False
        detail = outcome.value
        if detail.number == self._number:
            self._show(detail)
        self.message.show_success(success.format(number=detail.number))

    def _refused(self, error: DomainError) -> None:
        self._acting = False
        self._show_actions(self.detail)
        self.message.show_error(error)

    def _on_changed(self, changes: Changes) -> None:
        if self.detail is None or not changes.orders or self._acting:
            return  # our own action shows its result itself
        if not changes.order_ids or self.detail.id in changes.order_ids:
            self.show_order(self.detail.number)
