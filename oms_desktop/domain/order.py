"""Orders and their lines. The three state dimensions and the status users see are in order_workflow."""

import enum
from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Enum, ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.audit import AuditEntry
from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime
from oms_desktop.domain.customer import Customer
from oms_desktop.domain.payment import Payment, PaymentKind
from oms_desktop.domain.pricing import LinePrice, OrderSums, price_line
from oms_desktop.domain.quantity import amount_for
from oms_desktop.domain.shipment import Shipment


def _enum(cls: type[enum.Enum]) -> Enum:
    return Enum(cls, native_enum=False, length=20, values_callable=lambda e: [m.value for m in e])


class Channel(enum.StrEnum):
    COUNTER = "counter"
    PHONE = "phone"
    WHOLESALE = "wholesale"
    ONLINE = "online"


class Lifecycle(enum.StrEnum):
    QUOTE = "quote"  # a price offered to the customer, valid until a day; confirmed into an order or expired
    DRAFT = "draft"
    OPEN = "open"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    RETURNED = "returned"  # the goods came back and the money went back: no longer a sale
    EXPIRED = "expired"  # a quotation the customer did not take up in time


class PaymentState(enum.StrEnum):
    UNPAID = "unpaid"
    PARTIAL = "partially_paid"
    PAID = "paid"
    REFUNDED = "refunded"


class FulfilmentState(enum.StrEnum):
    UNFULFILLED = "unfulfilled"
    PACKED = "packed"
    PARTIAL = "partly_shipped"  # some shipments left; the rest is still held for it
    SHIPPED = "shipped"
    DELIVERED = "delivered"


class HoldState(enum.StrEnum):
    """Whether someone stopped the order until a problem is solved (a wrong address, a bounced payment)."""

    NONE = "none"
    HELD = "held"


class HoldReason(enum.StrEnum):
    ADDRESS = "address"
    PAYMENT = "payment"
    STOCK = "stock"
    OTHER = "other"


