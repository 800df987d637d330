"""Orders: every order in a lazily loaded table (sort by any column, filter, search) and one order's detail."""

from functools import partial

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.domain import Channel
from oms_desktop.domain.order import Status
from oms_desktop.gui import labels, operations, printing
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.document_preview import DocumentPreview
from oms_desktop.gui.dialogs.import_wizard import ImportWizard
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.models.orders import OrdersModel
from oms_desktop.gui.tasks import Task
from oms_desktop.gui.widgets.customer_picker import CustomerPicker
from oms_desktop.gui.widgets.order_detail import OrderDetailView
from oms_desktop.gui.widgets.period_picker import PeriodPicker
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.order_filters import OrderFilter, Waiting
from oms_desktop.services.records import CustomerRecord, OrderDetail

SEARCH_DELAY_MS = 250
HELD = "held"  # the fulfilment filter's "On hold": OrderFilter(held=True)
PROBLEMS = "problems"  # its "Problems" view: OrderFilter(problems=True), with the Problems column


class OrdersPage(QWidget):
    """Filters and search over the order table; the selected order's detail and actions beside it."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ordersPage")
        self.ctx = ctx
        self.model = OrdersModel(ctx.tasks, self, idle=True)  # read when the page is first shown
        self._selected_id: int | None = None
        self._count_stale = False

        self.search = QLineEdit()
        self.search.setObjectName("orderSearch")
        self.search.setPlaceholderText(self.tr("Order number, customer name or phone (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("orderStatusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for value in labels.STATUSES:
            self.status.addItem(labels.status(value), Status(value))
        self.channel = QComboBox()
        self.channel.setObjectName("orderChannelFilter")
        self.channel.addItem(self.tr("All channels"), None)
        for value in labels.CHANNELS:
            self.channel.addItem(labels.channel(value), Channel(value))
        self.waiting = QComboBox()
        self.waiting.setObjectName("orderWaitingFilter")
        self.waiting.setToolTip(
            self.tr(
                "Confirmed orders not yet shipped: waiting for goods, or ready to ship; or orders on hold"
            )
        )
        self.waiting.addItem(self.tr("Any fulfilment"), None)
        self.waiting.addItem(self.tr("Backordered"), Waiting.BACKORDERED)
        self.waiting.addItem(self.tr("Ready to ship"), Waiting.READY_TO_SHIP)
        self.waiting.addItem(self.tr("On hold"), HELD)
        self.waiting.addItem(self.tr("Problems"), PROBLEMS)
        self.waiting.setItemData(
            self.waiting.count() - 1,
            self.tr(
                "On hold, payment overdue, backordered, paid but not shipped after the days set in Settings, "
                "or no address to ship to"
            ),
            Qt.ItemDataRole.ToolTipRole,
        )
        # "My orders": the orders assigned to whoever is signed in (shown once the shop has users).
        self.mine = QCheckBox(self.tr("My orders"))
        self.mine.setObjectName("orderMine")
        self.mine.setToolTip(self.tr("Only the orders assigned to you"))
        self.mine.setVisible(False)
        # The same picker as the Charts page, in the shop's time zone; "Any time" first, chosen at the start.
        self.period = PeriodPicker(self, zone=ctx.zone, any_time=True, initial=None)
        self.period.setObjectName("orderPeriod")
        self.customer = CustomerPicker(ctx.tasks, self, none_text=self.tr("Any customer"))
        self.customer.setObjectName("orderCustomerFilter")
        self.count = QLabel()
        self.count.setObjectName("orderCount")

        self.table = make_table("ordersTable", self)
        # Shift/Ctrl pick several orders to print their packing slips or labels at once.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.model)
        set_columns(
            self.table,
            {
                OrdersModel.COL_NUMBER: 125,
                OrdersModel.COL_DATE: 115,
                OrdersModel.COL_CHANNEL: 75,
                OrdersModel.COL_STATUS: 125,
                OrdersModel.COL_TOTAL: 85,
                OrdersModel.COL_PAID: 85,
                OrdersModel.COL_BALANCE: 85,
            },
            stretch=OrdersModel.COL_CUSTOMER,
            hidden=[OrdersModel.COL_PAID],  # the balance says what is unpaid; right-click the header to show
        )
        # The Problems view's column, next to the order number (the list is narrower than its columns).
        self.table.horizontalHeader().moveSection(OrdersModel.COL_PROBLEMS, 1)
        self.table.setColumnWidth(OrdersModel.COL_PROBLEMS, 165)
        self.table.setColumnHidden(OrdersModel.COL_PROBLEMS, True)  # the Problems view shows it
        self.table.sortByColumn(OrdersModel.COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = OrderDetailView(ctx, self)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.status)
        filters.addWidget(self.channel)
        filters.addWidget(self.waiting)
        filters.addWidget(self.period)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Customer")))
        second.addWidget(self.customer, 1)
        second.addWidget(self.mine)
        second.addStretch()
        second.addWidget(self.count)
        self.print_selected_button = QToolButton()
        self.print_selected_button.setObjectName("printSelected")
        self.print_selected_button.setText(self.tr("Print selected"))
        self.print_selected_button.setToolTip(
            self.tr("Packing slips, shipping labels or invoices of the selected orders, in one PDF")
        )
        self.print_selected_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_selected_button)
        for kind, title in (
            ("packing-slip", self.tr("Packing slips")),
            ("label", self.tr("Shipping labels")),
            ("invoice", self.tr("Invoices")),
        ):
            menu.addAction(title, partial(self.print_selected, kind))
        self.print_selected_button.setMenu(menu)
        self.print_selected_button.setVisible(printing.available())
        second.addWidget(self.print_selected_button)
        self.import_button = QToolButton()
        self.import_button.setObjectName("importOrders")
        self.import_button.setText(self.tr("Import…"))
        self.import_button.setToolTip(
            self.tr(
                "Orders from a Shopify or WooCommerce export, or from a spreadsheet (also products and stock)"
            )
        )
        self.import_button.clicked.connect(self.open_import)
        second.addWidget(self.import_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addLayout(second)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("ordersSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([750, 430])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self._count_task: Task[int] | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self.apply_filter)
        for combo in (self.status, self.channel, self.waiting):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.mine.toggled.connect(self.apply_filter)
        self.period.changed.connect(self.apply_filter)
        self.customer.changed.connect(lambda _c: self.apply_filter())
        self.model.loaded.connect(self._reselect)
        self.model.modelReset.connect(self._count)
        QShortcut(
            QKeySequence("Ctrl+F"),
            self,
            self.search.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        operations.people.any_users().run(self.ctx.tasks, self._users_known, owner=self)
        self.model.resume()
        if self.model.idle:
            self.model.reload()
        elif self._count_stale:
            self._count()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self.model.paused = True

    def _users_known(self, any_users: bool) -> None:
        """The "My orders" switch is for a shop whose people sign in (who is signed in may have changed)."""
        self.mine.setVisible(any_users)
        if not any_users and self.mine.isChecked():
            self.mine.setChecked(False)  # applies the filter
        elif self.mine.isChecked():
            self.apply_filter()

    # --- filtering -----------------------------------------------------------------------------------

    def current_filter(self) -> OrderFilter:
        self.period.zone = self.ctx.zone  # the shop's zone, which Settings may have changed
        date_from, date_to = self.period.utc_bounds()
        customer: CustomerRecord | None = self.customer.customer
        status, channel = self.status.currentData(), self.channel.currentData()
        waiting = self.waiting.currentData()
        return OrderFilter(
            status=Status(status) if status else None,  # a StrEnum in a combo comes back as str
            channel=Channel(channel) if channel else None,
            customer_code=customer.code if customer else None,
            date_from=date_from,
            date_to=date_to,
            search=self.search.text().strip(),
            waiting=Waiting(waiting) if waiting and waiting not in (HELD, PROBLEMS) else None,
            held=waiting == HELD,
            problems=waiting == PROBLEMS,
            assigned_to=self.ctx.user if self.mine.isChecked() and not self.mine.isHidden() else None,
        )

    def apply_filter(self) -> None:
        self._timer.stop()
        self.table.setColumnHidden(OrdersModel.COL_PROBLEMS, self.waiting.currentData() != PROBLEMS)
        if self._count_task is not None:
            self._count_task.cancel()  # counting the old filter's orders is no longer wanted
        self.model.set_filter(self.current_filter())

    def _count(self) -> None:
        # Counting a million orders takes a few hundred ms on the worker: not while the page is hidden
        # (every sale at the counter reloads this list).
        if not self.isVisible():
            self._count_stale = True
            return
        self._count_stale = False
        flt = self.model.order_query.filter
        if self._count_task is not None:
            self._count_task.cancel()  # a newer filter: its list must not queue behind an old count
        self._count_task = operations.orders.count_orders(flt).run(
            self.ctx.tasks,
            lambda n: self.count.setText(labels.orders(n)),
            owner=self,
        )

    # --- selection -----------------------------------------------------------------------------------

    def selected_numbers(self) -> list[str]:
        """The selected orders' numbers, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.model.row_at(row).number for row in rows]

    def print_selected(self, kind: str) -> None:
        """Read the selected orders and preview their documents in one PDF; both steps run in the background
        with progress and Cancel."""
        numbers = self.selected_numbers()
        if not numbers:
            return

        operations.orders.read_orders(numbers).run(
            self.ctx.tasks,
            lambda details: self._preview(details, kind),
            label=self.tr("Reading {count} orders…").format(count=len(numbers)),
            owner=self,
        )

    def _preview(self, details: list[OrderDetail], kind: str) -> None:
        if details:
            self.preview = open_dialog(
                DocumentPreview(self.ctx.tasks, details, self.ctx.shop, kind=kind, parent=self)
            )

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        current = self.table.currentIndex()
        row = (
            current.row()
            if current.isValid() and self.table.selectionModel().isRowSelected(current.row())
            else rows[0].row()
        )
        order = self.model.row_at(row)
        self._selected_id = order.id
        if order.number == self.detail.number:
            return  # the same order selected again after a reload: it keeps itself (and its message) fresh
        self.detail.show_order(order.number)

    def _reselect(self) -> None:
        """After a reload, keep the same order selected (it may have moved, or left the filter)."""
        if self._selected_id is None:
            return
        row = self.model.row_of(self._selected_id)
        if row is not None and not self.table.selectionModel().isRowSelected(row):
            self.table.selectRow(row)

    def open_order(self, number: str) -> None:
        """Show this order's detail (e.g. the counter's last sale)."""
        self.detail.show_order(number)

    def open_import(self) -> ImportWizard:
        """The import wizard, for orders first (the file may hold products, customers or stock instead)."""
        self.import_wizard = open_dialog(ImportWizard(self.ctx, self))
        return self.import_wizard
