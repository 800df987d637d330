"""Customers: the list with search; a customer's details, figures and order history; and a tab of what
customers owe (pages/receivables.py)."""

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.customer_form import CustomerDialog
from oms_desktop.gui.dialogs.customer_merge import MergeCustomerDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.formatting import local_time, money_with_symbol
from oms_desktop.gui.models.customers import CustomersModel
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.operations import Op
from oms_desktop.gui.pages.receivables import ReceivablesTab
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.customer_merge import MergePlan
from oms_desktop.services.customers import CustomerInput
from oms_desktop.services.order_filters import OrderFilter
from oms_desktop.services.records import CustomerRecord, CustomerStats

SEARCH_DELAY_MS = 200


class CustomersPage(QWidget):
    """Search and pick a customer; see their contact data, price tier, credit and what they bought."""

    open_order = Signal(str)  # an order number double-clicked in the history

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customersPage")
        self.ctx = ctx
        # Read when the page is first shown; a header click sorts every customer in the database.
        self.model = CustomersModel(ctx.tasks, self, idle=True)
        self.history = OrdersModel(ctx.tasks, self, idle=True)  # nothing to read until a customer is chosen
        self.customer: CustomerRecord | None = None
        self.stats: CustomerStats | None = None
        self.dialog: CustomerDialog | None = None

        self.search = QLineEdit()
        self.search.setObjectName("customerSearch")
        self.search.setPlaceholderText(self.tr("Name, phone, code or e-mail (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = QPushButton(self.tr("New customer…"))
        self.new_button.setObjectName("newCustomer")
        self.new_button.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_customer)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editCustomer")
        self.edit_button.setToolTip(self.tr("Edit the selected customer (Ctrl+E)"))
        self.edit_button.clicked.connect(self.edit_customer)
        self.merge_button = QPushButton(self.tr("Merge…"))
        self.merge_button.setObjectName("mergeCustomer")
        self.merge_button.setToolTip(self.tr("Fold a duplicate into the selected customer (a manager's)"))
        self.merge_button.clicked.connect(self.merge_customer)

        self.table = make_table("customersTable", self)
        self.table.setModel(self.model)
        self.table.sortByColumn(CustomersModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        C = CustomersModel
        set_columns(
            self.table,
            {C.COL_CODE: 115, C.COL_PHONE: 100, C.COL_EMAIL: 150, C.COL_TIER: 80, C.COL_CREDIT: 85},
            stretch=C.COL_NAME,
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_customer())

        self.name = QLabel(self.tr("Select a customer"))
        self.name.setObjectName("customerTitle")
        self.fields: dict[str, QLabel] = {}
        facts = QFormLayout()
        for key, caption in (
            ("code", self.tr("Code")),
            ("phone", self.tr("Phone")),
            ("email", self.tr("E-mail")),
            ("billing", self.tr("Billing address")),
            ("shipping", self.tr("Shipping address")),
            ("tier", self.tr("Price tier")),
            ("credit", self.tr("Credit limit")),
            ("notes", self.tr("Notes")),
        ):
            label = QLabel()
            label.setObjectName(f"customer_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addRow(caption, label)
            self.fields[key] = label
        figures = QGridLayout()
        for column, (key, caption) in enumerate(
            (
                ("value", self.tr("Lifetime value")),
                ("orders", self.tr("Orders")),
                ("last", self.tr("Last order")),
                ("store_credit", self.tr("Store credit")),
            )
        ):
            label = QLabel()
            label.setObjectName(f"customer_{key}")
            label.setProperty("role", "figure")
            figures.addWidget(QLabel(caption), 0, column)
            figures.addWidget(label, 1, column)
            self.fields[key] = label
        self.orders_table = make_table("customerOrders", self)
        self.orders_table.setModel(self.history)
        self.orders_table.sortByColumn(OrdersModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        om = OrdersModel
        set_columns(
            self.orders_table,
            {om.COL_NUMBER: 125, om.COL_DATE: 115, om.COL_STATUS: 110, om.COL_TOTAL: 85},
            stretch=om.COL_BALANCE,
            hidden=[om.COL_CUSTOMER, om.COL_CHANNEL, om.COL_PAID],
        )
        self.orders_table.doubleClicked.connect(self._open_order)
        self.message = MessageBar(self)
        self.message.setObjectName("customerMessage")

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        tools.addWidget(self.new_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.merge_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(tools)
        left_layout.addWidget(self.table)
        right = QWidget()
        right.setObjectName("customerDetail")
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.name)
        right_layout.addLayout(facts)
        right_layout.addLayout(figures)
        right_layout.addWidget(QLabel(self.tr("Order history (double-click to open)")))
        right_layout.addWidget(self.orders_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("customersSplitter")
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([660, 510])
        people = QWidget()
        people.setObjectName("customersTab")
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.message)
        people_layout.addWidget(splitter, 1)
        self.receivables = ReceivablesTab(ctx)
        self.receivables.open_order.connect(self.open_order)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("customersTabs")
        self.tabs.addTab(people, self.tr("Customers"))
        self.tabs.addTab(self.receivables, self.tr("Receivables"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.model.search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus, context=context)
        QShortcut(QKeySequence("Ctrl+N"), self, self.new_customer, context=context)
        QShortcut(QKeySequence("Ctrl+E"), self, self.edit_customer, context=context)
        self.model.loaded.connect(self._reselect)
        ctx.bus.changed.connect(self._on_changed)
        self.edit_button.setEnabled(False)
        self.merge_button.setEnabled(False)
        self.merge_dialog: MergeCustomerDialog | None = None

    CUSTOMERS, RECEIVABLES = range(2)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.model.idle:
            self.model.reload()

    # --- selection and detail ------------------------------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self.edit_button.setEnabled(bool(rows))
        self.merge_button.setEnabled(bool(rows))
        if rows:
            chosen = self.model.row_at(rows[0].row())
            self.show_customer(chosen.code)

    def select_customer(self, code: str) -> bool:
        row = self.model.row_of(code)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def show_customer(self, code: str) -> None:
        self.history.set_filter(OrderFilter(customer_code=code))
        operations.customers.customer_with_stats(code).run(self.ctx.tasks, self._show, owner=self)

    def _show(self, loaded: tuple[CustomerRecord, CustomerStats]) -> None:
        customer, stats = loaded
        self.customer, self.stats = customer, stats
        currency = self.ctx.shop.currency
        self.name.setText(customer.name)
        values = {
            "code": customer.code,
            "phone": customer.phone,
            "email": customer.email,
            "billing": customer.billing_address,
            "shipping": customer.shipping_address,
            "tier": labels.price_tier(customer.price_tier),
            "credit": money_with_symbol(customer.credit_limit, currency),
            "notes": customer.notes,
            "value": money_with_symbol(stats.lifetime_value, currency),
            "orders": f"{stats.order_count:,}",
            "last": local_time(stats.last_order_at) or self.tr("never"),
            "store_credit": money_with_symbol(customer.store_credit, currency),
        }
        for key, text in values.items():
            self.fields[key].setText(text)

    def _reselect(self) -> None:
        if self.customer is not None and not self.table.selectionModel().hasSelection():
            self.select_customer(self.customer.code)

    def _open_order(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_order.emit(self.history.row_at(index.row()).number)

    def _on_changed(self, changes: Changes) -> None:
        if self.customer is not None and (changes.customers or changes.orders):
            code = self.customer.code
            operations.customers.customer_with_stats(code).run(self.ctx.tasks, self._show, owner=self)

    # --- adding and editing --------------------------------------------------------------------------

    def _warn_same_contact(self, saved: CustomerRecord, others: list[CustomerRecord]) -> None:
        """Saved, but the phone or e-mail is another customer's too: said, so that a slip is seen."""
        if not others:
            return
        names = ", ".join(f"{o.name} ({o.code})" for o in others[:3])
        self.message.show_warning(
            self.tr("{name} saved; the same phone or e-mail is also on: {others}").format(
                name=saved.name, others=names
            )
        )

    def new_customer(self) -> None:
        self._open(CustomerDialog(None, self), operations.customers.add_customer)

    def edit_customer(self) -> None:
        if self.customer is None:
            return
        code = self.customer.code
        self._open(
            CustomerDialog(self.customer, self), lambda data: operations.customers.update_customer(code, data)
        )

    def merge_customer(self) -> None:
        """Fold a duplicate into the selected customer (the dialog asks which, and confirms what moves)."""
        if self.customer is None:
            return
        self.merge_dialog = open_dialog(
            MergeCustomerDialog(self.ctx.tasks, self.customer, self.ctx.shop.currency, self._merged, self)
        )

    def _merged(self, plan: MergePlan) -> None:
        self.customer = plan.keep
        self.show_customer(plan.keep.code)
        self.message.show_success(
            self.tr("{drop} ({drop_code}) merged into {keep}: {orders} orders moved").format(
                drop=plan.drop.name, drop_code=plan.drop.code, keep=plan.keep.name, orders=plan.orders
            )
        )

    def _open(
        self, dialog: CustomerDialog, work: Callable[[CustomerInput], Op[Outcome[CustomerRecord]]]
    ) -> None:
        def done(outcome: Outcome[CustomerRecord]) -> None:
            self.customer = outcome.value
            self.show_customer(outcome.value.code)
            self.message.show_success(self.tr("{name} saved").format(name=outcome.value.name))
            operations.customers.same_contact(outcome.value.code).run(
                self.ctx.tasks, lambda found: self._warn_same_contact(outcome.value, found), owner=self
            )

        dialog.bind(self.ctx.tasks, work, done)
        self.dialog = open_dialog(dialog)
