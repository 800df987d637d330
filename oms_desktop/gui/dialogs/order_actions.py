"""The inputs some order actions need: carrier, tracking and what leaves to ship, a reason to cancel, a
refund."""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from oms_desktop.domain import PaymentMethod
from oms_desktop.domain.payment import CHOOSABLE_METHODS
from oms_desktop.gui import labels
from oms_desktop.gui.dialogs.form_dialog import FormDialog
from oms_desktop.gui.formatting import money_with_symbol
from oms_desktop.gui.models.ship_lines import Leaving, ShipLinesModel
from oms_desktop.gui.widgets.money_edit import MoneyEdit
from oms_desktop.gui.widgets.tables import commit_editor, make_table, set_columns
from oms_desktop.services.backorders import ShortLine
from oms_desktop.services.records import OrderLineRecord
from oms_desktop.services.shipping import ShipItem

CARRIERS = ("SF Express", "ZTO Express", "YTO Express", "STO Express", "Yunda", "JD Logistics", "EMS")


@dataclass(frozen=True)
class Shipping:
    carrier: str
    tracking: str
    items: tuple[ShipItem, ...] = ()  # none: all that is left


class ShipDialog(FormDialog):
    """Carrier (a known one or typed) and tracking number, both required; with the order's lines, how much
    of each leaves now (all that is left unless the user says less: a partial shipment, the rest later).
    `short`: what the order waits for, which stays behind by default."""

    def __init__(
        self,
        number: str,
        parent: QWidget | None = None,
        lines: Sequence[OrderLineRecord] = (),
        short: Sequence[ShortLine] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shipDialog")
        self.set_texts(self.tr("Ship order {number}").format(number=number), self.tr("Ship"))
        self.carrier = QComboBox()
        self.carrier.setObjectName("shipCarrier")
        self.carrier.setEditable(True)
        self.carrier.addItems(CARRIERS)
        self.tracking = QLineEdit()
        self.tracking.setObjectName("shipTracking")
        self.tracking.setPlaceholderText(self.tr("Tracking number from the carrier's label"))
        self.form.addRow(self.tr("Carrier"), self.carrier)
        self.form.addRow(self.tr("Tracking number"), self.tracking)
        self.lines = ShipLinesModel(self)
        self.table = make_table("shipLines", self, sortable=False)
        self.summary = QLabel()
        self.summary.setObjectName("shipSummary")
        left = [line for line in lines if line.to_ship > 0]
        if left:
            self._add_lines(left, short)
        self.tracking.setFocus()

    def _add_lines(self, left: list[OrderLineRecord], short: Sequence[ShortLine]) -> None:
        self.setMinimumWidth(640)
        lacking: dict[str, Decimal | int] = {}
        for s in short:
            lacking[s.sku] = lacking.get(s.sku, 0) + s.short
        rows: list[Leaving] = []
        for line in reversed(left):  # what the shelf lacks of a product stays behind on its last lines
            lacks = min(lacking.get(line.sku, 0), line.to_ship)
            lacking[line.sku] = lacking.get(line.sku, 0) - lacks
            rows.insert(0, Leaving(line, line.to_ship, lacks))
        self.lines.set_rows(rows)
        self.lines.fill()
        self.lines.refused.connect(self.message.show_error)
        self.lines.edited.connect(self._show_summary)
        self.table.setModel(self.lines)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        M = ShipLinesModel
        set_columns(
            self.table,
            {M.COL_SKU: 90, M.COL_ORDERED: 65, M.COL_SHIPPED: 65, M.COL_LEFT: 65, M.COL_NOW: 80},
            stretch=M.COL_NAME,
        )
        self.table.setMinimumHeight(min(26 * len(left) + 32, 240))
        fill = QPushButton(self.tr("All that is left"))
        fill.setObjectName("shipFill")
        fill.setAutoDefault(False)
        fill.setToolTip(self.tr("Every line ships what is left of it (what the shelf lacks stays behind)"))
        fill.clicked.connect(self.lines.fill)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(fill)
        self.form.addRow(self.table)
        self.form.addRow(row)
        self._show_summary()

    def _show_summary(self) -> None:
        if self.lines.everything():
            self.summary.setText(self.tr("All that is left ships now"))
        else:
            self.summary.setText(
                self.tr("A part ships now ({units}); the rest stays reserved for a later parcel").format(
                    units=self.lines.units()
                )
            )

    def value(self) -> Shipping:
        commit_editor(self.table)  # a quantity still being typed counts
        carrier, tracking = self.carrier.currentText().strip(), self.tracking.text().strip()
        if not carrier:
            raise ValueError(self.tr("Choose or type the carrier"))
        if not tracking:
            raise ValueError(self.tr("Type the tracking number"))
        if self.lines.rowCount() == 0 or self.lines.everything():
            return Shipping(carrier, tracking)
        if not self.lines.units():
            raise ValueError(self.tr("Nothing ships yet: type how much of a line leaves now"))
        return Shipping(carrier, tracking, tuple(self.lines.items()))


class CancelDialog(FormDialog):
    """Confirms a cancellation and takes an optional reason for the history."""

    def __init__(self, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cancelDialog")
        self.set_texts(self.tr("Cancel order {number}").format(number=number), self.tr("Cancel the order"))
        self.reason = QLineEdit()
        self.reason.setObjectName("cancelReason")
        self.reason.setPlaceholderText(self.tr("e.g. customer changed their mind"))
        self.form.addRow(QLabel(self.tr("Reserved stock is released. This cannot be undone.")))
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> str:
        return self.reason.text().strip()


@dataclass(frozen=True)
class Refund:
    amount: Decimal
    method: PaymentMethod
    reason: str


class RefundDialog(FormDialog):
    """Money given back: at most what was paid."""

    def __init__(
        self,
        number: str,
        paid: Decimal,
        currency: str,
        parent: QWidget | None = None,
        amount: Decimal | None = None,  # what to give back (default: all that was paid)
    ) -> None:
        super().__init__(parent)
        self.setObjectName("refundDialog")
        self.set_texts(self.tr("Refund order {number}").format(number=number), self.tr("Refund"))
        self.paid = paid
        self.amount = MoneyEdit()
        self.amount.setObjectName("refundAmount")
        self.amount.set_value(paid if amount is None else amount)
        self.method = QComboBox()
        self.method.setObjectName("refundMethod")
        for m in CHOOSABLE_METHODS:
            self.method.addItem(labels.payment_method(m.value), m)
        self.reason = QLineEdit()
        self.reason.setObjectName("refundReason")
        self.form.addRow(self.tr("Paid so far"), QLabel(money_with_symbol(paid, currency)))
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Method"), self.method)
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> Refund:
        amount = self.amount.value()
        if amount is None or amount <= 0:
            raise ValueError(self.tr("The refund needs an amount above zero"))
        if amount > self.paid:
            raise ValueError(self.tr("A refund cannot be more than was paid"))
        return Refund(amount, PaymentMethod(self.method.currentData()), self.reason.text().strip())


@dataclass(frozen=True)
class Return:
    method: PaymentMethod | None  # None: the ways it was paid
    reason: str


class ReturnDialog(FormDialog):
    """Goods taken back after they left: stock comes back and everything paid is refunded."""

    def __init__(self, number: str, paid: Decimal, currency: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("returnDialog")
        self.set_texts(self.tr("Return order {number}").format(number=number), self.tr("Take back"))
        self.method = QComboBox()
        self.method.setObjectName("returnMethod")
        # The ways it was paid first: another way is a manager's (services/returns.py).
        self.method.addItem(self.tr("The ways it was paid"), None)
        for m in CHOOSABLE_METHODS:
            self.method.addItem(labels.payment_method(m.value), m)
        self.reason = QLineEdit()
        self.reason.setObjectName("returnReason")
        self.form.addRow(QLabel(self.tr("The goods go back into stock. This cannot be undone.")))
        self.form.addRow(self.tr("Refund"), QLabel(money_with_symbol(paid, currency)))
        self.form.addRow(self.tr("Refund by"), self.method)
        self.form.addRow(self.tr("Reason"), self.reason)

    def value(self) -> Return:
        chosen = self.method.currentData()
        return Return(PaymentMethod(chosen) if chosen else None, self.reason.text().strip())
