"""An order's parts in tabs: its lines, payments, shipments and history, each a small table."""

from typing import Any

from PySide6.QtWidgets import QHeaderView, QTableView, QTabWidget, QWidget

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
            {
                L.COL_SKU: 85,
                L.COL_QTY: 45,
                L.COL_PRICE: 80,
                L.COL_DISCOUNT: 70,
                L.COL_TOTAL: 85,
                L.COL_SHIPPED: 58,
                L.COL_TO_SHIP: 58,
            },
            L.COL_NAME,
            self,
        )
        # Line number, tax rate and tax stay hidden in the narrow panel (the totals show the tax); shipped
        # and to ship show while an order is partly shipped.
        for column in (L.COL_LINE, L.COL_TAX_RATE, L.COL_TAX, L.COL_SHIPPED, L.COL_TO_SHIP):
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
            {S.COL_CARRIER: 85, S.COL_TRACKING: 105, S.COL_SHIPPED: 118, S.COL_DELIVERED: 118},
            S.COL_CONTENTS,
            self,
        )
        self.shipments_table = shipments
        # A parcel's contents one line each: an order has a few parcels, so rows may grow to their text.
        shipments.setWordWrap(True)
        shipments.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
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
        # Shipped / to ship while a part has left and the rest waits for a later parcel, in the unit price's
        # and discount's place (the narrow panel has no room for all; the total still says what a line costs).
        parts = detail.fulfilment_state == "partly_shipped"
        for column in (OrderLinesModel.COL_SHIPPED, OrderLinesModel.COL_TO_SHIP):
            self.lines_table.setColumnHidden(column, not parts)
        self.lines_table.setColumnHidden(OrderLinesModel.COL_PRICE, parts)
        self.lines_table.setColumnHidden(
            OrderLinesModel.COL_DISCOUNT, parts or not any(ln.discount for ln in detail.lines)
        )
        self.payments.set_rows(detail.payments)
        self.shipments.show(detail.shipments, detail.lines)
        # Delivered only once a parcel arrived: until then its contents take the room.
        delivered = any(s.delivered_at is not None for s in detail.shipments)
        self.shipments_table.setColumnHidden(ShipmentsModel.COL_DELIVERED, not delivered)
        self.history.set_rows(detail.history)
