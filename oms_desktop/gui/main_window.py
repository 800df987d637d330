"""The main window: navigation between the pages, a status bar, and remembered geometry and columns."""

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QWidget,
)

from oms_desktop import this_computer
from oms_desktop.domain.errors import DomainError
from oms_desktop.domain.user import Actor
from oms_desktop.gui import error_text, labels, operations, resources
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.approval import ask_approval
from oms_desktop.gui.pages.audit import AuditPage
from oms_desktop.gui.pages.charts import ChartsPage
from oms_desktop.gui.pages.counter import CounterPage
from oms_desktop.gui.pages.customers import CustomersPage
from oms_desktop.gui.pages.orders import OrdersPage
from oms_desktop.gui.pages.purchasing import PurchasingPage
from oms_desktop.gui.pages.settings import SettingsPage
from oms_desktop.gui.pages.stock import StockPage
from oms_desktop.gui.pages.till import TillPage
from oms_desktop.gui.rule_runner import RuleRunner
from oms_desktop.gui.widgets.customer_display import CustomerDisplay
from oms_desktop.gui.widgets.notification_bell import NotificationBell
from oms_desktop.gui.widgets.sign_in_screen import SignInScreen
from oms_desktop.gui.widgets.tables import restore_columns, save_columns
from oms_desktop.services.changes import Changes
from oms_desktop.services.records import OrderDetail
from oms_desktop.services.safekeeping import Safekeeping


