"""Who did what to an order, and when."""

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oms_desktop.domain.base import Base, UtcDateTime

if TYPE_CHECKING:
    from oms_desktop.domain.order import Order


class AuditEntry(Base):
    __tablename__ = "audit_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), index=True)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(32), default="")
    to_status: Mapped[str] = mapped_column(String(32), default="")
    detail: Mapped[str] = mapped_column(String(500), default="")
    user: Mapped[str] = mapped_column(String(64), default="system")
    at: Mapped[datetime] = mapped_column(UtcDateTime)

    order: Mapped["Order | None"] = relationship(back_populates="history")
