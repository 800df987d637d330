"""Purchase orders: what the shop orders from a supplier, and the deliveries received against it.

Quantities are kept in the product's smallest unit (domain/quantity.py), costs in minor units per unit of
the product (per piece, per kg). A line remembers what was ordered and what has arrived so far; each
delivery is a document of its own, so that a PO received over several deliveries shows each of them.
What is still to come of a line (`outstanding`) is stock on order while the PO is sent or partly received.
"""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime
from oms_desktop.domain.supplier import Supplier

PO_PREFIX = "PO"


class POState(enum.StrEnum):
    DRAFT = "draft"  # being written: lines may change, nothing is on order yet
    SENT = "sent"  # with the supplier: its lines are on order
    PARTLY_RECEIVED = "partly_received"  # some goods came, the rest is still on order
    RECEIVED = "received"  # every line arrived in full (or more)
    CANCELLED = "cancelled"  # withdrawn before anything arrived
    CLOSED_SHORT = "closed_short"  # the rest will not come: nothing is on order any more


OPEN_STATES = (POState.SENT, POState.PARTLY_RECEIVED)  # what is on order


def _enum(kind: type[enum.Enum]) -> Enum:
    return Enum(kind, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])


class PurchaseOrder(Base):
    __tablename__ = "purchase_orders"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    state: Mapped[POState] = mapped_column(_enum(POState), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))  # where the goods arrive
    currency: Mapped[str] = mapped_column(String(3))
    notes: Mapped[str] = mapped_column(Text, default="")
    total_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)  # what was ordered, at the PO's costs
    user: Mapped[str] = mapped_column(String(64), default="system")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    received_at: Mapped[datetime | None] = mapped_column(UtcDateTime)  # the last delivery
    closed_at: Mapped[datetime | None] = mapped_column(
        UtcDateTime
    )  # received in full, closed short, cancelled

    supplier: Mapped[Supplier] = relationship(lazy="joined", innerjoin=True)
    lines: Mapped[list["PurchaseLine"]] = relationship(
        order_by="PurchaseLine.line_no", cascade="all, delete-orphan", back_populates="purchase_order"
    )
    deliveries: Mapped[list["PurchaseDelivery"]] = relationship(
        order_by="PurchaseDelivery.id", cascade="all, delete-orphan", back_populates="purchase_order"
    )


class PurchaseLine(Base):
    __tablename__ = "purchase_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("received >= 0", name="received_not_negative"),
        CheckConstraint("unit_cost_minor >= 0", name="cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), index=True)
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    supplier_sku: Mapped[str] = mapped_column(String(64), default="")
    decimals: Mapped[int] = mapped_column(Integer, default=0)
    quantity: Mapped[int] = mapped_column(Integer)  # ordered
    received: Mapped[int] = mapped_column(Integer, default=0)  # arrived so far, over every delivery
    unit_cost_minor: Mapped[int] = mapped_column(MINOR_UNITS)  # the cost agreed when ordering

    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="lines")

    @property
    def outstanding(self) -> int:
        """What is still to come (never below zero: an over-delivery does not put anything on order)."""
        return max(self.quantity - self.received, 0)


class PurchaseDelivery(Base):
    """One delivery received against a PO: its lines, and the cost of what arrived."""

    __tablename__ = "purchase_deliveries"

    id: Mapped[int] = mapped_column(primary_key=True)
    purchase_order_id: Mapped[int] = mapped_column(ForeignKey("purchase_orders.id"), index=True)
    note: Mapped[str] = mapped_column(String(200), default="")
    user: Mapped[str] = mapped_column(String(64), default="system")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    purchase_order: Mapped[PurchaseOrder] = relationship(back_populates="deliveries")
    lines: Mapped[list["DeliveryLine"]] = relationship(
        order_by="DeliveryLine.id", cascade="all, delete-orphan", back_populates="delivery"
    )


class DeliveryLine(Base):
    __tablename__ = "delivery_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_cost_minor >= 0", name="cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    delivery_id: Mapped[int] = mapped_column(ForeignKey("purchase_deliveries.id"), index=True)
    purchase_line_id: Mapped[int] = mapped_column(ForeignKey("purchase_lines.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    unit_cost_minor: Mapped[int] = mapped_column(MINOR_UNITS)  # what this delivery cost (may differ)

    delivery: Mapped[PurchaseDelivery] = relationship(back_populates="lines")
    purchase_line: Mapped[PurchaseLine] = relationship()


def received_state(lines: list[PurchaseLine]) -> POState:
    """What a PO's deliveries make of it: received when every line arrived in full, else partly."""
    if all(line.received >= line.quantity for line in lines):
        return POState.RECEIVED
    return POState.PARTLY_RECEIVED if any(line.received for line in lines) else POState.SENT