class MainWindow(QMainWindow):
    """Counter, Orders, Products & Stock, Customers, Charts, Settings, Till, Audit and Purchasing; starts at
    the counter."""

    COUNTER, ORDERS, STOCK, CUSTOMERS, CHARTS, SETTINGS, TILL, AUDIT, PURCHASING = range(9)

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
        self.till = TillPage(ctx)
        self.audit = AuditPage(ctx)
        self.purchasing = PurchasingPage(ctx)
        pages: list[tuple[QWidget, str, str]] = [
            (self.counter, self.tr("Counter"), "counter"),
            (self.orders, self.tr("Orders"), "orders"),
            (self.stock, self.tr("Products & Stock"), "stock"),
            (self.customers, self.tr("Customers"), "customers"),
            (self.charts, self.tr("Charts"), "charts"),
            (self.settings, self.tr("Settings"), "settings"),
            (self.till, self.tr("Till"), "till"),
            (self.audit, self.tr("Audit"), "audit"),
            (self.purchasing, self.tr("Purchasing"), "purchasing"),
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
        # The shop's pages, or the sign-in screen in front of them (the open sale stays where it was).
        self.sign_in_screen = SignInScreen(ctx.tasks, ctx.shop.shop_name)
        self.sign_in_screen.signed_in.connect(self._signed_in)
        self.screens = QStackedWidget()
        self.screens.addWidget(central)
        self.screens.addWidget(self.sign_in_screen)
        self.setCentralWidget(self.screens)
        ctx.tasks.ask_approval = ask_approval(ctx.tasks, self._front_window)
        self.users_exist = operations.people.any_users().call(ctx.tasks)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self._idle_ms = max(0, this_computer.load(ctx.config.data_dir).idle_lock_minutes) * 60_000
        self.customer_display = CustomerDisplay(ctx.shop.shop_name, self)
        self.counter.display_changed.connect(self.customer_display.show_state)
        if this_computer.load(ctx.config.data_dir).customer_display:
            self.customer_display.place()
        display = QShortcut(QKeySequence("Ctrl+Shift+D"), self, self.toggle_customer_display)
        display.setContext(Qt.ShortcutContext.WindowShortcut)
        lock = QShortcut(QKeySequence("Ctrl+L"), self, self.lock)
        lock.setContext(Qt.ShortcutContext.WindowShortcut)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

        self.database_label = QLabel(self.tr("Database: {db}").format(db=ctx.database))
        self.database_label.setObjectName("statusDatabase")
        self.user_label = QLabel(self.tr("User: {user}").format(user=ctx.user))
        self.user_label.setObjectName("statusUser")
        self.busy_label = QLabel()
        self.busy_label.setObjectName("statusBusy")
        self.safety_label = QLabel()
        self.safety_label.setObjectName("statusSafety")
        # The notification centre: the bell with the unread count; the rules run on a thread of their own.
        self.bell = NotificationBell(ctx)
        self.bell.open_order.connect(self.open_order)
        self.bell.open_product.connect(self.open_product)
        # Not a child of the window: a window rebuilt in another language is deleted, not closed, and its
        # runner is stopped (its thread ended, its connection closed) when the window is gone.
        runner = RuleRunner(ctx.config, ctx.zone, this_computer.load(ctx.config.data_dir).till_name())
        runner.ran.connect(self.bell.show_count_of_run)
        self.destroyed.connect(lambda *_args: runner.stop())
        self.rule_runner = runner
        bar = self.statusBar()
        bar.addPermanentWidget(self.bell)
        bar.addPermanentWidget(self.safety_label)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.user_label)
        # A method, not a lambda: Qt drops the connection when this window is deleted (a language switch
        # rebuilds the window while the task runner lives on).
        ctx.tasks.busy_changed.connect(self._show_busy)
        ctx.bus.changed.connect(self._on_changed)
        self.counter.order_saved.connect(self._order_saved)
        self.customers.open_order.connect(self.open_order)

        self._fit_screen(1280, 760)
        self._restore()
        self.show_page(self.COUNTER)
        if self.users_exist:
            self._show_sign_in()

    # --- who is at the till ------------------------------------------------------------------------------

    def lock(self) -> None:
        """Back to the sign-in screen (Ctrl+L, or idle): the next person signs in; the open sale is kept."""
        if not self.users_exist or self.screens.currentWidget() is self.sign_in_screen:
            return
        operations.people.sign_out().run(self.ctx.tasks, owner=self)
        self._show_sign_in()

    def _show_sign_in(self) -> None:
        self.idle.stop()
        self.screens.setCurrentWidget(self.sign_in_screen)
        self.sign_in_screen.reset()
        self.user_label.setText(self.tr("Signed out"))

    def _signed_in(self, actor: Actor) -> None:
        self.ctx.user = actor.name
        self.user_label.setText(
            self.tr("User: {user} ({role})").format(user=actor.name, role=labels.role(actor.role.value))
        )
        self.screens.setCurrentIndex(0)
        self._restart_idle()
        current = self.stack.currentWidget()
        if current is not None:
            current.setFocus()

    def _restart_idle(self) -> None:
        if self.users_exist and self._idle_ms and self.screens.currentIndex() == 0:
            self.idle.start(self._idle_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._restart_idle()
        return False

    def _front_window(self) -> QWidget:
        return QApplication.activeModalWidget() or self

    def look_after_store(self) -> None:
        """Check every page of the shop file and make today's backup, on the worker, after the window shows."""
        work = operations.safekeeping.look_after(
            self.ctx.config.db_url, self.ctx.config.backup_dir, self.ctx.shop.backup_folder
        )
        self.ctx.tasks.run_cpu(work, self._looked_after, self._safekeeping_failed, owner=self)

    def _looked_after(self, kept: Safekeeping) -> None:
        if kept.damage is not None:
            self._warn_safety(self.tr("Database damaged: nothing can be saved"))
            if kept.newest_backup is not None:
                remedy = self.tr(
                    "Restore the newest backup, {backup}: close this window, then run\n"
                    'oms-desktop --data-dir "{folder}" db restore "{backup}"'
                ).format(backup=kept.newest_backup, folder=self.ctx.config.data_dir)
            else:
                remedy = self.tr(
                    "There is no backup in {folder}: copy the file and ask for help before going on."
                ).format(folder=self.ctx.config.backup_dir)
            QMessageBox.warning(
                self,
                self.tr("The database is damaged"),
                self.tr(
                    "The check after opening found damage in the shop's file ({finding}). Nothing more is saved "
                    "until a backup is restored. You can still look things up and export.\n\n{remedy}"
                ).format(finding=kept.damage, remedy=remedy),
            )
        elif kept.backup_problem is not None:
            self._warn_safety(self.tr("Backup failed: {problem}").format(problem=kept.backup_problem))
        elif kept.second_copy_problem is not None:
            self._warn_safety(
                self.tr("Backup not copied to the second folder: {problem}").format(
                    problem=kept.second_copy_problem
                )
            )
        elif kept.backup is not None:
            self.safety_label.setText(self.tr("Backed up today"))

    def _safekeeping_failed(self, error: DomainError) -> None:
        self._warn_safety(self.tr("Backup failed: {problem}").format(problem=error_text.describe(error)))

    def _warn_safety(self, text: str) -> None:
        self.safety_label.setText(text)
        self.safety_label.setToolTip(text)
        self.safety_label.setStyleSheet("color: #b00020; font-weight: bold;")

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        if index == self.COUNTER:
            self.counter.focus_search()

    def open_order(self, number: str) -> None:
        self.show_page(self.ORDERS)
        self.orders.open_order(number)

    def open_product(self, sku: str) -> None:
        """Products & Stock, searched for the product ("" : the whole catalogue)."""
        self.show_page(self.STOCK)
        self.stock.search.setText(sku)

    def tables(self) -> list[QTableView]:
        return [t for t in self.findChildren(QTableView) if t.objectName()]

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _order_saved(self, detail: OrderDetail) -> None:
        self.statusBar().showMessage(self.tr("Saved {number}").format(number=detail.number), 8000)

    def _on_changed(self, _changes: object) -> None:
        if isinstance(_changes, Changes) and _changes.settings and not self.users_exist:
            # The first user was just added (Settings): from now on the window asks who is at the till.
            self.users_exist = operations.people.any_users().call(self.ctx.tasks)
            if self.users_exist:
                self._show_sign_in()
        self.setWindowTitle(self.tr("OMS Desktop — {shop}").format(shop=self.ctx.shop.shop_name))

    # --- remembered layout ---------------------------------------------------------------------------

    def _fit_screen(self, width: int, height: int) -> None:
        """The first size, within the screen's free area less the title bar (a 1366x768 till showed the
        window's status bar below the screen's edge)."""
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            frame = 40  # the window manager's title bar and borders, not counted by resize()
            width, height = min(width, free.width()), min(height, free.height() - frame)
        self.resize(width, height)

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
        self.counter.parking.keep_at_once()  # the sale on the counter, for the next window
        ui = self.ctx.ui
        ui.setValue("window/geometry", self.saveGeometry())
        ui.setValue("window/state", self.saveState())
        for view in self.tables():
            save_columns(view, ui)
        ui.sync()

    def toggle_customer_display(self) -> None:
        """Ctrl+Shift+D: the customer display shown or hidden."""
        if self.customer_display.isVisible():
            self.customer_display.hide()
        else:
            self.customer_display.place()
            self.counter.tell_display()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.rule_runner.stop()
        self.save_layout()
        self.customer_display.hide()
        super().closeEvent(event)
