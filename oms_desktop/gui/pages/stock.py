"""Products & Stock: the catalogue (add, edit), stock per location (on hand, reserved, on order),
receive/adjust/transfer, the ledger, stocktakes, and a product's demand chart."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from oms_desktop.gui import operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.demand_chart import DemandChartDialog
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.product_form import ProductDialog
from oms_desktop.gui.dialogs.stock_moves import AdjustDialog, ReceiveDialog, StockMove, TransferDialog
from oms_desktop.gui.dialogs.stocktake import StocktakeDialog
from oms_desktop.gui.models.products import ProductsModel
from oms_desktop.gui.models.stock import MovementsModel, StockLevelsModel
from oms_desktop.gui.operations import Op
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.catalogue import ProductInput
from oms_desktop.services.changes import Changes
from oms_desktop.services.records import LocationRecord, MovementRecord, ProductRecord, StockLevelRecord
from oms_desktop.services.stocktakes import CountRecord

SEARCH_DELAY_MS = 200


class StockPage(QWidget):
    """The catalogue on top; the selected product's stock per location and its ledger below."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stockPage")
        self.ctx = ctx
        # Read when the page is first shown; a header click sorts the whole catalogue in the database.
        self.products = ProductsModel(ctx.tasks, self, idle=True)
        self.levels = StockLevelsModel(self)
        self.movements = MovementsModel(self)
        self.dialog: FormDialog | None = None
        self.window_dialog: QDialog | None = None  # the stocktake or the demand chart
        self._selected_id: int | None = None

        self.search = QLineEdit()
        self.search.setObjectName("productsSearch")
        self.search.setPlaceholderText(self.tr("Search by SKU, barcode or name (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.new_button = self._button("newProduct", self.tr("New product…"), "Ctrl+N", self.new_product)
        self.edit_button = self._button("editProduct", self.tr("Edit…"), "Ctrl+E", self.edit_product)
        self.receive_button = self._button("receiveStock", self.tr("Receive…"), "Ctrl+R", self.receive)
        self.adjust_button = self._button("adjustStock", self.tr("Adjust…"), "Ctrl+J", self.adjust)
        self.transfer_button = self._button("transferStock", self.tr("Transfer…"), "Ctrl+T", self.transfer)
        self.count_button = self._button("stocktake", self.tr("Stocktake…"), "Ctrl+K", self.stocktake)
        self.demand_button = self._button("demandChart", self.tr("Demand…"), "Ctrl+D", self.demand)
        legend = QLabel(self.tr("Red rows: available below the reorder point"))
        legend.setObjectName("lowStockLegend")

        self.table = make_table("productsTable", self)
        # Several products may be picked (Shift/Ctrl) to count only those; the other actions take the current one.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setModel(self.products)
        self.table.sortByColumn(ProductsModel.COL_NAME, Qt.SortOrder.AscendingOrder)
        M = ProductsModel
        set_columns(
            self.table,
            {
                M.COL_SKU: 85,
                M.COL_BARCODE: 110,
                M.COL_UNIT: 45,
                M.COL_PRICE: 70,
                M.COL_WHOLESALE: 80,
                M.COL_COST: 65,
                M.COL_TAX: 50,
                M.COL_ON_HAND: 65,
                M.COL_RESERVED: 70,
                M.COL_ON_ORDER: 70,
                M.COL_AVAILABLE: 70,
                M.COL_REORDER: 95,
                M.COL_ACTIVE: 55,
            },
            stretch=M.COL_NAME,
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(lambda _index: self.edit_product())

        self.stock_table = make_table("stockTable", self)
        self.stock_table.setModel(self.levels)
        self.movements_table = make_table("movementsTable", self, sortable=False)
        self.movements_table.setModel(self.movements)
        set_columns(
            self.movements_table,
            {
                MovementsModel.COL_DATE: 125,
                MovementsModel.COL_KIND: 100,
                MovementsModel.COL_REASON: 220,
                MovementsModel.COL_ORDER: 130,
            },
            stretch=MovementsModel.COL_USER,
        )
        set_columns(
            self.stock_table,
            {
                StockLevelsModel.COL_LOCATION: 90,
                StockLevelsModel.COL_ON_HAND: 90,
                StockLevelsModel.COL_RESERVED: 90,
                StockLevelsModel.COL_ON_ORDER: 90,
                StockLevelsModel.COL_AVAILABLE: 90,
                StockLevelsModel.COL_REORDER: 110,
            },
            stretch=StockLevelsModel.COL_LOCATION_NAME,
        )
        self.tabs = QTabWidget()
        self.tabs.setObjectName("stockTabs")
        self.tabs.addTab(self.stock_table, self.tr("Stock by location"))
        self.tabs.addTab(self.movements_table, self.tr("Movements (ledger)"))
        self.selected_label = QLabel(self.tr("Select a product to see its stock"))
        self.selected_label.setObjectName("selectedProduct")
        self.message = MessageBar(self)
        self.message.setObjectName("stockMessage")

        tools = QHBoxLayout()
        tools.addWidget(self.search, 1)
        for button in (
            self.new_button,
            self.edit_button,
            self.receive_button,
            self.adjust_button,
            self.transfer_button,
            self.count_button,
            self.demand_button,
        ):
            tools.addWidget(button)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.selected_label)
        lower_layout.addWidget(self.tabs)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("stockSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([450, 230])
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(legend)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.products.search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        QShortcut(
            QKeySequence("Ctrl+F"),
            self,
            self.search.setFocus,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.products.loaded.connect(self._reselect)
        self.products.dataChanged.connect(lambda *_args: self._show_selected())
        ctx.bus.changed.connect(self._on_changed)
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.products.idle:
            self.products.reload()

    def _button(self, name: str, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(f"{text.rstrip('…')} ({key})")
        button.clicked.connect(slot)
        QShortcut(QKeySequence(key), self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return button

    # --- selection -----------------------------------------------------------------------------------

    @property
    def selected(self) -> ProductRecord | None:
        """The product the actions work on: the current row when it is selected, else the first selected."""
        selection = self.table.selectionModel()
        rows = selection.selectedRows()
        if not rows:
            return None
        current = self.table.currentIndex()
        row = current.row() if current.isValid() and selection.isRowSelected(current.row()) else rows[0].row()
        return self.products.row_at(row)

    def selected_skus(self) -> list[str]:
        """Every selected product's SKU, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [self.products.row_at(row).sku for row in rows]

    def select_product(self, product_id: int) -> bool:
        row = self.products.row_of(product_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        product = self.selected
        self._update_buttons()
        self._show_selected()
        if product is None:
            return
        self._selected_id = product.id
        self._load_stock(product)

    def _show_selected(self) -> None:
        product = self.selected
        if product is None:
            self.selected_label.setText(self.tr("Select a product to see its stock"))
            return
        self.selected_label.setText(
            self.tr("{sku} · {name}: {available} available of {on_hand} on hand").format(
                sku=product.sku, name=product.name, available=product.available, on_hand=product.on_hand
            )
        )

    def _load_stock(self, product: ProductRecord) -> None:
        sku, pid = product.sku, product.id
        operations.stock.product_stock(sku).run(
            self.ctx.tasks, lambda result: self._stock_loaded(pid, result), owner=self
        )

    def _stock_loaded(
        self, product_id: int, result: tuple[list[StockLevelRecord], list[MovementRecord]]
    ) -> None:
        if product_id == self._selected_id:
            self.levels.set_rows(result[0])
            self.movements.set_rows(result[1])

    def _reselect(self) -> None:
        if self._selected_id is not None and self.selected is None:
            self.select_product(self._selected_id)

    def _update_buttons(self) -> None:
        chosen = self.selected is not None
        for button in (
            self.edit_button,
            self.receive_button,
            self.adjust_button,
            self.transfer_button,
            self.demand_button,
        ):
            button.setEnabled(chosen)

    def _on_changed(self, changes: Changes) -> None:
        product = self.selected
        if product is None or not (changes.stock or changes.products):
            return
        if not changes.product_ids or product.id in changes.product_ids:
            self._load_stock(product)

    # --- actions -------------------------------------------------------------------------------------

    def new_product(self) -> None:
        dialog = ProductDialog(
            None, self.ctx.shop.default_tax_rate, self, tax_included=self.ctx.shop.prices_include_tax
        )
        self._open(dialog, operations.stock.add_product, self.tr("{sku} added"))

    def edit_product(self) -> None:
        product = self.selected
        if product is None:
            return
        dialog = ProductDialog(
            product, self.ctx.shop.default_tax_rate, self, tax_included=self.ctx.shop.prices_include_tax
        )
        pid = product.id
        self._open(dialog, lambda data: operations.stock.update_product(pid, data), self.tr("{sku} saved"))

    def receive(self) -> None:
        self._stock_dialog(ReceiveDialog, self._receive, self.tr("{quantity} of {sku} received"))

    def adjust(self) -> None:
        self._stock_dialog(AdjustDialog, self._adjust, self.tr("{sku} adjusted by {quantity}"))

    def transfer(self) -> None:
        self._stock_dialog(TransferDialog, self._transfer, self.tr("{quantity} of {sku} transferred"))

    def _stock_dialog(
        self,
        kind: type[ReceiveDialog] | type[AdjustDialog] | type[TransferDialog],
        work: Callable[[str, StockMove], Op[Any]],
        success: str,
    ) -> None:
        product = self.selected
        if product is None:
            return
        locations: list[LocationRecord] = operations.stock.locations().call(self.ctx.tasks)
        dialog = kind(product, locations, self)
        sku = product.sku
        dialog.bind(
            self.ctx.tasks,
            lambda move: work(sku, move),
            lambda _o: self.message.show_success(success.format(sku=sku, quantity=dialog.value().quantity)),
        )
        self.dialog = open_dialog(dialog)

    @staticmethod
    def _receive(sku: str, move: StockMove) -> Op[Any]:
        return operations.stock.receive(sku, move.quantity, move.location, move.unit_cost)

    @staticmethod
    def _adjust(sku: str, move: StockMove) -> Op[Any]:
        return operations.stock.adjust(sku, move.quantity, move.reason, move.location)

    @staticmethod
    def _transfer(sku: str, move: StockMove) -> Op[Any]:
        return operations.stock.transfer(sku, move.quantity, move.location, move.target)

    def stocktake(self) -> None:
        """Start a count (of the selected products, or all) or continue an open one."""
        locations: list[LocationRecord] = operations.stock.locations().call(self.ctx.tasks)
        dialog = StocktakeDialog(self.ctx.tasks, locations, self.selected_skus(), self)
        dialog.ended.connect(self._count_ended)
        dialog.left_open.connect(
            lambda number: self.message.show_info(
                self.tr("{number} stays open: Stocktake… continues it").format(number=number)
            )
        )
        self.window_dialog = open_dialog(dialog)

    def _count_ended(self, count: CountRecord) -> None:
        if count.state == "finished":
            booked = sum(1 for line in count.lines if line.booked)
            self.message.show_success(
                self.tr("{number} finished: {count} adjustments booked").format(
                    number=count.number, count=booked
                )
            )
        else:
            self.message.show_info(self.tr("{number} cancelled: nothing booked").format(number=count.number))

    def demand(self) -> None:
        """The selected product's daily demand with its reorder point, safety stock and projected stock."""
        product = self.selected
        if product is None:
            return
        self.window_dialog = open_dialog(DemandChartDialog(self.ctx.tasks, product.sku, self))

    def _open(self, dialog: ProductDialog, work: Callable[[ProductInput], Op[Any]], success: str) -> None:
        def done(outcome: Any) -> None:
            product: ProductRecord = outcome.value
            self._selected_id = product.id
            self.message.show_success(success.format(sku=product.sku))

        dialog.bind(self.ctx.tasks, work, done)
        self.dialog = open_dialog(dialog)
