"""Suppliers, and what each one sells of the catalogue: its cost, pack size, minimum order and lead time.

A product may be bought from several suppliers; at most one of them is its preferred supplier (a partial
unique index keeps it so on both databases), the one replenishment orders from.
"""

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime
from oms_desktop.domain.product import Product

SUPPLIER_PREFIX = "S"
DEFAULT_LEAD_TIME_DAYS = 7


class Supplier(Base):
    __tablename__ = "suppliers"
    __table_args__ = (
        CheckConstraint("lead_time_days >= 0", name="lead_time_not_negative"),
        CheckConstraint("order_cost_minor >= 0", name="order_cost_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    contact: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(64), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    currency: Mapped[str] = mapped_column(String(3))
    lead_time_days: Mapped[int] = mapped_column(Integer, default=DEFAULT_LEAD_TIME_DAYS)
    # S of the economic order quantity: what placing one order costs the shop (postage, time, fees).
    order_cost_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)


class ProductSupplier(Base):
    """One supplier's terms for one product; quantities in the product's smallest unit (domain/quantity.py)."""

    __tablename__ = "product_suppliers"
    __table_args__ = (
        UniqueConstraint("product_id", "supplier_id"),
        CheckConstraint("cost_minor >= 0", name="cost_not_negative"),
        CheckConstraint("pack_size > 0", name="pack_size_positive"),
        CheckConstraint("min_qty >= 0", name="min_qty_not_negative"),
        CheckConstraint("lead_time_days IS NULL OR lead_time_days >= 0", name="lead_time_not_negative"),
        Index(
            "ix_product_suppliers_preferred",
            "product_id",
            unique=True,
            sqlite_where=text("preferred = 1"),
            postgresql_where=text("preferred"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    supplier_id: Mapped[int] = mapped_column(ForeignKey("suppliers.id"), index=True)
    supplier_sku: Mapped[str] = mapped_column(String(64), default="")
    cost_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    pack_size: Mapped[int] = mapped_column(Integer, default=1)
    min_qty: Mapped[int] = mapped_column(Integer, default=0)
    lead_time_days: Mapped[int | None] = mapped_column(Integer)  # None: the supplier's default
    preferred: Mapped[bool] = mapped_column(Boolean, default=False)

    product: Mapped[Product] = relationship(lazy="joined", innerjoin=True)
    supplier: Mapped[Supplier] = relationship(lazy="joined", innerjoin=True)

    @property
    def lead_time(self) -> int:
        return self.supplier.lead_time_days if self.lead_time_days is None else self.lead_time_days