class Status(enum.StrEnum):
    """The one word users see, derived from the three dimensions (see order_workflow.status_of)."""

    QUOTE = "quote"
    DRAFT = "draft"
    PENDING_PAYMENT = "pending_payment"
    PAID = "paid"
    TO_SHIP = "to_ship"
    PARTLY_SHIPPED = "partly_shipped"
    SHIPPED = "shipped"
    COMPLETED = "completed"
    CANCELLED = "cancelled"
    RETURNED = "returned"
    EXPIRED = "expired"


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (
        Index("ix_orders_status_created", "status", "created_at"),
        Index("ix_orders_customer_created", "customer_id", "created_at"),
        Index("ix_orders_channel_created", "channel", "created_at"),
        Index("ix_orders_total", "total_minor"),
        # Covers the sales reports by day, month, channel and customer: they never read the wide rows.
        Index(
            "ix_orders_sales",
            "business_day",
            "lifecycle",
            "channel",
            "customer_id",
            "subtotal_minor",
            "discount_minor",
            "tax_minor",
            "total_minor",
            "units",
            "cost_minor",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    channel: Mapped[Channel] = mapped_column(_enum(Channel))
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customers.id"))
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    lifecycle: Mapped[Lifecycle] = mapped_column(_enum(Lifecycle))
    payment_state: Mapped[PaymentState] = mapped_column(_enum(PaymentState))
    fulfilment_state: Mapped[FulfilmentState] = mapped_column(_enum(FulfilmentState))
    # A fourth dimension of the workflow: a held order is neither packed nor shipped until released.
    hold_state: Mapped[HoldState] = mapped_column(
        _enum(HoldState), default=HoldState.NONE, server_default=HoldState.NONE.value, index=True
    )
    hold_reason: Mapped[str] = mapped_column(String(16), default="", server_default="")
    hold_note: Mapped[str] = mapped_column(String(500), default="", server_default="")
    # Who looks after the order (a user's name; "" nobody): the "my orders" list.
    assigned_to: Mapped[str] = mapped_column(String(64), default="", server_default="", index=True)
    # Kept in step with the three states by order_workflow so that lists can filter on an index.
    status: Mapped[Status] = mapped_column(_enum(Status))
    subtotal_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    discount_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    tax_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    total_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    paid_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    # Whether the lines' prices include tax (the shop's setting when the order was taken; never wholesale).
    tax_included: Mapped[bool] = mapped_column(Boolean, default=False)
    # What the goods brought back by returns (domain/sale_return.py) were worth: no longer due.
    returned_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    # Sums of the lines, which never change once the order exists: reports need not read the lines.
    units: Mapped[int] = mapped_column(Integer, default=0)
    cost_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    # The shop's calendar date when the order was taken (YYYYMMDD): the day it counts for in reports,
    # fixed at creation so that reports need no time-zone arithmetic.
    business_day: Mapped[int] = mapped_column(Integer)
    # A quotation's last valid day (YYYYMMDD, the shop's calendar); None for every other order.
    valid_until: Mapped[int | None] = mapped_column(Integer)
    bill_to: Mapped[str] = mapped_column(Text, default="")
    ship_to: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    idempotency_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    shipped_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    completed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    user: Mapped[str] = mapped_column(String(64), default="system")

    customer: Mapped[Customer | None] = relationship()
    lines: Mapped[list["OrderLine"]] = relationship(
        order_by="OrderLine.line_no", cascade="all, delete-orphan", back_populates="order"
    )
    payments: Mapped[list[Payment]] = relationship(order_by=Payment.id)
    shipments: Mapped[list[Shipment]] = relationship(order_by=Shipment.id)
    history: Mapped[list[AuditEntry]] = relationship(order_by=AuditEntry.id, back_populates="order")

    @property
    def refunded_any(self) -> bool:
        return any(p.kind is PaymentKind.REFUND for p in self.payments)

    @property
    def due_minor(self) -> int:
        """What the customer owes for the goods they kept."""
        return self.total_minor - self.returned_minor

    @property
    def balance_minor(self) -> int:
        return self.due_minor - self.paid_minor

    def recompute_totals(self) -> None:
        sums = OrderSums()
        for line in self.lines:
            sums.add(line.price(), line.quantity, line.unit_cost_minor, line.decimals)
        self.subtotal_minor, self.discount_minor, self.tax_minor = sums.subtotal, sums.discount, sums.tax
        self.total_minor, self.units, self.cost_minor = sums.total, sums.units, sums.cost

    def count_as_sale(self, sold: bool) -> None:
        """Mark the lines as sales (confirmed or paid at the counter) or not (draft, cancelled)."""
        for line in self.lines:
            line.sold = sold


class OrderLine(Base):
    __tablename__ = "order_lines"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint("unit_price_minor >= 0", name="price_not_negative"),
        CheckConstraint("discount_minor >= 0", name="discount_not_negative"),
        Index("ix_order_lines_product", "product_id"),
        # Covers sales by product over a period, reading only the lines that are sales.
        Index(
            "ix_order_lines_sales",
            "product_id",
            "business_day",
            "quantity",
            "total_minor",
            "tax_minor",
            "unit_cost_minor",
            sqlite_where=text("sold = 1"),
            postgresql_where=text("sold"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int] = mapped_column(ForeignKey("orders.id"), index=True)
    line_no: Mapped[int] = mapped_column(Integer)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    # SKU, name and cost are copied so that an old invoice never changes when the catalogue does.
    sku: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    quantity: Mapped[int] = mapped_column(Integer)  # in the product's smallest unit (domain/quantity.py)
    decimals: Mapped[int] = mapped_column(Integer, default=0)  # the product's, copied when sold
    unit_price_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    unit_cost_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    discount_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    returned_quantity: Mapped[int] = mapped_column(Integer, default=0)  # brought back by returns so far
    # What partial shipments sent so far (services/shipping.py); while the order holds stock the rest,
    # quantity - shipped_quantity, is what stays reserved for it. A full shipment ships every line whole.
    shipped_quantity: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    tax_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    total_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    # Copies of the order's business day and of whether it counts as a sale, kept in step by the services.
    business_day: Mapped[int] = mapped_column(Integer)
    sold: Mapped[bool] = mapped_column(Boolean, default=False)

    order: Mapped[Order] = relationship(back_populates="lines")

    @property
    def gross_minor(self) -> int:
        return amount_for(self.quantity, self.unit_price_minor, self.decimals)

    @property
    def to_ship(self) -> int:
        """What of the line has not left in a shipment yet (smallest units)."""
        return self.quantity - self.shipped_quantity

    @property
    def net_minor(self) -> int:
        return self.gross_minor - self.discount_minor

    def price(self) -> LinePrice:
        """Compute tax and total from quantity, unit price, discount and rate, as the order prices them."""
        price = price_line(
            self.quantity,
            self.unit_price_minor,
            self.discount_minor,
            self.tax_rate_bp,
            self.order.tax_included,
            self.decimals,
        )
        self.tax_minor, self.total_minor = price.tax, price.total
        return price
