"""Catalogue entries."""

from datetime import datetime

from sqlalchemy import Boolean, CheckConstraint, Index, Integer, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime
from oms_desktop.domain.pricing import tier_price


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (
        CheckConstraint("price_minor >= 0", name="price_not_negative"),
        CheckConstraint("cost_minor >= 0", name="cost_not_negative"),
        CheckConstraint("tax_rate_bp >= 0 AND tax_rate_bp <= 10000", name="tax_rate_range"),
        CheckConstraint("reorder_point >= 0", name="reorder_point_not_negative"),
        # The Stock list sorts by these in the database; the id is its tie-break (migration 0005).
        Index("ix_products_price_id", "price_minor", "id"),
        Index("ix_products_wholesale_id", "wholesale_price_minor", "id"),
        Index("ix_products_cost_id", "cost_minor", "id"),
        Index("ix_products_reorder_id", "reorder_point", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    sku: Mapped[str] = mapped_column(String(64), unique=True)
    barcode: Mapped[str | None] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    unit: Mapped[str] = mapped_column(String(16), default="pcs")
    # The unit's precision (domain/quantity.py): every quantity of the product is kept in 10^-decimals units.
    decimals: Mapped[int] = mapped_column(Integer, default=0)
    price_minor: Mapped[int] = mapped_column(MINOR_UNITS)
    wholesale_price_minor: Mapped[int | None] = mapped_column(MINOR_UNITS)
    cost_minor: Mapped[int] = mapped_column(MINOR_UNITS, default=0)
    tax_rate_bp: Mapped[int] = mapped_column(Integer, default=0)
    reorder_point: Mapped[int] = mapped_column(Integer, default=0)
    # Pinned: the owner's own reorder point, which replenishment uses instead of computing one.
    reorder_pinned: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    allow_backorder: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)

    def price_for(self, wholesale: bool) -> int:
        return tier_price(self.price_minor, self.wholesale_price_minor, wholesale)
