"""A sale put aside at a till (the customer went to fetch something), kept in the database until it is
recalled: it survives a restart and any till may list it."""

from datetime import datetime

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oms_desktop.domain.base import MINOR_UNITS, Base, UtcDateTime


class ParkedSale(Base):
    __tablename__ = "parked_sales"

    id: Mapped[int] = mapped_column(primary_key=True)
    till: Mapped[str] = mapped_column(String(64), index=True)
    user: Mapped[str] = mapped_column(String(64))
    note: Mapped[str] = mapped_column(String(200), default="")
    sale: Mapped[str] = mapped_column(Text)  # services/sale.Sale.to_dict() as JSON
    lines: Mapped[int] = mapped_column(Integer)
    total_minor: Mapped[int] = mapped_column(MINOR_UNITS)  # as the cart showed it when parked (a label)
    parked_at: Mapped[datetime] = mapped_column(UtcDateTime)
