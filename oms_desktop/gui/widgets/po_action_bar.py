"""The buttons of a purchase order's detail: Send, Receive…, Cancel…, Close short…, and Print / Preview…

An action the PO's workflow table does not allow from its state is disabled and its tooltip gives the
table's reason (domain/purchase_workflow.py), as the order's action bar does.
"""

from types import SimpleNamespace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from oms_desktop.domain.purchase_order import POState
from oms_desktop.domain.purchase_workflow import PURCHASE_ORDERS, POAction
from oms_desktop.gui import error_text, labels, printing

ACTIONS = (POAction.SEND, POAction.RECEIVE, POAction.CANCEL, POAction.CLOSE)


def refusal(action: POAction, state: str) -> str | None:
    """Why `action` may not start from a PO in `state`, or None when it may."""
    return PURCHASE_ORDERS.refusal(SimpleNamespace(state=POState(state)), action)


class POActionBar(QWidget):
    """Emits `triggered(action)` for a pressed action button and `print_requested` for Print / Preview."""

    triggered = Signal(object)  # POAction
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buttons: dict[POAction, QPushButton] = {}
        texts = {
            POAction.SEND: self.tr("&Send"),
            POAction.RECEIVE: self.tr("&Receive…"),
            POAction.CANCEL: self.tr("Cance&l PO…"),
            POAction.CLOSE: self.tr("Close s&hort…"),
        }
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for action in ACTIONS:
            button = QPushButton(texts[action])
            button.setObjectName(f"po_{action.value}Action")
            button.clicked.connect(lambda _checked=False, a=action: self.triggered.emit(a))
            layout.addWidget(button)
            self.buttons[action] = button
        layout.addStretch(1)
        # The PO's PDF to send to the supplier (documents/purchase_order.py), in any state.
        self.print_button = QPushButton(self.tr("Print / Preview…"))
        self.print_button.setObjectName("poPrintAction")
        self.print_button.setToolTip(
            self.tr("The purchase order as the supplier gets it: save as PDF or print (Ctrl+P)")
        )
        self.print_button.setVisible(printing.available())
        self.print_button.clicked.connect(self.print_requested)
        layout.addWidget(self.print_button)
        self.show_state(None)

    def show_state(self, state: str | None, *, acting: bool = False) -> None:
        """Enable what the table allows for a PO in `state` (nothing while an action runs), with the reason."""
        for action, button in self.buttons.items():
            if state is None:
                button.setEnabled(False)
                button.setToolTip(self.tr("Select a purchase order first"))
                continue
            reason = refusal(action, state)
            button.setEnabled(reason is None and not acting)
            if reason is None:
                button.setToolTip(
                    self.tr("Allowed for a purchase order that is {status}").format(
                        status=labels.status(state)
                    )
                )
            else:
                button.setToolTip(
                    self.tr("Not possible: {reason}").format(reason=error_text.reason_text(reason))
                )
        self.print_button.setEnabled(state is not None)
