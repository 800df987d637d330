"""Purchasing: what to reorder (computed and explained), purchase orders from draft to received, and the
suppliers with a product's terms at each. One tab each (purchasing_reorder, _orders, _suppliers)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from oms_desktop.gui.context import AppContext
from oms_desktop.gui.pages.purchasing_orders import OrdersTab
from oms_desktop.gui.pages.purchasing_reorder import ReorderTab
from oms_desktop.gui.pages.purchasing_suppliers import SuppliersTab


class PurchasingPage(QWidget):
    REORDER, ORDERS, SUPPLIERS = range(3)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("purchasingPage")
        self.ctx = ctx
        self.reorder = ReorderTab(ctx)
        self.orders = OrdersTab(ctx)
        self.suppliers = SuppliersTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("purchasingTabs")
        self.tabs.addTab(self.reorder, self.tr("To reorder"))
        self.tabs.addTab(self.orders, self.tr("Purchase orders"))
        self.tabs.addTab(self.suppliers, self.tr("Suppliers"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.suppliers.suppliers_changed.connect(self.reorder.set_suppliers)
        self.reorder.drafted.connect(self._drafted)
        QShortcut(
            QKeySequence("F5"), self, self.refresh, context=Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        self.suppliers.reload()  # the suppliers' picker of the To reorder tab

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)

    def refresh(self) -> None:
        current = self.tabs.currentWidget()
        if isinstance(current, (ReorderTab, OrdersTab, SuppliersTab)):
            current.reload()

    def _drafted(self, numbers: list[str]) -> None:
        if numbers:
            said = self.reorder.message
            if said.kind == "warning":
                self.orders.message.show_warning(said.text())
            else:
                self.orders.message.show_success(said.text())
            self.show_tab(self.ORDERS)
            self.orders.open_po(numbers[0])
