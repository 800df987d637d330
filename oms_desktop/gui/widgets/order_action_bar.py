"""The buttons of an order's detail: one per action of the workflow table, and Print / Preview.

An action the table does not allow is disabled and its tooltip gives the workflow's reason
(domain.order_workflow.refusal). Ship… is disabled too while none of what the order waits for is there
(services.backorders: older orders are served first), its tooltip saying what the core would refuse with;
when some of it is there, a partial shipment takes that. Hold… and Release stop an order and let it go
on: while it is held, Pack and Ship… say so (the workflow's hold dimension). Change… edits it until all
of it has left.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from oms_desktop.domain import FulfilmentState, Lifecycle, PaymentState
from oms_desktop.domain.order import HoldState
from oms_desktop.domain.order_workflow import Action, refusal
from oms_desktop.domain.quantity import Quantity
from oms_desktop.gui import error_text, labels, printing
from oms_desktop.services.backorders import ShortLine
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
    Action.HOLD,
    Action.RELEASE,
    Action.EDIT,
)


class OrderActionBar(QWidget):
    """Emits `triggered(action)` for a pressed action button and `print_requested` for Print / Preview."""

    triggered = Signal(object)  # Action
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[Action, QPushButton] = {}
        self._waiting: tuple[str, list[ShortLine]] | None = None  # (order number, what it waits for)
        grid = QGridLayout(self)  # rows of three: the detail must fit beside the list at 1366 px
        grid.setContentsMargins(0, 0, 0, 0)
        texts = {
            Action.CONFIRM: self.tr("&Confirm"),
            Action.PAY: self.tr("&Pay…"),
            Action.PACK: self.tr("Pac&k"),
            Action.SHIP: self.tr("&Ship…"),
            Action.DELIVER: self.tr("&Deliver"),
            Action.CANCEL: self.tr("Cance&l order…"),
            Action.REFUND: self.tr("&Refund…"),
            Action.RETURN: self.tr("Re&turn…"),
            Action.HOLD: self.tr("&Hold…"),
            Action.RELEASE: self.tr("R&elease"),
            Action.EDIT: self.tr("Chan&ge…"),
        }
        # The order's life in the first rows, Print / Preview… after Return…, Hold…, Release and Change… below.
        places = [divmod(i, 3) for i in range(8)] + [(3, 0), (3, 1), (3, 2)]
        for action, (row, column) in zip(ACTIONS, places, strict=True):
            button = QPushButton(texts[action])
            button.setObjectName(f"{action.value}Action")
            button.clicked.connect(lambda _checked=False, a=action: self.triggered.emit(a))
            grid.addWidget(button, row, column)
            self.buttons[action] = button
        # Print / Preview: the documents package's invoice, receipt, packing slip and label.
        self.print_button = QPushButton(self.tr("Print / Preview…"))
        self.print_button.setObjectName("printAction")
        self.print_button.setToolTip(self.tr("Invoice, receipt, packing slip or shipping label (Ctrl+P)"))
        self.print_button.setVisible(printing.available())
        self.print_button.clicked.connect(self.print_requested)
        grid.addWidget(self.print_button, 2, 2)

    def show_waiting(self, number: str, short: list[ShortLine]) -> None:
        """What order `number` waits for (empty: nothing); `show_order` then keeps Ship… disabled for it."""
        self._waiting = (number, list(short))

    def waiting_for(self, number: str) -> list[ShortLine]:
        """What order `number` is known to wait for (empty: nothing, or not known yet)."""
        if self._waiting is None or self._waiting[0] != number:
            return []
        return list(self._waiting[1])

    def backorder_reason(self, detail: OrderDetail) -> str | None:
        """The core's refusal to ship this order while it waits for goods, or None (known not to wait, or
        some of it is there: a partial shipment takes that, the rest waits)."""
        short = self.waiting_for(detail.number)
        if not short:
            return None
        lacking: dict[str, Quantity] = {}
        for waiting in short:
            lacking[waiting.sku] = lacking.get(waiting.sku, 0) + waiting.short
        left: dict[str, Quantity] = {}
        for line in detail.lines:
            left[line.sku] = left.get(line.sku, 0) + line.to_ship
        if any(quantity > lacking.get(sku, 0) for sku, quantity in left.items()):
            return None
        first = short[0]
        return error_text.message_text(
            "order_backordered",
            {"number": detail.number, "short": first.short, "sku": first.sku, "location": first.location},
        )

    def show_order(self, detail: OrderDetail | None, *, acting: bool = False) -> None:
        """Enable what the table allows for this order (nothing while an action runs), with the reason."""
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
                HoldState(detail.hold_state),
            )
            waits = self.backorder_reason(detail) if action is Action.SHIP and reason is None else None
            button.setEnabled(reason is None and waits is None and not acting)
            if waits is not None:
                button.setToolTip(self.tr("Not possible: {reason}").format(reason=waits))
            elif reason is None:
                button.setToolTip(
                    self.tr("Allowed for an order that is {status} (Alt+{key})").format(
                        status=labels.status(detail.status), key=_mnemonic(button.text())
                    )
                )
            else:
                button.setToolTip(
                    self.tr("Not possible: {reason}").format(reason=error_text.reason_text(reason))
                )
        self.print_button.setEnabled(detail is not None)
        quotation = detail is not None and printing.is_quotation(detail)
        self.print_button.setText(self.tr("Print quotation…") if quotation else self.tr("Print / Preview…"))
        self.print_button.setToolTip(
            self.tr("The quotation: its prices and the last day they are valid (Ctrl+P)")
            if quotation
            else self.tr("Invoice, receipt, packing slip or shipping label (Ctrl+P)")
        )


def _mnemonic(text: str) -> str:
    at = text.find("&")
    return text[at + 1].upper() if 0 <= at < len(text) - 1 else ""
