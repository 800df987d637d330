"""The customer of an order: walk-in by default, or one chosen by name, phone or code."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from oms_desktop.gui import labels
from oms_desktop.gui.dialogs.customer_search import CustomerSearchDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.services.records import CustomerRecord


class CustomerPicker(QWidget):
    """Shows the chosen customer (and their price tier); `choose()` opens the search, `clear()` goes
    back to no customer."""

    changed = Signal(object)  # CustomerRecord | None

    def __init__(self, tasks: TaskRunner, parent: QWidget | None = None, *, none_text: str = "") -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._customer: CustomerRecord | None = None
        self._none_text = none_text or self.tr("Walk-in customer")
        self.label = QLabel()
        self.label.setObjectName("customerName")
        self.label.setMinimumWidth(180)
        self.choose_button = QPushButton(self.tr("Choose…"))
        self.choose_button.setObjectName("customerChoose")
        self.choose_button.clicked.connect(self.choose)
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setObjectName("customerClear")
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.clear_button)
        self._show()

    @property
    def customer(self) -> CustomerRecord | None:
        return self._customer

    def set_customer(self, customer: CustomerRecord | None) -> None:
        if customer == self._customer:
            return
        self._customer = customer
        self._show()
        self.changed.emit(customer)

    def clear(self) -> None:
        self.set_customer(None)

    def choose(self, text: str = "") -> CustomerSearchDialog:
        dialog = CustomerSearchDialog(self._tasks, text if isinstance(text, str) else "", self.window())
        dialog.chosen.connect(self.set_customer)
        return open_dialog(dialog)

    def _show(self) -> None:
        c = self._customer
        if c is None:
            self.label.setText(self._none_text)
        else:
            tier = f" · {labels.price_tier(c.price_tier)}" if c.price_tier != "retail" else ""
            self.label.setText(f"{c.name} ({c.code}){tier}")
        self.clear_button.setEnabled(c is not None)
