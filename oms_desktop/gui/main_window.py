"""The main window: navigation between the pages, a status bar, and remembered geometry and columns."""

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QTableView,
    QWidget,
)

from oms_desktop.gui import resources
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.pages.charts import ChartsPage
from oms_desktop.gui.pages.counter import CounterPage
from oms_desktop.gui.pages.customers import CustomersPage
from oms_desktop.gui.pages.orders import OrdersPage
from oms_desktop.gui.pages.settings import SettingsPage
from oms_desktop.gui.pages.stock import StockPage
from oms_desktop.gui.widgets.tables import restore_columns, save_columns
from oms_desktop.services.records import OrderDetail


class MainWindow(QMainWindow):
    """Counter, Orders, Products & Stock, Customers, Charts and Settings; starts at the counter."""

    COUNTER, ORDERS, STOCK, CUSTOMERS, CHARTS, SETTINGS = range(6)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.ctx = ctx
        ctx.tasks.dialog_parent = self
        self.setWindowTitle(self.tr("OMS Desktop — {shop}").format(shop=ctx.shop.shop_name))
        self.setWindowIcon(resources.icon("app"))

        self.counter = CounterPage(ctx)
        self.orders = OrdersPage(ctx)
        self.stock = StockPage(ctx)
        self.customers = CustomersPage(ctx)
        self.charts = ChartsPage(ctx)
        self.settings = SettingsPage(ctx)
        pages: list[tuple[QWidget, str, str]] = [
            (self.counter, self.tr("Counter"), "counter"),
            (self.orders, self.tr("Orders"), "orders"),
            (self.stock, self.tr("Products & Stock"), "stock"),
            (self.customers, self.tr("Customers"), "customers"),
            (self.charts, self.tr("Charts"), "charts"),
            (self.settings, self.tr("Settings"), "settings"),
        ]
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(190)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.stack.setObjectName("pages")
        for number, (page, title, icon) in enumerate(pages, start=1):
            item = QListWidgetItem(resources.icon(icon), title)
            item.setToolTip(self.tr("{page} (Ctrl+{number})").format(page=title, number=number))
            self.nav.addItem(item)
            self.stack.addWidget(page)
            QShortcut(QKeySequence(f"Ctrl+{number}"), self, lambda n=number - 1: self.show_page(n))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.database_label = QLabel(self.tr("Database: {db}").format(db=ctx.database))
        self.database_label.setObjectName("statusDatabase")
        self.user_label = QLabel(self.tr("User: {user}").format(user=ctx.user))
        self.user_label.setObjectName("statusUser")
        self.busy_label = QLabel()
        self.busy_label.setObjectName("statusBusy")
        bar = self.statusBar()
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.user_label)
        # A method, not a lambda: Qt drops the connection when this window is deleted (a language switch
        # rebuilds the window while the task runner lives on).
        ctx.tasks.busy_changed.connect(self._show_busy)
        ctx.bus.changed.connect(self._on_changed)
        self.counter.order_saved.connect(self._order_saved)
        self.customers.open_order.connect(self.open_order)

        self.resize(1280, 760)
        self._restore()
        self.show_page(self.COUNTER)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        if index == self.COUNTER:
            self.counter.focus_search()

    def open_order(self, number: str) -> None:
        self.show_page(self.ORDERS)
        self.orders.open_order(number)

    def tables(self) -> list[QTableView]:
        return [t for t in self.findChildren(QTableView) if t.objectName()]

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _order_saved(self, detail: OrderDetail) -> None:
        self.statusBar().showMessage(self.tr("Saved {number}").format(number=detail.number), 8000)

    def _on_changed(self, _changes: object) -> None:
        self.setWindowTitle(self.tr("OMS Desktop — {shop}").format(shop=self.ctx.shop.shop_name))

    # --- remembered layout ---------------------------------------------------------------------------

    def _restore(self) -> None:
        ui = self.ctx.ui
        geometry = ui.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = ui.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        for view in self.tables():
            restore_columns(view, ui)

    def save_layout(self) -> None:
        ui = self.ctx.ui
        ui.setValue("window/geometry", self.saveGeometry())
        ui.setValue("window/state", self.saveState())
        for view in self.tables():
            save_columns(view, ui)
        ui.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        super().closeEvent(event)
