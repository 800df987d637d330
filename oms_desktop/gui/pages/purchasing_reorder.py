"""Purchasing › To reorder: every product's replenishment figures and what to order, with the formulas
as tooltips; Create draft POs turns the suggestions into drafts, one per preferred supplier; the owner
pins (or unpins) a product's reorder point."""

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from oms_desktop.domain.replenishment import z_for
from oms_desktop.gui import labels, operations
from oms_desktop.gui.context import AppContext
from oms_desktop.gui.dialogs.opening import open_dialog
from oms_desktop.gui.dialogs.pin_reorder import PinDialog
from oms_desktop.gui.models.suggestions import SuggestionsModel, figure
from oms_desktop.gui.widgets.message_bar import MessageBar
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.changes import Changes, Outcome
from oms_desktop.services.replenishment import CreatedPOs, Suggestion
from oms_desktop.services.suppliers import SupplierRecord

WATCHED = ("purchase_orders", "suppliers")  # the kinds besides stock, products and settings


class ReorderTab(QWidget):
    """The suggestion table; `drafted(numbers)` tells the page which POs Create draft POs wrote."""

    drafted = Signal(list)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reorderTab")
        self.ctx = ctx
        self.model = SuggestionsModel(self)
        self.loaded_once = False
        self.loading = False
        self._stale = True
        self.pin_dialog: PinDialog | None = None

        self.supplier = QComboBox()
        self.supplier.setObjectName("reorderSupplier")
        # Suppliers' names are long ("杭州茶叶合作社 Hangzhou Tea Cooperative"): the box keeps a sensible width.
        self.supplier.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.supplier.setMinimumContentsLength(22)
        self.supplier.addItem(self.tr("All suppliers"), None)
        self.supplier.currentIndexChanged.connect(lambda _i: self.reload())
        self.only_needed = QCheckBox(self.tr("Only what to order"))
        self.only_needed.setObjectName("reorderOnlyNeeded")
        self.only_needed.setChecked(True)
        self.only_needed.toggled.connect(lambda _on: self.reload())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.setObjectName("reorderRefresh")
        self.refresh_button.clicked.connect(self.reload)
        self.create_button = QPushButton(self.tr("Create draft POs"))
        self.create_button.setObjectName("createDraftPOs")
        self.create_button.setToolTip(
            self.tr(
                "One draft PO per preferred supplier with the quantities to order (an open draft is extended)"
            )
        )
        self.create_button.clicked.connect(self.create_drafts)
        self.pin_button = QPushButton(self.tr("Pin reorder point…"))
        self.pin_button.setObjectName("pinReorderPoint")
        self.pin_button.clicked.connect(self.pin)
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.unpin_button.setObjectName("unpinReorderPoint")
        self.unpin_button.clicked.connect(self.unpin)
        self.legend = QLabel()
        self.legend.setObjectName("reorderLegend")
        self.legend.setWordWrap(True)
        self.message = MessageBar(self)
        self.message.setObjectName("reorderMessage")

        self.table = make_table("suggestionsTable", self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # the core's order: what to order first, then by SKU
        M = SuggestionsModel
        set_columns(
            self.table,
            {
                M.COL_SKU: 75,
                M.COL_NAME: 150,
                M.COL_SUPPLIER: 65,
                M.COL_AVAILABLE: 62,
                M.COL_ON_ORDER: 62,
                M.COL_MEAN: 58,
                M.COL_STD: 50,
                M.COL_LEAD: 62,
                M.COL_SAFETY: 82,
                M.COL_REORDER: 88,
                M.COL_EOQ: 55,
                M.COL_ORDER: 62,
            },
            stretch=M.COL_NOTE,
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        tools = QHBoxLayout()
        tools.addWidget(self.supplier)
        tools.addWidget(self.only_needed)
        tools.addStretch(1)
        for button in (self.refresh_button, self.pin_button, self.unpin_button, self.create_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.legend)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        ctx.bus.changed.connect(self._on_changed)
        self._show_legend()
        self._update_buttons()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    # --- reading -------------------------------------------------------------------------------------

    def set_suppliers(self, suppliers: list[SupplierRecord]) -> None:
        chosen = self.supplier.currentData()
        self.supplier.blockSignals(True)
        self.supplier.clear()
        self.supplier.addItem(self.tr("All suppliers"), None)
        for s in suppliers:
            self.supplier.addItem(f"{s.code} · {s.name}", s.code)
        self.supplier.setCurrentIndex(max(self.supplier.findData(chosen), 0))
        self.supplier.blockSignals(False)

    def reload(self) -> None:
        self._stale = False
        self.loading = True
        supplier, only = self.supplier.currentData(), self.only_needed.isChecked()
        operations.purchasing.suggestions(supplier, only_needed=only).run(
            self.ctx.tasks, self._loaded, self._failed, owner=self
        )

    def _loaded(self, rows: list[Suggestion]) -> None:
        self.loading = False
        self.loaded_once = True
        chosen = self.selected
        self.model.set_rows(rows)
        if chosen is not None:
            row = self.model.find(lambda s: s.sku == chosen.sku)
            if row is not None:
                self.table.selectRow(row)
        self._show_legend()
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        self.loading = False
        self.message.show_error(error)

    def _show_legend(self) -> None:
        shop = self.ctx.shop
        self.model.service_level = shop.service_level
        self.model.holding_rate = shop.holding_cost_rate
        to_order = sum(1 for s in self.model.rows() if s.needs_order)
        self.legend.setText(
            self.tr(
                "{count} to order · service level {level}% (z = {z}) · holding cost {rate}% a year · "
                "demand over the last 90 days. Hover a header or a figure for its formula with the numbers."
            ).format(
                count=to_order,
                level=shop.service_level,
                z=f"{z_for(shop.service_level):.3f}",
                rate=shop.holding_cost_rate,
            )
        )

    def _on_changed(self, changes: Changes) -> None:
        if not (
            changes.stock or changes.products or changes.settings or any(changes.touches(k) for k in WATCHED)
        ):
            return
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    # --- selection -----------------------------------------------------------------------------------

    @property
    def selected(self) -> Suggestion | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_sku(self, sku: str) -> bool:
        row = self.model.find(lambda s: s.sku == sku)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected
        self.pin_button.setEnabled(row is not None)
        self.pin_button.setToolTip(
            self.tr("Select a product first")
            if row is None
            else self.tr("Your own reorder point for {sku}, instead of the computed one").format(sku=row.sku)
        )
        self.unpin_button.setEnabled(row is not None and row.pinned)
        if row is None:
            self.unpin_button.setToolTip(self.tr("Select a product first"))
        elif not row.pinned:
            self.unpin_button.setToolTip(
                self.tr("The reorder point of {sku} is computed, not pinned").format(sku=row.sku)
            )
        else:
            self.unpin_button.setToolTip(
                self.tr("Compute the reorder point of {sku} again").format(sku=row.sku)
            )
        needed = any(s.needs_order for s in self.model.rows())
        self.create_button.setEnabled(needed)
        if not needed:
            self.create_button.setToolTip(
                self.tr("Nothing to order: no product is at or below its reorder point")
            )
        else:
            self.create_button.setToolTip(
                self.tr(
                    "One draft PO per preferred supplier with the quantities to order (an open draft is extended)"
                )
            )

    # --- actions -------------------------------------------------------------------------------------

    def create_drafts(self) -> None:
        self.create_button.setEnabled(False)
        operations.purchasing.create_draft_pos(self.supplier.currentData()).run(
            self.ctx.tasks, self._drafted, self._action_failed, owner=self
        )

    def _drafted(self, outcome: Outcome[CreatedPOs]) -> None:
        made = outcome.value
        if not made.purchase_orders:
            text = self.tr("Nothing to order")
        else:
            text = "; ".join(
                self.tr("{number} for {supplier}: {lines}").format(
                    number=po.number, supplier=po.supplier_name, lines=labels.lines(len(po.lines))
                )
                for po in made.purchase_orders
            )
        if made.without_supplier:
            self.message.show_warning(
                self.tr("{done}. No supplier to order from: {skus}").format(
                    done=text, skus=", ".join(made.without_supplier)
                )
            )
        else:
            self.message.show_success(text)
        self.drafted.emit([po.number for po in made.purchase_orders])

    def _action_failed(self, error: BaseException) -> None:
        self.message.show_error(error)
        self._update_buttons()

    def pin(self) -> None:
        row = self.selected
        if row is None:
            return
        dialog = PinDialog(row, self)
        sku = row.sku
        dialog.bind(
            self.ctx.tasks,
            lambda quantity: operations.purchasing.pin_reorder_point(sku, quantity),
            lambda outcome: self.message.show_success(
                self.tr("Reorder point of {sku} pinned at {quantity}").format(
                    sku=sku, quantity=figure(outcome.value.reorder_point, max(outcome.value.decimals, 2))
                )
            ),
        )
        self.pin_dialog = open_dialog(dialog)

    def unpin(self) -> None:
        row = self.selected
        if row is None or not row.pinned:
            return
        sku = row.sku
        operations.purchasing.pin_reorder_point(sku, None).run(
            self.ctx.tasks,
            lambda _o: self.message.show_success(
                self.tr("The reorder point of {sku} is computed again").format(sku=sku)
            ),
            self._action_failed,
            owner=self,
        )
