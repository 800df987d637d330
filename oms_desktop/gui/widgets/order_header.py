"""The top of an order's detail: number, status, the facts in a few lines, and the sums."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from oms_desktop.gui import formatting, labels
from oms_desktop.gui.formatting import local_time, money_with_symbol
from oms_desktop.services.analytics.presets import local_today
from oms_desktop.services.records import OrderDetail


class OrderHeader(QWidget):
    """Shows an order's header and totals (`show_order(detail, currency)`; None clears it)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("No order selected"))
        self.title.setObjectName("orderTitle")
        self.status = QLabel()
        self.status.setObjectName("orderStatus")
        self.facts = QLabel()
        self.facts.setObjectName("orderFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sums: dict[str, QLabel] = {}
        sums = QGridLayout()
        captions = (
            ("subtotal", self.tr("Subtotal")),
            ("discount", self.tr("Discount")),
            ("tax", self.tr("Tax")),
            ("total", self.tr("Total")),
            ("paid", self.tr("Paid")),
            ("balance", self.tr("Balance")),
        )
        for i, (key, caption) in enumerate(captions):
            label = QLabel()
            label.setObjectName(f"order{key.capitalize()}")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            sums.addWidget(QLabel(caption), i % 3, (i // 3) * 2)
            sums.addWidget(label, i % 3, (i // 3) * 2 + 1)
            self.sums[key] = label

        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.facts)
        layout.addLayout(sums)

    def _validity(self, detail: OrderDetail) -> str:
        """A quotation's last valid day: still to come, passed, or expired."""
        last = detail.valid_until
        day = last.isoformat() if last is not None else ""
        if detail.status == "expired":
            return self.tr("Expired: it was valid until {day}").format(day=day)
        if last is not None and last < local_today(formatting.shop_zone()):
            return self.tr("Valid until {day}: passed (confirm with new prices)").format(day=day)
        return self.tr("Valid until {day}").format(day=day)

    def show_order(self, detail: OrderDetail | None, currency: str) -> None:
        if detail is None:
            self.title.setText(self.tr("No order selected"))
            self.status.clear()
            self.facts.clear()
            for label in self.sums.values():
                label.clear()
            return
        self.title.setText(detail.number)
        self.status.setText(labels.status(detail.status))
        self.status.setProperty("status", detail.status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        customer = detail.customer
        facts = [
            f"{labels.channel(detail.channel)} · {local_time(detail.created_at)} · {detail.location_code}",
            self.tr("Customer: {name}").format(
                name=f"{customer.name} ({customer.code}) {customer.phone}" if customer else self.tr("Walk-in")
            ),
            self.tr("Payment: {payment} · Fulfilment: {fulfilment}").format(
                payment=labels.payment_state(detail.payment_state),
                fulfilment=labels.fulfilment_state(detail.fulfilment_state),
            ),
        ]
        if detail.valid_until is not None and detail.status in ("quote", "expired"):
            facts.append(self._validity(detail))
        if detail.ship_to:
            facts.append(self.tr("Ship to: {address}").format(address=detail.ship_to.replace("\n", ", ")))
        if detail.notes:
            facts.append(self.tr("Notes: {notes}").format(notes=detail.notes))
        if detail.returns:
            facts.append(
                self.tr("Returned: {amount} ({numbers})").format(
                    amount=money_with_symbol(detail.returned, currency), numbers=", ".join(detail.returns)
                )
            )
        self.facts.setText("\n".join(facts))
        for key in self.sums:
            self.sums[key].setText(money_with_symbol(getattr(detail, key), currency))
