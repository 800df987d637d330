"""A parcel on its way to the customer, and what it carried."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import Base, UtcDateTime


class Shipment(Base):
    """One parcel of an order. A shipment without lines carried the whole order (every shipment written
    before partial shipments existed, and the bulk writers' ones)."""

    __tablename__ = "shipments"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    carrier: Mapped[str] = mapped_column(String(64))
    tracking_number: Mapped[str] = mapped_column(String(64), index=True)
    shipped_at: Mapped[datetime] = mapped_column(UtcDateTime)
    delivered_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    lines: Mapped[list["ShipmentLine"]] = relationship(
        order_by="ShipmentLine.id", cascade="all, delete-orphan", back_populates="shipment"
    )


class ShipmentLine(Base):
    """How much of one order line a shipment carried (in the product's smallest unit)."""

    __tablename__ = "shipment_lines"
    __table_args__ = (CheckConstraint("quantity > 0", name="shipment_quantity_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipments.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)

    shipment: Mapped[Shipment] = relationship(back_populates="lines")
