"""Goods a customer brings back from a sale: the return document (a credit note) and its lines.

A return names the order it comes from and takes back part of it or the rest of it; several returns of one
order are allowed until every unit is back. Its lines carry the share of each order line's money that goes
back (`returned_share`), so that the returns of a line add up to the line exactly. The money goes back by
the ways it was paid, to the customer's store credit, or into an exchange's new sale.
"""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime

RETURN_PREFIX = "RT"


class ReturnState(enum.StrEnum):
    DONE = "done"  # the goods are back and the money went back, in one transaction


class RefundTo(enum.StrEnum):
    ORIGINAL = "original"  # the way(s) the sale was paid
    STORE_CREDIT = "store-credit"  # the customer's store credit
    EXCHANGE = "exchange"  # paid into the new sale of an exchange (what is left over: the original way)


def returned_share(amount_minor: int, quantity: int, before: int, now: int) -> int:
    """The part of a line's `amount_minor` (for `quantity` units) that goes back with `now` more units when
    `before` units came back already: cumulative shares rounded half up, so the returns of a line add up to
    the line to the cent, whatever the steps."""

    def upto(units: int) -> int:
        return (2 * amount_minor * units + quantity) // (2 * quantity)

    return upto(before + now) - upto(before)


class SaleReturn(Base):
    __tablename__ = "sale_returns"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    state: Mapped[ReturnState] = mapped_column(
        Enum(ReturnState, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    refund_to: Mapped[RefundTo] = mapped_column(
        Enum(RefundTo, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e])
    )
    # Copied from the order so that reports subtract the return by channel and customer on its own day.
    channel: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))  # where the goods went back to
    business_day: Mapped[int] = mapped_column(Integer, index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    tax_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    total_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    units: Mapped[int] = mapped_column(Integer, default=0)
    cost_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    exchange_order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"))
    till: Mapped[str] = mapped_column(String(64), default="")
    user: Mapped[str] = mapped_column(String(64), default="system")
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)

    lines: Mapped[list["ReturnLine"]] = relationship(
        order_by="ReturnLine.id", cascade="all, delete-orphan", back_populates="sale_return"
    )


class ReturnLine(Base):
    __tablename__ = "return_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("total_minor >= 0", name="total_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    return_id: Mapped[int] = mapped_column(ForeignKey("sale_returns.id"), index=True)
    order_line_id: Mapped[int] = mapped_column(ForeignKey("order_lines.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)
    tax_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    total_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    cost_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)

    sale_return: Mapped[SaleReturn] = relationship(back_populates="lines")
