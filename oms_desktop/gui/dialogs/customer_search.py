"""Finding a customer by name, phone or code: type, arrows, Enter."""

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from oms_desktop.gui import operations
from oms_desktop.gui.dialogs.customer_form import CustomerDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.models.base import OBJECT_ROLE
from oms_desktop.gui.models.customers import CustomersModel
from oms_desktop.gui.tasks import TaskRunner
from oms_desktop.gui.widgets.search_keys import ArrowsToView
from oms_desktop.gui.widgets.tables import make_table
from oms_desktop.services.changes import Outcome
from oms_desktop.services.records import CustomerRecord

SEARCH_DELAY_MS = 150


class CustomerSearchDialog(QDialog):
    """A search field over the customer list; Enter or a double-click picks the current customer."""

    chosen = Signal(object)  # CustomerRecord

    def __init__(self, tasks: TaskRunner, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.form: CustomerDialog | None = None
        self.setObjectName("customerSearchDialog")
        self.setWindowTitle(self.tr("Choose a customer"))
        self.resize(720, 460)
        self.field = QLineEdit(text)
        self.field.setObjectName("pickerSearch")
        self.field.setPlaceholderText(self.tr("Name, phone or customer code"))
        self.field.setClearButtonEnabled(True)
        self.model = CustomersModel(tasks, self)
        self.table = make_table("pickerTable", self, sortable=False)
        self.table.setModel(self.model)
        self.table.setColumnWidth(CustomersModel.COL_CODE, 140)
        self.table.setColumnWidth(CustomersModel.COL_NAME, 200)
        self.table.doubleClicked.connect(self._choose_index)
        ArrowsToView(self.field, self.table)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # Not found: a new customer on the spot, chosen as soon as it is saved (the caller waits for no one).
        self.new_button = buttons.addButton(self.tr("&New customer…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.setObjectName("pickerNewCustomer")
        self.new_button.setAutoDefault(False)
        self.new_button.clicked.connect(self.new_customer)
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.field)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.model.search(self.field.text()))
        self.field.textChanged.connect(self._timer.start)
        self.model.loaded.connect(self._select_first)
        self.model.search(text)
        if not self.model.loading:
            self.model.reload()
        self.field.setFocus()

    def new_customer(self) -> None:
        """The customer form, with what was typed as the name (or the phone, when it is digits)."""
        typed = self.field.text().strip()
        form = CustomerDialog(None, self)
        if typed.replace(" ", "").replace("-", "").lstrip("+").isdigit():
            form.phone.setText(typed)
        else:
            form.name.setText(typed)
        form.bind(self.tasks, operations.customers.add_customer, self._added)
        self.form = open_dialog(form)

    def _added(self, outcome: Outcome[CustomerRecord]) -> None:
        self.chosen.emit(outcome.value)
        self.accept()

    def _select_first(self) -> None:
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _choose_current(self) -> None:
        self._choose_index(self.table.currentIndex())

    def _choose_index(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        customer: CustomerRecord = self.model.data(index, OBJECT_ROLE)
        self.chosen.emit(customer)
        self.accept()
