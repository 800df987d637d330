"""Stocktakes: counting what is on the shelf of one location, and booking the differences.

A count starts with a snapshot of on hand for the products it covers. While it is open the shop keeps
selling and receiving; each counted quantity is set together with what the books said *at that moment*
(`book_at_count`), so that the difference (counted - book at count) is right whatever moved before or
after the count of that product. Finishing books one adjustment per difference, with the reason
"stocktake", so that on hand ends as counted plus whatever moved after the count.
"""

import enum
from datetime import datetime

from sqlalchemy import CheckConstraint, Enum, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import Base, UtcDateTime

STOCKTAKE_PREFIX = "ST"
STOCKTAKE_REASON = "stocktake"


class CountState(enum.StrEnum):
    OPEN = "open"  # counting
    FINISHED = "finished"  # differences booked
    CANCELLED = "cancelled"  # abandoned: nothing booked


class Stocktake(Base):
    __tablename__ = "stocktakes"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("locations.id"))
    state: Mapped[CountState] = mapped_column(
        Enum(CountState, native_enum=False, length=16, values_callable=lambda e: [m.value for m in e]),
        index=True,
    )
    note: Mapped[str] = mapped_column(String(200), default="")
    user: Mapped[str] = mapped_column(String(64), default="system")
    finished_by: Mapped[str] = mapped_column(String(64), default="")
    approved_by: Mapped[str] = mapped_column(String(64), default="")
    started_at: Mapped[datetime] = mapped_column(UtcDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UtcDateTime)

    lines: Mapped[list["CountLine"]] = relationship(
        order_by="CountLine.id", cascade="all, delete-orphan", back_populates="stocktake"
    )


class CountLine(Base):
    """One product of a count; quantities in the product's smallest unit."""

    __tablename__ = "count_lines"
    __table_args__ = (
        UniqueConstraint("stocktake_id", "product_id"),
        CheckConstraint("counted IS NULL OR counted >= 0", name="counted_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    stocktake_id: Mapped[int] = mapped_column(ForeignKey("stocktakes.id"))
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"))
    snapshot: Mapped[int] = mapped_column(Integer)  # on hand when the count started
    counted: Mapped[int | None] = mapped_column(Integer)  # None: not counted yet
    book_at_count: Mapped[int | None] = mapped_column(Integer)  # on hand when it was counted
    counted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    counted_by: Mapped[str] = mapped_column(String(64), default="")
    booked: Mapped[int] = mapped_column(Integer, default=0)  # the adjustment made at finish

    stocktake: Mapped[Stocktake] = relationship(back_populates="lines")

    @property
    def difference(self) -> int | None:
        if self.counted is None or self.book_at_count is None:
            return None
        return self.counted - self.book_at_count
