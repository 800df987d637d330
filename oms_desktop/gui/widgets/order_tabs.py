"""An order's parts in tabs: its lines, payments, shipments and history, each a small table."""

from typing import Any

from PySide6.QtWidgets import QTableView, QTabWidget, QWidget

from oms_desktop.gui.models.base import RowsModel
from oms_desktop.gui.models.order_parts import HistoryModel, OrderLinesModel, PaymentsModel, ShipmentsModel
from oms_desktop.gui.widgets.tables import make_table, set_columns
from oms_desktop.services.records import OrderDetail


def _table(
    name: str, model: RowsModel[Any], widths: dict[int, int], stretch: int, parent: QWidget
) -> QTableView:
    view = make_table(name, parent, sortable=False)
    view.setModel(model)
    set_columns(view, widths, stretch=stretch)
    return view


class OrderTabs(QTabWidget):
    """Lines, Payments, Shipments, History of one order (`show_order(detail)`; None empties them)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("orderTabs")
        self.lines = OrderLinesModel(self)
        self.payments = PaymentsModel(self)
        self.shipments = ShipmentsModel(self)
        self.history = HistoryModel(self)
        L, P, S, H = OrderLinesModel, PaymentsModel, ShipmentsModel, HistoryModel
        self.lines_table = _table(
            "orderLines",
            self.lines,
            {L.COL_SKU: 85, L.COL_QTY: 45, L.COL_PRICE: 80, L.COL_DISCOUNT: 70, L.COL_TOTAL: 85},
            L.COL_NAME,
            self,
        )
        # Line number, tax rate and tax stay hidden in the narrow panel (the totals show the tax).
        for column in (L.COL_LINE, L.COL_TAX_RATE, L.COL_TAX):
            self.lines_table.setColumnHidden(column, True)
        self.addTab(self.lines_table, self.tr("Lines"))
        payments = _table(
            "orderPayments",
            self.payments,
            {P.COL_DATE: 120, P.COL_KIND: 70, P.COL_METHOD: 100, P.COL_AMOUNT: 80},
            P.COL_REFERENCE,
            self,
        )
        self.addTab(payments, self.tr("Payments"))
        shipments = _table(
            "orderShipments",
            self.shipments,
            {S.COL_CARRIER: 110, S.COL_TRACKING: 130, S.COL_SHIPPED: 120},
            S.COL_DELIVERED,
            self,
        )
        self.addTab(shipments, self.tr("Shipments"))
        history = _table(
            "orderHistory",
            self.history,
            {H.COL_DATE: 120, H.COL_ACTION: 95, H.COL_FROM: 95, H.COL_TO: 95, H.COL_USER: 70},
            H.COL_DETAIL,
            self,
        )
        self.addTab(history, self.tr("History"))

    def show_order(self, detail: OrderDetail | None) -> None:
        if detail is None:
            for model in (self.lines, self.payments, self.shipments, self.history):
                model.set_rows([])
            return
        self.lines.set_rows(detail.lines)
        self.lines_table.setColumnHidden(
            OrderLinesModel.COL_DISCOUNT, not any(ln.discount for ln in detail.lines)
        )
        self.payments.set_rows(detail.payments)
        self.shipments.set_rows(detail.shipments)
        self.history.set_rows(detail.history)
